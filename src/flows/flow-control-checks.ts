import { FlowAction, FlowNextAction } from './flow-action';
import { FlowConditionOperator } from './flow-condition-operator';
import type { FlowDefinition } from './flow-definition';
import type { IHoursOfOperation } from '../hours-of-operation';
import { catchAll, repeatedResults, requireResults, withNextAction } from '../private/flows/flow-control';
import { flowTypes } from '../private/flows/flow-types';
import { queueOrAgent } from '../private/flows/parameters';
import { shown } from '../private/validation';
import type { IQueue } from '../queue';
import type { IUser } from '../user';

/** Properties of a `CheckHoursOfOperation` action. */
export interface CheckHoursOfOperationProps {
  /**
   * The hours to check.
   *
   * @default - the hours of operation of the contact's target queue
   */
  readonly hoursOfOperation?: IHoursOfOperation;
}

/**
 * Branches on whether it is in or out of the hours of operation: `onInHours` and `onOutOfHours` are both
 * required. Errors: NoMatchingError. Allowed in inbound, transfer and customer queue flows (and modules).
 *
 * @see https://docs.aws.amazon.com/connect/latest/APIReference/flow-control-actions-checkhoursofoperation.html
 */
export class CheckHoursOfOperation extends FlowAction {
  constructor(definition: FlowDefinition, id: string, props: CheckHoursOfOperationProps = {}) {
    super(definition, id, {
      type: 'CheckHoursOfOperation',
      parameters: props.hoursOfOperation ? { HoursOfOperationId: props.hoursOfOperation.hoursOfOperationArn } : {},
      raisesErrors: true,
      nextAction: FlowNextAction.OPTIONAL,
      allowedIn: flowTypes('inbound', 'transfer', 'customerQueue', 'module'),
    });
  }

  /** Where the flow goes in hours (the result `True`). */
  public onInHours(action: FlowAction): FlowAction {
    return this.branchOnCondition('Equals', ['True'], action, 'in hours');
  }

  /** Where the flow goes out of hours (the result `False`). */
  public onOutOfHours(action: FlowAction): FlowAction {
    return this.branchOnCondition('Equals', ['False'], action, 'out of hours');
  }

  /** The action's JSON; without `next(…)`, its next action is the catch-all error branch, as the flow designer writes it. */
  public toJson(): { [key: string]: any } {
    return withNextAction(super.toJson(), catchAll(this));
  }

  protected validateBranches(): string[] {
    return requireResults(this, { True: 'onInHours', False: 'onOutOfHours' });
  }
}

/** A metric `CheckMetricData` loads for a queue. */
export enum QueueMetricType {
  /** Agents in the Available state. */
  NUMBER_OF_AGENTS_AVAILABLE = 'NumberOfAgentsAvailable',
  /** Agents staffed on the queue. */
  NUMBER_OF_AGENTS_STAFFED = 'NumberOfAgentsStaffed',
  /** Agents online on the queue. */
  NUMBER_OF_AGENTS_ONLINE = 'NumberOfAgentsOnline',
  /** How long, in seconds, the oldest contact has been in the queue. */
  OLDEST_CONTACT_IN_QUEUE_AGE_SECONDS = 'OldestContactInQueueAgeSeconds',
  /** How many contacts are in the queue. */
  NUMBER_OF_CONTACTS_IN_QUEUE = 'NumberOfContactsInQueue',
}

/** Properties of a `CheckMetricData` action. */
export interface CheckMetricDataProps {
  /** The metric to load and branch on. */
  readonly metricType: QueueMetricType;

  /**
   * The queue to load the metric of; give it or `agent`, not both.
   *
   * @default - the contact's target queue, unless `agent` is given
   */
  readonly queue?: IQueue;

  /**
   * The agent whose agent queue to load the metric of; give it or `queue`, not both.
   *
   * @default - the contact's target queue, unless `queue` is given
   */
  readonly agent?: IUser;
}

