import { Duration, Token } from 'aws-cdk-lib';
import { FlowAction, FlowNextAction } from './flow-action';
import { FlowConditionOperator } from './flow-condition-operator';
import type { FlowDefinition } from './flow-definition';
import { FlowValue } from './flow-value';
import { catchAll, repeatedResults, requireResults, wholeSeconds, withNextAction } from '../private/flows/flow-control';
import { flowTypes } from '../private/flows/flow-types';
import { shown } from '../private/validation';

/** Properties of a `Compare` action. */
export interface CompareProps {
  /** The value to compare: a reference into the contact's data, such as `FlowValue.contactAttribute('tier')`. */
  readonly value: FlowValue;
}

/**
 * Branches on a value of the contact's data: one `on…` method per condition, tried in order, and
 * `onNoMatch` (required) when none holds. Errors: NoMatchingCondition only. Allowed in every flow type.
 *
 * @see https://docs.aws.amazon.com/connect/latest/APIReference/flow-control-actions-compare.html
 */
export class Compare extends FlowAction {
  constructor(definition: FlowDefinition, id: string, props: CompareProps) {
    super(definition, id, {
      type: 'Compare',
      parameters: { ComparisonValue: props.value?.toString() },
      errors: ['NoMatchingCondition'],
      raisesErrors: false,
      nextAction: FlowNextAction.OPTIONAL,
    });
    if (!(props.value instanceof FlowValue)) {
      this.addProblem(`value must be a FlowValue, got ${shown(props.value)}`);
    } else if (!props.value.isReference) {
      // The page: "Any single JSONPath identifier that is valid for the flow data object".
      this.addProblem(`value must be a reference into the contact's data (a JSONPath), got the text ${shown(props.value.toString())}`);
    } else {
      props.value.validate().forEach(p => this.addProblem(`value ${p}`));
    }
  }

  /** Where the flow goes when the value is exactly `text`. */
  public onEquals(text: string, action: FlowAction): FlowAction {
    return this.onCondition(FlowConditionOperator.EQUALS, text, action);
  }

  /** Where the flow goes when the value begins with `text`. */
  public onTextStartsWith(text: string, action: FlowAction): FlowAction {
    return this.onCondition(FlowConditionOperator.TEXT_STARTS_WITH, text, action);
  }

  /** Where the flow goes when the value ends with `text`. */
  public onTextEndsWith(text: string, action: FlowAction): FlowAction {
    return this.onCondition(FlowConditionOperator.TEXT_ENDS_WITH, text, action);
  }

  /** Where the flow goes when the value contains `text`. */
  public onTextContains(text: string, action: FlowAction): FlowAction {
    return this.onCondition(FlowConditionOperator.TEXT_CONTAINS, text, action);
  }

  /** Where the flow goes when the value is a number larger than `value`. */
  public onNumberGreaterThan(value: number, action: FlowAction): FlowAction {
    return this.onNumber(FlowConditionOperator.NUMBER_GREATER_THAN, value, action);
  }

  /** Where the flow goes when the value is a number larger than or equal to `value`. */
  public onNumberGreaterOrEqualTo(value: number, action: FlowAction): FlowAction {
    return this.onNumber(FlowConditionOperator.NUMBER_GREATER_OR_EQUAL_TO, value, action);
  }

  /** Where the flow goes when the value is a number smaller than `value`. */
  public onNumberLessThan(value: number, action: FlowAction): FlowAction {
    return this.onNumber(FlowConditionOperator.NUMBER_LESS_THAN, value, action);
  }

  /** Where the flow goes when the value is a number smaller than or equal to `value`. */
  public onNumberLessOrEqualTo(value: number, action: FlowAction): FlowAction {
    return this.onNumber(FlowConditionOperator.NUMBER_LESS_OR_EQUAL_TO, value, action);
  }

