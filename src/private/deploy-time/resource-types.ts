/** The custom resource types the deploy-time function dispatches on. */

/** The routing of a phone number to a flow (phone-number/route-phone-number.ts). */
export const PHONE_NUMBER_CONTACT_FLOW_TYPE = 'Custom::ConnectPhoneNumberContactFlow';
