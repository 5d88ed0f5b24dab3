import { Duration, Token } from 'aws-cdk-lib';
import type { FlowAction } from '../../flows/flow-action';
import { shown } from '../validation';

/** How many condition branches of `action` test `operator` on `operand`. */
export function branchesOn(action: FlowAction, operator: string, operand: string): number {
  return action._conditions.filter(c => c.operator === operator && c.operands.length === 1 && c.operands[0] === operand).length;
}

/**
 * Problems when a result the action requires a branch for (an `Equals` condition) has none, or more than one.
 * `results` maps each result to the method that branches on it.
 */
export function requireResults(action: FlowAction, results: { [result: string]: string }): string[] {
  const problems: string[] = [];
  for (const [result, method] of Object.entries(results)) {
    const count = branchesOn(action, 'Equals', result);
    if (count === 0) {
      problems.push(`has no branch for the result ${result}: call ${method}(…)`);
    }
  }
  return [...problems, ...repeatedResults(action)];
}

/** Problems when two condition branches test the same thing (the second would never be taken). */
export function repeatedResults(action: FlowAction): string[] {
  const seen = new Set<string>();
  const problems: string[] = [];
  for (const c of action._conditions) {
    const key = `${c.operator} ${c.operands.join(',')}`;
    if (seen.has(key)) {
      problems.push(`has more than one branch for ${key}: the first one is always taken`);
    }
    seen.add(key);
  }
  return problems;
}

/**
 * The action's JSON with a `NextAction` when it names none: the flow designer writes one on every
 * action that goes on, even when its conditions and errors cover every result.
 */
export function withNextAction(json: { [key: string]: any }, fallback: FlowAction | undefined): { [key: string]: any } {
  const transitions = json.Transitions ?? {};
  if (transitions.NextAction !== undefined || fallback === undefined) {
    return json;
  }
  return { ...json, Transitions: { NextAction: fallback.identifier, ...transitions } };
}

/** The error branch every result without a branch falls to: NoMatchingError, else NoMatchingCondition. */
export function catchAll(action: FlowAction): FlowAction | undefined {
  return action._errors.get('NoMatchingError') ?? action._errors.get('NoMatchingCondition');
}

/** The whole seconds of `duration` from `min` to `max`, or a problem naming `prop`; tokens pass. */
export function wholeSeconds(prop: string, duration: Duration, min: number, max: number, problems: string[]): number | undefined {
  if (!(duration instanceof Duration)) {
    problems.push(`${prop} must be a Duration, got ${shown(duration)}`);
    return undefined;
  }
  const seconds = duration.toSeconds({ integral: false });
  if (Token.isUnresolved(seconds)) {
    return seconds;
  }
  if (!Number.isInteger(seconds) || seconds < min || seconds > max) {
    problems.push(`${prop} must be a whole number of seconds from ${min} to ${max}, got ${duration.toHumanString()}`);
    return undefined;
  }
  return seconds;
}

/** Whether `value` is a number the problem checks skip (a token). */
export function isTokenNumber(value: number): boolean {
  return typeof value === 'number' && Token.isUnresolved(value);
}
