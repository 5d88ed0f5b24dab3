/**
 * A local stand-in for the remote party of the deploy-time handler: the
 * Amazon Connect REST API, just enough of it for the real
 * `@aws-sdk/client-connect` to list security and routing profiles, to
 * associate a phone number with a flow and undo it, to replicate an
 * instance to another Region (Global Resiliency), describe and delete it,
 * and to set a traffic distribution group's split of calls. (The
 * response to CloudFormation is aws-cdk-lib's wrapper's business; the tests
 * of the staged asset stub its HTTP call.)
 */
import { randomUUID } from 'crypto';
import * as http from 'http';
import { AddressInfo } from 'net';

/** A profile as the Connect API summarizes it. */
export interface FakeProfile {
  readonly Id: string;
  readonly Arn: string;
  readonly Name: string;
}

/** The profiles of one fake instance. */
export interface FakeInstance {
  readonly securityProfiles: FakeProfile[];
  readonly routingProfiles: FakeProfile[];
}

/** The profile names to give a fake instance. */
export interface FakeInstanceNames {
  readonly securityProfiles?: string[];
  readonly routingProfiles?: string[];
}

/** An error the fake answers with instead of a page. */
export interface InjectedError {
  readonly status: number;
  readonly type: string;
  readonly message: string;
}

/** A request the fake Connect API received. */
export interface RecordedRequest {
  readonly method: string;
  /** Path without the query string, e.g. `/security-profiles-summary/abc`. */
  readonly path: string;
  readonly query: Record<string, string>;
  readonly headers: http.IncomingHttpHeaders;
  /** The JSON body, parsed, if the request had one. */
  readonly body?: Record<string, unknown>;
}

/** A phone number claimed for a fake instance, and the flow it routes to. */
export interface FakePhoneNumber {
  readonly instanceId: string;
  contactFlowId?: string;
}

/** An instance of the fake in one Region; a replica has its source's id, in another Region. */
export interface FakeConnectInstance {
  readonly id: string;
  readonly region: string;
  readonly alias: string;
  readonly identityManagementType: string;
  status: 'CREATION_IN_PROGRESS' | 'ACTIVE' | 'CREATION_FAILED';
  statusReason?: string;
  /** Of a replica: the Region of the instance it was replicated from. */
  readonly sourceRegion?: string;
  /** Of a replica: the ClientToken of the ReplicateInstance call that made it. */
  readonly clientToken?: string;
  /** Of a replica: how many more DescribeInstance calls see it CREATION_IN_PROGRESS. */
  describesInProgress?: number;
  /** Of a replica: the reason it ends CREATION_FAILED with, if it does. */
  failure?: string;
}

/** What `putConnectInstance` takes. */
export interface FakeConnectInstanceOptions {
  readonly id: string;
  readonly alias: string;
  /** @default the fake's Region */
  readonly region?: string;
  /** @default 'SAML' */
  readonly identityManagementType?: string;
  /** @default 'ACTIVE' */
  readonly status?: FakeConnectInstance['status'];
}

/** A traffic distribution group's share of calls in one Region. */
export interface FakeDistribution {
  readonly Region: string;
  readonly Percentage: number;
}

/** Options of the fake Connect API. */
export interface ConnectFakeOptions {
  /** Profiles per page at most, whatever `maxResults` asks for. @default 1000 */
  readonly pageSize?: number;
  /** @default 'aws' */
  readonly partition?: string;
  /** @default 'us-east-1' */
  readonly region?: string;
  /** @default '123456789012' */
  readonly accountId?: string;
}

/** The two kinds of profile the fake lists. */
export type ProfileKind = 'security' | 'routing';

const ROUTES: Array<{ readonly prefix: string; readonly kind: ProfileKind; readonly listKey: string }> = [
  { prefix: '/security-profiles-summary/', kind: 'security', listKey: 'SecurityProfileSummaryList' },
  { prefix: '/routing-profiles-summary/', kind: 'routing', listKey: 'RoutingProfileSummaryList' },
];

/**
 * The path of AssociatePhoneNumberContactFlow (PUT, body `InstanceId` and
 * `ContactFlowId`) and DisassociatePhoneNumberContactFlow (DELETE, query
 * `instanceId`), as the API reference gives them
 * (https://docs.aws.amazon.com/connect/latest/APIReference/API_AssociatePhoneNumberContactFlow.html,
 * https://docs.aws.amazon.com/connect/latest/APIReference/API_DisassociatePhoneNumberContactFlow.html).
 */
