import * as lambda from 'aws-cdk-lib/aws-lambda';
import {
  ContactFlowType, DisconnectParticipant, FlowMediaDirection, UpdateContactMediaProcessing, UpdateContactMediaStreamingBehavior,
} from '../../src';
import { actionOf, documentOf, finish, flowScene, problemsOf } from '../helpers/flow';
import { INSTANCE_ARN } from '../helpers/instance';
import { templateOf } from '../helpers/stack';

/** Media: streaming the customer's audio, processing chat messages with a Lambda function. */

const PROCESSOR = 'arn:aws:lambda:us-east-1:123456789012:function:redact';

describe('UpdateContactMediaStreamingBehavior', () => {
  test('streams the customer audio both ways by default', () => {
    const scene = flowScene();
    finish(new UpdateContactMediaStreamingBehavior(scene.definition, 'Stream', { enabled: true }), ContactFlowType.CUSTOMER_WHISPER);
    expect(actionOf(scene, 'Stream', ContactFlowType.CUSTOMER_WHISPER)).toEqual({
      Identifier: 'Stream',
      Type: 'UpdateContactMediaStreamingBehavior',
      Parameters: {
        MediaStreamingState: 'Enabled',
        Participants: [{ ParticipantType: 'Customer', MediaDirections: ['From', 'To'] }],
        MediaStreamType: 'Audio',
      },
      Transitions: { NextAction: 'StreamEnd', Errors: [{ NextAction: 'StreamEnd', ErrorType: 'NoMatchingError' }] },
    });
  });

  test('stops one direction; not in hold flows; names bad directions', () => {
    const scene = flowScene();
    const stop = new UpdateContactMediaStreamingBehavior(scene.definition, 'Stop', { enabled: false, mediaDirections: [FlowMediaDirection.FROM] });
    finish(stop);
    expect(documentOf(scene).Actions[0].Parameters).toEqual({
      MediaStreamingState: 'Disabled', Participants: [{ ParticipantType: 'Customer', MediaDirections: ['From'] }], MediaStreamType: 'Audio',
    });

    const bad = flowScene();
    finish(new UpdateContactMediaStreamingBehavior(bad.definition, 'Bad', { enabled: 'yes' as any, mediaDirections: ['Both' as FlowMediaDirection] }));
    const message = problemsOf(bad, ContactFlowType.CUSTOMER_HOLD);
    expect(message).toContain('action "Bad" (UpdateContactMediaStreamingBehavior) mediaDirections[0] must be one of From, To, got "Both"');
    expect(message).toContain('action "Bad" (UpdateContactMediaStreamingBehavior) enabled must be true or false, got "yes"');
    expect(message).toContain('action "Bad" (UpdateContactMediaStreamingBehavior) is not allowed in a CUSTOMER_HOLD flow');
  });
});

describe('UpdateContactMediaProcessing', () => {
  test('runs a function on chat messages and associates it with the instance', () => {
    const scene = flowScene();
    const processor = lambda.Function.fromFunctionArn(scene.stack, 'Processor', PROCESSOR);
    const process = new UpdateContactMediaProcessing(scene.definition, 'Process', { processor, deliverUnprocessedMessages: true });
    const notChat = new DisconnectParticipant(scene.definition, 'NotChat');
    expect(process.onChannelMismatch(notChat)).toBe(notChat);
    finish(process);
    expect(actionOf(scene, 'Process')).toEqual({
      Identifier: 'Process',
      Type: 'UpdateContactMediaProcessing',
      Parameters: {
        ChatProcessor: { ProcessingEnabled: 'True', LambdaProcessorARN: PROCESSOR, ChatProcessorSettings: { DeliverUnprocessedMessages: 'True' } },
      },
      Transitions: {
        NextAction: 'ProcessEnd',
        Errors: [{ NextAction: 'NotChat', ErrorType: 'ChannelMismatch' }, { NextAction: 'ProcessEnd', ErrorType: 'NoMatchingError' }],
      },
    });
    templateOf(scene.stack).hasResourceProperties('AWS::Connect::IntegrationAssociation', {
      InstanceId: INSTANCE_ARN, IntegrationType: 'LAMBDA_FUNCTION', IntegrationArn: PROCESSOR,
    });
  });

  test('stops processing without a function, and needs one to process', () => {
    const scene = flowScene();
    const stop = new UpdateContactMediaProcessing(scene.definition, 'Stop', { enabled: false });
    const start = new UpdateContactMediaProcessing(scene.definition, 'Start', {});
    stop.next(start);
    stop.onError(finish(start));
    const message = problemsOf(scene);
    expect(message).toContain('action "Start" (UpdateContactMediaProcessing) processor is required to process messages (enabled is true), got none');
    expect(message).not.toContain('action "Stop"');
  });
});
