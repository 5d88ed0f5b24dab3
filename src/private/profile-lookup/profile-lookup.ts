import { CfnResource, Lazy, RemovalPolicy, Stack, Token } from 'aws-cdk-lib';
import { Construct, IConstruct } from 'constructs';
import { ProfileAttributeKind, profileAttributeName } from './attribute-names';
import { DeployTimeLogGroup, deployTimeProvider } from '../deploy-time/provider';

/** The id of an instance's lookup, below the instance. */
const LOOKUP_ID = 'Profiles';

/**
 * What the lookup calls, on the instances it serves only.
 *
 * @see https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazonconnect.html
 */
export const LOOKUP_ACTIONS = ['connect:ListSecurityProfiles', 'connect:ListRoutingProfiles'] as const;

/** The resources the lookup may call `LOOKUP_ACTIONS` on, for one instance: the instance and its profiles. */
export function lookupResources(instanceArn: string): string[] {
  return [instanceArn, `${instanceArn}/security-profile/*`, `${instanceArn}/routing-profile/*`];
}

/**
 * The most profile names one instance's lookup resolves. CloudFormation
 * takes custom resource response bodies of 4,096 bytes at most
 * (https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/crpg-ref-responses.html),
 * and each name costs about 190 bytes of `Data` in the longest partition and
 * Region (a 31-character attribute name and a 150-character profile ARN),
 * beside about 700 bytes of stack id, logical id and the rest: 16 names fit
 * with room to spare (test/private/profile-lookup/entrypoint.test.ts sends them).
 */
export const MAX_PROFILE_NAMES = 16;

/** What the lookup needs of an instance: a construct to sit below, and the instance's ARN. */
export interface LookupInstance extends IConstruct {
  readonly instanceArn: string;
}

/**
 * Resolves an instance's security and routing profiles by name at deploy
 * time (CloudFormation does not expose the built-in ones), through one
 * custom resource per instance served by the stack's deploy-time function
 * (deploy-time/provider.ts), whose role may list the profiles of the
 * instances it serves and no others.
 */
export class ProfileLookup extends Construct {
  /**
   * The lookup of `instance`'s profiles (`<instance>/Profiles`), created on
   * first use with, on the stack's first, the stack's lookup function.
   *
   * @param removalPolicy the instance's removal policy: the function's log
   *   group, shared by the stack's instances, keeps the most retaining one
   *   @default RemovalPolicy.RETAIN_ON_UPDATE_OR_DELETE
   */
  public static of(instance: LookupInstance, removalPolicy?: RemovalPolicy): ProfileLookup {
    const existing = instance.node.tryFindChild(LOOKUP_ID);
    return existing instanceof ProfileLookup ? existing : new ProfileLookup(instance, removalPolicy);
  }

  private readonly securityProfileNames = new Set<string>();
  private readonly routingProfileNames = new Set<string>();
  private readonly resource: CfnResource;

  private constructor(instance: LookupInstance, removalPolicy: RemovalPolicy | undefined) {
    super(instance, LOOKUP_ID);
    const provider = deployTimeProvider(Stack.of(instance));
    DeployTimeLogGroup.of(provider).keepFor(removalPolicy);
    // Raw JSON, as CustomResourceProvider takes it: one statement per instance in the role's inline policy.
    provider.addToRolePolicy({ Effect: 'Allow', Action: [...LOOKUP_ACTIONS], Resource: lookupResources(instance.instanceArn) });

    // The L1 at the path (and so the logical id) and with the deletion policy
    // that the core `CustomResource` would give it, without its work.
    this.resource = new CfnResource(new Construct(this, 'Resource'), 'Default', {
      type: 'Custom::ConnectProfileLookup',
      properties: {
        ServiceToken: provider.serviceToken,
        InstanceArn: instance.instanceArn,
        SecurityProfileNames: Lazy.list({ produce: () => [...this.securityProfileNames].sort() }),
        RoutingProfileNames: Lazy.list({ produce: () => [...this.routingProfileNames].sort() }),
      },
    });
    // Deleting the stack deletes the lookup (a no-op in the handler).
    this.resource.applyRemovalPolicy(RemovalPolicy.DESTROY);
  }

  /** The ARN of the instance's security profile with this exact name. */
  public securityProfileArn(name: string): string {
    return this.arnOf(this.securityProfileNames, 'SecurityProfileArn', name);
  }

  /** The ARN of the instance's routing profile with this exact name. */
  public routingProfileArn(name: string): string {
    return this.arnOf(this.routingProfileNames, 'RoutingProfileArn', name);
  }

  private arnOf(names: Set<string>, kind: ProfileAttributeKind, name: string): string {
    if (!names.has(name)) {
      if (this.securityProfileNames.size + this.routingProfileNames.size >= MAX_PROFILE_NAMES) {
        const byArn = kind === 'SecurityProfileArn' ? 'SecurityProfile.fromSecurityProfileArn(scope, id, arn)' : 'RoutingProfile.fromRoutingProfileArn(scope, id, arn)';
        throw new Error(`the instance at '${this.node.scope!.node.path}' already looks up ${MAX_PROFILE_NAMES} profiles by name, `
          + `the most one deploy-time lookup can return: give ${JSON.stringify(name)} with ${byArn}`);
      }
      names.add(name);
    }
    return Token.asString(this.resource.getAtt(profileAttributeName(kind, name)));
  }
}
