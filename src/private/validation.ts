import { Token } from 'aws-cdk-lib';
import { IConstruct } from 'constructs';

/** Collects every problem in one construct's props, so that one synth shows all of them. */
export class PropValidator {
  private readonly problems: string[] = [];

  /** Records a problem with `prop`, showing the bad value. */
  public fail(prop: string, value: unknown, rule: string): void {
    this.problems.push(`${prop} ${rule}, got ${describe(value)}`);
  }

  /** Records a problem about a combination of props. */
  public failCombination(message: string): void {
    this.problems.push(message);
  }

  /** Checks a string's length and pattern; tokens are skipped. */
  public checkString(prop: string, value: string | undefined, rule: StringRule): void {
    if (value === undefined) {
      return;
    }
    if (typeof value !== 'string') {
      // Possible from JavaScript, where types are not checked.
      this.fail(prop, value, 'must be a string');
      return;
    }
    if (Token.isUnresolved(value)) {
      return;
    }
    const min = rule.minLength ?? 0;
    const max = rule.maxLength ?? Number.MAX_SAFE_INTEGER;
    if (value.length < min || value.length > max) {
      this.fail(prop, value, `must be ${min} to ${max} characters long (length ${value.length})`);
      return;
    }
    if (rule.pattern && !rule.pattern.test(value)) {
      this.fail(prop, value, rule.patternMessage ?? `must match ${rule.pattern}`);
    }
  }

  /** Records a missing required value (possible from JavaScript). */
  public checkRequired(prop: string, value: unknown): boolean {
    if (value === undefined || value === null) {
      this.fail(prop, value, 'is required');
      return false;
    }
    return true;
  }

  /** Checks an integer against bounds; tokens are skipped. */
  public checkInteger(prop: string, value: number | undefined, min: number, max: number): void {
    if (value === undefined || Token.isUnresolved(value)) {
      return;
    }
    if (!Number.isInteger(value) || value < min || value > max) {
      this.fail(prop, value, `must be a whole number from ${min} to ${max}`);
    }
  }

  /** How many problems were recorded. */
  public get count(): number {
    return this.problems.length;
  }

  /** Whether anything was recorded. */
  public get hasProblems(): boolean {
    return this.problems.length > 0;
  }

  /** Throws one error listing every recorded problem, naming the construct. */
  public throwIfAny(scope: IConstruct, what: string): void {
    this.throwIfAnyIn(`${what} at '${scope.node.path}'`);
  }

  /** Throws one error listing every problem of `what` (a construct or a factory). */
  public throwIfAnyIn(what: string, noun: 'prop' | 'option' = 'prop'): void {
    const messages = this.messagesIn(what, noun);
    if (messages.length > 0) {
      throw new Error(messages[0]);
    }
  }

  /** The error `throwIfAny` would throw, as a `node.addValidation` result. */
  public messages(scope: IConstruct, what: string): string[] {
    return this.messagesIn(`${what} at '${scope.node.path}'`);
  }

  /** The error `throwIfAny` would throw, for `throw v.error(...)`. */
  public error(scope: IConstruct, what: string): Error {
    return new Error(this.messages(scope, what)[0] ?? `${what} at '${scope.node.path}' has no invalid prop`);
  }

  private messagesIn(what: string, noun: 'prop' | 'option' = 'prop'): string[] {
    if (this.problems.length === 0) {
      return [];
    }
    const count = this.problems.length === 1 ? `1 invalid ${noun}` : `${this.problems.length} invalid ${noun}s`;
    return [`${what} has ${count}:\n${this.problems.map((p) => `  - ${p}`).join('\n')}`];
  }
}

/** Adds `validate` to `owner` once per `key`: a rule across constructs, checked on the finished app. */
export function addValidationOnce(owner: IConstruct, key: symbol, validate: () => string[]): void {
  if ((owner as unknown as Record<symbol, unknown>)[key]) {
    return;
  }
  Object.defineProperty(owner, key, { value: true });
  owner.node.addValidation({ validate });
}

let constructed = 0;

/** A growing number: creation order, which the tree's order does not always follow. */
export function creationOrder(): number {
  return constructed++;
}

/** A rule for `PropValidator.checkString`. */
export interface StringRule {
  readonly minLength?: number;
  readonly maxLength?: number;
  readonly pattern?: RegExp;
  readonly patternMessage?: string;
}

function describe(value: unknown): string {
  return typeof value === 'string' ? JSON.stringify(value.length > 80 ? `${value.slice(0, 77)}...` : value) : shown(value);
}

/** A value as a problem message shows it: JSON where it can be written so, else its string. */
export function shown(value: unknown): string {
  if (value === undefined || value === null) {
    return String(value);
  }
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}
