/**
 * Handler of `Custom::ConnectInstanceReplica`: CloudFormation has no resource for Global Resiliency's replica.
 * Create calls ReplicateInstance in the instance's Region, then polls DescribeInstance in the replica's Region
 * until the replica is ACTIVE; the replica has the instance's id. Delete calls DeleteInstance there, unless the
 * removal policy keeps it. Amazon Connect replicates an instance once, so another Region or alias for the same
 * instance needs the old replica gone first.
 * @see https://docs.aws.amazon.com/connect/latest/APIReference/API_ReplicateInstance.html
 * @see https://docs.aws.amazon.com/connect/latest/adminguide/create-replica-connect-instance.html
 * @see https://docs.aws.amazon.com/connect/latest/APIReference/API_DescribeInstance.html
 * @see https://docs.aws.amazon.com/connect/latest/APIReference/API_DeleteInstance.html
 */
import { createHash } from 'crypto';
// The Lambda Node.js runtime provides the AWS SDK v3; the bundle keeps it external.
import {
  DeleteInstanceCommand, DescribeInstanceCommand, DescribeInstanceResponse, ReplicateInstanceCommand,
} from '@aws-sdk/client-connect';
import type { CloudFormationCustomResourceEvent, CloudFormationCustomResourceUpdateEvent } from 'aws-lambda';
import { TIME_SAFETY_MARGIN_MS } from './connect-calls';
import { callConnect, CallSession, ConnectCallError } from './connect-client.lambda';
import { connectResource, errorName, ReasonError, reasonFor } from './reasons';
import { SYSTEM_TIMING } from '../profile-lookup/lookup-retry';
import { LookupHandler, LookupHandlerOptions, LookupResponse, RETRY_WINDOW_MS } from '../profile-lookup/profile-lookup.lambda';

/** How long to wait between two DescribeInstance calls while the replica is created. */
export const REPLICA_POLL_INTERVAL_MS = 15_000;

/** The API reference's ReplicaRegion and ReplicaAlias (DirectoryAlias) patterns. */
const REGION = /^[a-z]{2}(-[a-z]+){1,2}(-[0-9])?$/;
const ALIAS = /^(?!d-)([\da-zA-Z]+)([-]*[\da-zA-Z])*$/;

/** `arn:<partition>:connect:<region>:<account>:instance/<id>`, its parts captured. */
const INSTANCE_ARN = /^arn:([^:]+):connect:([^:]+):([0-9]+):instance\/([A-Za-z0-9-]+)$/;

/** The removal policies the construct sends (`RemovalPolicy` values, SNAPSHOT sent as RETAIN). */
const REMOVAL_POLICIES = ['destroy', 'retain', 'retain-on-update-or-delete'];

/** IAM propagation, and a just-created instance not ready for replication yet. */
const RETRIED_ON_REPLICATE: ReadonlySet<string> = new Set(['AccessDeniedException', 'ResourceNotReadyException']);
/** IAM propagation; a replica not readable yet is handled by the poll. */
const RETRIED_ON_DESCRIBE: ReadonlySet<string> = new Set(['AccessDeniedException']);

/** An instance, in one Region. */
interface InstanceRef {
  readonly partition: string;
  readonly region: string;
  readonly account: string;
  readonly id: string;
  readonly arn: string;
}

/** The replica a resource asks for. */
interface ReplicaRequest {
  readonly source: InstanceRef;
  readonly region: string;
  readonly alias: string;
  readonly retain: boolean;
}

/** An error whose message, and `stack`, is the reason CloudFormation shows. */
class ReplicaError extends ReasonError {
  constructor(message: string) {
    super('ReplicaError', message);
  }
}

/** Builds the handler: returns the replica's ARN as the physical id, or throws a `ReplicaError`. */
export function replicaHandler(options: LookupHandlerOptions = {}): LookupHandler {
  const timing = options.timing ?? SYSTEM_TIMING;
  const windowMs = options.retryWindowMs ?? RETRY_WINDOW_MS;
  return async (event, context) => {
    const session: CallSession = { context, timing, windowMs, fail: (reason) => new ReplicaError(reason) };
    try {
      if (event.RequestType === 'Delete') {
        return await remove(session, event.PhysicalResourceId, event.ResourceProperties.RemovalPolicy === 'retain');
      }
      const request = parseRequest(event.ResourceProperties);
      return event.RequestType === 'Update' ? await update(session, event, request) : await create(session, event, request);
    } catch (err) {
      console.error('Instance replication failed:', err);
      throw new ReplicaError(reasonFor(err instanceof ConnectCallError ? new ReplicaError(err.reason) : err));
    }
  };
}

