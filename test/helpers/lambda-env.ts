/**
 * What a test of the profile lookup handler needs around it: the AWS SDK
 * pointed at the local Connect fake with fake credentials and nothing else
 * to fall back on, DNS blocked (so no real AWS endpoint can be reached), and
 * a Lambda context.
 */
import dns from 'dns';
import type { Context } from 'aws-lambda';

/** Points the SDK at `endpoint`, with fake credentials; returns what restores the environment. */
export function isolateAwsEnvironment(endpoint: string): () => void {
  const saved = { ...process.env };
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
  return () => {
    process.env = saved;
  };
}

/**
 * Fails every DNS lookup (the fakes listen on 127.0.0.1, so none is
 * expected) and records the host names tried in `lookedUp`.
 */
export function blockDnsLookups(lookedUp: string[]): jest.SpyInstance {
  return jest.spyOn(dns, 'lookup').mockImplementation(((hostname: string, ...rest: unknown[]) => {
    lookedUp.push(hostname);
    const callback = rest[rest.length - 1] as (err: Error) => void;
    process.nextTick(() => callback(new Error(`DNS lookup of ${hostname} blocked by the test`)));
  }) as unknown as typeof dns.lookup);
}

/** A Lambda context whose remaining time is `remainingMs()`. */
export function lambdaContext(remainingMs: () => number = () => 300_000): Context {
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

/**
 * Runs the test file's handlers against `connect`: starts the fake before
 * the first test, points the AWS SDK at it (isolateAwsEnvironment) and
 * blocks DNS lookups; after each test, checks that nothing was looked up;
 * after the last, undoes it all. Returns the hosts looked up.
 */
export function againstConnectFake(connect: { start(): Promise<string>; stop(): Promise<void> }): string[] {
  const lookedUpHosts: string[] = [];
  let restoreEnvironment: () => void;
  beforeAll(async () => {
    restoreEnvironment = isolateAwsEnvironment(await connect.start());
    blockDnsLookups(lookedUpHosts);
  });
  afterAll(async () => {
    jest.restoreAllMocks();
    restoreEnvironment();
    await connect.stop();
  });
  afterEach(() => {
    expect(lookedUpHosts).toEqual([]);
  });
  return lookedUpHosts;
}
