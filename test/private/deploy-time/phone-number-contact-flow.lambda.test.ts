import type {
  CloudFormationCustomResourceCreateEvent,
  CloudFormationCustomResourceDeleteEvent,
  CloudFormationCustomResourceUpdateEvent,
} from 'aws-lambda';
import { PHONE_NUMBER_CONTACT_FLOW_TYPE } from '../../../src/private/deploy-time/resource-types';
import { profileAttributeName } from '../../../src/private/profile-lookup/attribute-names';
import { RETRY_WINDOW_MS } from '../../../src/private/profile-lookup/profile-lookup.lambda';
import { customResourceEvents } from '../../helpers/cfn-events';
import { againstDeployTimeHandler, DeployTimeHandler } from '../../helpers/deploy-time';
import { lambdaContext } from '../../helpers/lambda-env';

/**
 * Phone number routing (`Custom::ConnectPhoneNumberContactFlow`) through the
 * deploy-time function's dispatcher, with the real `@aws-sdk/client-connect`
 * against the local Connect fake: what each CloudFormation request calls,
 * with which ids, and what it answers.
 */

const INSTANCE_ID = '11111111-2222-3333-4444-555555555555';
const NUMBER_ID = 'aaaaaaaa-0000-0000-0000-000000000001';
const OTHER_NUMBER_ID = 'aaaaaaaa-0000-0000-0000-000000000002';
const FLOW_ID = 'ffffffff-0000-0000-0000-000000000001';
const OTHER_FLOW_ID = 'ffffffff-0000-0000-0000-000000000002';
const PREFIX = 'arn:aws:connect:us-east-1:123456789012';
const INSTANCE_ARN = `${PREFIX}:instance/${INSTANCE_ID}`;
const numberArn = (id: string) => `${PREFIX}:phone-number/${id}`;
const flowArn = (id: string) => `${INSTANCE_ARN}/contact-flow/${id}`;

const deployTime = againstDeployTimeHandler((fake) => {
  fake.putPhoneNumber(INSTANCE_ID, NUMBER_ID);
  fake.putPhoneNumber(INSTANCE_ID, OTHER_NUMBER_ID);
  fake.putContactFlow(INSTANCE_ID, FLOW_ID);
  fake.putContactFlow(INSTANCE_ID, OTHER_FLOW_ID);
});
const { connect, run } = deployTime;

interface Props {
  readonly InstanceArn?: unknown;
  readonly PhoneNumberArn?: unknown;
  readonly ContactFlowArn?: unknown;
}

const PROPS: Props = { InstanceArn: INSTANCE_ARN, PhoneNumberArn: numberArn(NUMBER_ID), ContactFlowArn: flowArn(FLOW_ID) };

const EVENTS = customResourceEvents<Props>({ resourceType: PHONE_NUMBER_CONTACT_FLOW_TYPE, logicalResourceId: 'MainNumberContactFlow1234ABCD' });

function createEvent(props: Props = PROPS): CloudFormationCustomResourceCreateEvent {
  return EVENTS.create(props);
}

function updateEvent(props: Props, oldProps: Props, physicalId: string): CloudFormationCustomResourceUpdateEvent {
  return EVENTS.update(props, oldProps, physicalId);
}

function deleteEvent(props: Props, physicalId: string): CloudFormationCustomResourceDeleteEvent {
  return EVENTS.delete(props, physicalId);
}

/** The method, path, query and body of every request the fake received. */
function calls() {
  return connect.requests.map((r) => ({ method: r.method, path: r.path, query: r.query, body: r.body }));
}

const ASSOCIATE = (numberId: string, flowId: string) => ({
  method: 'PUT', path: `/phone-number/${numberId}/contact-flow`, query: {}, body: { InstanceId: INSTANCE_ID, ContactFlowId: flowId },
});
const DISASSOCIATE = (numberId: string) => ({
  method: 'DELETE', path: `/phone-number/${numberId}/contact-flow`, query: { instanceId: INSTANCE_ID }, body: undefined,
});