/**
 * Loads a metric of a queue and branches on its value with `onMetric`. With an agent count (`NumberOfAgents…`)
 * the only condition is `NumberGreaterThan 0`; with the others, `Equals` and the `Number…` operators, and
 * `onNoMatch` when none holds. Errors: NoMatchingError, and NoMatchingCondition for the two queue metrics.
 * Allowed in inbound, transfer and customer queue flows (and modules).
 *
 * @see https://docs.aws.amazon.com/connect/latest/APIReference/flow-control-actions-checkmetricdata.html
 */
export class CheckMetricData extends FlowAction {
  /** The metric the action loads. */
  public readonly metricType: QueueMetricType;

  constructor(definition: FlowDefinition, id: string, props: CheckMetricDataProps) {
    super(definition, id, {
      type: 'CheckMetricData',
      parameters: { MetricType: props.metricType, ...queueOrAgent(props) },
      errors: isAgentCount(props.metricType) ? [] : ['NoMatchingCondition'],
      raisesErrors: true,
      nextAction: FlowNextAction.OPTIONAL,
      allowedIn: flowTypes('inbound', 'transfer', 'customerQueue', 'module'),
    });
    this.metricType = props.metricType;
    if (!Object.values(QueueMetricType).includes(props.metricType)) {
      this.addProblem(`metricType must be a QueueMetricType, got ${shown(props.metricType)}`);
    }
    if (props.queue !== undefined && props.agent !== undefined) {
      this.addProblem('give queue or agent, not both');
    }
  }

  /** Where the flow goes when `operator` holds between the metric and `value`. */
  public onMetric(operator: FlowConditionOperator, value: number, action: FlowAction): FlowAction {
    if (isAgentCount(this.metricType)) {
      if (operator !== FlowConditionOperator.NUMBER_GREATER_THAN || value !== 0) {
        this.addProblem(`with ${this.metricType} the only condition is NumberGreaterThan 0, got ${operator} ${shown(value)}`);
      }
    } else if (operator !== FlowConditionOperator.EQUALS && !String(operator).startsWith('Number')) {
      this.addProblem(`conditions on ${this.metricType} use Equals or a Number… operator, got ${shown(operator)}`);
    }
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      this.addProblem(`value of ${operator} must be a finite number, got ${shown(value)}`);
    }
    return this.branchOnCondition(operator, [String(value)], action, `${operator} ${value}`);
  }

  /** Where the flow goes when no condition holds (NoMatchingCondition; not with an agent count). */
  public onNoMatch(action: FlowAction): FlowAction {
    return this.branchOnError('NoMatchingCondition', action);
  }

  /** The action's JSON; without `next(…)`, its next action is the catch-all error branch, as the flow designer writes it. */
  public toJson(): { [key: string]: any } {
    return withNextAction(super.toJson(), catchAll(this));
  }

  protected validateBranches(): string[] {
    const problems = repeatedResults(this);
    if (this._conditions.length === 0) {
      problems.push('has no condition: add one with onMetric(…)');
    }
    return problems;
  }
}

/** The agent counts, which support only the condition `NumberGreaterThan 0`. */
function isAgentCount(metricType: QueueMetricType): boolean {
  return String(metricType).startsWith('NumberOfAgents');
}

/** The channel `GetMetricData` loads metrics for. */
export enum QueueMetricChannel {
  /** Voice contacts. */
  VOICE = 'Voice',
  /** Chat contacts. */
  CHAT = 'Chat',
}

/** Properties of a `GetMetricData` action. */
export interface GetMetricDataProps {
  /**
   * The queue to load the metrics of; give it or `agent`, not both.
   *
   * @default - the contact's target queue, unless `agent` is given
   */
  readonly queue?: IQueue;

  /**
   * The agent whose agent queue to load the metrics of; give it or `queue`, not both.
   *
   * @default - the contact's target queue, unless `queue` is given
   */
  readonly agent?: IUser;

  /**
   * The channel to load the metrics for.
   *
   * @default - all channels
   */
  readonly channel?: QueueMetricChannel;
}

