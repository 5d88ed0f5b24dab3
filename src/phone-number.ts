import { IResource, RemovalPolicy, Resource, Token } from 'aws-cdk-lib';
import { CfnPhoneNumber } from 'aws-cdk-lib/aws-connect';
import { Construct } from 'constructs';
import type { IContactFlow } from './contact-flow';
import type { IConnectInstance } from './instance';
import { instanceRemovalPolicy, withoutSnapshot } from './private/instance/removal-policy';
import { COUNTRY_CODES } from './private/phone-number/country-codes';
import { checkRouteFlow, routePhoneNumber } from './private/phone-number/route-phone-number';
import { checkPhoneNumberArn } from './private/resources/connect-arn';
import { CreationLanes } from './private/throttling/creation-lanes';
import { PropValidator } from './private/validation';

/** A phone number of an Amazon Connect instance, claimed or imported here, or referenced by ARN. */
export interface IPhoneNumber extends IResource {
  /**
   * The ARN of the phone number.
   * @attribute
   */
  readonly phoneNumberArn: string;

  /**
   * The phone number in E.164 format, such as `+12065550100`.
   * @default - unknown for a number referenced by ARN alone
   * @attribute
   */
  readonly phoneNumberAddress?: string;
}

/**
 * The kind of phone number to claim by country and type; a short code, or a number bought
 * elsewhere, is imported with `PhoneNumberSource.fromSourcePhoneNumberArn` instead.
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

/** Which phone number to claim: Amazon Connect picks an available one of this country, type and prefix. */
export interface ClaimPhoneNumberOptions {
  /** The ISO 3166-1 alpha-2 country code, such as `US` or `GB`. */
  readonly countryCode: string;

  /** The kind of number. */
  readonly type: PhoneNumberType;

  /**
   * The digits the number must start with, after the `+`, such as `+1206`.
   * @default - any available number
   */
  readonly prefix?: string;
}

/** What a number claimed or imported here has, whatever its source. */
export interface PhoneNumberCommonOptions {
  /**
   * A description of the number (1 to 500 characters).
   * @default - none
   */
  readonly description?: string;

  /**
   * The inbound flow (type `CONTACT_FLOW`) that answers the number's calls, associated at deploy time: CloudFormation has no property for it.
   * @see https://docs.aws.amazon.com/connect/latest/APIReference/API_AssociatePhoneNumberContactFlow.html
   * @default - the number is not routed to a flow (Amazon Connect counts its calls in MisconfiguredPhoneNumbers)
   */
  readonly contactFlow?: IContactFlow;

  /**
   * What happens to the number when it leaves the stack, is replaced, or its first create rolls
   * back: a released number cannot be claimed back (`SNAPSHOT` acts as `RETAIN`).
   * @see https://docs.aws.amazon.com/connect/latest/APIReference/API_ReleasePhoneNumber.html
   * @default - the removal policy of its `ConnectInstance` when created in this app; otherwise `RemovalPolicy.RETAIN_ON_UPDATE_OR_DELETE`
   */
  readonly removalPolicy?: RemovalPolicy;
}

/** A phone number to claim for an instance. */
export interface PhoneNumberOptions extends ClaimPhoneNumberOptions, PhoneNumberCommonOptions {
}

/** A phone number of your own to import into an instance. */
export interface ImportPhoneNumberOptions extends PhoneNumberCommonOptions {
  /** The ARN of the number in the service that holds it, such as AWS End User Messaging, in the instance's Region. */
  readonly sourcePhoneNumberArn: string;
}

/** Where a phone number comes from: claimed from Amazon Connect's inventory, or imported from another service. */
export class PhoneNumberSource {
  /** Claim an available number of a country and type. */
  public static claim(options: ClaimPhoneNumberOptions): PhoneNumberSource {
    return new PhoneNumberSource(options.countryCode, options.type, options.prefix, undefined);
  }

  /**
   * Import a number you already hold in another service, such as AWS End User Messaging.
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

/** Properties of a `PhoneNumber`. */
export interface PhoneNumberProps extends PhoneNumberCommonOptions {
  /** The instance the number is claimed for, or imported into. */
  readonly instance: IConnectInstance;

  /** Claim a number, or import one. */
  readonly source: PhoneNumberSource;
}

/** What a phone number referenced from outside the stack is made of. */
export interface PhoneNumberAttributes {
  /** The ARN of the phone number. */
  readonly phoneNumberArn: string;

  /**
   * The phone number in E.164 format, such as `+12065550100`.
   * @default - unknown
   */
  readonly phoneNumberAddress?: string;
}

const ARN = /^arn:[a-z0-9-]+:[a-z0-9-]+:/;

/**
 * A phone number claimed for, or imported into, an Amazon Connect instance. It is kept as its
 * instance keeps its data: deleting the resource would release the number.
 * @resource AWS::Connect::PhoneNumber
 */
export class PhoneNumber extends Resource implements IPhoneNumber {
  /** Refers to an existing phone number by ARN. */
  public static fromPhoneNumberArn(scope: Construct, id: string, phoneNumberArn: string): IPhoneNumber {
    return PhoneNumber.fromPhoneNumberAttributes(scope, id, { phoneNumberArn });
  }

  /**
   * Refers to an existing phone number by ARN (`phone-number` or `legacy-phone-number`) and its address when known.
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
   * @attribute
   */
  public readonly phoneNumberArn: string;

  /**
   * The phone number in E.164 format, such as `+12065550100`.
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

    // An imported number sends only SourcePhoneNumberArn: ImportPhoneNumber takes no country, type or prefix.
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
    const shortCode = (source.type as string) === 'SHORT_CODE' ? ' (a short code is imported by its source phone number ARN)' : '';
    v.fail('type', source.type, `must be one of ${Object.values(PhoneNumberType).join(', ')}${shortCode}`);
  }
  v.checkString('prefix', source.prefix, { pattern: /^\+[0-9]{1,15}$/, patternMessage: 'must be + followed by 1 to 15 digits' });
}
