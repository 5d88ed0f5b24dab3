import dns from 'dns';
import * as http from 'http';
import type {
  CloudFormationCustomResourceCreateEvent,
  CloudFormationCustomResourceDeleteEvent,
  CloudFormationCustomResourceEvent,
  CloudFormationCustomResourceUpdateEvent,
  Context,
} from 'aws-lambda';
import type { Timing } from '../../../src/private/profile-lookup/lookup-retry';
import { lookupHandler, MAX_RETRY_DELAY_MS, RETRY_BASE_DELAY_MS, RETRY_WINDOW_MS, TIME_SAFETY_MARGIN_MS } from '../../../src/private/profile-lookup/profile-lookup.lambda';
import { CfnResponseReceiver, ConnectFake, FakeInstance } from '../../helpers/connect-fake';

const INSTANCE_ID = '11111111-2222-3333-4444-555555555555';
const OTHER_INSTANCE_ID = '99999999-8888-7777-6666-555555555555';
const STACK_ID = 'arn:aws:cloudformation:us-east-1:123456789012:stack/test-stack/00000000-0000-0000-0000-000000000000';
const SECURITY_PATH = `/security-profiles-summary/${INSTANCE_ID}`;
const ROUTING_PATH = `/routing-profiles-summary/${INSTANCE_ID}`;

const connect = new ConnectFake();
const receiver = new CfnResponseReceiver();
let responseUrl: string;
const savedEnv = { ...process.env };
/** Host names something tried to resolve: any real AWS call would show up here. */
const lookedUpHosts: string[] = [];
let logged: string[] = [];

/**
 * A clock that only moves when the handler waits: a retry window of two
 * minutes passes in milliseconds, and every wait is recorded.
 */
class VirtualClock implements Timing {
  /** Every wait, in milliseconds, in order. */
  public readonly sleeps: number[] = [];
  private readonly start = 1_700_000_000_000;
  private time = this.start;

  /** Milliseconds waited since the test began. */
  public get elapsed(): number {
    return this.time - this.start;
  }

  public now(): number {
    return this.time;
  }

  public async sleep(ms: number): Promise<void> {
    this.sleeps.push(ms);
    this.time += ms;
  }

  /** The middle of the jitter range, so that waits are predictable. */
  public random(): number {
    return 0.5;
  }
}

let clock: VirtualClock;
let handler: ReturnType<typeof lookupHandler>;

/** The wait before retry `retry` (1-based) with the clock's jitter, before the window clips it. */
function backoff(retry: number): number {
  return Math.round(0.75 * Math.min(MAX_RETRY_DELAY_MS, RETRY_BASE_DELAY_MS * 2 ** (retry - 1)));
}

/** The waits of retries 1..count. */
function backoffs(count: number): number[] {
  return Array.from({ length: count }, (_, i) => backoff(i + 1));
}

/** The waits of a retry window that closes while the error persists: each backoff, the last clipped to the window. */
function waitsUntilWindowCloses(): number[] {
  const waits: number[] = [];
  let elapsed = 0;
  for (let retry = 1; elapsed < RETRY_WINDOW_MS; retry++) {
    const wait = Math.min(backoff(retry), RETRY_WINDOW_MS - elapsed);
    waits.push(wait);
    elapsed += wait;
  }
  return waits;
}

beforeAll(async () => {
  const endpoint = await connect.start();
  responseUrl = await receiver.start();
  isolateEnvironment(endpoint);
  blockDnsLookups();
});

afterAll(async () => {
  jest.restoreAllMocks();
  process.env = savedEnv;
  await connect.stop();
  await receiver.stop();
});

beforeEach(() => {
  clock = new VirtualClock();
  handler = lookupHandler({ timing: clock });
  connect.reset();
  connect.pageSize = 1000;
  receiver.reset();
  logged = [];
  for (const method of ['log', 'warn', 'error'] as const) {
    jest.spyOn(console, method).mockImplementation((...args: unknown[]) => {
      logged.push(args.map(String).join(' '));
    });
  }
});

afterEach(() => {
  expect(lookedUpHosts).toEqual([]);
  expect(logged.join('\n')).not.toContain('secret-signature');
});

/** Points the SDK at the fake, with fake credentials and nothing else to fall back on. */
function isolateEnvironment(endpoint: string): void {
  for (const name of Object.keys(process.env).filter((n) => n.startsWith('AWS_'))) {
    delete process.env[name];
  }
  Object.assign(process.env, {
    AWS_ENDPOINT_URL_CONNECT: endpoint,
    AWS_REGION: 'us-east-1',
    AWS_ACCESS_KEY_ID: 'AKIAIOSFODNN7EXAMPLE',
    AWS_SECRET_ACCESS_KEY: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
    AWS_EC2_METADATA_DISABLED: 'true',
    AWS_CONFIG_FILE: '/nonexistent/aws-config',
    AWS_SHARED_CREDENTIALS_FILE: '/nonexistent/aws-credentials',
  });
}

