import type { CloudFormationCustomResourceEvent } from 'aws-lambda';
import { REPLICA_POLL_INTERVAL_MS } from '../../../src/private/deploy-time/replicate-instance.lambda';
import { INSTANCE_REPLICA_TYPE } from '../../../src/private/deploy-time/resource-types';
import { customResourceEvents } from '../../helpers/cfn-events';
import { againstDeployTimeHandler, DeployTimeHandler } from '../../helpers/deploy-time';
import { lambdaContext } from '../../helpers/lambda-env';

/**
 * Instance replicas (`Custom::ConnectInstanceReplica`) through the deploy-time function's dispatcher, with the
 * real `@aws-sdk/client-connect` against the local Connect fake, which tells the Regions apart by the
 * signature's credential scope: what each CloudFormation request calls, in which Region, and what it answers.
 */

const INSTANCE_ID = '11111111-2222-3333-4444-555555555555';
const OTHER_INSTANCE_ID = '99999999-8888-7777-6666-555555555555';
const SOURCE_ARN = `arn:aws:connect:us-east-1:123456789012:instance/${INSTANCE_ID}`;
const REPLICA_ARN = `arn:aws:connect:us-west-2:123456789012:instance/${INSTANCE_ID}`;
/** The function's timeout when the stack has a replica. */
const FUNCTION_TIMEOUT_MS = 900_000;

const deployTime = againstDeployTimeHandler((fake) => fake.putConnectInstance({ id: INSTANCE_ID, alias: 'acme-east' }));
const { connect, calls } = deployTime;

interface Props {
  readonly InstanceArn?: unknown;
  readonly ReplicaRegion?: unknown;
  readonly ReplicaAlias?: unknown;
  readonly RemovalPolicy?: unknown;
}

const PROPS: Props = { InstanceArn: SOURCE_ARN, ReplicaRegion: 'us-west-2', ReplicaAlias: 'acme-west', RemovalPolicy: 'retain-on-update-or-delete' };
const EVENTS = customResourceEvents<Props>({ resourceType: INSTANCE_REPLICA_TYPE, logicalResourceId: 'ContactCenterReplicaABCD1234' });

/** `deployTime.run`, by default with the function's timeout less the virtual time passed left. */
function run(event: CloudFormationCustomResourceEvent, remainingMs = () => FUNCTION_TIMEOUT_MS - deployTime.clock.elapsed): Promise<any> {
  return deployTime.run(event, remainingMs);
}

const REPLICATE = `us-east-1 POST /instance/${INSTANCE_ID}/replicate`;
const DESCRIBE_REPLICA = `us-west-2 GET /instance/${INSTANCE_ID}`;
const DELETE_REPLICA = `us-west-2 DELETE /instance/${INSTANCE_ID}`;