/**
 * Loads the real-time metrics of a queue for later actions, which read them with `FlowValue.queueMetric`.
 * Errors: NoMatchingError. Allowed in every flow type.
 *
 * @see https://docs.aws.amazon.com/connect/latest/APIReference/flow-control-actions-getmetricdata.html
 */
export class GetMetricData extends FlowAction {
  constructor(definition: FlowDefinition, id: string, props: GetMetricDataProps = {}) {
    super(definition, id, {
      type: 'GetMetricData',
      parameters: { ...queueOrAgent(props), ...(props.channel ? { QueueChannel: props.channel } : {}) },
      raisesErrors: true,
    });
    if (props.queue !== undefined && props.agent !== undefined) {
      this.addProblem('give queue or agent, not both');
    }
    if (props.channel !== undefined && !Object.values(QueueMetricChannel).includes(props.channel)) {
      this.addProblem(`channel must be a QueueMetricChannel, got ${shown(props.channel)}`);
    }
  }
}

/**
 * Branches on what an outbound campaign call reached: a person, a voicemail with or without a beep, or
 * nothing detected. Every branch is optional; a result without one goes to NoMatchingError.
 * Works with outbound campaigns only.
 *
 * @see https://docs.aws.amazon.com/connect/latest/APIReference/flow-control-actions-checkoutboundcallstatus.html
 */
export class CheckOutboundCallStatus extends FlowAction {
  constructor(definition: FlowDefinition, id: string) {
    super(definition, id, { type: 'CheckOutboundCallStatus', raisesErrors: true, nextAction: FlowNextAction.OPTIONAL });
  }

  /** Where the flow goes when a person answered (`CallAnswered`). */
  public onCallAnswered(action: FlowAction): FlowAction {
    return this.branchOnCondition('Equals', ['CallAnswered'], action, 'answered');
  }

  /** Where the flow goes when the call reached a voicemail and a beep was detected (`VoicemailBeep`). */
  public onVoicemailBeep(action: FlowAction): FlowAction {
    return this.branchOnCondition('Equals', ['VoicemailBeep'], action, 'voicemail (beep)');
  }

  /** Where the flow goes when the call reached a voicemail without a known beep (`VoicemailNoBeep`). */
  public onVoicemailNoBeep(action: FlowAction): FlowAction {
    return this.branchOnCondition('Equals', ['VoicemailNoBeep'], action, 'voicemail (no beep)');
  }

  /** Where the flow goes when neither a person nor a voicemail was detected (`NotDetected`). */
  public onNotDetected(action: FlowAction): FlowAction {
    return this.branchOnCondition('Equals', ['NotDetected'], action, 'not detected');
  }

  /** The action's JSON; without `next(…)`, its next action is the catch-all error branch, as the flow designer writes it. */
  public toJson(): { [key: string]: any } {
    return withNextAction(super.toJson(), catchAll(this));
  }

  protected validateBranches(): string[] {
    return repeatedResults(this);
  }
}

/** What `CheckVoiceId` checks. */
export enum VoiceIdCheck {
  /** Whether the caller is enrolled: Enrolled, NotEnrolled, OptedOut. */
  ENROLLMENT_STATUS = 'enrollmentStatus',
  /** Whether the caller's voice is authenticated: Authenticated, NotAuthenticated, Inconclusive, NotEnrolled, OptedOut. */
  VOICE_AUTHENTICATION = 'voiceAuthentication',
  /** Whether the caller matches a fraudster of a watchlist: HighRisk, LowRisk, Inconclusive. */
  FRAUD_DETECTION = 'fraudDetection',
}

/** Properties of a `CheckVoiceId` action. */
export interface CheckVoiceIdProps {
  /** What to check. */
  readonly check: VoiceIdCheck;
}

/** The results each check returns. The page writes them in words ("Not enrolled"); flows write them as one word. */
const VOICE_ID_RESULTS: { [check: string]: string[] } = {
  enrollmentStatus: ['Enrolled', 'NotEnrolled', 'OptedOut'],
  voiceAuthentication: ['Authenticated', 'NotAuthenticated', 'Inconclusive', 'NotEnrolled', 'OptedOut'],
  fraudDetection: ['HighRisk', 'LowRisk', 'Inconclusive'],
};

