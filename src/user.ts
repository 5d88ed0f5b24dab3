import { Annotations, Duration, RemovalPolicy, SecretValue } from 'aws-cdk-lib';
import { CfnUser } from 'aws-cdk-lib/aws-connect';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import { Construct } from 'constructs';
import type { ConnectInstance } from './connect-instance';
import { IdentityManagementType } from './identity';
import { acknowledgeRules, RuleAcknowledgement } from './private/acknowledge';
import { checkUniqueUsername, E164, literalPassword, registerUsername, validateUser } from './private/user/validate-user';
import { PropValidator } from './private/validation';
import { RoutingProfile, SecurityProfile } from './profiles';

const PASSWORD_NOT_ROTATABLE =
  'Amazon Connect keeps its own copy of the password, set once when CloudFormation creates the user (a dynamic reference is not read again until the user resource changes); rotating this secret would not change the password, it would only make the secret wrong. The password is changed in Amazon Connect, by the user or an administrator';

/**
 * Rotation findings on a generated password secret: rotation cannot reach the
 * password Amazon Connect holds.
 */
const PASSWORD_SECRET_FINDINGS: RuleAcknowledgement[] = [
  { id: 'AwsSolutions-SMG4', reason: PASSWORD_NOT_ROTATABLE },
  { id: 'HIPAA.Security-SecretsManagerRotationEnabled', reason: PASSWORD_NOT_ROTATABLE },
  { id: 'NIST.800.53.R5-SecretsManagerRotationEnabled', reason: PASSWORD_NOT_ROTATABLE },
];

/**
 * How a user's calls reach them.
 */
export enum PhoneType {
  /** In the browser, through the Contact Control Panel. */
  SOFT_PHONE = 'SOFT_PHONE',
  /** On a desk phone number (`deskPhoneNumber`). */
  DESK_PHONE = 'DESK_PHONE',
}

/**
 * A user of an Amazon Connect instance. What may be set depends on the
 * instance's identity management:
 *
 * | identity | username | first/last name | e-mail | secondary e-mail, mobile | password |
 * |---|---|---|---|---|---|
 * | Connect-managed | 1 to 20 characters | required | optional | optional | optional, else generated |
 * | SAML | 1 to 64 characters, as the identity provider sends it | required | not allowed (SAML users have none): use the secondary e-mail | optional | not allowed (the IdP holds it) |
 * | existing directory | a user of the directory, 1 to 20 characters | not allowed (from the directory) | not allowed (from the directory) | optional | not allowed |
 *
 * @see https://docs.aws.amazon.com/connect/latest/APIReference/API_CreateUser.html
 * @see https://docs.aws.amazon.com/connect/latest/APIReference/API_UserIdentityInfo.html
 */
export interface UserOptions {
  /**
   * The user name: letters, digits and `_ - . @`, with `@` only in the form
   * of an e-mail address (`jane.doe@example.com`); 1 to 20 characters for
   * Connect-managed and existing-directory instances, 1 to 64 for SAML. For
   * an existing directory, the name of a user of that directory; for SAML,
   * the `RoleSessionName` the identity provider sends. Case sensitive, and
   * unique in the instance.
   *
   * @see https://docs.aws.amazon.com/connect/latest/APIReference/API_CreateUser.html
   * @see https://docs.aws.amazon.com/connect/latest/adminguide/configure-saml.html
   */
  readonly username: string;

  /**
   * The user's first name (1 to 100 characters).
   *
   * @default - none; required for Connect-managed and SAML instances
   */
  readonly firstName?: string;

  /**
   * The user's last name (1 to 100 characters).
   *
   * @default - none; required for Connect-managed and SAML instances
   */
  readonly lastName?: string;

  /**
   * The user's e-mail address, for Connect-managed instances. SAML users
   * have no primary e-mail (Amazon Connect returns an error for one): give
   * theirs as `secondaryEmail`. An existing directory provides its users'.
   *
   * @default - none
   */
  readonly email?: string;

