import { App, Duration, Stack } from 'aws-cdk-lib';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';
import * as fc from 'fast-check';
import {
  ApprovedOrigin, ConnectInstance, ContactFlow, RoutingProfile, SecurityProfile, DayOfWeek, FlowContent, HoursOfOperation,
  IConnectInstance, InboundCallRouting, Prompt, Queue, QuickConnect, QuickConnectDestination, RoutingChannel, TimeOfDay,
  EmailAddress, EvaluationForm, EvaluationFormQuestion, EvaluationFormScoringMode, Rule, RuleAction, RuleEventSource, TaskTemplate,
  TaskTemplateFieldType,
} from '../../src';

/**
 * Generated invalid props of the next-step resources: each set is rejected
 * when the app runs by one error that names the construct and every bad
 * prop, never by a crash (TypeError and the like) and never by a template.
 *
 * The seed is fixed (FC_SEED overrides it); fast-check prints the seed and
 * the shrunk counterexample on failure.
 */
const SEED = Number(process.env.FC_SEED ?? 20251201);
const RUNS = 40;
const CRASHES = [TypeError, RangeError, ReferenceError, SyntaxError];
const ENV = { account: '123456789012', region: 'us-east-1' };
const INSTANCE_ARN = 'arn:aws:connect:us-east-1:123456789012:instance/11111111-2222-3333-4444-555555555555';

/** One invalid resource: how to build it, and the props its error must name. */
interface BadResource {
  /** The generated values, shown in a counterexample. */
  readonly given: unknown;
  readonly build: (scope: Construct, instance: IConnectInstance) => void;
  /** The construct's class, as the error names it. */
  readonly what: string;
  /** Prop paths (or prop-path prefixes) the error must list. */
  readonly names: string[];
}

function rejected(bad: BadResource): void {
  const app = new App();
  const stack = new Stack(app, 'BadInput', { env: ENV });
  const instance = ConnectInstance.fromInstanceArn(stack, 'ContactCenter', INSTANCE_ARN);
  let error: unknown;
  try {
    bad.build(stack, instance);
    app.synth();
  } catch (e) {
    error = e;
  }
  if (error === undefined) {
    throw new Error(`accepted: expected ${bad.names.join(', ')} to be rejected`);
  }
  if (!(error instanceof Error) || CRASHES.some((crash) => error instanceof crash)) {
    throw new Error(`crashed instead of naming ${bad.names.join(', ')}: ${(error as Error)?.stack ?? String(error)}`);
  }
  expect(error.message).toMatch(new RegExp(`^${bad.what} at 'BadInput/[^']+' has \\d+ invalid props?:\\n`));
  for (const name of bad.names) {
    expect(error.message).toContain(`\n  - ${name}`);
  }
}

function check(arbitrary: fc.Arbitrary<BadResource>): void {
  fc.assert(fc.property(arbitrary, (bad) => rejected(bad)), { seed: SEED, numRuns: RUNS });
}

const day = fc.constantFrom(...Object.values(DayOfWeek));
const queueArn = (id: string) => `${INSTANCE_ARN}/queue/${id}`;
const hoursArn = `${INSTANCE_ARN}/operating-hours/basic`;

