import { Duration, Token } from 'aws-cdk-lib';
import { FlowAction, FlowNextAction } from './flow-action';
import type { FlowDefinition } from './flow-definition';
import { FlowValue } from './flow-value';
import type { IContactFlow } from '../contact-flow';
import { wholeSeconds } from '../private/flows/flow-control';
import { flowTypes } from '../private/flows/flow-types';
import { shown } from '../private/validation';

/**
 * Ends the flow without disconnecting the participant (contact logic may disconnect it afterwards).
 * No parameters, no next action, no errors. Allowed in whisper and customer queue flows only.
 *
 * @see https://docs.aws.amazon.com/connect/latest/APIReference/flow-control-actions-endflowexecution.html
 */
export class EndFlowExecution extends FlowAction {
  constructor(definition: FlowDefinition, id: string) {
    super(definition, id, {
      type: 'EndFlowExecution',
      nextAction: FlowNextAction.NONE,
      allowedIn: flowTypes('whisper', 'customerQueue'),
    });
  }
}

/** Properties of a `TransferToFlow` action. */
export interface TransferToFlowProps {
  /** The flow to continue in, from its start. */
  readonly flow: IContactFlow;
}

/**
 * Continues the contact in another flow, from its start. Errors: NoMatchingError. Allowed in inbound and
 * transfer flows (and modules).
 *
 * @see https://docs.aws.amazon.com/connect/latest/APIReference/flow-control-actions-transfertoflow.html
 */
export class TransferToFlow extends FlowAction {
  constructor(definition: FlowDefinition, id: string, props: TransferToFlowProps) {
    super(definition, id, {
      type: 'TransferToFlow',
      parameters: { ContactFlowId: props.flow?.contactFlowArn },
      raisesErrors: true,
      nextAction: FlowNextAction.OPTIONAL,
      allowedIn: flowTypes('inbound', 'transfer', 'module'),
    });
    if (props.flow === undefined) {
      this.addProblem('flow is required');
    }
  }
}

/** Properties of an `UpdateFlowAttributes` action. */
export interface UpdateFlowAttributesProps {
  /** The flow attributes to set, by name; later actions of this flow read them with `FlowValue.flowAttribute`. */
  readonly attributes: { [name: string]: FlowValue };
}

/**
 * Sets attributes that only this flow sees (`$.FlowAttributes.<name>`): all of them or none. Allowed in every
 * flow type. The reference lists no error; its block in the flow designer has an Error branch, so the action
 * takes one (NoMatchingError).
 *
 * @see https://docs.aws.amazon.com/connect/latest/APIReference/flow-control-actions-updateflowattributes.html
 * @see https://docs.aws.amazon.com/connect/latest/adminguide/set-contact-attributes.html
 */
export class UpdateFlowAttributes extends FlowAction {
  constructor(definition: FlowDefinition, id: string, props: UpdateFlowAttributesProps) {
    const attributes = props.attributes ?? {};
    super(definition, id, {
      type: 'UpdateFlowAttributes',
      parameters: {
        FlowAttributes: Object.fromEntries(Object.entries(attributes).map(([name, value]) => [name, { Type: 'String', Value: value?.toString() }])),
      },
      raisesErrors: true,
    });
    const names = Object.keys(attributes);
    if (names.length === 0) {
      this.addProblem(`attributes must set at least one attribute, got ${shown(props.attributes)}`);
    }
    for (const name of names) {
      const value = attributes[name];
      if (name.trim().length === 0) {
        this.addProblem(`attributes must name each attribute, got the name ${shown(name)}`);
      }
      if (!(value instanceof FlowValue)) {
        this.addProblem(`attributes.${name} must be a FlowValue, got ${shown(value)}`);
      } else {
        value.validate().forEach(p => this.addProblem(`attributes.${name} ${p}`));
      }
    }
  }
}

/** Whether the flow writes its logs to CloudWatch. */
export enum FlowLoggingBehavior {
  /** Log the flow from this action on. */
  ENABLED = 'Enabled',
  /** Stop logging the flow from this action on. */
  DISABLED = 'Disabled',
}

/** Properties of an `UpdateFlowLoggingBehavior` action. */
export interface UpdateFlowLoggingBehaviorProps {
  /** Whether to log the flow. */
  readonly behavior: FlowLoggingBehavior;
}

/**
 * Turns flow logging on or off for the rest of the contact segment; later segments inherit it. No errors.
 * Allowed in every flow type.
 *
 * @see https://docs.aws.amazon.com/connect/latest/APIReference/flow-control-actions-updateflowloggingbehavior.html
 */
