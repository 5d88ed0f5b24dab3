import { Annotations, Duration, IResource, RemovalPolicy, Resource, SecretValue, Stack, Token } from 'aws-cdk-lib';
import { CfnUser } from 'aws-cdk-lib/aws-connect';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import { Construct, IConstruct } from 'constructs';
import { IdentityManagementType } from './identity';
import type { IConnectInstance } from './instance';
import type { IPredefinedAttribute } from './predefined-attribute';
import { acknowledgeRules, RuleAcknowledgement } from './private/acknowledge';
import { checkInstanceResourceArn } from './private/resources/connect-arn';
import { CreationLanes } from './private/throttling/creation-lanes';
import { addAgentDependencies, checkAgentSettings, renderChannelSettings, renderProficiencies, warnUnqueuedChannels } from './private/user/agent-settings';
import { addValidationOnce, creationOrder, PropValidator } from './private/validation';
import { IRoutingProfile, RoutingChannel, RoutingProfile } from './routing-profile';
import { ISecurityProfile, SecurityProfile } from './security-profile';
import type { IUserHierarchyGroup } from './user-hierarchy-group';

/** A user of an Amazon Connect instance, created here or imported. */
export interface IUser extends IResource {
  /**
   * The ARN of the user.
   * @attribute
   */
  readonly userArn: string;

  /**
   * The secret holding the generated password of a Connect-managed user created without one.
   * @default - none: the password was given, is held elsewhere, or the user is imported
   */
  readonly passwordSecret?: secretsmanager.ISecret;

  /** Allows `grantee` to read (and decrypt) the generated password; throws when there is none. */
  grantReadPassword(grantee: iam.IGrantable): iam.Grant;
}

/** How a user's calls reach them. */
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
   * The user name, unique and case sensitive in the instance: letters, digits and `_ - . @`
   * (`@` only as in an e-mail address); up to 20 characters, or 64 for SAML.
   * @see https://docs.aws.amazon.com/connect/latest/adminguide/configure-saml.html
   */
  readonly username: string;

  /**
   * The user's first name: 1 to 255 characters, or 1 to 100 for SAML.
   * @default - none; required for Connect-managed and SAML instances
   */
  readonly firstName?: string;

  /**
   * The user's last name: 1 to 256 characters, or 1 to 100 for SAML.
   * @default - none; required for Connect-managed and SAML instances
   */
  readonly lastName?: string;

  /**
   * The user's e-mail address, for Connect-managed instances (SAML users use `secondaryEmail`).
   * @default - none
   */
  readonly email?: string;

  /**
   * The user's secondary e-mail address, where notifications other than password resets go.
   * @default - none
   * @see https://docs.aws.amazon.com/connect/latest/adminguide/user-management.html
   */
  readonly secondaryEmail?: string;

  /**
   * The user's mobile number in E.164 format, such as `+12065550100` (stored, not used).
   * @default - none
   */
  readonly mobile?: string;

  /**
   * The password, for Connect-managed instances: 8 to 64 characters with upper- and lower-case
   * letters and a digit. Pass a reference: a literal is written into the template.
   * @default - a password is generated in AWS Secrets Manager (Connect-managed instances)
   */
  readonly password?: SecretValue;

  /**
   * The user's security profiles, of the user's instance.
   * @default - [SecurityProfile.AGENT] for `addUser`; [SecurityProfile.ADMIN] for the administrator
   */
  readonly securityProfiles?: ISecurityProfile[];

  /**
   * The user's routing profile, of the user's instance.
   * @default RoutingProfile.BASIC
   */
  readonly routingProfile?: IRoutingProfile;

  /**
   * How calls reach the user.
   * @default PhoneType.SOFT_PHONE
   */
  readonly phoneType?: PhoneType;

  /**
   * The desk phone number in E.164 format, with `PhoneType.DESK_PHONE`.
   * @default - none
   */
  readonly deskPhoneNumber?: string;

  /**
   * How long the user may spend in after-contact work: whole seconds, at most 2,000,000.
   * @default - no limit
   */
  readonly afterContactWorkTimeLimit?: Duration;

  /**
   * The user's group in the instance's user hierarchy.
   *
   * @default - none
   */
  readonly hierarchyGroup?: IUserHierarchyGroup;

  /**
   * The user's skills for proficiency-based routing, each value of an attribute once.
   *
   * @default - none
   */
  readonly proficiencies?: UserProficiency[];

  /**
   * Auto-accept and after-contact work per channel, each channel once; a channel must be one the
   * routing profile handles (checked for a `RoutingProfile` of the app). Voice's after-contact work
   * is given here or as `afterContactWorkTimeLimit`, not both.
   *
   * @default - none: Amazon Connect's defaults
   */
  readonly channelSettings?: UserChannelSettings[];
}

