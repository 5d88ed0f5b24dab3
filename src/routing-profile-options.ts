import { Duration, IResource } from 'aws-cdk-lib';
import { IQueue } from './queue-options';

/**
 * A routing profile created for an Amazon Connect instance (as opposed to
 * `RoutingProfile`, which names one to give a user).
 */
export interface ICustomRoutingProfile extends IResource {
  /**
   * The ARN of the routing profile.
   *
   * @attribute
   */
  readonly routingProfileArn: string;

  /**
   * The id of the routing profile (the last part of its ARN).
   *
   * @attribute
   */
  readonly routingProfileId: string;
}

/**
 * A channel contacts arrive by (the registry schema's `Channel` values).
 */
export enum RoutingChannel {
  /** Voice calls. */
  VOICE = 'VOICE',
  /** Chats. */
  CHAT = 'CHAT',
  /** Tasks. */
  TASK = 'TASK',
  /** E-mails. */
  EMAIL = 'EMAIL',
}

/**
 * Whether an agent busy on one channel can be offered contacts of others.
 */
export enum CrossChannelBehavior {
  /** Only contacts of the channel the agent is working on. */
  ROUTE_CURRENT_CHANNEL_ONLY = 'ROUTE_CURRENT_CHANNEL_ONLY',
  /** Contacts of any channel of the profile. */
  ROUTE_ANY_CHANNEL = 'ROUTE_ANY_CHANNEL',
}

/**
 * How Amazon Connect orders available agents for the next contact.
 *
 * @see https://docs.aws.amazon.com/connect/latest/adminguide/routing-profiles.html
 */
export enum AgentAvailabilityTimer {
  /** Longest idle time since the agent's last activity of any kind. */
  TIME_SINCE_LAST_ACTIVITY = 'TIME_SINCE_LAST_ACTIVITY',
  /** Time since the agent's last inbound contact. */
  TIME_SINCE_LAST_INBOUND = 'TIME_SINCE_LAST_INBOUND',
}

/**
 * A channel agents of the profile handle, and how many of its contacts at
 * once.
 */
export interface ChannelConcurrency {
  /** The channel. */
  readonly channel: RoutingChannel;

  /**
   * How many contacts of the channel an agent handles at once: exactly 1
   * for voice, 1 to 10 for the other channels.
   *
   * @default 1
   * @see https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-connect-routingprofile-mediaconcurrency.html
   */
  readonly concurrency?: number;

  /**
   * Whether an agent working on this channel is offered contacts of others.
   *
   * @default - not sent: Amazon Connect routes only contacts of the current channel
   */
  readonly crossChannelBehavior?: CrossChannelBehavior;
}

/**
 * A queue the profile's agents serve on one channel.
 */
export interface RoutingProfileQueue {
  /** The queue. */
  readonly queue: IQueue;

  /** The channel of the queue's contacts the agents take. */
  readonly channel: RoutingChannel;

  /**
   * The priority of the queue for these agents, 1 (first) to 99.
   *
   * @default 1
   */
  readonly priority?: number;

  /**
   * How long a contact waits in the queue before these agents are offered
   * it, 0 to 9,999 whole seconds.
   *
   * @default Duration.seconds(0)
   */
  readonly delay?: Duration;
}

/**
 * A routing profile to create for an instance (the wizard's "next steps":
 * "routing"): the channels and queues its agents serve.
 */
export interface CustomRoutingProfileOptions {
  /**
   * The queue of the agents' outbound calls. When `queues` is given, it must
   * be one of them.
   */
  readonly defaultOutboundQueue: IQueue;

  /**
   * The queues the agents serve, each on a channel of `mediaConcurrencies`.
   *
   * @default - none: the agents only make outbound calls
   */
  readonly queues?: RoutingProfileQueue[];

  /**
   * The channels the agents handle, each at most once.
   *
   * @default - voice, one call at a time
   */
  readonly mediaConcurrencies?: ChannelConcurrency[];

  /**
   * The name (1 to 127 characters), shown in the admin website.
   *
   * @default - a name unique in the app, built from the construct path
   */
  readonly routingProfileName?: string;

  /**
   * A description (1 to 250 characters; CloudFormation requires one).
   *
   * @default - the name
   */
  readonly description?: string;

  /**
   * How available agents are ordered for the next contact.
   *
   * @default - not sent: Amazon Connect's default
   */
  readonly agentAvailabilityTimer?: AgentAvailabilityTimer;
}
