/**
 * Deploy-time lookup of the built-in profiles of an Amazon Connect instance.
 *
 * CloudFormation creates an instance's default security profiles (Admin,
 * Agent, CallCenterManager, QualityAnalyst) and its "Basic Routing Profile"
 * but exposes none of their ARNs. This handler backs a custom resource
 * DIRECTLY (no `Provider` framework), so it answers CloudFormation itself with
 * an HTTPS PUT to the pre-signed `ResponseURL` (the cfn-response protocol).
 *
 * Contract with the construct:
 *
 * - ResourceProperties:
 *   - `InstanceId` (string): the instance id or the full instance ARN.
 *   - `SecurityProfileNames` (string[], optional): exact, case-sensitive names.
 *   - `RoutingProfileNames` (string[], optional): exact, case-sensitive names.
 * - Create/Update: responds SUCCESS with these `Data` attributes for every
 *   requested name, where `<key>` is the name with every character outside
 *   `[A-Za-z0-9]` removed (`profileAttributeName` in attribute-names.ts), e.g.
 *   "Basic Routing Profile" -> `RoutingProfileArn.BasicRoutingProfile`:
 *   - `SecurityProfileArn.<key>` and `SecurityProfileId.<key>`
 *   - `RoutingProfileArn.<key>` and `RoutingProfileId.<key>`
 *   Any missing profile, unknown instance or other error responds FAILED.
 * - PhysicalResourceId: `<bare instance id>/default-profiles`; an Update keeps
 *   the previous one unless the instance id changed.
 * - Delete: SUCCESS without calling Amazon Connect.
 *
 * The client honours `AWS_ENDPOINT_URL_CONNECT` (used by the tests). Pages
 * come from the SDK's paginators; retries from the SDK's retry middleware,
 * driven by the strategy in lookup-retry.ts: throttling, server
 * errors, `AccessDeniedException` and `ResourceNotFoundException` are retried,
 * and so is a listing that lacks a requested name, with exponential backoff
 * and jitter for at most RETRY_WINDOW_MS, well inside the function's 300 s
 * timeout (profile-lookup.ts). Then the lookup fails with the reason
 * of the last error.
 */
import * as http from 'http';
import * as https from 'https';
import { URL } from 'url';
// The Lambda Node.js runtime provides the AWS SDK v3; the bundle keeps it external.
import { ConnectClient, paginateListRoutingProfiles, paginateListSecurityProfiles } from '@aws-sdk/client-connect';
import type { CloudFormationCustomResourceEvent, Context } from 'aws-lambda';
import { keyTwin, profileAttributeKey, profileAttributeName } from './attribute-names';
import { LookupRetryStrategy, RetryWindow, SYSTEM_TIMING, Timing } from './lookup-retry';

/**
 * How long after the invocation starts a retry may still start, in
 * milliseconds: two of the function's five minutes, long enough for IAM to
 * propagate a new role policy in the common case, short enough to leave time
 * for the last attempts and the answer.
 */
export const RETRY_WINDOW_MS = 120_000;

/** The first backoff ceiling, doubled for each retry, in milliseconds. */
export const RETRY_BASE_DELAY_MS = 250;

/** Upper bound of a single backoff delay, in milliseconds. */
export const MAX_RETRY_DELAY_MS = 10_000;

/**
 * Time kept in reserve before the Lambda timeout to send the response; no
 * call or backoff delay may eat into it.
 */
export const TIME_SAFETY_MARGIN_MS = 10_000;

/** CloudFormation rejects response bodies above 4 KB. */
const MAX_RESPONSE_BYTES = 4_096;
const MAX_REASON_CHARS = 1_000;
const MAX_LISTED_NAMES_CHARS = 300;
const MAX_PAGES = 100;
const PAGE_SIZE = 1000;
const RESPONSE_ATTEMPTS = 3;

type ResponseStatus = 'SUCCESS' | 'FAILED';

interface CfnResponse {
  readonly Status: ResponseStatus;
  readonly Reason?: string;
  readonly PhysicalResourceId: string;
  readonly StackId: string;
  readonly RequestId: string;
  readonly LogicalResourceId: string;
  readonly Data?: Record<string, string>;
}

interface ProfileSummary {
  readonly id: string;
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
  /** Prefix of the `Data` keys. */
  readonly attributePrefix: 'SecurityProfile' | 'RoutingProfile';
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

/** An error whose message is already a complete, user-facing reason. */
class LookupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'LookupError';
  }
}

