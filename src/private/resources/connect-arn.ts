import { Fn, Token } from 'aws-cdk-lib';

/**
 * ARNs of the resources that live inside an Amazon Connect instance:
 * `arn:<partition>:connect:<region>:<account>:instance/<instance id>/<kind>/<id>`,
 * as the registry schemas of these resources write them (for example
 * `HoursOfOperationArn`, `QueueArn`, `ContactFlowArn`).
 *
 * @see https://docs.aws.amazon.com/service-authorization/latest/reference/list-amazonconnect.html#amazonconnect-resources-for-iam-policies
 */
export function instanceResourceArnPattern(kind: string): RegExp {
  return new RegExp(`^arn:aws[-a-z0-9]*:connect:[-a-z0-9]*:[0-9]{12}:instance/[-a-zA-Z0-9]+/${kind}/[-a-zA-Z0-9]+$`);
}

/**
 * Throws when `arn` (known at synth time) is not the ARN of a `kind`
 * resource of an instance. Importers call it before anything parses the ARN.
 *
 * Throws at once rather than collecting: an importer takes this one value,
 * so there is nothing else to report with it.
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

/**
 * The id of an instance's resource: the last part of its ARN. A token
 * (`Fn::Select` over `Fn::Split`) when the ARN is only known at deploy time.
 */
export function idFromInstanceResourceArn(arn: string): string {
  if (Token.isUnresolved(arn)) {
    return Fn.select(3, Fn.split('/', arn));
  }
  return arn.split('/')[3];
}

/**
 * The id of the instance a resource belongs to: the second part of the
 * resource's ARN. A token when the ARN is only known at deploy time.
 */
export function instanceIdFromInstanceResourceArn(arn: string): string {
  if (Token.isUnresolved(arn)) {
    return Fn.select(1, Fn.split('/', arn));
  }
  return arn.split('/')[1];
}

/**
 * A phone number's ARN: `arn:<partition>:connect:<region>:<account>:phone-number/<id>`,
 * the form CloudFormation's `PhoneNumberArn` has and a queue's
 * `OutboundCallerIdNumberArn` takes.
 */
export const PHONE_NUMBER_ARN = /^arn:aws[-a-z0-9]*:connect:[-a-z0-9]*:[0-9]{12}:phone-number\/[-a-zA-Z0-9]+$/;

/**
 * The legacy form of a phone number's ARN, below its instance:
 * `…:instance/<instance id>/phone-number/<id>`. The Service Authorization
 * Reference lists both resource types (`phone-number`, `legacy-phone-number`).
 */
const LEGACY_PHONE_NUMBER_ARN = /^arn:aws[-a-z0-9]*:connect:[-a-z0-9]*:[0-9]{12}:instance\/[-a-zA-Z0-9]+\/phone-number\/[-a-zA-Z0-9]+$/;

/**
 * Throws when `arn` (known at synth time) is not the ARN of a phone number,
 * in either form; at once, as the importer takes this one value.
 */
export function checkPhoneNumberArn(prop: string, arn: string): void {
  if (Token.isUnresolved(arn)) {
    return;
  }
  if (typeof arn !== 'string' || !(PHONE_NUMBER_ARN.test(arn) || LEGACY_PHONE_NUMBER_ARN.test(arn))) {
    throw new Error(`${prop} must be an Amazon Connect phone number ARN (arn:<partition>:connect:<region>:<account>:phone-number/<id>), got ${JSON.stringify(arn)}`);
  }
}