const PHONE_NUMBER_FLOW_PATH = /^\/phone-number\/([^/]+)\/contact-flow$/;

/**
 * DescribeInstance (GET) and DeleteInstance (DELETE), ReplicateInstance (POST `…/replicate`) and
 * UpdateTrafficDistribution (PUT, the group's id or ARN), as the API reference gives them
 * (https://docs.aws.amazon.com/connect/latest/APIReference/API_DescribeInstance.html,
 * https://docs.aws.amazon.com/connect/latest/APIReference/API_DeleteInstance.html,
 * https://docs.aws.amazon.com/connect/latest/APIReference/API_ReplicateInstance.html,
 * https://docs.aws.amazon.com/connect/latest/APIReference/API_UpdateTrafficDistribution.html).
 */
const INSTANCE_PATH = /^\/instance\/([^/]+)$/;
const REPLICATE_PATH = /^\/instance\/([^/]+)\/replicate$/;
const TRAFFIC_DISTRIBUTION_PATH = /^\/traffic-distribution\/([^/]+)$/;

/** The Region a request is signed for: the SigV4 credential scope, `<key>/<date>/<region>/connect/aws4_request`. */
const SIGNED_REGION = /Credential=[^/]+\/\d{8}\/([^/]+)\/connect\/aws4_request/;

/** The Connect API's largest `maxResults` for these operations. */
const MAX_RESULTS_LIMIT = 1000;

/** The instance names Amazon Connect gives a new instance's built-in profiles. */
export const BUILT_IN_PROFILES: Required<FakeInstanceNames> = {
  securityProfiles: ['Admin', 'Agent', 'CallCenterManager', 'QualityAnalyst'],
  routingProfiles: ['Basic Routing Profile'],
};

/**
 * A fake of the Amazon Connect `ListSecurityProfiles` and
 * `ListRoutingProfiles` REST operations on 127.0.0.1, with pagination,
 * injected errors (throttling first of all) and a record of every request.
 */
export class ConnectFake {
  /** Every request received since start or the last `reset()`. */
  public readonly requests: RecordedRequest[] = [];
  /** Profiles per page at most. */
  public pageSize: number;
  /** How long to wait before answering each request, in milliseconds. */
  public responseDelayMs = 0;
  /** Whether a page asked for with a token answers with that token again (a service bug the paginator guards against). */
  public repeatToken = false;
  private readonly partition: string;
  private readonly region: string;
  private readonly accountId: string;
  private readonly instances = new Map<string, FakeInstance>();
  /** Phone numbers by id. */
  public readonly phoneNumbers = new Map<string, FakePhoneNumber>();
  /** Flow ids by instance id. */
  private readonly contactFlows = new Map<string, Set<string>>();
  /** Instances by `<region>/<id>`: a source and its replica share the id. */
  public readonly connectInstances = new Map<string, FakeConnectInstance>();
  /** The telephony distribution of each traffic distribution group, by group id (undefined until set). */
  public readonly trafficDistributions = new Map<string, FakeDistribution[] | undefined>();
  /** How many DescribeInstance calls see a new replica CREATION_IN_PROGRESS before it is ACTIVE. */
  public replicaDescribesInProgress = 2;
  /** When set, new replicas end CREATION_FAILED with this reason instead of ACTIVE. */
  public replicaFailure?: string;
  /** The Region each request was signed for, in order. */
  public readonly signedRegions: string[] = [];
  /** Errors for the next requests, in order; undefined lets a request through. */
  private readonly injected: Array<InjectedError | undefined> = [];
  /** How many more listings of each kind answer as if the instance had no profile of that kind yet. */
  private readonly withheld: Record<ProfileKind, number> = { security: 0, routing: 0 };
  private readonly pendingAnswers = new Set<NodeJS.Timeout>();
  private readonly server: http.Server;

  constructor(options: ConnectFakeOptions = {}) {
    this.pageSize = options.pageSize ?? MAX_RESULTS_LIMIT;
    this.partition = options.partition ?? 'aws';
    this.region = options.region ?? 'us-east-1';
    this.accountId = options.accountId ?? '123456789012';
    this.server = http.createServer((req, res) => this.handle(req, res));
  }

  /** Starts listening on a random port; returns the endpoint URL. */
  public async start(): Promise<string> {
    return `http://127.0.0.1:${await listen(this.server)}`;
  }

