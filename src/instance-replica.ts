import { ArnFormat, CfnResource, IResource, RemovalPolicy, Resource, Stack, Token } from 'aws-cdk-lib';
import { Construct, IConstruct } from 'constructs';
import { IdentityManagementType } from './identity';
import type { IConnectInstance } from './instance';
import { DeployTimeLogGroup, deployTimeProvider } from './private/deploy-time/provider';
import { INSTANCE_REPLICA_TYPE } from './private/deploy-time/resource-types';
import { GlobalResiliencyGrants } from './private/global-resiliency/grants';
import { GlobalResiliencyLinks, instanceAliasOf } from './private/global-resiliency/links';
import { REGION_NAME, replicaRegionProblem } from './private/global-resiliency/regions';
import { instanceRemovalPolicy, withoutSnapshot } from './private/instance/removal-policy';
import { addValidationOnce, PropValidator } from './private/validation';

/** A replica of an Amazon Connect instance in another Region (Global Resiliency). */
export interface IInstanceReplica extends IResource {
  /**
   * The ARN of the replica: the instance's id, in the replica's Region.
   * @attribute
   */
  readonly replicaArn: string;

  /** The Region of the replica. */
  readonly replicaRegion: string;
}

/**
 * A replica to create: the instance must use SAML identity management, and the Region must be the one Global
 * Resiliency pairs with the instance's (us-east-1 and us-west-2, eu-central-1 and eu-west-2, ap-northeast-1 to
 * ap-northeast-3). Amazon Connect replicates an instance once: another Region or alias needs the replica removed first.
 * @see https://docs.aws.amazon.com/connect/latest/adminguide/setup-connect-global-resiliency.html
 * @see https://docs.aws.amazon.com/connect/latest/APIReference/API_ReplicateInstance.html
 */
export interface InstanceReplicaOptions {
  /** The Region of the replica, such as `us-west-2` for an instance in `us-east-1`. */
  readonly region: string;

  /**
   * The replica's alias, the first part of its access URL: 1 to 45 letters, digits and hyphens, not starting
   * with `d-`, unique in all Regions (so not the instance's).
   */
  readonly alias: string;

  /**
   * What happens to the replica when it leaves the stack; SNAPSHOT is RETAIN.
   * @default - as the instance keeps its data: RETAIN_ON_UPDATE_OR_DELETE (deleted only when its first create rolls back), unless the `ConnectInstance` says otherwise
   */
  readonly removalPolicy?: RemovalPolicy;
}

/** Properties of an `InstanceReplica`. */
export interface InstanceReplicaProps extends InstanceReplicaOptions {
  /** The instance to replicate. */
  readonly instance: IConnectInstance;
}

/** The app's rule of aliases unique in all Regions (`addValidationOnce`). */
const UNIQUE_ALIASES = Symbol('uniqueReplicaAliases');

/**
 * A replica of an instance in another Region, made on deploy by the stack's deploy-time function: CloudFormation
 * has no resource for it. The deploy waits until the replica is ACTIVE.
 * @resource Custom::ConnectInstanceReplica
 * @see https://docs.aws.amazon.com/connect/latest/adminguide/create-replica-connect-instance.html
 */
export class InstanceReplica extends Resource implements IInstanceReplica {
  /** Imports a replica by its ARN (`arn:<partition>:connect:<replica Region>:<account>:instance/<instance id>`). */
  public static fromInstanceReplicaArn(scope: Construct, id: string, replicaArn: string): IInstanceReplica {
    if (typeof replicaArn !== 'string' || (!Token.isUnresolved(replicaArn) && !INSTANCE_ARN.test(replicaArn))) {
      throw new Error(`replicaArn must be an Amazon Connect instance ARN (arn:<partition>:connect:<region>:<account>:instance/<id>), got ${JSON.stringify(replicaArn)}`);
    }
    class Import extends Resource implements IInstanceReplica {
      public readonly replicaArn = replicaArn;
      public readonly replicaRegion = Stack.of(scope).splitArn(replicaArn, ArnFormat.SLASH_RESOURCE_NAME).region!;
    }
    return new Import(scope, id, { environmentFromArn: replicaArn });
  }

  /**
   * The ARN of the replica.
   * @attribute
   */
  public readonly replicaArn: string;

  /** The Region of the replica. */
  public readonly replicaRegion: string;

  /** The alias of the replica. */
  public readonly replicaAlias: string;

