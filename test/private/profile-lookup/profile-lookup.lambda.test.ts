import * as http from 'http';
import type {
  CloudFormationCustomResourceCreateEvent,
  CloudFormationCustomResourceDeleteEvent,
  CloudFormationCustomResourceEvent,
  CloudFormationCustomResourceUpdateEvent,
} from 'aws-lambda';
import { profileAttributeName } from '../../../src/private/profile-lookup/attribute-names';
import {
  LookupResponse, lookupHandler, MAX_RETRY_DELAY_MS, RETRY_BASE_DELAY_MS, RETRY_WINDOW_MS, TIME_SAFETY_MARGIN_MS,
} from '../../../src/private/profile-lookup/profile-lookup.lambda';
import { customResourceEvents } from '../../helpers/cfn-events';
import { ConnectFake, FakeInstance } from '../../helpers/connect-fake';
import { againstConnectFake, lambdaContext } from '../../helpers/lambda-env';
import { VirtualClock } from '../../helpers/virtual-clock';

const INSTANCE_ID = '11111111-2222-3333-4444-555555555555';
const OTHER_INSTANCE_ID = '99999999-8888-7777-6666-555555555555';
const STACK_ID = 'arn:aws:cloudformation:us-east-1:123456789012:stack/test-stack/00000000-0000-0000-0000-000000000000';
const SECURITY_PATH = `/security-profiles-summary/${INSTANCE_ID}`;
const ROUTING_PATH = `/routing-profiles-summary/${INSTANCE_ID}`;

const connect = new ConnectFake();
/** What CloudFormation sends; the wrapper passes `...` to the handler instead. */
const RESPONSE_URL = 'https://cloudformation-custom-resource-response-useast1.s3.amazonaws.com/stack?X-Amz-Signature=secret-signature';
/** Host names something tried to resolve: any real AWS call would show up here. */
const lookedUpHosts = againstConnectFake(connect);
let logged: string[] = [];

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

beforeEach(() => {
  clock = new VirtualClock();
  handler = lookupHandler({ timing: clock });
  connect.reset();
  connect.pageSize = 1000;
  logged = [];
  for (const method of ['log', 'warn', 'error'] as const) {
    jest.spyOn(console, method).mockImplementation((...args: unknown[]) => {
      logged.push(args.map(String).join(' '));
    });
  }
});

afterEach(() => {
  expect(logged.join('\n')).not.toContain('secret-signature');
});

interface LookupProps {
  readonly InstanceArn?: unknown;
  readonly InstanceId?: unknown;
  readonly SecurityProfileNames?: unknown;
  readonly RoutingProfileNames?: unknown;
}

const INSTANCE_ARN = `arn:aws:connect:us-east-1:123456789012:instance/${INSTANCE_ID}`;
const OTHER_INSTANCE_ARN = `arn:aws:connect:us-east-1:123456789012:instance/${OTHER_INSTANCE_ID}`;

const DEFAULT_PROPS: LookupProps = {
  InstanceArn: INSTANCE_ARN,
  SecurityProfileNames: ['Admin', 'Agent', 'CallCenterManager', 'QualityAnalyst'],
  RoutingProfileNames: ['Basic Routing Profile'],
};

const EVENTS = customResourceEvents<LookupProps>({ resourceType: 'Custom::ConnectProfileLookup', logicalResourceId: 'InstanceProfileLookup1234ABCD', stackId: STACK_ID, responseUrl: RESPONSE_URL });

function createEvent(props: LookupProps = DEFAULT_PROPS): CloudFormationCustomResourceCreateEvent {
  return EVENTS.create(props);
}

function updateEvent(props: LookupProps, oldProps: LookupProps, physicalId: string): CloudFormationCustomResourceUpdateEvent {
  return EVENTS.update(props, oldProps, physicalId);
}

function deleteEvent(props: LookupProps, physicalId: string): CloudFormationCustomResourceDeleteEvent {
  return EVENTS.delete(props, physicalId);
}