const SECURITY: ProfileKind = {
  label: 'security profile',
  attributePrefix: 'SecurityProfile',
  operation: 'ListSecurityProfiles',
  pages: (client, instanceId, signal) => pagesOf(
    paginateListSecurityProfiles({ client, pageSize: PAGE_SIZE }, { InstanceId: instanceId }, { abortSignal: signal }),
    (page) => page.SecurityProfileSummaryList,
  ),
};

const ROUTING: ProfileKind = {
  label: 'routing profile',
  attributePrefix: 'RoutingProfile',
  operation: 'ListRoutingProfiles',
  pages: (client, instanceId, signal) => pagesOf(
    paginateListRoutingProfiles({ client, pageSize: PAGE_SIZE }, { InstanceId: instanceId }, { abortSignal: signal }),
    (page) => page.RoutingProfileSummaryList,
  ),
};

type Summary = { Id?: string; Arn?: string; Name?: string };

async function* pagesOf<T extends { NextToken?: string }>(pages: AsyncIterable<T>, list: (page: T) => Summary[] | undefined): AsyncIterable<Page> {
  for await (const page of pages) {
    yield { items: toSummaries(list(page)), nextToken: page.NextToken || undefined };
  }
}

/**
 * Builds the custom resource entry point. It always answers CloudFormation,
 * whatever happens; it throws only when the answer itself cannot be
 * delivered, so that Lambda's asynchronous retry runs the whole handler again.
 */
export function lookupHandler(options: LookupHandlerOptions = {}): (event: CloudFormationCustomResourceEvent, context: Context) => Promise<void> {
  const timing = options.timing ?? SYSTEM_TIMING;
  const windowMs = options.retryWindowMs ?? RETRY_WINDOW_MS;
  return async (event, context) => {
    console.log('Event: %s', JSON.stringify({ ...event, ResponseURL: '[redacted]' }));
    let response: CfnResponse;
    try {
      response = await processEvent(event, context, timing, windowMs);
    } catch (err) {
      console.error('Lookup failed:', err);
      response = failure(event, reasonFor(err));
    }
    await sendResponse(event.ResponseURL, fitResponse(event, response));
  };
}

/** The Lambda entry point (`index.handler`). */
export const handler = lookupHandler();

async function processEvent(event: CloudFormationCustomResourceEvent, context: Context, timing: Timing, windowMs: number): Promise<CfnResponse> {
  if (event.RequestType === 'Delete') {
    return baseResponse(event, 'SUCCESS', event.PhysicalResourceId);
  }
  const request = parseRequest(event.ResourceProperties);
  const physicalId = physicalIdFor(event, request.instanceId);
  const window = new RetryWindow({
    windowMs,
    baseDelayMs: RETRY_BASE_DELAY_MS,
    maxDelayMs: MAX_RETRY_DELAY_MS,
    timeLeft: () => context.getRemainingTimeInMillis() - TIME_SAFETY_MARGIN_MS,
    timing,
  });
  const strategy = new LookupRetryStrategy(window);
  const client = new ConnectClient({ region: process.env.AWS_REGION, retryStrategy: strategy });
  try {
    const data = await resolveAll({ client, strategy, window, context }, request);
    return { ...baseResponse(event, 'SUCCESS', physicalId), Data: data };
  } finally {
    client.destroy();
  }
}

/**
 * Resolves every requested name, listing again the kinds that lack one until
 * they are all found or the retry window closes: the built-in profiles of a
 * new instance may not be listed yet right after it turns ACTIVE.
 */
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

function physicalIdFor(event: CloudFormationCustomResourceEvent, instanceId: string): string {
  const newId = `${instanceId}/default-profiles`;
  if (event.RequestType !== 'Update') {
    return newId;
  }
  const oldInstanceId = tryParseInstanceId(event.OldResourceProperties?.InstanceId);
  return oldInstanceId === instanceId ? event.PhysicalResourceId : newId;
}

/** Validates the resource properties; throws a LookupError on bad input. */
function parseRequest(props: Record<string, unknown>): LookupRequest {
  const instanceId = tryParseInstanceId(props.InstanceId);
  if (!instanceId) {
    throw new LookupError(`InstanceId must be an Amazon Connect instance id or ARN, got ${JSON.stringify(props.InstanceId)}`);
  }
  return {
    instanceId,
    securityProfileNames: parseNames(props.SecurityProfileNames, 'SecurityProfileNames'),
    routingProfileNames: parseNames(props.RoutingProfileNames, 'RoutingProfileNames'),
  };
}

