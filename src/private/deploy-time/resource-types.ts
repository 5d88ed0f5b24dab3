/**
 * The custom resource types the stack's deploy-time function serves; its
 * handler (deploy-time.lambda.ts) dispatches on `event.ResourceType`.
 */

/** The routing of a phone number to a flow (phone-number/route-phone-number.ts). */
export const PHONE_NUMBER_CONTACT_FLOW_TYPE = 'Custom::ConnectPhoneNumberContactFlow';
