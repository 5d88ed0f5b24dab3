import { Duration, Token, Tokenization } from 'aws-cdk-lib';
import { FlowMessage } from '../../flows/flow-message';
import { FlowValue } from '../../flows/flow-value';

/** Checks of action props shared by the participant actions and the interactions; each returns problems. */

/** A duration in whole seconds from `min` to `max`; tokens are skipped. */
export function checkSeconds(prop: string, value: Duration | undefined, min: number, max: number): string[] {
  if (value === undefined) {
    return [];
  }
  if (!(value instanceof Duration)) {
    // Possible from JavaScript.
    return [`${prop} must be a Duration, got ${JSON.stringify(value)}`];
  }
  if (value.isUnresolved()) {
    return [];
  }
  const seconds = value.toSeconds({ integral: false });
  if (!Number.isInteger(seconds) || seconds < min || seconds > max) {
    return [`${prop} must be a whole number of seconds ${range(min, max)}, got ${seconds} seconds`];
  }
  return [];
}

/** A whole number from `min` to `max`; tokens are skipped. */
export function checkWholeNumber(prop: string, value: number | undefined, min: number, max: number): string[] {
  if (value === undefined || Token.isUnresolved(value)) {
    return [];
  }
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    return [`${prop} must be a whole number ${range(min, max)}, got ${JSON.stringify(value)}`];
  }
  return [];
}

/** `from min to max`, or `of at least min` without an upper bound. */
function range(min: number, max: number): string {
  return max === Number.MAX_SAFE_INTEGER ? `of at least ${min}` : `from ${min} to ${max}`;
}

/** The seconds of a duration as a number, a token for a token. */
export function secondsOf(value: Duration | undefined): number | undefined {
  return value === undefined || !(value instanceof Duration) ? undefined : value.toSeconds({ integral: false });
}

/** A number written as the text the Flow language expects (`"8"`), a token for a token. */
export function numberText(value: number | undefined): string | undefined {
  if (value === undefined) {
    return undefined;
  }
  return Token.isUnresolved(value) ? Tokenization.stringifyNumber(value) : String(value);
}

/** A required value (possible to omit from JavaScript). */
export function checkRequired(prop: string, value: unknown): string[] {
  return value === undefined || value === null ? [`${prop} is required`] : [];
}

/** A `FlowValue`, checked; the problems name `prop`. */
export function checkValue(prop: string, value: FlowValue | undefined): string[] {
  if (value === undefined) {
    return [];
  }
  if (!(value instanceof FlowValue)) {
    return [`${prop} must be a FlowValue, got ${JSON.stringify(value)}`];
  }
  return value.validate().map(p => `${prop} ${p}`);
}

/** A map of names to `FlowValue`s: names not empty, values checked. */
export function checkValueMap(prop: string, values: { [name: string]: FlowValue } | undefined): string[] {
  if (values === undefined) {
    return [];
  }
  return Object.entries(values).flatMap(([name, value]) => [
    ...(name.length === 0 ? [`${prop} must not have an empty name`] : []),
    ...checkValue(`${prop}.${name}`, value),
  ]);
}

/** A map of names to `FlowValue`s as the Flow language writes it (name → text). */
export function renderValueMap(values: { [name: string]: FlowValue } | undefined): { [name: string]: string } | undefined {
  if (values === undefined) {
    return undefined;
  }
  return Object.fromEntries(Object.entries(values).map(([name, value]) => [name, `${value}`]));
}

/** A `FlowMessage`, checked; the problems name `prop`. */
export function checkMessage(prop: string, message: FlowMessage | undefined): string[] {
  if (message === undefined) {
    return [];
  }
  if (!(message instanceof FlowMessage)) {
    return [`${prop} must be a FlowMessage, got ${JSON.stringify(message)}`];
  }
  return message.validate().map(p => `${prop}: ${p}`);
}

/** Names (such as profile fields) that must not be empty or repeated. */
export function checkNames(prop: string, names: string[] | undefined): string[] {
  if (names === undefined) {
    return [];
  }
  const problems = names.filter(n => typeof n !== 'string' || n.length === 0).map(n => `${prop} must not hold an empty name, got ${JSON.stringify(n)}`);
  const repeated = names.filter((n, i) => names.indexOf(n) !== i);
  if (repeated.length > 0) {
    problems.push(`${prop} must not repeat a name, got ${JSON.stringify([...new Set(repeated)])} twice`);
  }
  return problems;
}

/** The parameters without the keys whose value is undefined. */
export function defined(parameters: { [key: string]: any }): { [key: string]: any } {
  return Object.fromEntries(Object.entries(parameters).filter(([, v]) => v !== undefined));
}
