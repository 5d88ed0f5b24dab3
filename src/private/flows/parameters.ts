import { Duration, Token } from 'aws-cdk-lib';
import { FlowValue } from '../../flows/flow-value';
import type { IQueue } from '../../queue';
import type { IUser } from '../../user';
import { shown } from '../validation';

/** How a value of a parameter may be given, as the reference pages say it. */
export interface ValueRule {
  /** The parameter must be set. */
  readonly required?: boolean;
  /** "Must be a single, valid JSONPath reference, and cannot be set statically". */
  readonly reference?: boolean;
}

/** The text of a bad value in a problem. */
export function show(value: unknown): string {
  return value instanceof FlowValue ? JSON.stringify(value.toString()) : shown(value);
}

/** The problems of a `FlowValue` prop (also a wrong type passed from JavaScript). */
export function valueProblems(prop: string, value: FlowValue | undefined, rule: ValueRule = {}): string[] {
  if (value === undefined || value === null) {
    return rule.required ? [`${prop} is required`] : [];
  }
  if (!(value instanceof FlowValue)) {
    return [`${prop} must be a FlowValue, got ${show(value)}`];
  }
  const problems = value.validate().map(p => `${prop} ${p}`);
  if (rule.reference && !value.isReference) {
    problems.push(`${prop} must be a JSONPath reference such as FlowValue.contactAttribute(…), not a literal, got ${show(value)}`);
  }
  return problems;
}

/** The problems of a map of names to `FlowValue`s; `keys` is the rule names must follow. */
export function valueMapProblems(
  prop: string, values: { [name: string]: FlowValue } | undefined, required: boolean, keys?: { pattern: RegExp; rule: string },
): string[] {
  if (values === undefined || values === null) {
    return required ? [`${prop} is required`] : [];
  }
  const entries = Object.entries(values);
  if (entries.length === 0) {
    return [`${prop} must name at least one entry, got {}`];
  }
  return entries.flatMap(([name, value]) => [
    ...(keys && !Token.isUnresolved(name) && !keys.pattern.test(name) ? [`${prop} key ${keys.rule}, got ${show(name)}`] : []),
    ...valueProblems(`${prop}.${name}`, value, { required: true }),
  ]);
}

/** The text of each value, by name. */
export function renderValues(values: { [name: string]: FlowValue } | undefined): { [name: string]: string } | undefined {
  if (values === undefined) {
    return undefined;
  }
  return Object.fromEntries(Object.entries(values).map(([name, value]) => [name, String(value)]));
}

/** The problems of a whole number from `min` to `max`; tokens are skipped. */
export function integerProblems(prop: string, value: number | undefined, min: number, max: number): string[] {
  if (value === undefined || Token.isUnresolved(value)) {
    return [];
  }
  return Number.isInteger(value) && value >= min && value <= max ? [] : [`${prop} must be a whole number from ${min} to ${max}, got ${show(value)}`];
}

/** The problems of a duration given in whole seconds from `min` to `max`; tokens are skipped. */
export function secondsProblems(prop: string, value: Duration | undefined, min: number, max: number): string[] {
  if (value === undefined) {
    return [];
  }
  if (!(value instanceof Duration)) {
    return [`${prop} must be a Duration, got ${show(value)}`];
  }
  const seconds = value.toSeconds({ integral: false });
  if (Token.isUnresolved(seconds)) {
    return [];
  }
  return Number.isInteger(seconds) && seconds >= min && seconds <= max
    ? [] : [`${prop} must be whole seconds from ${min} to ${max}, got ${value.toHumanString()}`];
}

/** A duration in seconds, written as the flow designer writes numbers: a string. */
export function secondsText(value: Duration | undefined): string | undefined {
  return value === undefined ? undefined : String(value.toSeconds({ integral: false }));
}

/** The problem of a value outside an enum (possible from JavaScript). */
export function enumProblems(prop: string, value: unknown, values: object, required = false): string[] {
  if (value === undefined) {
    return required ? [`${prop} is required`] : [];
  }
  const allowed = Object.values(values) as unknown[];
  return allowed.includes(value) ? [] : [`${prop} must be one of ${allowed.join(', ')}, got ${show(value)}`];
}

/** The problems of a list of enum values: each allowed, none twice, and not empty unless `emptyAllowed`. */
export function enumListProblems(prop: string, list: unknown[] | undefined, values: object, emptyAllowed: boolean): string[] {
  if (list === undefined) {
    return [];
  }
  if (!Array.isArray(list)) {
    return [`${prop} must be a list, got ${show(list)}`];
  }
  const problems = list.flatMap((value, i) => enumProblems(`${prop}[${i}]`, value, values));
  if (!emptyAllowed && list.length === 0) {
    problems.push(`${prop} must not be empty, got []`);
  }
  if (new Set(list).size !== list.length) {
    problems.push(`${prop} must not repeat a value, got ${show(list)}`);
  }
  return problems;
}

/** The problem when other than exactly one of the props is set. */
export function exactlyOneProblems(props: { [prop: string]: unknown }): string[] {
  const set = Object.entries(props).filter(([, value]) => value !== undefined).map(([prop]) => prop);
  const names = Object.keys(props);
  if (set.length === 1) {
    return [];
  }
  return set.length === 0
    ? [`needs one of ${names.join(' or ')}, got none`]
    : [`takes only one of ${names.join(' or ')}, got ${set.join(' and ')}`];
}

/** A phone number in E.164 form (+, country code, at most 15 digits). */
export const E164 = /^\+[1-9]\d{1,14}$/;

/** The problems of a phone number given as a literal (a reference is checked when the flow runs). */
export function phoneNumberProblems(prop: string, value: FlowValue | undefined, required: boolean): string[] {
  const problems = valueProblems(prop, value, { required });
  if (problems.length === 0 && value !== undefined && !value.isReference) {
    const text = value.toString();
    if (!Token.isUnresolved(text) && !E164.test(text)) {
      problems.push(`${prop} must be a phone number in E.164 form such as +12065550100, got ${show(text)}`);
    }
  }
  return problems;
}

/** A number written as the flow designer writes numbers: a string. */
export function numberText(value: number | undefined): string | undefined {
  return value === undefined ? undefined : String(value);
}

/** The object without its undefined entries, nested objects included (arrays are kept as they are). */
export function definedOnly(value: { [key: string]: any }): { [key: string]: any } {
  const result: { [key: string]: any } = {};
  for (const [key, item] of Object.entries(value)) {
    if (item === undefined) {
      continue;
    }
    const plain = typeof item === 'object' && item !== null && !Array.isArray(item) && Object.getPrototypeOf(item) === Object.prototype;
    result[key] = plain ? definedOnly(item) : item;
  }
  return result;
}

/** "True" or "False", as recording, analytics and processing parameters write booleans. */
export function trueFalse(value: boolean): string {
  return value ? 'True' : 'False';
}

/** `QueueId` or `AgentId` (an agent queue), as ARNs, when given. */
export function queueOrAgent(props: { readonly queue?: IQueue; readonly agent?: IUser }): { [key: string]: string } {
  return definedOnly({ QueueId: props?.queue?.queueArn, AgentId: props?.agent?.userArn });
}