/** A failure as the wrapper reports it: the thrown error's `stack`, which must be its message, not a trace. */
interface Failure {
  readonly Reason: string;
}

/**
 * Runs the handler as the wrapper does (the event without its response URL)
 * and returns what it returned, or the reason CloudFormation would get.
 */
async function run(event: CloudFormationCustomResourceEvent, context = lambdaContext()): Promise<LookupResponse | Failure> {
  try {
    return await handler({ ...event, ResponseURL: '...' }, context);
  } catch (err) {
    const error = err as Error;
    expect(error.stack).toBe(error.message);
    return { Reason: error.stack! };
  }
}

function success(physicalId: string, data: Record<string, string>): LookupResponse {
  return { PhysicalResourceId: physicalId, Data: data };
}

function failed(reason: string): Failure {
  return { Reason: reason };
}

const securityArn = (name: string) => profileAttributeName('SecurityProfileArn', name);
const routingArn = (name: string) => profileAttributeName('RoutingProfileArn', name);

/** The Data the handler should return for the built-in profiles of an instance. */
function builtInData(instance: FakeInstance): Record<string, string> {
  const data: Record<string, string> = {};
  for (const p of instance.securityProfiles) {
    data[securityArn(p.Name)] = p.Arn;
  }
  data[routingArn('Basic Routing Profile')] = instance.routingProfiles[0].Arn;
  return data;
}

function paths(): string[] {
  return connect.requests.map((r) => r.path);
}

describe('Create', () => {
  test('resolves the built-in profiles of a new instance', async () => {
    const instance = connect.putInstance(INSTANCE_ID);

    const body = await run(createEvent());

    expect(body).toEqual(success(`${INSTANCE_ID}/profiles`, builtInData(instance)));
    expect(paths()).toEqual([SECURITY_PATH, ROUTING_PATH]);
    for (const request of connect.requests) {
      expect(request.method).toBe('GET');
      expect(request.query).toEqual({ maxResults: '1000' });
      expect(request.headers.authorization).toMatch(/^AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE\/\d{8}\/us-east-1\/connect\/aws4_request/);
    }
  });

  test('follows NextToken across pages and finds a profile on the last one', async () => {
    const names = Array.from({ length: 25 }, (_, i) => `Profile ${String(i + 1).padStart(2, '0')}`);
    const instance = connect.putInstance(INSTANCE_ID, { securityProfiles: names, routingProfiles: ['Basic Routing Profile'] });
    connect.pageSize = 10;
    const target = instance.securityProfiles[24];

    const body = await run(createEvent({ InstanceArn: INSTANCE_ARN, SecurityProfileNames: ['Profile 25'], RoutingProfileNames: [] }));

    expect(body).toEqual(success(`${INSTANCE_ID}/profiles`, { [securityArn('Profile 25')]: target.Arn }));
    expect(paths()).toEqual([SECURITY_PATH, SECURITY_PATH, SECURITY_PATH]);
    const tokens = connect.requests.map((r) => r.query.nextToken);
    expect(tokens[0]).toBeUndefined();
    expect(tokens[1]).toEqual(expect.any(String));
    expect(tokens[2]).toEqual(expect.any(String));
    expect(tokens[2]).not.toEqual(tokens[1]);
  });

  test('stops listing when a page returns the token it was asked with (the paginator\'s stopOnSameToken)', async () => {
    const names = Array.from({ length: 25 }, (_, i) => `Profile ${String(i + 1).padStart(2, '0')}`);
    const instance = connect.putInstance(INSTANCE_ID, { securityProfiles: names, routingProfiles: ['Basic Routing Profile'] });
    connect.pageSize = 10;
    connect.repeatToken = true;

    const body = await run(createEvent({ InstanceArn: INSTANCE_ARN, SecurityProfileNames: ['Profile 15'], RoutingProfileNames: [] }));

    expect(body).toEqual(success(`${INSTANCE_ID}/profiles`, { [securityArn('Profile 15')]: instance.securityProfiles[14].Arn }));
    expect(paths()).toEqual([SECURITY_PATH, SECURITY_PATH]);
  });

  test('paginates routing profiles too', async () => {
    const names = Array.from({ length: 12 }, (_, i) => `Queue ${i}`).concat('Basic Routing Profile');
    const instance = connect.putInstance(INSTANCE_ID, { routingProfiles: names });
    connect.pageSize = 5;

    const body = await run(createEvent({ InstanceArn: INSTANCE_ARN, RoutingProfileNames: ['Basic Routing Profile'] }));

    expect(body).toEqual(success(`${INSTANCE_ID}/profiles`, { [routingArn('Basic Routing Profile')]: instance.routingProfiles[12].Arn }));
    expect(paths()).toEqual([ROUTING_PATH, ROUTING_PATH, ROUTING_PATH]);
  });

  test('makes no call and returns no attribute when no name is requested', async () => {
    connect.putInstance(INSTANCE_ID);

    const body = await run(createEvent({ InstanceArn: INSTANCE_ARN, SecurityProfileNames: [], RoutingProfileNames: [] }));

    expect(body).toEqual(success(`${INSTANCE_ID}/profiles`, {}));
    expect(connect.requests).toHaveLength(0);
  });

  test('calls the API with the bare id of the instance ARN', async () => {
    const instance = connect.putInstance(INSTANCE_ID);

    const body = await run(createEvent({ ...DEFAULT_PROPS, InstanceArn: connect.instanceArn(INSTANCE_ID) }));

    expect(body).toEqual(success(`${INSTANCE_ID}/profiles`, builtInData(instance)));
    expect(paths()).toEqual([SECURITY_PATH, ROUTING_PATH]);
  });

  test('accepts an ARN in another partition', async () => {
    const instance = connect.putInstance(INSTANCE_ID);

    const body = await run(createEvent({ ...DEFAULT_PROPS, InstanceArn: `arn:aws-us-gov:connect:us-gov-west-1:123456789012:instance/${INSTANCE_ID}` }));

    expect(body).toEqual(success(`${INSTANCE_ID}/profiles`, builtInData(instance)));
  });
});

