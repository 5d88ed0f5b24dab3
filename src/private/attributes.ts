import { CfnInstance } from 'aws-cdk-lib/aws-connect';
import type { ConnectInstanceProps } from '../connect-instance';

/**
 * Instance attributes that aws-cdk-lib's minimum supported version
 * (2.220.0) does not yet know in `CfnInstance.AttributesProperty`; they are
 * written with a property override so that no consumer loses them.
 */
const NEWER_ATTRIBUTES: ReadonlyArray<[keyof ConnectInstanceProps, string]> = [
  ['autoMuteAgentOnHold', 'AutoMuteAgentOnHold'],
  ['messageStreaming', 'MessageStreaming'],
];

/**
 * The `Attributes` of the instance, with the console wizard's defaults.
 */
export function renderAttributes(props: ConnectInstanceProps): CfnInstance.AttributesProperty {
  const telephony = props.telephony ?? {};
  return {
    inboundCalls: telephony.inboundCalls ?? true,
    outboundCalls: telephony.outboundCalls ?? true,
    earlyMedia: telephony.earlyMedia ?? true,
    contactflowLogs: props.contactFlowLogs ?? true,
    contactLens: props.contactLens ?? true,
    autoResolveBestVoices: props.autoResolveBestVoices ?? true,
    useCustomTtsVoices: props.useCustomTtsVoices ?? false,
    multiPartyConference: props.multiPartyConference ?? false,
    multiPartyChatConference: props.multiPartyChatConference ?? false,
    enhancedContactMonitoring: props.enhancedContactMonitoring ?? false,
    enhancedChatMonitoring: props.enhancedChatMonitoring ?? false,
    highVolumeOutBound: props.highVolumeOutbound ?? false,
  };
}

/**
 * Writes the attributes that the minimum aws-cdk-lib cannot render, when set.
 */
export function overrideNewerAttributes(resource: CfnInstance, props: ConnectInstanceProps): void {
  for (const [prop, attribute] of NEWER_ATTRIBUTES) {
    const value = props[prop];
    if (value !== undefined) {
      resource.addPropertyOverride(`Attributes.${attribute}`, value);
    }
  }
}