  /**
   * The user's secondary e-mail address, for every identity type. Amazon
   * Connect sends the user's e-mail notifications, other than password
   * resets, to it instead of the primary address; SAML users receive
   * notifications only here.
   *
   * @default - none
   * @see https://docs.aws.amazon.com/connect/latest/adminguide/user-management.html
   */
  readonly secondaryEmail?: string;

  /**
   * The user's mobile number in E.164 format, such as `+12065550100`, for
   * every identity type. Amazon Connect stores it but does not use it.
   *
   * @default - none
   */
  readonly mobile?: string;

  /**
   * The password, for Connect-managed instances only: 8 to 64 characters with
   * an upper-case letter, a lower-case letter and a digit. Pass a reference
   * such as `SecretValue.secretsManager(...)`; a literal would be written into
   * the template.
   *
   * @default - a password is generated in AWS Secrets Manager (Connect-managed instances)
   */
  readonly password?: SecretValue;

  /**
   * The user's security profiles.
   *
   * @default - [SecurityProfile.AGENT] for `addUser`; [SecurityProfile.ADMIN] for the administrator
   */
  readonly securityProfiles?: SecurityProfile[];

  /**
   * The user's routing profile.
   *
   * @default RoutingProfile.BASIC
   */
  readonly routingProfile?: RoutingProfile;

  /**
   * How calls reach the user.
   *
   * @default PhoneType.SOFT_PHONE
   */
  readonly phoneType?: PhoneType;

  /**
   * The desk phone number in E.164 format, with `PhoneType.DESK_PHONE`.
   *
   * @default - none
   */
  readonly deskPhoneNumber?: string;

  /**
   * How long the user may spend in after-contact work: whole seconds, at most
   * 2,000,000 seconds (about 23 days).
   *
   * @default - no limit
   */
  readonly afterContactWorkTimeLimit?: Duration;
}

/**
 * Properties of a `ConnectUser`.
 */
export interface ConnectUserProps extends UserOptions {
  /** The instance the user belongs to. */
  readonly instance: ConnectInstance;

  /**
   * The key that encrypts a generated password secret.
   *
   * @default - the AWS managed key for Secrets Manager
   */
  readonly passwordEncryptionKey?: kms.IKey;

  /**
   * What happens to a generated password secret when it leaves the stack.
   *
   * @default RemovalPolicy.RETAIN_ON_UPDATE_OR_DELETE - kept on update and delete, removed when its first create rolls back
   */
  readonly removalPolicy?: RemovalPolicy;

  /**
   * The security profiles when `securityProfiles` is not given.
   *
   * @default [SecurityProfile.AGENT]
   */
  readonly defaultSecurityProfiles?: SecurityProfile[];
}

/**
 * A user of an Amazon Connect instance (`AWS::Connect::User`), with built-in
 * profiles resolved at deploy time and, for Connect-managed instances, a
 * password generated in AWS Secrets Manager unless one is given.
 */
export class ConnectUser extends Construct {
  /**
   * The ARN of the user.
   *
   * @attribute
   */
  public readonly userArn: string;

  /**
   * The secret holding the generated password, when one was generated.
   */
  public readonly passwordSecret?: secretsmanager.ISecret;

