import { Token } from 'aws-cdk-lib';
import { PropValidator, StringRule } from '../validation';

/** Checks that `list` is an array of `min` to `max` items; false when it is not an array. */
export function checkList<T>(v: PropValidator, prop: string, list: T[] | undefined, min: number, max: number): list is T[] {
  if (list === undefined) {
    if (min > 0) {
      v.fail(prop, list, 'is required');
    }
    return false;
  }
  if (!Array.isArray(list)) {
    // Possible from JavaScript, or a token for the whole list.
    if (!Token.isUnresolved(list)) {
      v.fail(prop, list, 'must be a list');
    }
    return false;
  }
  if (list.length < min || list.length > max) {
    v.fail(prop, `${list.length} items`, max === Number.MAX_SAFE_INTEGER ? `must have at least ${min} item${min === 1 ? '' : 's'}` : `must have ${min} to ${max} items`);
  }
  return true;
}

/** Records every value of `values` seen before, as `prop`. */
export function checkUnique(v: PropValidator, prop: string, values: Array<string | undefined>, what = 'must be unique'): void {
  const seen = new Set<string>();
  for (const value of values) {
    if (value === undefined || Token.isUnresolved(value)) {
      continue;
    }
    if (seen.has(value)) {
      v.fail(prop, value, what);
    }
    seen.add(value);
  }
}

/** Records a value of an enum-typed prop that is not one of `allowed` (possible from JavaScript). */
export function checkEnum(v: PropValidator, prop: string, value: string | undefined, allowed: Record<string, string>): void {
  if (value !== undefined && !Object.values(allowed).includes(value)) {
    v.fail(prop, value, `must be one of ${Object.values(allowed).join(', ')}`);
  }
}

/** Records an interface-typed reference without the attribute it must have (possible from JavaScript). */
export function checkReference(v: PropValidator, prop: string, ref: unknown, attribute: string, what: string): boolean {
  if (ref === undefined) {
    return false;
  }
  if (ref === null || typeof ref !== 'object' || typeof (ref as Record<string, unknown>)[attribute] !== 'string') {
    v.fail(prop, ref, `must be ${what}`);
    return false;
  }
  return true;
}

/** Records a missing required reference, or one without `attribute` (possible from JavaScript). */
export function checkRequiredReference(v: PropValidator, prop: string, ref: unknown, attribute: string, what: string): boolean {
  return v.checkRequired(prop, ref) && checkReference(v, prop, ref, attribute, what);
}

/** Records a missing required string, or one `rule` rejects. */
export function checkRequiredString(v: PropValidator, prop: string, value: string | undefined, rule: StringRule): void {
  if (v.checkRequired(prop, value)) {
    v.checkString(prop, value, rule);
  }
}

/** Records a resource whose known ARN is not under the known ARN of the instance it is used with. */
export function checkInInstance(v: PropValidator, prop: string, arn: string | undefined, instanceArn: string | undefined, what: string): void {
  if (typeof arn !== 'string' || typeof instanceArn !== 'string' || Token.isUnresolved(arn) || Token.isUnresolved(instanceArn)) {
    return;
  }
  if (!arn.startsWith(`${instanceArn}/`)) {
    v.fail(prop, arn, `must be ${what} of the instance ${instanceArn}`);
  }
}

/** An ARN of something under an instance, whose resource part the service does not document. */
const INSTANCE_CHILD_ARN = /^arn:aws[-a-z0-9]*:connect:[-a-z0-9]*:[0-9]{12}:instance\/[-a-zA-Z0-9]+\/.+$/;

/** Throws when a known `arn` is not an ARN under an Amazon Connect instance. */
export function checkInstanceChildArn(prop: string, arn: string, what: string): void {
  if (typeof arn !== 'string' || (!Token.isUnresolved(arn) && !INSTANCE_CHILD_ARN.test(arn))) {
    throw new Error(`${prop} must be the ARN of ${what} (arn:<partition>:connect:<region>:<account>:instance/<instance id>/...), got ${JSON.stringify(arn)}`);
  }
}
