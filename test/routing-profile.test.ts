import { Duration, Lazy } from 'aws-cdk-lib';
import { Annotations, Match } from 'aws-cdk-lib/assertions';
import * as fc from 'fast-check';
import {
  AgentAvailabilityTimer, CrossChannelBehavior, RoutingProfile, RoutingProfileOptions, HoursOfOperation, IConnectInstance, IQueue,
  Queue, RoutingChannel,
} from '../src';
import { arnOf, importedInstance, INSTANCE_ARN } from './helpers/instance';
import { errorOf, templateOf } from './helpers/stack';

/**
 * Routing profiles: channels and their concurrency, queues with priority
 * and delay, the default outbound queue, and the importer.
 */

const SUPPORT_ARN = arnOf('queue', 'support');
const SALES_ARN = arnOf('queue', 'sales');

interface Fixture {
  readonly instance: IConnectInstance;
  readonly support: IQueue;
  readonly sales: IQueue;
}

function build(options: (f: Fixture) => Partial<RoutingProfileOptions>) {
  const { stack, instance } = importedInstance();
  const support = Queue.fromQueueArn(stack, 'Support', SUPPORT_ARN);
  const sales = Queue.fromQueueArn(stack, 'Sales', SALES_ARN);
  const profile = new RoutingProfile(stack, 'Profile', { instance, defaultOutboundQueue: support, ...options({ instance, support, sales }) });
  return { stack, profile };
}

function problems(options: (f: Fixture) => Partial<RoutingProfileOptions>): string {
  return errorOf(() => build(options));
}

describe('what is deployed', () => {
  test('by default: voice, one call at a time, no queue, the name as description', () => {
    const { stack } = build(() => ({}));
    templateOf(stack).hasResourceProperties('AWS::Connect::RoutingProfile', {
      InstanceArn: INSTANCE_ARN,
      Name: Match.stringLikeRegexp('^TestStackProfile[0-9A-F]{8}$'),
      Description: Match.stringLikeRegexp('^TestStackProfile[0-9A-F]{8}$'),
      DefaultOutboundQueueArn: SUPPORT_ARN,
      MediaConcurrencies: [{ Channel: 'VOICE', Concurrency: 1 }],
      QueueConfigs: Match.absent(),
      AgentAvailabilityTimer: Match.absent(),
    });
  });

  test('queues per channel with priority and delay, and several channels', () => {
    const { stack } = build(({ support, sales }) => ({
      routingProfileName: 'Support agents',
      description: 'Voice and chat support, sales overflow',
      mediaConcurrencies: [
        { channel: RoutingChannel.VOICE },
        { channel: RoutingChannel.CHAT, concurrency: 3, crossChannelBehavior: CrossChannelBehavior.ROUTE_ANY_CHANNEL },
        { channel: RoutingChannel.EMAIL, concurrency: 10 },
      ],
      queues: [
        { queue: support, channel: RoutingChannel.VOICE },
        { queue: support, channel: RoutingChannel.CHAT, priority: 2 },
        { queue: sales, channel: RoutingChannel.VOICE, priority: 99, delay: Duration.minutes(2) },
        { queue: sales, channel: RoutingChannel.EMAIL, delay: Duration.seconds(9999) },
      ],
      agentAvailabilityTimer: AgentAvailabilityTimer.TIME_SINCE_LAST_INBOUND,
    }));
    templateOf(stack).hasResourceProperties('AWS::Connect::RoutingProfile', {
      Name: 'Support agents',
      Description: 'Voice and chat support, sales overflow',
      MediaConcurrencies: [
        { Channel: 'VOICE', Concurrency: 1 },
        { Channel: 'CHAT', Concurrency: 3, CrossChannelBehavior: { BehaviorType: 'ROUTE_ANY_CHANNEL' } },
        { Channel: 'EMAIL', Concurrency: 10 },
      ],
      QueueConfigs: [
        { QueueReference: { QueueArn: SUPPORT_ARN, Channel: 'VOICE' }, Priority: 1, Delay: 0 },
        { QueueReference: { QueueArn: SUPPORT_ARN, Channel: 'CHAT' }, Priority: 2, Delay: 0 },
        { QueueReference: { QueueArn: SALES_ARN, Channel: 'VOICE' }, Priority: 99, Delay: 120 },
        { QueueReference: { QueueArn: SALES_ARN, Channel: 'EMAIL' }, Priority: 1, Delay: 9999 },
      ],
      AgentAvailabilityTimer: 'TIME_SINCE_LAST_INBOUND',
    });
  });

  test('snapshot: a profile serving a queue created in the stack', () => {
    const { stack, instance } = importedInstance();
    const hours = new HoursOfOperation(stack, 'Hours', { instance, hoursOfOperationName: 'Hours' });
    const queue = new Queue(stack, 'Queue', { instance, hoursOfOperation: hours, queueName: 'Support' });
    new RoutingProfile(stack, 'Profile', {
      instance,
      routingProfileName: 'Support agents',
      defaultOutboundQueue: queue,
      queues: [{ queue, channel: RoutingChannel.VOICE }],
    });
    const template = templateOf(stack);
    template.hasResourceProperties('AWS::Connect::RoutingProfile', {
      DefaultOutboundQueueArn: { 'Fn::GetAtt': [Match.stringLikeRegexp('^Queue'), 'QueueArn'] },
      QueueConfigs: [{ QueueReference: { QueueArn: { 'Fn::GetAtt': [Match.stringLikeRegexp('^Queue'), 'QueueArn'] }, Channel: 'VOICE' }, Priority: 1, Delay: 0 }],
    });
    expect(template.toJSON()).toMatchSnapshot();
  });

  test('exposes the ARN and the id', () => {
    const { stack, profile } = build(() => ({}));
    expect(stack.resolve(profile.routingProfileArn)).toEqual({ 'Fn::GetAtt': [expect.stringMatching(/^Profile/), 'RoutingProfileArn'] });
    expect(stack.resolve(profile.routingProfileId)).toEqual({ 'Fn::Select': [3, { 'Fn::Split': ['/', stack.resolve(profile.routingProfileArn)] }] });
  });
});

