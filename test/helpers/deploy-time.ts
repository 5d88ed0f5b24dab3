import type { CloudFormationCustomResourceEvent } from 'aws-lambda';
import { ConnectFake } from './connect-fake';
import { againstConnectFake, lambdaContext } from './lambda-env';
import { VirtualClock } from './virtual-clock';
import { deployTimeHandler } from '../../src/private/deploy-time/deploy-time.lambda';

/** The deploy-time function's handler, as the dispatcher builds it. */
export type DeployTimeHandler = ReturnType<typeof deployTimeHandler>;

/** The deploy-time handler of a test file, and the local Connect fake it calls. */
export interface DeployTimeBench {
  readonly connect: ConnectFake;
  /** The current test's clock. */
  readonly clock: VirtualClock;
  /** Each request the fake received, as `<signed Region> <method> <path>`. */
  readonly calls: () => string[];
  /**
   * What the handler returned for `event`, or the reason CloudFormation would get (the error's `stack`, which must
   * be its message). The Lambda context has `remainingMs()` left.
   */
  readonly run: (event: CloudFormationCustomResourceEvent, remainingMs?: () => number) => Promise<any>;
}

/**
 * Runs the test file's deploy-time handler against a local Connect fake (againstConnectFake). Before each test: a
 * new virtual clock and handler, the fake reset and then filled by `seed`, and the console silenced.
 */
export function againstDeployTimeHandler(seed: (connect: ConnectFake) => void): DeployTimeBench {
  const connect = new ConnectFake();
  againstConnectFake(connect);
  let clock: VirtualClock;
  let handler: DeployTimeHandler;
  beforeEach(() => {
    clock = new VirtualClock();
    handler = deployTimeHandler({ timing: clock });
    connect.reset();
    seed(connect);
    for (const method of ['log', 'warn', 'error'] as const) {
      jest.spyOn(console, method).mockImplementation(() => undefined);
    }
  });
  return {
    connect,
    get clock() {
      return clock;
    },
    calls: () => connect.requests.map((r, i) => `${connect.signedRegions[i]} ${r.method} ${decodeURIComponent(r.path)}`),
    run: async (event, remainingMs) => {
      try {
        return await handler(event, lambdaContext(remainingMs));
      } catch (err) {
        const error = err as Error;
        expect(error.stack).toBe(error.message);
        return { Reason: error.stack };
      }
    },
  };
}
