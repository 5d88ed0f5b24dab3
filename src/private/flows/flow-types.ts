/**
 * Flow types as the Flow language reference's "Restrictions" sections name them, in CloudFormation's
 * spelling (`AWS::Connect::ContactFlow` `Type`), and `FLOW_MODULE` for modules.
 *
 * @see https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-connect-contactflow.html
 */
export const FLOW_TYPES = {
  inbound: ['CONTACT_FLOW'],
  transfer: ['AGENT_TRANSFER', 'QUEUE_TRANSFER'],
  whisper: ['CUSTOMER_WHISPER', 'AGENT_WHISPER', 'OUTBOUND_WHISPER'],
  customerQueue: ['CUSTOMER_QUEUE'],
  hold: ['CUSTOMER_HOLD', 'AGENT_HOLD'],
  module: ['FLOW_MODULE'],
  /** Pages that allow "outbound whispers" but not the other whisper flows. */
  outboundWhisper: ['OUTBOUND_WHISPER'],
  /** Outbound campaign flows (since January 2025). */
  campaign: ['CAMPAIGN'],
} as const;

/** The flow types of the named groups. */
export function flowTypes(...groups: (keyof typeof FLOW_TYPES)[]): string[] {
  return groups.flatMap(g => [...FLOW_TYPES[g]]);
}
