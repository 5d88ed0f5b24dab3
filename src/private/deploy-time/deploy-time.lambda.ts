/**
 * The deploy-time function's entry point: phone number routing by resource
 * type, anything else to the profile lookup.
 */
import { associationHandler } from './phone-number-contact-flow.lambda';
import { PHONE_NUMBER_CONTACT_FLOW_TYPE } from './resource-types';
import { LookupHandler, LookupHandlerOptions, lookupHandler } from '../profile-lookup/profile-lookup.lambda';

export { RETRY_WINDOW_MS } from '../profile-lookup/profile-lookup.lambda';

/** Builds the dispatching handler; tests give it a virtual clock. */
export function deployTimeHandler(options: LookupHandlerOptions = {}): LookupHandler {
  const lookup = lookupHandler(options);
  const association = associationHandler(options);
  return (event, context) => (event.ResourceType === PHONE_NUMBER_CONTACT_FLOW_TYPE ? association : lookup)(event, context);
}

/** The entry point the wrapper requires. */
export const handler = deployTimeHandler();
