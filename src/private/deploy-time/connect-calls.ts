/**
 * How the deploy-time handlers call Amazon Connect and word a failed call:
 * the time a call may take, and the reasons for a call that ran out of time
 * or of retries. Shared by the profile lookup and the phone number routing;
 * no runtime dependency, so that esbuild bundles it into the handler.
 */
import type { Context } from 'aws-lambda';
import { errorName, errorText, ReasonError } from './reasons';
import type { Refusal } from '../profile-lookup/lookup-retry';

/**
 * Time kept in reserve before the Lambda timeout for the wrapper to send the
 * response; no call or backoff delay may eat into it.
 */
export const TIME_SAFETY_MARGIN_MS = 10_000;

/**
 * Milliseconds a call may take, retries included, before the time kept to
 * answer (for `AbortSignal.timeout`); throws `fail` with the reason when
 * there is none left. `subject` names the call: `<operation> for <what>`.
 */
export function callBudget(context: Context, subject: string, fail: (reason: string) => ReasonError): number {
  const ms = context.getRemainingTimeInMillis() - TIME_SAFETY_MARGIN_MS;
  if (ms <= 0) {
    throw fail(`${subject}: gave up before attempt 1 because the Lambda function is about to time out`);
  }
  return ms;
}

/**
 * The reason for a call, named by `subject`, that was aborted at the end of
 * its budget or whose retries stopped (`refusal`, from the retry strategy);
 * undefined for any other failure, which the handler words itself.
 */
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
