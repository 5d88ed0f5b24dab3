import { IContactFlow } from './contact-flow-options';
import { IHoursOfOperation, OpenHours } from './hours-of-operation-options';
import { IPhoneNumber } from './phone-number-options';
import { IQueue } from './queue-options';
import { ICustomRoutingProfile } from './routing-profile-options';

/**
 * How inbound calls are answered: which numbers, when, what callers hear,
 * and which queue they wait in. Every piece the routing would create can be
 * given instead.
 */
export interface InboundCallRoutingOptions {
  /**
   * The numbers whose calls take this route: each is associated with the
   * flow when the stack deploys. A number routes to one flow.
   *
   * @default - none: associate numbers later with `addPhoneNumber(..., { contactFlow })`
   */
  readonly phoneNumbers?: IPhoneNumber[];

  /**
   * When the queue takes calls, for the hours of operation created for it.
   * Only for a queue created here (not with `queue`), and not together with
   * `hoursOfOperation`.
   *
   * @default - open around the clock, every day (`HoursOfOperation.always24x7()`)
   */
  readonly hours?: OpenHours[];

  /**
   * The IANA time zone of `hours`, such as `America/New_York`.
   *
   * @default "UTC"
   */
  readonly timeZone?: string;

  /**
   * Hours of operation of your own for the queue created here. Not
   * together with `hours`, `timeZone` or `queue`.
   *
   * @default - hours of operation created from `hours` and `timeZone`
   */
  readonly hoursOfOperation?: IHoursOfOperation;

  /**
   * A queue of your own for the calls; the flow checks its hours. Not
   * together with `hoursOfOperation`, `hours`, `timeZone`, `queueName` or
   * `maxContacts`.
   *
   * @default - a queue created with the hours of operation
   */
  readonly queue?: IQueue;

  /**
   * The name of the queue created here (1 to 127 characters), shown to
   * agents in the Contact Control Panel.
   *
   * @default - a name unique in the app, built from the construct path
   */
  readonly queueName?: string;

  /**
   * How many calls may wait in the queue created here; a call beyond it
   * hears `queueFullMessage`.
   *
   * @default - the instance's quota of concurrent calls
   */
  readonly maxContacts?: number;

  /**
   * Whether the flow records the agent and the customer. The wizard's call
   * recording storage stores only what a flow records.
   *
   * Only for the flow created here (not with `contactFlow`).
   *
   * @default true
   * @see https://docs.aws.amazon.com/connect/latest/adminguide/set-recording-behavior.html
   */
  readonly recordCalls?: boolean;

  /**
   * What a caller hears first (text to speech), in the flow created here.
   *
   * @default "Thank you for calling. Please hold for the next available agent."
   */
  readonly greeting?: string;

  /**
   * What a caller hears outside the queue's hours, before the call ends.
   *
   * @default "We are closed right now. Please call again during our opening hours. Goodbye."
   */
  readonly closedMessage?: string;

  /**
   * What a caller hears when the queue is full, before the call ends.
   *
   * @default "All of our agents are busy and we cannot take your call right now. Please call again later. Goodbye."
   */
  readonly queueFullMessage?: string;

  /**
   * What a caller hears when the flow fails, before the call ends.
   *
   * @default "We are sorry, something went wrong. Please call again later. Goodbye."
   */
  readonly errorMessage?: string;

  /**
   * An inbound flow of your own for the numbers; it should put calls in
   * the queue. Not together with `recordCalls` or the messages.
   *
   * @default - a flow that turns flow logs and call recording on, greets the caller, and transfers to the queue during its hours
   */
  readonly contactFlow?: IContactFlow;

  /**
   * A routing profile of your own for the agents: it must serve the queue
   * on the VOICE channel (checked when it is a `CustomRoutingProfile`
   * created in this app).
   *
   * @default - a routing profile that serves the queue on VOICE, one call at a time
   */
  readonly routingProfile?: ICustomRoutingProfile;
}
