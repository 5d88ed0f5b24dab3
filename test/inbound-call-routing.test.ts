import { Match } from 'aws-cdk-lib/assertions';
import {
  ConnectInstance, ContactFlow, ContactFlowType, DayOfWeek, FlowContent, HoursOfOperation,
  IConnectInstance, IdentityManagementType, InboundCallRouting, InboundCallRoutingOptions, PhoneNumber, PhoneNumberType, Queue, RoutingChannel,
  RoutingProfile, TimeOfDay,
} from '../src';
import { arnOf, INSTANCE_ARN } from './helpers/instance';
import { errorOf, newStack, templateOf } from './helpers/stack';

/**
 * The one-call inbound path: hours, queue, flow, routing profile, agents.
 */

function imported() {
  const stack = newStack();
  const instance = ConnectInstance.fromInstanceAttributes(stack, 'ContactCenter', {
    instanceArn: INSTANCE_ARN,
    identityManagementType: IdentityManagementType.CONNECT_MANAGED,
  });
  return { stack, instance };
}

function build(options: InboundCallRoutingOptions = {}, setup?: (instance: IConnectInstance) => InboundCallRoutingOptions) {
  const { stack, instance } = imported();
  const routing = new InboundCallRouting(stack, 'Support', { instance, ...setup?.(instance), ...options });
  return { stack, instance, routing };
}

/** The flow's content, parsed, with the queue's ARN token left as it renders. */
function flowContent(stack: ReturnType<typeof build>['stack']): { [key: string]: any } {
  const flows = templateOf(stack).findResources('AWS::Connect::ContactFlow');
  const [flow] = Object.values(flows);
  const content = flow.Properties.Content;
  // `{ "Fn::Join": ["", [ ...parts ]] }` around the queue's GetAtt: join with a marker.
  const text = typeof content === 'string' ? content
    : content['Fn::Join'][1].map((part: unknown) => (typeof part === 'string' ? part : 'QUEUE_ARN')).join('');
  return JSON.parse(text);
}

function actionOf(content: { [key: string]: any }, type: string): { [key: string]: any } | undefined {
  return content.Actions.find((action: { Type: string }) => action.Type === type);
}

