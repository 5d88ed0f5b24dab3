import * as fs from 'fs';
import * as path from 'path';
import { App, Stack } from 'aws-cdk-lib';
import type { CloudFormationCustomResourceCreateEvent } from 'aws-lambda';
import { ConnectInstance, IdentityManagement } from '../../../src';
import { MAX_PROFILE_NAMES } from '../../../src/private/profile-lookup/profile-lookup';
import { ConnectFake } from '../../helpers/connect-fake';
import { blockDnsLookups, isolateAwsEnvironment, lambdaContext } from '../../helpers/lambda-env';

/**
 * The lookup function as Lambda runs it: the code asset staged in a
 * synthesized cloud assembly, aws-cdk-lib's response wrapper
 * (`__entrypoint__.js`, the function's handler) in front of the bundled
 * handler (`index.js`), against the local Connect API fake through the real
 * SDK. Only the wrapper's HTTP call to the response URL is replaced, to
 * capture what CloudFormation would receive.
 */

const ROOT = path.join(__dirname, '..', '..', '..');
const INSTANCE_ID = '11111111-2222-3333-4444-555555555555';
/** The longest partition and one of the longest Region names: the largest response. */
const connect = new ConnectFake({ partition: 'aws-us-gov', region: 'ap-southeast-2' });
const RESPONSE_HOST = 'cloudformation-custom-resource-response-apsoutheast2.s3.ap-southeast-2.amazonaws.com';

/** The wrapper's module, as far as these tests use it. */
interface Wrapper {
  external: {
    sendHttpRequest(options: Record<string, any>, body: string): Promise<void>;
    log(...args: unknown[]): void;
  };
  handler(event: unknown, context: unknown): Promise<void>;
}

/** A PUT the wrapper made. */
interface Sent {
  readonly options: Record<string, any>;
  readonly body: string;
}

let outdir: string;
let template: any;
let wrapper: Wrapper;
let sent: Sent[];
let restoreEnvironment: () => void;
const lookedUpHosts: string[] = [];

beforeAll(async () => {
  restoreEnvironment = isolateAwsEnvironment(await connect.start());
  blockDnsLookups(lookedUpHosts);
  // In the repository, so that the bundle's `require('@aws-sdk/client-connect')` finds the SDK, as the runtime provides it.
  fs.mkdirSync(path.join(ROOT, 'cdk.out'), { recursive: true });
  outdir = fs.mkdtempSync(path.join(ROOT, 'cdk.out', 'entrypoint-test-'));
  const app = new App({ outdir });
  const stack = new Stack(app, 'Entrypoint', { env: { account: '123456789012', region: 'ap-southeast-2' } });
  const cc = new ConnectInstance(stack, 'ContactCenter', {
    identity: IdentityManagement.connectManaged({ instanceAlias: 'acme-entrypoint' }),
    admin: { username: 'admin', firstName: 'Ada', lastName: 'Admin', email: 'ada@example.com' },
  });
  cc.addUser('Agent', { username: 'jane.doe', firstName: 'Jane', lastName: 'Doe', email: 'jane.doe@example.com' });
  template = app.synth().getStackArtifact(stack.artifactId).template;

  const [fn] = Object.values<any>(template.Resources).filter((r) => r.Type === 'AWS::Lambda::Function');
  expect(fn.Properties.Handler).toBe('__entrypoint__.handler');
  const staged = path.join(outdir, `asset.${fn.Properties.Code.S3Key.replace(/\.zip$/, '')}`);
  expect(fs.readdirSync(staged).sort()).toEqual(['__entrypoint__.js', 'index.js']);
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  wrapper = require(path.join(staged, '__entrypoint__.js'));
  wrapper.external.sendHttpRequest = async (options, body) => {
    sent.push({ options, body });
  };
  wrapper.external.log = () => undefined;
});

afterAll(async () => {
  jest.restoreAllMocks();
  restoreEnvironment();
  await connect.stop();
  fs.rmSync(outdir, { recursive: true, force: true });
  if (fs.readdirSync(path.join(ROOT, 'cdk.out')).length === 0) {
    fs.rmdirSync(path.join(ROOT, 'cdk.out'));
  }
});

beforeEach(() => {
  sent = [];
  connect.reset();
  for (const method of ['log', 'warn', 'error'] as const) {
    jest.spyOn(console, method).mockImplementation(() => undefined);
  }
});

afterEach(() => {
  expect(lookedUpHosts).toEqual([]);
});

