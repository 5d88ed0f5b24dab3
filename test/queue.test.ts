import { Lazy, Token } from 'aws-cdk-lib';
import { Match } from 'aws-cdk-lib/assertions';
import { ContactFlow, ContactFlowType, FlowContent, HoursOfOperation, IConnectInstance, PhoneNumber, PhoneNumberType, Queue, QueueOptions } from '../src';
import { arnOf, importedInstance, INSTANCE_ARN } from './helpers/instance';
import { errorOf, templateOf } from './helpers/stack';

/**
 * Queues: hours of operation, outbound caller configuration, maximum
 * contacts, and the importer.
 */

const HOURS_ARN = arnOf('operating-hours', 'basic-hours');
const NUMBER_ARN = 'arn:aws:connect:us-east-1:123456789012:phone-number/aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee';
const WHISPER = {
  Version: '2019-10-30',
  StartAction: 'end',
  Actions: [{ Identifier: 'end', Type: 'EndFlowExecution', Parameters: {}, Transitions: {} }],
};

function build(options: Partial<QueueOptions>, setup?: (instance: IConnectInstance) => Partial<QueueOptions>) {
  const { stack, instance } = importedInstance();
  const hoursOfOperation = HoursOfOperation.fromHoursOfOperationArn(stack, 'BasicHours', HOURS_ARN);
  const queue = new Queue(stack, 'Queue', { instance, hoursOfOperation, ...setup?.(instance), ...options });
  return { stack, queue };
}

function problems(options: Partial<QueueOptions>, setup?: (instance: IConnectInstance) => Partial<QueueOptions>): string {
  return errorOf(() => build(options, setup));
}

describe('what is deployed', () => {
  test('a queue in its hours, with a generated name and nothing else', () => {
    const { stack } = build({});
    templateOf(stack).hasResourceProperties('AWS::Connect::Queue', {
      InstanceArn: INSTANCE_ARN,
      HoursOfOperationArn: HOURS_ARN,
      Name: Match.stringLikeRegexp('^TestStackQueue[0-9A-F]{8}$'),
      Description: Match.absent(),
      MaxContacts: Match.absent(),
      OutboundCallerConfig: Match.absent(),
    });
  });

  test('hours created in the stack, a maximum and the outbound caller configuration', () => {
    const { stack, instance } = importedInstance();
    const hours = new HoursOfOperation(stack, 'Hours', { instance });
    const whisper = new ContactFlow(stack, 'Whisper', { instance, type: ContactFlowType.OUTBOUND_WHISPER, content: FlowContent.fromObject(WHISPER) });
    new Queue(stack, 'Queue', {
      instance,
      hoursOfOperation: hours,
      queueName: 'Support',
      description: 'First-line support',
      maxContacts: 0,
      outboundCallerIdName: 'Acme Support',
      outboundCallerIdNumber: PhoneNumber.fromPhoneNumberArn(stack, 'Number', NUMBER_ARN),
      outboundFlow: whisper,
    });
    const template = templateOf(stack);
    template.hasResourceProperties('AWS::Connect::Queue', {
      HoursOfOperationArn: { 'Fn::GetAtt': [Match.stringLikeRegexp('^Hours'), 'HoursOfOperationArn'] },
      Name: 'Support',
      Description: 'First-line support',
      MaxContacts: 0,
      OutboundCallerConfig: {
        OutboundCallerIdName: 'Acme Support',
        OutboundCallerIdNumberArn: NUMBER_ARN,
        OutboundFlowArn: { 'Fn::GetAtt': [Match.stringLikeRegexp('^Whisper'), 'ContactFlowArn'] },
      },
    });
    expect(template.toJSON()).toMatchSnapshot();
  });

  test('a caller id name alone sends only it', () => {
    const { stack } = build({ outboundCallerIdName: 'Acme' });
    templateOf(stack).hasResourceProperties('AWS::Connect::Queue', { OutboundCallerConfig: { OutboundCallerIdName: 'Acme' } });
  });

  test('an imported outbound flow is taken as it is', () => {
    const { stack } = build({}, (instance) => ({ outboundFlow: ContactFlow.fromContactFlowArn(instance.stack, 'Outbound', arnOf('contact-flow', 'f')) }));
    templateOf(stack).hasResourceProperties('AWS::Connect::Queue', { OutboundCallerConfig: { OutboundFlowArn: arnOf('contact-flow', 'f') } });
  });

  test('exposes the ARN and the id', () => {
    const { stack, queue } = build({});
    expect(stack.resolve(queue.queueArn)).toEqual({ 'Fn::GetAtt': [expect.stringMatching(/^Queue/), 'QueueArn'] });
    expect(stack.resolve(queue.queueId)).toEqual({ 'Fn::Select': [3, { 'Fn::Split': ['/', stack.resolve(queue.queueArn)] }] });
  });
});