describe('what is deployed by default', () => {
  test('hours around the clock, a queue in them, an inbound flow and a routing profile that serves the queue', () => {
    const { stack } = build();
    const template = templateOf(stack);
    template.resourceCountIs('AWS::Connect::HoursOfOperation', 1);
    template.hasResourceProperties('AWS::Connect::HoursOfOperation', {
      InstanceArn: INSTANCE_ARN,
      TimeZone: 'UTC',
      Config: Object.values(DayOfWeek).map((day) => ({
        Day: day, StartTime: { Hours: 0, Minutes: 0 }, EndTime: { Hours: 0, Minutes: 0 },
      })),
    });
    template.hasResourceProperties('AWS::Connect::Queue', {
      InstanceArn: INSTANCE_ARN,
      HoursOfOperationArn: { 'Fn::GetAtt': [Match.stringLikeRegexp('^SupportHours'), 'HoursOfOperationArn'] },
    });
    template.hasResourceProperties('AWS::Connect::ContactFlow', { InstanceArn: INSTANCE_ARN, Type: 'CONTACT_FLOW' });
    const queueArn = { 'Fn::GetAtt': [Match.stringLikeRegexp('^SupportQueue'), 'QueueArn'] };
    template.hasResourceProperties('AWS::Connect::RoutingProfile', {
      InstanceArn: INSTANCE_ARN,
      DefaultOutboundQueueArn: queueArn,
      QueueConfigs: [{ QueueReference: { QueueArn: queueArn, Channel: 'VOICE' }, Priority: 1, Delay: 0 }],
      MediaConcurrencies: [{ Channel: 'VOICE', Concurrency: 1 }],
    });
    expect(template.toJSON()).toMatchSnapshot();
  });

  test('the flow turns on flow logs and recording, greets, sets the queue, checks its hours and transfers', () => {
    const { stack } = build();
    const content = flowContent(stack);
    const byId = new Map<string, { [key: string]: any }>(content.Actions.map((a: { Identifier: string }) => [a.Identifier, a]));
    const path: string[] = [];
    // The happy path: the first condition where there are conditions, NextAction otherwise.
    const next = (action: { [key: string]: any }) => action.Transitions.Conditions?.[0]?.NextAction ?? action.Transitions.NextAction;
    for (let id: string | undefined = content.StartAction; id !== undefined && path.length < 20; id = next(byId.get(id)!)) {
      path.push(byId.get(id)!.Type);
    }
    expect(path).toEqual([
      'UpdateFlowLoggingBehavior', 'UpdateContactRecordingBehavior', 'MessageParticipant', 'UpdateContactTargetQueue',
      'CheckHoursOfOperation', 'TransferContactToQueue', 'DisconnectParticipant',
    ]);
    expect(actionOf(content, 'UpdateFlowLoggingBehavior')!.Parameters).toEqual({ FlowLoggingBehavior: 'Enabled' });
    expect(actionOf(content, 'UpdateContactRecordingBehavior')!.Parameters).toEqual({ RecordingBehavior: { RecordedParticipants: ['Agent', 'Customer'] } });
    expect(actionOf(content, 'UpdateContactTargetQueue')!.Parameters).toEqual({ QueueId: 'QUEUE_ARN' });
    // The queue's own hours: no HoursOfOperationId, and exactly the True and False conditions.
    const hours = actionOf(content, 'CheckHoursOfOperation')!;
    expect(hours.Parameters).toEqual({});
    expect(hours.Transitions.Conditions.map((c: any) => c.Condition.Operands[0])).toEqual(['True', 'False']);
  });

  test('closed hours, a full queue and errors each say why, then hang up', () => {
    const { stack } = build({ closedMessage: 'Closed.', queueFullMessage: 'Full.', errorMessage: 'Oops.' });
    const content = flowContent(stack);
    const byId = new Map<string, { [key: string]: any }>(content.Actions.map((a: { Identifier: string }) => [a.Identifier, a]));
    const textAt = (id: string) => byId.get(id)!.Parameters.Text;
    const hours = actionOf(content, 'CheckHoursOfOperation')!;
    expect(textAt(hours.Transitions.Conditions[1].NextAction)).toBe('Closed.');
    expect(textAt(hours.Transitions.Errors[0].NextAction)).toBe('Oops.');
    const transfer = actionOf(content, 'TransferContactToQueue')!;
    expect(transfer.Transitions.Errors).toEqual([
      { NextAction: expect.any(String), ErrorType: 'QueueAtCapacity' },
      { NextAction: expect.any(String), ErrorType: 'NoMatchingError' },
    ]);
    expect(textAt(transfer.Transitions.Errors[0].NextAction)).toBe('Full.');
    expect(textAt(transfer.Transitions.Errors[1].NextAction)).toBe('Oops.');
    for (const id of ['Closed.', 'Full.', 'Oops.'].map((text) => content.Actions.find((a: any) => a.Parameters.Text === text).Identifier)) {
      expect(byId.get(byId.get(id)!.Transitions.NextAction)!.Type).toBe('DisconnectParticipant');
    }
  });
});

describe('what can be changed', () => {
  test('hours, time zone, queue name, maximum and greeting', () => {
    const { stack } = build({
      hours: HoursOfOperation.weekdays(TimeOfDay.of(9), TimeOfDay.of(17)),
      timeZone: 'America/New_York',
      queueName: 'Support',
      maxContacts: 20,
      greeting: 'Welcome to Acme support.',
    });
    const template = templateOf(stack);
    template.hasResourceProperties('AWS::Connect::HoursOfOperation', {
      TimeZone: 'America/New_York',
      Config: Match.arrayWith([{ Day: 'MONDAY', StartTime: { Hours: 9, Minutes: 0 }, EndTime: { Hours: 17, Minutes: 0 } }]),
    });
    template.hasResourceProperties('AWS::Connect::Queue', { Name: 'Support', MaxContacts: 20 });
    expect(actionOf(flowContent(stack), 'MessageParticipant')!.Parameters).toEqual({ Text: 'Welcome to Acme support.' });
  });

  test('without recording, the flow has no recording action', () => {
    const { stack } = build({ recordCalls: false });
    const content = flowContent(stack);
    expect(actionOf(content, 'UpdateContactRecordingBehavior')).toBeUndefined();
    expect(content.Actions.find((a: any) => a.Identifier === content.StartAction).Transitions.NextAction).toBe('greet-caller');
  });

  test('hours of operation of your own are used for the queue', () => {
    const { stack } = build({}, (instance) => ({
      hoursOfOperation: HoursOfOperation.fromHoursOfOperationArn(instance, 'Hours', arnOf('operating-hours', 'h-1')),
    }));
    const template = templateOf(stack);
    template.resourceCountIs('AWS::Connect::HoursOfOperation', 0);
    template.hasResourceProperties('AWS::Connect::Queue', { HoursOfOperationArn: arnOf('operating-hours', 'h-1') });
  });

  test('a queue, a flow and a routing profile of your own: nothing is created', () => {
    const { stack, routing } = build({}, (instance) => {
      const queue = Queue.fromQueueArn(instance, 'Queue', arnOf('queue', 'q-1'));
      const routingProfile = new RoutingProfile(instance, 'Agents', {
        instance, defaultOutboundQueue: queue, queues: [{ queue, channel: RoutingChannel.VOICE }],
      });
      return { queue, routingProfile, contactFlow: ContactFlow.fromContactFlowArn(instance, 'Flow', arnOf('contact-flow', 'f-1')) };
    });
    const template = templateOf(stack);
    template.resourceCountIs('AWS::Connect::HoursOfOperation', 0);
    template.resourceCountIs('AWS::Connect::Queue', 0);
    template.resourceCountIs('AWS::Connect::ContactFlow', 0);
    template.resourceCountIs('AWS::Connect::RoutingProfile', 1);
    expect(routing.hoursOfOperation).toBeUndefined();
    expect(routing.queue.queueArn).toBe(arnOf('queue', 'q-1'));
    expect(routing.contactFlow.contactFlowArn).toBe(arnOf('contact-flow', 'f-1'));
  });

  test('a queue of your own: the flow checks that queue\'s hours', () => {
    const { stack } = build({}, (instance) => ({ queue: Queue.fromQueueArn(instance, 'Queue', arnOf('queue', 'q-1')) }));
    const content = flowContent(stack);
    expect(actionOf(content, 'UpdateContactTargetQueue')!.Parameters).toEqual({ QueueId: arnOf('queue', 'q-1') });
    expect(actionOf(content, 'CheckHoursOfOperation')!.Parameters).toEqual({});
  });
});

