import type * as lambda from 'aws-cdk-lib/aws-lambda';
import type { FlowDefinition } from './flow-definition';

/**
 * Whether an action moves on to a next action when it succeeds (its `Transitions.NextAction`).
 *
 * @see https://docs.aws.amazon.com/connect/latest/APIReference/flow-language-actions.html
 */
export enum FlowNextAction {
  /** The action must name its next action (`next(…)`). */
  REQUIRED = 'REQUIRED',
  /** The action may name a next action; without one, the flow ends after it. */
  OPTIONAL = 'OPTIONAL',
  /** The action ends the flow: it has no next action. */
  NONE = 'NONE',
}

/** What an action is, as its page of the Flow language reference documents it. */
export interface FlowActionSpec {
  /** The action's `Type` in the Flow language, such as `MessageParticipant`. */
  readonly type: string;

  /**
   * The action's `Parameters`; tokens (such as a queue's ARN) resolve at deploy time.
   *
   * @default {}
   */
  readonly parameters?: { [key: string]: any };

  /**
   * The error types the action can raise, besides `NoMatchingError` (which every action that raises errors has).
   * Each needs a branch, or `onError(…)` must catch the rest.
   *
   * @default - the action raises no error
   */
  readonly errors?: string[];

  /**
   * Whether the action raises `NoMatchingError`, the error every other error falls back to.
   *
   * @default - true when `errors` is not empty
   */
  readonly raisesErrors?: boolean;

  /**
   * Whether the action moves on to a next action.
   *
   * @default FlowNextAction.REQUIRED
   */
  readonly nextAction?: FlowNextAction;

  /**
   * The flow types the action is allowed in: `ContactFlowType` values, and `FLOW_MODULE` for modules.
   *
   * @default - every flow type
   */
  readonly allowedIn?: string[];
}

/** A branch of an action: where the flow goes on a condition or an error. */
interface FlowBranch {
  readonly target: FlowAction;
  readonly label: string;
}

/** A condition branch, as the Flow language writes it (`Operator`, `Operands`). */
interface FlowConditionBranch extends FlowBranch {
  readonly operator: string;
  readonly operands: string[];
}

/**
 * An action of the Amazon Connect Flow language, in a `FlowDefinition`. Its identifier is the id
 * given to it, unique in the definition; its branches are set with `next`, `onError` and the
 * action's own methods (a condition or an error it documents).
 *
 * @see https://docs.aws.amazon.com/connect/latest/APIReference/flow-language-actions.html
 */
export abstract class FlowAction {
  /** The action's `Identifier`: the id it was given. */
  public readonly identifier: string;

  /** The action's `Type` in the Flow language. */
  public readonly type: string;

  /** The definition the action belongs to. */
  public readonly definition: FlowDefinition;

  /** @internal */
  public readonly _spec: FlowActionSpec;
  /** @internal */
  public _next: FlowAction | undefined;
  /** @internal */
  public readonly _conditions: FlowConditionBranch[] = [];
  /** @internal */
  public readonly _errors = new Map<string, FlowAction>();
  /** @internal */
  public readonly _functions: lambda.IFunction[] = [];
  /** @internal */
  public readonly _lexBotAliasArns: string[] = [];
  /** @internal */
  public readonly _problems: string[] = [];

  protected constructor(definition: FlowDefinition, id: string, spec: FlowActionSpec) {
    this.definition = definition;
    this.identifier = id;
    this.type = spec.type;
    this._spec = spec;
    definition._register(this);
  }

  /** Where the flow goes when this action succeeds; returns `action`, so that calls chain. */
  public next(action: FlowAction): FlowAction {
    if ((this._spec.nextAction ?? FlowNextAction.REQUIRED) === FlowNextAction.NONE) {
      this._problems.push(`has no next action (the ${this.type} action ends the flow), got next(${JSON.stringify(action?.identifier)})`);
    }
    this._next = action;
    return action;
  }

  /** Where the flow goes on any error that has no branch of its own (`NoMatchingError`). */
  public onError(action: FlowAction): FlowAction {
    return this.branchOnError('NoMatchingError', action);
  }

  /** The Flow language JSON of the action (tokens unresolved). */
  public toJson(): { [key: string]: any } {
    const transitions: { [key: string]: any } = {};
    if (this._next) {
      transitions.NextAction = this._next.identifier;
    }
    if (this._conditions.length > 0) {
      transitions.Conditions = this._conditions.map(c => ({
        NextAction: c.target.identifier,
        Condition: { Operator: c.operator, Operands: c.operands },
      }));
    }
    if (this._errors.size > 0) {
      transitions.Errors = [...this._errors].map(([errorType, target]) => ({ NextAction: target.identifier, ErrorType: errorType }));
    }
    return { Identifier: this.identifier, Type: this.type, Parameters: this._spec.parameters ?? {}, Transitions: transitions };
  }

  /** Where the flow goes on the error `errorType`; the error must be one the action documents. */
  protected branchOnError(errorType: string, action: FlowAction): FlowAction {
    const documented = this._spec.errors ?? [];
    const raises = this._spec.raisesErrors ?? documented.length > 0;
    if (errorType === 'NoMatchingError' ? !raises : !documented.includes(errorType)) {
      this._problems.push(`does not raise ${errorType} (its errors: ${[...documented, ...(raises ? ['NoMatchingError'] : [])].join(', ') || 'none'})`);
    }
    this._errors.set(errorType, action);
    return action;
  }

  /** Where the flow goes when the condition holds (`Operator` on `Operands`); `label` names it in diagrams. */
  protected branchOnCondition(operator: string, operands: string[], action: FlowAction, label: string): FlowAction {
    this._conditions.push({ operator, operands, target: action, label });
    return action;
  }

  /** Records a Lambda function the action invokes: the flow associates it with the instance. */
  protected usesFunction(fn: lambda.IFunction): void {
    this._functions.push(fn);
  }

  /** Records a Lex V2 bot alias the action talks to: the flow associates it with the instance. */
  protected usesLexBotAlias(botAliasArn: string): void {
    this._lexBotAliasArns.push(botAliasArn);
  }

  /** Records a problem with the action's props, reported with every other problem of the flow. */
  protected addProblem(problem: string): void {
    this._problems.push(problem);
  }

  /** Problems of the branches, checked when the flow renders (such as a condition the action requires). */
  protected validateBranches(): string[] {
    return [];
  }

  /** @internal */
  public _allProblems(): string[] {
    return [...this._problems, ...this.validateBranches()];
  }
}
