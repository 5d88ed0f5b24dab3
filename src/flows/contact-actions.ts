import { FlowAction, FlowNextAction } from './flow-action';
import type { FlowDefinition } from './flow-definition';
import type { FlowValue } from './flow-value';
import type { IContactFlow } from '../contact-flow';
import { flowTypes } from '../private/flows/flow-types';
import { definedOnly, enumProblems, exactlyOneProblems, integerProblems, numberText, queueOrAgent, valueProblems } from '../private/flows/parameters';
import type { IQueue } from '../queue';
import type { IUser } from '../user';

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

/** Properties of an `UpdateContactTargetQueue` action: a queue, or an agent's own queue. */
export interface UpdateContactTargetQueueProps {
  /** The queue a later `TransferContactToQueue` places the contact in. @default - none: give `agent` */
  readonly queue?: IQueue;

  /** The agent whose agent queue a later `TransferContactToQueue` places the contact in. @default - none: give `queue` */
  readonly agent?: IUser;
}

/**
 * Sets the queue (or agent queue) a later `TransferContactToQueue` places the contact in.
 * Errors: NoMatchingError. Allowed in inbound and transfer flows.
 *
 * @see https://docs.aws.amazon.com/connect/latest/APIReference/contact-actions-updatecontacttargetqueue.html
 */
export class UpdateContactTargetQueue extends FlowAction {
  constructor(definition: FlowDefinition, id: string, props: UpdateContactTargetQueueProps) {
    super(definition, id, {
      type: 'UpdateContactTargetQueue',
      parameters: queueOrAgent(props),
      raisesErrors: true,
      allowedIn: flowTypes('inbound', 'transfer'),
    });
    exactlyOneProblems({ queue: props.queue, agent: props.agent }).forEach(p => this.addProblem(p));
  }
}

/** Properties of a `DequeueContactAndTransferToQueue` action: a queue, or an agent's own queue. */
export interface DequeueContactAndTransferToQueueProps {
  /** The queue the contact moves to. @default - none: give `agent` */
  readonly queue?: IQueue;

  /** The agent whose agent queue the contact moves to. @default - none: give `queue` */
  readonly agent?: IUser;
}

/**
 * Takes the queued contact out of its queue and puts it, as a new contact segment, in another queue
 * (a queue-to-queue transfer). Errors: QueueAtCapacity, NoMatchingError. Allowed in customer queue flows only.
 *
 * @see https://docs.aws.amazon.com/connect/latest/APIReference/contact-actions-dequeuecontactandtransfertoqueue.html
 */
export class DequeueContactAndTransferToQueue extends FlowAction {
  constructor(definition: FlowDefinition, id: string, props: DequeueContactAndTransferToQueueProps) {
    super(definition, id, {
      type: 'DequeueContactAndTransferToQueue',
      parameters: queueOrAgent(props),
      errors: ['QueueAtCapacity'],
      nextAction: FlowNextAction.OPTIONAL,
      allowedIn: flowTypes('customerQueue'),
    });
    exactlyOneProblems({ queue: props.queue, agent: props.agent }).forEach(p => this.addProblem(p));
  }

  /** Where the flow goes when the destination queue is full. */
  public onQueueAtCapacity(action: FlowAction): FlowAction {
    return this.branchOnError('QueueAtCapacity', action);
  }
}

/**
 * Ends the flow and transfers the customer to the agent (voice only; if the agent is busy, the contact
 * is disconnected). No parameters, no errors, no next action. Allowed in transfer flows only.
 *
 * @see https://docs.aws.amazon.com/connect/latest/APIReference/contact-actions-transfercontacttoagent.html
 */
export class TransferContactToAgent extends FlowAction {
  constructor(definition: FlowDefinition, id: string) {
    super(definition, id, { type: 'TransferContactToAgent', nextAction: FlowNextAction.NONE, allowedIn: flowTypes('transfer') });
  }
}