/** ReplicateInstance, then waits for the replica; a failed replica is deleted unless the removal policy keeps it. */
async function create(s: CallSession, event: CloudFormationCustomResourceEvent, r: ReplicaRequest): Promise<LookupResponse> {
  const replica = replicaOf(r);
  const subject = `ReplicateInstance of Amazon Connect instance ${r.source.id} to ${r.region} as ${r.alias}`;
  try {
    await callConnect(s, r.source.region, subject, RETRIED_ON_REPLICATE, (client, o) => client.send(new ReplicateInstanceCommand({
      InstanceId: r.source.id,
      ReplicaRegion: r.region,
      ReplicaAlias: r.alias,
      ClientToken: clientToken(event, r),
    }), o));
  } catch (err) {
    if (errorName(err) !== 'InvalidRequestException') {
      throw err;
    }
    if (!await isRequestedReplica(s, replica, r.alias)) {
      throw new ReplicaError(`${(err as ConnectCallError).reason} (ReplicateInstance needs an ACTIVE instance with SAML identity management `
        + 'and an alias, another Region, and an instance not replicated yet: https://docs.aws.amazon.com/connect/latest/adminguide/create-replica-connect-instance.html)');
    }
    console.log('%s: the instance is already replicated to %s as %s; waiting for that replica', subject, r.region, r.alias);
  }
  await waitUntilActive(s, replica, r);
  console.log('Replica %s is ACTIVE (%s)', replica.arn, event.RequestType);
  return { PhysicalResourceId: replica.arn };
}

/**
 * Only the removal policy changed: nothing to do. Another Region or alias of the same instance: the old
 * replica must be gone (Amazon Connect replicates an instance once); a rollback finds the replica it asks for.
 */
async function update(s: CallSession, event: CloudFormationCustomResourceUpdateEvent, r: ReplicaRequest): Promise<LookupResponse> {
  const old = event.OldResourceProperties;
  const current = parseInstanceArn(event.PhysicalResourceId);
  if (old.InstanceArn === r.source.arn && old.ReplicaRegion === r.region && old.ReplicaAlias === r.alias) {
    return { PhysicalResourceId: event.PhysicalResourceId };
  }
  if (current !== undefined && current.id === r.source.id) {
    const found = await describe(s, current);
    if (found !== undefined && current.region === r.region && found.Instance?.InstanceAlias === r.alias) {
      return { PhysicalResourceId: event.PhysicalResourceId };
    }
    if (found !== undefined) {
      throw new ReplicaError(`Amazon Connect instance ${r.source.id} is already replicated to ${current.region} as `
        + `${found.Instance?.InstanceAlias}, and Amazon Connect replicates an instance once: to replicate it to ${r.region} as ${r.alias}, `
        + 'remove the replica in one deployment (DESTROY deletes it; otherwise delete it yourself), then add the new one');
    }
  }
  return create(s, event, r);
}

/** DeleteInstance in the replica's Region; a missing replica is success. */
async function remove(s: CallSession, physicalId: string, retain: boolean): Promise<LookupResponse> {
  const replica = parseInstanceArn(physicalId);
  if (replica === undefined) {
    console.log('%s is not a replica ARN: nothing was created', physicalId);
    return {};
  }
  if (retain) {
    console.log('Replica %s kept (removal policy RETAIN)', replica.arn);
    return {};
  }
  try {
    await callConnect(s, replica.region, `DeleteInstance of replica ${replica.arn}`, RETRIED_ON_DESCRIBE,
      (client, o) => client.send(new DeleteInstanceCommand({ InstanceId: replica.id }), o));
  } catch (err) {
    if (errorName(err) !== 'ResourceNotFoundException') {
      throw err;
    }
    console.log('Replica %s no longer exists; nothing to delete', replica.arn);
  }
  return {};
}

/** Polls until ACTIVE; CREATION_FAILED, a failed replication, or the end of the function's time fail. */
async function waitUntilActive(s: CallSession, replica: InstanceRef, r: ReplicaRequest): Promise<void> {
  const started = s.timing.now();
  for (;;) {
    const found = await describe(s, replica);
    const status = found?.Instance?.InstanceStatus;
    const replication = found?.ReplicationConfiguration?.ReplicationStatusSummaryList?.find((x) => x.Region === r.region);
    if (status === 'ACTIVE' && replication?.ReplicationStatus !== 'INSTANCE_REPLICATION_IN_PROGRESS') {
      return;
    }
    if (status === 'CREATION_FAILED' || replication?.ReplicationStatus === 'INSTANCE_REPLICATION_FAILED') {
      const why = replication?.ReplicationStatusReason ?? found?.Instance?.StatusReason?.Message ?? 'no reason given';
      throw new ReplicaError(`Replica ${replica.arn} failed (${status}, ${replication?.ReplicationStatus ?? 'no replication status'}: ${why})`
        + await cleanUp(s, replica, r.retain));
    }
    if (s.context.getRemainingTimeInMillis() - TIME_SAFETY_MARGIN_MS < 2 * REPLICA_POLL_INTERVAL_MS) {
      const seconds = Math.round((s.timing.now() - started) / 1000);
      throw new ReplicaError(`Replica ${replica.arn} is still ${status ?? 'not visible'} after ${seconds} s, and the function is about to time out; `
        + 'Amazon Connect goes on creating it: deploy again to wait for it (the same request is idempotent), or delete it in its Region');
    }
    await s.timing.sleep(REPLICA_POLL_INTERVAL_MS);
  }
}

