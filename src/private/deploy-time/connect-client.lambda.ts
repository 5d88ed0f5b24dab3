/** One Amazon Connect call of a deploy-time handler (function code: the SDK is the runtime's), in a given Region, with the shared retries and time budget. */
// The Lambda Node.js runtime provides the AWS SDK v3; the bundle keeps it external.
import { ConnectClient } from '@aws-sdk/client-connect';
import type { Context } from 'aws-lambda';
import { callBudget, outOfTimeOrRetries } from './connect-calls';
import { errorName, errorText, ReasonError } from './reasons';
import { LookupRetryStrategy, Timing } from '../profile-lookup/lookup-retry';
import { invocationWindow } from '../profile-lookup/profile-lookup.lambda';

/** What every call of one invocation shares. */
export interface CallSession {
  readonly context: Context;
  readonly timing: Timing;
  /** How long after a call starts its retries may start, in milliseconds. */
  readonly windowMs: number;
  /** The handler's error for a reason. */
  readonly fail: (reason: string) => ReasonError;
}

/** A failed call: the service's error name, and the reason CloudFormation would show. */
export class ConnectCallError extends Error {
  constructor(name: string, public readonly reason: string) {
    super(reason);
    this.name = name;
  }
}

/**
 * Sends one call in `region` with a client of its own: a retry window per call (a long poll
 * keeps its retries), aborted before the time kept to answer.
 * @param retried the client errors retried besides throttling and server errors
 */
export async function callConnect<T>(
  session: CallSession,
  region: string,
  subject: string,
  retried: ReadonlySet<string>,
  send: (client: ConnectClient, options: { abortSignal: AbortSignal }) => Promise<T>,
): Promise<T> {
  const strategy = new LookupRetryStrategy(invocationWindow(session.context, session.windowMs, session.timing), retried);
  const client = new ConnectClient({ region, retryStrategy: strategy });
  try {
    return await send(client, { abortSignal: AbortSignal.timeout(callBudget(session.context, subject, session.fail)) });
  } catch (err) {
    if (err instanceof ReasonError) {
      throw err;
    }
    const reason = outOfTimeOrRetries(subject, err, strategy.refusalOf(err)) ?? `${subject} failed: ${errorText(err)}`;
    throw new ConnectCallError(errorName(err), reason);
  } finally {
    client.destroy();
  }
}