/**
 * A user's skill: a value of a predefined attribute and how good the user is at it, which
 * proficiency-based routing matches against a contact's routing criteria.
 *
 * @see https://docs.aws.amazon.com/connect/latest/adminguide/proficiency-based-routing.html
 * @see https://docs.aws.amazon.com/connect/latest/APIReference/API_UserProficiency.html
 */
export interface UserProficiency {
  /** The predefined attribute, of the user's instance; one created in the app is created before the user. */
  readonly attribute: IPredefinedAttribute;

  /** One of the attribute's values (1 to 64 characters), such as `Spanish`. */
  readonly value: string;

  /** The level, from 1 (lowest) to 5. */
  readonly level: number;
}

/**
 * What a user does on one channel after and before contacts (UpdateUserConfig's per-channel settings).
 *
 * @see https://docs.aws.amazon.com/connect/latest/APIReference/API_UpdateUserConfig.html
 */
export interface UserChannelSettings {
  /** The channel, one the user's routing profile handles. */
  readonly channel: RoutingChannel;

  /**
   * Whether contacts of the channel connect without the agent accepting them.
   *
   * @default - not set: Amazon Connect's default (the agent accepts)
   */
  readonly autoAccept?: boolean;

  /**
   * How long the agent may spend in after-contact work on the channel: whole seconds, at most
   * 2,000,000; zero until the agent ends it.
   *
   * @default - not set: Amazon Connect's default
   */
  readonly afterContactWorkTimeLimit?: Duration;
}

const PASSWORD_NOT_ROTATABLE =
  'Amazon Connect keeps its own copy of the password, set once when CloudFormation creates the user (a dynamic reference is not read again until the user resource changes); rotating this secret would not change the password, it would only make the secret wrong. The password is changed in Amazon Connect, by the user or an administrator';

/** Rotation findings on a generated password secret: rotation cannot reach Amazon Connect's copy. */
const PASSWORD_SECRET_FINDINGS: RuleAcknowledgement[] = [
  { id: 'AwsSolutions-SMG4', reason: PASSWORD_NOT_ROTATABLE },
  { id: 'HIPAA.Security-SecretsManagerRotationEnabled', reason: PASSWORD_NOT_ROTATABLE },
  { id: 'NIST.800.53.R5-SecretsManagerRotationEnabled', reason: PASSWORD_NOT_ROTATABLE },
];

/** Properties of a `User`. */
export interface UserProps extends UserOptions {
  /** The instance the user belongs to; an imported one needs its `identityManagementType`. */
  readonly instance: IConnectInstance;

  /**
   * The key that encrypts a generated password secret.
   * @default - the AWS managed key for Secrets Manager
   */
  readonly passwordEncryptionKey?: kms.IKey;

  /**
   * What happens to a generated password secret when it leaves the stack (the user follows `applyRemovalPolicy`).
   * @default RemovalPolicy.RETAIN_ON_UPDATE_OR_DELETE - kept on update and delete, removed when its first create rolls back
   */
  readonly removalPolicy?: RemovalPolicy;
}

/** What imported and created users share. */
abstract class UserBase extends Resource implements IUser {
  public abstract readonly userArn: string;
  public abstract readonly passwordSecret?: secretsmanager.ISecret;

  public grantReadPassword(grantee: iam.IGrantable): iam.Grant {
    if (this.passwordSecret === undefined) {
      throw new Error(`the user at '${this.node.path}' has no generated password secret: only a user of a Connect-managed instance created without a password has one`);
    }
    return this.passwordSecret.grantRead(grantee);
  }
}

/**
 * A user of an Amazon Connect instance: an agent, a supervisor or an administrator.
 * A Connect-managed user without a password gets one generated in AWS Secrets Manager.
 * @resource AWS::Connect::User
 */
