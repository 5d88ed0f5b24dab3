import { CfnInstance } from 'aws-cdk-lib/aws-connect';
import type { InstanceAttributeOptions } from '../../instance-attributes';

/**
 * The attributes sent: the create handler calls UpdateInstanceAttribute for each
 * one present, and some are for allow-listed accounts only, so only the required,
 * the wizard's (`EarlyMedia`, `ContactflowLogs`) and those the user sets.
 *
 * @see https://github.com/aws-cloudformation/aws-cloudformation-resource-providers-connect/blob/main/aws-connect-instance/src/main/java/software/amazon/connect/instance/CreateHandler.java
 * @see https://github.com/aws-cloudformation/aws-cloudformation-resource-providers-connect/blob/main/aws-connect-instance/aws-connect-instance.json
 * @see https://docs.aws.amazon.com/connect/latest/APIReference/API_UpdateInstanceAttribute.html
 * @see https://docs.aws.amazon.com/connect/latest/adminguide/amazon-connect-instances.html
 * @see https://docs.aws.amazon.com/connect/latest/adminguide/update-instance-settings.html
 */
export function renderAttributes(options: InstanceAttributeOptions): CfnInstance.AttributesProperty {
  return {
    // Required by the registry schema; the wizard's step 3 turns both on.
    inboundCalls: options.inboundCalls ?? true,
    outboundCalls: options.outboundCalls ?? true,
    // Set by the wizard.
    earlyMedia: options.earlyMedia ?? true,
    contactflowLogs: options.contactFlowLogs ?? true,
    // Only what the user set; undefined properties are not rendered.
    contactLens: options.contactLens,
    autoResolveBestVoices: options.autoResolveBestVoices,
    useCustomTtsVoices: options.useCustomTtsVoices,
    multiPartyConference: options.multiPartyConference,
    multiPartyChatConference: options.multiPartyChatConference,
    enhancedContactMonitoring: options.enhancedContactMonitoring,
    enhancedChatMonitoring: options.enhancedChatMonitoring,
    highVolumeOutBound: options.highVolumeOutbound,
  };
}

/** Attributes the minimum aws-cdk-lib does not know, written as property overrides. */
const NEWER_ATTRIBUTES: ReadonlyArray<[keyof InstanceAttributeOptions, string]> = [
  ['autoMuteAgentOnHold', 'AutoMuteAgentOnHold'],
  ['messageStreaming', 'MessageStreaming'],
];

/** Writes the attributes that the minimum aws-cdk-lib cannot render, when set. */
export function overrideNewerAttributes(resource: CfnInstance, options: InstanceAttributeOptions): void {
  for (const [prop, attribute] of NEWER_ATTRIBUTES) {
    const value = options[prop];
    if (value !== undefined) {
      resource.addPropertyOverride(`Attributes.${attribute}`, value);
    }
  }
}