/**
 * Branches on the result of Voice ID (started by `StartVoiceIdStream`) for `check`: one `on…` method per result
 * of that check, each optional; a result without a branch goes to NoMatchingError. Voice channel only.
 * Voice ID reaches its end of support on 20 May 2026.
 *
 * @see https://docs.aws.amazon.com/connect/latest/APIReference/flow-control-actions-checkvoiceid.html
 */
export class CheckVoiceId extends FlowAction {
  /** What the action checks. */
  public readonly check: VoiceIdCheck;

  constructor(definition: FlowDefinition, id: string, props: CheckVoiceIdProps) {
    super(definition, id, {
      type: 'CheckVoiceId',
      parameters: { CheckVoiceIdOption: props.check },
      raisesErrors: true,
      nextAction: FlowNextAction.OPTIONAL,
    });
    this.check = props.check;
    if (!Object.values(VoiceIdCheck).includes(props.check)) {
      this.addProblem(`check must be a VoiceIdCheck, got ${shown(props.check)}`);
    }
  }

  /** Where the flow goes when the caller is enrolled (enrollment status). */
  public onEnrolled(action: FlowAction): FlowAction {
    return this.onResult('Enrolled', action);
  }

  /** Where the flow goes when the caller is not enrolled (enrollment status, voice authentication). */
  public onNotEnrolled(action: FlowAction): FlowAction {
    return this.onResult('NotEnrolled', action);
  }

  /** Where the flow goes when the caller opted out (enrollment status, voice authentication). */
  public onOptedOut(action: FlowAction): FlowAction {
    return this.onResult('OptedOut', action);
  }

  /** Where the flow goes when the caller's voice is authenticated (voice authentication). */
  public onAuthenticated(action: FlowAction): FlowAction {
    return this.onResult('Authenticated', action);
  }

  /** Where the flow goes when the authentication score is below the threshold (voice authentication). */
  public onNotAuthenticated(action: FlowAction): FlowAction {
    return this.onResult('NotAuthenticated', action);
  }

  /** Where the flow goes when Voice ID could not decide (voice authentication, fraud detection). */
  public onInconclusive(action: FlowAction): FlowAction {
    return this.onResult('Inconclusive', action);
  }

  /** Where the flow goes when the risk score meets the threshold (fraud detection). */
  public onHighRisk(action: FlowAction): FlowAction {
    return this.onResult('HighRisk', action);
  }

  /** Where the flow goes when the risk score is below the threshold (fraud detection). */
  public onLowRisk(action: FlowAction): FlowAction {
    return this.onResult('LowRisk', action);
  }

  /** The action's JSON; without `next(…)`, its next action is the catch-all error branch, as the flow designer writes it. */
  public toJson(): { [key: string]: any } {
    return withNextAction(super.toJson(), catchAll(this));
  }

  protected validateBranches(): string[] {
    return repeatedResults(this);
  }

  private onResult(result: string, action: FlowAction): FlowAction {
    const results = VOICE_ID_RESULTS[this.check];
    if (results && !results.includes(result)) {
      this.addProblem(`the check ${this.check} does not return ${result} (it returns ${results.join(', ')})`);
    }
    return this.branchOnCondition('Equals', [result], action, result);
  }
}

/**
 * Sends the caller's audio to Voice ID, to verify the caller and check watchlists; `CheckVoiceId` branches
 * on the result. Errors: NoMatchingError (also on chat and task). Not allowed in hold flows.
 *
 * @see https://docs.aws.amazon.com/connect/latest/APIReference/flow-control-actions-startvoiceidstream.html
 */
export class StartVoiceIdStream extends FlowAction {
  constructor(definition: FlowDefinition, id: string) {
    super(definition, id, {
      type: 'StartVoiceIdStream',
      raisesErrors: true,
      allowedIn: flowTypes('inbound', 'transfer', 'whisper', 'customerQueue', 'module'),
    });
  }
}
