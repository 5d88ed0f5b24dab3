import type * as lambda from 'aws-cdk-lib/aws-lambda';
import { FlowAction } from './flow-action';
import type { FlowDefinition } from './flow-definition';
import { flowTypes } from '../private/flows/flow-types';
import { definedOnly, enumListProblems, show, trueFalse } from '../private/flows/parameters';

/** Whether the customer's audio is streamed (to Kinesis Video Streams). */
export interface UpdateContactMediaStreamingBehaviorProps {
  /** Start (true) or stop (false) streaming the customer's audio. */
  readonly enabled: boolean;

  /** The directions of the customer's audio to stream: what the customer says (`FROM`), hears (`TO`). @default - both */
  readonly mediaDirections?: FlowMediaDirection[];
}

/** A direction of a participant's media. */
export enum FlowMediaDirection {
  /** Media from the participant. */
  FROM = 'From',
  /** Media to the participant. */
  TO = 'To',
}

/**
 * Starts or stops streaming the customer's audio (voice only). Errors: NoMatchingError. Allowed in inbound,
 * customer queue, transfer and whisper flows.
 *
 * @see https://docs.aws.amazon.com/connect/latest/APIReference/contact-actions-updatecontactmediastreamingbehavior.html
 */
export class UpdateContactMediaStreamingBehavior extends FlowAction {
  constructor(definition: FlowDefinition, id: string, props: UpdateContactMediaStreamingBehaviorProps) {
    const directions = props.mediaDirections ?? [FlowMediaDirection.FROM, FlowMediaDirection.TO];
    super(definition, id, {
      type: 'UpdateContactMediaStreamingBehavior',
      // The page supports only the customer's audio.
      parameters: {
        MediaStreamingState: props.enabled ? 'Enabled' : 'Disabled',
        Participants: [{ ParticipantType: 'Customer', MediaDirections: directions }],
        MediaStreamType: 'Audio',
      },
      raisesErrors: true,
      allowedIn: flowTypes('inbound', 'customerQueue', 'transfer', 'whisper'),
    });
    const problems = enumListProblems('mediaDirections', props.mediaDirections, FlowMediaDirection, false);
    if (typeof props.enabled !== 'boolean') {
      problems.push(`enabled must be true or false, got ${show(props.enabled)}`);
    }
    problems.forEach(p => this.addProblem(p));
  }
}

/** Properties of an `UpdateContactMediaProcessing` action. */
export interface UpdateContactMediaProcessingProps {
  /**
   * The Lambda function that processes chat messages; the flow associates it with the instance.
   *
   * @default - none: only to stop processing (`enabled: false`)
   */
  readonly processor?: lambda.IFunction;

  /** Start (true) or stop (false) processing chat messages. @default true */
  readonly enabled?: boolean;

  /** Deliver messages the function failed to process. @default - the service's default */
  readonly deliverUnprocessedMessages?: boolean;
}

/**
 * Runs a Lambda function on chat messages while they are sent (chat only). Errors: ChannelMismatch,
 * NoMatchingError. No flow type restriction documented.
 *
 * @see https://docs.aws.amazon.com/connect/latest/APIReference/contact-actions-updatecontactmediaprocessing.html
 */
export class UpdateContactMediaProcessing extends FlowAction {
  constructor(definition: FlowDefinition, id: string, props: UpdateContactMediaProcessingProps) {
    const enabled = props.enabled ?? true;
    super(definition, id, {
      type: 'UpdateContactMediaProcessing',
      parameters: definedOnly({
        ChatProcessor: {
          ProcessingEnabled: trueFalse(enabled),
          LambdaProcessorARN: props.processor?.functionArn,
          ChatProcessorSettings: props.deliverUnprocessedMessages === undefined
            ? undefined : { DeliverUnprocessedMessages: trueFalse(props.deliverUnprocessedMessages) },
        },
      }),
      errors: ['ChannelMismatch'],
    });
    if (props.processor !== undefined) {
      this.usesFunction(props.processor);
    } else if (enabled) {
      this.addProblem('processor is required to process messages (enabled is true), got none');
    }
  }

  /** Where the flow goes when the contact is not a chat. */
  public onChannelMismatch(action: FlowAction): FlowAction {
    return this.branchOnError('ChannelMismatch', action);
  }
}
