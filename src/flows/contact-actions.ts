import { FlowAction, FlowNextAction } from './flow-action';
import type { FlowDefinition } from './flow-definition';
import { flowTypes } from '../private/flows/flow-types';
import type { IQueue } from '../queue';

/**
 * Places the contact in its target queue (set by `UpdateContactTargetQueue`) and ends the flow.
 * Errors: QueueAtCapacity, NoMatchingError. Allowed in inbound and transfer flows.
 *
 * @see https://docs.aws.amazon.com/connect/latest/APIReference/contact-actions-transfercontacttoqueue.html
 */
export class TransferContactToQueue extends FlowAction {
  constructor(definition: FlowDefinition, id: string) {
    super(definition, id, {
      type: 'TransferContactToQueue',
      errors: ['QueueAtCapacity'],
      nextAction: FlowNextAction.OPTIONAL,
      allowedIn: flowTypes('inbound', 'transfer'),
    });
  }

  /** Where the flow goes when the queue is full. */
  public onQueueAtCapacity(action: FlowAction): FlowAction {
    return this.branchOnError('QueueAtCapacity', action);
  }
}

/** Properties of an `UpdateContactTargetQueue` action. */
export interface UpdateContactTargetQueueProps {
  /** The queue the contact is transferred to by a later `TransferContactToQueue`. */
  readonly queue: IQueue;
}

/**
 * Sets the queue a later `TransferContactToQueue` places the contact in. Errors: NoMatchingError.
 *
 * @see https://docs.aws.amazon.com/connect/latest/APIReference/contact-actions-updatecontacttargetqueue.html
 */
export class UpdateContactTargetQueue extends FlowAction {
  constructor(definition: FlowDefinition, id: string, props: UpdateContactTargetQueueProps) {
    super(definition, id, {
      type: 'UpdateContactTargetQueue',
      parameters: { QueueId: props.queue?.queueArn },
      raisesErrors: true,
    });
    if (props.queue === undefined) {
      this.addProblem('queue is required');
    }
  }
}