  /** Where the flow goes when `operator` holds between the value and `operand`. */
  public onCondition(operator: FlowConditionOperator, operand: string, action: FlowAction): FlowAction {
    if (!Object.values(FlowConditionOperator).includes(operator)) {
      this.addProblem(`operator must be a FlowConditionOperator, got ${shown(operator)}`);
    }
    if (typeof operand !== 'string') {
      this.addProblem(`operand of ${operator} must be a string, got ${shown(operand)}`);
    }
    return this.branchOnCondition(operator, [operand], action, `${operator} ${operand}`);
  }

  /** Where the flow goes when no condition holds (NoMatchingCondition). */
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
      problems.push('has no condition: add one with onEquals(…) or another on… method');
    }
    return problems;
  }

  private onNumber(operator: FlowConditionOperator, value: number, action: FlowAction): FlowAction {
    if (typeof value !== 'number' || (!Token.isUnresolved(value) && !Number.isFinite(value))) {
      this.addProblem(`operand of ${operator} must be a finite number, got ${shown(value)}`);
    }
    return this.onCondition(operator, String(value), action);
  }
}

/**
 * Sends contacts down branches at random, by percentage: `onPercentage` once per branch, in order, and
 * `onRemainder` (required) for the rest. The branches add up to at most 99 percent, so that the remainder
 * is at least 1. Errors: NoMatchingCondition only. Allowed in inbound, transfer and customer queue flows (and modules).
 *
 * @see https://docs.aws.amazon.com/connect/latest/APIReference/flow-control-actions-distributebypercentage.html
 */
export class DistributeByPercentage extends FlowAction {
  private total = 0;

  constructor(definition: FlowDefinition, id: string) {
    super(definition, id, {
      type: 'DistributeByPercentage',
      errors: ['NoMatchingCondition'],
      raisesErrors: false,
      nextAction: FlowNextAction.OPTIONAL,
      allowedIn: flowTypes('inbound', 'transfer', 'customerQueue', 'module'),
    });
  }

  /** Sends `percent` (a whole number from 1 to 99) of the contacts to `action`. */
  public onPercentage(percent: number, action: FlowAction): FlowAction {
    if (typeof percent !== 'number' || !Number.isInteger(percent) || percent < 1 || percent > 99) {
      this.addProblem(`percent must be a whole number from 1 to 99, got ${shown(percent)}`);
      return this.branchOnCondition('NumberLessThan', [String(percent)], action, `${percent}%`);
    }
    this.total += percent;
    if (this.total > 99) {
      // The page: "no Comparison comparing a value larger than 100"; branch thresholds are 1 + the running total.
      this.addProblem(`percentages must add up to at most 99 (the remainder goes to onRemainder), got ${this.total} with ${percent} for ${JSON.stringify(action?.identifier)}`);
    }
    // The draw is 1 to 100: "less than 1 + total" takes exactly `percent` numbers more than the previous branch.
    return this.branchOnCondition('NumberLessThan', [String(this.total + 1)], action, `${percent}%`);
  }

  /** Where the contacts no percentage branch takes go (NoMatchingCondition). */
  public onRemainder(action: FlowAction): FlowAction {
    return this.branchOnError('NoMatchingCondition', action);
  }

  /** The action's JSON; without `next(…)`, its next action is the catch-all error branch, as the flow designer writes it. */
  public toJson(): { [key: string]: any } {
    return withNextAction(super.toJson(), catchAll(this));
  }

  protected validateBranches(): string[] {
    return this._conditions.length === 0 ? ['has no percentage branch: call onPercentage(…)'] : [];
  }
}

/** Properties of a `Loop` action. */
export interface LoopProps {
  /**
   * How many times the loop runs `onContinueLooping` before `onDoneLooping`: 0 to 100.
   *
   * @default - `countFrom` gives it
   */
  readonly count?: number;

  /**
   * The count, read from the contact's data when the flow runs; give it or `count`, not both.
   *
   * @default - `count` gives it
   */
  readonly countFrom?: FlowValue;
}

/**
 * Counts the times the flow reaches it: `onContinueLooping` for `count` times, then `onDoneLooping` once (then
 * the count resets). Both branches are required; a branch of the loop body leads back to this action. No errors.
 * Allowed in every flow type.
 *
 * @see https://docs.aws.amazon.com/connect/latest/APIReference/flow-control-actions-loop.html
 */