describe('agents', () => {
  test('addAgent adds a user with the routing profile and the Agent security profile', () => {
    const { stack, routing } = build();
    routing.addAgent('Alice', { username: 'alice', firstName: 'Alice', lastName: 'Doe' });
    templateOf(stack).hasResourceProperties('AWS::Connect::User', {
      InstanceArn: INSTANCE_ARN,
      Username: 'alice',
      RoutingProfileArn: { 'Fn::GetAtt': [Match.stringLikeRegexp('^SupportRoutingProfile'), 'RoutingProfileArn'] },
      SecurityProfileArns: [{ 'Fn::GetAtt': [Match.stringLikeRegexp('^ContactCenterProfiles'), Match.stringLikeRegexp('^SecurityProfileArn\\.')] }],
    });
  });

  test('addAgent refuses a routing profile of its own', () => {
    const { routing } = build();
    const message = errorOf(() => routing.addAgent('Bob', {
      username: 'bob', firstName: 'Bob', lastName: 'Doe', routingProfile: RoutingProfile.BASIC,
    }));
    expect(message).toBe("InboundCallRouting at 'TestStack/Support' has 1 invalid prop:\n"
      + "  - routingProfile must not be given to the agent 'Bob': an agent of this routing gets its routing profile; "
      + 'add a user with another routing profile to the instance instead, got "Basic Routing Profile"');
  });
});