export class User extends UserBase {
  /** Refers to an existing user by ARN. */
  public static fromUserArn(scope: Construct, id: string, userArn: string): IUser {
    checkInstanceResourceArn('userArn', userArn, 'agent', 'an Amazon Connect user');
    class Import extends UserBase {
      public readonly userArn = userArn;
      public readonly passwordSecret = undefined;
    }
    return new Import(scope, id, { environmentFromArn: userArn });
  }

  /**
   * The ARN of the user.
   * @attribute
   */
  public readonly userArn: string;

  /** The secret holding the generated password, when one was generated. */
  public readonly passwordSecret?: secretsmanager.ISecret;

  /** @internal The literal user name and its instance, compared by the rule of unique names. */
  public readonly _name?: { readonly instance: IConnectInstance; readonly username: string; readonly order: number };

  constructor(scope: Construct, id: string, props: UserProps) {
    super(scope, id);
    const identityType = props.instance.identityManagementType;
    const v = new PropValidator();
    if (identityType === undefined) {
      // Nothing else can be checked without it.
      v.fail('instance.identityManagementType', undefined,
        'is required to add users to an imported instance: import the instance from its attributes with its identityManagementType');
      v.throwIfAny(this, 'User');
    }
    validateUser(this, v, props, identityType!);
    checkAgentSettings(v, props, props.instance.instanceArn);
    v.throwIfAny(this, 'User');
    warnUnqueuedChannels(this, props);
    if (typeof props.username === 'string' && !Token.isUnresolved(props.username)) {
      this._name = { instance: props.instance, username: props.username, order: creationOrder() };
      addValidationOnce(props.instance, UNIQUE_USERNAMES, () => checkUniqueUsernames(props.instance));
    }

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

    const securityProfiles = props.securityProfiles ?? [SecurityProfile.AGENT];
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
      hierarchyGroupArn: props.hierarchyGroup?.userHierarchyGroupArn,
      userProficiencies: renderProficiencies(props.proficiencies),
    });
    renderChannelSettings(resource, props.channelSettings);
    addAgentDependencies(resource, props);
    CreationLanes.add('User', resource);
    this.userArn = resource.attrUserArn;
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

/** Amazon Connect's user name characters (CreateUser `Username`). */
const USERNAME = /^[a-zA-Z0-9_\-.@]+$/;
/** A user name with `@`: CreateUser takes one "only if used in an email format". */
const EMAIL_SHAPED_USERNAME = /^[a-zA-Z0-9_.-]+@[a-zA-Z0-9_-]+(\.[a-zA-Z0-9_-]+)+$/;
/** The longest user name, by identity type: 20, or 64 for SAML (CreateUser). */
const USERNAME_MAX_LENGTH: Record<IdentityManagementType, number> = {
  [IdentityManagementType.CONNECT_MANAGED]: 20,
  [IdentityManagementType.EXISTING_DIRECTORY]: 20,
  [IdentityManagementType.SAML]: 64,
};
/**
 * The longest first and last names: 255/256, or 100 for SAML (what deploys under every version of the UserIdentityInfo page).
 * @see https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-connect-user-useridentityinfo.html
 */
const NAME_MAX_LENGTH: Record<IdentityManagementType, { firstName: number; lastName: number }> = {
  [IdentityManagementType.CONNECT_MANAGED]: { firstName: 255, lastName: 256 },
  [IdentityManagementType.EXISTING_DIRECTORY]: { firstName: 255, lastName: 256 },
  [IdentityManagementType.SAML]: { firstName: 100, lastName: 100 },
};
/** Amazon Connect's password rule (CreateUser `Password`). */
const PASSWORD = /^(?=.*[a-z])(?=.*[A-Z])(?=.*\d)[a-zA-Z\d\S]{8,64}$/;
/** A pragmatic e-mail shape: something@domain.tld, no spaces. */
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
/** Amazon Connect's secondary e-mail rule (UserIdentityInfo `SecondaryEmail`), anchored. */
const SECONDARY_EMAIL = /^[a-zA-Z0-9._%+-]+@[a-zA-Z0-9.-]+\.[a-zA-Z]{2,63}$/;
/** A phone number in E.164 format (`Mobile`, desk phone number). */
const E164 = /^\+[1-9]\d{1,14}$/;
const E164_MESSAGE = 'must be a phone number in E.164 format, such as "+12065550100"';