  /** Stops the server, drops its connections and forgets delayed answers. */
  public async stop(): Promise<void> {
    this.pendingAnswers.forEach(clearTimeout);
    this.pendingAnswers.clear();
    await close(this.server);
  }

  /** The ARN of an instance in the fake's partition, account and region. */
  public instanceArn(instanceId: string): string {
    return `arn:${this.partition}:connect:${this.region}:${this.accountId}:instance/${instanceId}`;
  }

  /**
   * Creates (or replaces) an instance whose profiles have these names, each
   * with a fresh id and ARN.
   */
  public putInstance(instanceId: string, names: FakeInstanceNames = BUILT_IN_PROFILES): FakeInstance {
    const instance: FakeInstance = {
      securityProfiles: (names.securityProfiles ?? []).map((name) => this.profile(instanceId, 'security-profile', name)),
      routingProfiles: (names.routingProfiles ?? []).map((name) => this.profile(instanceId, 'routing-profile', name)),
    };
    this.instances.set(instanceId, instance);
    return instance;
  }

  /** Claims a phone number for an instance; returns its id. */
  public putPhoneNumber(instanceId: string, phoneNumberId: string = randomUUID()): string {
    this.phoneNumbers.set(phoneNumberId, { instanceId });
    return phoneNumberId;
  }

  /** Creates a flow in an instance; returns its id. */
  public putContactFlow(instanceId: string, contactFlowId: string = randomUUID()): string {
    const flows = this.contactFlows.get(instanceId) ?? new Set<string>();
    flows.add(contactFlowId);
    this.contactFlows.set(instanceId, flows);
    return contactFlowId;
  }

  /** Creates (or replaces) an Amazon Connect instance in a Region (the fake's by default). */
  public putConnectInstance(options: FakeConnectInstanceOptions): FakeConnectInstance {
    const instance: FakeConnectInstance = {
      id: options.id,
      region: options.region ?? this.region,
      alias: options.alias,
      identityManagementType: options.identityManagementType ?? 'SAML',
      status: options.status ?? 'ACTIVE',
    };
    this.connectInstances.set(`${instance.region}/${instance.id}`, instance);
    return instance;
  }

  /** The instance `id` in `region`, if there is one. */
  public connectInstance(region: string, id: string): FakeConnectInstance | undefined {
    return this.connectInstances.get(`${region}/${id}`);
  }

  /** Creates a traffic distribution group; returns its id. */
  public putTrafficDistributionGroup(groupId: string = randomUUID()): string {
    this.trafficDistributions.set(groupId, undefined);
    return groupId;
  }

  /**
   * Answers `count` requests with HTTP 429 throttling errors, once `after`
   * more requests have been answered normally.
   */
  public throttleNext(count: number, type = 'TooManyRequestsException', after = 0): void {
    this.failNext(count, { status: 429, type, message: 'Rate exceeded' }, after);
  }

  /** Answers `count` requests with this error, once `after` more requests have been answered normally. */
  public failNext(count: number, error: InjectedError, after = 0): void {
    for (let i = 0; i < after; i++) {
      this.injected.push(undefined);
    }
    for (let i = 0; i < count; i++) {
      this.injected.push(error);
    }
  }

  /**
   * Answers the next `count` listings of this kind with an empty page, as an
   * instance whose built-in profiles are not listed yet would.
   */
  public withholdProfiles(kind: ProfileKind, count: number): void {
    this.withheld[kind] = count;
  }

  /** Forgets instances, requests, pending injected errors, withheld listings and the response delay. */
  public reset(): void {
    this.responseDelayMs = 0;
    this.repeatToken = false;
    this.requests.length = 0;
    this.injected.length = 0;
    this.withheld.security = 0;
    this.withheld.routing = 0;
    this.instances.clear();
    this.phoneNumbers.clear();
    this.contactFlows.clear();
    this.connectInstances.clear();
    this.trafficDistributions.clear();
    this.replicaDescribesInProgress = 2;
    this.replicaFailure = undefined;
    this.signedRegions.length = 0;
  }

  private profile(instanceId: string, type: string, name: string): FakeProfile {
    const id = randomUUID();
    return { Id: id, Arn: `${this.instanceArn(instanceId)}/${type}/${id}`, Name: name };
  }