/** Fails every DNS lookup: the fakes listen on 127.0.0.1, so none is expected. */
function blockDnsLookups(): void {
  jest.spyOn(dns, 'lookup').mockImplementation(((hostname: string, ...rest: unknown[]) => {
    lookedUpHosts.push(hostname);
    const callback = rest[rest.length - 1] as (err: Error) => void;
    process.nextTick(() => callback(new Error(`DNS lookup of ${hostname} blocked by the test`)));
  }) as unknown as typeof dns.lookup);
}

function lambdaContext(remainingMs: () => number = () => 300_000): Context {
  return {
    callbackWaitsForEmptyEventLoop: true,
    functionName: 'ConnectProfileLookup',
    functionVersion: '$LATEST',
    invokedFunctionArn: 'arn:aws:lambda:us-east-1:123456789012:function:ConnectProfileLookup',
    memoryLimitInMB: '256',
    awsRequestId: 'aws-request-id',
    logGroupName: '/aws/lambda/ConnectProfileLookup',
    logStreamName: '2025/01/01/[$LATEST]0123456789abcdef',
    getRemainingTimeInMillis: remainingMs,
    done: () => undefined,
    fail: () => undefined,
    succeed: () => undefined,
  };
}

interface LookupProps {
  readonly InstanceId?: unknown;
  readonly SecurityProfileNames?: unknown;
  readonly RoutingProfileNames?: unknown;
}

const DEFAULT_PROPS: LookupProps = {
  InstanceId: INSTANCE_ID,
  SecurityProfileNames: ['Admin', 'Agent', 'CallCenterManager', 'QualityAnalyst'],
  RoutingProfileNames: ['Basic Routing Profile'],
};

function common() {
  return {
    ServiceToken: 'arn:aws:lambda:us-east-1:123456789012:function:ConnectProfileLookup',
    ResponseURL: responseUrl,
    StackId: STACK_ID,
    RequestId: 'request-0001',
    LogicalResourceId: 'InstanceProfileLookup1234ABCD',
    ResourceType: 'Custom::ConnectProfileLookup',
  };
}

function createEvent(props: LookupProps = DEFAULT_PROPS): CloudFormationCustomResourceCreateEvent {
  return { ...common(), RequestType: 'Create', ResourceProperties: { ServiceToken: common().ServiceToken, ...props } };
}

function updateEvent(props: LookupProps, oldProps: LookupProps, physicalId: string): CloudFormationCustomResourceUpdateEvent {
  return {
    ...common(),
    RequestType: 'Update',
    PhysicalResourceId: physicalId,
    ResourceProperties: { ServiceToken: common().ServiceToken, ...props },
    OldResourceProperties: { ServiceToken: common().ServiceToken, ...oldProps },
  };
}

function deleteEvent(props: LookupProps, physicalId: string): CloudFormationCustomResourceDeleteEvent {
  return { ...common(), RequestType: 'Delete', PhysicalResourceId: physicalId, ResourceProperties: { ServiceToken: common().ServiceToken, ...props } };
}

/** Runs the handler and returns the one response body it sent. */
async function run(event: CloudFormationCustomResourceEvent, context = lambdaContext()): Promise<unknown> {
  await handler(event, context);
  return receiver.onlyBody();
}

function envelope(physicalId: string) {
  return {
    PhysicalResourceId: physicalId,
    StackId: STACK_ID,
    RequestId: 'request-0001',
    LogicalResourceId: 'InstanceProfileLookup1234ABCD',
  };
}

function success(physicalId: string, data?: Record<string, string>) {
  return data ? { Status: 'SUCCESS', ...envelope(physicalId), Data: data } : { Status: 'SUCCESS', ...envelope(physicalId) };
}

function failed(physicalId: string, reason: string) {
  return { Status: 'FAILED', Reason: reason, ...envelope(physicalId) };
}

/** The Data the handler should return for the built-in profiles of an instance. */
function builtInData(instance: FakeInstance): Record<string, string> {
  const data: Record<string, string> = {};
  for (const p of instance.securityProfiles) {
    data[`SecurityProfileArn.${p.Name}`] = p.Arn;
    data[`SecurityProfileId.${p.Name}`] = p.Id;
  }
  const basic = instance.routingProfiles[0];
  data['RoutingProfileArn.BasicRoutingProfile'] = basic.Arn;
  data['RoutingProfileId.BasicRoutingProfile'] = basic.Id;
  return data;
}

function paths(): string[] {
  return connect.requests.map((r) => r.path);
}

