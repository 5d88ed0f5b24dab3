/**
 * The instance attributes of a `ConnectInstance` (`AWS::Connect::Instance`
 * `Attributes`): the console wizard's telephony (step 3), contact-flow logs
 * (step 4) and the settings the console offers once the instance exists.
 * All are flat props of `ConnectInstanceProps` (breaking change before 1.0:
 * `inboundCalls`, `outboundCalls` and `earlyMedia` were nested under
 * `telephony`).
 *
 * CloudFormation calls UpdateInstanceAttribute once for each attribute
 * present, so only these are sent:
 *
 * | attribute | sent |
 * |---|---|
 * | `InboundCalls`, `OutboundCalls` | always: required by the registry schema (default on, as the console wizard) |
 * | `EarlyMedia`, `ContactflowLogs` | always: the console wizard sets them (default on) |
 * | every other one | only when its prop is set, `false` included; otherwise Amazon Connect's own default applies |
 *
 * On a stack update, the public source of CloudFormation's update handler
 * treats an attribute left out as `false` and writes it when Amazon Connect's
 * value differs: set a prop explicitly to keep a value Amazon Connect turned
 * on by itself.
 *
 * @see https://github.com/aws-cloudformation/aws-cloudformation-resource-providers-connect/tree/main/aws-connect-instance
 * @see https://docs.aws.amazon.com/connect/latest/APIReference/API_UpdateInstanceAttribute.html
 */
export interface InstanceAttributeOptions {
  /**
   * Whether the instance can receive inbound calls (`InboundCalls`).
   *
   * @default true
   * @see https://docs.aws.amazon.com/connect/latest/adminguide/amazon-connect-instances.html#get-started-telephony
   */
  readonly inboundCalls?: boolean;

  /**
   * Whether agents can make outbound calls (`OutboundCalls`).
   *
   * @default true
   * @see https://docs.aws.amazon.com/connect/latest/adminguide/amazon-connect-instances.html#get-started-telephony
   */
  readonly outboundCalls?: boolean;

  /**
   * Whether agents hear pre-connection audio on outbound calls, such as busy
   * signals and failure-to-connect messages from the carrier (`EarlyMedia`).
   *
   * @default true - "by default, early media is enabled" (admin guide)
   * @see https://docs.aws.amazon.com/connect/latest/adminguide/amazon-connect-instances.html#early-media
   */
  readonly earlyMedia?: boolean;

  /**
   * Whether flows can write logs to CloudWatch (`ContactflowLogs`). The
   * construct creates and keeps the log group Amazon Connect writes to. The
   * console wizard sets it (step 4), so it is always sent.
   *
   * @default true - as the wizard: "by default … a CloudWatch log group is created automatically to store the logs"
   * @see https://docs.aws.amazon.com/connect/latest/adminguide/contact-flow-logs.html
   */
  readonly contactFlowLogs?: boolean;

  /**
   * Whether Contact Lens conversational analytics is available to flows
   * (`ContactLens`). It is charged only for the contacts a flow analyses.
   * Sent only when set: the console wizard does not set it.
   *
   * @default - not sent: Amazon Connect's default applies (the admin guide states none)
   * @see https://docs.aws.amazon.com/connect/latest/adminguide/enable-analytics.html#enable-cl
   */
  readonly contactLens?: boolean;

  /**
   * Whether Amazon Polly picks the best available voice for text-to-speech
   * (`AutoResolveBestVoices`). Sent only when set: the console wizard does
   * not set it.
   *
   * @default - not sent: Amazon Connect's default applies (the admin guide states none)
   * @see https://docs.aws.amazon.com/connect/latest/adminguide/text-to-speech.html#amazon-polly-best-sounding-voice
   */
  readonly autoResolveBestVoices?: boolean;

  /**
   * Whether flows may use custom text-to-speech voices (`UseCustomTTSVoices`).
   * Only accounts allow-listed by AWS Support can turn it on ("Only
   * allowlisted customers can consume USE_CUSTOM_TTS_VOICES"), so it is sent
   * only when set, `false` included.
   *
   * @default - not sent: Amazon Connect's default applies (off)
   * @see https://docs.aws.amazon.com/connect/latest/APIReference/API_UpdateInstanceAttribute.html
   */
  readonly useCustomTtsVoices?: boolean;

  /**
   * Whether calls can have up to six participants instead of three
   * (`MultiPartyConference`). The console turns this on together with
   * `enhancedContactMonitoring` ("Enable Multi-Party Calls and Enhanced
   * Monitoring for Voice"). Sent only when set.
   *
   * @default - not sent: Amazon Connect's default applies: "by default, calls can have three participants"
   * @see https://docs.aws.amazon.com/connect/latest/adminguide/monitor-conversations.html
   */
  readonly multiPartyConference?: boolean;

  /**
   * Whether chats can have more than two participants
   * (`MultiPartyChatConference`). The console turns this on together with
   * `enhancedChatMonitoring`. Sent only when set.
   *
   * @default - not sent: Amazon Connect's default applies: "by default, chats can have two participants"
   * @see https://docs.aws.amazon.com/connect/latest/adminguide/multi-party-chat.html
   */
  readonly multiPartyChatConference?: boolean;

  /**
   * Whether supervisors can barge into voice contacts
   * (`EnhancedContactMonitoring`). Sent only when set.
   *
   * @default - not sent: Amazon Connect's default applies (off)
   * @see https://docs.aws.amazon.com/connect/latest/adminguide/monitor-barge.html#monitor-barge-set-up
   */
  readonly enhancedContactMonitoring?: boolean;

  /**
   * Whether supervisors can barge into chats (`EnhancedChatMonitoring`).
   * Sent only when set.
   *
   * @default - not sent: Amazon Connect's default applies (off)
   * @see https://docs.aws.amazon.com/connect/latest/adminguide/monitor-barge.html#monitor-barge-set-up
   */
  readonly enhancedChatMonitoring?: boolean;

  /**
   * Whether high-volume outbound communications (outbound campaigns) are
   * enabled (`HighVolumeOutBound`). Sent only when set.
   *
   * @default - not sent: Amazon Connect's default applies (off)
   * @see https://docs.aws.amazon.com/connect/latest/adminguide/enable-outbound-campaigns.html
   */
  readonly highVolumeOutbound?: boolean;

  /**
   * Whether agents are muted automatically, and cannot unmute, while a
   * customer is on hold (`AutoMuteAgentOnHold`). Sent only when set.
   *
   * @default - not sent: Amazon Connect's default applies (not documented)
   * @see https://docs.aws.amazon.com/connect/latest/APIReference/API_UpdateInstanceAttribute.html
   */
  readonly autoMuteAgentOnHold?: boolean;

  /**
   * Whether chat messages are streamed to Amazon Lex bots (`MessageStreaming`).
   * When set through the API (as here), each Lex bot alias policy must allow
   * `lex:RecognizeMessageAsync`; the console adds that, CloudFormation does not.
   *
   * @default - not sent: Amazon Connect's default applies: on for instances created from December 2025
   * @see https://docs.aws.amazon.com/connect/latest/adminguide/message-streaming-ai-chat.html
   */
  readonly messageStreaming?: boolean;
}
