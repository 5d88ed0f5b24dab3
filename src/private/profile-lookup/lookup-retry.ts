/**
 * The profile lookup's retries, in one bounded window per invocation, also of `AccessDeniedException` (IAM is eventually consistent
 * and the role policy seconds old: https://docs.aws.amazon.com/IAM/latest/UserGuide/troubleshoot_general.html#troubleshoot_general_eventual-consistency)
 * and `ResourceNotFoundException` (a just-ACTIVE instance may not be readable everywhere yet).
 * @see https://docs.aws.amazon.com/connect/latest/APIReference/API_ListSecurityProfiles.html#API_ListSecurityProfiles_Errors,
 *   https://docs.aws.amazon.com/connect/latest/APIReference/API_ListRoutingProfiles.html#API_ListRoutingProfiles_Errors
 * @see https://docs.aws.amazon.com/connect/latest/APIReference/CommonErrors.html
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
  /** Milliseconds that may still be spent waiting: the function's remaining time less the answer's. */
  readonly timeLeft: () => number;
  readonly timing: Timing;
}

/** Why the window refused a retry. */
export type StopReason = 'window' | 'timeout';

/** Exponential backoff with equal jitter, inside a window closed early when time runs short. */
export class RetryWindow {
  /** Why the last retry was refused, if one was. */
  public stopReason?: StopReason;
  private readonly closesAt: number;

  constructor(private readonly options: RetryWindowOptions) {
    this.closesAt = options.timing.now() + options.windowMs;
  }

  /** Waits before retry number `retry` (1-based); false at once when it may not start. */
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

/** Whether an error is worth another attempt: not a client error, or named in `alsoRetried`. */
export function isRetryable(info: RetryErrorInfo, alsoRetried: ReadonlySet<string> = EVENTUALLY_CONSISTENT_ERRORS): boolean {
  return info.errorType !== 'CLIENT_ERROR' || alsoRetried.has(info.error?.name ?? '');
}

/**
 * The SDK v3 retry strategy of the lookup's client. It waits itself, as the SDK's
 * StandardRetryStrategy does (token delay 0); throwing makes the SDK rethrow the last error.
 */
export class LookupRetryStrategy implements RetryStrategyV2 {
  private readonly refusals = new WeakMap<object, Refusal>();

  /** @param alsoRetried the client errors also retried @default EVENTUALLY_CONSISTENT_ERRORS */
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