describe('Create', () => {
  test('resolves the built-in profiles of a new instance', async () => {
    const instance = connect.putInstance(INSTANCE_ID);

    const body = await run(createEvent());

    expect(body).toEqual(success(`${INSTANCE_ID}/default-profiles`, builtInData(instance)));
    expect(paths()).toEqual([SECURITY_PATH, ROUTING_PATH]);
    for (const request of connect.requests) {
      expect(request.method).toBe('GET');
      expect(request.query).toEqual({ maxResults: '1000' });
      expect(request.headers.authorization).toMatch(/^AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE\/\d{8}\/us-east-1\/connect\/aws4_request/);
    }
  });

  test('sends the response as an unsigned-content-type PUT to the response URL', async () => {
    connect.putInstance(INSTANCE_ID);

    await run(createEvent());

    const [response] = receiver.responses;
    expect(response.method).toBe('PUT');
    expect(response.path).toBe('/cloudformation-custom-resource-response/stack');
    expect(response.headers['content-type']).toBe('');
  });

  test('follows NextToken across pages and finds a profile on the last one', async () => {
    const names = Array.from({ length: 25 }, (_, i) => `Profile ${String(i + 1).padStart(2, '0')}`);
    const instance = connect.putInstance(INSTANCE_ID, { securityProfiles: names, routingProfiles: ['Basic Routing Profile'] });
    connect.pageSize = 10;
    const target = instance.securityProfiles[24];

    const body = await run(createEvent({ InstanceId: INSTANCE_ID, SecurityProfileNames: ['Profile 25'], RoutingProfileNames: [] }));

    expect(body).toEqual(success(`${INSTANCE_ID}/default-profiles`, {
      'SecurityProfileArn.Profile25': target.Arn,
      'SecurityProfileId.Profile25': target.Id,
    }));
    expect(paths()).toEqual([SECURITY_PATH, SECURITY_PATH, SECURITY_PATH]);
    const tokens = connect.requests.map((r) => r.query.nextToken);
    expect(tokens[0]).toBeUndefined();
    expect(tokens[1]).toEqual(expect.any(String));
    expect(tokens[2]).toEqual(expect.any(String));
    expect(tokens[2]).not.toEqual(tokens[1]);
  });

  test('paginates routing profiles too', async () => {
    const names = Array.from({ length: 12 }, (_, i) => `Queue ${i}`).concat('Basic Routing Profile');
    const instance = connect.putInstance(INSTANCE_ID, { routingProfiles: names });
    connect.pageSize = 5;

    const body = await run(createEvent({ InstanceId: INSTANCE_ID, RoutingProfileNames: ['Basic Routing Profile'] }));

    expect(body).toEqual(success(`${INSTANCE_ID}/default-profiles`, {
      'RoutingProfileArn.BasicRoutingProfile': instance.routingProfiles[12].Arn,
      'RoutingProfileId.BasicRoutingProfile': instance.routingProfiles[12].Id,
    }));
    expect(paths()).toEqual([ROUTING_PATH, ROUTING_PATH, ROUTING_PATH]);
  });

  test('makes no call and returns no attribute when no name is requested', async () => {
    connect.putInstance(INSTANCE_ID);

    const body = await run(createEvent({ InstanceId: INSTANCE_ID, SecurityProfileNames: [], RoutingProfileNames: [] }));

    expect(body).toEqual(success(`${INSTANCE_ID}/default-profiles`, {}));
    expect(connect.requests).toHaveLength(0);
  });

  test('accepts the instance ARN and calls the API with the bare id', async () => {
    const instance = connect.putInstance(INSTANCE_ID);

    const body = await run(createEvent({ ...DEFAULT_PROPS, InstanceId: connect.instanceArn(INSTANCE_ID) }));

    expect(body).toEqual(success(`${INSTANCE_ID}/default-profiles`, builtInData(instance)));
    expect(paths()).toEqual([SECURITY_PATH, ROUTING_PATH]);
  });

  test('accepts an ARN in another partition', async () => {
    const instance = connect.putInstance(INSTANCE_ID);

    const body = await run(createEvent({ ...DEFAULT_PROPS, InstanceId: `arn:aws-us-gov:connect:us-gov-west-1:123456789012:instance/${INSTANCE_ID}` }));

    expect(body).toEqual(success(`${INSTANCE_ID}/default-profiles`, builtInData(instance)));
  });
});

