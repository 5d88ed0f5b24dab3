/**
 * The telephony choices of the console wizard's step 3.
 *
 * @see https://docs.aws.amazon.com/connect/latest/adminguide/amazon-connect-instances.html
 */
export interface TelephonyOptions {
  /**
   * Whether the instance can receive inbound calls.
   *
   * @default true - as the console wizard
   */
  readonly inboundCalls?: boolean;

  /**
   * Whether agents can make outbound calls.
   *
   * @default true - as the console wizard
   */
  readonly outboundCalls?: boolean;

  /**
   * Whether callers hear audio (such as ringing or announcements) from the
   * carrier before the call is connected to an agent.
   *
   * @default true - as the console wizard
   * @see https://docs.aws.amazon.com/connect/latest/adminguide/update-instance-settings.html
   */
  readonly earlyMedia?: boolean;
}
