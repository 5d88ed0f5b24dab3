import { Construct } from 'constructs';
import { associateIntegrations } from './integrations';
import type { FlowAction } from '../../flows/flow-action';
import { FlowNextAction } from '../../flows/flow-action';
import type { FlowDefinition } from '../../flows/flow-definition';
import type { IConnectInstance } from '../../instance';
import type { PropValidator } from '../validation';

/** Where a definition is rendered: the flow's instance and type, and where its problems go. */
export interface FlowRenderContext {
  readonly v: PropValidator;
  readonly instance: IConnectInstance;
  /** A `ContactFlowType` value, or `FLOW_MODULE`. */
  readonly flowType: string;
}

/**
 * The Flow language document of a definition (`Version`, `StartAction`, `Actions`), with its problems
 * recorded: unreachable actions, branches an action lacks, actions not allowed in the flow's type.
 * Functions and bots the actions use are associated with the instance, once per instance.
 *
 * @see https://docs.aws.amazon.com/connect/latest/APIReference/flow-language.html
 */
export function renderDefinition(scope: Construct, context: FlowRenderContext, definition: FlowDefinition): { [key: string]: any } | undefined {
  const { v } = context;
  const actions = definition.actions;
  const start = definition.startAction;
  if (start === undefined) {
    v.fail('content', 'a definition without actions', 'must have at least one action');
    return undefined;
  }
  const reachable = reachableFrom(start);
  const ids = new Map<string, FlowAction>();
  for (const action of actions) {
    const problem = (text: string) => v.failCombination(`action ${JSON.stringify(action.identifier)} (${action.type}) ${text}`);
    action._allProblems().forEach(problem);
    if (ids.has(action.identifier)) {
      problem('has the identifier of another action: identifiers must be unique in a flow');
    }
    ids.set(action.identifier, action);
    if (!reachable.has(action)) {
      problem(`is not reachable from the start action ${JSON.stringify(start.identifier)}`);
    }
    const allowed = action._spec.allowedIn;
    if (allowed !== undefined && !allowed.includes(context.flowType)) {
      problem(`is not allowed in a ${context.flowType} flow (only in ${allowed.join(', ')})`);
    }
    checkBranches(action, problem);
  }
  for (const target of reachable) {
    if (target.definition !== definition) {
      v.failCombination(`action ${JSON.stringify(target.identifier)} (${target.type}) belongs to another FlowDefinition: a branch cannot leave its flow`);
    }
  }
  if (context.instance) {
    associateIntegrations(scope, context.instance, [...reachable]);
  }
  return {
    Version: '2019-10-30',
    StartAction: start.identifier,
    Actions: actions.map(a => a.toJson()),
  };
}

/** Every documented error has a branch or falls to `onError`; the next action is set when required. */
function checkBranches(action: FlowAction, problem: (text: string) => void): void {
  const spec = action._spec;
  const documented = spec.errors ?? [];
  const raises = spec.raisesErrors ?? documented.length > 0;
  if (raises && !action._errors.has('NoMatchingError')) {
    const missing = [...documented.filter(e => !action._errors.has(e)), 'NoMatchingError'];
    problem(`has no branch for ${missing.join(', ')}: add the branches, or onError(…) for any error without one`);
  } else if (!raises) {
    // An action without NoMatchingError (such as Compare) needs a branch for each error it documents.
    const missing = documented.filter(e => !action._errors.has(e));
    if (missing.length > 0) {
      problem(`has no branch for ${missing.join(', ')}`);
    }
  }
  if ((spec.nextAction ?? FlowNextAction.REQUIRED) === FlowNextAction.REQUIRED && action._next === undefined) {
    problem('has no next action: call next(…)');
  }
}

/** The actions reachable from `start` through any branch, loops included. */
function reachableFrom(start: FlowAction): Set<FlowAction> {
  const seen = new Set<FlowAction>([start]);
  const queue = [start];
  while (queue.length > 0) {
    const action = queue.pop()!;
    const targets = [action._next, ...action._conditions.map(c => c.target), ...action._errors.values()];
    for (const target of targets) {
      if (target !== undefined && !seen.has(target)) {
        seen.add(target);
        queue.push(target);
      }
    }
  }
  return seen;
}
