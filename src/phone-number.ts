import { Token } from 'aws-cdk-lib';
import { CfnPhoneNumber } from 'aws-cdk-lib/aws-connect';
import { Construct } from 'constructs';
import { COUNTRY_CODES } from './private/country-codes';
import { PropValidator } from './private/validation';

/**
 * The kind of phone number to claim.
 *
 * @see https://docs.aws.amazon.com/connect/latest/adminguide/get-connect-number.html
 */
export enum PhoneNumberType {
  /** A direct inward dialing (local) number. */
  DID = 'DID',
  /** A toll-free number. */
  TOLL_FREE = 'TOLL_FREE',
  /** A universal international freephone number. */
  UIFN = 'UIFN',
  /** A shared number. */
  SHARED = 'SHARED',
  /** A local number imported from a third party. */
  THIRD_PARTY_DID = 'THIRD_PARTY_DID',
  /** A toll-free number imported from a third party. */
  THIRD_PARTY_TF = 'THIRD_PARTY_TF',
  /** A short code. */
  SHORT_CODE = 'SHORT_CODE',
}

/**
 * A phone number to claim for an instance (the wizard's "next steps").
 */
export interface PhoneNumberOptions {
  /**
   * The ISO 3166-1 alpha-2 country code, such as `US` or `GB`.
   */
  readonly countryCode: string;

  /**
   * The kind of number.
   */
  readonly type: PhoneNumberType;

  /**
   * The digits the number must start with, after the country calling code's
   * `+`, such as `+1206`.
   *
   * @default - any available number
   */
  readonly prefix?: string;

  /**
   * A description of the number (up to 500 characters).
   *
   * @default - none
   */
  readonly description?: string;
}

/**
 * Properties of a `PhoneNumber`.
 */
export interface PhoneNumberProps extends PhoneNumberOptions {
  /** The ARN of the instance (or traffic distribution group) the number is claimed for. */
  readonly targetArn: string;
}

/**
 * A phone number claimed for an Amazon Connect instance
 * (`AWS::Connect::PhoneNumber`). Releasing a number (removing it from the
 * stack) gives it back: it may not be claimable again.
 */
export class PhoneNumber extends Construct {
  /**
   * The ARN of the phone number.
   *
   * @attribute
   */
  public readonly phoneNumberArn: string;

  /**
   * The phone number in E.164 format, such as `+12065550100`.
   *
   * @attribute
   */
  public readonly phoneNumberAddress: string;

  constructor(scope: Construct, id: string, props: PhoneNumberProps) {
    super(scope, id);
    const v = new PropValidator();
    if (!Token.isUnresolved(props.countryCode) && !COUNTRY_CODES.has(props.countryCode)) {
      v.fail('countryCode', props.countryCode, 'must be an ISO 3166-1 alpha-2 country code in upper case, such as "US"');
    }
    if (!Token.isUnresolved(props.type) && !Object.values<string>(PhoneNumberType).includes(props.type)) {
      v.fail('type', props.type, `must be one of ${Object.values(PhoneNumberType).join(', ')}`);
    }
    v.checkString('prefix', props.prefix, { pattern: /^\+[0-9]{1,15}$/, patternMessage: 'must be + followed by 1 to 15 digits' });
    v.checkString('description', props.description, { minLength: 0, maxLength: 500 });
    v.throwIfAny(this, 'PhoneNumber');

    const resource = new CfnPhoneNumber(this, 'Resource', {
      targetArn: props.targetArn,
      countryCode: props.countryCode,
      type: props.type,
      prefix: props.prefix,
      description: props.description,
    });
    this.phoneNumberArn = resource.attrPhoneNumberArn;
    this.phoneNumberAddress = resource.attrAddress;
  }
}
