import { Fn, Token } from 'aws-cdk-lib';

/**
 * ARNs of resources inside an instance: `…:instance/<instance id>/<kind>/<id>`.
 *
 * @see https://docs.aws.amazon.com/service-authorization/latest/reference/list-amazonconnect.html#amazonconnect-resources-for-iam-policies
 */
export function instanceResourceArnPattern(kind: string): RegExp {
  return new RegExp(`^arn:aws[-a-z0-9]*:connect:[-a-z0-9]*:[0-9]{12}:instance/[-a-zA-Z0-9]+/${kind}/[-a-zA-Z0-9]+$`);
}

/**
 * Throws when a known `arn` is not a `kind` resource's ARN; at once, as an
 * importer takes this one value.
 *
 * @param prop the name of the importer's parameter, for the message
 * @param kind the resource part of the ARN, such as `queue`
 * @param what what the ARN names, such as `an Amazon Connect queue`
 */
export function checkInstanceResourceArn(prop: string, arn: string, kind: string, what: string): void {
  if (typeof arn !== 'string') {
    // Possible from JavaScript.
    throw new Error(`${prop} must be a string, got ${JSON.stringify(arn)}`);
  }
  if (Token.isUnresolved(arn)) {
    return;
  }
  if (!instanceResourceArnPattern(kind).test(arn)) {
    throw new Error(`${prop} must be the ARN of ${what} (arn:<partition>:connect:<region>:<account>:instance/<instance id>/${kind}/<id>), got ${JSON.stringify(arn)}`);
  }
}

/** The id of an instance's resource: the last part of its ARN (a token if unresolved). */
export function idFromInstanceResourceArn(arn: string): string {
  if (Token.isUnresolved(arn)) {
    return Fn.select(3, Fn.split('/', arn));
  }
  return arn.split('/')[3];
}

/** The id of the instance a resource belongs to (a token if unresolved). */
export function instanceIdFromInstanceResourceArn(arn: string): string {
  if (Token.isUnresolved(arn)) {
    return Fn.select(1, Fn.split('/', arn));
  }
  return arn.split('/')[1];
}

/** A phone number's ARN, `…:phone-number/<id>`, as CloudFormation gives and queues take it. */
export const PHONE_NUMBER_ARN = /^arn:aws[-a-z0-9]*:connect:[-a-z0-9]*:[0-9]{12}:phone-number\/[-a-zA-Z0-9]+$/;

/** The legacy form of a phone number's ARN: `…:instance/<instance id>/phone-number/<id>`. */
const LEGACY_PHONE_NUMBER_ARN = /^arn:aws[-a-z0-9]*:connect:[-a-z0-9]*:[0-9]{12}:instance\/[-a-zA-Z0-9]+\/phone-number\/[-a-zA-Z0-9]+$/;

/** Throws when a known `arn` is not a phone number's ARN, in either form. */
export function checkPhoneNumberArn(prop: string, arn: string): void {
  if (Token.isUnresolved(arn)) {
    return;
  }
  if (typeof arn !== 'string' || !(PHONE_NUMBER_ARN.test(arn) || LEGACY_PHONE_NUMBER_ARN.test(arn))) {
    throw new Error(`${prop} must be an Amazon Connect phone number ARN (arn:<partition>:connect:<region>:<account>:phone-number/<id>), got ${JSON.stringify(arn)}`);
  }
}