describe('exact name matching', () => {
  test('"Admin " and "admin" do not match "Admin"', async () => {
    connect.putInstance(INSTANCE_ID, { securityProfiles: ['Admin ', 'admin', 'ADMIN', 'Agent'] });

    const body = await run(createEvent({ InstanceId: INSTANCE_ID, SecurityProfileNames: ['Admin'] }));

    expect(body).toEqual(failed(
      `${INSTANCE_ID}/default-profiles`,
      `security profile "Admin" not found in Amazon Connect instance ${INSTANCE_ID}: found "Admin ", "admin", "ADMIN", "Agent"`,
    ));
  });

  test('picks the exact name among look-alikes', async () => {
    const instance = connect.putInstance(INSTANCE_ID, { securityProfiles: ['Admin ', 'admin', 'Admin', 'Administrator'] });
    const admin = instance.securityProfiles[2];

    const body = await run(createEvent({ InstanceId: INSTANCE_ID, SecurityProfileNames: ['Admin'] }));

    expect(body).toEqual(success(`${INSTANCE_ID}/default-profiles`, {
      'SecurityProfileArn.Admin': admin.Arn,
      'SecurityProfileId.Admin': admin.Id,
    }));
  });

  test('rejects two names that map to the same attribute key', async () => {
    connect.putInstance(INSTANCE_ID);

    const body = await run(createEvent({ InstanceId: INSTANCE_ID, SecurityProfileNames: ['Call Center', 'CallCenter'] }));

    expect(body).toEqual(failed(
      `${INSTANCE_ID}/default-profiles`,
      'SecurityProfileNames: "Call Center" and "CallCenter" both map to attribute key "CallCenter"',
    ));
    expect(connect.requests).toHaveLength(0);
  });
});

describe('missing profiles', () => {
  test('fail with a reason naming each missing profile, the instance and what exists', async () => {
    connect.putInstance(INSTANCE_ID, { securityProfiles: ['Agent', 'CallCenterManager'], routingProfiles: ['Sales'] });

    const body = await run(createEvent({
      InstanceId: INSTANCE_ID,
      SecurityProfileNames: ['Admin', 'Agent', 'QualityAnalyst'],
      RoutingProfileNames: ['Basic Routing Profile'],
    }));

    expect(body).toEqual(failed(
      `${INSTANCE_ID}/default-profiles`,
      `security profiles "Admin", "QualityAnalyst" not found in Amazon Connect instance ${INSTANCE_ID}: found "Agent", "CallCenterManager"; `
      + `routing profile "Basic Routing Profile" not found in Amazon Connect instance ${INSTANCE_ID}: found "Sales"`,
    ));
  });

  test('say so when the instance has no profile of that kind', async () => {
    connect.putInstance(INSTANCE_ID, { securityProfiles: ['Admin'], routingProfiles: [] });

    const body = await run(createEvent());

    expect(body).toEqual(failed(
      `${INSTANCE_ID}/default-profiles`,
      `security profiles "Agent", "CallCenterManager", "QualityAnalyst" not found in Amazon Connect instance ${INSTANCE_ID}: found "Admin"; `
      + `routing profile "Basic Routing Profile" not found in Amazon Connect instance ${INSTANCE_ID}: it has none`,
    ));
  });

  test('keep the reason short when the instance has many profiles', async () => {
    const names = Array.from({ length: 300 }, (_, i) => `A rather long security profile name number ${i}`);
    connect.putInstance(INSTANCE_ID, { securityProfiles: names });

    const body = await run(createEvent({ InstanceId: INSTANCE_ID, SecurityProfileNames: ['Admin'] })) as { Reason: string };

    expect(body.Reason.length).toBeLessThan(1000);
    expect(body.Reason).toMatch(new RegExp(`^security profile "Admin" not found in Amazon Connect instance ${INSTANCE_ID}: found "A rather long`));
    expect(body.Reason).toMatch(/ and \d+ more$/);
  });
});