describe('bad input fails at synth, every problem at once', () => {
  test('pieces of your own together with what shapes the pieces they replace', () => {
    const message = errorOf(() => build({ hours: HoursOfOperation.always24x7(), timeZone: 'UTC', greeting: 'Hi', recordCalls: false }, (instance) => ({
      queue: Queue.fromQueueArn(instance, 'Queue', arnOf('queue', 'q-1')),
      contactFlow: ContactFlow.fromContactFlowArn(instance, 'Flow', arnOf('contact-flow', 'f-1')),
    })));
    expect(message).toContain("InboundCallRouting at 'TestStack/Support' has 2 invalid props");
    expect(message).toContain('queue must not be given together with hours, timeZone');
    expect(message).toContain('contactFlow must not be given together with recordCalls, greeting');
  });

  test('hours of operation of your own together with hours', () => {
    expect(errorOf(() => build({ timeZone: 'UTC' }, (instance) => ({
      hoursOfOperation: HoursOfOperation.fromHoursOfOperationArn(instance, 'Hours', arnOf('operating-hours', 'h-1')),
    })))).toContain('hoursOfOperation must not be given together with timeZone');
  });

  test('a flow that is not an inbound flow', () => {
    const message = errorOf(() => build({}, (instance) => ({
      contactFlow: new ContactFlow(instance, 'Whisper', {
        instance,
        type: ContactFlowType.CUSTOMER_WHISPER,
        content: FlowContent.fromObject({ Version: '2019-10-30', StartAction: 'end', Actions: [{ Identifier: 'end', Type: 'EndFlowExecution', Parameters: {}, Transitions: {} }] }),
      }),
    })));
    expect(message).toContain("contactFlow must be an inbound flow, of type CONTACT_FLOW (a phone number routes to the first flow of a contact): the flow at 'TestStack/ContactCenter/Whisper' has another type, got \"CUSTOMER_WHISPER\"");
  });

  test('a routing profile that does not serve the queue', () => {
    const message = errorOf(() => build({}, (instance) => {
      const queue = Queue.fromQueueArn(instance, 'Queue', arnOf('queue', 'q-1'));
      const other = Queue.fromQueueArn(instance, 'Other', arnOf('queue', 'q-2'));
      return {
        queue,
        routingProfile: new RoutingProfile(instance, 'Agents', {
          instance,
          defaultOutboundQueue: other,
          queues: [{ queue: other, channel: RoutingChannel.VOICE }, { queue, channel: RoutingChannel.CHAT }],
          mediaConcurrencies: [{ channel: RoutingChannel.VOICE }, { channel: RoutingChannel.CHAT }],
        }),
      };
    }));
    expect(message).toContain("routingProfile must serve the queue on VOICE (queues: [{ queue, channel: RoutingChannel.VOICE }]), got 'TestStack/ContactCenter/Agents', which does not serve 'TestStack/ContactCenter/Queue'");
  });

  test('a routing profile of your own for the queue created here', () => {
    const message = errorOf(() => build({}, (instance) => {
      const other = Queue.fromQueueArn(instance, 'Other', arnOf('queue', 'q-2'));
      return { routingProfile: new RoutingProfile(instance, 'Agents', { instance, defaultOutboundQueue: other, queues: [{ queue: other, channel: RoutingChannel.VOICE }] }) };
    }));
    expect(message).toContain('which cannot serve the queue created here');
  });

  test('empty messages', () => {
    const message = errorOf(() => build({ greeting: '', closedMessage: '   ' }));
    expect(message).toContain('has 2 invalid props');
    expect(message).toContain('greeting must be text to say, not empty or only spaces, got ""');
    expect(message).toContain('closedMessage must be text to say, not empty or only spaces, got "   "');
  });

  test('bad hours are reported by the hours of operation, naming hours', () => {
    const message = errorOf(() => build({
      hours: [
        { day: DayOfWeek.MONDAY, start: TimeOfDay.of(9), end: TimeOfDay.of(17) },
        { day: DayOfWeek.MONDAY, start: TimeOfDay.of(16), end: TimeOfDay.of(18) },
      ],
    }));
    expect(message).toContain("HoursOfOperation at 'TestStack/Support/Hours'");
    expect(message).toMatch(/hours\[1\].*overlaps/);
  });
});

describe('numbers', () => {
  test('each number of phoneNumbers, and one routed later, is associated with the flow on deploy', () => {
    const { stack, instance } = imported();
    const main = instance.addPhoneNumber('Main', { countryCode: 'US', type: PhoneNumberType.DID });
    const imported2 = PhoneNumber.fromPhoneNumberArn(stack, 'Existing', 'arn:aws:connect:us-east-1:123456789012:phone-number/aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee');
    const routing = new InboundCallRouting(stack, 'Support', { instance, phoneNumbers: [main] });
    routing.routePhoneNumber(imported2);
    const template = templateOf(stack);
    const flowArn = { 'Fn::GetAtt': [Match.stringLikeRegexp('^SupportFlow'), 'ContactFlowArn'] };
    template.resourceCountIs('Custom::ConnectPhoneNumberContactFlow', 2);
    template.hasResourceProperties('Custom::ConnectPhoneNumberContactFlow', {
      InstanceArn: INSTANCE_ARN,
      PhoneNumberArn: { 'Fn::GetAtt': [Match.stringLikeRegexp('^ContactCenterMain'), 'PhoneNumberArn'] },
      ContactFlowArn: flowArn,
    });
    template.hasResourceProperties('Custom::ConnectPhoneNumberContactFlow', {
      PhoneNumberArn: 'arn:aws:connect:us-east-1:123456789012:phone-number/aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee',
      ContactFlowArn: flowArn,
    });
  });

  test('a number already routed elsewhere fails at synth, naming contactFlow', () => {
    const { stack } = build({}, (instance) => {
      const flow = ContactFlow.fromContactFlowArn(instance, 'Other', arnOf('contact-flow', 'f-9'));
      const main = instance.addPhoneNumber('Main', { countryCode: 'US', type: PhoneNumberType.DID, contactFlow: flow });
      return { phoneNumbers: [main] };
    });
    const message = errorOf(() => templateOf(stack));
    expect(message).toContain('contactFlow: the phone number is already routed to a flow at');
  });
});
