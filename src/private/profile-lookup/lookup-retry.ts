/**
 * The retry policy of the deploy-time profile lookup (profile-lookup.lambda.ts):
 * one bounded window per invocation, shared by the AWS SDK's retries of each
 * Amazon Connect call and the handler's re-listing of profiles not yet listed.
 *
 * Why errors that are usually final are retried here:
 *
 * - `AccessDeniedException`: the function's role policy names the instance,
 *   so CloudFormation creates it seconds before the lookup runs, and IAM
 *   changes are eventually consistent ("Changes that I make are not always
 *   immediately visible",
 *   https://docs.aws.amazon.com/IAM/latest/UserGuide/troubleshoot_general.html#troubleshoot_general_eventual-consistency).
 * - `ResourceNotFoundException` and missing built-in profiles: the lookup
 *   runs right after the instance turns ACTIVE, and nothing documents that
 *   the instance and its default profiles are readable through every
 *   endpoint at that moment.
 * - Throttling and server errors, as the SDK's standard strategy would.
 *   ListSecurityProfiles and ListRoutingProfiles document
 *   InternalServiceException (500), InvalidParameterException,
 *   InvalidRequestException, ResourceNotFoundException and
 *   ThrottlingException (429)
 *   (https://docs.aws.amazon.com/connect/latest/APIReference/API_ListSecurityProfiles.html#API_ListSecurityProfiles_Errors,
 *   https://docs.aws.amazon.com/connect/latest/APIReference/API_ListRoutingProfiles.html#API_ListRoutingProfiles_Errors);
 *   AccessDeniedException is one of the errors common to all actions
 *   (https://docs.aws.amazon.com/connect/latest/APIReference/CommonErrors.html).
 */
import type { RetryErrorInfo, RetryStrategyV2, RetryToken } from '@smithy/types';

/** Time, waiting and randomness, replaceable in tests. */
export interface Timing {
  /** Milliseconds since the epoch. */
  now(): number;
  /** Resolves after `ms` milliseconds. */
  sleep(ms: number): Promise<void>;
  /** A number in [0, 1). */
  random(): number;
}

/** The real clock. */
export const SYSTEM_TIMING: Timing = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  random: () => Math.random(),
};

/** How the retry window is shaped. */
export interface RetryWindowOptions {
  /** How long after the window opens a retry may still start, in milliseconds. */
  readonly windowMs: number;
  /** The first backoff ceiling, doubled for each retry, in milliseconds. */
  readonly baseDelayMs: number;
  /** The largest backoff ceiling, in milliseconds. */
  readonly maxDelayMs: number;
  /**
   * Milliseconds that may still be spent waiting, read before each retry:
   * the Lambda function's remaining time less what answering needs.
   */
  readonly timeLeft: () => number;
  readonly timing: Timing;
}

/** Why the window refused a retry. */
export type StopReason = 'window' | 'timeout';

/**
 * Exponential backoff with "equal jitter" (half the ceiling, plus a random
 * part of the other half) inside a window that closes `windowMs` after it
 * opens, or earlier when the Lambda function's time runs short.
 */
export class RetryWindow {
  /** Why the last retry was refused, if one was. */
  public stopReason?: StopReason;
  private readonly closesAt: number;

  constructor(private readonly options: RetryWindowOptions) {
    this.closesAt = options.timing.now() + options.windowMs;
  }

  /**
   * Waits before retry number `retry` (1 for the first) and returns true, or
   * returns false at once when that retry may not start.
   */
  public async wait(retry: number): Promise<boolean> {
    const delay = this.delayBefore(retry);
    if (delay === undefined) {
      return false;
    }
    await this.sleep(delay);
    return true;
  }

  /** Waits `ms` milliseconds on the window's clock. */
  public sleep(ms: number): Promise<void> {
    return this.options.timing.sleep(ms);
  }

