import { TRAFFIC_DISTRIBUTION_TYPE } from '../../../src/private/deploy-time/resource-types';
import { customResourceEvents } from '../../helpers/cfn-events';
import { againstDeployTimeHandler, DeployTimeHandler } from '../../helpers/deploy-time';
import { lambdaContext } from '../../helpers/lambda-env';

/**
 * A traffic distribution group's split of calls (`Custom::ConnectTrafficDistribution`) through the deploy-time
 * function's dispatcher, with the real `@aws-sdk/client-connect` against the local Connect fake.
 */

const GROUP_ID = 'bbbbbbbb-0000-0000-0000-000000000001';
const GROUP_ARN = `arn:aws:connect:us-east-1:123456789012:traffic-distribution-group/${GROUP_ID}`;

const deployTime = againstDeployTimeHandler((fake) => fake.putTrafficDistributionGroup(GROUP_ID));
const { connect, run, calls } = deployTime;

interface Props {
  readonly TrafficDistributionGroupArn?: unknown;
  readonly TelephonyDistribution?: unknown;
}

/** As CloudFormation passes them: every number a string. */
const PROPS: Props = {
  TrafficDistributionGroupArn: GROUP_ARN,
  TelephonyDistribution: [{ Region: 'us-east-1', Percentage: '70' }, { Region: 'us-west-2', Percentage: '30' }],
};
const EVENTS = customResourceEvents<Props>({ resourceType: TRAFFIC_DISTRIBUTION_TYPE, logicalResourceId: 'CallsDistribution1234ABCD' });
const PHYSICAL_ID = `${GROUP_ARN}/telephony`;

const UPDATE = `us-east-1 PUT /traffic-distribution/${GROUP_ARN}`;

describe('Create and Update', () => {
  test('sets the telephony split in the group\'s Region, by the group\'s ARN, percentages as numbers', async () => {
    expect(await run(EVENTS.create(PROPS))).toEqual({ PhysicalResourceId: PHYSICAL_ID });
    expect(calls()).toEqual([UPDATE]);
    expect(connect.requests[0].body).toEqual({
      TelephonyConfig: { Distributions: [{ Region: 'us-east-1', Percentage: 70 }, { Region: 'us-west-2', Percentage: 30 }] },
    });
    expect(connect.trafficDistributions.get(GROUP_ID)).toEqual([{ Region: 'us-east-1', Percentage: 70 }, { Region: 'us-west-2', Percentage: 30 }]);
  });

  test('another split updates it and keeps the physical id', async () => {
    const failover = { ...PROPS, TelephonyDistribution: [{ Region: 'us-east-1', Percentage: '0' }, { Region: 'us-west-2', Percentage: '100' }] };
    expect(await run(EVENTS.update(failover, PROPS, PHYSICAL_ID))).toEqual({ PhysicalResourceId: PHYSICAL_ID });
    expect(connect.trafficDistributions.get(GROUP_ID)).toEqual([{ Region: 'us-east-1', Percentage: 0 }, { Region: 'us-west-2', Percentage: 100 }]);
  });

  test('retries a group not visible or ready yet, and IAM propagation', async () => {
    connect.failNext(1, { status: 404, type: 'ResourceNotFoundException', message: 'not found' });
    connect.failNext(1, { status: 409, type: 'ResourceConflictException', message: 'UPDATE_IN_PROGRESS' });
    connect.failNext(1, { status: 403, type: 'AccessDeniedException', message: 'not authorized' });
    expect(await run(EVENTS.create(PROPS))).toEqual({ PhysicalResourceId: PHYSICAL_ID });
    expect(calls()).toEqual([UPDATE, UPDATE, UPDATE, UPDATE]);
  });

  test('a split Amazon Connect refuses fails with its reason, at once', async () => {
    const bad = { ...PROPS, TelephonyDistribution: [{ Region: 'us-east-1', Percentage: '65' }, { Region: 'us-west-2', Percentage: '35' }] };
    const result = await run(EVENTS.create(bad));
    expect(result.Reason).toBe(`UpdateTrafficDistribution of ${GROUP_ARN} (us-east-1 65%, us-west-2 35%) failed: InvalidRequestException: `
      + 'Invalid distribution: [{"Region":"us-east-1","Percentage":65},{"Region":"us-west-2","Percentage":35}]');
    expect(deployTime.clock.sleeps).toEqual([]);
  });

  test('bad properties fail at once with every problem named, without calling Amazon Connect', async () => {
    expect(await run(EVENTS.create({ TrafficDistributionGroupArn: 'tdg-1', TelephonyDistribution: [{ Region: 'us-east-1', Percentage: 'all' }] }))).toEqual({
      Reason: 'TrafficDistributionGroupArn must be an Amazon Connect traffic distribution group ARN, got "tdg-1"; '
        + 'TelephonyDistribution must be a list of { Region, Percentage } (a Region name, a whole number from 0 to 100), '
        + 'got [{"Region":"us-east-1","Percentage":"all"}]',
    });
    expect(connect.requests).toHaveLength(0);
  });
});

describe('Delete', () => {
  test('sends every call to the group\'s Region again', async () => {
    expect(await run(EVENTS.delete(PROPS, PHYSICAL_ID))).toEqual({});
    expect(calls()).toEqual([UPDATE]);
    expect(connect.trafficDistributions.get(GROUP_ID)).toEqual([{ Region: 'us-east-1', Percentage: 100 }, { Region: 'us-west-2', Percentage: 0 }]);
  });

  test('a group already deleted is success, without retrying', async () => {
    connect.trafficDistributions.delete(GROUP_ID);
    expect(await run(EVENTS.delete(PROPS, PHYSICAL_ID))).toEqual({});
    expect(calls()).toEqual([UPDATE]);
    expect(deployTime.clock.sleeps).toEqual([]);
  });
});

describe('the dispatcher', () => {
  test('the bundled asset sets the split through the runtime SDK', async () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const bundled = require('../../../assets/private/deploy-time/deploy-time.lambda/index.js') as { handler: DeployTimeHandler };
    expect(await bundled.handler(EVENTS.create(PROPS), lambdaContext())).toEqual({ PhysicalResourceId: PHYSICAL_ID });
    expect(calls()).toEqual([UPDATE]);
  });
});
