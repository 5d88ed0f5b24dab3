import { Token } from 'aws-cdk-lib';
import { CfnPhoneNumber } from 'aws-cdk-lib/aws-connect';
import { Construct } from 'constructs';
import { COUNTRY_CODES } from './private/phone-number/country-codes';
import { PropValidator } from './private/validation';

/**
 * The kind of phone number to claim: the values of the CloudFormation
 * registry schema's `Type` pattern for a number found and claimed by
 * country and type. A short code (and any number bought outside Amazon
 * Connect, such as in AWS End User Messaging) is imported instead, with
 * `PhoneNumberSource.fromSourcePhoneNumberArn`.
 *
 * @see https://docs.aws.amazon.com/connect/latest/adminguide/get-connect-number.html
 * @see https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-connect-phonenumber.html
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
  /** A local number of a third-party carrier. */
  THIRD_PARTY_DID = 'THIRD_PARTY_DID',
  /** A toll-free number of a third-party carrier. */
  THIRD_PARTY_TF = 'THIRD_PARTY_TF',
}

/**
 * Which phone number to claim: Amazon Connect picks an available one of
 * this country, type and prefix.
 */
export interface ClaimPhoneNumberOptions {
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
}

/**
 * A phone number to claim for an instance (the wizard's "next steps").
 */
export interface PhoneNumberOptions extends ClaimPhoneNumberOptions {
  /**
   * A description of the number (1 to 500 characters).
   *
   * @default - none
   */
  readonly description?: string;
}

/**
 * A phone number of your own to import into an instance (the wizard's "next
 * steps": "assign or import phone numbers").
 */
export interface ImportPhoneNumberOptions {
  /**
   * The ARN of the number in the service that holds it, such as an AWS End
   * User Messaging phone number
   * (`arn:aws:sms-voice:<region>:<account>:phone-number/<id>`). It must be in
   * the instance's Region.
   */
  readonly sourcePhoneNumberArn: string;

  /**
   * A description of the number (1 to 500 characters).
   *
   * @default - none
   */
  readonly description?: string;
}

/**
 * Where a phone number comes from: claimed from Amazon Connect's inventory,
 * or imported from another service. The two exclude each other: an imported
 * number has no country, type or prefix to search by.
 */
export class PhoneNumberSource {
  /**
   * Claim an available number of a country and type (CloudFormation
   * searches with `SearchAvailablePhoneNumbers` and claims the first match).
   */
  public static claim(options: ClaimPhoneNumberOptions): PhoneNumberSource {
    return new PhoneNumberSource(options.countryCode, options.type, options.prefix, undefined);
  }

  /**
   * Import a number you already hold in another service, such as AWS End
   * User Messaging (CloudFormation calls `ImportPhoneNumber`).
   *
   * @param sourcePhoneNumberArn the number's ARN in that service
   * @see https://docs.aws.amazon.com/connect/latest/APIReference/API_ImportPhoneNumber.html
   */
  public static fromSourcePhoneNumberArn(sourcePhoneNumberArn: string): PhoneNumberSource {
    return new PhoneNumberSource(undefined, undefined, undefined, sourcePhoneNumberArn);
  }

  private constructor(
    /** The country code of a claimed number. */
    public readonly countryCode: string | undefined,
    /** The type of a claimed number. */
    public readonly type: PhoneNumberType | undefined,
    /** The prefix of a claimed number, if given. */
    public readonly prefix: string | undefined,
    /** The source ARN of an imported number. */
    public readonly sourcePhoneNumberArn: string | undefined,
  ) {}
}

/**
 * Properties of a `PhoneNumber`.
 */
export interface PhoneNumberProps {
  /** The ARN of the instance (or traffic distribution group) the number is for. */
  readonly targetArn: string;

  /** Claim a number, or import one. */
  readonly source: PhoneNumberSource;

  /**
   * A description of the number (1 to 500 characters).
   *
   * @default - none
   */
  readonly description?: string;
}

/** An ARN: `arn:<partition>:<service>:...`. */
const ARN = /^arn:[a-z0-9-]+:[a-z0-9-]+:/;

/**
 * A phone number claimed for, or imported into, an Amazon Connect instance
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
    const source = props.source;
    if (!(source instanceof PhoneNumberSource)) {
      // Possible from JavaScript.
      v.fail('source', source, 'must be PhoneNumberSource.claim() or PhoneNumberSource.fromSourcePhoneNumberArn()');
      v.throwIfAny(this, 'PhoneNumber');
    }
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
    v.throwIfAny(this, 'PhoneNumber');

    // An imported number sends only SourcePhoneNumberArn: ImportPhoneNumber
    // takes no country, type or prefix, and the schema requires only
    // TargetArn, so leaving them out deploys whether the handler ignores or
    // rejects them beside SourcePhoneNumberArn.
    const resource = new CfnPhoneNumber(this, 'Resource', {
      targetArn: props.targetArn,
      countryCode: source.countryCode,
      type: source.type,
      prefix: source.prefix,
      sourcePhoneNumberArn: source.sourcePhoneNumberArn,
      description: props.description,
    });
    this.phoneNumberArn = resource.attrPhoneNumberArn;
    this.phoneNumberAddress = resource.attrAddress;
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