describe('checks', () => {
  test.each([-1, 1.5])('maxContacts %p fails', (maxContacts) => {
    expect(problems({ maxContacts })).toContain(`  - maxContacts must be a whole number, 0 or more, got ${maxContacts}`);
  });

  test('a maximum known only at deploy time is not checked', () => {
    const { stack } = build({ maxContacts: Token.asNumber(Lazy.number({ produce: () => 10 })) });
    templateOf(stack).hasResourceProperties('AWS::Connect::Queue', { MaxContacts: 10 });
  });

  test('an outbound flow of another type fails, naming it', () => {
    expect(problems({}, (instance) => ({
      outboundFlow: new ContactFlow(instance.stack, 'Inbound', { instance, content: FlowContent.fromObject(WHISPER) }),
    }))).toContain("  - outboundFlow must be a flow of type OUTBOUND_WHISPER, got the CONTACT_FLOW flow 'TestStack/Inbound'");
  });

  test('every problem at once: names, lengths, the caller id number', () => {
    const message = problems({
      queueName: 'x'.repeat(128),
      description: '',
      outboundCallerIdName: 'x'.repeat(256),
      // Untyped JavaScript: the number's ARN (the prop before 1.0) instead of the number.
      outboundCallerIdNumber: NUMBER_ARN as any,
    });
    expect(message).toContain('4 invalid props');
    expect(message).toContain('  - queueName must be 1 to 127 characters long (length 128)');
    expect(message).toContain('  - description must be 1 to 250 characters long (length 0), got ""');
    expect(message).toContain('  - outboundCallerIdName must be 1 to 255 characters long (length 256)');
    expect(message).toContain('  - outboundCallerIdNumber must be a phone number (IPhoneNumber), such as instance.addPhoneNumber() or PhoneNumber.fromPhoneNumberArn(), '
      + `got "${NUMBER_ARN.slice(0, 77)}..."`);
  });

  test('missing instance and hours fail (untyped JavaScript)', () => {
    const { stack } = importedInstance();
    const message = errorOf(() => new Queue(stack, 'Queue', {} as any));
    expect(message).toContain('  - instance is required, got undefined');
    expect(message).toContain('  - hoursOfOperation is required, got undefined');
  });
});

describe('importing', () => {
  test('by ARN', () => {
    const { stack } = importedInstance();
    const queue = Queue.fromQueueArn(stack, 'BasicQueue', arnOf('queue', 'q-1'));
    expect([queue.queueArn, queue.queueId]).toEqual([arnOf('queue', 'q-1'), 'q-1']);
  });

  test('an ARN of something else fails', () => {
    const { stack } = importedInstance();
    expect(errorOf(() => Queue.fromQueueArn(stack, 'BasicQueue', HOURS_ARN))).toBe(
      `queueArn must be the ARN of an Amazon Connect queue (arn:<partition>:connect:<region>:<account>:instance/<instance id>/queue/<id>), got "${HOURS_ARN}"`);
  });
});

