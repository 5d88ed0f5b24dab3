/** The deploy-time handlers' call budget and out-of-time reasons; no runtime dependency, for esbuild. */
import type { Context } from 'aws-lambda';
import { errorName, errorText, ReasonError } from './reasons';
import type { Refusal } from '../profile-lookup/lookup-retry';

/** Time kept before the Lambda timeout for the wrapper to send the response. */
export const TIME_SAFETY_MARGIN_MS = 10_000;

/** Milliseconds a call may take, retries included; throws `fail` when none is left. */
export function callBudget(context: Context, subject: string, fail: (reason: string) => ReasonError): number {
  const ms = context.getRemainingTimeInMillis() - TIME_SAFETY_MARGIN_MS;
  if (ms <= 0) {
    throw fail(`${subject}: gave up before attempt 1 because the Lambda function is about to time out`);
  }
  return ms;
}

/** The reason for a call out of time or retries; undefined for any other failure. */
export function outOfTimeOrRetries(subject: string, err: unknown, refusal: Refusal | undefined): string | undefined {
  const name = errorName(err);
  if (name === 'TimeoutError' || name === 'AbortError') {
    return `${subject} did not answer before the Lambda function was about to time out (${errorText(err)})`;
  }
  const attempts = (err as { $metadata?: { attempts?: number } }).$metadata?.attempts ?? 1;
  if (refusal?.reason === 'timeout') {
    return `${subject}: stopped retrying after ${attempts} attempts because the Lambda function is about to time out (last error: ${errorText(err)})`;
  }
  if (refusal?.reason === 'window') {
    return `${subject} still failing after ${attempts} attempts: ${errorText(err)}`;
  }
  return undefined;
}
