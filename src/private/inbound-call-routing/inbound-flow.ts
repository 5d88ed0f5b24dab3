/**
 * The inbound flow `InboundCallRouting` creates, in the Amazon Connect Flow
 * language: turn flow logs and call recording on, greet the caller, set the
 * working queue, check its hours, and transfer to it; closed hours, a full
 * queue and errors each get a message, then the call ends.
 *
 * Each action and its outcomes, from the Flow language reference
 * (https://docs.aws.amazon.com/connect/latest/APIReference/flow-language-actions.html):
 *
 * - `UpdateFlowLoggingBehavior` (`FlowLoggingBehavior` Enabled): the
 *   instance's `ContactflowLogs` attribute only allows flow logs; a flow
 *   writes them to CloudWatch once it turns logging on
 *   (https://docs.aws.amazon.com/connect/latest/adminguide/set-logging-behavior.html).
 * - `UpdateContactRecordingBehavior` (`RecordingBehavior.RecordedParticipants`
 *   Agent and Customer): the wizard's call recording stores what a flow
 *   records, and nothing is recorded until a flow says so
 *   (https://docs.aws.amazon.com/connect/latest/APIReference/contact-actions-updatecontactrecordingbehavior.html).
 * - `MessageParticipant` (`Text`): text to speech for a voice contact; one
 *   error, NoMatchingError
 *   (https://docs.aws.amazon.com/connect/latest/adminguide/participant-actions-messageparticipant.html).
 * - `UpdateContactTargetQueue` (`QueueId`, "a queue ID or queue ARN"); one
 *   error, NoMatchingError
 *   (https://docs.aws.amazon.com/connect/latest/APIReference/contact-actions-updatecontacttargetqueue.html).
 * - `CheckHoursOfOperation` without `HoursOfOperationId`: "the TargetQueue's
 *   hours of operation for the contact are used"; conditions Equals True and
 *   Equals False, "and no other conditions"; one error, NoMatchingError
 *   (https://docs.aws.amazon.com/connect/latest/APIReference/flow-control-actions-checkhoursofoperation.html).
 * - `TransferContactToQueue`, no parameters; errors QueueAtCapacity and
 *   NoMatchingError
 *   (https://docs.aws.amazon.com/connect/latest/APIReference/contact-actions-transfercontacttoqueue.html).
 * - `DisconnectParticipant`, no parameters, no transitions.
 *
 * All of them are allowed in an inbound (`CONTACT_FLOW`) flow.
 */

/** What the flow says and does. */
export interface InboundFlowSettings {
  /** The ARN of the queue calls wait in. */
  readonly queueArn: string;
  /** Played when the call starts. */
  readonly greeting: string;
  /** Played outside the queue's hours, before hanging up. */
  readonly closedMessage: string;
  /** Played when the queue is full, before hanging up. */
  readonly queueFullMessage: string;
  /** Played when an action fails, before hanging up. */
  readonly errorMessage: string;
  /** Whether the flow records the agent and the customer. */
  readonly recordCalls: boolean;
}

/** The identifiers of the flow's actions (at most 50 characters, no `:/(),;` and the like). */
const ID = {
  logging: 'enable-flow-logs',
  recording: 'record-agent-and-customer',
  greeting: 'greet-caller',
  queue: 'set-working-queue',
  hours: 'check-queue-hours',
  transfer: 'transfer-to-queue',
  closed: 'say-closed',
  full: 'say-queue-full',
  failed: 'say-error',
  hangUp: 'hang-up',
} as const;

type Action = { [key: string]: any };

/** Moves on to `next`, and to `onError` on NoMatchingError. */
function onward(next: string, onError: string): Action {
  return { NextAction: next, Errors: [{ NextAction: onError, ErrorType: 'NoMatchingError' }] };
}

/** Says `text`, then hangs up (also when saying it fails). */
function sayThenHangUp(identifier: string, text: string): Action {
  return { Identifier: identifier, Type: 'MessageParticipant', Parameters: { Text: text }, Transitions: onward(ID.hangUp, ID.hangUp) };
}

/** The flow document (`Version`, `StartAction`, `Actions`). */
export function inboundFlowDocument(settings: InboundFlowSettings): { [key: string]: any } {
  const actions: Action[] = [
    {
      Identifier: ID.logging,
      Type: 'UpdateFlowLoggingBehavior',
      Parameters: { FlowLoggingBehavior: 'Enabled' },
      Transitions: { NextAction: settings.recordCalls ? ID.recording : ID.greeting },
    },
  ];
  if (settings.recordCalls) {
    actions.push({
      Identifier: ID.recording,
      Type: 'UpdateContactRecordingBehavior',
      Parameters: { RecordingBehavior: { RecordedParticipants: ['Agent', 'Customer'] } },
      Transitions: { NextAction: ID.greeting },
    });
  }
  actions.push(
    // A greeting that fails to play is no reason to drop the call.
    { Identifier: ID.greeting, Type: 'MessageParticipant', Parameters: { Text: settings.greeting }, Transitions: onward(ID.queue, ID.queue) },
    { Identifier: ID.queue, Type: 'UpdateContactTargetQueue', Parameters: { QueueId: settings.queueArn }, Transitions: onward(ID.hours, ID.failed) },
    {
      Identifier: ID.hours,
      Type: 'CheckHoursOfOperation',
      Parameters: {},
      Transitions: {
        NextAction: ID.failed,
        Conditions: [
          { NextAction: ID.transfer, Condition: { Operator: 'Equals', Operands: ['True'] } },
          { NextAction: ID.closed, Condition: { Operator: 'Equals', Operands: ['False'] } },
        ],
        Errors: [{ NextAction: ID.failed, ErrorType: 'NoMatchingError' }],
      },
    },
    {
      Identifier: ID.transfer,
      Type: 'TransferContactToQueue',
      Parameters: {},
      Transitions: {
        NextAction: ID.hangUp,
        Errors: [
          { NextAction: ID.full, ErrorType: 'QueueAtCapacity' },
          { NextAction: ID.failed, ErrorType: 'NoMatchingError' },
        ],
      },
    },
    sayThenHangUp(ID.closed, settings.closedMessage),
    sayThenHangUp(ID.full, settings.queueFullMessage),
    sayThenHangUp(ID.failed, settings.errorMessage),
    { Identifier: ID.hangUp, Type: 'DisconnectParticipant', Parameters: {}, Transitions: {} },
  );
  return { Version: '2019-10-30', StartAction: ID.logging, Actions: actions };
}