describe('the default outbound queue', () => {
  test('a default outbound queue not among the queues fails, naming the prop and the queue', () => {
    expect(problems(({ support, sales }) => ({ defaultOutboundQueue: sales, queues: [{ queue: support, channel: RoutingChannel.VOICE }] }))).toBe(
      "RoutingProfile at 'TestStack/Profile' has 1 invalid prop:\n"
      + `  - defaultOutboundQueue must be one of the queues of queues, got "${SALES_ARN}"`);
  });

  test('a queue created in the stack is named by its path', () => {
    const { stack, instance } = importedInstance();
    const hours = HoursOfOperation.fromHoursOfOperationArn(stack, 'Hours', arnOf('operating-hours', 'h'));
    const created = new Queue(stack, 'Created', { instance, hoursOfOperation: hours });
    const other = new Queue(stack, 'Other', { instance, hoursOfOperation: hours });
    expect(errorOf(() => new RoutingProfile(stack, 'Profile', {
      instance, defaultOutboundQueue: other, queues: [{ queue: created, channel: RoutingChannel.VOICE }],
    }))).toContain("  - defaultOutboundQueue must be one of the queues of queues, got 'TestStack/Other'");
  });

  test('is found among the queues by ARN, whichever object stands for it', () => {
    const { stack } = build(({ support }) => ({
      defaultOutboundQueue: Queue.fromQueueArn(support.stack, 'SupportAgain', SUPPORT_ARN),
      queues: [{ queue: support, channel: RoutingChannel.VOICE }],
    }));
    templateOf(stack).resourceCountIs('AWS::Connect::RoutingProfile', 1);
  });

  test('a missing default outbound queue fails (untyped JavaScript)', () => {
    expect(problems(() => ({ defaultOutboundQueue: undefined }))).toContain('  - defaultOutboundQueue is required, got undefined');
  });
});