describe('Create', () => {
  test('replicates in the instance\'s Region, then polls the replica\'s Region until it is ACTIVE', async () => {
    expect(await run(EVENTS.create(PROPS))).toEqual({ PhysicalResourceId: REPLICA_ARN });
    expect(calls()).toEqual([REPLICATE, DESCRIBE_REPLICA, DESCRIBE_REPLICA, DESCRIBE_REPLICA]);
    expect(connect.requests[0].body).toEqual({ ReplicaRegion: 'us-west-2', ReplicaAlias: 'acme-west', ClientToken: expect.stringMatching(/^[0-9a-f]{64}$/) });
    expect(deployTime.clock.sleeps).toEqual([REPLICA_POLL_INTERVAL_MS, REPLICA_POLL_INTERVAL_MS]);
    expect(connect.connectInstance('us-west-2', INSTANCE_ID)).toMatchObject({ status: 'ACTIVE', alias: 'acme-west', sourceRegion: 'us-east-1' });
  });

  test('a deployment retried after running out of time sends the same ClientToken and waits for the replica it started', async () => {
    connect.replicaDescribesInProgress = 1000;
    const first = await run(EVENTS.create(PROPS));
    expect(first.Reason).toMatch(new RegExp(`^Replica ${REPLICA_ARN} is still CREATION_IN_PROGRESS after \\d+ s, and the function is about to time out; `
      + 'Amazon Connect goes on creating it: deploy again to wait for it \\(the same request is idempotent\\), or delete it in its Region$'));
    expect(deployTime.clock.elapsed).toBeLessThan(FUNCTION_TIMEOUT_MS);
    connect.connectInstance('us-west-2', INSTANCE_ID)!.describesInProgress = 0;
    connect.requests.length = 0;
    connect.signedRegions.length = 0;
    const retried = deployTime.clock.elapsed;
    expect(await run(EVENTS.create(PROPS), () => FUNCTION_TIMEOUT_MS - (deployTime.clock.elapsed - retried)))
      .toEqual({ PhysicalResourceId: REPLICA_ARN });
    expect(calls()).toEqual([REPLICATE, DESCRIBE_REPLICA]);
  });

  test('a replica that fails is deleted, as a rolled-back create would be, and the reason says why it failed', async () => {
    connect.replicaFailure = 'Service-linked role could not be created';
    const result = await run(EVENTS.create(PROPS));
    expect(result.Reason).toBe(`Replica ${REPLICA_ARN} failed (CREATION_FAILED, INSTANCE_REPLICATION_FAILED: Service-linked role could not be created); `
      + 'the failed replica was deleted');
    expect(calls()).toEqual([REPLICATE, DESCRIBE_REPLICA, DESCRIBE_REPLICA, DESCRIBE_REPLICA, DELETE_REPLICA]);
    expect(connect.connectInstance('us-west-2', INSTANCE_ID)).toBeUndefined();
  });

  test('with removal policy RETAIN, a failed replica is kept', async () => {
    connect.replicaFailure = 'quota';
    const result = await run(EVENTS.create({ ...PROPS, RemovalPolicy: 'retain' }));
    expect(result.Reason).toBe(`Replica ${REPLICA_ARN} failed (CREATION_FAILED, INSTANCE_REPLICATION_FAILED: quota); kept, as the removal policy RETAIN says`);
    expect(calls()).not.toContain(DELETE_REPLICA);
    expect(connect.connectInstance('us-west-2', INSTANCE_ID)?.status).toBe('CREATION_FAILED');
  });

  test('an instance without SAML fails with Amazon Connect\'s reason and what ReplicateInstance needs, without retrying', async () => {
    connect.putConnectInstance({ id: INSTANCE_ID, alias: 'acme-east', identityManagementType: 'CONNECT_MANAGED' });
    expect(await run(EVENTS.create(PROPS))).toEqual({
      Reason: `ReplicateInstance of Amazon Connect instance ${INSTANCE_ID} to us-west-2 as acme-west failed: InvalidRequestException: `
        + 'The instance does not have SAML enabled (ReplicateInstance needs an ACTIVE instance with SAML identity management and an alias, '
        + 'another Region, and an instance not replicated yet: https://docs.aws.amazon.com/connect/latest/adminguide/create-replica-connect-instance.html)',
    });
    expect(calls()).toEqual([REPLICATE, DESCRIBE_REPLICA]);
    expect(deployTime.clock.sleeps).toEqual([]);
  });

  test('an instance already replicated with the requested alias (another token) is that replica; with another alias it fails', async () => {
    connect.putConnectInstance({ id: INSTANCE_ID, region: 'us-west-2', alias: 'acme-west' });
    Object.assign(connect.connectInstance('us-west-2', INSTANCE_ID)!, { sourceRegion: 'us-east-1' });
    expect(await run(EVENTS.create(PROPS))).toEqual({ PhysicalResourceId: REPLICA_ARN });
    expect(calls()).toEqual([REPLICATE, DESCRIBE_REPLICA, DESCRIBE_REPLICA]);

    const other = await run(EVENTS.create({ ...PROPS, ReplicaAlias: 'acme-other' }));
    expect(other.Reason).toContain(`InvalidRequestException: Instance ${INSTANCE_ID} is already replicated to us-west-2 (ReplicateInstance needs`);
  });

  test('a taken alias fails with the conflict', async () => {
    connect.putConnectInstance({ id: OTHER_INSTANCE_ID, alias: 'acme-west' });
    expect((await run(EVENTS.create(PROPS))).Reason)
      .toBe(`ReplicateInstance of Amazon Connect instance ${INSTANCE_ID} to us-west-2 as acme-west failed: ResourceConflictException: Alias acme-west is taken`);
  });

  test('retries AccessDeniedException (the role statement still propagating) and throttling', async () => {
    connect.failNext(2, { status: 403, type: 'AccessDeniedException', message: 'not authorized' });
    connect.throttleNext(1, 'ThrottlingException');
    expect(await run(EVENTS.create(PROPS))).toEqual({ PhysicalResourceId: REPLICA_ARN });
    expect(calls().slice(0, 4)).toEqual([REPLICATE, REPLICATE, REPLICATE, REPLICATE]);
  });

  test('bad properties fail at once with every problem named, without calling Amazon Connect', async () => {
    const result = await run(EVENTS.create({ InstanceArn: 'i-123', ReplicaRegion: 'Oregon', ReplicaAlias: 'd-west', RemovalPolicy: 'snapshot' }));
    expect(result).toEqual({
      Reason: 'InstanceArn must be an Amazon Connect instance ARN, got "i-123"; '
        + 'ReplicaRegion must be a Region name such as us-west-2, got "Oregon"; '
        + 'ReplicaAlias must be 1 to 45 letters and digits joined by hyphens, not starting with "d-", got "d-west"; '
        + 'RemovalPolicy must be one of destroy, retain, retain-on-update-or-delete, got "snapshot"',
    });
    expect(await run(EVENTS.create({ ...PROPS, ReplicaRegion: 'us-east-1' })))
      .toEqual({ Reason: 'ReplicaRegion must differ from the instance\'s Region, got "us-east-1"' });
    expect(connect.requests).toHaveLength(0);
  });
});

