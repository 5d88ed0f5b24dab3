/**
 * The telephony choices of the console wizard's step 3.
 *
 * @see https://docs.aws.amazon.com/connect/latest/adminguide/amazon-connect-instances.html
 */
export interface TelephonyOptions {
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
}