  /** The backoff before retry number `retry`, or undefined when the window refuses it. */
  public delayBefore(retry: number): number | undefined {
    const { baseDelayMs, maxDelayMs, timing } = this.options;
    const open = this.closesAt - timing.now();
    if (open <= 0) {
      this.stopReason = 'window';
      return undefined;
    }
    const ceiling = Math.min(maxDelayMs, baseDelayMs * 2 ** (retry - 1));
    // The last retry starts when the window closes at the latest.
    const delay = Math.min(open, Math.round(ceiling / 2 + timing.random() * (ceiling / 2)));
    if (this.options.timeLeft() - delay <= 0) {
      this.stopReason = 'timeout';
      return undefined;
    }
    return delay;
  }
}

/** Error names retried besides what the SDK classifies as throttling, transient or server errors. */
export const EVENTUALLY_CONSISTENT_ERRORS: ReadonlySet<string> = new Set(['AccessDeniedException', 'ResourceNotFoundException']);

/**
 * Whether an error the SDK reports is worth another attempt: what the SDK
 * classifies as throttling, transient or server errors, and the client
 * errors named in `alsoRetried`.
 */
export function isRetryable(info: RetryErrorInfo, alsoRetried: ReadonlySet<string> = EVENTUALLY_CONSISTENT_ERRORS): boolean {
  return info.errorType !== 'CLIENT_ERROR' || alsoRetried.has(info.error?.name ?? '');
}

/**
 * The AWS SDK v3 retry strategy of the lookup's Connect client: the SDK's
 * retry middleware asks it, after each failed attempt, whether to try again.
 * It classifies with the SDK's own error types (throttling, transient and
 * server errors) plus the eventually consistent errors above, and waits in
 * `refreshRetryTokenForRetry` itself, as the SDK's StandardRetryStrategy
 * does, so the token's own delay is 0 and the waiting follows `Timing`.
 * Refusing a retry (by throwing) makes the middleware rethrow the last
 * error, with `$metadata.attempts` set.
 */
export class LookupRetryStrategy implements RetryStrategyV2 {
  private readonly refusals = new WeakMap<object, Refusal>();

  /**
   * @param alsoRetried the client errors retried besides throttling,
   *   transient and server errors
   *   @default EVENTUALLY_CONSISTENT_ERRORS
   */
  constructor(private readonly window: RetryWindow, private readonly alsoRetried: ReadonlySet<string> = EVENTUALLY_CONSISTENT_ERRORS) {}

  public async acquireInitialRetryToken(): Promise<RetryToken> {
    return retryToken(0);
  }

  public async refreshRetryTokenForRetry(token: RetryToken, info: RetryErrorInfo): Promise<RetryToken> {
    if (!isRetryable(info, this.alsoRetried)) {
      throw this.refuse(info, 'not retryable');
    }
    const retry = token.getRetryCount() + 1;
    const delay = this.window.delayBefore(retry);
    if (delay === undefined) {
      throw this.refuse(info, this.window.stopReason ?? 'window');
    }
    console.warn('Amazon Connect call failed (%s: %s), retry %d in %d ms', info.error?.name, info.error?.message, retry, delay);
    await this.window.sleep(delay);
    return retryToken(retry);
  }

  public recordSuccess(): void {
    // No retry quota to refill: the window bounds the retries of one invocation.
  }

  /** Why this strategy gave up on an error the SDK then threw, if it did. */
  public refusalOf(error: unknown): Refusal | undefined {
    return typeof error === 'object' && error !== null ? this.refusals.get(error) : undefined;
  }

  private refuse(info: RetryErrorInfo, reason: Refusal['reason']): Error {
    if (info.error) {
      this.refusals.set(info.error, { reason, errorType: info.errorType });
    }
    return new Error(`no retry: ${reason}`);
  }
}

/** Why the strategy did not retry an error. */
export interface Refusal {
  readonly reason: StopReason | 'not retryable';
  /** The SDK's classification of the error. */
  readonly errorType: RetryErrorInfo['errorType'];
}

function retryToken(retryCount: number): RetryToken {
  return { getRetryCount: () => retryCount, getRetryDelay: () => 0 };
}
