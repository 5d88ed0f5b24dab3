import * as path from 'path';
import {
  CfnResource, CustomResourceProvider, CustomResourceProviderRuntime, Duration, RemovalPolicy, Size, Stack,
} from 'aws-cdk-lib';
import { CfnLogGroup } from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { acknowledgeRules } from '../acknowledge';
import { LOOKUP_FUNCTION_FINDINGS, LOOKUP_LOG_GROUP_FINDINGS } from './findings';
import { withoutSnapshot } from '../instance/removal-policy';

/** The provider's id; named after the lookup so that deployed logical ids stay the same. */
const PROVIDER_ID = 'ConnectProfileLookup';

/** The bundled handler (`npx projen bundle`), from lib/private/deploy-time. */
const HANDLER_DIR = path.join(__dirname, '..', '..', '..', 'assets', 'private', 'deploy-time', 'deploy-time.lambda');

/**
 * The stack's one deploy-time function, shared by every custom resource of the
 * library (the handler dispatches on the resource type), on Node.js 22, the
 * newest every supported aws-cdk-lib names. No managed policy: logging needs
 * only its own log group
 * (https://docs.aws.amazon.com/lambda/latest/dg/lambda-intro-execution-role.html).
 *
 * @see https://docs.aws.amazon.com/cdk/api/v2/docs/aws-cdk-lib.CustomResourceProvider.html
 */
export function deployTimeProvider(stack: Stack): CustomResourceProvider {
  const existing = stack.node.tryFindChild(`${PROVIDER_ID}CustomResourceProvider`);
  if (existing instanceof CustomResourceProvider) {
    return existing;
  }
  const provider = CustomResourceProvider.getOrCreateProvider(stack, PROVIDER_ID, {
    codeDirectory: HANDLER_DIR,
    runtime: CustomResourceProviderRuntime.NODEJS_22_X,
    timeout: Duration.minutes(5),
    memorySize: Size.mebibytes(256),
    // A new description would update every deployed function.
    description: 'Resolves the ARNs of Amazon Connect security and routing profiles by name',
  });
  // Absent when the app synthesizes no roles (`iam.Role.customizeRoles`): the role is then precreated.
  (provider.node.tryFindChild('Role') as CfnResource | undefined)?.addPropertyDeletionOverride('ManagedPolicyArns');
  acknowledgeRules(provider.node.findChild('Handler'), LOOKUP_FUNCTION_FINDINGS);
  allowUndoingRoutes(stack, provider);
  return provider;
}

/** The stack's deploy-time function, when something in the stack created it. */
export function existingDeployTimeFunction(stack: Stack): CfnResource | undefined {
  // Looked up by id, so that an app without one does not load CustomResourceProvider.
  const handler = stack.node.tryFindChild(`${PROVIDER_ID}CustomResourceProvider`)?.node.tryFindChild('Handler');
  return CfnResource.isCfnResource(handler) ? handler : undefined;
}

/**
 * Lets the function disassociate any number of the account: a replaced route is
 * deleted in cleanup, after the role lost its statement
 * (https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/using-cfn-updating-stacks-monitor-stack.html).
 */
function allowUndoingRoutes(stack: Stack, provider: CustomResourceProvider): void {
  const arn = (resource: string) => `arn:${stack.partition}:connect:${stack.region}:${stack.account}:${resource}`;
  provider.addToRolePolicy({
    Effect: 'Allow',
    Action: ['connect:DisassociatePhoneNumberContactFlow'],
    Resource: [arn('phone-number/*'), arn('instance/*')],
  });
}

/** How strongly each removal policy keeps the log group. */
const RETENTION_RANK = new Map<RemovalPolicy, number>([
  [RemovalPolicy.DESTROY, 0],
  [RemovalPolicy.RETAIN_ON_UPDATE_OR_DELETE, 1],
  [RemovalPolicy.RETAIN, 2],
]);

/**
 * The function's log group, instead of the one Lambda would keep forever
 * outside the stack.
 *
 * @see https://docs.aws.amazon.com/lambda/latest/dg/monitoring-cloudwatchlogs-loggroups.html
 */
export class DeployTimeLogGroup extends Construct {
  /** The log group of `provider`'s function, created on first use. */
  public static of(provider: CustomResourceProvider): DeployTimeLogGroup {
    const existing = provider.node.tryFindChild('LogGroup');
    return existing instanceof DeployTimeLogGroup ? existing : new DeployTimeLogGroup(provider);
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

  /** Keeps the log group at least as long as `removalPolicy` (SNAPSHOT as RETAIN). @param removalPolicy @default RemovalPolicy.RETAIN_ON_UPDATE_OR_DELETE */
  public keepFor(removalPolicy: RemovalPolicy = RemovalPolicy.RETAIN_ON_UPDATE_OR_DELETE): void {
    const policy = withoutSnapshot(removalPolicy);
    const rank = RETENTION_RANK.get(policy) ?? RETENTION_RANK.get(RemovalPolicy.RETAIN)!;
    if (rank > this.rank) {
      this.rank = rank;
      this.resource.applyRemovalPolicy(policy);
    }
  }
}