/**
 * Returns the bare instance id from an id or an instance ARN
 * (`arn:<partition>:connect:<region>:<account>:instance/<id>`), or undefined.
 */
function tryParseInstanceId(value: unknown): string | undefined {
  if (typeof value !== 'string') {
    return undefined;
  }
  const text = value.trim();
  const id = text.startsWith('arn:') ? instanceIdFromArn(text) : text;
  return id && /^[A-Za-z0-9-]+$/.test(id) ? id : undefined;
}

function instanceIdFromArn(arn: string): string | undefined {
  const parts = arn.split(':');
  if (parts.length !== 6 || parts[2] !== 'connect') {
    return undefined;
  }
  const match = /^instance\/([^/]+)$/.exec(parts[5]);
  return match?.[1];
}

function parseNames(value: unknown, property: string): string[] {
  if (value === undefined || value === '') {
    return [];
  }
  if (!Array.isArray(value) || !value.every((name) => typeof name === 'string' && name.length > 0)) {
    throw new LookupError(`${property} must be a list of non-empty strings, got ${JSON.stringify(value)}`);
  }
  const names = [...new Set(value as string[])];
  checkKeys(names, property);
  return names;
}

/** Rejects names whose attribute keys are empty or collide. */
function checkKeys(names: string[], property: string): void {
  const seen: string[] = [];
  for (const name of names) {
    const key = profileAttributeKey(name);
    if (!key) {
      throw new LookupError(`${property}: ${JSON.stringify(name)} has no letters or digits to build an attribute name from`);
    }
    const other = keyTwin(seen, name);
    if (other !== undefined) {
      throw new LookupError(`${property}: ${JSON.stringify(other)} and ${JSON.stringify(name)} both map to attribute key "${key}"`);
    }
    seen.push(name);
  }
}

/**
 * Lists one kind of profile and maps every requested name to its ARN and id;
 * `problem` names the profiles that do not exist.
 */
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
      data[profileAttributeName(`${kind.attributePrefix}Arn`, name)] = profile.arn;
      data[profileAttributeName(`${kind.attributePrefix}Id`, name)] = profile.id;
    } else {
      missing.push(name);
    }
  }
  const problem = missing.length > 0 ? missingReason(kind, instanceId, missing, [...byName.keys()]) : undefined;
  return { data, problem };
}

/**
 * Follows the paginator to the last page. Each call may run until the time
 * kept to answer CloudFormation, retries included, and is aborted then.
 */