describe('exact name matching', () => {
  test('"Admin " and "admin" do not match "Admin"', async () => {
    connect.putInstance(INSTANCE_ID, { securityProfiles: ['Admin ', 'admin', 'ADMIN', 'Agent'] });

    const body = await run(createEvent({ InstanceArn: INSTANCE_ARN, SecurityProfileNames: ['Admin'] }));

    expect(body).toEqual(failed(`security profile "Admin" not found in Amazon Connect instance ${INSTANCE_ID}: found "Admin ", "admin", "ADMIN", "Agent"`,
    ));
  });

  test('picks the exact name among look-alikes', async () => {
    const instance = connect.putInstance(INSTANCE_ID, { securityProfiles: ['Admin ', 'admin', 'Admin', 'Administrator'] });
    const admin = instance.securityProfiles[2];

    const body = await run(createEvent({ InstanceArn: INSTANCE_ARN, SecurityProfileNames: ['Admin'] }));

    expect(body).toEqual(success(`${INSTANCE_ID}/profiles`, { [securityArn('Admin')]: admin.Arn }));
  });

  test('names that differ only in punctuation, spacing or script each get an attribute of their own', async () => {
    const names = ['Call Center', 'CallCenter', 'Call-Center', '!!', 'Centre d’appels', 'コールセンター'];
    const instance = connect.putInstance(INSTANCE_ID, { securityProfiles: names });

    const body = await run(createEvent({ InstanceArn: INSTANCE_ARN, SecurityProfileNames: names }));

    expect(body).toEqual(success(`${INSTANCE_ID}/profiles`, Object.fromEntries(instance.securityProfiles.map((p) => [securityArn(p.Name), p.Arn]))));
    expect(Object.keys((body as LookupResponse).Data!)).toHaveLength(names.length);
  });
});

