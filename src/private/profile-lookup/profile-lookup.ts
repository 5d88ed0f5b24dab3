import * as path from 'path';
import {
  CfnResource, CustomResourceProvider, CustomResourceProviderRuntime, Duration, Lazy, RemovalPolicy, Size, Stack, Token,
} from 'aws-cdk-lib';
import { CfnLogGroup } from 'aws-cdk-lib/aws-logs';
import { Construct, IConstruct } from 'constructs';
import { acknowledgeRules } from '../acknowledge';
import { ProfileAttributeKind, profileAttributeName } from './attribute-names';
import { LOOKUP_FUNCTION_FINDINGS, LOOKUP_LOG_GROUP_FINDINGS } from './findings';

/** The id of an instance's lookup, below the instance. */
const LOOKUP_ID = 'Profiles';

/**
 * The unique id of the stack's provider: `CustomResourceProvider` makes it
 * the stack child `ConnectProfileLookupCustomResourceProvider`.
 */
const PROVIDER_ID = 'ConnectProfileLookup';

/** The bundled handler (`npx projen bundle`), from lib/private/profile-lookup. */
const HANDLER_DIR = path.join(__dirname, '..', '..', '..', 'assets', 'private', 'profile-lookup', 'profile-lookup.lambda');

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
 * custom resource per instance backed by aws-cdk-lib's
 * `CustomResourceProvider`: one Lambda function per stack, whose role may
 * list the profiles of the instances it serves and no others.
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
    return existing instanceof ProfileLookup ? existing : new ProfileLookup(instance, removalPolicy ?? RemovalPolicy.RETAIN_ON_UPDATE_OR_DELETE);
  }

  private readonly securityProfileNames = new Set<string>();
  private readonly routingProfileNames = new Set<string>();
  private readonly resource: CfnResource;

  private constructor(instance: LookupInstance, removalPolicy: RemovalPolicy) {
    super(instance, LOOKUP_ID);
    const provider = lookupProvider(Stack.of(instance));
    LookupLogGroup.of(provider).keepFor(removalPolicy);
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
        const byArn = kind === 'SecurityProfileArn' ? 'SecurityProfile.fromSecurityProfileArn' : 'RoutingProfile.fromRoutingProfileArn';
        throw new Error(`the instance at '${this.node.scope!.node.path}' already looks up ${MAX_PROFILE_NAMES} profiles by name, `
          + `the most one deploy-time lookup can return: give ${JSON.stringify(name)} with ${byArn}`);
      }
      names.add(name);
    }
    return Token.asString(this.resource.getAtt(profileAttributeName(kind, name)));
  }
}

/**
 * The stack's lookup function and role, with their log group, created on
 * first use. The function runs the bundled handler behind aws-cdk-lib's
 * response wrapper (`__entrypoint__.handler`), on Node.js 22: the newest
 * runtime every supported aws-cdk-lib names (`CustomResourceProviderRuntime`
 * has NODEJS_22_X since before 2.220.0), and not the Region's latest, which
 * would move the runtime under the users.
 *
 * The role gets no managed policy: `CustomResourceProvider` attaches
 * `AWSLambdaBasicExecutionRole` (logs:CreateLogGroup, CreateLogStream and
 * PutLogEvents on every log group of the account), which the function
 * replaces with CreateLogStream and PutLogEvents on its own log group (what
 * a Lambda function needs to log,
 * https://docs.aws.amazon.com/lambda/latest/dg/lambda-intro-execution-role.html).
 * Attaching a managed policy would also take `iam:AttachRolePolicy` in
 * `DeployerPolicy`, which its 6,144 characters have no room for in every
 * partition.
 *
 * @see https://docs.aws.amazon.com/cdk/api/v2/docs/aws-cdk-lib.CustomResourceProvider.html
 */
function lookupProvider(stack: Stack): CustomResourceProvider {
  const existing = stack.node.tryFindChild(`${PROVIDER_ID}CustomResourceProvider`);
  if (existing instanceof CustomResourceProvider) {
    return existing;
  }
  const provider = CustomResourceProvider.getOrCreateProvider(stack, PROVIDER_ID, {
    codeDirectory: HANDLER_DIR,
    runtime: CustomResourceProviderRuntime.NODEJS_22_X,
    timeout: Duration.minutes(5),
    memorySize: Size.mebibytes(256),
    description: 'Resolves the ARNs of Amazon Connect security and routing profiles by name',
  });
  // Absent when the app synthesizes no roles (`iam.Role.customizeRoles`): the role is then precreated.
  (provider.node.tryFindChild('Role') as CfnResource | undefined)?.addPropertyDeletionOverride('ManagedPolicyArns');
  acknowledgeRules(provider.node.findChild('Handler'), LOOKUP_FUNCTION_FINDINGS);
  return provider;
}

/** How strongly each removal policy keeps the log group. */
const RETENTION_RANK = new Map<RemovalPolicy, number>([
  [RemovalPolicy.DESTROY, 0],
  [RemovalPolicy.RETAIN_ON_UPDATE_OR_DELETE, 1],
  [RemovalPolicy.RETAIN, 2],
]);

/**
 * The lookup function's log group, one year of retention, instead of the
 * `/aws/lambda/<function>` group Lambda would create outside the stack and
 * keep forever. The function's `LoggingConfig` names it (the property
 * `CustomResourceProvider` has no option for), and its role may write to it.
 *
 * @see https://docs.aws.amazon.com/lambda/latest/dg/monitoring-cloudwatchlogs-loggroups.html
 */
class LookupLogGroup extends Construct {
  /** The log group of `provider`'s function, created on first use. */
  public static of(provider: CustomResourceProvider): LookupLogGroup {
    const existing = provider.node.tryFindChild('LogGroup');
    return existing instanceof LookupLogGroup ? existing : new LookupLogGroup(provider);
  }

  private readonly resource: CfnLogGroup;
  private rank = -1;

  private constructor(provider: CustomResourceProvider) {
    super(provider, 'LogGroup');
    this.resource = new CfnLogGroup(this, 'Resource', { retentionInDays: 365 });
    (provider.node.findChild('Handler') as CfnResource).addPropertyOverride('LoggingConfig.LogGroup', this.resource.ref);
    provider.addToRolePolicy({ Effect: 'Allow', Action: ['logs:CreateLogStream', 'logs:PutLogEvents'], Resource: this.resource.attrArn });
    acknowledgeRules(this, LOOKUP_LOG_GROUP_FINDINGS);
  }

  /**
   * Keeps the log group at least as an instance with `removalPolicy` keeps
   * its data (SNAPSHOT, which log groups do not support, as RETAIN).
   */
  public keepFor(removalPolicy: RemovalPolicy): void {
    const policy = removalPolicy === RemovalPolicy.SNAPSHOT ? RemovalPolicy.RETAIN : removalPolicy;
    const rank = RETENTION_RANK.get(policy) ?? RETENTION_RANK.get(RemovalPolicy.RETAIN)!;
    if (rank > this.rank) {
      this.rank = rank;
      this.resource.applyRemovalPolicy(policy);
    }
  }
}