describe('errors', () => {
  test('an unknown instance is looked for until the retry window closes, then fails with a reason naming it', async () => {
    connect.putInstance(INSTANCE_ID);

    const body = await run(createEvent({ ...DEFAULT_PROPS, InstanceId: OTHER_INSTANCE_ID }));

    expect(body).toEqual(failed(
      `${OTHER_INSTANCE_ID}/default-profiles`,
      `Amazon Connect instance ${OTHER_INSTANCE_ID} not found in us-east-1; check the InstanceId property `
      + `(ListSecurityProfiles: ResourceNotFoundException: Instance not found: ${OTHER_INSTANCE_ID})`,
    ));
    expect(clock.sleeps).toEqual(waitsUntilWindowCloses());
    expect(clock.elapsed).toBe(RETRY_WINDOW_MS);
    expect(paths()).toEqual(Array(clock.sleeps.length + 1).fill(`/security-profiles-summary/${OTHER_INSTANCE_ID}`));
  });

  test('an error that is neither eventual consistency, throttling nor a server error fails at once', async () => {
    connect.putInstance(INSTANCE_ID);
    connect.failNext(1, { status: 400, type: 'InvalidParameterException', message: 'One or more of the specified parameters are not valid' });

    const body = await run(createEvent());

    expect(body).toEqual(failed(
      `${INSTANCE_ID}/default-profiles`,
      `ListSecurityProfiles failed for Amazon Connect instance ${INSTANCE_ID}: InvalidParameterException: One or more of the specified parameters are not valid`,
    ));
    expect(connect.requests).toHaveLength(1);
    expect(clock.sleeps).toEqual([]);
  });

  test.each([
    ['no InstanceId', { ...DEFAULT_PROPS, InstanceId: undefined }, 'InstanceId must be an Amazon Connect instance id or ARN, got undefined'],
    ['an ARN of another service', { ...DEFAULT_PROPS, InstanceId: 'arn:aws:s3:::bucket' }, 'InstanceId must be an Amazon Connect instance id or ARN, got "arn:aws:s3:::bucket"'],
    ['names that are not a list', { ...DEFAULT_PROPS, SecurityProfileNames: 'Admin' }, 'SecurityProfileNames must be a list of non-empty strings, got "Admin"'],
    ['an empty name', { ...DEFAULT_PROPS, RoutingProfileNames: [''] }, 'RoutingProfileNames must be a list of non-empty strings, got [""]'],
  ])('bad properties (%s) fail without calling Connect', async (_, props, reason) => {
    const body = await run(createEvent(props));

    const physicalId = typeof props.InstanceId === 'string' && !props.InstanceId.startsWith('arn:')
      ? `${INSTANCE_ID}/default-profiles`
      : 'InstanceProfileLookup1234ABCD/default-profiles';
    expect(body).toEqual(failed(physicalId, reason));
    expect(connect.requests).toHaveLength(0);
  });

  test('the response is sent again when the response URL fails once', async () => {
    const instance = connect.putInstance(INSTANCE_ID);
    receiver.failNext(1);

    const body = await run(createEvent());

    expect(body).toEqual(success(`${INSTANCE_ID}/default-profiles`, builtInData(instance)));
  });

  test('a response over the 4 KB CloudFormation limit becomes a failure', async () => {
    const names = Array.from({ length: 20 }, (_, i) => `Security profile with a fairly long descriptive name ${i}`);
    connect.putInstance(INSTANCE_ID, { securityProfiles: names });

    const body = await run(createEvent({ InstanceId: INSTANCE_ID, SecurityProfileNames: names }));

    expect(body).toEqual(failed(
      `${INSTANCE_ID}/default-profiles`,
      "the response would exceed CloudFormation's 4096-byte limit; request fewer profiles per resource",
    ));
  });

  test('the event is logged without the response URL', async () => {
    connect.putInstance(INSTANCE_ID);

    await run(createEvent());

    expect(logged.join('\n')).toContain('"ResponseURL":"[redacted]"');
  });
});