describe('Create', () => {
  test('associates the number with the flow, by ids, and names the number in the physical id', async () => {
    expect(await run(createEvent())).toEqual({ PhysicalResourceId: `${NUMBER_ID}/contact-flow` });
    expect(calls()).toEqual([ASSOCIATE(NUMBER_ID, FLOW_ID)]);
    expect(connect.phoneNumbers.get(NUMBER_ID)?.contactFlowId).toBe(FLOW_ID);
  });

  test('takes the legacy phone number ARN, below the instance', async () => {
    const legacy = { ...PROPS, PhoneNumberArn: `${INSTANCE_ARN}/phone-number/${NUMBER_ID}` };
    expect(await run(createEvent(legacy))).toEqual({ PhysicalResourceId: `${NUMBER_ID}/contact-flow` });
    expect(calls()).toEqual([ASSOCIATE(NUMBER_ID, FLOW_ID)]);
  });

  test('retries AccessDeniedException (the role statement still propagating), then succeeds', async () => {
    connect.failNext(2, { status: 403, type: 'AccessDeniedException', message: 'not authorized' });
    expect(await run(createEvent())).toEqual({ PhysicalResourceId: `${NUMBER_ID}/contact-flow` });
    expect(calls()).toEqual([ASSOCIATE(NUMBER_ID, FLOW_ID), ASSOCIATE(NUMBER_ID, FLOW_ID), ASSOCIATE(NUMBER_ID, FLOW_ID)]);
    expect(deployTime.clock.sleeps).toEqual([188, 375]);
    expect(connect.phoneNumbers.get(NUMBER_ID)?.contactFlowId).toBe(FLOW_ID);
  });

  test('retries a number not visible yet (ResourceNotFoundException) and throttling', async () => {
    connect.failNext(1, { status: 404, type: 'ResourceNotFoundException', message: 'Phone number not found' });
    connect.throttleNext(1, 'ThrottlingException');
    expect(await run(createEvent())).toEqual({ PhysicalResourceId: `${NUMBER_ID}/contact-flow` });
    expect(calls()).toHaveLength(3);
  });

  test('gives up when the retry window closes, naming the call, the number and the last error', async () => {
    connect.failNext(1000, { status: 403, type: 'AccessDeniedException', message: 'not authorized' });
    const result = await run(createEvent()) as { Reason: string };
    expect(result.Reason).toMatch(new RegExp(`^AssociatePhoneNumberContactFlow for phone number ${NUMBER_ID} \\(flow ${FLOW_ID}, Amazon Connect instance ${INSTANCE_ID}\\) `
      + 'still failing after \\d+ attempts: AccessDeniedException: not authorized$'));
    expect(deployTime.clock.sleeps.reduce((a, b) => a + b, 0)).toBe(RETRY_WINDOW_MS);
  });

  test('a flow that does not exist fails with the reason once the window closes', async () => {
    const result = await run(createEvent({ ...PROPS, ContactFlowArn: flowArn('ffffffff-0000-0000-0000-00000000dead') })) as { Reason: string };
    expect(result.Reason).toContain('ResourceNotFoundException: Contact flow not found: ffffffff-0000-0000-0000-00000000dead');
  });

  test('bad properties fail at once with every problem named, without calling Amazon Connect', async () => {
    const result = await run(createEvent({ InstanceArn: 'i-123', PhoneNumberArn: 42, ContactFlowArn: `${PREFIX}:instance/${INSTANCE_ID}/queue/q` }));
    expect(result).toEqual({
      Reason: 'InstanceArn must be an Amazon Connect instance ARN, got "i-123"; '
        + 'PhoneNumberArn must be an Amazon Connect phone number ARN, got 42; '
        + `ContactFlowArn must be an Amazon Connect flow ARN, got "${PREFIX}:instance/${INSTANCE_ID}/queue/q"`,
    });
    expect(connect.requests).toHaveLength(0);
  });

  test('a flow of another instance fails at once', async () => {
    const other = `${PREFIX}:instance/99999999-8888-7777-6666-555555555555/contact-flow/${FLOW_ID}`;
    expect(await run(createEvent({ ...PROPS, ContactFlowArn: other })))
      .toEqual({ Reason: `ContactFlowArn must be a flow of instance ${INSTANCE_ID}, got "${other}"` });
    expect(connect.requests).toHaveLength(0);
  });
});

