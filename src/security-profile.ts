import { Resource, Token } from 'aws-cdk-lib';
import { CfnSecurityProfile } from 'aws-cdk-lib/aws-connect';
import { Construct } from 'constructs';
import type { IConnectInstance } from './instance';
import { instanceRemovalPolicy } from './private/instance/removal-policy';
import { ProfileLookup } from './private/profile-lookup/profile-lookup';
import { checkInstanceResourceArn, idFromInstanceResourceArn } from './private/resources/connect-arn';
import { defaultResourceName } from './private/resources/names';
import { checkProfileName, checkSameInstance, instanceArnOf } from './private/resources/references';
import { PropValidator } from './private/validation';
import { SecurityProfilePermission } from './security-profile-permission';

/** A security profile to give users: one the instance has (found by name at deploy time), one created here, or one imported by ARN. */
export interface ISecurityProfile {
  /** The ARN of this profile in `instance`: looked up at deploy time when given by name; another instance's throws. */
  securityProfileArnFor(instance: IConnectInstance): string;
}

/**
 * A security profile to create: what its users may do in the admin website and the CCP.
 * @see https://docs.aws.amazon.com/connect/latest/adminguide/create-security-profile.html
 */
export interface SecurityProfileOptions {
  /**
   * The permissions, each at most once, at most 500.
   * @default - none
   */
  readonly permissions?: SecurityProfilePermission[];

  /**
   * The name: 1 to 127 letters, digits, spaces, `_`, `@` or `-`; changing it replaces the profile.
   * @default - a name unique in the app, built from the construct path
   */
  readonly securityProfileName?: string;

  /**
   * A description (at most 250 characters).
   * @default - none
   */
  readonly description?: string;
}

/** The registry schema's SecurityProfileName pattern. */
const SECURITY_PROFILE_NAME = /^[ a-zA-Z0-9_@-]+$/;
/** The registry schema's Permissions: at most 500, unique. */
const MAX_PERMISSIONS = 500;

/** Properties of a `SecurityProfile`. */
export interface SecurityProfileProps extends SecurityProfileOptions {
  /** The instance the security profile belongs to. */
  readonly instance: IConnectInstance;
}

/** A security profile the instance has, found by name at deploy time. */
class SecurityProfileByName implements ISecurityProfile {
  constructor(private readonly name: string) {}

  public securityProfileArnFor(instance: IConnectInstance): string {
    return ProfileLookup.of(instance, instanceRemovalPolicy(instance)).securityProfileArn(this.name);
  }
}

/**
 * A security profile of an Amazon Connect instance, with permissions by their documented names.
 * @resource AWS::Connect::SecurityProfile
 * @see https://docs.aws.amazon.com/connect/latest/adminguide/security-profile-list.html
 * @see https://docs.aws.amazon.com/connect/latest/adminguide/default-security-profiles.html
 */
export class SecurityProfile extends Resource implements ISecurityProfile {
  /** The built-in **Admin** profile: full access to the instance. */
  public static readonly ADMIN: ISecurityProfile = SecurityProfile.fromName('Admin');
  /** The built-in **Agent** profile: the Contact Control Panel and its own metrics. */
  public static readonly AGENT: ISecurityProfile = SecurityProfile.fromName('Agent');
  /** The built-in **CallCenterManager** profile: users, routing, metrics. */
  public static readonly CALL_CENTER_MANAGER: ISecurityProfile = SecurityProfile.fromName('CallCenterManager');
  /** The built-in **QualityAnalyst** profile: metrics and recordings. */
  public static readonly QUALITY_ANALYST: ISecurityProfile = SecurityProfile.fromName('QualityAnalyst');

  /**
   * A security profile of the user's instance, found at deploy time by its exact name (known at synth time).
   * @param name the profile's name, as shown in the Amazon Connect admin website
   */
  public static fromName(name: string): ISecurityProfile {
    return new SecurityProfileByName(checkProfileName('security profile', name));
  }

  /** Imports a security profile by ARN; no deploy-time lookup is needed for it. */
  public static fromSecurityProfileArn(scope: Construct, id: string, securityProfileArn: string): ISecurityProfile {
    checkInstanceResourceArn('securityProfileArn', securityProfileArn, 'security-profile', 'an Amazon Connect security profile');
    class Import extends Resource implements ISecurityProfile {
      public securityProfileArnFor(instance: IConnectInstance): string {
        checkSameInstance('security profile', this, instanceArnOf(securityProfileArn), instance);
        return securityProfileArn;
      }
    }
    return new Import(scope, id, { environmentFromArn: securityProfileArn });
  }

  /**
   * The ARN of the security profile.
   * @attribute
   */
  public readonly securityProfileArn: string;

  /**
   * The id of the security profile.
   * @attribute
   */
  public readonly securityProfileId: string;

  private readonly instanceArn: string;

  constructor(scope: Construct, id: string, props: SecurityProfileProps) {
    super(scope, id);
    const v = new PropValidator();
    v.checkRequired('instance', props.instance);
    // The registry schema's SecurityProfileName (1 to 127, pattern) and Description (at most 250).
    v.checkString('securityProfileName', props.securityProfileName, {
      minLength: 1, maxLength: 127, pattern: SECURITY_PROFILE_NAME, patternMessage: 'must contain only letters, digits, spaces, _, @ and -',
    });
    v.checkString('description', props.description, { maxLength: 250 });
    const permissions = checkPermissions(v, props.permissions);
    v.throwIfAny(this, 'SecurityProfile');

    const resource = new CfnSecurityProfile(this, 'Resource', {
      instanceArn: props.instance.instanceArn,
      securityProfileName: props.securityProfileName ?? defaultResourceName(this),
      description: props.description,
      permissions: permissions.length === 0 ? undefined : permissions,
    });
    this.securityProfileArn = resource.attrSecurityProfileArn;
    this.securityProfileId = idFromInstanceResourceArn(this.securityProfileArn);
    this.instanceArn = props.instance.instanceArn;
  }

  public securityProfileArnFor(instance: IConnectInstance): string {
    checkSameInstance('security profile', this, this.instanceArn, instance);
    return this.securityProfileArn;
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
