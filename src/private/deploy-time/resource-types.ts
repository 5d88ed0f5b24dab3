/** The custom resource types the deploy-time function dispatches on. */

/** The routing of a phone number to a flow (phone-number/route-phone-number.ts). */
export const PHONE_NUMBER_CONTACT_FLOW_TYPE = 'Custom::ConnectPhoneNumberContactFlow';

/** A replica of an instance in another Region, Global Resiliency (instance-replica.ts). */
export const INSTANCE_REPLICA_TYPE = 'Custom::ConnectInstanceReplica';

/** A traffic distribution group's split of calls between Regions (traffic-distribution-group.ts). */
export const TRAFFIC_DISTRIBUTION_TYPE = 'Custom::ConnectTrafficDistribution';