describe('metrics', () => {
  const INSTANCE_ID = '11111111-2222-3333-4444-555555555555';

  test('a created queue: InstanceId, MetricGroup Queue and QueueName, with the documented statistics', () => {
    const { stack, instance } = importedInstance();
    const queue = instance.addQueue('Support', { hoursOfOperation: instance.addHoursOfOperation('Hours'), queueName: 'Support' });
    const dimensions = { InstanceId: INSTANCE_ID, MetricGroup: 'Queue', QueueName: 'Support' };
    expect([queue.metricQueueSize(), queue.metricLongestQueueWaitTime(), queue.metricQueueCapacityExceededError()].map((m) => ({
      namespace: m.namespace, metricName: m.metricName, statistic: m.statistic, period: m.period.toMinutes(), dimensions: m.dimensions,
    }))).toEqual([
      { namespace: 'AWS/Connect', metricName: 'QueueSize', statistic: 'Maximum', period: 5, dimensions },
      { namespace: 'AWS/Connect', metricName: 'LongestQueueWaitTime', statistic: 'Maximum', period: 5, dimensions },
      { namespace: 'AWS/Connect', metricName: 'QueueCapacityExceededError', statistic: 'Sum', period: 5, dimensions },
    ]);
    expect(stack.resolve(queue.metric('CallBackNotDialableNumber').dimensions)).toEqual(dimensions);
    expect(queue.metric('CallBackNotDialableNumber').statistic).toBe('Sum');
  });

  test('a created queue without queueName: the default name, the same the template has', () => {
    const { stack, instance } = importedInstance();
    const queue = new Queue(stack, 'Queue', { instance, hoursOfOperation: instance.addHoursOfOperation('Hours') });
    const name = templateOf(stack).findResources('AWS::Connect::Queue');
    expect(queue.metricQueueSize().dimensions!.QueueName).toBe(Object.values(name)[0].Properties.Name);
    expect(queue.queueName).toBe(Object.values(name)[0].Properties.Name);
  });

  test('props win over the defaults; an explicit undefined statistic keeps the default', () => {
    const { instance } = importedInstance();
    const queue = instance.addQueue('Support', { hoursOfOperation: instance.addHoursOfOperation('Hours'), queueName: 'Support' });
    expect(queue.metricQueueSize({ statistic: 'Average' }).statistic).toBe('Average');
    expect(queue.metricQueueSize({ statistic: undefined }).statistic).toBe('Maximum');
  });

  test('an imported queue with its name: the instance id and the environment from the ARN', () => {
    const { stack } = importedInstance();
    const arn = 'arn:aws:connect:eu-west-2:210987654321:instance/abcd/queue/q-1';
    const queue = Queue.fromQueueAttributes(stack, 'Basic', { queueArn: arn, queueName: 'BasicQueue' });
    const metric = queue.metricQueueSize();
    expect([metric.dimensions, metric.account, metric.region]).toEqual([
      { InstanceId: 'abcd', MetricGroup: 'Queue', QueueName: 'BasicQueue' }, '210987654321', 'eu-west-2',
    ]);
    expect([queue.queueArn, queue.queueId]).toEqual([arn, 'q-1']);
  });

  test('an imported queue whose ARN is a token: the instance id is selected from it', () => {
    const { stack } = importedInstance();
    const arn = Token.asString({ Ref: 'QueueArn' });
    const queue = Queue.fromQueueAttributes(stack, 'Basic', { queueArn: arn, queueName: 'BasicQueue' });
    expect(stack.resolve(queue.metricQueueSize().dimensions!.InstanceId)).toEqual({ 'Fn::Select': [1, { 'Fn::Split': ['/', { Ref: 'QueueArn' }] }] });
  });

  test('an imported queue without its name has no metrics, and says how to import it', () => {
    const { stack } = importedInstance();
    const queue = Queue.fromQueueArn(stack, 'Basic', arnOf('queue', 'q-1'));
    expect(() => queue.metricQueueSize()).toThrow(
      "queueName is required for the metric QueueSize of 'TestStack/Basic', imported without it: Amazon Connect publishes Queue metrics by name; "
      + 'import it with Queue.fromQueueAttributes(scope, id, { queueArn, queueName })');
  });

  test('an empty imported name fails', () => {
    const { stack } = importedInstance();
    expect(() => Queue.fromQueueAttributes(stack, 'Basic', { queueArn: arnOf('queue', 'q-1'), queueName: '' }))
      .toThrow('queueName must be a name of 1 to 127 characters, got ""');
  });
});

describe('outboundCallerIdNumber', () => {
  test('a number claimed here: its ARN, from the number resource', () => {
    const { stack, instance } = importedInstance();
    const number = instance.addPhoneNumber('Line', { countryCode: 'US', type: PhoneNumberType.DID });
    instance.addQueue('Support', { hoursOfOperation: instance.addHoursOfOperation('Hours'), outboundCallerIdNumber: number });
    templateOf(stack).hasResourceProperties('AWS::Connect::Queue', {
      OutboundCallerConfig: { OutboundCallerIdNumberArn: { 'Fn::GetAtt': [Match.stringLikeRegexp('^ContactCenterLine'), 'PhoneNumberArn'] } },
    });
  });
});