describe('throttling and server errors', () => {
  test.each([
    ['TooManyRequestsException', 429],
    ['ThrottlingException', 429],
    ['ThrottlingException', 400],
    ['an unknown error type', 429],
    ['InternalServiceException', 500],
    ['BadGateway', 502],
    ['ServiceUnavailableException', 503],
    ['GatewayTimeout', 504],
    ['an unknown error type', 507],
  ])('%s (HTTP %d) twice, then success', async (type, status) => {
    const instance = connect.putInstance(INSTANCE_ID);
    connect.failNext(2, { status, type: type.replace(/ /g, ''), message: 'Try again' });

    const body = await run(createEvent());

    expect(body).toEqual(success(`${INSTANCE_ID}/default-profiles`, builtInData(instance)));
    expect(paths()).toEqual([SECURITY_PATH, SECURITY_PATH, SECURITY_PATH, ROUTING_PATH]);
    expect(clock.sleeps).toEqual(backoffs(2));
  });

  test('throttling in the middle of pagination retries the same page', async () => {
    const names = Array.from({ length: 25 }, (_, i) => `Profile ${i}`);
    const instance = connect.putInstance(INSTANCE_ID, { securityProfiles: names });
    connect.pageSize = 10;
    connect.throttleNext(2, 'TooManyRequestsException', 1);

    const body = await run(createEvent({ InstanceId: INSTANCE_ID, SecurityProfileNames: ['Profile 24'] }));

    expect(body).toEqual(success(`${INSTANCE_ID}/default-profiles`, {
      'SecurityProfileArn.Profile24': instance.securityProfiles[24].Arn,
      'SecurityProfileId.Profile24': instance.securityProfiles[24].Id,
    }));
    const tokens = connect.requests.map((r) => r.query.nextToken);
    expect(tokens).toHaveLength(5);
    expect(tokens[0]).toBeUndefined();
    expect(new Set(tokens.slice(1, 4)).size).toBe(1);
    expect(tokens[4]).not.toEqual(tokens[1]);
  });

  test('throttling that outlasts the retry window fails with the attempts made and the last error', async () => {
    connect.putInstance(INSTANCE_ID);
    connect.throttleNext(1000);

    const body = await run(createEvent());

    const attempts = waitsUntilWindowCloses().length + 1;
    expect(body).toEqual(failed(
      `${INSTANCE_ID}/default-profiles`,
      `ListSecurityProfiles for Amazon Connect instance ${INSTANCE_ID} still failing after ${attempts} attempts: TooManyRequestsException: Rate exceeded`,
    ));
    expect(connect.requests).toHaveLength(attempts);
    expect(clock.sleeps).toEqual(waitsUntilWindowCloses());
  });

  test('a server error that outlasts the retry window fails the same way', async () => {
    connect.putInstance(INSTANCE_ID);
    connect.failNext(1000, { status: 500, type: 'InternalServiceException', message: 'Request processing failed' });

    const body = await run(createEvent());

    const attempts = waitsUntilWindowCloses().length + 1;
    expect(body).toEqual(failed(
      `${INSTANCE_ID}/default-profiles`,
      `ListSecurityProfiles for Amazon Connect instance ${INSTANCE_ID} still failing after ${attempts} attempts: InternalServiceException: Request processing failed`,
    ));
    expect(connect.requests).toHaveLength(attempts);
  });

  test('waits grow exponentially with jitter up to the cap, and the last one ends when the window closes', () => {
    const waits = waitsUntilWindowCloses();

    expect(waits.slice(0, 6)).toEqual([188, 375, 750, 1500, 3000, 6000]);
    expect(Math.max(...waits)).toBe(0.75 * MAX_RETRY_DELAY_MS);
    expect(waits.reduce((a, b) => a + b, 0)).toBe(RETRY_WINDOW_MS);
  });

  test('stops retrying before the Lambda timeout, even inside the retry window', async () => {
    connect.putInstance(INSTANCE_ID);
    connect.throttleNext(100);
    // 5 s before the margin: the waits 188, 375, 750 and 1500 ms fit, the fifth (3000 ms) would not.
    const remaining = () => TIME_SAFETY_MARGIN_MS + 5_000 - clock.elapsed;

    const body = await run(createEvent(), lambdaContext(remaining));

    expect(body).toEqual(failed(
      `${INSTANCE_ID}/default-profiles`,
      `ListSecurityProfiles for Amazon Connect instance ${INSTANCE_ID}: stopped retrying after 5 attempts because the Lambda function is about to time out `
      + '(last error: TooManyRequestsException: Rate exceeded)',
    ));
    expect(connect.requests).toHaveLength(5);
    expect(clock.sleeps).toEqual(backoffs(4));
  });

  test('aborts a call that would run into the Lambda timeout', async () => {
    connect.putInstance(INSTANCE_ID);
    connect.responseDelayMs = 2_000;
    const deadline = Date.now() + TIME_SAFETY_MARGIN_MS + 100;

    const body = await run(createEvent(), lambdaContext(() => deadline - Date.now())) as { Status: string; Reason: string };

    expect(body.Status).toBe('FAILED');
    expect(body.Reason).toMatch(new RegExp(
      `^ListSecurityProfiles for Amazon Connect instance ${INSTANCE_ID} did not answer before the Lambda function was about to time out \\((AbortError|TimeoutError): `,
    ));
    expect(connect.requests).toHaveLength(1);
  });

  test('does not start a call when the Lambda timeout is already too close', async () => {
    connect.putInstance(INSTANCE_ID);

    const body = await run(createEvent(), lambdaContext(() => TIME_SAFETY_MARGIN_MS - 1));

    expect(body).toEqual(failed(
      `${INSTANCE_ID}/default-profiles`,
      `ListSecurityProfiles for Amazon Connect instance ${INSTANCE_ID}: gave up before attempt 1 because the Lambda function is about to time out`,
    ));
    expect(connect.requests).toHaveLength(0);
  });
});

