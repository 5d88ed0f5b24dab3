import { IResource, Resource } from 'aws-cdk-lib';
import { CfnEmailAddress } from 'aws-cdk-lib/aws-connect';
import { Construct } from 'constructs';
import type { IConnectInstance } from './instance';
import { checkInInstance, checkReference, checkRequiredString } from './private/resources/checks';
import { checkInstanceResourceArn, idFromInstanceResourceArn } from './private/resources/connect-arn';
import { PropValidator } from './private/validation';

/** An e-mail address of an Amazon Connect instance: where the e-mail channel receives and sends contacts. */
export interface IEmailAddress extends IResource {
  /** The ARN of the e-mail address. @attribute */
  readonly emailAddressArn: string;

  /** The id of the e-mail address. @attribute */
  readonly emailAddressId: string;
}

/**
 * An e-mail address to create for an instance, on a domain the instance's e-mail channel has:
 * its Amazon Connect domain or a custom domain verified in Amazon SES.
 * @see https://docs.aws.amazon.com/connect/latest/adminguide/create-email-address.html
 * @see https://docs.aws.amazon.com/connect/latest/APIReference/API_CreateEmailAddress.html
 */
export interface EmailAddressOptions {
  /** The address (at most 255 characters), such as `support@acme.email.connect.aws`. Changing it replaces the resource. */
  readonly emailAddress: string;

  /** The name shown as the sender (at most 256 characters, no leading or trailing space). @default - none */
  readonly displayName?: string;

  /** A description (1 to 250 characters, no leading or trailing space). @default - none */
  readonly description?: string;

  /** The address this one is an alias of: e-mail to this address arrives at that one. @default - none: not an alias */
  readonly aliasOf?: IEmailAddress;
}

/** Properties of an `EmailAddress`. */
export interface EmailAddressProps extends EmailAddressOptions {
  /** The instance the e-mail address belongs to. */
  readonly instance: IConnectInstance;
}

/** The registry schema's `EmailAddress` pattern. */
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
/** The registry schema's pattern of `DisplayName` and `Description`: no leading or trailing white space. */
const TRIMMED = /^(\S.*\S|\S)$/s;

/**
 * An e-mail address of an Amazon Connect instance.
 * @resource AWS::Connect::EmailAddress
 */
export class EmailAddress extends Resource implements IEmailAddress {
  /** Imports an e-mail address by ARN. */
  public static fromEmailAddressArn(scope: Construct, id: string, emailAddressArn: string): IEmailAddress {
    checkInstanceResourceArn('emailAddressArn', emailAddressArn, 'email-address', 'an Amazon Connect e-mail address');
    class Import extends Resource implements IEmailAddress {
      public readonly emailAddressArn = emailAddressArn;
      public readonly emailAddressId = idFromInstanceResourceArn(emailAddressArn);
    }
    return new Import(scope, id, { environmentFromArn: emailAddressArn });
  }

  /** The ARN of the e-mail address. @attribute */
  public readonly emailAddressArn: string;

  /** The id of the e-mail address. @attribute */
  public readonly emailAddressId: string;

  constructor(scope: Construct, id: string, props: EmailAddressProps) {
    super(scope, id);
    const v = new PropValidator();
    v.checkRequired('instance', props.instance);
    // https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-connect-emailaddress.html
    checkRequiredString(v, 'emailAddress', props.emailAddress, { minLength: 1, maxLength: 255, pattern: EMAIL, patternMessage: 'must be an e-mail address, such as support@acme.email.connect.aws' });
    const trimmed = 'must not start or end with white space';
    v.checkString('displayName', props.displayName, { maxLength: 256, pattern: TRIMMED, patternMessage: trimmed });
    v.checkString('description', props.description, { minLength: 1, maxLength: 250, pattern: TRIMMED, patternMessage: trimmed });
    if (checkReference(v, 'aliasOf', props.aliasOf, 'emailAddressArn', 'an e-mail address (IEmailAddress)')) {
      checkInInstance(v, 'aliasOf', props.aliasOf!.emailAddressArn, props.instance?.instanceArn, 'an e-mail address');
    }
    v.throwIfAny(this, 'EmailAddress');

    const resource = new CfnEmailAddress(this, 'Resource', {
      instanceArn: props.instance.instanceArn,
      emailAddress: props.emailAddress,
      displayName: props.displayName,
      description: props.description,
    });
    if (props.aliasOf) {
      // AliasConfigurations is newer than the oldest aws-cdk-lib this library supports.
      resource.addPropertyOverride('AliasConfigurations', [{ EmailAddressArn: props.aliasOf.emailAddressArn }]);
    }
    this.emailAddressArn = resource.attrEmailAddressArn;
    this.emailAddressId = idFromInstanceResourceArn(this.emailAddressArn);
  }
}
