/**
 * Deploy-time lookup of an instance's profiles by exact name (`Custom::ConnectProfileLookup`): CloudFormation exposes no
 * ARN of the built-in ones. Returns one `Data` attribute per name; a thrown `LookupError` is the FAILED reason. Listings
 * are retried (lookup-retry.ts), also while a new instance does not list its built-in profiles yet.
 */
// The Lambda Node.js runtime provides the AWS SDK v3; the bundle keeps it external.
import { ConnectClient, paginateListRoutingProfiles, paginateListSecurityProfiles } from '@aws-sdk/client-connect';
import type { CloudFormationCustomResourceEvent, Context } from 'aws-lambda';
import { profileAttributeName } from './attribute-names';
import { LookupRetryStrategy, RetryWindow, SYSTEM_TIMING, Timing } from './lookup-retry';
import { callBudget, outOfTimeOrRetries, TIME_SAFETY_MARGIN_MS } from '../deploy-time/connect-calls';
import { errorName, errorText, instanceIdFromArn, ReasonError, reasonFor } from '../deploy-time/reasons';

/** How long retries may start, in ms: long enough for IAM to propagate, short of the 5-minute timeout. */
export const RETRY_WINDOW_MS = 120_000;

/** The first backoff ceiling, doubled for each retry, in milliseconds. */
export const RETRY_BASE_DELAY_MS = 250;

/** Upper bound of a single backoff delay, in milliseconds. */
export const MAX_RETRY_DELAY_MS = 10_000;

// The time kept to answer, shared with the phone number routing.
export { TIME_SAFETY_MARGIN_MS };

const MAX_LISTED_NAMES_CHARS = 300;
const MAX_PAGES = 100;
const PAGE_SIZE = 1000;

/** What the wrapper merges into its response to CloudFormation. */
export interface LookupResponse {
  readonly PhysicalResourceId?: string;
  readonly Data?: Record<string, string>;
}

interface ProfileSummary {
  readonly arn: string;
  readonly name: string;
}

interface Page {
  readonly items: ProfileSummary[];
  readonly nextToken?: string;
}

interface ProfileKind {
  /** Human-readable name used in reasons. */
  readonly label: string;
  /** The attribute that holds a profile's ARN. */
  readonly attribute: 'SecurityProfileArn' | 'RoutingProfileArn';
  /** Name of the API operation, for reasons. */
  readonly operation: string;
  /** The pages of the listing, from the SDK's paginator. */
  readonly pages: (client: ConnectClient, instanceId: string, signal: AbortSignal) => AsyncIterable<Page>;
}

/** What one invocation looks profiles up with. */
interface Session {
  readonly client: ConnectClient;
  readonly strategy: LookupRetryStrategy;
  readonly window: RetryWindow;
  readonly context: Context;
}

/** The retry window of one invocation, closed early when the function's time runs short. */
export function invocationWindow(context: Context, windowMs: number, timing: Timing): RetryWindow {
  return new RetryWindow({
    windowMs,
    baseDelayMs: RETRY_BASE_DELAY_MS,
    maxDelayMs: MAX_RETRY_DELAY_MS,
    timeLeft: () => context.getRemainingTimeInMillis() - TIME_SAFETY_MARGIN_MS,
    timing,
  });
}

/** The function the wrapper calls. */
export type LookupHandler = (event: CloudFormationCustomResourceEvent, context: Context) => Promise<LookupResponse>;

/** What tests may change. */
export interface LookupHandlerOptions {
  /** @default the system clock, `setTimeout` and `Math.random` */
  readonly timing?: Timing;
  /** @default RETRY_WINDOW_MS */
  readonly retryWindowMs?: number;
}

interface Resolution {
  readonly data: Record<string, string>;
  readonly problem?: string;
}

interface LookupRequest {
  readonly instanceId: string;
  readonly securityProfileNames: string[];
  readonly routingProfileNames: string[];
}

/** An error whose message, and `stack`, is the reason CloudFormation shows. */
class LookupError extends ReasonError {
  constructor(message: string) {
    super('LookupError', message);
  }
}

const SECURITY: ProfileKind = {
  label: 'security profile',
  attribute: 'SecurityProfileArn',
  operation: 'ListSecurityProfiles',
  pages: (client, instanceId, signal) => pagesOf(
    paginateListSecurityProfiles({ client, pageSize: PAGE_SIZE, stopOnSameToken: true }, { InstanceId: instanceId }, { abortSignal: signal }),
    (page) => page.SecurityProfileSummaryList,
  ),
};

