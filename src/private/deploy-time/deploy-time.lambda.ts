/**
 * The handler of the stack's one deploy-time function (provider.ts): the
 * entry point aws-cdk-lib's response wrapper requires (`./index`,
 * `handler`). It dispatches on the custom resource type: phone number
 * routing (`Custom::ConnectPhoneNumberContactFlow`,
 * phone-number-contact-flow.lambda.ts), and everything else to the profile
 * lookup (`Custom::ConnectProfileLookup`, profile-lookup.lambda.ts), as
 * before the function served two types.
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
