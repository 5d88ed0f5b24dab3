import { CfnResource, CustomResourceProvider, Stack } from 'aws-cdk-lib';
import { Construct } from 'constructs';
import { CONNECT_SLR } from '../deployer-policy/render';

/**
 * The Lambda maximum: a replica takes minutes to become ACTIVE, longer than the function's usual 5 minutes
 * (https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html).
 */
const REPLICA_TIMEOUT_SECONDS = 900;

/**
 * What the deploy-time function may do for Global Resiliency: ReplicateInstance on the instance, with what it
 * depends on (the instance creation's Directory Service and service-linked role calls, in both Regions), and
 * DescribeInstance and DeleteInstance on the replica, which has the instance's id in its Region; the split of
 * calls of the account's groups in the stack's Region (naming a group would close a dependency cycle through the
 * replica it waits for).
 * @see https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazonconnect.html
 * @see https://docs.aws.amazon.com/connect/latest/adminguide/security-iam-amazon-connect-permissions.html
 * @see https://docs.aws.amazon.com/connect/latest/adminguide/create-replica-connect-instance.html
 */
export class GlobalResiliencyGrants extends Construct {
  /** The grants of `provider`'s function, created on first use. */
  public static of(provider: CustomResourceProvider): GlobalResiliencyGrants {
    const existing = provider.node.tryFindChild('GlobalResiliencyGrants');
    return existing instanceof GlobalResiliencyGrants ? existing : new GlobalResiliencyGrants(provider);
  }

  private readonly replicas = new Set<string>();
  private distributions = false;

  private constructor(private readonly provider: CustomResourceProvider) {
    super(provider, 'GlobalResiliencyGrants');
  }

  /** Lets the function replicate the instance `instanceArn` to `replicaRegion`, wait for the replica and delete it. */
  public allowReplica(instanceArn: string, instanceId: string, sourceRegion: string, replicaRegion: string): void {
    const key = `${instanceArn} ${replicaRegion}`;
    if (this.replicas.has(key)) {
      return;
    }
    if (this.replicas.size === 0) {
      (this.provider.node.findChild('Handler') as CfnResource).addPropertyOverride('Timeout', REPLICA_TIMEOUT_SECONDS);
      this.allowInstanceCreation();
    }
    this.replicas.add(key);
    const { partition, account } = Stack.of(this);
    this.provider.addToRolePolicy({ Effect: 'Allow', Action: ['connect:ReplicateInstance'], Resource: instanceArn });
    this.provider.addToRolePolicy({
      Effect: 'Allow',
      Action: ['connect:DescribeInstance', 'connect:DeleteInstance'],
      Resource: `arn:${partition}:connect:${replicaRegion}:${account}:instance/${instanceId}`,
    });
    this.provider.addToRolePolicy({
      Effect: 'Allow',
      Action: ['ds:AuthorizeApplication', 'ds:CreateAlias', 'ds:DeleteDirectory', 'ds:UnauthorizeApplication'],
      Resource: [sourceRegion, replicaRegion].map((region) => `arn:${partition}:ds:${region}:${account}:directory/*`),
    });
  }

  /** Lets the function set the split of calls of the account's traffic distribution groups in the stack's Region. */
  public allowDistributions(): void {
    if (this.distributions) {
      return;
    }
    this.distributions = true;
    const { partition, region, account } = Stack.of(this);
    this.provider.addToRolePolicy({
      Effect: 'Allow',
      Action: ['connect:UpdateTrafficDistribution'],
      Resource: `arn:${partition}:connect:${region}:${account}:traffic-distribution-group/*`,
    });
  }

  /** ReplicateInstance's dependent actions that name no directory (no resource-level permissions), and Connect's service-linked role. */
  private allowInstanceCreation(): void {
    const { partition, account } = Stack.of(this);
    const slr = `arn:${partition}:iam::${account}:${CONNECT_SLR}`;
    this.provider.addToRolePolicy({
      Effect: 'Allow',
      Action: ['ds:CheckAlias', 'ds:CreateDirectory', 'ds:CreateIdentityPoolDirectory', 'ds:DescribeDirectories'],
      Resource: '*',
    });
    this.provider.addToRolePolicy({
      Effect: 'Allow',
      Action: ['iam:CreateServiceLinkedRole'],
      Resource: slr,
      Condition: { StringEquals: { 'iam:AWSServiceName': 'connect.amazonaws.com' } },
    });
    this.provider.addToRolePolicy({ Effect: 'Allow', Action: ['iam:AttachRolePolicy', 'iam:PutRolePolicy'], Resource: slr });
  }
}