/** Records profiles that are not profiles (possible from JavaScript, such as an ARN string). */
function checkProfiles(v: PropValidator, user: UserOptions): void {
  const profiles = user.securityProfiles;
  if (profiles !== undefined && !Array.isArray(profiles)) {
    v.fail('securityProfiles', profiles, 'must be a list of security profiles, such as [SecurityProfile.AGENT]');
  } else {
    (profiles ?? []).forEach((profile, index) => {
      if (typeof profile?.securityProfileArnFor !== 'function') {
        v.fail(`securityProfiles[${index}]`, profile, 'must be a security profile: SecurityProfile.AGENT, SecurityProfile.fromName(name), a SecurityProfile or SecurityProfile.fromSecurityProfileArn(scope, id, arn)');
      }
    });
  }
  const routing = user.routingProfile;
  if (routing !== undefined && typeof routing?.routingProfileArnFor !== 'function') {
    v.fail('routingProfile', routing, 'must be a routing profile: RoutingProfile.BASIC, RoutingProfile.fromName(name), a RoutingProfile or RoutingProfile.fromRoutingProfileArn(scope, id, arn)');
  }
}

function validateUser(
  scope: IConstruct,
  v: PropValidator,
  user: UserOptions,
  identityType: IdentityManagementType,
): void {
  checkUsername(v, 'username', user.username, identityType);
  checkProfiles(v, user);
  const names = NAME_MAX_LENGTH[identityType];
  v.checkString('firstName', user.firstName, { minLength: 1, maxLength: names.firstName });
  v.checkString('lastName', user.lastName, { minLength: 1, maxLength: names.lastName });
  if (identityType === IdentityManagementType.SAML && user.email !== undefined) {
    // Amazon Connect rejects a SAML user's primary e-mail (only the CreateUser page disagrees).
    // https://docs.aws.amazon.com/connect/latest/APIReference/API_UserIdentityInfo.html
    // https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-connect-user-useridentityinfo.html
    // https://docs.aws.amazon.com/connect/latest/adminguide/user-management.html
    // https://docs.aws.amazon.com/connect/latest/APIReference/API_CreateUser.html
    v.fail('email', user.email,
      'cannot be set for a SAML instance: Amazon Connect returns an error for the primary e-mail of a SAML user; give the address as secondaryEmail');
  } else {
    v.checkString('email', user.email, {
      minLength: 3,
      maxLength: 320,
      pattern: EMAIL,
      patternMessage: 'must be an e-mail address',
    });
  }
  // The directory does not manage secondary e-mail and mobile: every identity type takes them.
  v.checkString('secondaryEmail', user.secondaryEmail, {
    maxLength: 265,
    pattern: SECONDARY_EMAIL,
    patternMessage: 'must be an e-mail address of letters, digits and . _ % + - before the @ and a domain ending in 2 to 63 letters',
  });
  v.checkString('mobile', user.mobile, { pattern: E164, patternMessage: E164_MESSAGE });

  if (identityType === IdentityManagementType.EXISTING_DIRECTORY) {
    for (const prop of ['firstName', 'lastName', 'email'] as const) {
      if (user[prop] !== undefined) {
        v.fail(prop, user[prop], 'is taken from the directory and cannot be set for an EXISTING_DIRECTORY instance');
      }
    }
  } else {
    for (const prop of ['firstName', 'lastName'] as const) {
      if (user[prop] === undefined) {
        v.fail(prop, undefined, `is required for a ${identityType} instance`);
      }
    }
  }

  if (user.password !== undefined && identityType !== IdentityManagementType.CONNECT_MANAGED) {
    v.fail('password', '(secret)', `cannot be set for a ${identityType} instance: the ${
      identityType === IdentityManagementType.SAML ? 'identity provider' : 'directory'} holds it`);
  } else if (user.password !== undefined) {
    checkLiteralPassword(scope, v, 'password', user.password);
  }
  validatePhone(v, user);
}

/**
 * The longest after-contact work Amazon Connect takes (`AfterContactWorkTimeLimit`).
 * @see https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-connect-user-userphoneconfig.html
 */
const MAX_AFTER_CONTACT_WORK_SECONDS = 2_000_000;