describe('invalid props of the next-step resources are rejected by an error naming them', () => {
  test('hours of operation: times out of bounds, ranges ending before they start, overlaps, time zones', () => check(fc.oneof(
    fc.record({ d: day, h: fc.integer({ min: 24, max: 1000 }) }).map(({ d, h }): BadResource => ({
      given: { d, h },
      what: 'HoursOfOperation',
      names: ['hours[0].end.hours'],
      build: (scope, instance) => new HoursOfOperation(scope, 'Hours', { instance, hours: [{ day: d, start: TimeOfDay.MIDNIGHT, end: { hours: h, minutes: 0 } as unknown as TimeOfDay }] }),
    })),
    fc.record({ d: day, a: fc.integer({ min: 1, max: 23 }), b: fc.integer({ min: 1, max: 23 }) }).filter(({ a, b }) => b <= a)
      .map(({ d, a, b }): BadResource => ({
        given: { d, a, b },
        what: 'HoursOfOperation',
        names: ['hours[0] ('],
        build: (scope, instance) => new HoursOfOperation(scope, 'Hours', { instance, hours: [{ day: d, start: TimeOfDay.of(a), end: TimeOfDay.of(b) }] }),
      })),
    fc.record({ d: day, a: fc.integer({ min: 0, max: 19 }), len: fc.integer({ min: 2, max: 3 }), shift: fc.integer({ min: 0, max: 1 }) })
      .map(({ d, a, len, shift }): BadResource => ({
        given: { d, a, len, shift },
        what: 'HoursOfOperation',
        names: ['hours[1] ('],
        build: (scope, instance) => new HoursOfOperation(scope, 'Hours', {
          instance,
          hours: [
            { day: d, start: TimeOfDay.of(a), end: TimeOfDay.of(a + len) },
            { day: d, start: TimeOfDay.of(a + shift), end: TimeOfDay.of(a + len + 1) },
          ],
        }),
      })),
    fc.stringMatching(/^[a-z][a-z_]{2,12}(\/[a-z_]{2,12})?$/).map((timeZone): BadResource => ({
      given: timeZone,
      what: 'HoursOfOperation',
      names: ['timeZone'],
      build: (scope, instance) => new HoursOfOperation(scope, 'Hours', { instance, timeZone }),
    })),
  )));

  test('flows: a missing target, a bad identifier, another version, not JSON', () => check(fc.oneof(
    fc.stringMatching(/^[a-z]{1,12}$/).filter((t) => t !== 'start' && t !== 'end').map((target): BadResource => ({
      given: target,
      what: 'ContactFlow',
      names: ['content.Actions[0] (action "start"): Transitions'],
      build: (scope, instance) => new ContactFlow(scope, 'Flow', {
        instance,
        content: FlowContent.fromObject({
          Version: '2019-10-30',
          StartAction: 'start',
          Actions: [
            { Identifier: 'start', Type: 'MessageParticipant', Transitions: { NextAction: 'end', Errors: [{ NextAction: target, ErrorType: 'NoMatchingError' }] } },
            { Identifier: 'end', Type: 'DisconnectParticipant', Transitions: {} },
          ],
        }),
      }),
    })),
    fc.tuple(fc.stringMatching(/^[a-z]{1,10}$/), fc.constantFrom('%', ':', '(', '\\', '/', ')', '=', '$', ',', ';', '[', ']', '{', '}'))
      .map(([id, c]): BadResource => ({
        given: `${id}${c}`,
        what: 'ContactFlow',
        names: ['content.Actions[0].Identifier'],
        build: (scope, instance) => new ContactFlow(scope, 'Flow', {
          instance,
          content: FlowContent.fromObject({ Version: '2019-10-30', StartAction: `${id}${c}`, Actions: [{ Identifier: `${id}${c}`, Type: 'DisconnectParticipant' }] }),
        }),
      })),
    fc.stringMatching(/^20[0-9]{2}-[0-9]{2}-[0-9]{2}$/).filter((v) => v !== '2019-10-30').map((version): BadResource => ({
      given: version,
      what: 'ContactFlow',
      names: ['content.Version'],
      build: (scope, instance) => new ContactFlow(scope, 'Flow', {
        instance,
        content: FlowContent.fromObject({ Version: version, StartAction: 'end', Actions: [{ Identifier: 'end', Type: 'DisconnectParticipant' }] }),
      }),
    })),
    fc.stringMatching(/^\{"Version": ?"2019-10-30",? ?[a-z"]{0,8}$/).map((text): BadResource => ({
      given: text,
      what: 'ContactFlow',
      names: ['content must be valid JSON'],
      build: (scope, instance) => new ContactFlow(scope, 'Flow', { instance, content: FlowContent.fromString(text) }),
    })),
  )));

  test('queues: maximum contacts, caller id name and number', () => check(fc.oneof(
    fc.oneof(fc.integer({ max: -1 }), fc.double({ min: 0.1, max: 1000, noInteger: true, noNaN: true })).map((maxContacts): BadResource => ({
      given: maxContacts,
      what: 'Queue',
      names: ['maxContacts'],
      build: (scope, instance) => new Queue(scope, 'Queue', { instance, hoursOfOperation: HoursOfOperation.fromHoursOfOperationArn(scope, 'H', hoursArn), maxContacts }),
    })),
    fc.oneof(fc.constant(''), fc.string({ minLength: 256, maxLength: 300 })).map((name): BadResource => ({
      given: name.length,
      what: 'Queue',
      names: ['outboundCallerIdName'],
      build: (scope, instance) => new Queue(scope, 'Queue', {
        instance, hoursOfOperation: HoursOfOperation.fromHoursOfOperationArn(scope, 'H', hoursArn), outboundCallerIdName: name,
      }),
    })),
    fc.stringMatching(/^\+[1-9][0-9]{6,14}$/).map((number): BadResource => ({
      given: number,
      what: 'Queue',
      names: ['outboundCallerIdNumber'],
      build: (scope, instance) => new Queue(scope, 'Queue', {
        // Untyped JavaScript: a number as a string instead of an IPhoneNumber.
        instance, hoursOfOperation: HoursOfOperation.fromHoursOfOperationArn(scope, 'H', hoursArn), outboundCallerIdNumber: number as any,
      }),
    })),
  )));

  test('routing profiles: priority, delay, concurrency, a default outbound queue not served', () => check(fc.oneof(
    fc.oneof(fc.integer({ max: 0 }), fc.integer({ min: 100 })).map((priority): BadResource => ({
      given: priority,
      what: 'RoutingProfile',
      names: ['queues[0].priority'],
      build: (scope, instance) => {
        const queue = Queue.fromQueueArn(scope, 'Q', queueArn('q'));
        new RoutingProfile(scope, 'Profile', { instance, defaultOutboundQueue: queue, queues: [{ queue, channel: RoutingChannel.VOICE, priority }] });
      },
    })),
    fc.integer({ min: 10_000, max: 1_000_000 }).map((seconds): BadResource => ({
      given: seconds,
      what: 'RoutingProfile',
      names: ['queues[0].delay'],
      build: (scope, instance) => {
        const queue = Queue.fromQueueArn(scope, 'Q', queueArn('q'));
        new RoutingProfile(scope, 'Profile', { instance, defaultOutboundQueue: queue, queues: [{ queue, channel: RoutingChannel.VOICE, delay: Duration.seconds(seconds) }] });
      },
    })),
    fc.record({ channel: fc.constantFrom(...Object.values(RoutingChannel)), concurrency: fc.integer({ min: 11, max: 1000 }) })
      .map(({ channel, concurrency }): BadResource => ({
        given: { channel, concurrency },
        what: 'RoutingProfile',
        names: ['mediaConcurrencies[0].concurrency'],
        build: (scope, instance) => new RoutingProfile(scope, 'Profile', {
          instance, defaultOutboundQueue: Queue.fromQueueArn(scope, 'Q', queueArn('q')), mediaConcurrencies: [{ channel, concurrency }],
        }),
      })),
    fc.tuple(fc.stringMatching(/^[a-z0-9]{1,12}$/), fc.stringMatching(/^[a-z0-9]{1,12}$/)).filter(([a, b]) => a !== b).map(([a, b]): BadResource => ({
      given: [a, b],
      what: 'RoutingProfile',
      names: ['defaultOutboundQueue'],
      build: (scope, instance) => new RoutingProfile(scope, 'Profile', {
        instance,
        defaultOutboundQueue: Queue.fromQueueArn(scope, 'Default', queueArn(a)),
        queues: [{ queue: Queue.fromQueueArn(scope, 'Served', queueArn(b)), channel: RoutingChannel.VOICE }],
      }),
    })),
  )));

  test('security profiles, quick connects, approved origins, prompts: names, numbers, origins, keys', () => check(fc.oneof(
    fc.tuple(fc.stringMatching(/^[a-z]{1,10}$/), fc.constantFrom('.', '/', '#', '!', '(', 'é', ':')).map(([name, c]): BadResource => ({
      given: `${name}${c}`,
      what: 'SecurityProfile',
      names: ['securityProfileName'],
      build: (scope, instance) => new SecurityProfile(scope, 'Profile', { instance, securityProfileName: `${name}${c}` }),
    })),
    fc.oneof(fc.stringMatching(/^[1-9][0-9]{6,14}$/), fc.stringMatching(/^\+0[0-9]{6,14}$/), fc.stringMatching(/^\+[1-9][0-9]{15,20}$/)).map((number): BadResource => ({
      given: number,
      what: 'QuickConnect',
      names: ['destination.phoneNumber'],
      build: (scope, instance) => new QuickConnect(scope, 'QuickConnect', { instance, destination: QuickConnectDestination.phoneNumber(number) }),
    })),
    fc.oneof(
      fc.stringMatching(/^[a-z]{1,12}\.[a-z]{2,5}$/),
      fc.stringMatching(/^https:\/\/[a-z]{1,12}\.[a-z]{2,5}\/[a-z]{0,8}$/),
      fc.stringMatching(/^(ftp|wss):\/\/[a-z]{1,12}\.[a-z]{2,5}$/),
    ).map((origin): BadResource => ({
      given: origin,
      what: 'ApprovedOrigin',
      names: ['origin'],
      build: (scope, instance) => new ApprovedOrigin(scope, 'Origin', { instance, origin }),
    })),
    fc.stringMatching(/^\/[a-z/]{0,20}\.wav$/).map((objectKey): BadResource => ({
      given: objectKey,
      what: 'Prompt',
      names: ['objectKey'],
      build: (scope, instance) => new Prompt(scope, 'Prompt', { instance, bucket: s3.Bucket.fromBucketName(scope, 'B', 'prompts'), objectKey }),
    })),
  )));

  test('inbound call routing: blank messages, pieces of your own beside what shapes the pieces they replace', () => check(fc.oneof(
    fc.record({
      message: fc.constantFrom('greeting', 'closedMessage', 'queueFullMessage', 'errorMessage'),
      text: fc.stringMatching(/^[ \t\n]{0,6}$/),
    }).map(({ message, text }): BadResource => ({
      given: { message, text },
      what: 'InboundCallRouting',
      names: [message],
      build: (scope, instance) => new InboundCallRouting(scope, 'Inbound', { instance, [message]: text }),
    })),
    fc.subarray(['hours', 'timeZone', 'queueName', 'maxContacts'] as const, { minLength: 1 }).map((shaping): BadResource => ({
      given: shaping,
      what: 'InboundCallRouting',
      names: [`queue must not be given together with ${shaping.join(', ')}`],
      build: (scope, instance) => {
        const values = { hours: HoursOfOperation.always24x7(), timeZone: 'UTC', queueName: 'Support', maxContacts: 5 };
        const options = Object.fromEntries(shaping.map((name) => [name, values[name]]));
        new InboundCallRouting(scope, 'Inbound', { instance, queue: Queue.fromQueueArn(scope, 'Q', queueArn('q')), ...options });
      },
    })),
  )));
});

