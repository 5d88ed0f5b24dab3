import { Token } from 'aws-cdk-lib';
import { IConstruct } from 'constructs';

/**
 * Collects every problem found in one construct's props, so that a user sees
 * all of them in one synth instead of fixing them one at a time.
 */
export class PropValidator {
  private readonly problems: string[] = [];

  /**
   * Records a problem with `prop`, showing the bad value.
   */
  public fail(prop: string, value: unknown, rule: string): void {
    this.problems.push(`${prop} ${rule}, got ${describe(value)}`);
  }

  /**
   * Records a problem about a combination of props (no single bad value).
   */
  public failCombination(message: string): void {
    this.problems.push(message);
  }

  /**
   * Checks a string against length bounds and a pattern; tokens are skipped
   * because their value is only known at deploy time.
   */
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

  /**
   * Records a problem when a required value is missing (possible from
   * JavaScript, where types are not checked).
   */
  public checkRequired(prop: string, value: unknown): boolean {
    if (value === undefined || value === null) {
      this.fail(prop, value, 'is required');
      return false;
    }
    return true;
  }

  /**
   * Checks an integer against bounds; tokens are skipped.
   */
  public checkInteger(prop: string, value: number | undefined, min: number, max: number): void {
    if (value === undefined || Token.isUnresolved(value)) {
      return;
    }
    if (!Number.isInteger(value) || value < min || value > max) {
      this.fail(prop, value, `must be a whole number from ${min} to ${max}`);
    }
  }

  /**
   * Records every problem `other` found, each under `prefix` (the prop that
   * holds what `other` checked, such as `storage.callRecordings`).
   */
  public include(prefix: string, other: PropValidator): void {
    this.problems.push(...other.problems.map((problem) => `${prefix}.${problem}`));
  }

  /** Whether anything was recorded. */
  public get hasProblems(): boolean {
    return this.problems.length > 0;
  }

  /**
   * Throws one error listing every recorded problem, naming the construct.
   */
  public throwIfAny(scope: IConstruct, what: string): void {
    this.throwIfAnyIn(`${what} at '${scope.node.path}'`);
  }

  /**
   * Throws one error listing every recorded problem of `what`: a construct
   * and its path, or a factory such as `IdentityManagement.saml()`, whose
   * `noun`s (props or options) they are.
   */
  public throwIfAnyIn(what: string, noun: 'prop' | 'option' = 'prop'): void {
    if (this.problems.length === 0) {
      return;
    }
    const count = this.problems.length === 1 ? `1 invalid ${noun}` : `${this.problems.length} invalid ${noun}s`;
    throw new Error(`${what} has ${count}:\n${this.problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

/** A rule for `PropValidator.checkString`. */
export interface StringRule {
  readonly minLength?: number;
  readonly maxLength?: number;
  readonly pattern?: RegExp;
  readonly patternMessage?: string;
}

function describe(value: unknown): string {
  if (typeof value === 'string') {
    return JSON.stringify(value.length > 80 ? `${value.slice(0, 77)}...` : value);
  }
  if (value === undefined || value === null) {
    return String(value);
  }
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}