/** Records the problems of a user's phone settings (PhoneConfig of CreateUser). */
function validatePhone(v: PropValidator, user: UserOptions): void {
  if (user.phoneType === PhoneType.DESK_PHONE && user.deskPhoneNumber === undefined) {
    v.fail('deskPhoneNumber', undefined, 'is required with PhoneType.DESK_PHONE');
  }
  v.checkString('deskPhoneNumber', user.deskPhoneNumber, { pattern: E164, patternMessage: E164_MESSAGE });
  const limit = user.afterContactWorkTimeLimit;
  if (limit !== undefined && !limit.isUnresolved()) {
    const seconds = limit.toMilliseconds({ integral: false }) / 1000;
    if (!Number.isInteger(seconds)) {
      v.fail('afterContactWorkTimeLimit', limit.toString(), 'must be a whole number of seconds');
    } else if (seconds > MAX_AFTER_CONTACT_WORK_SECONDS) {
      v.fail('afterContactWorkTimeLimit', limit.toString(), `must be at most ${MAX_AFTER_CONTACT_WORK_SECONDS} seconds (${seconds} seconds)`);
    }
  }
}

/** Records the problems of a user name for the instance's identity type. */
function checkUsername(v: PropValidator, prop: string, username: string, identityType: IdentityManagementType): void {
  if (!v.checkRequired(prop, username)) {
    return;
  }
  const max = USERNAME_MAX_LENGTH[identityType] ?? 64;
  v.checkString(prop, username, { minLength: 1, maxLength: max, pattern: USERNAME, patternMessage: 'may contain only letters, digits and _ - . @' });
  if (typeof username !== 'string' || Token.isUnresolved(username) || username.length > max || !USERNAME.test(username)) {
    return;
  }
  if (username.includes('@') && !EMAIL_SHAPED_USERNAME.test(username)) {
    v.fail(prop, username, 'may contain @ only in the form of an e-mail address, such as "jane.doe@example.com"');
  }
}

/** The instance's rule of unique user names (`addValidationOnce`). */
const UNIQUE_USERNAMES = Symbol('uniqueUsernames');

/** Names are unique per instance (CreateUser: DuplicateResourceException); names differing only in case are warned about. */
function checkUniqueUsernames(instance: IConnectInstance): string[] {
  const users = instance.node.root.node.findAll()
    .filter((c): c is User => c instanceof User && c._name?.instance === instance)
    .sort((a, b) => a._name!.order - b._name!.order);
  const errors: string[] = [];
  // The first user of each name, and the first user of each name by its lower case.
  const named = new Map<string, User>();
  const variants = new Map<string, User[]>();
  for (const user of users) {
    const username = user._name!.username;
    const v = new PropValidator();
    const earlier = named.get(username);
    if (earlier !== undefined) {
      v.fail('username', username, `must be unique in the instance: the user at '${earlier.node.path}' has it too`);
      errors.push(...v.messages(user, 'User'));
      continue;
    }
    const lower = username.toLowerCase();
    for (const other of variants.get(lower) ?? []) {
      Annotations.of(user).addWarningV2('cdk-connect-instance:usernameCase',
        `username ${JSON.stringify(username)} differs only in letter case from ${JSON.stringify(other._name!.username)}, the user at '${other.node.path}': Amazon Connect user names are case sensitive, so these are two users, but an identity provider or directory that ignores case signs both in as one`);
    }
    named.set(username, user);
    variants.set(lower, [...variants.get(lower) ?? [], user]);
  }
  return errors;
}

/** A literal password (not a secret reference) must meet Amazon Connect's rules. */
function checkLiteralPassword(scope: IConstruct, v: PropValidator, prop: string, password: SecretValue): void {
  const value = literalPassword(scope, password);
  if (value === undefined) {
    return;
  }
  if (!PASSWORD.test(value)) {
    // Never echo a password, even a bad one.
    v.fail(prop, `(${value.length} characters)`, 'must be 8 to 64 characters with an upper-case letter, a lower-case letter and a digit, and no spaces');
  }
}

/** The password's text when it is a literal written into the template; undefined for a deploy-time reference. */
function literalPassword(scope: IConstruct, password: SecretValue | undefined): string | undefined {
  if (password === undefined) {
    return undefined;
  }
  const resolved: unknown = Stack.of(scope).resolve(password);
  if (typeof resolved !== 'string' || /^\{\{resolve:/.test(resolved)) {
    return undefined;
  }
  return resolved;
}