const ROUTING: ProfileKind = {
  label: 'routing profile',
  attribute: 'RoutingProfileArn',
  operation: 'ListRoutingProfiles',
  pages: (client, instanceId, signal) => pagesOf(
    paginateListRoutingProfiles({ client, pageSize: PAGE_SIZE, stopOnSameToken: true }, { InstanceId: instanceId }, { abortSignal: signal }),
    (page) => page.RoutingProfileSummaryList,
  ),
};

type Summary = { Arn?: string; Name?: string };

async function* pagesOf<T extends { NextToken?: string }>(pages: AsyncIterable<T>, list: (page: T) => Summary[] | undefined): AsyncIterable<Page> {
  for await (const page of pages) {
    yield { items: toSummaries(list(page)), nextToken: page.NextToken || undefined };
  }
}

/** Builds the handler: returns the physical id and profile ARNs, or throws a `LookupError`. */
export function lookupHandler(options: LookupHandlerOptions = {}): LookupHandler {
  const timing = options.timing ?? SYSTEM_TIMING;
  const windowMs = options.retryWindowMs ?? RETRY_WINDOW_MS;
  return async (event, context) => {
    try {
      return await processEvent(event, context, timing, windowMs);
    } catch (err) {
      console.error('Lookup failed:', err);
      throw new LookupError(reasonFor(err));
    }
  };
}

async function processEvent(event: CloudFormationCustomResourceEvent, context: Context, timing: Timing, windowMs: number): Promise<LookupResponse> {
  if (event.RequestType === 'Delete') {
    return {};
  }
  const request = parseRequest(event.ResourceProperties);
  const physicalId = physicalIdFor(event, request.instanceId);
  const window = invocationWindow(context, windowMs, timing);
  const strategy = new LookupRetryStrategy(window);
  const client = new ConnectClient({ region: process.env.AWS_REGION, retryStrategy: strategy });
  try {
    const data = await resolveAll({ client, strategy, window, context }, request);
    return { PhysicalResourceId: physicalId, Data: data };
  } finally {
    client.destroy();
  }
}

/** Lists again until every name is found: a new instance may not list its built-in profiles yet. */
async function resolveAll(session: Session, request: LookupRequest): Promise<Record<string, string>> {
  const wanted: Array<[ProfileKind, string[]]> = [
    [SECURITY, request.securityProfileNames],
    [ROUTING, request.routingProfileNames],
  ];
  const resolved = new Map<ProfileKind, Resolution>();
  for (let retry = 1; ; retry++) {
    for (const [kind, names] of wanted) {
      const previous = resolved.get(kind);
      if (previous === undefined || previous.problem !== undefined) {
        resolved.set(kind, await resolveProfiles(session, kind, request.instanceId, names));
      }
    }
    const problems = [...resolved.values()].map((r) => r.problem).filter((problem) => problem !== undefined);
    if (problems.length === 0) {
      return Object.assign({}, ...[...resolved.values()].map((r) => r.data));
    }
    const delay = session.window.delayBefore(retry);
    if (delay === undefined) {
      throw new LookupError(problems.join('; '));
    }
    console.warn('%s; listing again in %d ms (retry %d)', problems.join('; '), delay, retry);
    await session.window.sleep(delay);
  }
}

/** `<instance id>/profiles`; an Update keeps the physical id unless the instance changed. */
function physicalIdFor(event: CloudFormationCustomResourceEvent, instanceId: string): string {
  const newId = `${instanceId}/profiles`;
  if (event.RequestType !== 'Update') {
    return newId;
  }
  const old = event.OldResourceProperties ?? {};
  const oldInstanceId = instanceIdFromArn(old.InstanceArn ?? old.InstanceId);
  return oldInstanceId === instanceId ? event.PhysicalResourceId : newId;
}

/** Validates the resource properties; throws a LookupError on bad input. */
function parseRequest(props: Record<string, unknown>): LookupRequest {
  const instanceId = instanceIdFromArn(props.InstanceArn);
  if (!instanceId) {
    throw new LookupError(`InstanceArn must be an Amazon Connect instance ARN, got ${JSON.stringify(props.InstanceArn)}`);
  }
  return {
    instanceId,
    securityProfileNames: parseNames(props.SecurityProfileNames, 'SecurityProfileNames'),
    routingProfileNames: parseNames(props.RoutingProfileNames, 'RoutingProfileNames'),
  };
}

