/**
 * Handler of `Custom::ConnectPhoneNumberContactFlow`: `AWS::Connect::PhoneNumber`
 * has no flow property
 * (https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-connect-phonenumber.html).
 * Associating replaces the number's flow; on Delete a missing number or
 * instance is success. The operations take ids, not ARNs
 * (https://docs.aws.amazon.com/connect/latest/APIReference/API_AssociatePhoneNumberContactFlow.html,
 * https://docs.aws.amazon.com/connect/latest/APIReference/API_DisassociatePhoneNumberContactFlow.html).
 */
// The Lambda Node.js runtime provides the AWS SDK v3; the bundle keeps it external.
import {
  AssociatePhoneNumberContactFlowCommand, ConnectClient, DisassociatePhoneNumberContactFlowCommand,
} from '@aws-sdk/client-connect';
import type { CloudFormationCustomResourceEvent, Context } from 'aws-lambda';
import { callBudget, outOfTimeOrRetries } from './connect-calls';
import { connectResource, connectResourceId, errorName, errorText, instanceIdFromArn, ReasonError, reasonFor } from './reasons';
import { LookupRetryStrategy, SYSTEM_TIMING } from '../profile-lookup/lookup-retry';
import {
  invocationWindow, LookupHandler, LookupHandlerOptions, RETRY_WINDOW_MS,
} from '../profile-lookup/profile-lookup.lambda';

/** Client errors retried on Create and Update. */
const RETRIED_ON_ASSOCIATE: ReadonlySet<string> = new Set(['AccessDeniedException', 'ResourceNotFoundException']);

/** Client errors retried on Delete: a missing number or instance is success, not a reason to wait. */
const RETRIED_ON_DISASSOCIATE: ReadonlySet<string> = new Set(['AccessDeniedException']);

/** The ids the operations take. */
interface Association {
  readonly instanceId: string;
  readonly phoneNumberId: string;
  readonly contactFlowId: string;
}

/** An error whose message, and `stack`, is the reason CloudFormation shows. */
class AssociationError extends ReasonError {
  constructor(message: string) {
    super('AssociationError', message);
  }
}

/** Builds the handler: returns the physical id, or throws an `AssociationError`. */
export function associationHandler(options: LookupHandlerOptions = {}): LookupHandler {
  const timing = options.timing ?? SYSTEM_TIMING;
  const windowMs = options.retryWindowMs ?? RETRY_WINDOW_MS;
  return async (event, context) => {
    try {
      const association = parseAssociation(event.ResourceProperties);
      const remove = event.RequestType === 'Delete';
      const window = invocationWindow(context, windowMs, timing);
      const strategy = new LookupRetryStrategy(window, remove ? RETRIED_ON_DISASSOCIATE : RETRIED_ON_ASSOCIATE);
      const client = new ConnectClient({ region: process.env.AWS_REGION, retryStrategy: strategy });
      try {
        return remove
          ? await disassociate(client, strategy, context, association)
          : await associate(client, strategy, context, association, event);
      } finally {
        client.destroy();
      }
    } catch (err) {
      console.error('Phone number routing failed:', err);
      throw new AssociationError(reasonFor(err));
    }
  };
}

async function associate(
  client: ConnectClient, strategy: LookupRetryStrategy, context: Context, a: Association, event: CloudFormationCustomResourceEvent,
): Promise<{ PhysicalResourceId: string }> {
  const operation = 'AssociatePhoneNumberContactFlow';
  try {
    await client.send(new AssociatePhoneNumberContactFlowCommand({
      PhoneNumberId: a.phoneNumberId,
      InstanceId: a.instanceId,
      ContactFlowId: a.contactFlowId,
    }), { abortSignal: AbortSignal.timeout(budget(context, operation, a)) });
  } catch (err) {
    throw callError(strategy, operation, a, err);
  }
  console.log('%s routed to flow %s (%s)', a.phoneNumberId, a.contactFlowId, event.RequestType);
  return { PhysicalResourceId: `${a.phoneNumberId}/contact-flow` };
}

async function disassociate(client: ConnectClient, strategy: LookupRetryStrategy, context: Context, a: Association): Promise<{}> {
  const operation = 'DisassociatePhoneNumberContactFlow';
  try {
    await client.send(new DisassociatePhoneNumberContactFlowCommand({
      PhoneNumberId: a.phoneNumberId,
      InstanceId: a.instanceId,
    }), { abortSignal: AbortSignal.timeout(budget(context, operation, a)) });
  } catch (err) {
    if (errorName(err) === 'ResourceNotFoundException') {
      console.log('%s: phone number %s or its instance no longer exists (%s); nothing to undo', operation, a.phoneNumberId, errorText(err));
      return {};
    }
    throw callError(strategy, operation, a, err);
  }
  return {};
}

/** Milliseconds a call may take, retries included, before the time kept to answer. */
function budget(context: Context, operation: string, a: Association): number {
  return callBudget(context, `${operation} for phone number ${a.phoneNumberId}`, (reason) => new AssociationError(reason));
}

/** Turns what a call threw into a reason that names the operation, the number and the flow. */
function callError(strategy: LookupRetryStrategy, operation: string, a: Association, err: unknown): AssociationError {
  const subject = `${operation} for phone number ${a.phoneNumberId} (flow ${a.contactFlowId}, Amazon Connect instance ${a.instanceId})`;
  return new AssociationError(outOfTimeOrRetries(subject, err, strategy.refusalOf(err)) ?? `${subject} failed: ${errorText(err)}`);
}

/** Validates the resource properties; throws an AssociationError naming every bad one. */
function parseAssociation(props: Record<string, unknown>): Association {
  const problems: string[] = [];
  const instanceId = instanceIdFromArn(props.InstanceArn);
  if (instanceId === undefined) {
    problems.push(`InstanceArn must be an Amazon Connect instance ARN, got ${JSON.stringify(props.InstanceArn)}`);
  }
  // `phone-number/<id>`, or the legacy `instance/<instance id>/phone-number/<id>`
  // (both resource types of https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazonconnect.html#amazonconnect-resources-for-iam-policies).
  const phoneNumberId = connectResourceId(props.PhoneNumberArn, /^(?:instance\/[A-Za-z0-9-]+\/)?phone-number\/([A-Za-z0-9-]+)$/);
  if (phoneNumberId === undefined) {
    problems.push(`PhoneNumberArn must be an Amazon Connect phone number ARN, got ${JSON.stringify(props.PhoneNumberArn)}`);
  }
  const flow = /^instance\/([A-Za-z0-9-]+)\/contact-flow\/([A-Za-z0-9-]+)$/.exec(connectResource(props.ContactFlowArn) ?? '');
  if (!flow) {
    problems.push(`ContactFlowArn must be an Amazon Connect flow ARN, got ${JSON.stringify(props.ContactFlowArn)}`);
  } else if (instanceId !== undefined && flow[1] !== instanceId) {
    problems.push(`ContactFlowArn must be a flow of instance ${instanceId}, got ${JSON.stringify(props.ContactFlowArn)}`);
  }
  if (problems.length > 0) {
    throw new AssociationError(problems.join('; '));
  }
  return { instanceId: instanceId!, phoneNumberId: phoneNumberId!, contactFlowId: flow![2] };
}
