/**
 * Handler of `Custom::ConnectTrafficDistribution`: `AWS::Connect::TrafficDistributionGroup` has no property for
 * the split of calls between Regions
 * (https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-connect-trafficdistributiongroup.html).
 * Create and Update call UpdateTrafficDistribution in the group's Region; Delete sends every call to that Region
 * again. CloudFormation passes the percentages as strings.
 * @see https://docs.aws.amazon.com/connect/latest/APIReference/API_UpdateTrafficDistribution.html
 * @see https://docs.aws.amazon.com/connect/latest/adminguide/update-telephony-traffic-distribution.html
 */
// The Lambda Node.js runtime provides the AWS SDK v3; the bundle keeps it external.
import { Distribution, UpdateTrafficDistributionCommand } from '@aws-sdk/client-connect';
import { callConnect, CallSession, ConnectCallError } from './connect-client.lambda';
import { errorName, ReasonError, reasonFor } from './reasons';
import { SYSTEM_TIMING } from '../profile-lookup/lookup-retry';
import { LookupHandler, LookupHandlerOptions, LookupResponse, RETRY_WINDOW_MS } from '../profile-lookup/profile-lookup.lambda';

/** `arn:<partition>:connect:<region>:<account>:traffic-distribution-group/<id>`. */
const GROUP_ARN = /^arn:[^:]+:connect:([a-z]{2}(?:-[a-z]+){1,2}-[0-9]):[0-9]+:traffic-distribution-group\/[A-Za-z0-9-]+$/;
const REGION = /^[a-z]{2}(-[a-z]+){1,2}(-[0-9])?$/;

/** IAM propagation; a group just created, still being created, or being updated. */
const RETRIED_ON_SET: ReadonlySet<string> = new Set([
  'AccessDeniedException', 'ResourceNotFoundException', 'ResourceNotReadyException', 'ResourceConflictException',
]);
/** On Delete a missing group is success, not a reason to wait. */
const RETRIED_ON_RESET: ReadonlySet<string> = new Set(['AccessDeniedException', 'ResourceNotReadyException', 'ResourceConflictException']);

/** The split a resource asks for. */
interface DistributionRequest {
  readonly groupArn: string;
  readonly groupRegion: string;
  readonly distributions: Distribution[];
}

/** An error whose message, and `stack`, is the reason CloudFormation shows. */
class DistributionError extends ReasonError {
  constructor(message: string) {
    super('DistributionError', message);
  }
}

/** Builds the handler: returns `<group ARN>/telephony` as the physical id, or throws a `DistributionError`. */
export function distributionHandler(options: LookupHandlerOptions = {}): LookupHandler {
  const timing = options.timing ?? SYSTEM_TIMING;
  const windowMs = options.retryWindowMs ?? RETRY_WINDOW_MS;
  return async (event, context) => {
    const session: CallSession = { context, timing, windowMs, fail: (reason) => new DistributionError(reason) };
    try {
      const request = parseRequest(event.ResourceProperties);
      if (event.RequestType === 'Delete') {
        return await reset(session, request);
      }
      await setDistribution(session, request, request.distributions, RETRIED_ON_SET);
      return { PhysicalResourceId: `${request.groupArn}/telephony` };
    } catch (err) {
      console.error('Traffic distribution failed:', err);
      throw new DistributionError(reasonFor(err instanceof ConnectCallError ? new DistributionError(err.reason) : err));
    }
  };
}

/** Every call to the group's Region, the others none; a group already deleted is success. */
async function reset(s: CallSession, r: DistributionRequest): Promise<LookupResponse> {
  const home = r.distributions.map((d) => ({ Region: d.Region, Percentage: d.Region === r.groupRegion ? 100 : 0 }));
  try {
    await setDistribution(s, r, home, RETRIED_ON_RESET);
  } catch (err) {
    if (errorName(err) !== 'ResourceNotFoundException') {
      throw err;
    }
    console.log('Traffic distribution group %s no longer exists; nothing to reset', r.groupArn);
  }
  return {};
}

async function setDistribution(s: CallSession, r: DistributionRequest, distributions: Distribution[], retried: ReadonlySet<string>): Promise<void> {
  const split = distributions.map((d) => `${d.Region} ${d.Percentage}%`).join(', ');
  await callConnect(s, r.groupRegion, `UpdateTrafficDistribution of ${r.groupArn} (${split})`, retried, (client, o) => client.send(
    new UpdateTrafficDistributionCommand({ Id: r.groupArn, TelephonyConfig: { Distributions: distributions } }), o));
  console.log('Traffic distribution group %s: %s', r.groupArn, split);
}

/** Validates the resource properties; throws a DistributionError naming every bad one. */
function parseRequest(props: Record<string, unknown>): DistributionRequest {
  const problems: string[] = [];
  const groupArn = props.TrafficDistributionGroupArn;
  const match = typeof groupArn === 'string' ? GROUP_ARN.exec(groupArn) : null;
  if (!match) {
    problems.push(`TrafficDistributionGroupArn must be an Amazon Connect traffic distribution group ARN, got ${JSON.stringify(groupArn)}`);
  }
  const raw = props.TelephonyDistribution;
  const distributions = Array.isArray(raw) ? raw.map(parseDistribution) : [];
  if (distributions.length === 0 || distributions.includes(undefined)) {
    problems.push(`TelephonyDistribution must be a list of { Region, Percentage } (a Region name, a whole number from 0 to 100), got ${JSON.stringify(raw)}`);
  }
  if (problems.length > 0) {
    throw new DistributionError(problems.join('; '));
  }
  return { groupArn: groupArn as string, groupRegion: match![1], distributions: distributions as Distribution[] };
}

function parseDistribution(value: unknown): Distribution | undefined {
  const { Region: region, Percentage: percentage } = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
  const number = typeof percentage === 'string' && /^[0-9]{1,3}$/.test(percentage) ? Number(percentage) : percentage;
  if (typeof region !== 'string' || !REGION.test(region) || typeof number !== 'number' || !Number.isInteger(number) || number < 0 || number > 100) {
    return undefined;
  }
  return { Region: region, Percentage: number };
}
