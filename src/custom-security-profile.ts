import { IResource, Resource, Token } from 'aws-cdk-lib';
import { CfnSecurityProfile } from 'aws-cdk-lib/aws-connect';
import { Construct } from 'constructs';
import type { IConnectInstance } from './instance';
import { checkInstanceResourceArn, idFromInstanceResourceArn } from './private/resources/connect-arn';
import { defaultResourceName } from './private/resources/names';
import { PropValidator } from './private/validation';
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

/** The registry schema's SecurityProfileName pattern. */
const SECURITY_PROFILE_NAME = /^[ a-zA-Z0-9_@-]+$/;
/** The registry schema's Permissions: at most 500, unique. */
const MAX_PERMISSIONS = 500;

/**
 * Properties of a `CustomSecurityProfile`.
 */
export interface CustomSecurityProfileProps extends CustomSecurityProfileOptions {
  /** The instance the security profile belongs to. */
  readonly instance: IConnectInstance;
}

/**
 * A custom security profile of an Amazon Connect instance
 * (`AWS::Connect::SecurityProfile`), with permissions by their documented
 * names. Give it to users with
 * `SecurityProfile.fromSecurityProfileArn(profile.securityProfileArn)`.
 *
 * @resource AWS::Connect::SecurityProfile
 * @see https://docs.aws.amazon.com/connect/latest/adminguide/security-profile-list.html
 */
export class CustomSecurityProfile extends Resource implements ICustomSecurityProfile {
  /**
   * Imports a security profile by ARN
   * (`arn:<partition>:connect:<region>:<account>:instance/<instance id>/security-profile/<id>`).
   */
  public static fromSecurityProfileArn(scope: Construct, id: string, securityProfileArn: string): ICustomSecurityProfile {
    checkInstanceResourceArn('securityProfileArn', securityProfileArn, 'security-profile', 'an Amazon Connect security profile');
    class Import extends Resource implements ICustomSecurityProfile {
      public readonly securityProfileArn = securityProfileArn;
      public readonly securityProfileId = idFromInstanceResourceArn(securityProfileArn);
    }
    return new Import(scope, id, { environmentFromArn: securityProfileArn });
  }

  /**
   * The ARN of the security profile.
   *
   * @attribute
   */
  public readonly securityProfileArn: string;

  /**
   * The id of the security profile.
   *
   * @attribute
   */
  public readonly securityProfileId: string;

  constructor(scope: Construct, id: string, props: CustomSecurityProfileProps) {
    super(scope, id);
    const v = new PropValidator();
    v.checkRequired('instance', props.instance);
    // The registry schema's SecurityProfileName (1 to 127, pattern) and Description (at most 250).
    v.checkString('securityProfileName', props.securityProfileName, {
      minLength: 1, maxLength: 127, pattern: SECURITY_PROFILE_NAME, patternMessage: 'must contain only letters, digits, spaces, _, @ and -',
    });
    v.checkString('description', props.description, { maxLength: 250 });
    const permissions = checkPermissions(v, props.permissions);
    v.throwIfAny(this, 'CustomSecurityProfile');

    const resource = new CfnSecurityProfile(this, 'Resource', {
      instanceArn: props.instance.instanceArn,
      securityProfileName: props.securityProfileName ?? defaultResourceName(this),
      description: props.description,
      permissions: permissions.length === 0 ? undefined : permissions,
    });
    this.securityProfileArn = resource.attrSecurityProfileArn;
    this.securityProfileId = idFromInstanceResourceArn(this.securityProfileArn);
  }
}

/** Records the problems of the permissions; returns their names. */
function checkPermissions(v: PropValidator, permissions: SecurityProfilePermission[] | undefined): string[] {
  if (permissions === undefined) {
    return [];
  }
  if (!Array.isArray(permissions)) {
    v.fail('permissions', permissions, 'must be a list of SecurityProfilePermission');
    return [];
  }
  if (permissions.length > MAX_PERMISSIONS) {
    v.fail('permissions', `${permissions.length} permissions`, `must have at most ${MAX_PERMISSIONS} permissions`);
  }
  const names: string[] = [];
  permissions.forEach((permission, index) => {
    if (!(permission instanceof SecurityProfilePermission)) {
      // Possible from JavaScript, such as a plain string.
      v.fail(`permissions[${index}]`, permission, 'must be a SecurityProfilePermission constant or SecurityProfilePermission.custom(name)');
      return;
    }
    if (!Token.isUnresolved(permission.name) && names.includes(permission.name)) {
      v.fail(`permissions[${index}]`, permission.name, 'must appear once in permissions');
    }
    names.push(permission.name);
  });
  return names;
}
