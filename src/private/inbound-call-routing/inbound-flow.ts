/**
 * The inbound flow `InboundCallRouting` creates: logs and recording on, greet,
 * queue within its hours; otherwise a message, then hang up. Flows must turn
 * logging and recording on themselves; an hours check without an id uses the
 * target queue's hours.
 * @see https://docs.aws.amazon.com/connect/latest/APIReference/flow-language-actions.html
 * @see https://docs.aws.amazon.com/connect/latest/adminguide/set-logging-behavior.html
 * @see https://docs.aws.amazon.com/connect/latest/APIReference/contact-actions-updatecontactrecordingbehavior.html
 * @see https://docs.aws.amazon.com/connect/latest/adminguide/participant-actions-messageparticipant.html
 * @see https://docs.aws.amazon.com/connect/latest/APIReference/contact-actions-updatecontacttargetqueue.html
 * @see https://docs.aws.amazon.com/connect/latest/APIReference/flow-control-actions-checkhoursofoperation.html
 * @see https://docs.aws.amazon.com/connect/latest/APIReference/contact-actions-transfercontacttoqueue.html
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