describe('missing profiles', () => {
  test('fail with a reason naming each missing profile, the instance and what exists', async () => {
    connect.putInstance(INSTANCE_ID, { securityProfiles: ['Agent', 'CallCenterManager'], routingProfiles: ['Sales'] });

    const body = await run(createEvent({
      InstanceArn: INSTANCE_ARN,
      SecurityProfileNames: ['Admin', 'Agent', 'QualityAnalyst'],
      RoutingProfileNames: ['Basic Routing Profile'],
    }));

    expect(body).toEqual(failed(`security profiles "Admin", "QualityAnalyst" not found in Amazon Connect instance ${INSTANCE_ID}: found "Agent", "CallCenterManager"; `
      + `routing profile "Basic Routing Profile" not found in Amazon Connect instance ${INSTANCE_ID}: found "Sales"`,
    ));
  });

  test('say so when the instance has no profile of that kind', async () => {
    connect.putInstance(INSTANCE_ID, { securityProfiles: ['Admin'], routingProfiles: [] });

    const body = await run(createEvent());

    expect(body).toEqual(failed(`security profiles "Agent", "CallCenterManager", "QualityAnalyst" not found in Amazon Connect instance ${INSTANCE_ID}: found "Admin"; `
      + `routing profile "Basic Routing Profile" not found in Amazon Connect instance ${INSTANCE_ID}: it has none`,
    ));
  });

  test('keep the reason short when the instance has many profiles', async () => {
    const names = Array.from({ length: 300 }, (_, i) => `A rather long security profile name number ${i}`);
    connect.putInstance(INSTANCE_ID, { securityProfiles: names });

    const body = await run(createEvent({ InstanceArn: INSTANCE_ARN, SecurityProfileNames: ['Admin'] })) as { Reason: string };

    expect(body.Reason.length).toBeLessThan(1000);
    expect(body.Reason).toMatch(new RegExp(`^security profile "Admin" not found in Amazon Connect instance ${INSTANCE_ID}: found "A rather long`));
    expect(body.Reason).toMatch(/ and \d+ more$/);
  });
});

