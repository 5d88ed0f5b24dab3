/**
 * The instance attributes of a `ConnectInstance` (the wizard's steps 3 and 4, and later settings): `InboundCalls`,
 * `OutboundCalls`, `EarlyMedia` and `ContactflowLogs` are always sent, any other only when set, `false` included
 * (docs/defaults-and-limits.md); on updates an attribute left out is written as `false`.
 * @see https://github.com/aws-cloudformation/aws-cloudformation-resource-providers-connect/tree/main/aws-connect-instance
 * @see https://docs.aws.amazon.com/connect/latest/APIReference/API_UpdateInstanceAttribute.html
 */
export interface InstanceAttributeOptions {
  /**
   * Whether the instance can receive inbound calls (`InboundCalls`).
   * @default true
   * @see https://docs.aws.amazon.com/connect/latest/adminguide/amazon-connect-instances.html#get-started-telephony
   */
  readonly inboundCalls?: boolean;

  /**
   * Whether agents can make outbound calls (`OutboundCalls`).
   * @default true
   */
  readonly outboundCalls?: boolean;

  /**
   * Whether agents hear the carrier's pre-connection audio on outbound calls (`EarlyMedia`).
   * @default true - "by default, early media is enabled" (admin guide)
   * @see https://docs.aws.amazon.com/connect/latest/adminguide/amazon-connect-instances.html#early-media
   */
  readonly earlyMedia?: boolean;

  /**
   * Whether flows can write logs to CloudWatch (`ContactflowLogs`), to a log group the construct keeps.
   * @default true - as the wizard: "by default … a CloudWatch log group is created automatically to store the logs"
   * @see https://docs.aws.amazon.com/connect/latest/adminguide/contact-flow-logs.html
   */
  readonly contactFlowLogs?: boolean;

  /**
   * Whether Contact Lens conversational analytics is available to flows (`ContactLens`).
   * @default - not sent: Amazon Connect's default applies (the admin guide states none)
   * @see https://docs.aws.amazon.com/connect/latest/adminguide/enable-analytics.html#enable-cl
   */
  readonly contactLens?: boolean;

  /**
   * Whether Amazon Polly picks the best available voice for text-to-speech (`AutoResolveBestVoices`).
   * @default - not sent: Amazon Connect's default applies (the admin guide states none)
   * @see https://docs.aws.amazon.com/connect/latest/adminguide/text-to-speech.html#amazon-polly-best-sounding-voice
   */
  readonly autoResolveBestVoices?: boolean;

  /**
   * Whether flows may use custom text-to-speech voices (`UseCustomTTSVoices`), offered to allowlisted customers only.
   * @default - not sent: Amazon Connect's default applies (off)
   */
  readonly useCustomTtsVoices?: boolean;

  /**
   * Whether calls can have up to six participants instead of three (`MultiPartyConference`).
   * @default - not sent: Amazon Connect's default applies: "by default, calls can have three participants"
   * @see https://docs.aws.amazon.com/connect/latest/adminguide/monitor-conversations.html
   */
  readonly multiPartyConference?: boolean;

  /**
   * Whether chats can have more than two participants (`MultiPartyChatConference`).
   * @default - not sent: Amazon Connect's default applies: "by default, chats can have two participants"
   * @see https://docs.aws.amazon.com/connect/latest/adminguide/multi-party-chat.html
   */
  readonly multiPartyChatConference?: boolean;

  /**
   * Whether supervisors can barge into voice contacts (`EnhancedContactMonitoring`).
   * @default - not sent: Amazon Connect's default applies (off)
   * @see https://docs.aws.amazon.com/connect/latest/adminguide/monitor-barge.html#monitor-barge-set-up
   */
  readonly enhancedContactMonitoring?: boolean;

  /**
   * Whether supervisors can barge into chats (`EnhancedChatMonitoring`).
   * @default - not sent: Amazon Connect's default applies (off)
   */
  readonly enhancedChatMonitoring?: boolean;

  /**
   * Whether high-volume outbound communications (outbound campaigns) are enabled (`HighVolumeOutBound`).
   * @default - not sent: Amazon Connect's default applies (off)
   * @see https://docs.aws.amazon.com/connect/latest/adminguide/enable-outbound-campaigns.html
   */
  readonly highVolumeOutbound?: boolean;

  /**
   * Whether agents are muted, and cannot unmute, while a customer is on hold (`AutoMuteAgentOnHold`).
   * @default - not sent: Amazon Connect's default applies (not documented)
   */
  readonly autoMuteAgentOnHold?: boolean;

  /**
   * Whether chat messages are streamed to Amazon Lex bots (`MessageStreaming`); each bot alias
   * policy must then allow `lex:RecognizeMessageAsync`, which CloudFormation does not add.
   * @default - not sent: Amazon Connect's default applies: on for instances created from December 2025
   * @see https://docs.aws.amazon.com/connect/latest/adminguide/message-streaming-ai-chat.html
   */
  readonly messageStreaming?: boolean;
}