describe('Update', () => {
  test('another flow for the same number re-associates it and keeps the physical id', async () => {
    connect.phoneNumbers.get(NUMBER_ID)!.contactFlowId = FLOW_ID;
    const event = updateEvent({ ...PROPS, ContactFlowArn: flowArn(OTHER_FLOW_ID) }, PROPS, `${NUMBER_ID}/contact-flow`);
    expect(await run(event)).toEqual({ PhysicalResourceId: `${NUMBER_ID}/contact-flow` });
    expect(calls()).toEqual([ASSOCIATE(NUMBER_ID, OTHER_FLOW_ID)]);
    expect(connect.phoneNumbers.get(NUMBER_ID)?.contactFlowId).toBe(OTHER_FLOW_ID);
  });

  test('another number gets a new physical id (CloudFormation then deletes the old route)', async () => {
    const event = updateEvent({ ...PROPS, PhoneNumberArn: numberArn(OTHER_NUMBER_ID) }, PROPS, `${NUMBER_ID}/contact-flow`);
    expect(await run(event)).toEqual({ PhysicalResourceId: `${OTHER_NUMBER_ID}/contact-flow` });
    expect(calls()).toEqual([ASSOCIATE(OTHER_NUMBER_ID, FLOW_ID)]);
  });
});

describe('Delete', () => {
  test('disassociates the number', async () => {
    connect.phoneNumbers.get(NUMBER_ID)!.contactFlowId = FLOW_ID;
    expect(await run(deleteEvent(PROPS, `${NUMBER_ID}/contact-flow`))).toEqual({});
    expect(calls()).toEqual([DISASSOCIATE(NUMBER_ID)]);
    expect(connect.phoneNumbers.get(NUMBER_ID)?.contactFlowId).toBeUndefined();
  });

  test('a number already released (ResourceNotFoundException) is success, without retrying', async () => {
    connect.phoneNumbers.delete(NUMBER_ID);
    expect(await run(deleteEvent(PROPS, `${NUMBER_ID}/contact-flow`))).toEqual({});
    expect(calls()).toEqual([DISASSOCIATE(NUMBER_ID)]);
    expect(deployTime.clock.sleeps).toEqual([]);
  });

  test('retries AccessDeniedException, then succeeds', async () => {
    connect.failNext(1, { status: 403, type: 'AccessDeniedException', message: 'not authorized' });
    expect(await run(deleteEvent(PROPS, `${NUMBER_ID}/contact-flow`))).toEqual({});
    expect(calls()).toEqual([DISASSOCIATE(NUMBER_ID), DISASSOCIATE(NUMBER_ID)]);
  });

  test('another client error fails with the reason, at once', async () => {
    connect.failNext(1, { status: 400, type: 'InvalidParameterException', message: 'bad id' });
    expect(await run(deleteEvent(PROPS, `${NUMBER_ID}/contact-flow`))).toEqual({
      Reason: `DisassociatePhoneNumberContactFlow for phone number ${NUMBER_ID} (flow ${FLOW_ID}, Amazon Connect instance ${INSTANCE_ID}) failed: InvalidParameterException: bad id`,
    });
    expect(deployTime.clock.sleeps).toEqual([]);
  });
});

describe('the dispatcher', () => {
  test('sends the lookup type to the profile lookup, unchanged', async () => {
    const instance = connect.putInstance(INSTANCE_ID);
    const event = { ...createEvent(), ResourceType: 'Custom::ConnectProfileLookup', ResourceProperties: { ServiceToken: 'x', InstanceArn: INSTANCE_ARN, RoutingProfileNames: ['Basic Routing Profile'] } };
    expect(await run(event)).toEqual({
      PhysicalResourceId: `${INSTANCE_ID}/profiles`,
      Data: { [profileAttributeName('RoutingProfileArn', 'Basic Routing Profile')]: instance.routingProfiles[0].Arn },
    });
    expect(calls().map((c) => c.path)).toEqual([`/routing-profiles-summary/${INSTANCE_ID}`]);
  });

  test('the bundled asset routes a number through the runtime SDK', async () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const bundled = require('../../../assets/private/deploy-time/deploy-time.lambda/index.js') as { handler: DeployTimeHandler };
    expect(await bundled.handler(createEvent(), lambdaContext())).toEqual({ PhysicalResourceId: `${NUMBER_ID}/contact-flow` });
    expect(calls()).toEqual([ASSOCIATE(NUMBER_ID, FLOW_ID)]);
  });
});