  private handle(req: http.IncomingMessage, res: http.ServerResponse): void {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      const text = Buffer.concat(chunks).toString('utf8');
      const body = text.length > 0 ? JSON.parse(text) : undefined;
      this.requests.push({
        method: req.method ?? '',
        path: url.pathname,
        query: Object.fromEntries(url.searchParams),
        headers: req.headers,
        body,
      });
      const region = SIGNED_REGION.exec(String(req.headers.authorization ?? ''))?.[1] ?? '';
      this.signedRegions.push(region);
      const timer = setTimeout(() => {
        this.pendingAnswers.delete(timer);
        this.answer(req.method ?? '', url, res, body, region);
      }, this.responseDelayMs);
      this.pendingAnswers.add(timer);
    });
  }

  private answer(method: string, url: URL, res: http.ServerResponse, body: Record<string, unknown> | undefined, region: string): void {
    if (this.answerGlobalResiliency(method, url, res, body ?? {}, region)) {
      return;
    }
    const flowPath = PHONE_NUMBER_FLOW_PATH.exec(url.pathname);
    if (flowPath && (method === 'PUT' || method === 'DELETE')) {
      const injected = this.injected.shift();
      if (injected) {
        return sendError(res, injected);
      }
      const phoneNumberId = decodeURIComponent(flowPath[1]);
      return method === 'PUT'
        ? this.associate(res, phoneNumberId, body ?? {})
        : this.disassociate(res, phoneNumberId, url.searchParams.get('instanceId'));
    }
    const route = ROUTES.find((r) => url.pathname.startsWith(r.prefix));
    if (method !== 'GET' || !route) {
      return sendError(res, { status: 404, type: 'UnknownOperationException', message: `No operation for ${method} ${url.pathname}` });
    }
    const injected = this.injected.shift();
    if (injected) {
      return sendError(res, injected);
    }
    const instanceId = decodeURIComponent(url.pathname.slice(route.prefix.length));
    const instance = this.instances.get(instanceId);
    if (!instance) {
      return sendError(res, { status: 404, type: 'ResourceNotFoundException', message: `Instance not found: ${instanceId}` });
    }
    const withheld = this.withheld[route.kind] > 0;
    if (withheld) {
      this.withheld[route.kind]--;
    }
    const profiles = withheld ? [] : route.kind === 'security' ? instance.securityProfiles : instance.routingProfiles;
    this.sendPage(res, url.searchParams, route.listKey, profiles);
  }

  /** Answers the instance and traffic distribution operations; false for any other request. */
  private answerGlobalResiliency(method: string, url: URL, res: http.ServerResponse, body: Record<string, unknown>, region: string): boolean {
    const replicate = method === 'POST' ? REPLICATE_PATH.exec(url.pathname) : null;
    const instance = method === 'GET' || method === 'DELETE' ? INSTANCE_PATH.exec(url.pathname) : null;
    const distribution = method === 'PUT' ? TRAFFIC_DISTRIBUTION_PATH.exec(url.pathname) : null;
    if (!replicate && !instance && !distribution) {
      return false;
    }
    const injected = this.injected.shift();
    if (injected) {
      sendError(res, injected);
    } else if (replicate) {
      this.replicate(res, region, decodeURIComponent(replicate[1]), body);
    } else if (instance) {
      const id = decodeURIComponent(instance[1]);
      if (method === 'GET') {
        this.describeInstance(res, region, id);
      } else {
        this.deleteInstance(res, region, id);
      }
    } else {
      this.updateTrafficDistribution(res, decodeURIComponent(distribution![1]), body);
    }
    return true;
  }

  /**
   * ReplicateInstance, failing as the admin guide lists: same Region, already replicated (unless the same
   * ClientToken asks again), not SAML, not ACTIVE; a taken alias is a conflict
   * (https://docs.aws.amazon.com/connect/latest/adminguide/create-replica-connect-instance.html).
   */
  private replicate(res: http.ServerResponse, region: string, id: string, body: Record<string, unknown>): void {
    const source = this.connectInstance(region, id);
    if (!source) {
      return sendError(res, { status: 404, type: 'ResourceNotFoundException', message: `Instance not found: ${id}` });
    }
    const { ReplicaRegion: replicaRegion, ReplicaAlias: alias, ClientToken: clientToken } = body as Record<string, string>;
    const existing = [...this.connectInstances.values()].find((i) => i.id === id && i.sourceRegion === region);
    if (existing && clientToken !== undefined && existing.clientToken === clientToken) {
      return sendJson(res, 200, { Id: id, Arn: this.arnIn(existing.region, id) });
    }
    const invalid = (message: string) => sendError(res, { status: 400, type: 'InvalidRequestException', message });
    if (replicaRegion === region) {
      return invalid('The replica Region must differ from the instance\'s Region');
    }
    if (existing) {
      return invalid(`Instance ${id} is already replicated to ${existing.region}`);
    }
    if (source.identityManagementType !== 'SAML') {
      return invalid('The instance does not have SAML enabled');
    }
    if (source.status !== 'ACTIVE') {
      return invalid('The instance is not ACTIVE');
    }
    if ([...this.connectInstances.values()].some((i) => i.alias === alias)) {
      return sendError(res, { status: 409, type: 'ResourceConflictException', message: `Alias ${alias} is taken` });
    }
    this.connectInstances.set(`${replicaRegion}/${id}`, {
      id,
      region: replicaRegion,
      alias,
      identityManagementType: source.identityManagementType,
      status: 'CREATION_IN_PROGRESS',
      sourceRegion: region,
      clientToken,
      describesInProgress: this.replicaDescribesInProgress,
      failure: this.replicaFailure,
    });
    sendJson(res, 200, { Id: id, Arn: this.arnIn(replicaRegion, id) });
  }

  /** DescribeInstance: a new replica is CREATION_IN_PROGRESS for a few calls, then ACTIVE or CREATION_FAILED. */
  private describeInstance(res: http.ServerResponse, region: string, id: string): void {
    const instance = this.connectInstance(region, id);
    if (!instance) {
      return sendError(res, { status: 404, type: 'ResourceNotFoundException', message: `Instance not found: ${id}` });
    }
    if (instance.describesInProgress !== undefined) {
      if (instance.describesInProgress > 0) {
        instance.describesInProgress--;
      } else {
        instance.status = instance.failure === undefined ? 'ACTIVE' : 'CREATION_FAILED';
        instance.statusReason = instance.failure;
        instance.describesInProgress = undefined;
      }
    }
    const sourceRegion = instance.sourceRegion
      ?? [...this.connectInstances.values()].find((i) => i.id === id && i.sourceRegion === region)?.sourceRegion;
    const replica = [...this.connectInstances.values()].find((i) => i.id === id && i.sourceRegion !== undefined);
    const replicationStatus = { ACTIVE: 'INSTANCE_REPLICATION_COMPLETE', CREATION_IN_PROGRESS: 'INSTANCE_REPLICATION_IN_PROGRESS', CREATION_FAILED: 'INSTANCE_REPLICATION_FAILED' };
    sendJson(res, 200, {
      Instance: {
        Id: id,
        Arn: this.arnIn(region, id),
        IdentityManagementType: instance.identityManagementType,
        InstanceAlias: instance.alias,
        InstanceStatus: instance.status,
        ...(instance.statusReason ? { StatusReason: { Message: instance.statusReason } } : {}),
      },
      ...(sourceRegion && replica ? {
        ReplicationConfiguration: {
          SourceRegion: sourceRegion,
          ReplicationStatusSummaryList: [{
            Region: replica.region,
            ReplicationStatus: replicationStatus[replica.status],
            ...(replica.statusReason ? { ReplicationStatusReason: replica.statusReason } : {}),
          }],
        },
      } : {}),
    });
  }

  /** DeleteInstance: removes the instance of that Region only. */
  private deleteInstance(res: http.ServerResponse, region: string, id: string): void {
    if (!this.connectInstances.delete(`${region}/${id}`)) {
      return sendError(res, { status: 404, type: 'ResourceNotFoundException', message: `Instance not found: ${id}` });
    }
    sendJson(res, 200, {});
  }

  /**
   * UpdateTrafficDistribution: the shares must be in 10% increments and add up to 100%
   * (https://docs.aws.amazon.com/connect/latest/adminguide/update-telephony-traffic-distribution.html).
   */
  private updateTrafficDistribution(res: http.ServerResponse, idOrArn: string, body: Record<string, unknown>): void {
    const groupId = idOrArn.split('/').pop()!;
    if (!this.trafficDistributions.has(groupId)) {
      return sendError(res, { status: 404, type: 'ResourceNotFoundException', message: `Traffic distribution group not found: ${idOrArn}` });
    }
    const distributions = ((body.TelephonyConfig as { Distributions?: FakeDistribution[] } | undefined)?.Distributions) ?? [];
    const total = distributions.reduce((sum, d) => sum + d.Percentage, 0);
    if (distributions.length === 0 || total !== 100 || distributions.some((d) => d.Percentage % 10 !== 0)) {
      return sendError(res, { status: 400, type: 'InvalidRequestException', message: `Invalid distribution: ${JSON.stringify(distributions)}` });
    }
    this.trafficDistributions.set(groupId, distributions);
    sendJson(res, 200, {});
  }

  private arnIn(region: string, instanceId: string): string {
    return `arn:${this.partition}:connect:${region}:${this.accountId}:instance/${instanceId}`;
  }

  /** AssociatePhoneNumberContactFlow: the number and the flow must be of the instance; a PUT replaces the flow. */
  private associate(res: http.ServerResponse, phoneNumberId: string, body: Record<string, unknown>): void {
    const { InstanceId: instanceId, ContactFlowId: contactFlowId } = body;
    if (typeof instanceId !== 'string' || typeof contactFlowId !== 'string') {
      return sendError(res, { status: 400, type: 'InvalidParameterException', message: 'InstanceId and ContactFlowId are required' });
    }
    const number = this.phoneNumbers.get(phoneNumberId);
    if (!number || number.instanceId !== instanceId) {
      return sendError(res, { status: 404, type: 'ResourceNotFoundException', message: `Phone number not found: ${phoneNumberId}` });
    }
    if (!this.contactFlows.get(instanceId)?.has(contactFlowId)) {
      return sendError(res, { status: 404, type: 'ResourceNotFoundException', message: `Contact flow not found: ${contactFlowId}` });
    }
    number.contactFlowId = contactFlowId;
    sendJson(res, 200, {});
  }

  /** DisassociatePhoneNumberContactFlow: the number must be of the instance. */
  private disassociate(res: http.ServerResponse, phoneNumberId: string, instanceId: string | null): void {
    if (!instanceId) {
      return sendError(res, { status: 400, type: 'InvalidParameterException', message: 'instanceId is required' });
    }
    const number = this.phoneNumbers.get(phoneNumberId);
    if (!number || number.instanceId !== instanceId) {
      return sendError(res, { status: 404, type: 'ResourceNotFoundException', message: `Phone number not found: ${phoneNumberId}` });
    }
    number.contactFlowId = undefined;
    sendJson(res, 200, {});
  }

  private sendPage(res: http.ServerResponse, params: URLSearchParams, listKey: string, profiles: FakeProfile[]): void {
    const maxResults = Number(params.get('maxResults') ?? MAX_RESULTS_LIMIT);
    if (!Number.isInteger(maxResults) || maxResults < 1 || maxResults > MAX_RESULTS_LIMIT) {
      return sendError(res, { status: 400, type: 'InvalidParameterException', message: `Invalid maxResults: ${params.get('maxResults')}` });
    }
    const token = params.get('nextToken');
    const offset = token === null ? 0 : decodeToken(token);
    if (offset === undefined || offset > profiles.length) {
      return sendError(res, { status: 400, type: 'InvalidParameterException', message: 'Invalid nextToken' });
    }
    const end = offset + Math.min(maxResults, this.pageSize);
    const page = profiles.slice(offset, end).map((p) => ({ ...p, LastModifiedTime: 1_700_000_000, LastModifiedRegion: this.region }));
    const body: Record<string, unknown> = { [listKey]: page };
    if (end < profiles.length) {
      body.NextToken = this.repeatToken && token !== null ? token : encodeToken(end);
    }
    sendJson(res, 200, body);
  }
}

function sendJson(res: http.ServerResponse, status: number, body: unknown, headers: http.OutgoingHttpHeaders = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json',
    'content-length': Buffer.byteLength(text),
    'x-amzn-requestid': randomUUID(),
    ...headers,
  });
  res.end(text);
}

function sendError(res: http.ServerResponse, error: InjectedError): void {
  sendJson(res, error.status, { message: error.message }, { 'x-amzn-errortype': error.type });
}

function encodeToken(offset: number): string {
  return Buffer.from(JSON.stringify({ offset })).toString('base64');
}

function decodeToken(token: string): number | undefined {
  try {
    const offset = JSON.parse(Buffer.from(token, 'base64').toString('utf8')).offset;
    return Number.isInteger(offset) && offset >= 0 ? offset : undefined;
  } catch {
    return undefined;
  }
}

function listen(server: http.Server): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port));
  });
}

function close(server: http.Server): Promise<void> {
  return new Promise((resolve, reject) => {
    server.close((err) => (err ? reject(err) : resolve()));
    server.closeAllConnections();
  });
}
