import { Token } from 'aws-cdk-lib';

/**
 * A security profile to give a user: one of the instance's profiles, found
 * by name at deploy time, or one given by ARN.
 *
 * @see https://docs.aws.amazon.com/connect/latest/adminguide/default-security-profiles.html
 */
export class SecurityProfile {
  /** The built-in **Admin** profile: full access to the instance. */
  public static readonly ADMIN = SecurityProfile.fromName('Admin');
  /** The built-in **Agent** profile: the Contact Control Panel and its own metrics. */
  public static readonly AGENT = SecurityProfile.fromName('Agent');
  /** The built-in **CallCenterManager** profile: users, routing, metrics. */
  public static readonly CALL_CENTER_MANAGER = SecurityProfile.fromName('CallCenterManager');
  /** The built-in **QualityAnalyst** profile: metrics and recordings. */
  public static readonly QUALITY_ANALYST = SecurityProfile.fromName('QualityAnalyst');

  /**
   * A security profile of the instance, built-in or not, found by its exact
   * name at deploy time. The name must be known at synth time (not a token):
   * a profile known only at deploy time is given by ARN. Replaces
   * `builtIn` (breaking change before 1.0).
   *
   * @param name the profile's name, as shown in the Amazon Connect admin website
   */
  public static fromName(name: string): SecurityProfile {
    return new SecurityProfile(checkProfileName('security profile', name), undefined);
  }

  /**
   * A security profile given by ARN (for example an `AWS::Connect::SecurityProfile`).
   * No deploy-time lookup is needed for it.
   */
  public static fromSecurityProfileArn(arn: string): SecurityProfile {
    return new SecurityProfile(undefined, arn);
  }

  private constructor(
    /** The name to look up at deploy time, when not given by ARN. */
    public readonly name: string | undefined,
    /** The ARN, when given. */
    public readonly arn: string | undefined,
  ) {}
}

/**
 * A routing profile to give a user: one of the instance's profiles, found by
 * name at deploy time, or one given by ARN.
 *
 * @see https://docs.aws.amazon.com/connect/latest/adminguide/routing-profiles.html
 */
export class RoutingProfile {
  /** The **Basic Routing Profile** every new instance has. */
  public static readonly BASIC = RoutingProfile.fromName('Basic Routing Profile');

  /**
   * A routing profile of the instance found by its exact name at deploy
   * time. The name must be known at synth time (not a token): a profile known
   * only at deploy time is given by ARN.
   *
   * @param name the profile's name, as shown in the Amazon Connect admin website
   */
  public static fromName(name: string): RoutingProfile {
    return new RoutingProfile(checkProfileName('routing profile', name), undefined);
  }

  /**
   * A routing profile given by ARN (for example an `AWS::Connect::RoutingProfile`).
   * No deploy-time lookup is needed for it.
   */
  public static fromRoutingProfileArn(arn: string): RoutingProfile {
    return new RoutingProfile(undefined, arn);
  }

  private constructor(
    /** The name to look up at deploy time, when not given by ARN. */
    public readonly name: string | undefined,
    /** The ARN, when given. */
    public readonly arn: string | undefined,
  ) {}
}

/**
 * A profile name the deploy-time lookup can search for: known at synth time,
 * not empty. Throws at once: a static factory of one value, with no
 * construct to collect for.
 */
function checkProfileName(what: string, name: string): string {
  if (Token.isUnresolved(name)) {
    throw new Error(`${what} name must be known at synth time, got the token ${name}: a profile known only at deploy time can be given by ARN instead`);
  }
  if (name === '') {
    throw new Error(`${what} name must not be empty, got ""`);
  }
  return name;
}
