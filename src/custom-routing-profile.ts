import { Annotations, Resource } from 'aws-cdk-lib';
import { CfnRoutingProfile } from 'aws-cdk-lib/aws-connect';
import { Construct } from 'constructs';
import type { IConnectInstance } from './instance';
import { checkInstanceResourceArn, idFromInstanceResourceArn } from './private/resources/connect-arn';
import { defaultResourceName } from './private/resources/names';
import { checkRoutingProfile } from './private/routing-profile/checks';
import { PropValidator } from './private/validation';
import { IQueue } from './queue-options';
import { CustomRoutingProfileOptions, ICustomRoutingProfile, RoutingChannel, RoutingProfileQueue } from './routing-profile-options';

/**
 * Properties of a `CustomRoutingProfile`.
 */
export interface CustomRoutingProfileProps extends CustomRoutingProfileOptions {
  /** The instance the routing profile belongs to. */
  readonly instance: IConnectInstance;
}

/**
 * The most queue configurations CreateRoutingProfile and
 * AssociateRoutingProfileQueues take per call ("Maximum number of 10
 * items", "different from the quota of 50 queues per routing profile").
 * The registry schema of `AWS::Connect::RoutingProfile` sets no maximum on
 * `QueueConfigs`, and its handler's source is not published: the library
 * sends every queue, and warns above this many.
 *
 * @see https://docs.aws.amazon.com/connect/latest/APIReference/API_CreateRoutingProfile.html
 * @see https://docs.aws.amazon.com/connect/latest/APIReference/API_AssociateRoutingProfileQueues.html
 */
const MAX_QUEUES_PER_CREATE = 10;

/**
 * A routing profile created for an Amazon Connect instance
 * (`AWS::Connect::RoutingProfile`): the channels its agents handle, how
 * many contacts of each at once, and the queues they serve with priority
 * and delay. Give it to users with
 * `RoutingProfile.fromRoutingProfileArn(profile.routingProfileArn)`.
 *
 * @resource AWS::Connect::RoutingProfile
 * @see https://docs.aws.amazon.com/connect/latest/adminguide/routing-profiles.html
 */
export class CustomRoutingProfile extends Resource implements ICustomRoutingProfile {
  /**
   * Imports a routing profile by ARN
   * (`arn:<partition>:connect:<region>:<account>:instance/<instance id>/routing-profile/<id>`).
   */
  public static fromRoutingProfileArn(scope: Construct, id: string, routingProfileArn: string): ICustomRoutingProfile {
    checkInstanceResourceArn('routingProfileArn', routingProfileArn, 'routing-profile', 'an Amazon Connect routing profile');
    class Import extends Resource implements ICustomRoutingProfile {
      public readonly routingProfileArn = routingProfileArn;
      public readonly routingProfileId = idFromInstanceResourceArn(routingProfileArn);
    }
    return new Import(scope, id, { environmentFromArn: routingProfileArn });
  }

  /**
   * The ARN of the routing profile.
   *
   * @attribute
   */
  public readonly routingProfileArn: string;

  /**
   * The id of the routing profile.
   *
   * @attribute
   */
  public readonly routingProfileId: string;

  /** The queues the profile serves, and on which channels. */
  private readonly queues: RoutingProfileQueue[];

  constructor(scope: Construct, id: string, props: CustomRoutingProfileProps) {
    super(scope, id);
    const v = new PropValidator();
    v.checkRequired('instance', props.instance);
    // The registry schema's Name (1 to 127) and Description (1 to 250).
    v.checkString('routingProfileName', props.routingProfileName, { minLength: 1, maxLength: 127 });
    v.checkString('description', props.description, { minLength: 1, maxLength: 250 });
    checkRoutingProfile(v, props);
    v.throwIfAny(this, 'CustomRoutingProfile');

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
  }

  /**
   * Whether the profile serves `queue` (the same ARN) on `channel`.
   *
   * @internal
   */
  public _serves(queue: IQueue, channel: RoutingChannel): boolean {
    return this.queues.some((entry) => entry.channel === channel && entry.queue.queueArn === queue.queueArn);
  }
}