/** Properties of an `UpdateContactRoutingBehavior` action: give one of them. */
export interface UpdateContactRoutingBehaviorProps {
  /** The contact's priority in its queue, 1 or more: lower priorities are routed first. @default - none: give `queueTimeAdjustmentSeconds` */
  readonly queuePriority?: number;

  /**
   * Seconds added to (or, when negative, taken from) the contact's time in queue: older contacts are routed first.
   * A number, not a `Duration`, because it may be negative.
   *
   * @default - none: give `queuePriority`
   */
  readonly queueTimeAdjustmentSeconds?: number;
}

/**
 * Moves the contact forward or back in its queue, or sets its priority. No errors.
 * Allowed in inbound flows only.
 *
 * @see https://docs.aws.amazon.com/connect/latest/APIReference/contact-actions-updatecontactroutingbehavior.html
 */
export class UpdateContactRoutingBehavior extends FlowAction {
  constructor(definition: FlowDefinition, id: string, props: UpdateContactRoutingBehaviorProps) {
    super(definition, id, {
      type: 'UpdateContactRoutingBehavior',
      // Numbers are written as strings, as the flow designer writes them.
      parameters: definedOnly({
        QueuePriority: numberText(props.queuePriority),
        QueueTimeAdjustmentSeconds: numberText(props.queueTimeAdjustmentSeconds),
      }),
      allowedIn: flowTypes('inbound'),
    });
    [
      ...exactlyOneProblems({ queuePriority: props.queuePriority, queueTimeAdjustmentSeconds: props.queueTimeAdjustmentSeconds }),
      ...integerProblems('queuePriority', props.queuePriority, 1, Number.MAX_SAFE_INTEGER),
      ...integerProblems('queueTimeAdjustmentSeconds', props.queueTimeAdjustmentSeconds, -Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER),
    ].forEach(p => this.addProblem(p));
  }
}

/** Who an `UpdatePreviousContactParticipantState` action puts on or takes off hold (voice only). */
export enum FlowPreviousParticipantState {
  /** The agent who transferred the contact is put on hold. */
  AGENT_ON_HOLD = 'AgentOnHold',
  /** The customer is put on hold. */
  CUSTOMER_ON_HOLD = 'CustomerOnHold',
  /** Both are taken off hold. */
  OFF_HOLD = 'OffHold',
}

/** Properties of an `UpdatePreviousContactParticipantState` action. */
export interface UpdatePreviousContactParticipantStateProps {
  /** The hold state to set. */
  readonly state: FlowPreviousParticipantState;
}

/**
 * Puts the previous participants of a transferred contact on or off hold, so that an agent cannot hear
 * what the customer enters. Errors: NoMatchingError. Allowed in inbound and transfer flows.
 *
 * @see https://docs.aws.amazon.com/connect/latest/APIReference/contact-actions-updatepreviouscontactparticipantstate.html
 */
export class UpdatePreviousContactParticipantState extends FlowAction {
  constructor(definition: FlowDefinition, id: string, props: UpdatePreviousContactParticipantStateProps) {
    super(definition, id, {
      type: 'UpdatePreviousContactParticipantState',
      parameters: { PreviousContactParticipantState: props.state },
      raisesErrors: true,
      allowedIn: flowTypes('inbound', 'transfer'),
    });
    enumProblems('state', props.state, FlowPreviousParticipantState, true).forEach(p => this.addProblem(p));
  }
}

/** Properties of an `UpdateContactCallbackNumber` action. */
export interface UpdateContactCallbackNumberProps {
  /**
   * The number `CreateCallbackContact` calls back: a reference only, such as
   * `FlowValue.storedCustomerInput()` or `FlowValue.customerEndpointAddress()`.
   */
  readonly callbackNumber: FlowValue;
}

/**
 * Sets the number a callback calls. Errors: InvalidCallbackNumber, CallbackNumberNotDialable (no
 * NoMatchingError: each needs a branch). Allowed in inbound, transfer and customer queue flows.
 *
 * @see https://docs.aws.amazon.com/connect/latest/APIReference/contact-actions-updatecontactcallbacknumber.html
 */