async function listAll(session: Session, kind: ProfileKind, instanceId: string): Promise<ProfileSummary[]> {
  const budget = session.context.getRemainingTimeInMillis() - TIME_SAFETY_MARGIN_MS;
  if (budget <= 0) {
    throw new LookupError(`${kind.operation} for Amazon Connect instance ${instanceId}: gave up before attempt 1 because the Lambda function is about to time out`);
  }
  const all: ProfileSummary[] = [];
  const seenTokens = new Set<string>();
  let pages = 0;
  try {
    for await (const page of kind.pages(session.client, instanceId, AbortSignal.timeout(budget))) {
      all.push(...page.items);
      pages++;
      if (page.nextToken === undefined) {
        break;
      }
      if (seenTokens.has(page.nextToken)) {
        throw new LookupError(`${kind.operation} returned the same NextToken twice for Amazon Connect instance ${instanceId}`);
      }
      if (pages >= MAX_PAGES) {
        throw new LookupError(`${kind.operation} returned more than ${MAX_PAGES} pages for Amazon Connect instance ${instanceId}`);
      }
      seenTokens.add(page.nextToken);
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
    return new LookupError(`Amazon Connect instance ${instanceId} not found in ${region}; check the InstanceId property (${kind.operation}: ${errorText(err)})`);
  }
  if (name === 'TimeoutError' || name === 'AbortError') {
    return new LookupError(`${kind.operation} for Amazon Connect instance ${instanceId} did not answer before the Lambda function was about to time out (${errorText(err)})`);
  }
  const refusal = session.strategy.refusalOf(err);
  if (refusal !== undefined && refusal.reason !== 'not retryable' && refusal.errorType !== 'CLIENT_ERROR') {
    const attempts = (err as { $metadata?: { attempts?: number } }).$metadata?.attempts ?? 1;
    return refusal.reason === 'timeout'
      ? new LookupError(`${kind.operation} for Amazon Connect instance ${instanceId}: stopped retrying after ${attempts} attempts because the Lambda function is about to time out (last error: ${errorText(err)})`)
      : new LookupError(`${kind.operation} for Amazon Connect instance ${instanceId} still failing after ${attempts} attempts: ${errorText(err)}`);
  }
  return new LookupError(`${kind.operation} failed for Amazon Connect instance ${instanceId}: ${errorText(err)}`);
}

function toSummaries(list: Summary[] | undefined): ProfileSummary[] {
  const summaries: ProfileSummary[] = [];
  for (const item of list ?? []) {
    if (item.Id && item.Arn && item.Name !== undefined) {
      summaries.push({ id: item.Id, arn: item.Arn, name: item.Name });
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

function reasonFor(err: unknown): string {
  return err instanceof LookupError ? err.message : errorText(err);
}

function errorName(err: unknown): string {
  return err instanceof Error ? err.name : 'Error';
}

function errorText(err: unknown): string {
  const message = err instanceof Error ? err.message : String(err);
  return `${errorName(err)}: ${message || 'no message'}`;
}

function baseResponse(event: CloudFormationCustomResourceEvent, status: ResponseStatus, physicalId: string): CfnResponse {
  return {
    Status: status,
    PhysicalResourceId: physicalId,
    StackId: event.StackId,
    RequestId: event.RequestId,
    LogicalResourceId: event.LogicalResourceId,
  };
}

function failure(event: CloudFormationCustomResourceEvent, reason: string): CfnResponse {
  return { ...baseResponse(event, 'FAILED', failurePhysicalId(event)), Reason: truncate(reason, MAX_REASON_CHARS) };
}

/**
 * Update and Delete keep the existing physical id; a failed Create still
 * needs one (CloudFormation then sends a Delete for it, which is a no-op).
 */
function failurePhysicalId(event: CloudFormationCustomResourceEvent): string {
  if (event.RequestType !== 'Create') {
    return event.PhysicalResourceId;
  }
  const instanceId = tryParseInstanceId(event.ResourceProperties?.InstanceId);
  return instanceId ? `${instanceId}/default-profiles` : `${event.LogicalResourceId}/default-profiles`;
}

function truncate(text: string, maxChars: number): string {
  return text.length <= maxChars ? text : `${text.slice(0, maxChars - 3)}...`;
}

/** Replaces a response that CloudFormation would reject for its size by a FAILED one. */
function fitResponse(event: CloudFormationCustomResourceEvent, response: CfnResponse): string {
  const body = JSON.stringify(response);
  if (Buffer.byteLength(body) <= MAX_RESPONSE_BYTES) {
    return body;
  }
  return JSON.stringify(failure(event, `the response would exceed CloudFormation's ${MAX_RESPONSE_BYTES}-byte limit; request fewer profiles per resource`));
}

/** PUTs the response to the pre-signed URL, with a few attempts. */
async function sendResponse(responseUrl: string, body: string): Promise<void> {
  console.log('Response: %s', body);
  for (let attempt = 1; ; attempt++) {
    try {
      return await put(responseUrl, body);
    } catch (err) {
      if (attempt >= RESPONSE_ATTEMPTS) {
        throw err;
      }
      console.warn('Sending the response failed (%s), retrying', errorText(err));
      await sleep(500 * attempt);
    }
  }
}

function put(url: string, body: string): Promise<void> {
  const target = new URL(url);
  // S3 pre-signed URLs are HTTPS; plain HTTP only serves local tests.
  const request = target.protocol === 'http:' ? http.request : https.request;
  return new Promise((resolve, reject) => {
    const req = request(target, {
      method: 'PUT',
      // The signature covers an empty content type.
      headers: { 'content-type': '', 'content-length': Buffer.byteLength(body) },
      timeout: 10_000,
    }, (res) => {
      res.resume();
      res.on('error', reject);
      res.on('end', () => {
        const status = res.statusCode ?? 0;
        return status >= 200 && status < 300 ? resolve() : reject(new Error(`response URL answered HTTP ${status}`));
      });
    });
    req.on('timeout', () => req.destroy(new Error('timed out sending the response')));
    req.on('error', reject);
    req.end(body);
  });
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