export class Loop extends FlowAction {
  constructor(definition: FlowDefinition, id: string, props: LoopProps) {
    super(definition, id, {
      type: 'Loop',
      parameters: { LoopCount: loopCount(props) },
      nextAction: FlowNextAction.OPTIONAL,
    });
    const { count, countFrom } = props;
    if ((count === undefined) === (countFrom === undefined)) {
      this.addProblem(`give either count or countFrom, got ${count === undefined ? 'neither' : 'both'}`);
    } else if (count !== undefined && !Token.isUnresolved(count) && (!Number.isInteger(count) || count < 0 || count > 100)) {
      this.addProblem(`count must be a whole number from 0 to 100, got ${shown(count)}`);
    } else if (countFrom !== undefined && !(countFrom instanceof FlowValue && countFrom.isReference)) {
      // The page: "Must either be fully static or fully dynamic".
      this.addProblem(`countFrom must be a reference into the contact's data (a JSONPath), got ${shown(countFrom?.toString())}`);
    } else {
      countFrom?.validate().forEach(p => this.addProblem(`countFrom ${p}`));
    }
  }

  /** Where the flow goes while the loop runs (the result `ContinueLooping`): the loop's body. */
  public onContinueLooping(action: FlowAction): FlowAction {
    return this.branchOnCondition('Equals', ['ContinueLooping'], action, 'looping');
  }

  /** Where the flow goes when the loop is done (the result `DoneLooping`). */
  public onDoneLooping(action: FlowAction): FlowAction {
    return this.branchOnCondition('Equals', ['DoneLooping'], action, 'done');
  }

  /** The action's JSON; without `next(…)`, its next action is the `onDoneLooping` branch, as the flow designer writes it. */
  public toJson(): { [key: string]: any } {
    const done = this._conditions.find(c => c.operands[0] === 'DoneLooping');
    return withNextAction(super.toJson(), done?.target);
  }

  protected validateBranches(): string[] {
    return requireResults(this, { ContinueLooping: 'onContinueLooping', DoneLooping: 'onDoneLooping' });
  }
}

/** The count as a string (the flow designer writes `"3"`), or the JSONPath to read it from. */
function loopCount(props: LoopProps): string | undefined {
  if (props.count !== undefined) {
    return Token.isUnresolved(props.count) ? Token.asString(props.count) : String(props.count);
  }
  return props.countFrom?.toString();
}

/** An event that ends a `Wait` before its timeout. */
export enum WaitEvent {
  /** The customer came back to the chat. */
  CUSTOMER_RETURNED = 'CustomerReturned',
  /** The bot participant of the chat disconnected. */
  BOT_PARTICIPANT_DISCONNECTED = 'BotParticipantDisconnected',
}

/** Properties of a `Wait` action. */
export interface WaitProps {
  /**
   * How long to wait: whole seconds, from 1 second to 7 days.
   *
   * @default - `timeoutFrom` gives it
   */
  readonly timeout?: Duration;

  /**
   * The timeout in seconds, read from the contact's data when the flow runs; give it or `timeout`, not both.
   *
   * @default - `timeout` gives it
   */
  readonly timeoutFrom?: FlowValue;

  /**
   * Events that end the wait early; each needs its branch (`onCustomerReturned`, `onBotParticipantDisconnected`).
   *
   * @default - none: the wait ends at its timeout
   */
  readonly events?: WaitEvent[];
}

/**
 * Pauses the flow until the timeout (`onWaitCompleted`, required) or an event of `events` (one branch
 * each, required). Errors: NoMatchingError, and ParticipantNotFound with the BotParticipantDisconnected event.
 * Allowed in every flow type; the reference supports it on the chat channel only.
 *
 * @see https://docs.aws.amazon.com/connect/latest/APIReference/flow-control-actions-wait.html
 */
export class Wait extends FlowAction {
  private readonly events: WaitEvent[];