export class UpdateFlowLoggingBehavior extends FlowAction {
  constructor(definition: FlowDefinition, id: string, props: UpdateFlowLoggingBehaviorProps) {
    super(definition, id, { type: 'UpdateFlowLoggingBehavior', parameters: { FlowLoggingBehavior: props.behavior } });
    if (!Object.values(FlowLoggingBehavior).includes(props.behavior)) {
      this.addProblem(`behavior must be a FlowLoggingBehavior, got ${shown(props.behavior)}`);
    }
  }
}

/** An agent requirement of a routing step: a predefined attribute at a minimum proficiency. */
export interface RoutingAttributeCondition {
  /** The name of the predefined attribute (1 to 64 characters), such as `Language`. */
  readonly name: string;

  /** The value of the predefined attribute (1 to 64 characters), such as `French`. */
  readonly value: string;

  /** The lowest proficiency the agent must have: a whole number from 1 to 5. */
  readonly proficiencyLevel: number;
}

/** A step of the routing criteria: the agents it offers the contact to, and for how long. */
export interface RoutingCriteriaStep {
  /** What an agent must have; all of them (1 or more). */
  readonly conditions: RoutingAttributeCondition[];

  /**
   * How long the step lasts before the next one applies: whole seconds. Only the last step may omit it.
   *
   * @default - the step never expires
   */
  readonly expiry?: Duration;
}

/** Properties of an `UpdateRoutingCriteria` action. */
export interface UpdateRoutingCriteriaProps {
  /** The steps, in order: when one expires without an agent, the next applies; after the last, any agent of the queue. */
  readonly steps: RoutingCriteriaStep[];
}

/**
 * Sets the routing criteria of the contact: steps of agent requirements (predefined attributes and
 * proficiencies), each with an expiry. Errors: NoMatchingError. Allowed in inbound, customer queue and
 * transfer flows (and modules).
 *
 * @see https://docs.aws.amazon.com/connect/latest/APIReference/flow-control-actions-updateroutingcriteria.html
 */
export class UpdateRoutingCriteria extends FlowAction {
  constructor(definition: FlowDefinition, id: string, props: UpdateRoutingCriteriaProps) {
    const steps = props.steps ?? [];
    const problems: string[] = [];
    const rendered = steps.map((step, i) => renderStep(step, `steps[${i}]`, i === steps.length - 1, problems));
    super(definition, id, {
      type: 'UpdateRoutingCriteria',
      parameters: { RoutingCriteria: { Steps: rendered } },
      raisesErrors: true,
      allowedIn: flowTypes('inbound', 'customerQueue', 'transfer', 'module'),
    });
    if (steps.length === 0) {
      this.addProblem(`steps must have at least one step, got ${shown(props.steps)}`);
    }
    problems.forEach(p => this.addProblem(p));
  }
}

/** A step as the page writes it: one `AttributeCondition`, or an `AndExpression` of several. */
function renderStep(step: RoutingCriteriaStep, prop: string, last: boolean, problems: string[]): { [key: string]: any } {
  const conditions = step?.conditions ?? [];
  if (conditions.length === 0) {
    problems.push(`${prop}.conditions must have at least one condition, got ${shown(step?.conditions)}`);
  }
  const expressions = conditions.map((c, j) => ({ AttributeCondition: renderCondition(c, `${prop}.conditions[${j}]`, problems) }));
  const expression = expressions.length === 1 ? expressions[0] : { AndExpression: expressions };
  if (step?.expiry === undefined) {
    if (!last) {
      problems.push(`${prop}.expiry is required on every step but the last: a step that never expires leaves the next ones unused`);
    }
    return { Expression: expression };
  }
  // The page: DurationInSeconds "Can be set only statically".
  const seconds = wholeSeconds(`${prop}.expiry`, step.expiry, 1, Number.MAX_SAFE_INTEGER, problems);
  return { Expression: expression, Expiry: { DurationInSeconds: seconds } };
}

function renderCondition(condition: RoutingAttributeCondition, prop: string, problems: string[]): { [key: string]: any } {
  for (const key of ['name', 'value'] as const) {
    const text = condition?.[key];
    if (typeof text !== 'string') {
      problems.push(`${prop}.${key} must be a string, got ${shown(text)}`);
    } else if (!Token.isUnresolved(text) && (text.length < 1 || text.length > 64)) {
      problems.push(`${prop}.${key} must be 1 to 64 characters long, got ${shown(text)}`);
    }
  }
  const level = condition?.proficiencyLevel;
  if (!Token.isUnresolved(level) && (!Number.isInteger(level) || level < 1 || level > 5)) {
    problems.push(`${prop}.proficiencyLevel must be 1, 2, 3, 4 or 5, got ${shown(level)}`);
  }
  return {
    Name: condition?.name,
    Value: condition?.value,
    ProficiencyLevel: level,
    // The only operator the page lists.
    ComparisonOperator: 'NumberGreaterOrEqualTo',
  };
}
