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
 *   `[A-Za-z0-9]` removed (`profileAttributeName` in private/profile-attributes.ts), e.g.
 *   "Basic Routing Profile" -> `RoutingProfileArn.BasicRoutingProfile`:
 *   - `SecurityProfileArn.<key>` and `SecurityProfileId.<key>`
 *   - `RoutingProfileArn.<key>` and `RoutingProfileId.<key>`
 *   Any missing profile, unknown instance or other error responds FAILED.
 * - PhysicalResourceId: `<bare instance id>/default-profiles`; an Update keeps
 *   the previous one unless the instance id changed.
 * - Delete: SUCCESS without calling Amazon Connect.
 *
 * The client honours `AWS_ENDPOINT_URL_CONNECT` (used by the tests) and
 * retries nothing itself: throttling is retried here, with exponential backoff
 * and jitter, until the Lambda timeout gets close.
 */
import * as http from 'http';
import * as https from 'https';
import { URL } from 'url';
// The Lambda Node.js runtime provides the AWS SDK v3; the bundle keeps it external.
import { ConnectClient, ListRoutingProfilesCommand, ListSecurityProfilesCommand } from '@aws-sdk/client-connect';
import type { CloudFormationCustomResourceEvent, Context } from 'aws-lambda';
import { keyTwin, profileAttributeKey, profileAttributeName } from './private/profile-attributes';

/** Attempts per Amazon Connect page call (the first call included). */
export const MAX_ATTEMPTS = 8;

/** Default base delay of the exponential backoff, in milliseconds. */
export const DEFAULT_RETRY_BASE_MS = 200;

/** Upper bound of a single backoff delay, in milliseconds. */
export const MAX_RETRY_DELAY_MS = 5_000;

/**
 * Time kept in reserve before the Lambda timeout to send the response; no
 * call or backoff delay may eat into it.
 */
export const TIME_SAFETY_MARGIN_MS = 10_000;

/** Environment variable that overrides the backoff base delay (read at call time). */
export const RETRY_BASE_ENV = 'PROFILE_LOOKUP_RETRY_BASE_MS';

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
  readonly listPage: (client: ConnectClient, instanceId: string, token: string | undefined, signal: AbortSignal) => Promise<Page>;
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
  listPage: async (client, instanceId, token, signal) => {
    const out = await client.send(new ListSecurityProfilesCommand({
      InstanceId: instanceId,
      MaxResults: PAGE_SIZE,
      NextToken: token,
    }), { abortSignal: signal });
    return { items: toSummaries(out.SecurityProfileSummaryList), nextToken: out.NextToken };
  },
};

const ROUTING: ProfileKind = {
  label: 'routing profile',
  attributePrefix: 'RoutingProfile',
  operation: 'ListRoutingProfiles',
  listPage: async (client, instanceId, token, signal) => {
    const out = await client.send(new ListRoutingProfilesCommand({
      InstanceId: instanceId,
      MaxResults: PAGE_SIZE,
      NextToken: token,
    }), { abortSignal: signal });
    return { items: toSummaries(out.RoutingProfileSummaryList), nextToken: out.NextToken };
  },
};

/**
 * Custom resource entry point. Always answers CloudFormation, whatever
 * happens; throws only when the answer itself cannot be delivered, so that
 * Lambda's asynchronous retry runs the whole handler again.
 */
export async function handler(event: CloudFormationCustomResourceEvent, context: Context): Promise<void> {
  console.log('Event: %s', JSON.stringify({ ...event, ResponseURL: '[redacted]' }));
  let response: CfnResponse;
  try {
    response = await processEvent(event, context);
  } catch (err) {
    console.error('Lookup failed:', err);
    response = failure(event, reasonFor(err));
  }
  await sendResponse(event.ResponseURL, fitResponse(event, response));
}