/** Deletes a failed replica, as a rolled-back create would; says what happened, for the reason. */
async function cleanUp(s: CallSession, replica: InstanceRef, retain: boolean): Promise<string> {
  if (retain) {
    return '; kept, as the removal policy RETAIN says';
  }
  try {
    await remove(s, replica.arn, false);
    return '; the failed replica was deleted';
  } catch (err) {
    return `; deleting it failed too: ${reasonFor(err instanceof ConnectCallError ? new ReplicaError(err.reason) : err)}`;
  }
}

/** DescribeInstance in the instance's Region; undefined while it does not exist (or is not visible yet). */
async function describe(s: CallSession, instance: InstanceRef): Promise<DescribeInstanceResponse | undefined> {
  try {
    return await callConnect(s, instance.region, `DescribeInstance of ${instance.arn}`, RETRIED_ON_DESCRIBE,
      (client, o) => client.send(new DescribeInstanceCommand({ InstanceId: instance.id }), o));
  } catch (err) {
    if (errorName(err) === 'ResourceNotFoundException') {
      return undefined;
    }
    throw err;
  }
}

/** Whether the instance's replica in the requested Region exists with the requested alias: a retry finds the replica it made. */
async function isRequestedReplica(s: CallSession, replica: InstanceRef, alias: string): Promise<boolean> {
  return (await describe(s, replica))?.Instance?.InstanceAlias === alias;
}

/**
 * The same for every attempt of this resource's request, across deployments: a deployment retried after
 * running out of time finds the replica it started.
 */
function clientToken(event: CloudFormationCustomResourceEvent, r: ReplicaRequest): string {
  return createHash('sha256').update([event.StackId, event.LogicalResourceId, r.source.arn, r.region, r.alias].join('\n')).digest('hex');
}

/** The replica: the instance's id, in the replica's Region. */
function replicaOf(r: ReplicaRequest): InstanceRef {
  const { partition, account, id } = r.source;
  return { partition, account, id, region: r.region, arn: `arn:${partition}:connect:${r.region}:${account}:instance/${id}` };
}

function parseInstanceArn(arn: unknown): InstanceRef | undefined {
  const match = typeof arn === 'string' && connectResource(arn) !== undefined ? INSTANCE_ARN.exec(arn) : null;
  return match ? { partition: match[1], region: match[2], account: match[3], id: match[4], arn: match[0] } : undefined;
}

/** Validates the resource properties; throws a ReplicaError naming every bad one. */
function parseRequest(props: Record<string, unknown>): ReplicaRequest {
  const problems: string[] = [];
  const source = parseInstanceArn(props.InstanceArn);
  if (source === undefined) {
    problems.push(`InstanceArn must be an Amazon Connect instance ARN, got ${JSON.stringify(props.InstanceArn)}`);
  }
  const region = props.ReplicaRegion;
  if (typeof region !== 'string' || !REGION.test(region)) {
    problems.push(`ReplicaRegion must be a Region name such as us-west-2, got ${JSON.stringify(region)}`);
  } else if (region === source?.region) {
    problems.push(`ReplicaRegion must differ from the instance's Region, got ${JSON.stringify(region)}`);
  }
  const alias = props.ReplicaAlias;
  if (typeof alias !== 'string' || alias.length > 45 || !ALIAS.test(alias)) {
    problems.push(`ReplicaAlias must be 1 to 45 letters and digits joined by hyphens, not starting with "d-", got ${JSON.stringify(alias)}`);
  }
  if (!REMOVAL_POLICIES.includes(props.RemovalPolicy as string)) {
    problems.push(`RemovalPolicy must be one of ${REMOVAL_POLICIES.join(', ')}, got ${JSON.stringify(props.RemovalPolicy)}`);
  }
  if (problems.length > 0) {
    throw new ReplicaError(problems.join('; '));
  }
  return { source: source!, region: region as string, alias: alias as string, retain: props.RemovalPolicy === 'retain' };
}