export class UpdateContactCallbackNumber extends FlowAction {
  constructor(definition: FlowDefinition, id: string, props: UpdateContactCallbackNumberProps) {
    super(definition, id, {
      type: 'UpdateContactCallbackNumber',
      parameters: { CallbackNumber: props.callbackNumber?.toString() },
      errors: ['InvalidCallbackNumber', 'CallbackNumberNotDialable'],
      raisesErrors: false,
      allowedIn: flowTypes('inbound', 'transfer', 'customerQueue'),
    });
    valueProblems('callbackNumber', props.callbackNumber, { required: true, reference: true }).forEach(p => this.addProblem(p));
  }

  /** Where the flow goes when the number is not a valid E.164 phone number. */
  public onInvalidCallbackNumber(action: FlowAction): FlowAction {
    return this.branchOnError('InvalidCallbackNumber', action);
  }

  /** Where the flow goes when the instance cannot dial the number. */
  public onCallbackNumberNotDialable(action: FlowAction): FlowAction {
    return this.branchOnError('CallbackNumberNotDialable', action);
  }
}

/** The contact events an `UpdateContactEventHooks` action can attach a flow to. */
export enum FlowEventHook {
  /** The agent is put on hold (an agent hold flow). */
  AGENT_HOLD = 'AgentHold',
  /** The agent is joined to the customer (an agent whisper flow). */
  AGENT_WHISPER = 'AgentWhisper',
  /** The customer is put on hold (a customer hold flow). */
  CUSTOMER_HOLD = 'CustomerHold',
  /** The customer waits in queue (a customer queue flow). */
  CUSTOMER_QUEUE = 'CustomerQueue',
  /** The other participants left: the disconnect flow. */
  CUSTOMER_REMAINING = 'CustomerRemaining',
  /** The customer is joined to the agent (a customer whisper flow). */
  CUSTOMER_WHISPER = 'CustomerWhisper',
  /** The contact arrives in the agent workspace (a step-by-step guide). */
  DEFAULT_AGENT_UI = 'DefaultAgentUI',
  /** The contact open in the agent workspace ends. */
  DISCONNECT_AGENT_UI = 'DisconnectAgentUI',
  /** The contact is paused. */
  PAUSE_CONTACT = 'PauseContact',
  /** The contact resumes from pause. */
  RESUME_CONTACT = 'ResumeContact',
}

/** Properties of an `UpdateContactEventHooks` action: one event and its flow (the action sets one hook). */
export interface UpdateContactEventHooksProps {
  /** The event. */
  readonly event: FlowEventHook;

  /** The flow Amazon Connect runs when the event happens. */
  readonly flow: IContactFlow;
}

/**
 * Sets the flow that runs on a contact event (hold, whisper, queue, disconnect…). Errors: NoMatchingError.
 * Allowed in every flow type.
 *
 * @see https://docs.aws.amazon.com/connect/latest/APIReference/contact-actions-updatecontacteventhooks.html
 */
export class UpdateContactEventHooks extends FlowAction {
  constructor(definition: FlowDefinition, id: string, props: UpdateContactEventHooksProps) {
    super(definition, id, {
      type: 'UpdateContactEventHooks',
      // "Only one entry may be present in this map."
      parameters: { EventHooks: { [props.event]: props.flow?.contactFlowArn } },
      raisesErrors: true,
    });
    enumProblems('event', props.event, FlowEventHook, true).forEach(p => this.addProblem(p));
    if (props.flow === undefined) {
      this.addProblem('flow is required');
    }
  }
}

/**
 * Resumes a paused contact. No parameters. Errors: NoMatchingError. Allowed in every flow type.
 *
 * @see https://docs.aws.amazon.com/connect/latest/APIReference/contact-actions-updatecontactresumecontact.html
 */
export class ResumeContact extends FlowAction {
  constructor(definition: FlowDefinition, id: string) {
    super(definition, id, { type: 'ResumeContact', raisesErrors: true });
  }
}