describe('eventual consistency', () => {
  const accessDenied = {
    status: 403,
    type: 'AccessDeniedException',
    message: 'User is not authorized to perform connect:ListSecurityProfiles',
  };

  test('AccessDeniedException while the role policy propagates is retried until it succeeds', async () => {
    const instance = connect.putInstance(INSTANCE_ID);
    connect.failNext(3, accessDenied);

    const body = await run(createEvent());

    expect(body).toEqual(success(`${INSTANCE_ID}/default-profiles`, builtInData(instance)));
    expect(paths()).toEqual([SECURITY_PATH, SECURITY_PATH, SECURITY_PATH, SECURITY_PATH, ROUTING_PATH]);
    expect(clock.sleeps).toEqual(backoffs(3));
  });

  test('AccessDeniedException for the second operation is retried too', async () => {
    const instance = connect.putInstance(INSTANCE_ID);
    connect.failNext(2, { ...accessDenied, message: 'User is not authorized to perform connect:ListRoutingProfiles' }, 1);

    const body = await run(createEvent());

    expect(body).toEqual(success(`${INSTANCE_ID}/default-profiles`, builtInData(instance)));
    expect(paths()).toEqual([SECURITY_PATH, ROUTING_PATH, ROUTING_PATH, ROUTING_PATH]);
  });

  test('AccessDeniedException that outlasts the retry window fails with the message of a plain denial', async () => {
    connect.putInstance(INSTANCE_ID);
    connect.failNext(1000, accessDenied);

    const body = await run(createEvent());

    expect(body).toEqual(failed(
      `${INSTANCE_ID}/default-profiles`,
      `ListSecurityProfiles failed for Amazon Connect instance ${INSTANCE_ID}: AccessDeniedException: User is not authorized to perform connect:ListSecurityProfiles`,
    ));
    expect(clock.sleeps).toEqual(waitsUntilWindowCloses());
    expect(connect.requests).toHaveLength(clock.sleeps.length + 1);
  });

  test('ResourceNotFoundException right after the instance turns ACTIVE is retried until it succeeds', async () => {
    const instance = connect.putInstance(INSTANCE_ID);
    connect.failNext(2, { status: 404, type: 'ResourceNotFoundException', message: `Instance not found: ${INSTANCE_ID}` });

    const body = await run(createEvent());

    expect(body).toEqual(success(`${INSTANCE_ID}/default-profiles`, builtInData(instance)));
    expect(paths()).toEqual([SECURITY_PATH, SECURITY_PATH, SECURITY_PATH, ROUTING_PATH]);
  });

  test('built-in profiles not listed yet are listed again until they appear', async () => {
    const instance = connect.putInstance(INSTANCE_ID);
    connect.withholdProfiles('security', 2);

    const body = await run(createEvent());

    expect(body).toEqual(success(`${INSTANCE_ID}/default-profiles`, builtInData(instance)));
    // Only the kind that lacked a name is listed again.
    expect(paths()).toEqual([SECURITY_PATH, ROUTING_PATH, SECURITY_PATH, SECURITY_PATH]);
    expect(clock.sleeps).toEqual(backoffs(2));
  });

  test('both kinds missing at first are listed again together', async () => {
    const instance = connect.putInstance(INSTANCE_ID);
    connect.withholdProfiles('security', 1);
    connect.withholdProfiles('routing', 2);

    const body = await run(createEvent());

    expect(body).toEqual(success(`${INSTANCE_ID}/default-profiles`, builtInData(instance)));
    expect(paths()).toEqual([SECURITY_PATH, ROUTING_PATH, SECURITY_PATH, ROUTING_PATH, ROUTING_PATH]);
  });

  test('a name still missing when the retry window closes fails with the reason listing what exists', async () => {
    connect.putInstance(INSTANCE_ID, { securityProfiles: ['Agent'], routingProfiles: ['Basic Routing Profile'] });

    const body = await run(createEvent({ InstanceId: INSTANCE_ID, SecurityProfileNames: ['Admin'], RoutingProfileNames: ['Basic Routing Profile'] }));

    expect(body).toEqual(failed(
      `${INSTANCE_ID}/default-profiles`,
      `security profile "Admin" not found in Amazon Connect instance ${INSTANCE_ID}: found "Agent"`,
    ));
    expect(clock.sleeps).toEqual(waitsUntilWindowCloses());
    expect(paths()).toEqual([SECURITY_PATH, ROUTING_PATH, ...Array(clock.sleeps.length).fill(SECURITY_PATH)]);
  });

  test('errors and missing names share one window', async () => {
    connect.putInstance(INSTANCE_ID);
    connect.failNext(10, accessDenied);
    connect.withholdProfiles('security', 1000);

    const body = await run(createEvent({ InstanceId: INSTANCE_ID, SecurityProfileNames: ['Admin'] }));

    expect(body).toEqual(failed(`${INSTANCE_ID}/default-profiles`, `security profile "Admin" not found in Amazon Connect instance ${INSTANCE_ID}: it has none`));
    // Ten SDK retries of the first call, then the handler's re-listings, all within one window.
    expect(clock.sleeps.slice(0, 10)).toEqual(backoffs(10));
    expect(clock.sleeps.slice(10, 13)).toEqual(backoffs(3));
    expect(clock.elapsed).toBe(RETRY_WINDOW_MS);
  });
});

