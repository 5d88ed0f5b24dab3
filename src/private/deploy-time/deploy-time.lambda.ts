/**
 * The deploy-time function's entry point: phone number routing, instance replicas and traffic
 * distributions by resource type, anything else to the profile lookup.
 */
import { associationHandler } from './phone-number-contact-flow.lambda';
import { replicaHandler } from './replicate-instance.lambda';
import { INSTANCE_REPLICA_TYPE, PHONE_NUMBER_CONTACT_FLOW_TYPE, TRAFFIC_DISTRIBUTION_TYPE } from './resource-types';
import { distributionHandler } from './traffic-distribution.lambda';
import { LookupHandler, LookupHandlerOptions, lookupHandler } from '../profile-lookup/profile-lookup.lambda';

export { RETRY_WINDOW_MS } from '../profile-lookup/profile-lookup.lambda';

/** Builds the dispatching handler; tests give it a virtual clock. */
export function deployTimeHandler(options: LookupHandlerOptions = {}): LookupHandler {
  const lookup = lookupHandler(options);
  const byType = new Map<string, LookupHandler>([
    [PHONE_NUMBER_CONTACT_FLOW_TYPE, associationHandler(options)],
    [INSTANCE_REPLICA_TYPE, replicaHandler(options)],
    [TRAFFIC_DISTRIBUTION_TYPE, distributionHandler(options)],
  ]);
  return (event, context) => (byType.get(event.ResourceType) ?? lookup)(event, context);
}

/** The entry point the wrapper requires. */
export const handler = deployTimeHandler();