  constructor(scope: Construct, id: string, props: ConnectUserProps) {
    super(scope, id);
    const identityType = props.instance.identityManagementType;
    const v = new PropValidator();
    validateUser(this, v, '', props, identityType);
    if (props.password !== undefined && !SecretValue.isSecretValue(props.password)) {
      // Possible from JavaScript; never echo what may be a password.
      v.fail('password', `(a ${typeof props.password})`, 'must be a SecretValue, such as SecretValue.secretsManager(\'<secret name>\')');
    }
    validatePhone(v, props);
    checkUniqueUsername(v, props.instance, this, props.username);
    v.throwIfAny(this, 'ConnectUser');
    registerUsername(props.instance, this, props.username);

    let password = props.password;
    if (literalPassword(this, password) !== undefined) {
      Annotations.of(this).addWarningV2('cdk-connect-instance:literalPassword',
        'password is a literal value and will be written into the template: pass a SecretValue reference (Secrets Manager or SSM SecureString) instead');
    }
    if (password === undefined && identityType === IdentityManagementType.CONNECT_MANAGED) {
      const secret = new secretsmanager.Secret(this, 'Password', {
        description: `Password of the Amazon Connect user ${props.username}`,
        encryptionKey: props.passwordEncryptionKey,
        generateSecretString: {
          passwordLength: 32,
          requireEachIncludedType: true,
          excludeCharacters: ' "\'\\`/@%{}',
        },
      });
      secret.applyRemovalPolicy(props.removalPolicy ?? RemovalPolicy.RETAIN_ON_UPDATE_OR_DELETE);
      acknowledgeRules(secret, PASSWORD_SECRET_FINDINGS);
      this.passwordSecret = secret;
      password = secret.secretValue;
    }

    const securityProfiles = props.securityProfiles ?? props.defaultSecurityProfiles ?? [SecurityProfile.AGENT];
    const resource = new CfnUser(this, 'Resource', {
      instanceArn: props.instance.instanceArn,
      username: props.username,
      password: password?.unsafeUnwrap(),
      identityInfo: identityInfo(props),
      phoneConfig: {
        phoneType: props.phoneType ?? PhoneType.SOFT_PHONE,
        deskPhoneNumber: props.deskPhoneNumber,
        afterContactWorkTimeLimit: props.afterContactWorkTimeLimit?.toSeconds(),
      },
      securityProfileArns: securityProfiles.map((p) => props.instance.securityProfileArn(p)),
      routingProfileArn: props.instance.routingProfileArn(props.routingProfile ?? RoutingProfile.BASIC),
    });
    this.userArn = resource.attrUserArn;
  }
}

/**
 * The longest after-contact work Amazon Connect takes: "a maximum value of
 * 2,000,000 seconds" (CloudFormation UserPhoneConfig `AfterContactWorkTimeLimit`).
 *
 * @see https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-connect-user-userphoneconfig.html
 */
const MAX_AFTER_CONTACT_WORK_SECONDS = 2_000_000;

/** Records the problems of a user's phone settings (PhoneConfig of CreateUser). */
function validatePhone(v: PropValidator, props: UserOptions): void {
  const phoneType = props.phoneType ?? PhoneType.SOFT_PHONE;
  if (!Object.values(PhoneType).includes(phoneType)) {
    v.fail('phoneType', phoneType, 'must be PhoneType.SOFT_PHONE or PhoneType.DESK_PHONE');
  }
  if (phoneType === PhoneType.DESK_PHONE && props.deskPhoneNumber === undefined) {
    v.fail('deskPhoneNumber', undefined, 'is required with PhoneType.DESK_PHONE');
  }
  v.checkString('deskPhoneNumber', props.deskPhoneNumber, { pattern: E164, patternMessage: 'must be a phone number in E.164 format, such as "+12065550100"' });
  const limit = props.afterContactWorkTimeLimit;
  if (limit !== undefined && !limit.isUnresolved()) {
    const seconds = limit.toMilliseconds({ integral: false }) / 1000;
    if (!Number.isInteger(seconds)) {
      v.fail('afterContactWorkTimeLimit', limit.toString(), 'must be a whole number of seconds');
    } else if (seconds > MAX_AFTER_CONTACT_WORK_SECONDS) {
      v.fail('afterContactWorkTimeLimit', limit.toString(), `must be at most ${MAX_AFTER_CONTACT_WORK_SECONDS} seconds (${seconds} seconds)`);
    }
  }
}

function identityInfo(props: UserOptions): CfnUser.UserIdentityInfoProperty | undefined {
  const info: CfnUser.UserIdentityInfoProperty = {
    firstName: props.firstName,
    lastName: props.lastName,
    email: props.email,
    secondaryEmail: props.secondaryEmail,
    mobile: props.mobile,
  };
  return Object.values(info).some((value) => value !== undefined) ? info : undefined;
}