describe('Update', () => {
  beforeEach(async () => {
    await run(EVENTS.create(PROPS));
    connect.requests.length = 0;
    connect.signedRegions.length = 0;
  });

  test('a new removal policy only: nothing to call, the same physical id', async () => {
    expect(await run(EVENTS.update({ ...PROPS, RemovalPolicy: 'destroy' }, PROPS, REPLICA_ARN))).toEqual({ PhysicalResourceId: REPLICA_ARN });
    expect(calls()).toEqual([]);
  });

  test('another alias while the replica exists fails: Amazon Connect replicates an instance once', async () => {
    const result = await run(EVENTS.update({ ...PROPS, ReplicaAlias: 'acme-west-2' }, PROPS, REPLICA_ARN));
    expect(result.Reason).toBe(`Amazon Connect instance ${INSTANCE_ID} is already replicated to us-west-2 as acme-west, and Amazon Connect replicates `
      + 'an instance once: to replicate it to us-west-2 as acme-west-2, remove the replica in one deployment (DESTROY deletes it; otherwise delete it yourself), '
      + 'then add the new one');
    expect(calls()).toEqual([DESCRIBE_REPLICA]);
  });

  test('the rollback of a failed update finds the replica it asks for', async () => {
    const failed = { ...PROPS, ReplicaAlias: 'acme-west-2' };
    expect(await run(EVENTS.update(PROPS, failed, REPLICA_ARN))).toEqual({ PhysicalResourceId: REPLICA_ARN });
    expect(calls()).toEqual([DESCRIBE_REPLICA]);
  });

  test('once the old replica is gone, another Region is a new replica (a new physical id)', async () => {
    connect.connectInstances.delete(`us-west-2/${INSTANCE_ID}`);
    const moved = { ...PROPS, ReplicaRegion: 'us-west-1' };
    expect(await run(EVENTS.update(moved, PROPS, REPLICA_ARN)))
      .toEqual({ PhysicalResourceId: `arn:aws:connect:us-west-1:123456789012:instance/${INSTANCE_ID}` });
    expect(calls().slice(0, 3)).toEqual([DESCRIBE_REPLICA, REPLICATE, `us-west-1 GET /instance/${INSTANCE_ID}`]);
  });

  test('a replaced instance gets its own replica, without looking at the old one', async () => {
    connect.putConnectInstance({ id: OTHER_INSTANCE_ID, alias: 'acme-east-2' });
    const props = { ...PROPS, InstanceArn: `arn:aws:connect:us-east-1:123456789012:instance/${OTHER_INSTANCE_ID}`, ReplicaAlias: 'acme-west-2' };
    expect(await run(EVENTS.update(props, PROPS, REPLICA_ARN)))
      .toEqual({ PhysicalResourceId: `arn:aws:connect:us-west-2:123456789012:instance/${OTHER_INSTANCE_ID}` });
    expect(calls()[0]).toBe(`us-east-1 POST /instance/${OTHER_INSTANCE_ID}/replicate`);
  });
});

