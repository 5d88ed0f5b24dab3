import { Annotations, Duration, Resource, Token } from 'aws-cdk-lib';
import { CfnRoutingProfile } from 'aws-cdk-lib/aws-connect';
import { Construct } from 'constructs';
import type { IConnectInstance } from './instance';
import { instanceRemovalPolicy } from './private/instance/removal-policy';
import { ProfileLookup } from './private/profile-lookup/profile-lookup';
import { checkInstanceResourceArn, idFromInstanceResourceArn } from './private/resources/connect-arn';
import { defaultResourceName } from './private/resources/names';
import { checkProfileName, checkSameInstance, instanceArnOf } from './private/resources/references';
import { PropValidator } from './private/validation';
import type { IQueue } from './queue';

/** A routing profile to give users: one the instance has (found by name at deploy time), one created here, or one imported by ARN. */
export interface IRoutingProfile {
  /** The ARN of this profile in `instance`: looked up at deploy time when given by name; another instance's throws. */
  routingProfileArnFor(instance: IConnectInstance): string;
}

/** A channel contacts arrive by (the registry schema's `Channel` values). */
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

/** Whether an agent busy on one channel can be offered contacts of others. */
export enum CrossChannelBehavior {
  /** Only contacts of the channel the agent is working on. */
  ROUTE_CURRENT_CHANNEL_ONLY = 'ROUTE_CURRENT_CHANNEL_ONLY',
  /** Contacts of any channel of the profile. */
  ROUTE_ANY_CHANNEL = 'ROUTE_ANY_CHANNEL',
}

/**
 * How Amazon Connect orders available agents for the next contact.
 * @see https://docs.aws.amazon.com/connect/latest/adminguide/routing-profiles.html
 */
export enum AgentAvailabilityTimer {
  /** Longest idle time since the agent's last activity of any kind. */
  TIME_SINCE_LAST_ACTIVITY = 'TIME_SINCE_LAST_ACTIVITY',
  /** Time since the agent's last inbound contact. */
  TIME_SINCE_LAST_INBOUND = 'TIME_SINCE_LAST_INBOUND',
}

/** A channel agents of the profile handle, and how many of its contacts at once. */
export interface ChannelConcurrency {
  /** The channel. */
  readonly channel: RoutingChannel;

  /**
   * How many contacts of the channel an agent handles at once: 1 for voice, 1 to 10 otherwise.
   * @default 1
   * @see https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-connect-routingprofile-mediaconcurrency.html
   */
  readonly concurrency?: number;

  /**
   * Whether an agent working on this channel is offered contacts of others.
   * @default - not sent: Amazon Connect routes only contacts of the current channel
   */
  readonly crossChannelBehavior?: CrossChannelBehavior;
}

/** A queue the profile's agents serve on one channel. */
export interface RoutingProfileQueue {
  /** The queue. */
  readonly queue: IQueue;

  /** The channel of the queue's contacts the agents take. */
  readonly channel: RoutingChannel;

  /**
   * The priority of the queue for these agents, 1 (first) to 99.
   * @default 1
   */
  readonly priority?: number;

  /**
   * How long a contact waits in the queue before these agents are offered it, 0 to 9,999 seconds.
   * @default Duration.seconds(0)
   */
  readonly delay?: Duration;
}

/** A routing profile to create for an instance: the channels and queues its agents serve. */
export interface RoutingProfileOptions {
  /** The queue of the agents' outbound calls; one of `queues` when given. */
  readonly defaultOutboundQueue: IQueue;

  /**
   * The queues the agents serve, each on a channel of `mediaConcurrencies`.
   * @default - none: the agents only make outbound calls
   */
  readonly queues?: RoutingProfileQueue[];

  /**
   * The channels the agents handle, each at most once.
   * @default - voice, one call at a time
   */
  readonly mediaConcurrencies?: ChannelConcurrency[];

  /**
   * The name (1 to 127 characters), shown in the admin website.
   * @default - a name unique in the app, built from the construct path
   */
  readonly routingProfileName?: string;