describe('checks', () => {
  test.each([0, 100, 1.5])('priority %p fails', (priority) => {
    expect(problems(({ support }) => ({ queues: [{ queue: support, channel: RoutingChannel.VOICE, priority }] })))
      .toContain(`  - queues[0].priority must be a whole number from 1 to 99, got ${priority}`);
  });

  test.each([
    [Duration.seconds(10000), '10000 seconds'],
    [Duration.millis(1500), '1.5 seconds'],
    [Duration.hours(3), '10800 seconds'],
  ])('delay %s fails', (delay, shown) => {
    expect(problems(({ support }) => ({ queues: [{ queue: support, channel: RoutingChannel.VOICE, delay }] })))
      .toContain(`  - queues[0].delay must be 0 to 9999 whole seconds, got "${shown}"`);
  });

  test('voice takes exactly one call; other channels 1 to 10', () => {
    const message = problems(() => ({
      mediaConcurrencies: [
        { channel: RoutingChannel.VOICE, concurrency: 2 },
        { channel: RoutingChannel.CHAT, concurrency: 11 },
        { channel: RoutingChannel.TASK, concurrency: 0 },
        { channel: RoutingChannel.EMAIL, concurrency: 2.5 },
      ],
    }));
    expect(message).toContain('  - mediaConcurrencies[0].concurrency must be 1 for VOICE, got 2');
    expect(message).toContain('  - mediaConcurrencies[1].concurrency must be a whole number from 1 to 10 for CHAT, got 11');
    expect(message).toContain('  - mediaConcurrencies[2].concurrency must be a whole number from 1 to 10 for TASK, got 0');
    expect(message).toContain('  - mediaConcurrencies[3].concurrency must be a whole number from 1 to 10 for EMAIL, got 2.5');
  });

  test('a channel twice, no channel, or an unknown channel fail', () => {
    expect(problems(() => ({ mediaConcurrencies: [{ channel: RoutingChannel.CHAT }, { channel: RoutingChannel.CHAT }] })))
      .toContain('  - mediaConcurrencies[1].channel must appear once in mediaConcurrencies, got "CHAT"');
    expect(problems(() => ({ mediaConcurrencies: [] }))).toContain('  - mediaConcurrencies must list at least one channel, got []');
    expect(problems(() => ({ mediaConcurrencies: [{ channel: 'SMS' as RoutingChannel }] })))
      .toContain('  - mediaConcurrencies[0].channel must be one of VOICE, CHAT, TASK, EMAIL, got "SMS"');
  });

  test('a queue on a channel the agents do not handle fails', () => {
    expect(problems(({ support }) => ({
      queues: [{ queue: support, channel: RoutingChannel.VOICE }, { queue: support, channel: RoutingChannel.CHAT }],
    })))
      .toContain('  - queues[1].channel CHAT must be a channel of mediaConcurrencies (VOICE): the agents would never be offered these contacts');
  });

  test('a queue served twice on a channel fails', () => {
    expect(problems(({ support }) => ({
      queues: [{ queue: support, channel: RoutingChannel.VOICE }, { queue: support, channel: RoutingChannel.VOICE, priority: 5 }],
    }))).toContain(`  - queues[1] serves "${SUPPORT_ARN}" on VOICE again (as queues[0]): each queue and channel must appear once`);
  });

  test('names and descriptions of the registry schema', () => {
    const message = problems(() => ({ routingProfileName: '', description: 'x'.repeat(251) }));
    expect(message).toContain('  - routingProfileName must be 1 to 127 characters long (length 0), got ""');
    expect(message).toContain('  - description must be 1 to 250 characters long (length 251)');
  });

  test('values known only at deploy time are not checked', () => {
    const later = Lazy.number({ produce: () => 5 });
    const { stack } = build(({ support }) => ({
      mediaConcurrencies: [{ channel: RoutingChannel.CHAT, concurrency: later }],
      queues: [{ queue: support, channel: RoutingChannel.CHAT, priority: later, delay: Duration.seconds(later) }],
    }));
    templateOf(stack).hasResourceProperties('AWS::Connect::RoutingProfile', {
      MediaConcurrencies: [{ Channel: 'CHAT', Concurrency: 5 }],
      QueueConfigs: [{ QueueReference: { QueueArn: SUPPORT_ARN, Channel: 'CHAT' }, Priority: 5, Delay: 5 }],
    });
  });

  test('missing parts fail (untyped JavaScript)', () => {
    const message = problems(() => ({ queues: [{} as any], mediaConcurrencies: [{} as any] }));
    expect(message).toContain('  - mediaConcurrencies[0].channel is required, got undefined');
    expect(message).toContain('  - queues[0].queue is required, got undefined');
  });
});

