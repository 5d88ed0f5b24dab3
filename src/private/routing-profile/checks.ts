import { Token } from 'aws-cdk-lib';
import { CustomRoutingProfileOptions, RoutingChannel, RoutingProfileQueue, ChannelConcurrency } from '../../routing-profile-options';
import { PropValidator } from '../validation';

/**
 * The registry schema's bounds: Priority 1 to 99, Delay 0 to 9,999 seconds,
 * Concurrency 1 to 10, "Valid Range for VOICE: Minimum value of 1. Maximum
 * value of 1".
 *
 * @see https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-connect-routingprofile-mediaconcurrency.html
 * @see https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-connect-routingprofile-routingprofilequeueconfig.html
 */
const CONCURRENCY: Record<RoutingChannel, [number, number]> = {
  [RoutingChannel.VOICE]: [1, 1],
  [RoutingChannel.CHAT]: [1, 10],
  [RoutingChannel.TASK]: [1, 10],
  [RoutingChannel.EMAIL]: [1, 10],
};
const CHANNELS = Object.values(RoutingChannel);

/**
 * Records the problems of a routing profile: channels and their
 * concurrency, queue priority and delay, a queue served twice on a channel,
 * a queue on a channel the agents do not handle, and a default outbound
 * queue that is not among the queues.
 */
export function checkRoutingProfile(v: PropValidator, props: CustomRoutingProfileOptions): void {
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

/**
 * Checks the queue at `index`; `served` maps each queue and channel seen to
 * the index of its first entry.
 */
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