  /**
   * A description (1 to 250 characters; CloudFormation requires one).
   * @default - the name
   */
  readonly description?: string;

  /**
   * How available agents are ordered for the next contact.
   * @default - not sent: Amazon Connect's default
   */
  readonly agentAvailabilityTimer?: AgentAvailabilityTimer;
}

/** Properties of a `RoutingProfile`. */
export interface RoutingProfileProps extends RoutingProfileOptions {
  /** The instance the routing profile belongs to. */
  readonly instance: IConnectInstance;
}

/**
 * The most queue configurations CreateRoutingProfile and AssociateRoutingProfileQueues take
 * per call; the registry schema sets no maximum, so all are sent with a warning above this.
 * @see https://docs.aws.amazon.com/connect/latest/APIReference/API_CreateRoutingProfile.html
 * @see https://docs.aws.amazon.com/connect/latest/APIReference/API_AssociateRoutingProfileQueues.html
 */
const MAX_QUEUES_PER_CREATE = 10;

/** A routing profile the instance has, found by name at deploy time. */
class RoutingProfileByName implements IRoutingProfile {
  constructor(private readonly name: string) {}

  public routingProfileArnFor(instance: IConnectInstance): string {
    return ProfileLookup.of(instance, instanceRemovalPolicy(instance)).routingProfileArn(this.name);
  }

  /** The name, as messages show the profile. */
  public toString(): string {
    return this.name;
  }
}

/**
 * A routing profile: the channels its agents handle, how many contacts at once, and the queues they serve with priority and delay.
 * @resource AWS::Connect::RoutingProfile
 */
export class RoutingProfile extends Resource implements IRoutingProfile {
  /** The **Basic Routing Profile** every new instance has. */
  public static readonly BASIC: IRoutingProfile = RoutingProfile.fromName('Basic Routing Profile');

  /**
   * A routing profile of the user's instance, found at deploy time by its exact name (known at synth time).
   * @param name the profile's name, as shown in the Amazon Connect admin website
   */
  public static fromName(name: string): IRoutingProfile {
    return new RoutingProfileByName(checkProfileName('routing profile', name));
  }

  /** Imports a routing profile by ARN; no deploy-time lookup is needed for it. */
  public static fromRoutingProfileArn(scope: Construct, id: string, routingProfileArn: string): IRoutingProfile {
    checkInstanceResourceArn('routingProfileArn', routingProfileArn, 'routing-profile', 'an Amazon Connect routing profile');
    class Import extends Resource implements IRoutingProfile {
      public routingProfileArnFor(instance: IConnectInstance): string {
        checkSameInstance('routing profile', this, instanceArnOf(routingProfileArn), instance);
        return routingProfileArn;
      }
    }
    return new Import(scope, id, { environmentFromArn: routingProfileArn });
  }

  /**
   * The ARN of the routing profile.
   * @attribute
   */
  public readonly routingProfileArn: string;

  /**
   * The id of the routing profile.
   * @attribute
   */
  public readonly routingProfileId: string;

  private readonly queues: RoutingProfileQueue[];

  private readonly instanceArn: string;

  /** The channels the profile's agents handle; undefined when one is a token. */
  private readonly channels?: RoutingChannel[];