async function processEvent(event: CloudFormationCustomResourceEvent, context: Context): Promise<CfnResponse> {
  if (event.RequestType === 'Delete') {
    return baseResponse(event, 'SUCCESS', event.PhysicalResourceId);
  }
  const request = parseRequest(event.ResourceProperties);
  const physicalId = physicalIdFor(event, request.instanceId);
  const client = new ConnectClient({ region: process.env.AWS_REGION, maxAttempts: 1 });
  try {
    const security = await resolveProfiles(client, context, SECURITY, request.instanceId, request.securityProfileNames);
    const routing = await resolveProfiles(client, context, ROUTING, request.instanceId, request.routingProfileNames);
    const problems = [security.problem, routing.problem].filter((problem) => problem !== undefined);
    if (problems.length > 0) {
      throw new LookupError(problems.join('; '));
    }
    return { ...baseResponse(event, 'SUCCESS', physicalId), Data: { ...security.data, ...routing.data } };
  } finally {
    client.destroy();
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
async function resolveProfiles(
  client: ConnectClient,
  context: Context,
  kind: ProfileKind,
  instanceId: string,
  names: string[],
): Promise<Resolution> {
  if (names.length === 0) {
    return { data: {} };
  }
  const byName = new Map<string, ProfileSummary>();
  for (const profile of await listAll(client, context, kind, instanceId)) {
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

async function listAll(client: ConnectClient, context: Context, kind: ProfileKind, instanceId: string): Promise<ProfileSummary[]> {
  const all: ProfileSummary[] = [];
  const seenTokens = new Set<string>();
  let token: string | undefined;
  for (let page = 0; page < MAX_PAGES; page++) {
    const result = await listPage(client, context, kind, instanceId, token);
    all.push(...result.items);
    token = result.nextToken || undefined;
    if (token === undefined) {
      return all;
    }
    if (seenTokens.has(token)) {
      throw new LookupError(`${kind.operation} returned the same NextToken twice for Amazon Connect instance ${instanceId}`);
    }
    seenTokens.add(token);
  }
  throw new LookupError(`${kind.operation} returned more than ${MAX_PAGES} pages for Amazon Connect instance ${instanceId}`);
}

/** Fetches one page, turning API errors into reasons that name the instance. */
async function listPage(client: ConnectClient, context: Context, kind: ProfileKind, instanceId: string, token?: string): Promise<Page> {
  try {
    return await withRetries(kind.operation, instanceId, context, (signal) => kind.listPage(client, instanceId, token, signal));
  } catch (err) {
    if (err instanceof LookupError) {
      throw err;
    }
    if (errorName(err) === 'ResourceNotFoundException') {
      const region = process.env.AWS_REGION ?? 'this region';
      throw new LookupError(`Amazon Connect instance ${instanceId} not found in ${region}; check the InstanceId property (${kind.operation}: ${errorText(err)})`);
    }
    if (errorName(err) === 'TimeoutError' || errorName(err) === 'AbortError') {
      throw new LookupError(`${kind.operation} for Amazon Connect instance ${instanceId} did not answer before the Lambda function was about to time out (${errorText(err)})`);
    }
    throw new LookupError(`${kind.operation} failed for Amazon Connect instance ${instanceId}: ${errorText(err)}`);
  }
}

function toSummaries(list: Array<{ Id?: string; Arn?: string; Name?: string }> | undefined): ProfileSummary[] {
  const summaries: ProfileSummary[] = [];
  for (const item of list ?? []) {
    if (item.Id && item.Arn && item.Name !== undefined) {
      summaries.push({ id: item.Id, arn: item.Arn, name: item.Name });
    }
  }
  return summaries;
}

/**
 * Runs one API call, retrying throttling and server errors with exponential
 * backoff and jitter. Gives up after MAX_ATTEMPTS, or as soon as the next
 * attempt would eat into the time kept to answer CloudFormation.
 */
async function withRetries<T>(
  operation: string,
  instanceId: string,
  context: Context,
  call: (signal: AbortSignal) => Promise<T>,
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    const budget = context.getRemainingTimeInMillis() - TIME_SAFETY_MARGIN_MS;
    if (budget <= 0) {
      throw new LookupError(`${operation} for Amazon Connect instance ${instanceId}: gave up before attempt ${attempt} because the Lambda function is about to time out`);
    }
    try {
      return await call(AbortSignal.timeout(budget));
    } catch (err) {
      if (!isRetryable(err)) {
        throw err;
      }
      if (attempt >= MAX_ATTEMPTS) {
        throw new LookupError(`${operation} for Amazon Connect instance ${instanceId} still failing after ${attempt} attempts: ${errorText(err)}`);
      }
      const delay = backoffDelay(attempt);
      if (context.getRemainingTimeInMillis() - delay < TIME_SAFETY_MARGIN_MS) {
        throw new LookupError(`${operation} for Amazon Connect instance ${instanceId}: stopped retrying after ${attempt} attempts because the Lambda function is about to time out (last error: ${errorText(err)})`);
      }
      console.warn('%s attempt %d failed (%s), retrying in %d ms', operation, attempt, errorText(err), delay);
      await sleep(delay);
    }
  }
}

function isRetryable(err: unknown): boolean {
  const name = errorName(err);
  const status = (err as { $metadata?: { httpStatusCode?: number } } | undefined)?.$metadata?.httpStatusCode;
  return name === 'TooManyRequestsException'
    || name === 'ThrottlingException'
    || status === 429
    || (status !== undefined && status >= 500);
}

/** "Equal jitter": half the exponential delay, plus a random part of the other half. */
function backoffDelay(attempt: number): number {
  const fromEnv = Number(process.env[RETRY_BASE_ENV]);
  const base = Number.isFinite(fromEnv) && fromEnv >= 0 ? fromEnv : DEFAULT_RETRY_BASE_MS;
  const ceiling = Math.min(MAX_RETRY_DELAY_MS, base * 2 ** (attempt - 1));
  return Math.round(ceiling / 2 + Math.random() * (ceiling / 2));
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