describe('Update', () => {
  test('looks the profiles up again and returns the fresh ARNs under the same physical id', async () => {
    const before = connect.putInstance(INSTANCE_ID);
    const created = await run(createEvent());
    expect(created).toEqual(success(`${INSTANCE_ID}/default-profiles`, builtInData(before)));
    receiver.reset();
    connect.requests.length = 0;
    const after = connect.putInstance(INSTANCE_ID);

    const body = await run(updateEvent(DEFAULT_PROPS, DEFAULT_PROPS, `${INSTANCE_ID}/default-profiles`));

    expect(body).toEqual(success(`${INSTANCE_ID}/default-profiles`, builtInData(after)));
    expect(builtInData(after)).not.toEqual(builtInData(before));
    expect(paths()).toEqual([SECURITY_PATH, ROUTING_PATH]);
  });

  test('keeps the physical id when the instance is given as an ARN instead of an id', async () => {
    const instance = connect.putInstance(INSTANCE_ID);

    const body = await run(updateEvent(
      { ...DEFAULT_PROPS, InstanceId: connect.instanceArn(INSTANCE_ID) },
      DEFAULT_PROPS,
      'physical-id-from-an-older-version',
    ));

    expect(body).toEqual(success('physical-id-from-an-older-version', builtInData(instance)));
  });

  test('takes a new physical id when the instance changes', async () => {
    const instance = connect.putInstance(OTHER_INSTANCE_ID);

    const body = await run(updateEvent({ ...DEFAULT_PROPS, InstanceId: OTHER_INSTANCE_ID }, DEFAULT_PROPS, `${INSTANCE_ID}/default-profiles`));

    expect(body).toEqual(success(`${OTHER_INSTANCE_ID}/default-profiles`, builtInData(instance)));
    expect(paths()).toEqual([`/security-profiles-summary/${OTHER_INSTANCE_ID}`, `/routing-profiles-summary/${OTHER_INSTANCE_ID}`]);
  });

  test('a failed update keeps the previous physical id', async () => {
    connect.putInstance(INSTANCE_ID, { securityProfiles: ['Agent'] });

    const body = await run(updateEvent(
      { ...DEFAULT_PROPS, SecurityProfileNames: ['Admin'], RoutingProfileNames: [] },
      DEFAULT_PROPS,
      `${INSTANCE_ID}/default-profiles`,
    ));

    expect(body).toEqual(failed(
      `${INSTANCE_ID}/default-profiles`,
      `security profile "Admin" not found in Amazon Connect instance ${INSTANCE_ID}: found "Agent"`,
    ));
  });
});

describe('Delete', () => {
  test('succeeds at once without calling Connect', async () => {
    const body = await run(deleteEvent(DEFAULT_PROPS, `${INSTANCE_ID}/default-profiles`));

    expect(body).toEqual(success(`${INSTANCE_ID}/default-profiles`));
    expect(connect.requests).toHaveLength(0);
  });

  test('succeeds even for an instance that no longer exists or bad properties', async () => {
    const body = await run(deleteEvent({ InstanceId: 42 }, 'InstanceProfileLookup1234ABCD/default-profiles'));

    expect(body).toEqual(success('InstanceProfileLookup1234ABCD/default-profiles'));
    expect(connect.requests).toHaveLength(0);
  });
});

describe('the bundled asset', () => {
  test('index.handler resolves the profiles through the runtime SDK after an AccessDeniedException', async () => {
    // What Lambda runs (`npx projen bundle`): the SDK stays external, as in the Node.js 22 runtime.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const bundled = require('../../../assets/private/profile-lookup/profile-lookup.lambda/index.js') as { handler: typeof handler; RETRY_WINDOW_MS: number };
    const instance = connect.putInstance(INSTANCE_ID);
    connect.failNext(1, { status: 403, type: 'AccessDeniedException', message: 'not yet' });

    await bundled.handler(createEvent(), lambdaContext());

    expect(receiver.onlyBody()).toEqual(success(`${INSTANCE_ID}/default-profiles`, builtInData(instance)));
    expect(paths()).toEqual([SECURITY_PATH, SECURITY_PATH, ROUTING_PATH]);
    expect(bundled.RETRY_WINDOW_MS).toBe(RETRY_WINDOW_MS);
  });
});

describe('test isolation', () => {
  test('no host name can be resolved, so no real AWS endpoint can be reached', async () => {
    const error = await new Promise<Error>((resolve) => {
      http.get('http://connect.guard-check.invalid/', () => resolve(new Error('unexpected response'))).on('error', resolve);
    });

    expect(error.message).toBe('DNS lookup of connect.guard-check.invalid blocked by the test');
    expect(lookedUpHosts).toEqual(['connect.guard-check.invalid']);
    lookedUpHosts.length = 0;
  });
});