  constructor(scope: Construct, id: string, props: RoutingProfileProps) {
    super(scope, id);
    const v = new PropValidator();
    v.checkRequired('instance', props.instance);
    // The registry schema's Name (1 to 127) and Description (1 to 250).
    v.checkString('routingProfileName', props.routingProfileName, { minLength: 1, maxLength: 127 });
    v.checkString('description', props.description, { minLength: 1, maxLength: 250 });
    checkRoutingProfile(v, props);
    v.throwIfAny(this, 'RoutingProfile');

    const name = props.routingProfileName ?? defaultResourceName(this);
    const queues = props.queues ?? [];
    this.queues = queues;
    if (queues.length > MAX_QUEUES_PER_CREATE) {
      Annotations.of(this).addWarningV2('cdk-connect-instance:routingProfileQueues',
        `queues has ${queues.length} entries: CreateRoutingProfile takes at most ${MAX_QUEUES_PER_CREATE} queue configurations per call, and whether `
        + 'CloudFormation\'s handler sends the rest in further calls is not documented; split the queues over routing profiles of '
        + `${MAX_QUEUES_PER_CREATE} or fewer, or check a first deploy`);
    }
    const resource = new CfnRoutingProfile(this, 'Resource', {
      instanceArn: props.instance.instanceArn,
      name,
      description: props.description ?? name,
      defaultOutboundQueueArn: props.defaultOutboundQueue.queueArn,
      mediaConcurrencies: (props.mediaConcurrencies ?? [{ channel: RoutingChannel.VOICE }]).map((entry) => ({
        channel: entry.channel,
        concurrency: entry.concurrency ?? 1,
        crossChannelBehavior: entry.crossChannelBehavior === undefined ? undefined : { behaviorType: entry.crossChannelBehavior },
      })),
      // The schema's QueueConfigs has minItems 1: none is sent as absent.
      queueConfigs: queues.length === 0 ? undefined : queues.map((entry) => ({
        queueReference: { queueArn: entry.queue.queueArn, channel: entry.channel },
        priority: entry.priority ?? 1,
        delay: entry.delay?.toSeconds() ?? 0,
      })),
      agentAvailabilityTimer: props.agentAvailabilityTimer,
    });
    this.routingProfileArn = resource.attrRoutingProfileArn;
    this.routingProfileId = idFromInstanceResourceArn(this.routingProfileArn);
    this.instanceArn = props.instance.instanceArn;
    const channels = (props.mediaConcurrencies ?? [{ channel: RoutingChannel.VOICE }]).map((entry) => entry.channel);
    this.channels = channels.some((channel) => Token.isUnresolved(channel)) ? undefined : channels;
  }

  public routingProfileArnFor(instance: IConnectInstance): string {
    checkSameInstance('routing profile', this, this.instanceArn, instance);
    return this.routingProfileArn;
  }

  /** @internal Whether the profile serves `queue` (the same ARN) on `channel`. */
  public _serves(queue: IQueue, channel: RoutingChannel): boolean {
    return this.queues.some((entry) => entry.channel === channel && entry.queue.queueArn === queue.queueArn);
  }

  /**
   * Whether the profile's agents handle `channel`, and whether some queue offers them its
   * contacts; undefined when the channels are not known at synth.
   *
   * @internal
   */
  public _channel(channel: RoutingChannel): { readonly handled: boolean; readonly queued: boolean } | undefined {
    if (this.channels === undefined) {
      return undefined;
    }
    return { handled: this.channels.includes(channel), queued: this.queues.some((entry) => entry.channel === channel) };
  }
}

/**
 * The registry schema's bounds: Priority 1 to 99, Delay 0 to 9,999 seconds, Concurrency 1 to 10 (1 for VOICE).
 * @see https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-connect-routingprofile-routingprofilequeueconfig.html
 */
const CONCURRENCY: Record<RoutingChannel, [number, number]> = {
  [RoutingChannel.VOICE]: [1, 1],
  [RoutingChannel.CHAT]: [1, 10],
  [RoutingChannel.TASK]: [1, 10],
  [RoutingChannel.EMAIL]: [1, 10],
};
const CHANNELS = Object.values(RoutingChannel);

/** Records the problems of a routing profile: channels, concurrency, queues (priority, delay, twice, unhandled), outbound queue. */
function checkRoutingProfile(v: PropValidator, props: RoutingProfileOptions): void {
  const channels = checkConcurrencies(v, props.mediaConcurrencies);
  const queues = props.queues;
  if (queues !== undefined && !Array.isArray(queues)) {
    v.fail('queues', queues, 'must be a list of { queue, channel, priority, delay }');
    return;
  }
  const served = new Map<string, number>();
  (queues ?? []).forEach((entry, index) => checkQueue(v, index, entry, channels, served));
  if (v.checkRequired('defaultOutboundQueue', props.defaultOutboundQueue) && queues && queues.length > 0
    && !queues.some((entry) => entry?.queue?.queueArn === props.defaultOutboundQueue.queueArn)) {
    v.failCombination(`defaultOutboundQueue must be one of the queues of queues, got ${describeQueue(props.defaultOutboundQueue)}`);
  }
}