describe('importing', () => {
  test('by ARN: its ARN in its instance, without a lookup', () => {
    const { stack, instance } = importedInstance();
    const arn = arnOf('routing-profile', 'rp-1');
    const profile = RoutingProfile.fromRoutingProfileArn(stack, 'Basic', arn);
    expect(profile.routingProfileArnFor(instance)).toBe(arn);
    expect(instance.routingProfileArn(profile)).toBe(arn);
    expect(instance.node.tryFindChild('Profiles')).toBeUndefined();
  });

  test('an ARN of something else fails', () => {
    const { stack } = importedInstance();
    expect(errorOf(() => RoutingProfile.fromRoutingProfileArn(stack, 'Basic', SUPPORT_ARN)))
      .toContain('routingProfileArn must be the ARN of an Amazon Connect routing profile');
  });
});

describe('property: priority and delay bounds', () => {
  // Durations cannot be negative: Duration.seconds(-1) throws before the profile sees it.
  test('accepted exactly inside the registry schema bounds', () => {
    fc.assert(fc.property(fc.integer({ min: -5, max: 105 }), fc.integer({ min: 0, max: 10005 }), (priority, delay) => {
      const ok = priority >= 1 && priority <= 99 && delay >= 0 && delay <= 9999;
      let error = '';
      try {
        build(({ support }) => ({ queues: [{ queue: support, channel: RoutingChannel.VOICE, priority, delay: Duration.seconds(delay) }] }));
      } catch (e) {
        error = (e as Error).message;
      }
      expect(error === '').toBe(ok);
    }), { seed: 20251125, numRuns: 60 });
  });
});

describe('more than ten queues', () => {
  /** A profile serving `count` queues on voice, and what its template and annotations hold. */
  function serving(count: number) {
    const { stack, instance } = importedInstance();
    const queues = Array.from({ length: count }, (_, i) => Queue.fromQueueArn(stack, `Queue${i}`, arnOf('queue', `q${i}`)));
    const profile = new RoutingProfile(stack, 'Profile', {
      instance, defaultOutboundQueue: queues[0], queues: queues.map((queue) => ({ queue, channel: RoutingChannel.VOICE })),
    });
    return { stack, profile, template: templateOf(stack) };
  }

  test('ten queues: all in the one resource, no warning', () => {
    const { profile, template } = serving(10);
    expect(template.findResources('AWS::Connect::RoutingProfile')[Object.keys(template.findResources('AWS::Connect::RoutingProfile'))[0]]
      .Properties.QueueConfigs).toHaveLength(10);
    expect(Annotations.fromStack(profile.stack).findWarning(`/${profile.node.path}`, Match.anyValue())).toEqual([]);
  });

  test('eleven queues: all are sent, with a warning that names the prop, the count and the per-call limit', () => {
    const { profile, template } = serving(11);
    template.hasResourceProperties('AWS::Connect::RoutingProfile', { QueueConfigs: Match.arrayWith([Match.objectLike({ Priority: 1 })]) });
    const [queueConfigs] = Object.values(template.findResources('AWS::Connect::RoutingProfile')).map((r) => r.Properties.QueueConfigs);
    expect(queueConfigs).toHaveLength(11);
    expect(Annotations.fromStack(profile.stack).findWarning(`/${profile.node.path}`, Match.stringLikeRegexp(
      '^queues has 11 entries: CreateRoutingProfile takes at most 10 queue configurations per call'))).toHaveLength(1);
  });
});
