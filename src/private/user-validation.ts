import { SecretValue, Stack } from 'aws-cdk-lib';
import { IConstruct } from 'constructs';
import { PropValidator } from './validation';
import { IdentityManagementType } from '../identity';
import type { UserOptions } from '../user';

/** Amazon Connect's user name rule (CreateUser `Username`). */
const USERNAME = /^[a-zA-Z0-9_\-.@]+$/;
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
export const E164 = /^\+[1-9]\d{1,14}$/;
const E164_MESSAGE = 'must be a phone number in E.164 format, such as "+12065550100"';

/**
 * Records every problem of one user's props for the instance's identity
 * type, each named with `prefix` (for example `admin.`).
 *
 * @see https://docs.aws.amazon.com/connect/latest/APIReference/API_CreateUser.html
 */
export function validateUser(
  scope: IConstruct,
  v: PropValidator,
  prefix: string,
  user: UserOptions,
  identityType: IdentityManagementType,
): void {
  v.checkRequired(`${prefix}username`, user.username);
  v.checkString(`${prefix}username`, user.username, {
    minLength: 1,
    maxLength: 100,
    pattern: USERNAME,
    patternMessage: 'may contain only letters, digits and _ - . @',
  });
  v.checkString(`${prefix}firstName`, user.firstName, { minLength: 1, maxLength: 100 });
  v.checkString(`${prefix}lastName`, user.lastName, { minLength: 1, maxLength: 100 });
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
    v.fail(`${prefix}email`, user.email,
      `cannot be set for a SAML instance: Amazon Connect returns an error for the primary e-mail of a SAML user; give the address as ${prefix}secondaryEmail`);
  } else {
    v.checkString(`${prefix}email`, user.email, {
      minLength: 3,
      maxLength: 320,
      pattern: EMAIL,
      patternMessage: 'must be an e-mail address',
    });
  }
  // Secondary e-mail and mobile are not among the attributes the directory
  // manages (UserIdentityInfo: "FirstName, LastName, and Email cannot be
  // updated from within Amazon Connect"): every identity type takes them.
  v.checkString(`${prefix}secondaryEmail`, user.secondaryEmail, {
    maxLength: 265,
    pattern: SECONDARY_EMAIL,
    patternMessage: 'must be an e-mail address of letters, digits and . _ % + - before the @ and a domain ending in 2 to 63 letters',
  });
  v.checkString(`${prefix}mobile`, user.mobile, { pattern: E164, patternMessage: E164_MESSAGE });

  if (identityType === IdentityManagementType.EXISTING_DIRECTORY) {
    for (const prop of ['firstName', 'lastName', 'email'] as const) {
      if (user[prop] !== undefined) {
        v.fail(`${prefix}${prop}`, user[prop], 'is taken from the directory and cannot be set for an EXISTING_DIRECTORY instance');
      }
    }
  } else {
    for (const prop of ['firstName', 'lastName'] as const) {
      if (user[prop] === undefined) {
        v.fail(`${prefix}${prop}`, undefined, `is required for a ${identityType} instance`);
      }
    }
  }

  if (user.password !== undefined && identityType !== IdentityManagementType.CONNECT_MANAGED) {
    v.fail(`${prefix}password`, '(secret)', `cannot be set for a ${identityType} instance: the ${
      identityType === IdentityManagementType.SAML ? 'identity provider' : 'directory'} holds it`);
  } else if (user.password !== undefined) {
    checkLiteralPassword(scope, v, `${prefix}password`, user.password);
  }
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