describe('invalid props of the operations resources are rejected by an error naming them', () => {
  const flowArn = `${INSTANCE_ARN}/contact-flow/f`;

  test('task templates: option lists on other types, long names, no NAME field', () => check(fc.oneof(
    fc.constantFrom(...Object.values(TaskTemplateFieldType).filter((t) => t !== TaskTemplateFieldType.SINGLE_SELECT)).map((type): BadResource => ({
      given: type,
      what: 'TaskTemplate',
      names: ['fields[1].options'],
      build: (scope, instance) => new TaskTemplate(scope, 'Template', {
        instance, fields: [{ name: 'Name', type: TaskTemplateFieldType.NAME }, { name: 'Other', type, options: ['a'] }],
      }),
    })),
    fc.integer({ min: 101, max: 400 }).map((length): BadResource => ({
      given: length,
      what: 'TaskTemplate',
      names: ['taskTemplateName', 'fields[0].name'],
      build: (scope, instance) => new TaskTemplate(scope, 'Template', {
        instance, taskTemplateName: 'x'.repeat(length), fields: [{ name: 'y'.repeat(length), type: TaskTemplateFieldType.NAME }],
      }),
    })),
    fc.constantFrom(TaskTemplateFieldType.TEXT, TaskTemplateFieldType.URL, TaskTemplateFieldType.EMAIL).map((type): BadResource => ({
      given: type,
      what: 'TaskTemplate',
      names: ['fields must include a field of type NAME'],
      build: (scope, instance) => new TaskTemplate(scope, 'Template', { instance, fields: [{ name: 'Only', type }] }),
    })),
  )));

  test('rules: actions an event source does not take, names with other characters', () => check(fc.oneof(
    fc.constantFrom(RuleEventSource.ON_CASE_CREATE, RuleEventSource.ON_CASE_UPDATE, RuleEventSource.ON_ZENDESK_TICKET_CREATE)
      .map((eventSource): BadResource => ({
        given: eventSource,
        what: 'Rule',
        names: ['actions[0] is not supported'],
        build: (scope, instance) => new Rule(scope, 'Rule', { instance, eventSource, condition: '[]', actions: [RuleAction.generateEventBridgeEvent('e')] }),
      })),
    fc.tuple(fc.stringMatching(/^[a-z]{1,10}$/), fc.constantFrom(' ', '/', ':', '@', '!')).map(([name, c]): BadResource => ({
      given: `${name}${c}`,
      what: 'Rule',
      names: ['ruleName'],
      build: (scope, instance) => new Rule(scope, 'Rule', {
        instance,
        ruleName: `${name}${c}`,
        eventSource: RuleEventSource.ON_POST_CALL_ANALYSIS_AVAILABLE,
        condition: '[]',
        actions: [RuleAction.createTask({ name: 't', contactFlow: ContactFlow.fromContactFlowArn(scope, 'F', flowArn) })],
      }),
    })),
  )));

  test('evaluation forms: weights not adding up to 100, scores out of bounds', () => check(fc.oneof(
    fc.tuple(fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 100 })).filter(([a, b]) => a + b !== 100).map(([a, b]): BadResource => ({
      given: [a, b],
      what: 'EvaluationForm',
      names: ['the weights of the top-level sections must add up to 100'],
      build: (scope, instance) => new EvaluationForm(scope, 'Form', {
        instance,
        scoringMode: EvaluationFormScoringMode.SECTION_ONLY,
        sections: [
          { title: 'A', weight: a, questions: [EvaluationFormQuestion.text({ title: 'q' })] },
          { title: 'B', weight: b, questions: [EvaluationFormQuestion.text({ title: 'q' })] },
        ],
      }),
    })),
    fc.integer({ min: 11, max: 1000 }).map((score): BadResource => ({
      given: score,
      what: 'EvaluationForm',
      names: ['sections[0].questions[0].options[0].score'],
      build: (scope, instance) => new EvaluationForm(scope, 'Form', {
        instance,
        sections: [{ title: 'A', questions: [EvaluationFormQuestion.singleSelect({ title: 'q', options: [{ text: 'Yes', score }, { text: 'No' }] })] }],
      }),
    })),
  )));

  test('e-mail addresses: not an address, white space around the display name', () => check(fc.oneof(
    fc.stringMatching(/^[a-z]{1,10}(@[a-z]{1,10})?$/).map((emailAddress): BadResource => ({
      given: emailAddress,
      what: 'EmailAddress',
      names: ['emailAddress'],
      build: (scope, instance) => new EmailAddress(scope, 'Address', { instance, emailAddress }),
    })),
    fc.tuple(fc.stringMatching(/^[A-Za-z]{1,10}$/), fc.constantFrom(' ', '\t')).map(([name, space]): BadResource => ({
      given: `${space}${name}`,
      what: 'EmailAddress',
      names: ['displayName'],
      build: (scope, instance) => new EmailAddress(scope, 'Address', { instance, emailAddress: 'a@b.co', displayName: `${space}${name}` }),
    })),
  )));
});