/** The lookup's Create event, with the properties of the synthesized template (the instance ARN resolved). */
function createEvent(
  overrides: Record<string, unknown> = {},
  ids: { stackName?: string; logicalId?: string } = {},
): CloudFormationCustomResourceCreateEvent {
  const [[logicalId, lookup]] = Object.entries<any>(template.Resources).filter(([, r]) => r.Type === 'Custom::ConnectProfileLookup');
  const properties = { ...lookup.Properties, InstanceArn: connect.instanceArn(INSTANCE_ID), ...overrides };
  return {
    RequestType: 'Create',
    ServiceToken: 'arn:aws-us-gov:lambda:ap-southeast-2:123456789012:function:lookup',
    ResponseURL: `https://${RESPONSE_HOST}/stack?X-Amz-Signature=secret-signature`,
    StackId: `arn:aws-us-gov:cloudformation:ap-southeast-2:123456789012:stack/${ids.stackName ?? 'Entrypoint'}/00000000-0000-0000-0000-000000000000`,
    RequestId: 'request-0001',
    LogicalResourceId: ids.logicalId ?? logicalId,
    ResourceType: 'Custom::ConnectProfileLookup',
    ResourceProperties: properties,
  };
}

/** The one response the wrapper sent, parsed. */
function response(): any {
  expect(sent).toHaveLength(1);
  return JSON.parse(sent[0].body);
}

test('a lookup that finds the profiles answers SUCCESS with the ARN of each under the attribute the template reads', async () => {
  const instance = connect.putInstance(INSTANCE_ID);

  await wrapper.handler(createEvent(), lambdaContext());

  expect(sent[0].options).toMatchObject({ hostname: RESPONSE_HOST, method: 'PUT', headers: { 'content-type': '' } });
  const answer = response();
  expect(answer).toMatchObject({ Status: 'SUCCESS', PhysicalResourceId: `${INSTANCE_ID}/profiles`, RequestId: 'request-0001' });
  // Every Fn::GetAtt of the lookup in the template gets the ARN of the profile it was written for.
  const arnOf = (name: string) => [...instance.securityProfiles, ...instance.routingProfiles].find((p) => p.Name === name)!.Arn;
  const users = Object.values<any>(template.Resources).filter((r) => r.Type === 'AWS::Connect::User').map((r) => r.Properties);
  const read = (value: any) => answer.Data[value['Fn::GetAtt'][1]];
  expect(users.map((u) => [u.Username, u.SecurityProfileArns.map(read), read(u.RoutingProfileArn)])).toEqual([
    ['admin', [arnOf('Admin')], arnOf('Basic Routing Profile')],
    ['jane.doe', [arnOf('Agent')], arnOf('Basic Routing Profile')],
  ]);
  expect(Object.keys(answer.Data)).toHaveLength(3);
});

test('a lookup that fails answers FAILED with the handler\'s reason, not a stack trace', async () => {
  connect.putInstance(INSTANCE_ID);
  connect.failNext(1, { status: 400, type: 'InvalidParameterException', message: 'One or more of the specified parameters are not valid' });

  await wrapper.handler(createEvent(), lambdaContext());

  expect(response()).toEqual(expect.objectContaining({
    Status: 'FAILED',
    Reason: `ListSecurityProfiles failed for Amazon Connect instance ${INSTANCE_ID}: InvalidParameterException: One or more of the specified parameters are not valid`,
    // The wrapper's marker: the Delete that follows a failed Create is answered without calling the handler.
    PhysicalResourceId: 'AWSCDK::CustomResourceProviderFramework::CREATE_FAILED',
  }));
  expect(connect.requests).toHaveLength(1);
});

test(`the response to ${MAX_PROFILE_NAMES} names, with the longest ids, fits CloudFormation's 4,096 bytes`, async () => {
  const name = (kind: string, i: number) => `${kind} profile ${i} `.padEnd(127, 'x');
  const securityProfiles = Array.from({ length: MAX_PROFILE_NAMES / 2 }, (_, i) => name('security', i));
  const routingProfiles = Array.from({ length: MAX_PROFILE_NAMES / 2 }, (_, i) => name('routing', i));
  connect.putInstance(INSTANCE_ID, { securityProfiles, routingProfiles });

  const event = createEvent({ SecurityProfileNames: securityProfiles, RoutingProfileNames: routingProfiles }, {
    stackName: 'S'.repeat(128),
    logicalId: 'L'.repeat(255),
  });
  await wrapper.handler(event, lambdaContext());

  expect(response().Status).toBe('SUCCESS');
  expect(Object.keys(response().Data)).toHaveLength(MAX_PROFILE_NAMES);
  expect(Buffer.byteLength(sent[0].body)).toBeLessThanOrEqual(4096);
});
