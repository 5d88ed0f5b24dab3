import { Duration, IResource, SecretValue } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import { RoutingProfile, SecurityProfile } from './profiles';

/**
 * A user of an Amazon Connect instance, created here or imported.
 */
export interface IUser extends IResource {
  /**
   * The ARN of the user
   * (`arn:<partition>:connect:<region>:<account>:instance/<instance id>/agent/<user id>`).
   *
   * @attribute
   */
  readonly userArn: string;

  /**
   * The secret holding the user's generated password: a user of a
   * Connect-managed instance created without a password. Undefined for an
   * imported user.
   *
   * @default - none: the password was given, is held elsewhere, or the user is imported
   */
  readonly passwordSecret?: secretsmanager.ISecret;

  /**
   * Allows `grantee` to read the user's generated password (and to decrypt
   * it with the secret's key).
   *
   * Throws when the user has no generated password secret.
   */
  grantReadPassword(grantee: iam.IGrantable): iam.Grant;
}

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
   * The user's first name: 1 to 255 characters for a Connect-managed
   * instance, 1 to 100 for SAML.
   *
   * @default - none; required for Connect-managed and SAML instances
   */
  readonly firstName?: string;

  /**
   * The user's last name: 1 to 256 characters for a Connect-managed
   * instance, 1 to 100 for SAML.
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