function parseNames(value: unknown, property: string): string[] {
  if (value === undefined || value === '') {
    return [];
  }
  if (!Array.isArray(value) || !value.every((name) => typeof name === 'string' && name.length > 0)) {
    throw new LookupError(`${property} must be a list of non-empty strings, got ${JSON.stringify(value)}`);
  }
  return [...new Set(value as string[])];
}

/** Maps every requested name to its ARN; `problem` names the missing ones. */
async function resolveProfiles(session: Session, kind: ProfileKind, instanceId: string, names: string[]): Promise<Resolution> {
  if (names.length === 0) {
    return { data: {} };
  }
  const byName = new Map<string, ProfileSummary>();
  for (const profile of await listAll(session, kind, instanceId)) {
    if (!byName.has(profile.name)) {
      byName.set(profile.name, profile);
    }
  }
  const data: Record<string, string> = {};
  const missing: string[] = [];
  for (const name of names) {
    const profile = byName.get(name);
    if (profile) {
      data[profileAttributeName(kind.attribute, name)] = profile.arn;
    } else {
      missing.push(name);
    }
  }
  const problem = missing.length > 0 ? missingReason(kind, instanceId, missing, [...byName.keys()]) : undefined;
  return { data, problem };
}

/** Follows the paginator, aborted when the time to answer runs out; MAX_PAGES bounds a token cycle. */
async function listAll(session: Session, kind: ProfileKind, instanceId: string): Promise<ProfileSummary[]> {
  const budget = callBudget(session.context, `${kind.operation} for Amazon Connect instance ${instanceId}`, (reason) => new LookupError(reason));
  const all: ProfileSummary[] = [];
  let pages = 0;
  try {
    for await (const page of kind.pages(session.client, instanceId, AbortSignal.timeout(budget))) {
      all.push(...page.items);
      pages++;
      if (page.nextToken === undefined) {
        break;
      }
      if (pages >= MAX_PAGES) {
        throw new LookupError(`${kind.operation} returned more than ${MAX_PAGES} pages for Amazon Connect instance ${instanceId}`);
      }
    }
  } catch (err) {
    throw lookupError(session, kind, instanceId, err);
  }
  return all;
}

/** Turns what a listing threw into a reason that names the operation and the instance. */
function lookupError(session: Session, kind: ProfileKind, instanceId: string, err: unknown): LookupError {
  if (err instanceof LookupError) {
    return err;
  }
  const name = errorName(err);
  if (name === 'ResourceNotFoundException') {
    const region = process.env.AWS_REGION ?? 'this region';
    return new LookupError(`Amazon Connect instance ${instanceId} not found in ${region}; check the InstanceArn property (${kind.operation}: ${errorText(err)})`);
  }
  // Retries that stopped count only for errors the strategy retries as transient.
  const refusal = session.strategy.refusalOf(err);
  const stopped = refusal !== undefined && refusal.errorType !== 'CLIENT_ERROR' ? refusal : undefined;
  const reason = outOfTimeOrRetries(`${kind.operation} for Amazon Connect instance ${instanceId}`, err, stopped);
  if (reason !== undefined) {
    return new LookupError(reason);
  }
  return new LookupError(`${kind.operation} failed for Amazon Connect instance ${instanceId}: ${errorText(err)}`);
}

function toSummaries(list: Summary[] | undefined): ProfileSummary[] {
  const summaries: ProfileSummary[] = [];
  for (const item of list ?? []) {
    if (item.Arn && item.Name !== undefined) {
      summaries.push({ arn: item.Arn, name: item.Name });
    }
  }
  return summaries;
}

function missingReason(kind: ProfileKind, instanceId: string, missing: string[], existing: string[]): string {
  const label = missing.length === 1 ? kind.label : `${kind.label}s`;
  const found = existing.length === 0 ? 'it has none' : `found ${quoteList(existing, MAX_LISTED_NAMES_CHARS)}`;
  return `${label} ${quoteList(missing, MAX_LISTED_NAMES_CHARS)} not found in Amazon Connect instance ${instanceId}: ${found}`;
}

/** Quotes and joins names until about maxChars, then says how many were left out. */
function quoteList(names: string[], maxChars: number): string {
  const shown: string[] = [];
  let length = 0;
  for (const name of names) {
    const quoted = JSON.stringify(name);
    if (shown.length > 0 && length + quoted.length > maxChars) {
      break;
    }
    shown.push(quoted);
    length += quoted.length + 2;
  }
  const rest = names.length - shown.length;
  return rest > 0 ? `${shown.join(', ')} and ${rest} more` : shown.join(', ');
}
