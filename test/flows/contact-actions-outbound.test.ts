import { Duration } from 'aws-cdk-lib';
import { CompleteOutboundCall, ContactFlow, ContactFlowType, FlowValue, PhoneNumber, StartOutboundChatContact } from '../../src';
import { actionOf, finish, flowScene, problemsOf } from '../helpers/flow';
import { arnOf } from '../helpers/instance';

/** Outbound: completing an outbound call, starting an outbound SMS chat. */

const CONNECTOR = 'arn:aws:chime:us-east-1:123456789012:vc/abcdefghijklmnopqrstu';
const NUMBER = 'arn:aws:connect:us-east-1:123456789012:phone-number/11111111-aaaa-bbbb-cccc-222222222222';

describe('CompleteOutboundCall', () => {
  test('calls with a caller id from an outbound whisper flow, with no error branch', () => {
    const scene = flowScene();
    finish(new CompleteOutboundCall(scene.definition, 'Call', { callerIdNumber: FlowValue.text('+12065550100') }), ContactFlowType.OUTBOUND_WHISPER);
    expect(actionOf(scene, 'Call', ContactFlowType.OUTBOUND_WHISPER)).toEqual({
      Identifier: 'Call', Type: 'CompleteOutboundCall', Parameters: { CallerId: { Number: '+12065550100' } }, Transitions: { NextAction: 'CallEnd' },
    });
  });

  test('calls through a Voice Connector, with a time limit in seconds', () => {
    const scene = flowScene();
    finish(new CompleteOutboundCall(scene.definition, 'Call', {
      voiceConnector: {
        voiceConnectorArn: CONNECTOR,
        fromUser: FlowValue.text('+12065550100'),
        toUser: FlowValue.contactAttribute('sipUser'),
        userToUserInformation: FlowValue.text('ticket=42'),
      },
      connectionTimeLimit: Duration.minutes(2),
    }), ContactFlowType.OUTBOUND_WHISPER);
    expect(actionOf(scene, 'Call', ContactFlowType.OUTBOUND_WHISPER).Parameters).toEqual({
      VoiceConnector: {
        VoiceConnectorType: 'ChimeConnector',
        VoiceConnectorArn: CONNECTOR,
        FromUser: '+12065550100',
        ToUser: '$.Attributes.sipUser',
        UserToUserInformation: 'ticket=42',
      },
      ConnectionTimeLimitSeconds: '120',
    });
  });

  test('names every problem: caller id, time limit, Voice Connector, flow type', () => {
    const scene = flowScene();
    const connector = new CompleteOutboundCall(scene.definition, 'Connector', {
      callerIdNumber: FlowValue.text('+12065550100'),
      voiceConnector: { voiceConnectorArn: 'vc-1', fromUser: undefined as any, toUser: FlowValue.text('x') },
      connectionTimeLimit: Duration.minutes(11),
    });
    const direct = new CompleteOutboundCall(scene.definition, 'Direct', { callerIdNumber: FlowValue.text('2065550100'), connectionTimeLimit: Duration.seconds(5) });
    connector.next(direct);
    finish(direct);
    const message = problemsOf(scene);
    expect(message).toContain('action "Connector" (CompleteOutboundCall) connectionTimeLimit must be whole seconds from 1 to 600, got 11 minutes');
    expect(message).toContain('action "Connector" (CompleteOutboundCall) voiceConnector.voiceConnectorArn must be an Amazon Chime SDK Voice Connector ARN or a JSONPath, got "vc-1"');
    expect(message).toContain('action "Connector" (CompleteOutboundCall) voiceConnector.fromUser is required');
    expect(message).toContain('action "Connector" (CompleteOutboundCall) callerIdNumber is ignored by Voice Connector calls: give callerIdNumber or voiceConnector, got "+12065550100" with a voiceConnector');
    expect(message).toContain('action "Direct" (CompleteOutboundCall) callerIdNumber must be a phone number in E.164 form such as +12065550100, got "2065550100"');
    expect(message).toContain('action "Direct" (CompleteOutboundCall) connectionTimeLimit applies to Voice Connector calls only: give voiceConnector too, got 5 seconds');
    expect(message).toContain('action "Connector" (CompleteOutboundCall) is not allowed in a CONTACT_FLOW flow (only in OUTBOUND_WHISPER)');
  });
});

describe('StartOutboundChatContact', () => {
  test('starts an SMS chat from a number of the instance', () => {
    const scene = flowScene();
    const sourcePhoneNumber = PhoneNumber.fromPhoneNumberArn(scene.stack, 'Number', NUMBER);
    const flow = ContactFlow.fromContactFlowArn(scene.stack, 'ChatFlow', arnOf('contact-flow', 'sms'));
    finish(new StartOutboundChatContact(scene.definition, 'Sms', {
      sourcePhoneNumber, flow, destinationPhoneNumber: FlowValue.customerEndpointAddress(), initialMessage: 'Your order shipped', relateToCurrentContact: true,
    }));
    expect(actionOf(scene, 'Sms')).toEqual({
      Identifier: 'Sms',
      Type: 'StartOutboundChatContact',
      Parameters: {
        SourceEndpoint: { Address: NUMBER, Type: 'CONNECT_PHONENUMBER_ARN' },
        DestinationEndpoint: { Address: '$.CustomerEndpoint.Address', Type: 'TELEPHONE_NUMBER' },
        ContactFlowArn: arnOf('contact-flow', 'sms'),
        ContactSubtype: 'connect:SMS',
        InitialSystemMessage: { Content: 'Your order shipped' },
        RelatedContact: 'CURRENT',
      },
      Transitions: { NextAction: 'SmsEnd', Errors: [{ NextAction: 'SmsEnd', ErrorType: 'NoMatchingError' }] },
    });
  });

  test('needs a source, a flow and an E.164 destination', () => {
    const scene = flowScene();
    finish(new StartOutboundChatContact(scene.definition, 'Sms', {
      sourcePhoneNumber: undefined as any, flow: undefined as any, destinationPhoneNumber: FlowValue.text('555-0100'), initialMessage: '',
    }));
    const message = problemsOf(scene);
    expect(message).toContain('action "Sms" (StartOutboundChatContact) destinationPhoneNumber must be a phone number in E.164 form such as +12065550100, got "555-0100"');
    expect(message).toContain('action "Sms" (StartOutboundChatContact) sourcePhoneNumber is required');
    expect(message).toContain('action "Sms" (StartOutboundChatContact) flow is required');
    expect(message).toContain('action "Sms" (StartOutboundChatContact) initialMessage must be a non-empty string, got ""');
  });
});