describe('errors', () => {
  test('an unknown instance is looked for until the retry window closes, then fails with a reason naming it', async () => {
    connect.putInstance(INSTANCE_ID);

    const body = await run(createEvent({ ...DEFAULT_PROPS, InstanceArn: OTHER_INSTANCE_ARN }));

    expect(body).toEqual(failed(`Amazon Connect instance ${OTHER_INSTANCE_ID} not found in us-east-1; check the InstanceArn property `
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

    expect(body).toEqual(failed(`ListSecurityProfiles failed for Amazon Connect instance ${INSTANCE_ID}: InvalidParameterException: One or more of the specified parameters are not valid`,
    ));
    expect(connect.requests).toHaveLength(1);
    expect(clock.sleeps).toEqual([]);
  });

  test.each([
    ['no InstanceArn', { ...DEFAULT_PROPS, InstanceArn: undefined }, 'InstanceArn must be an Amazon Connect instance ARN, got undefined'],
    ['a bare instance id', { ...DEFAULT_PROPS, InstanceArn: INSTANCE_ID }, `InstanceArn must be an Amazon Connect instance ARN, got "${INSTANCE_ID}"`],
    ['an ARN of another service', { ...DEFAULT_PROPS, InstanceArn: 'arn:aws:s3:::bucket' }, 'InstanceArn must be an Amazon Connect instance ARN, got "arn:aws:s3:::bucket"'],
    ['a queue ARN', { ...DEFAULT_PROPS, InstanceArn: `${INSTANCE_ARN}/queue/abc` }, `InstanceArn must be an Amazon Connect instance ARN, got "${INSTANCE_ARN}/queue/abc"`],
    ['names that are not a list', { ...DEFAULT_PROPS, SecurityProfileNames: 'Admin' }, 'SecurityProfileNames must be a list of non-empty strings, got "Admin"'],
    ['an empty name', { ...DEFAULT_PROPS, RoutingProfileNames: [''] }, 'RoutingProfileNames must be a list of non-empty strings, got [""]'],
  ])('bad properties (%s) fail without calling Connect', async (_, props, reason) => {
    const body = await run(createEvent(props));

    expect(body).toEqual(failed(reason));
    expect(connect.requests).toHaveLength(0);
  });

  test('an unexpected error fails with its name and message, not a stack trace', async () => {
    connect.putInstance(INSTANCE_ID);
    const broken = lambdaContext(() => {
      throw new TypeError('something nobody expected');
    });

    const body = await run(createEvent(), broken);

    expect(body).toEqual(failed('TypeError: something nobody expected'));
  });

  test('a reason longer than 1,000 characters is cut to 1,000', async () => {
    connect.putInstance(INSTANCE_ID);
    connect.failNext(1, { status: 400, type: 'InvalidParameterException', message: 'x'.repeat(2000) });

    const body = await run(createEvent()) as Failure;

    expect(body.Reason).toHaveLength(1000);
    expect(body.Reason).toMatch(/^ListSecurityProfiles failed for Amazon Connect instance .+: InvalidParameterException: x+\.\.\.$/);
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

    expect(body).toEqual(success(`${INSTANCE_ID}/profiles`, builtInData(instance)));
    expect(paths()).toEqual([SECURITY_PATH, SECURITY_PATH, SECURITY_PATH, ROUTING_PATH]);
    expect(clock.sleeps).toEqual(backoffs(2));
  });

  test('throttling in the middle of pagination retries the same page', async () => {
    const names = Array.from({ length: 25 }, (_, i) => `Profile ${i}`);
    const instance = connect.putInstance(INSTANCE_ID, { securityProfiles: names });
    connect.pageSize = 10;
    connect.throttleNext(2, 'TooManyRequestsException', 1);

    const body = await run(createEvent({ InstanceArn: INSTANCE_ARN, SecurityProfileNames: ['Profile 24'] }));

    expect(body).toEqual(success(`${INSTANCE_ID}/profiles`, { [securityArn('Profile 24')]: instance.securityProfiles[24].Arn }));
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
    expect(body).toEqual(failed(`ListSecurityProfiles for Amazon Connect instance ${INSTANCE_ID} still failing after ${attempts} attempts: TooManyRequestsException: Rate exceeded`,
    ));
    expect(connect.requests).toHaveLength(attempts);
    expect(clock.sleeps).toEqual(waitsUntilWindowCloses());
  });

  test('a server error that outlasts the retry window fails the same way', async () => {
    connect.putInstance(INSTANCE_ID);
    connect.failNext(1000, { status: 500, type: 'InternalServiceException', message: 'Request processing failed' });

    const body = await run(createEvent());

    const attempts = waitsUntilWindowCloses().length + 1;
    expect(body).toEqual(failed(`ListSecurityProfiles for Amazon Connect instance ${INSTANCE_ID} still failing after ${attempts} attempts: InternalServiceException: Request processing failed`,
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

    expect(body).toEqual(failed(`ListSecurityProfiles for Amazon Connect instance ${INSTANCE_ID}: stopped retrying after 5 attempts because the Lambda function is about to time out `
      + '(last error: TooManyRequestsException: Rate exceeded)',
    ));
    expect(connect.requests).toHaveLength(5);
    expect(clock.sleeps).toEqual(backoffs(4));
  });

  test('aborts a call that would run into the Lambda timeout', async () => {
    connect.putInstance(INSTANCE_ID);
    connect.responseDelayMs = 2_000;
    const deadline = Date.now() + TIME_SAFETY_MARGIN_MS + 100;

    const body = await run(createEvent(), lambdaContext(() => deadline - Date.now())) as Failure;

    expect(body.Reason).toMatch(new RegExp(
      `^ListSecurityProfiles for Amazon Connect instance ${INSTANCE_ID} did not answer before the Lambda function was about to time out \\((AbortError|TimeoutError): `,
    ));
    expect(connect.requests).toHaveLength(1);
  });

  test('does not start a call when the Lambda timeout is already too close', async () => {
    connect.putInstance(INSTANCE_ID);

    const body = await run(createEvent(), lambdaContext(() => TIME_SAFETY_MARGIN_MS - 1));

    expect(body).toEqual(failed(`ListSecurityProfiles for Amazon Connect instance ${INSTANCE_ID}: gave up before attempt 1 because the Lambda function is about to time out`,
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

    expect(body).toEqual(success(`${INSTANCE_ID}/profiles`, builtInData(instance)));
    expect(paths()).toEqual([SECURITY_PATH, SECURITY_PATH, SECURITY_PATH, SECURITY_PATH, ROUTING_PATH]);
    expect(clock.sleeps).toEqual(backoffs(3));
  });

  test('AccessDeniedException for the second operation is retried too', async () => {
    const instance = connect.putInstance(INSTANCE_ID);
    connect.failNext(2, { ...accessDenied, message: 'User is not authorized to perform connect:ListRoutingProfiles' }, 1);

    const body = await run(createEvent());

    expect(body).toEqual(success(`${INSTANCE_ID}/profiles`, builtInData(instance)));
    expect(paths()).toEqual([SECURITY_PATH, ROUTING_PATH, ROUTING_PATH, ROUTING_PATH]);
  });

  test('AccessDeniedException that outlasts the retry window fails with the message of a plain denial', async () => {
    connect.putInstance(INSTANCE_ID);
    connect.failNext(1000, accessDenied);

    const body = await run(createEvent());

    expect(body).toEqual(failed(`ListSecurityProfiles failed for Amazon Connect instance ${INSTANCE_ID}: AccessDeniedException: User is not authorized to perform connect:ListSecurityProfiles`,
    ));
    expect(clock.sleeps).toEqual(waitsUntilWindowCloses());
    expect(connect.requests).toHaveLength(clock.sleeps.length + 1);
  });

  test('ResourceNotFoundException right after the instance turns ACTIVE is retried until it succeeds', async () => {
    const instance = connect.putInstance(INSTANCE_ID);
    connect.failNext(2, { status: 404, type: 'ResourceNotFoundException', message: `Instance not found: ${INSTANCE_ID}` });

    const body = await run(createEvent());

    expect(body).toEqual(success(`${INSTANCE_ID}/profiles`, builtInData(instance)));
    expect(paths()).toEqual([SECURITY_PATH, SECURITY_PATH, SECURITY_PATH, ROUTING_PATH]);
  });

  test('built-in profiles not listed yet are listed again until they appear', async () => {
    const instance = connect.putInstance(INSTANCE_ID);
    connect.withholdProfiles('security', 2);

    const body = await run(createEvent());

    expect(body).toEqual(success(`${INSTANCE_ID}/profiles`, builtInData(instance)));
    // Only the kind that lacked a name is listed again.
    expect(paths()).toEqual([SECURITY_PATH, ROUTING_PATH, SECURITY_PATH, SECURITY_PATH]);
    expect(clock.sleeps).toEqual(backoffs(2));
  });

  test('both kinds missing at first are listed again together', async () => {
    const instance = connect.putInstance(INSTANCE_ID);
    connect.withholdProfiles('security', 1);
    connect.withholdProfiles('routing', 2);

    const body = await run(createEvent());

    expect(body).toEqual(success(`${INSTANCE_ID}/profiles`, builtInData(instance)));
    expect(paths()).toEqual([SECURITY_PATH, ROUTING_PATH, SECURITY_PATH, ROUTING_PATH, ROUTING_PATH]);
  });

  test('a name still missing when the retry window closes fails with the reason listing what exists', async () => {
    connect.putInstance(INSTANCE_ID, { securityProfiles: ['Agent'], routingProfiles: ['Basic Routing Profile'] });

    const body = await run(createEvent({ InstanceArn: INSTANCE_ARN, SecurityProfileNames: ['Admin'], RoutingProfileNames: ['Basic Routing Profile'] }));

    expect(body).toEqual(failed(`security profile "Admin" not found in Amazon Connect instance ${INSTANCE_ID}: found "Agent"`,
    ));
    expect(clock.sleeps).toEqual(waitsUntilWindowCloses());
    expect(paths()).toEqual([SECURITY_PATH, ROUTING_PATH, ...Array(clock.sleeps.length).fill(SECURITY_PATH)]);
  });

  test('errors and missing names share one window', async () => {
    connect.putInstance(INSTANCE_ID);
    connect.failNext(10, accessDenied);
    connect.withholdProfiles('security', 1000);

    const body = await run(createEvent({ InstanceArn: INSTANCE_ARN, SecurityProfileNames: ['Admin'] }));

    expect(body).toEqual(failed(`security profile "Admin" not found in Amazon Connect instance ${INSTANCE_ID}: it has none`));
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
    expect(created).toEqual(success(`${INSTANCE_ID}/profiles`, builtInData(before)));
    connect.requests.length = 0;
    const after = connect.putInstance(INSTANCE_ID);

    const body = await run(updateEvent(DEFAULT_PROPS, DEFAULT_PROPS, `${INSTANCE_ID}/profiles`));

    expect(body).toEqual(success(`${INSTANCE_ID}/profiles`, builtInData(after)));
    expect(builtInData(after)).not.toEqual(builtInData(before));
    expect(paths()).toEqual([SECURITY_PATH, ROUTING_PATH]);
  });

  test('keeps the physical id of a lookup created by an earlier release (InstanceId, /default-profiles)', async () => {
    const instance = connect.putInstance(INSTANCE_ID);
    const earlier = { InstanceId: INSTANCE_ARN, SecurityProfileNames: ['Admin'], RoutingProfileNames: ['Basic Routing Profile'] };

    const body = await run(updateEvent(DEFAULT_PROPS, earlier, `${INSTANCE_ID}/default-profiles`));

    expect(body).toEqual(success(`${INSTANCE_ID}/default-profiles`, builtInData(instance)));
  });

  test('takes a new physical id when the instance changes', async () => {
    const instance = connect.putInstance(OTHER_INSTANCE_ID);

    const body = await run(updateEvent({ ...DEFAULT_PROPS, InstanceArn: OTHER_INSTANCE_ARN }, DEFAULT_PROPS, `${INSTANCE_ID}/profiles`));

    expect(body).toEqual(success(`${OTHER_INSTANCE_ID}/profiles`, builtInData(instance)));
    expect(paths()).toEqual([`/security-profiles-summary/${OTHER_INSTANCE_ID}`, `/routing-profiles-summary/${OTHER_INSTANCE_ID}`]);
  });

});

describe('Delete', () => {
  test('succeeds at once without calling Connect, keeping the physical id', async () => {
    const body = await run(deleteEvent(DEFAULT_PROPS, `${INSTANCE_ID}/profiles`));

    expect(body).toEqual({});
    expect(connect.requests).toHaveLength(0);
  });

  test('succeeds even for an instance that no longer exists or bad properties', async () => {
    const body = await run(deleteEvent({ InstanceArn: 42 }, `${INSTANCE_ID}/profiles`));

    expect(body).toEqual({});
    expect(connect.requests).toHaveLength(0);
  });
});

describe('the bundled asset', () => {
  test('index.handler resolves the profiles through the runtime SDK after an AccessDeniedException', async () => {
    // What the wrapper requires (`npx projen bundle`): the SDK stays external, as in the Node.js 22 runtime.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const bundled = require('../../../assets/private/deploy-time/deploy-time.lambda/index.js') as { handler: typeof handler; RETRY_WINDOW_MS: number };
    const instance = connect.putInstance(INSTANCE_ID);
    connect.failNext(1, { status: 403, type: 'AccessDeniedException', message: 'not yet' });

    const body = await bundled.handler(createEvent(), lambdaContext());

    expect(body).toEqual(success(`${INSTANCE_ID}/profiles`, builtInData(instance)));
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
