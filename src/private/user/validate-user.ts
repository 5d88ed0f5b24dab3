import { Annotations, SecretValue, Stack, Token } from 'aws-cdk-lib';
import { IConstruct } from 'constructs';
import { IdentityManagementType } from '../../identity';
import { PhoneType, UserOptions } from '../../user-options';
import { PropValidator } from '../validation';

/** Amazon Connect's user name characters (CreateUser `Username`). */
const USERNAME = /^[a-zA-Z0-9_\-.@]+$/;
/**
 * A user name with `@`: CreateUser takes one "only if used in an email
 * format" (its example: `testuser@example.com`, not `testuser@`): one `@`
 * between a name and a dotted domain.
 */
const EMAIL_SHAPED_USERNAME = /^[a-zA-Z0-9_.-]+@[a-zA-Z0-9_-]+(\.[a-zA-Z0-9_-]+)+$/;
/**
 * The longest user name, by identity type. CreateUser: "For instances not
 * using SAML for identity management, the user name can include up to 20
 * characters. If you are using SAML for identity management, the user name
 * can include up to 64 characters"; the registry schema's `maxLength` is 64.
 *
 * @see https://docs.aws.amazon.com/connect/latest/APIReference/API_CreateUser.html
 */
const USERNAME_MAX_LENGTH: Record<IdentityManagementType, number> = {
  [IdentityManagementType.CONNECT_MANAGED]: 20,
  [IdentityManagementType.EXISTING_DIRECTORY]: 20,
  [IdentityManagementType.SAML]: 64,
};
/**
 * The longest first and last names, by identity type (a directory's users
 * take theirs from the directory). UserIdentityInfo, in the API and the
 * CloudFormation references: "If you are using Amazon Connect for identity
 * management, the length constraints are 1-255 for FirstName, and 1-256 for
 * LastName", and the fields' own constraints "apply only to instances using
 * SAML". Those field constraints read 1-100 in earlier versions of both
 * pages and 0-255 (first) and 0-300 (last) in the current ones: SAML takes
 * 100, which deploys under both readings.
 *
 * @see https://docs.aws.amazon.com/connect/latest/APIReference/API_UserIdentityInfo.html
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
/**
 * Amazon Connect's secondary e-mail rule (UserIdentityInfo `SecondaryEmail`:
 * `(?=^.{0,265}$)[a-zA-Z0-9._%+-]+@[a-zA-Z0-9.-]+\.[a-zA-Z]{2,63}`), here
 * matched against the whole value.
 *
 * @see https://docs.aws.amazon.com/connect/latest/APIReference/API_UserIdentityInfo.html
 */
const SECONDARY_EMAIL = /^[a-zA-Z0-9._%+-]+@[a-zA-Z0-9.-]+\.[a-zA-Z]{2,63}$/;
/**
 * A phone number in E.164 format: UserIdentityInfo `Mobile` and the desk
 * phone number of UserPhoneConfig.
 */
const E164 = /^\+[1-9]\d{1,14}$/;
const E164_MESSAGE = 'must be a phone number in E.164 format, such as "+12065550100"';

/**
 * Records every problem of one user's options for the instance's identity
 * type: identity information, password and phone settings.
 *
 * @see https://docs.aws.amazon.com/connect/latest/APIReference/API_CreateUser.html
 */
export function validateUser(
  scope: IConstruct,
  v: PropValidator,
  user: UserOptions,
  identityType: IdentityManagementType,
): void {
  checkUsername(v, 'username', user.username, identityType);
  const names = NAME_MAX_LENGTH[identityType];
  v.checkString('firstName', user.firstName, { minLength: 1, maxLength: names.firstName });
  v.checkString('lastName', user.lastName, { minLength: 1, maxLength: names.lastName });
  if (identityType === IdentityManagementType.SAML && user.email !== undefined) {
    // UserIdentityInfo and the CloudFormation UserIdentityInfo page: "If you
    // are using SAML for identity management and include this parameter, an
    // error is returned"; the admin guide's "Add users": SAML users have no
    // primary e-mail, notifications go to their secondary e-mail. The
    // CreateUser page instead lists Email as required for SAML (and, in its
    // newest wording, for Connect-managed users too, which no other page
    // says). No e-mail setting deploys under both readings: this follows the
    // three pages that agree. The address can still be given as
    // secondaryEmail, which every page allows.
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
  // Secondary e-mail and mobile are not among the attributes the directory
  // manages (UserIdentityInfo: "FirstName, LastName, and Email cannot be
  // updated from within Amazon Connect"): every identity type takes them.
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
 * The longest after-contact work Amazon Connect takes: "a maximum value of
 * 2,000,000 seconds" (CloudFormation UserPhoneConfig `AfterContactWorkTimeLimit`).
 *
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

/**
 * The user names of each instance's users, with the path of the user that
 * has each: two users of one instance cannot share a name (CreateUser fails
 * with DuplicateResourceException).
 */
const USERNAMES = new WeakMap<IConstruct, Map<string, string>>();

/**
 * Records a problem when another user of `instance` already has `username`,
 * and warns when one has it in another letter case. Amazon Connect user names
 * are case sensitive ("All Amazon Connect usernames are case sensitive, even
 * when using SAML"), so names that differ only in case are two users.
 *
 * @see https://docs.aws.amazon.com/connect/latest/adminguide/configure-saml.html
 */
export function checkUniqueUsername(v: PropValidator, instance: IConstruct, user: IConstruct, username: string): void {
  if (typeof username !== 'string' || Token.isUnresolved(username)) {
    return;
  }
  for (const [taken, path] of USERNAMES.get(instance) ?? []) {
    if (taken === username) {
      v.fail('username', username, `must be unique in the instance: the user at '${path}' has it too`);
    } else if (taken.toLowerCase() === username.toLowerCase()) {
      Annotations.of(user).addWarningV2('cdk-connect-instance:usernameCase',
        `username ${JSON.stringify(username)} differs only in letter case from ${JSON.stringify(taken)}, the user at '${path}': Amazon Connect user names are case sensitive, so these are two users, but an identity provider or directory that ignores case signs both in as one`);
    }
  }
}

/** Remembers that `user`, created in `instance`, has `username`. */
export function registerUsername(instance: IConstruct, user: IConstruct, username: string): void {
  if (typeof username !== 'string' || Token.isUnresolved(username)) {
    return;
  }
  const names = USERNAMES.get(instance) ?? new Map<string, string>();
  names.set(username, user.node.path);
  USERNAMES.set(instance, names);
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

/**
 * The password's text when it is a literal that would be written into the
 * template (`SecretValue.unsafePlainText`); undefined for references that
 * CloudFormation resolves at deploy time (Secrets Manager, SSM SecureString,
 * parameters).
 */
export function literalPassword(scope: IConstruct, password: SecretValue | undefined): string | undefined {
  if (password === undefined) {
    return undefined;
  }
  const resolved: unknown = Stack.of(scope).resolve(password);
  if (typeof resolved !== 'string' || /^\{\{resolve:/.test(resolved)) {
    return undefined;
  }
  return resolved;
}