/** Checks the channels; returns those known, or undefined when some is a token. */
function checkConcurrencies(v: PropValidator, concurrencies: ChannelConcurrency[] | undefined): Set<string> | undefined {
  if (concurrencies === undefined) {
    return new Set([RoutingChannel.VOICE]);
  }
  if (!Array.isArray(concurrencies) || concurrencies.length === 0) {
    v.fail('mediaConcurrencies', concurrencies, 'must list at least one channel');
    return undefined;
  }
  const channels = new Set<string>();
  let complete = true;
  concurrencies.forEach((entry, index) => {
    const prop = `mediaConcurrencies[${index}]`;
    if (!v.checkRequired(`${prop}.channel`, entry?.channel)) {
      return;
    }
    if (Token.isUnresolved(entry.channel)) {
      complete = false;
      return;
    }
    if (!CHANNELS.includes(entry.channel)) {
      v.fail(`${prop}.channel`, entry.channel, `must be one of ${CHANNELS.join(', ')}`);
      return;
    }
    if (channels.has(entry.channel)) {
      v.fail(`${prop}.channel`, entry.channel, 'must appear once in mediaConcurrencies');
    }
    channels.add(entry.channel);
    const [min, max] = CONCURRENCY[entry.channel];
    if (entry.concurrency !== undefined && !Token.isUnresolved(entry.concurrency)
      && (!Number.isInteger(entry.concurrency) || entry.concurrency < min || entry.concurrency > max)) {
      v.fail(`${prop}.concurrency`, entry.concurrency,
        min === max ? `must be ${min} for ${entry.channel}` : `must be a whole number from ${min} to ${max} for ${entry.channel}`);
    }
  });
  return complete ? channels : undefined;
}

/** Checks the queue at `index`; `served` maps each queue and channel to its first index. */
function checkQueue(
  v: PropValidator, index: number, entry: RoutingProfileQueue, channels: Set<string> | undefined, served: Map<string, number>,
): void {
  const prop = `queues[${index}]`;
  if (!v.checkRequired(`${prop}.queue`, entry?.queue) || !v.checkRequired(`${prop}.channel`, entry.channel)) {
    return;
  }
  if (!Token.isUnresolved(entry.channel)) {
    if (!CHANNELS.includes(entry.channel)) {
      v.fail(`${prop}.channel`, entry.channel, `must be one of ${CHANNELS.join(', ')}`);
    } else if (channels && !channels.has(entry.channel)) {
      v.failCombination(`${prop}.channel ${entry.channel} must be a channel of mediaConcurrencies (${[...channels].join(', ')}): the agents would never be offered these contacts`);
    }
    const key = `${entry.queue.queueArn} ${entry.channel}`;
    const first = served.get(key);
    if (first !== undefined) {
      v.failCombination(`${prop} serves ${describeQueue(entry.queue)} on ${entry.channel} again (as queues[${first}]): each queue and channel must appear once`);
    } else {
      served.set(key, index);
    }
  }
  v.checkInteger(`${prop}.priority`, entry.priority, 1, 99);
  if (entry.delay !== undefined) {
    const seconds = entry.delay.toSeconds({ integral: false });
    if (!Token.isUnresolved(seconds) && (!Number.isInteger(seconds) || seconds < 0 || seconds > 9999)) {
      v.fail(`${prop}.delay`, `${seconds} seconds`, 'must be 0 to 9999 whole seconds');
    }
  }
}

/** A queue for a message: its construct path, or its ARN when imported. */
function describeQueue(queue: { queueArn: string; node: { path: string } }): string {
  return Token.isUnresolved(queue.queueArn) ? `'${queue.node.path}'` : JSON.stringify(queue.queueArn);
}
