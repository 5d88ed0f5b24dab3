import { CfnResource, Lazy, RemovalPolicy, Stack, Token } from 'aws-cdk-lib';
import { Construct, IConstruct } from 'constructs';
import { ProfileAttributeKind, profileAttributeName } from './attribute-names';
import { DeployTimeLogGroup, deployTimeProvider } from '../deploy-time/provider';

const LOOKUP_ID = 'Profiles';

/**
 * What the lookup calls.
 * @see https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazonconnect.html
 */
export const LOOKUP_ACTIONS = ['connect:ListSecurityProfiles', 'connect:ListRoutingProfiles'] as const;

/** The resources the lookup may call `LOOKUP_ACTIONS` on, for one instance: the instance and its profiles. */
export function lookupResources(instanceArn: string): string[] {
  return [instanceArn, `${instanceArn}/security-profile/*`, `${instanceArn}/routing-profile/*`];
}

/**
 * The most names one lookup resolves: each costs about 190 bytes of a 4,096-byte response
 * (https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/crpg-ref-responses.html).
 */
export const MAX_PROFILE_NAMES = 16;

/** What the lookup needs of an instance: a construct to sit below, and the instance's ARN. */
export interface LookupInstance extends IConstruct {
  readonly instanceArn: string;
}

/** Resolves an instance's profiles by name at deploy time: CloudFormation does not expose the built-in ones. */
export class ProfileLookup extends Construct {
  /**
   * The lookup of `instance`'s profiles, created on first use.
   * @param removalPolicy the instance's, for the shared log group @default RemovalPolicy.RETAIN_ON_UPDATE_OR_DELETE
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

    // The path (logical id) and deletion policy the core `CustomResource` would give.
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
        const profile = kind === 'SecurityProfileArn' ? 'security profile' : 'routing profile';
        throw new Error(`the instance at '${this.node.scope!.node.path}' already looks up ${MAX_PROFILE_NAMES} profiles by name, `
          + `the most one deploy-time lookup can return: give the ${profile} ${JSON.stringify(name)} by its ARN instead`);
      }
      names.add(name);
    }
    return Token.asString(this.resource.getAtt(profileAttributeName(kind, name)));
  }
}