  constructor(definition: FlowDefinition, id: string, props: WaitProps) {
    const events = props.events ?? [];
    const problems: string[] = [];
    const seconds = waitSeconds(props, problems);
    super(definition, id, {
      type: 'Wait',
      // The reference calls the timeout TimeoutSeconds; the flow designer writes TimeLimitSeconds, a string.
      parameters: { TimeLimitSeconds: seconds, ...(events.length > 0 ? { Events: events } : {}) },
      errors: events.includes(WaitEvent.BOT_PARTICIPANT_DISCONNECTED) ? ['ParticipantNotFound'] : [],
      raisesErrors: true,
      nextAction: FlowNextAction.OPTIONAL,
    });
    this.events = events;
    problems.forEach(p => this.addProblem(p));
    events.forEach((e, i) => {
      if (!Object.values(WaitEvent).includes(e)) {
        this.addProblem(`events[${i}] must be a WaitEvent, got ${shown(e)}`);
      } else if (events.indexOf(e) !== i) {
        this.addProblem(`events must not repeat an event, got ${shown(e)} twice`);
      }
    });
  }

  /** Where the flow goes when the timeout passes (the result `WaitCompleted`). */
  public onWaitCompleted(action: FlowAction): FlowAction {
    return this.branchOnCondition('Equals', ['WaitCompleted'], action, 'timeout');
  }

  /** Where the flow goes when the customer comes back (the event `CustomerReturned`). */
  public onCustomerReturned(action: FlowAction): FlowAction {
    return this.onEvent(WaitEvent.CUSTOMER_RETURNED, action);
  }

  /** Where the flow goes when the bot participant disconnects (the event `BotParticipantDisconnected`). */
  public onBotParticipantDisconnected(action: FlowAction): FlowAction {
    return this.onEvent(WaitEvent.BOT_PARTICIPANT_DISCONNECTED, action);
  }

  /** Where the flow goes when the bot participant is not found (with the BotParticipantDisconnected event). */
  public onParticipantNotFound(action: FlowAction): FlowAction {
    return this.branchOnError('ParticipantNotFound', action);
  }

  /** The action's JSON; without `next(…)`, its next action is the catch-all error branch, as the flow designer writes it. */
  public toJson(): { [key: string]: any } {
    return withNextAction(super.toJson(), catchAll(this));
  }

  protected validateBranches(): string[] {
    // The page: "WaitCompleted" is always required, and every specified event too.
    const required: { [result: string]: string } = { WaitCompleted: 'onWaitCompleted' };
    for (const event of this.events) {
      required[event] = `on${event}`;
    }
    return requireResults(this, required);
  }

  private onEvent(event: WaitEvent, action: FlowAction): FlowAction {
    if (!this.events.includes(event)) {
      this.addProblem(`has a branch for the event ${event}, which is not in events`);
    }
    return this.branchOnCondition('Equals', [event], action, event);
  }
}

/** The timeout as a string of seconds, or the JSONPath to read it from; problems go to `problems`. */
function waitSeconds(props: WaitProps, problems: string[]): string | undefined {
  if ((props.timeout === undefined) === (props.timeoutFrom === undefined)) {
    problems.push(`give either timeout or timeoutFrom, got ${props.timeout === undefined ? 'neither' : 'both'}`);
    return undefined;
  }
  if (props.timeoutFrom !== undefined) {
    if (!(props.timeoutFrom instanceof FlowValue && props.timeoutFrom.isReference)) {
      // The page: "either statically defined, or a single valid JSONPath identifier".
      problems.push(`timeoutFrom must be a reference into the contact's data (a JSONPath), got ${shown(props.timeoutFrom?.toString())}`);
      return undefined;
    }
    props.timeoutFrom.validate().forEach(p => problems.push(`timeoutFrom ${p}`));
    return props.timeoutFrom.toString();
  }
  const seconds = wholeSeconds('timeout', props.timeout!, 1, 604_800, problems);
  if (seconds === undefined) {
    return undefined;
  }
  return Token.isUnresolved(seconds) ? Token.asString(seconds) : String(seconds);
}