  constructor(scope: Construct, id: string, props: InstanceReplicaProps) {
    super(scope, id);
    const v = new PropValidator();
    const instance = props.instance;
    const sourceRegion = instance && !Token.isUnresolved(instance.env.region) ? instance.env.region : undefined;
    if (v.checkRequired('instance', instance)) {
      checkInstance(v, instance);
    }
    if (v.checkRequired('region', props.region)) {
      v.checkString('region', props.region, { minLength: 8, maxLength: 31, pattern: REGION_NAME, patternMessage: 'must be a Region name such as us-west-2' });
      const problem = typeof props.region === 'string' && REGION_NAME.test(props.region) && !Token.isUnresolved(props.region)
        ? replicaRegionProblem(sourceRegion, props.region) : undefined;
      if (problem !== undefined) {
        v.fail('region', props.region, problem);
      }
    }
    if (v.checkRequired('alias', props.alias)) {
      v.checkString('alias', props.alias, {
        minLength: 1,
        maxLength: 45,
        pattern: ALIAS,
        patternMessage: 'must be letters and digits joined by hyphens, not start with "d-" and not end with a hyphen',
      });
      if (instance && props.alias === instanceAliasOf(instance)) {
        v.fail('alias', props.alias, 'must differ from the instance\'s alias: aliases are unique in all Regions');
      }
    }
    v.throwIfAny(this, 'InstanceReplica');

    this.replicaRegion = props.region;
    this.replicaAlias = props.alias;
    const removalPolicy = withoutSnapshot(props.removalPolicy ?? instanceRemovalPolicy(instance) ?? RemovalPolicy.RETAIN_ON_UPDATE_OR_DELETE);
    const provider = deployTimeProvider(Stack.of(this));
    DeployTimeLogGroup.of(provider).keepFor(instanceRemovalPolicy(instance));
    GlobalResiliencyGrants.of(provider).allowReplica(instance.instanceArn, instance.instanceId, instance.env.region, props.region);
    const resource = new CfnResource(this, 'Resource', {
      type: INSTANCE_REPLICA_TYPE,
      properties: {
        ServiceToken: provider.serviceToken,
        InstanceArn: instance.instanceArn,
        ReplicaRegion: props.region,
        ReplicaAlias: props.alias,
        RemovalPolicy: removalPolicy,
      },
    });
    // RETAIN_ON_UPDATE_OR_DELETE: CloudFormation sends Delete only when the first create rolls back.
    resource.applyRemovalPolicy(removalPolicy);
    this.replicaArn = resource.ref;
    GlobalResiliencyLinks.of(instance).addReplica({ construct: this, region: props.region, alias: props.alias });
    const app = this.node.root;
    addValidationOnce(app, UNIQUE_ALIASES, () => checkUniqueAliases(app));
  }
}

/** An instance ARN, as the Connect API reference gives it. */
const INSTANCE_ARN = /^arn:aws[-a-z0-9]*:connect:[a-z]{2}(-[a-z]+){1,2}-[0-9]:[0-9]{12}:instance\/[-a-zA-Z0-9]+$/;
/** ReplicateInstance's `ReplicaAlias` (DirectoryAlias): the pattern of CreateInstance's `InstanceAlias`. */
const ALIAS = /^(?!d-)([\da-zA-Z]+)([-]*[\da-zA-Z])*$/;

/**
 * Records what the admin guide requires of the instance: SAML identity management (when known), and no replica yet.
 * @see https://docs.aws.amazon.com/connect/latest/adminguide/create-replica-connect-instance.html#why-replicateinstance-fails
 */
function checkInstance(v: PropValidator, instance: IConnectInstance): void {
  const type = instance.identityManagementType;
  if (type !== undefined && type !== IdentityManagementType.SAML) {
    v.fail('instance', type, `must use SAML identity management (IdentityManagement.saml): Global Resiliency replicates SAML instances only; the instance at '${instance.node.path}' has another type`);
  }
  const existing = GlobalResiliencyLinks.of(instance).replicas[0];
  if (existing !== undefined) {
    v.failCombination(`instance: the instance at '${instance.node.path}' already has a replica at '${existing.construct.node.path}' (${existing.region}), and Amazon Connect replicates an instance once`);
  }
}

/** The app's rule: the aliases of replicas, and of the instances created here, are unique in all Regions. */
function checkUniqueAliases(app: IConstruct): string[] {
  const all = app.node.findAll();
  const replicas = all.filter((c): c is InstanceReplica => c instanceof InstanceReplica);
  const holders = [...all.map((c) => ({ c, alias: instanceAliasOf(c) })), ...replicas.map((r) => ({ c: r as IConstruct, alias: r.replicaAlias }))];
  const errors: string[] = [];
  replicas.forEach((replica) => {
    const other = holders.find((h) => h.alias === replica.replicaAlias)?.c;
    if (other !== undefined && other !== replica) {
      const v = new PropValidator();
      v.fail('alias', replica.replicaAlias, `must be unique in all Regions, but '${other.node.path}' has it too`);
      errors.push(...v.messages(replica, 'InstanceReplica'));
    }
  });
  return errors;
}
