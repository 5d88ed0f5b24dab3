import { CfnInstance } from 'aws-cdk-lib/aws-connect';
import type { InstanceAttributeOptions } from '../../instance-attributes';

/**
 * Which instance attributes are sent, and why.
 *
 * CloudFormation's create handler calls UpdateInstanceAttribute once for
 * every attribute present in `Attributes` after CreateInstance (the
 * provider's `CreateHandler.processInstanceAttributes`), and some attributes
 * are for allow-listed accounts only ("Only allowlisted customers can consume
 * USE_CUSTOM_TTS_VOICES"; whether writing `false` from another account is
 * rejected is not documented). So only these are sent:
 *
 * - required by the registry schema: `InboundCalls`, `OutboundCalls` (sent
 *   to CreateInstance itself);
 * - set by the console wizard: `EarlyMedia` (step 3, "Early media is enabled
 *   by default for new instances") and `ContactflowLogs` (step 4, "By
 *   default, we enable ... contact flow logs");
 * - every other attribute only when the user sets it (`true` or `false`);
 *   left out, Amazon Connect's own default applies.
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

/**
 * Instance attributes that aws-cdk-lib's minimum supported version
 * (2.220.0) does not yet know in `CfnInstance.AttributesProperty`; they are
 * written with a property override so that no consumer loses them.
 */
const NEWER_ATTRIBUTES: ReadonlyArray<[keyof InstanceAttributeOptions, string]> = [
  ['autoMuteAgentOnHold', 'AutoMuteAgentOnHold'],
  ['messageStreaming', 'MessageStreaming'],
];

/**
 * Writes the attributes that the minimum aws-cdk-lib cannot render, when set.
 */
export function overrideNewerAttributes(resource: CfnInstance, options: InstanceAttributeOptions): void {
  for (const [prop, attribute] of NEWER_ATTRIBUTES) {
    const value = options[prop];
    if (value !== undefined) {
      resource.addPropertyOverride(`Attributes.${attribute}`, value);
    }
  }
}
