import { UpdateContactTargetQueue, TransferContactToQueue } from '../../flows/contact-actions';
import { FlowRecordingParticipant, UpdateContactRecordingBehavior } from '../../flows/contact-actions-recording';
import type { FlowAction } from '../../flows/flow-action';
import { FlowLoggingBehavior, UpdateFlowLoggingBehavior } from '../../flows/flow-control-actions';
import { CheckHoursOfOperation } from '../../flows/flow-control-checks';
import { FlowDefinition } from '../../flows/flow-definition';
import { FlowMessage } from '../../flows/flow-message';
import { DisconnectParticipant, MessageParticipant } from '../../flows/participant-actions';
import type { IQueue } from '../../queue';

/** What the flow says and does. */
export interface InboundFlowSettings {
  /** The queue calls wait in. */
  readonly queue: IQueue;
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

/**
 * The inbound flow `InboundCallRouting` creates: logs and recording on, greet, queue within its hours;
 * otherwise a message, then hang up. Flows must turn logging and recording on themselves; an hours check
 * without hours uses the target queue's. The identifiers are those of the flows deployed before the
 * builder, so that those flows do not change.
 *
 * @see https://docs.aws.amazon.com/connect/latest/adminguide/set-logging-behavior.html
 * @see https://docs.aws.amazon.com/connect/latest/APIReference/flow-control-actions-checkhoursofoperation.html
 */
export function inboundFlowDefinition(settings: InboundFlowSettings): FlowDefinition {
  const flow = new FlowDefinition({ description: 'Inbound calls: greet, then the queue during its hours' });
  const logging = new UpdateFlowLoggingBehavior(flow, 'enable-flow-logs', { behavior: FlowLoggingBehavior.ENABLED });
  const recording = settings.recordCalls
    ? new UpdateContactRecordingBehavior(flow, 'record-agent-and-customer', {
      recordedParticipants: [FlowRecordingParticipant.AGENT, FlowRecordingParticipant.CUSTOMER],
    })
    : undefined;
  const greeting = new MessageParticipant(flow, 'greet-caller', { message: FlowMessage.text(settings.greeting) });
  const queue = new UpdateContactTargetQueue(flow, 'set-working-queue', { queue: settings.queue });
  const hours = new CheckHoursOfOperation(flow, 'check-queue-hours');
  const transfer = new TransferContactToQueue(flow, 'transfer-to-queue');
  const say = (id: string, text: string) => new MessageParticipant(flow, id, { message: FlowMessage.text(text) });
  const closed = say('say-closed', settings.closedMessage);
  const full = say('say-queue-full', settings.queueFullMessage);
  const failed = say('say-error', settings.errorMessage);
  const hangUp = new DisconnectParticipant(flow, 'hang-up');

  (recording ? logging.next(recording) : logging).next(greeting);
  // A greeting that fails to play is no reason to drop the call.
  greeting.next(queue);
  greeting.onError(queue);
  queue.next(hours);
  queue.onError(failed);
  hours.onInHours(transfer);
  hours.onOutOfHours(closed);
  hours.onError(failed);
  // The transfer ends the flow; its next action is only written, as before.
  transfer.next(hangUp);
  transfer.onQueueAtCapacity(full);
  transfer.onError(failed);
  for (const message of [closed, full, failed] as FlowAction[]) {
    message.next(hangUp);
    message.onError(hangUp);
  }
  return flow;
}
