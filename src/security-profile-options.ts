import { IResource } from 'aws-cdk-lib';
import { SecurityProfilePermission } from './security-profile-permission';

/**
 * A security profile created for an Amazon Connect instance (as opposed to
 * `SecurityProfile`, which names one to give a user).
 */
export interface ICustomSecurityProfile extends IResource {
  /**
   * The ARN of the security profile.
   *
   * @attribute
   */
  readonly securityProfileArn: string;

  /**
   * The id of the security profile (the last part of its ARN).
   *
   * @attribute
   */
  readonly securityProfileId: string;
}

/**
 * A custom security profile to create for an instance: what its users may
 * do in the admin website and the Contact Control Panel.
 *
 * @see https://docs.aws.amazon.com/connect/latest/adminguide/create-security-profile.html
 */
export interface CustomSecurityProfileOptions {
  /**
   * The permissions, each at most once, at most 500.
   *
   * @default - none
   */
  readonly permissions?: SecurityProfilePermission[];

  /**
   * The name: 1 to 127 letters, digits, spaces, `_`, `@` or `-`. Changing
   * it replaces the profile.
   *
   * @default - a name unique in the app, built from the construct path
   */
  readonly securityProfileName?: string;

  /**
   * A description (at most 250 characters).
   *
   * @default - none
   */
  readonly description?: string;
}
