import * as path from 'path';
import {
  CfnResource, CustomResourceProvider, CustomResourceProviderRuntime, Duration, RemovalPolicy, Size, Stack,
} from 'aws-cdk-lib';
import { CfnLogGroup } from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { acknowledgeRules } from '../acknowledge';
import { LOOKUP_FUNCTION_FINDINGS, LOOKUP_LOG_GROUP_FINDINGS } from './findings';
import { withoutSnapshot } from '../instance/removal-policy';

/**
 * The unique id of the stack's provider: `CustomResourceProvider` makes it
 * the stack child `ConnectProfileLookupCustomResourceProvider`. It keeps the
 * name of its first use, the profile lookup, so that the logical ids of
 * deployed stacks do not change now that it serves phone number routing too.
 */
const PROVIDER_ID = 'ConnectProfileLookup';

/** The bundled handler (`npx projen bundle`), from lib/private/deploy-time. */
const HANDLER_DIR = path.join(__dirname, '..', '..', '..', 'assets', 'private', 'deploy-time', 'deploy-time.lambda');

/**
 * The stack's one deploy-time function and its role, with their log group,
 * created on first use and shared by every custom resource of the library
 * (the profile lookup, `Custom::ConnectProfileLookup`, and phone number
 * routing, `Custom::ConnectPhoneNumberContactFlow`; the handler dispatches on
 * the resource type). The caller adds to the role, with
 * `provider.addToRolePolicy`, what its resource needs on the resources it
 * names, and keeps the log group with `DeployTimeLogGroup.of(provider).keepFor`.
 *
 * The function runs the bundled handler behind aws-cdk-lib's response
 * wrapper (`__entrypoint__.handler`), on Node.js 22: the newest runtime every
 * supported aws-cdk-lib names (`CustomResourceProviderRuntime` has
 * NODEJS_22_X since before 2.220.0), and not the Region's latest, which
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
    // Unchanged since the function served the lookup alone: a new description would update every deployed function.
    description: 'Resolves the ARNs of Amazon Connect security and routing profiles by name',
  });
  // Absent when the app synthesizes no roles (`iam.Role.customizeRoles`): the role is then precreated.
  (provider.node.tryFindChild('Role') as CfnResource | undefined)?.addPropertyDeletionOverride('ManagedPolicyArns');
  acknowledgeRules(provider.node.findChild('Handler'), LOOKUP_FUNCTION_FINDINGS);
  allowUndoingRoutes(stack, provider);
  return provider;
}

/**
 * Lets the function disassociate any phone number of the stack's account
 * and Region from its flow, for as long as the function exists. A statement
 * added with the stack's routes (route-phone-number.ts) could not cover the
 * Delete of a route whose number was replaced, or of the last route of an
 * instance that leaves the template:
 * CloudFormation updates the role, without that route's statement, during
 * the update, and deletes the old route only in the cleanup that follows
 * ("it first creates a new resource and then deletes the old resource",
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/using-cfn-updating-stacks-monitor-stack.html).
 * The statement is there even while the stack routes no number, so that
 * the Delete of the stack's last route, while the function stays for the
 * profile lookup, is allowed too. `instance/*` covers the legacy phone
 * number ARNs below an instance, and the instance, should IAM evaluate
 * either; DisassociatePhoneNumberContactFlow can only take a number's flow
 * away, never route a call.
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
 * The deploy-time function's log group, one year of retention, instead of
 * the `/aws/lambda/<function>` group Lambda would create outside the stack
 * and keep forever. The function's `LoggingConfig` names it (the property
 * `CustomResourceProvider` has no option for), and its role may write to it.
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

  /**
   * Keeps the log group at least as an instance with `removalPolicy` keeps
   * its data (SNAPSHOT, which log groups do not support, as RETAIN).
   *
   * @param removalPolicy @default RemovalPolicy.RETAIN_ON_UPDATE_OR_DELETE, the library's default
   */
  public keepFor(removalPolicy: RemovalPolicy = RemovalPolicy.RETAIN_ON_UPDATE_OR_DELETE): void {
    const policy = withoutSnapshot(removalPolicy);
    const rank = RETENTION_RANK.get(policy) ?? RETENTION_RANK.get(RemovalPolicy.RETAIN)!;
    if (rank > this.rank) {
      this.rank = rank;
      this.resource.applyRemovalPolicy(policy);
    }
  }
}