describe('Delete', () => {
  beforeEach(() => {
    connect.putConnectInstance({ id: INSTANCE_ID, region: 'us-west-2', alias: 'acme-west' });
  });

  test('deletes the replica in its Region, and only there', async () => {
    expect(await run(EVENTS.delete({ ...PROPS, RemovalPolicy: 'destroy' }, REPLICA_ARN))).toEqual({});
    expect(calls()).toEqual([DELETE_REPLICA]);
    expect(connect.connectInstance('us-west-2', INSTANCE_ID)).toBeUndefined();
    expect(connect.connectInstance('us-east-1', INSTANCE_ID)).toBeDefined();
  });

  test('the delete of a rolled-back create (RETAIN_ON_UPDATE_OR_DELETE, which CloudFormation sends only then) deletes it', async () => {
    expect(await run(EVENTS.delete(PROPS, REPLICA_ARN))).toEqual({});
    expect(calls()).toEqual([DELETE_REPLICA]);
  });

  test('removal policy RETAIN keeps the replica, without a call', async () => {
    expect(await run(EVENTS.delete({ ...PROPS, RemovalPolicy: 'retain' }, REPLICA_ARN))).toEqual({});
    expect(calls()).toEqual([]);
    expect(connect.connectInstance('us-west-2', INSTANCE_ID)).toBeDefined();
  });

  test('a replica already deleted is success; a physical id that is no replica calls nothing', async () => {
    connect.connectInstances.delete(`us-west-2/${INSTANCE_ID}`);
    expect(await run(EVENTS.delete(PROPS, REPLICA_ARN))).toEqual({});
    expect(await run(EVENTS.delete(PROPS, 'AWSCDK::CustomResourceProviderFramework::CREATE_FAILED'))).toEqual({});
    expect(calls()).toEqual([DELETE_REPLICA]);
    expect(deployTime.clock.sleeps).toEqual([]);
  });

  test('another error fails with the reason', async () => {
    connect.failNext(1, { status: 400, type: 'InvalidRequestException', message: 'the replica has phone numbers' });
    expect(await run(EVENTS.delete(PROPS, REPLICA_ARN)))
      .toEqual({ Reason: `DeleteInstance of replica ${REPLICA_ARN} failed: InvalidRequestException: the replica has phone numbers` });
  });
});

describe('the dispatcher', () => {
  test('the bundled asset replicates through the runtime SDK', async () => {
    connect.replicaDescribesInProgress = 0;
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const bundled = require('../../../assets/private/deploy-time/deploy-time.lambda/index.js') as { handler: DeployTimeHandler };
    expect(await bundled.handler(EVENTS.create(PROPS), lambdaContext())).toEqual({ PhysicalResourceId: REPLICA_ARN });
    expect(calls()).toEqual([REPLICATE, DESCRIBE_REPLICA]);
  });
});
