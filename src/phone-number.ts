import { RemovalPolicy, Resource, Token } from 'aws-cdk-lib';
import { CfnPhoneNumber } from 'aws-cdk-lib/aws-connect';
import { Construct } from 'constructs';
import type { IConnectInstance } from './instance';
import { IPhoneNumber, PhoneNumberCommonOptions, PhoneNumberSource, PhoneNumberType } from './phone-number-options';
import { instanceRemovalPolicy, withoutSnapshot } from './private/instance/removal-policy';
import { COUNTRY_CODES } from './private/phone-number/country-codes';
import { checkRouteFlow, routePhoneNumber } from './private/phone-number/route-phone-number';
import { checkPhoneNumberArn } from './private/resources/connect-arn';
import { CreationLanes } from './private/throttling/creation-lanes';
import { PropValidator } from './private/validation';

/**
 * Properties of a `PhoneNumber`.
 */
export interface PhoneNumberProps extends PhoneNumberCommonOptions {
  /**
   * The instance the number is claimed for, or imported into, created here
   * or imported. Replaces `targetArn` (breaking change before 1.0).
   */
  readonly instance: IConnectInstance;

  /** Claim a number, or import one. */
  readonly source: PhoneNumberSource;
}

/**
 * What a phone number referenced from outside the stack is made of.
 */
export interface PhoneNumberAttributes {
  /** The ARN of the phone number (`arn:<partition>:connect:<region>:<account>:phone-number/<id>`). */
  readonly phoneNumberArn: string;

  /**
   * The phone number in E.164 format, such as `+12065550100`.
   *
   * @default - unknown
   */
  readonly phoneNumberAddress?: string;
}

/** An ARN: `arn:<partition>:<service>:...`. */
const ARN = /^arn:[a-z0-9-]+:[a-z0-9-]+:/;

/**
 * A phone number claimed for, or imported into, an Amazon Connect instance
 * (`AWS::Connect::PhoneNumber`). It is kept as its instance keeps its data
 * (`removalPolicy`): deleting the resource would release the number, which
 * cannot be claimed back.
 *
 * Breaking change before 1.0: this was a plain construct.
 *
 * @resource AWS::Connect::PhoneNumber
 */
export class PhoneNumber extends Resource implements IPhoneNumber {
  /**
   * Refers to an existing phone number by ARN.
   */
  public static fromPhoneNumberArn(scope: Construct, id: string, phoneNumberArn: string): IPhoneNumber {
    return PhoneNumber.fromPhoneNumberAttributes(scope, id, { phoneNumberArn });
  }

  /**
   * Refers to an existing phone number by ARN, and its address when known.
   *
   * The ARN is `arn:<partition>:connect:<region>:<account>:phone-number/<id>`
   * or the legacy form `…:instance/<instance id>/phone-number/<id>`: the
   * Service Authorization Reference lists both resource types
   * (`phone-number` and `legacy-phone-number`).
   *
   * @see https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazonconnect.html#amazonconnect-resources-for-iam-policies
   */
  public static fromPhoneNumberAttributes(scope: Construct, id: string, attrs: PhoneNumberAttributes): IPhoneNumber {
    const arn = attrs.phoneNumberArn;
    checkPhoneNumberArn('phoneNumberArn', arn);
    class Import extends Resource implements IPhoneNumber {
      public readonly phoneNumberArn = arn;
      public readonly phoneNumberAddress = attrs.phoneNumberAddress;
    }
    return new Import(scope, id, { environmentFromArn: arn });
  }

  /**
   * The ARN of the phone number.
   *
   * @attribute
   */
  public readonly phoneNumberArn: string;

  /**
   * The phone number in E.164 format, such as `+12065550100` (always set
   * for a number created here; optional because a number referenced by ARN
   * may not know its own).
   *
   * @attribute
   */
  public readonly phoneNumberAddress?: string;

  constructor(scope: Construct, id: string, props: PhoneNumberProps) {
    super(scope, id);
    const v = new PropValidator();
    const source = props.source;
    if (source.sourcePhoneNumberArn === undefined) {
      validateClaim(v, source);
    } else {
      v.checkString('sourcePhoneNumberArn', source.sourcePhoneNumberArn, {
        pattern: ARN,
        patternMessage: 'must be the ARN of the number in the service that holds it, such as arn:aws:sms-voice:<region>:<account>:phone-number/<id>',
      });
    }
    // The registry schema's Description: minLength 1, maxLength 500.
    v.checkString('description', props.description, { minLength: 1, maxLength: 500 });
    checkRouteFlow(v, props.contactFlow);
    v.throwIfAny(this, 'PhoneNumber');

    // An imported number sends only SourcePhoneNumberArn: ImportPhoneNumber
    // takes no country, type or prefix, and the schema requires only
    // TargetArn, so leaving them out deploys whether the handler ignores or
    // rejects them beside SourcePhoneNumberArn.
    const resource = new CfnPhoneNumber(this, 'Resource', {
      targetArn: props.instance.instanceArn,
      countryCode: source.countryCode,
      type: source.type,
      prefix: source.prefix,
      sourcePhoneNumberArn: source.sourcePhoneNumberArn,
      description: props.description,
    });
    const removalPolicy = props.removalPolicy ?? instanceRemovalPolicy(props.instance) ?? RemovalPolicy.RETAIN_ON_UPDATE_OR_DELETE;
    resource.applyRemovalPolicy(withoutSnapshot(removalPolicy));
    CreationLanes.add('PhoneNumber', resource);
    this.phoneNumberArn = resource.attrPhoneNumberArn;
    this.phoneNumberAddress = resource.attrAddress;
    if (props.contactFlow !== undefined) {
      routePhoneNumber(this, 'ContactFlow', { instance: props.instance, phoneNumberArn: this.phoneNumberArn, contactFlow: props.contactFlow });
    }
  }
}

/** Records the problems of a number to claim. */
function validateClaim(v: PropValidator, source: PhoneNumberSource): void {
  if (v.checkRequired('countryCode', source.countryCode)
    && !Token.isUnresolved(source.countryCode) && !COUNTRY_CODES.has(source.countryCode!)) {
    v.fail('countryCode', source.countryCode, 'must be an ISO 3166-1 alpha-2 country code in upper case, such as "US"');
  }
  if (v.checkRequired('type', source.type)
    && !Token.isUnresolved(source.type) && !Object.values<string>(PhoneNumberType).includes(source.type!)) {
    const shortCode = (source.type as string) === 'SHORT_CODE' ? ' (a short code is imported: PhoneNumberSource.fromSourcePhoneNumberArn)' : '';
    v.fail('type', source.type, `must be one of ${Object.values(PhoneNumberType).join(', ')}${shortCode}`);
  }
  v.checkString('prefix', source.prefix, { pattern: /^\+[0-9]{1,15}$/, patternMessage: 'must be + followed by 1 to 15 digits' });
}
