import * as fs from 'fs';
import * as path from 'path';
import { App, Stack } from 'aws-cdk-lib';
import { Annotations, Match, Template } from 'aws-cdk-lib/assertions';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as sns from 'aws-cdk-lib/aws-sns';
import { dashboardWidgets, drawDashboard, layoutProblems, titleOf, Widget } from '../examples/dashboard';
import {
  ConnectInstance, ContactCenterMonitoring, ContactCenterMonitoringOptions, ContactFlow, FlowContent, HoursOfOperation, IConnectInstance,
  IdentityManagement, Integration, PhoneNumberType, Queue, RecommendedAlarms,
} from '../src';
import { EXAMPLE, EXAMPLE_CONTEXT, EXAMPLE_STACK_NAME } from './harness/scenarios';
import { arnOf, importedInstance, INSTANCE_ARN } from './helpers/instance';
import { errorOf, newStack, templateOf } from './helpers/stack';
import { CONTACT_FLOW_ALARMS, INSTANCE_ALARMS as RECOMMENDED, QUEUE_ALARMS } from '../src/private/monitoring/recommended-alarms';

/**
 * The dashboard and recommended alarms of an instance: drawn from the queues,
 * flows and functions the app creates for it, tuned or turned off alarm by
 * alarm, on a created or an imported instance.
 */

const TOPIC_ARN = 'arn:aws:sns:us-east-1:123456789012:contact-center-on-call';
const FLOW = FlowContent.fromObject({
  Version: '2019-10-30',
  StartAction: 'end',
  Actions: [{ Identifier: 'end', Type: 'DisconnectParticipant', Parameters: {}, Transitions: {} }],
});

/** The instance's seven alarms, by metric: statistic, threshold and metric group. */
const INSTANCE_ALARMS: Array<[string, string, number, string]> = [
  ['ThrottledCalls', 'Sum', 1, 'VoiceCalls'],
  ['CallsBreachingConcurrencyQuota', 'Sum', 1, 'VoiceCalls'],
  ['ConcurrentCallsPercentage', 'Maximum', 80, 'VoiceCalls'],
  ['MisconfiguredPhoneNumbers', 'Sum', 1, 'VoiceCalls'],
  ['CallRecordingUploadError', 'Sum', 1, 'CallRecordings'],
  ['ChatsBreachingActiveChatQuota', 'Sum', 1, 'Chats'],
  ['TasksBreachingConcurrencyQuota', 'Sum', 1, 'Tasks'],
];

/** A created instance with two queues, two flows and an associated function, watched with `options`. */
function contactCenter(options: ContactCenterMonitoringOptions = {}) {
  const stack = newStack();
  const instance = new ConnectInstance(stack, 'ContactCenter', {
    identity: IdentityManagement.connectManaged({ instanceAlias: 'acme-support' }),
  });
  const hoursOfOperation = instance.addHoursOfOperation('Hours');
  instance.addQueue('Sales', { hoursOfOperation, queueName: 'Sales' });
  const inbound = instance.addContactFlow('Inbound', { content: FLOW, contactFlowName: 'Inbound' });
  const fn = new lambda.Function(stack, 'Lookup', {
    runtime: lambda.Runtime.NODEJS_22_X,
    handler: 'index.handler',
    code: lambda.Code.fromInline('exports.handler = async () => ({})'),
  });
  instance.addIntegration('LookupFunction', { integration: Integration.lambdaFunction(fn) });
  const monitoring = instance.addMonitoring('Monitoring', { alarmTopic: sns.Topic.fromTopicArn(stack, 'OnCall', TOPIC_ARN), ...options });
  // Added after the monitoring: found when the app is synthesized.
  instance.addQueue('Support', { hoursOfOperation, queueName: 'Support' });
  new ContactFlow(stack, 'AfterHours', { instance, content: FLOW, contactFlowName: 'After hours' });
  // Routed by the stack's deploy-time function.
  instance.addPhoneNumber('MainLine', { countryCode: 'US', type: PhoneNumberType.DID, contactFlow: inbound });
  return { stack, instance, monitoring };
}

/** The one dashboard of the stack: its widgets, tokens written `${LogicalId.Attribute}`. */
function widgetsOf(stack: Stack): Widget[] {
  const dashboards = [...dashboardWidgets(templateOf(stack).toJSON()).values()];
  expect(dashboards).toHaveLength(1);
  return dashboards[0];
}

/** The metric rows of the graphs, as `namespace metric dimension=value ...`. */
function metricsOf(widgets: readonly Widget[]): string[] {
  return widgets.filter((w) => w.type === 'metric').flatMap((w) => (w.properties.metrics as unknown[][]).map((m) => {
    const parts = m.filter((p) => typeof p === 'string') as string[];
    const dims = [];
    for (let i = 2; i < parts.length; i += 2) {
      dims.push(`${parts[i]}=${parts[i + 1]}`);
    }
    return `${parts[0]} ${parts[1]} ${dims.join(' ')}`;
  }));
}

function alarmsOf(stack: Stack): Array<Record<string, any>> {
  return Object.values(templateOf(stack).findResources('AWS::CloudWatch::Alarm')).map((r) => r.Properties);
}

describe('the dashboard, drawn from what the app built', () => {
  test('names the instance, each queue and each flow, the associated and deploy-time functions, and queries the flow logs', () => {
    const { stack } = contactCenter();
    const widgets = widgetsOf(stack);
    const titles = widgets.map(titleOf);
    const instanceId = '${ContactCenter6F86BFBF.Id}';
    expect(widgets[0].properties.markdown).toBe(`# Amazon Connect acme-support\nInstance ${instanceId} · [admin website](https://acme-support.my.connect.aws)`);
    expect(titles).toEqual([
      'Amazon Connect acme-support',
      'Recommended alarms',
      'Voice calls', 'Concurrent calls, % of quota', 'Calls refused',
      'Missed calls, failed recording uploads', 'Chats', 'Tasks',
      'Queues',
      'Queue Sales: contacts waiting', 'Queue Sales: longest wait (seconds)', 'Queue Sales: calls rejected, queue full',
      'Queue Support: contacts waiting', 'Queue Support: longest wait (seconds)', 'Queue Support: calls rejected, queue full',
      'Flows',
      'Flow Inbound: error branches taken', 'Flow Inbound: fatal errors',
      'Flow After hours: error branches taken', 'Flow After hours: fatal errors',
      'Lambda functions',
      'Lambda …: errors', 'Lambda …: throttles', 'Lambda …: duration (ms)',
      'Deploy-time function: errors', 'Deploy-time function: throttles', 'Deploy-time function: duration (ms)',
      'Flow blocks that failed (flow logs, newest first)',
    ]);
    const instance = `InstanceId=${instanceId}`;
    const ofGroup = (group: string, metrics: string[]) => metrics.map((metric) => `AWS/Connect ${metric} ${instance} MetricGroup=${group}`);
    expect(metricsOf(widgets)).toEqual([
      ...ofGroup('VoiceCalls', [
        'ConcurrentCalls', 'CallsPerInterval', 'ConcurrentCallsPercentage', 'ThrottledCalls', 'CallsBreachingConcurrencyQuota',
        'MisconfiguredPhoneNumbers', 'MissedCalls',
      ]),
      ...ofGroup('CallRecordings', ['CallRecordingUploadError']),
      ...ofGroup('Chats', ['ConcurrentActiveChats', 'ChatsBreachingActiveChatQuota']),
      ...ofGroup('Tasks', ['ConcurrentTasks', 'TasksBreachingConcurrencyQuota']),
      ...['Sales', 'Support'].flatMap((queue) => ['QueueSize', 'LongestQueueWaitTime', 'QueueCapacityExceededError']
        .map((metric) => `AWS/Connect ${metric} ${instance} MetricGroup=Queue QueueName=${queue}`)),
      ...['Inbound', 'After hours'].flatMap((flow) => ['ContactFlowErrors', 'ContactFlowFatalErrors']
        .map((metric) => `AWS/Connect ${metric} ContactFlowName=${flow} ${instance} MetricGroup=ContactFlow`)),
      ...['Errors', 'Throttles', 'Duration'].map((metric) => `AWS/Lambda ${metric} FunctionName=\${LookupC0159C21}`),
      ...['Errors', 'Throttles', 'Duration'].map((metric) => `AWS/Lambda ${metric} FunctionName=\${ConnectProfileLookupCustomResourceProviderHandlerFDDFE71B}`),
    ]);
    const log = widgets.find((w) => w.type === 'log')!;
    expect(log.properties.query).toBe([
      'SOURCE \'${ContactCenterStorageFlowLogGroup0CDE6FD4}\' | fields @timestamp, ContactFlowName, ContactFlowModuleType, Results, ContactId',
      '| filter Results like /(?i)(error|fail)/',
      '| sort @timestamp desc',
      '| limit 50',
    ].join('\n'));
    // The Region is written once known, not as a token in each widget.
    expect(new Set(widgets.filter((w) => w.properties.region !== undefined).map((w) => w.properties.region))).toEqual(new Set(['us-east-1']));
    expect(templateOf(stack).toJSON()).toMatchSnapshot();
  });

  test('the status widget lists every alarm, and the concurrent-calls graph marks its threshold', () => {
    const { stack } = contactCenter({ alarms: { concurrentCallsPercentage: { threshold: 65 } } });
    const widgets = widgetsOf(stack);
    const ids = Object.keys(templateOf(stack).findResources('AWS::CloudWatch::Alarm'));
    expect(widgets[1].properties.alarms).toEqual(ids.map((id) => `\${${id}.Arn}`));
    expect(ids).toHaveLength(7 + 2 + 2);
    const percentage = widgets.find((w) => w.properties.title === 'Concurrent calls, % of quota')!;
    expect(percentage.properties.annotations).toEqual({ horizontal: [{ value: 65, label: 'alarm', yAxis: 'left' }] });
    expect(percentage.properties.yAxis).toEqual({ left: { min: 0, max: 100 } });
  });

  test('its body is written in one pass, not by Stack.toJsonString, which costs several times more (docs/performance.md)', () => {
    const { stack } = contactCenter();
    const toJsonString = jest.spyOn(Stack.prototype, 'toJsonString');
    try {
      widgetsOf(stack);
      expect(toJsonString).not.toHaveBeenCalled();
    } finally {
      toJsonString.mockRestore();
    }
  });

  test('widgets added go below the ones drawn from the app', () => {
    const { stack, monitoring } = contactCenter();
    monitoring.addWidgets(new cloudwatch.TextWidget({ markdown: '## Runbook', width: 24, height: 2 }));
    const widgets = widgetsOf(stack);
    expect(titleOf(widgets[widgets.length - 1])).toBe('Runbook');
    expect(widgets[widgets.length - 1].y).toBe(Math.max(...widgets.slice(0, -1).map((w) => w.y + w.height)));
  });

  test('the dashboard keeps a name given, and its ARN is in the account, without a Region', () => {
    const { stack, monitoring } = contactCenter({ dashboardName: 'acme-support_contact-center' });
    templateOf(stack).hasResourceProperties('AWS::CloudWatch::Dashboard', { DashboardName: 'acme-support_contact-center' });
    expect(stack.resolve(monitoring.dashboardArn)).toEqual({
      'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':cloudwatch::123456789012:dashboard/', { Ref: 'ContactCenterMonitoringDashboard5AE9D55F' }]],
    });
  });
});

describe('the recommended alarms', () => {
  test.each(INSTANCE_ALARMS)('%s (%s) at %d or more over 5 minutes, missing data not breaching, notifying the topic both ways', (metric, statistic, threshold, group) => {
    const { stack } = contactCenter();
    templateOf(stack).hasResourceProperties('AWS::CloudWatch::Alarm', {
      Namespace: 'AWS/Connect',
      MetricName: metric,
      Dimensions: [{ Name: 'InstanceId', Value: { 'Fn::GetAtt': ['ContactCenter6F86BFBF', 'Id'] } }, { Name: 'MetricGroup', Value: group }],
      Statistic: statistic,
      Period: 300,
      Threshold: threshold,
      EvaluationPeriods: 1,
      ComparisonOperator: 'GreaterThanOrEqualToThreshold',
      TreatMissingData: 'notBreaching',
      AlarmActions: [TOPIC_ARN],
      OKActions: [TOPIC_ARN],
      AlarmDescription: Match.stringLikeRegexp(`^Amazon Connect acme-support: .+ \\(${metric} >= ${threshold}\\)\\.$`),
    });
  });

  test('one QueueCapacityExceededError alarm per queue and one ContactFlowFatalErrors alarm per flow, by name', () => {
    const { stack } = contactCenter();
    const perResource = alarmsOf(stack).filter((a) => ['QueueCapacityExceededError', 'ContactFlowFatalErrors'].includes(a.MetricName));
    expect(perResource.map((a) => [a.MetricName, a.Dimensions.find((d: { Name: string }) => /Name$/.test(d.Name)).Value, a.Threshold, a.Statistic])).toEqual([
      ['QueueCapacityExceededError', 'Sales', 1, 'Sum'],
      ['ContactFlowFatalErrors', 'Inbound', 1, 'Sum'],
      ['QueueCapacityExceededError', 'Support', 1, 'Sum'],
      ['ContactFlowFatalErrors', 'After hours', 1, 'Sum'],
    ].sort((a, b) => (a[0] === b[0] ? 0 : a[0] === 'QueueCapacityExceededError' ? -1 : 1)));
    expect(perResource.find((a) => a.MetricName === 'ContactFlowFatalErrors')!.AlarmDescription)
      .toBe('Amazon Connect acme-support, flow Inbound: The flow failed to run because of a system error. Read its flow logs (ContactFlowFatalErrors >= 1).');
  });

  test('a threshold and evaluation periods change one alarm only', () => {
    const { stack } = contactCenter({
      alarms: { throttledCalls: { threshold: 5, evaluationPeriods: 3 }, queueCapacityExceededError: { threshold: 2 } },
    });
    const alarms = alarmsOf(stack);
    expect(alarms.filter((a) => a.MetricName === 'ThrottledCalls').map((a) => [a.Threshold, a.EvaluationPeriods])).toEqual([[5, 3]]);
    expect(alarms.filter((a) => a.MetricName === 'QueueCapacityExceededError').map((a) => a.Threshold)).toEqual([2, 2]);
    expect(alarms.filter((a) => !['ThrottledCalls', 'QueueCapacityExceededError'].includes(a.MetricName)).every((a) => a.EvaluationPeriods === 1)).toBe(true);
  });

  test('turning an alarm off removes it (per queue and per flow too), and its line on the graph', () => {
    const off: RecommendedAlarms = {
      throttledCalls: { enabled: false }, concurrentCallsPercentage: { enabled: false }, contactFlowFatalErrors: { enabled: false, threshold: 3 },
    };
    const { stack } = contactCenter({ alarms: off });
    const metrics = alarmsOf(stack).map((a) => a.MetricName);
    expect(metrics).toHaveLength(7 - 2 + 2);
    expect(metrics).not.toContain('ThrottledCalls');
    expect(metrics).not.toContain('ConcurrentCallsPercentage');
    expect(metrics).not.toContain('ContactFlowFatalErrors');
    const widgets = widgetsOf(stack);
    expect(widgets[1].properties.alarms).toHaveLength(7);
    expect(widgets.find((w) => w.properties.title === 'Concurrent calls, % of quota')!.properties.annotations).toBeUndefined();
    // The graphs stay: the metrics are still worth seeing.
    expect(metricsOf(widgets).filter((m) => m.includes(' ThrottledCalls '))).toHaveLength(1);
  });

  test('every alarm off: no alarm, no status widget, no warning', () => {
    const all = Object.fromEntries(INSTANCE_ALARMS.map(([m]) => m.charAt(0).toLowerCase() + m.slice(1))
      .concat(['queueCapacityExceededError', 'contactFlowFatalErrors']).map((key) => [key, { enabled: false }])) as RecommendedAlarms;
    const stack = newStack();
    const instance = ConnectInstance.fromInstanceArn(stack, 'ContactCenter', INSTANCE_ARN);
    instance.addMonitoring('Monitoring', { alarms: all });
    templateOf(stack).resourceCountIs('AWS::CloudWatch::Alarm', 0);
    expect(widgetsOf(stack).map((w) => w.type)).not.toContain('alarm');
    expect(Annotations.fromStack(stack).findWarning('*', Match.stringLikeRegexp('notify nobody'))).toEqual([]);
  });

  test('alarm actions given are taken when an alarm fires, besides the topic', () => {
    const { stack } = contactCenter({
      alarmActions: [{ bind: () => ({ alarmActionArn: 'arn:aws:ssm:us-east-1:123456789012:opsitem:3#CATEGORY=Availability' }) }],
    });
    for (const alarm of alarmsOf(stack)) {
      expect(alarm.AlarmActions).toEqual([TOPIC_ARN, 'arn:aws:ssm:us-east-1:123456789012:opsitem:3#CATEGORY=Availability']);
      expect(alarm.OKActions).toEqual([TOPIC_ARN]);
    }
  });

  test('alarms that notify nobody are created, with a warning saying so', () => {
    const { stack } = importedInstance();
    const instance = ConnectInstance.fromInstanceArn(stack, 'Other', INSTANCE_ARN);
    instance.addMonitoring('Monitoring');
    const template = templateOf(stack);
    template.resourceCountIs('AWS::CloudWatch::Alarm', 7);
    template.hasResourceProperties('AWS::CloudWatch::Alarm', { AlarmActions: Match.absent(), OKActions: Match.absent() });
    Annotations.fromStack(stack).hasWarning('/TestStack/Other/Monitoring',
      Match.stringLikeRegexp('^the 7 recommended alarms of \'TestStack/Other/Monitoring\' notify nobody: give alarmTopic or alarmActions'));
  });
});

describe('an imported instance', () => {
  test('gets the queues and flows the app creates for it, and no flow-log widget without a log group', () => {
    const { stack, instance } = importedInstance();
    const hoursOfOperation = HoursOfOperation.fromHoursOfOperationArn(stack, 'Hours', arnOf('operating-hours', 'h-1'));
    new Queue(stack, 'Queue', { instance, hoursOfOperation, queueName: 'Billing' });
    instance.addContactFlow('Flow', { content: FLOW, contactFlowName: 'Billing inbound' });
    // Another instance's queue is not this one's.
    const other = ConnectInstance.fromInstanceArn(stack, 'Other', INSTANCE_ARN.replace('11111111', '99999999'));
    new Queue(stack, 'OtherQueue', { instance: other, hoursOfOperation, queueName: 'Elsewhere' });
    new ContactCenterMonitoring(stack, 'Monitoring', { instance, alarmTopic: sns.Topic.fromTopicArn(stack, 'OnCall', TOPIC_ARN) });
    const widgets = widgetsOf(stack);
    expect(widgets[0].properties.markdown).toBe('# Amazon Connect 11111111-2222-3333-4444-555555555555\nInstance 11111111-2222-3333-4444-555555555555');
    const titles = widgets.map(titleOf);
    expect(titles).toEqual(expect.arrayContaining(['Queue Billing: contacts waiting', 'Flow Billing inbound: fatal errors']));
    expect(titles.join('\n')).not.toContain('Elsewhere');
    expect(widgets.map((w) => w.type)).not.toContain('log');
    expect(alarmsOf(stack).map((a) => a.MetricName)).toEqual([...INSTANCE_ALARMS.map(([m]) => m), 'QueueCapacityExceededError', 'ContactFlowFatalErrors']);
    for (const alarm of alarmsOf(stack)) {
      expect(alarm.Dimensions).toContainEqual({ Name: 'InstanceId', Value: '11111111-2222-3333-4444-555555555555' });
    }
  });

  test('queues and flows imported with their names, functions and a flow log group are added by hand', () => {
    const { stack, instance } = importedInstance();
    const monitoring = new ContactCenterMonitoring(stack, 'Monitoring', {
      instance,
      alarmTopic: sns.Topic.fromTopicArn(stack, 'OnCall', TOPIC_ARN),
      flowLogGroup: logs.LogGroup.fromLogGroupName(stack, 'FlowLogs', '/aws/connect/acme-existing'),
    });
    monitoring.monitorQueue(Queue.fromQueueAttributes(stack, 'Basic', { queueArn: arnOf('queue', 'q-1'), queueName: 'BasicQueue' }));
    monitoring.monitorContactFlow(ContactFlow.fromContactFlowAttributes(stack, 'Default', {
      contactFlowArn: arnOf('contact-flow', 'f-1'), contactFlowName: 'Default customer queue',
    }));
    monitoring.monitorFunction(lambda.Function.fromFunctionArn(stack, 'Crm', 'arn:aws:lambda:us-east-1:123456789012:function:crm-lookup'));
    const widgets = widgetsOf(stack);
    expect(metricsOf(widgets)).toEqual(expect.arrayContaining([
      'AWS/Connect QueueSize InstanceId=11111111-2222-3333-4444-555555555555 MetricGroup=Queue QueueName=BasicQueue',
      'AWS/Connect ContactFlowErrors ContactFlowName=Default customer queue InstanceId=11111111-2222-3333-4444-555555555555 MetricGroup=ContactFlow',
      'AWS/Lambda Errors FunctionName=crm-lookup',
    ]));
    expect(widgets.find((w) => w.type === 'log')!.properties.query).toMatch(/^SOURCE '\/aws\/connect\/acme-existing' \| /);
    templateOf(stack).hasResourceProperties('AWS::CloudWatch::Alarm', {
      MetricName: 'QueueCapacityExceededError',
      Dimensions: Match.arrayWith([{ Name: 'QueueName', Value: 'BasicQueue' }]),
    });
  });

  test('a queue or flow imported without its name is refused at once, saying how to import it', () => {
    const { stack, instance } = importedInstance();
    const monitoring = instance.addMonitoring('Monitoring');
    expect(errorOf(() => monitoring.monitorQueue(Queue.fromQueueArn(stack, 'Basic', arnOf('queue', 'q-1')))))
      .toMatch(/^queueName is required for the metric QueueSize of 'TestStack\/Basic', imported without it: .*Queue\.fromQueueAttributes/);
    expect(errorOf(() => monitoring.monitorContactFlow(ContactFlow.fromContactFlowArn(stack, 'Default', arnOf('contact-flow', 'f-1')))))
      .toMatch(/^contactFlowName is required for the metric ContactFlowErrors of 'TestStack\/Default'/);
  });
});

describe('in a stack of its own', () => {
  test('the monitoring of an instance of another stack takes none of its resources, and references it', () => {
    const app = new App();
    const env = { account: '123456789012', region: 'us-east-1' };
    const connect = new Stack(app, 'Connect', { env });
    const instance = new ConnectInstance(connect, 'ContactCenter', { identity: IdentityManagement.connectManaged({ instanceAlias: 'acme-support' }) });
    instance.addQueue('Support', { hoursOfOperation: instance.addHoursOfOperation('Hours'), queueName: 'Support' });
    const watch = new Stack(app, 'Monitoring', { env });
    new ContactCenterMonitoring(watch, 'Monitoring', { instance, alarmTopic: sns.Topic.fromTopicArn(watch, 'OnCall', TOPIC_ARN) });
    const connectTemplate = Template.fromStack(connect);
    connectTemplate.resourceCountIs('AWS::CloudWatch::Alarm', 0);
    connectTemplate.resourceCountIs('AWS::CloudWatch::Dashboard', 0);
    const watchTemplate = Template.fromStack(watch);
    watchTemplate.resourceCountIs('AWS::CloudWatch::Alarm', 8);
    watchTemplate.hasResourceProperties('AWS::CloudWatch::Alarm', {
      MetricName: 'QueueCapacityExceededError',
      Dimensions: Match.arrayWith([{ Name: 'InstanceId', Value: { 'Fn::ImportValue': Match.stringLikeRegexp('ContactCenter') } }]),
    });
    // The dashboard body names the instance and the queue through the other stack's exports too.
    const [dashboard] = Object.values(watchTemplate.findResources('AWS::CloudWatch::Dashboard'));
    const imports = JSON.stringify(dashboard.Properties.DashboardBody).match(/Fn::ImportValue/g) ?? [];
    expect(imports.length).toBeGreaterThan(10);
    expect(JSON.stringify(dashboard.Properties.DashboardBody)).not.toContain('"Ref"');
  });
});

describe('bad input fails at synth, every problem at once', () => {
  test('the monitoring\'s props', () => {
    const { stack, instance } = importedInstance();
    expect(errorOf(() => new ContactCenterMonitoring(stack, 'Monitoring', {
      instance,
      dashboardName: 'acme support',
      alarms: {
        throttledCall: { enabled: false },
        concurrentCallsPercentage: { threshold: 120, evaluationPeriods: 0 },
        queueCapacityExceededError: { threshold: -1, evaluationPeriods: 289 },
        contactFlowFatalErrors: { enabled: 'no' },
      } as unknown as RecommendedAlarms,
      alarmTopic: TOPIC_ARN as unknown as sns.ITopic,
      alarmActions: [TOPIC_ARN as unknown as cloudwatch.IAlarmAction],
    }))).toBe([
      'ContactCenterMonitoring at \'TestStack/Monitoring\' has 9 invalid props:',
      '  - dashboardName may contain only letters, digits, - and _, got "acme support"',
      '  - alarms.throttledCall is not a recommended alarm: one of throttledCalls, callsBreachingConcurrencyQuota, concurrentCallsPercentage, '
        + 'misconfiguredPhoneNumbers, callRecordingUploadError, chatsBreachingActiveChatQuota, tasksBreachingConcurrencyQuota, queueCapacityExceededError, '
        + 'contactFlowFatalErrors, got {"enabled":false}',
      '  - alarms.concurrentCallsPercentage.threshold must be a number from 0 to 100, got 120',
      '  - alarms.concurrentCallsPercentage.evaluationPeriods must be a whole number from 1 to 288, got 0',
      '  - alarms.queueCapacityExceededError.threshold must be a number, 0 or more, got -1',
      '  - alarms.queueCapacityExceededError.evaluationPeriods must be a whole number from 1 to 288, got 289',
      '  - alarms.contactFlowFatalErrors.enabled must be true or false, got "no"',
      `  - alarmTopic must be an SNS topic (sns.ITopic), such as new sns.Topic() or sns.Topic.fromTopicArn(), got "${TOPIC_ARN}"`,
      `  - alarmActions[0] must be an alarm action (cloudwatch.IAlarmAction), such as new cloudwatch_actions.SnsAction(topic), got "${TOPIC_ARN}"`,
    ].join('\n'));
  });

  test('an instance of another Region or account, whose metrics the alarms could not watch', () => {
    const app = new App();
    const instance = ConnectInstance.fromInstanceArn(new Stack(app, 'Connect', { env: { account: '123456789012', region: 'us-east-1' } }),
      'ContactCenter', 'arn:aws:connect:eu-west-2:210987654321:instance/11111111-2222-3333-4444-555555555555');
    const watch = new Stack(app, 'Watch', { env: { account: '123456789012', region: 'us-east-1' } });
    expect(errorOf(() => new ContactCenterMonitoring(watch, 'Monitoring', { instance }))).toBe([
      'ContactCenterMonitoring at \'Watch/Monitoring\' has 2 invalid props:',
      '  - instance must be in the account of the monitoring\'s stack, 123456789012: its alarms watch metrics there, got "Connect/ContactCenter (account 210987654321)"',
      '  - instance must be in the Region of the monitoring\'s stack, us-east-1: its alarms watch metrics there, got "Connect/ContactCenter (Region eu-west-2)"',
    ].join('\n'));
  });

  test('a missing instance, a name too long, and a function that is not one', () => {
    const stack = newStack();
    expect(errorOf(() => new ContactCenterMonitoring(stack, 'Monitoring', { instance: undefined as unknown as IConnectInstance, dashboardName: 'd'.repeat(256) })))
      .toBe([
        'ContactCenterMonitoring at \'TestStack/Monitoring\' has 2 invalid props:',
        '  - instance is required, got undefined',
        `  - dashboardName must be 1 to 255 characters long (length 256), got "${'d'.repeat(77)}..."`,
      ].join('\n'));
    const monitoring = ConnectInstance.fromInstanceArn(stack, 'ContactCenter', INSTANCE_ARN).addMonitoring('Watch');
    expect(errorOf(() => monitoring.monitorFunction('crm-lookup' as unknown as lambda.IFunction)))
      .toBe('fn must be a Lambda function (lambda.IFunction) of \'TestStack/ContactCenter/Watch\', got crm-lookup');
  });
});

describe('the layout a person sees', () => {
  test('rendered: every widget in the 24 columns, none overlapping, rows without gaps, each box titled', () => {
    const { stack } = contactCenter();
    const widgets = widgetsOf(stack);
    expect(layoutProblems(widgets)).toEqual([]);
    // Each row starts where the one above ends.
    const tops = [...new Set(widgets.map((w) => w.y))].sort((a, b) => a - b);
    tops.slice(1).forEach((top, i) => expect(widgets.filter((w) => w.y === tops[i]).map((w) => w.y + w.height)).toContain(top));
    // Rows of graphs fill the width.
    for (const top of tops) {
      expect(widgets.filter((w) => w.y === top).reduce((sum, w) => sum + w.width, 0)).toBe(24);
    }
    const svg = drawDashboard(widgets, 'test');
    expect(svg.match(/<rect x=/g)).toHaveLength(widgets.length);
    for (const title of ['Amazon Connect acme-support', 'Queue Support: contacts waiting', 'Flow After hours: fatal errors', 'Recommended alarms']) {
      expect(svg).toContain(`>${title}</text>`);
    }
  });

  test('the layout check finds overlaps and widgets out of the grid', () => {
    const at = (x: number, y: number, width: number): Widget => ({ type: 'metric', x, y, width, height: 6, properties: { title: `${x},${y}`, metrics: [] } });
    expect(layoutProblems([at(0, 0, 12), at(8, 3, 8), at(20, 0, 8)])).toEqual([
      'widgets 0 (0,0) and 1 (8,3) overlap',
      'widget 2 (20,0) spans columns 20–28',
    ]);
  });

  test('docs/dashboard.svg is the example\'s dashboard as synthesized now (`npx projen example` redraws it)', () => {
    const app = new App({ context: EXAMPLE_CONTEXT, builtinCloudFormationValidation: false });
    const template = Template.fromStack(EXAMPLE.build(app, EXAMPLE_STACK_NAME)).toJSON();
    const [widgets] = [...dashboardWidgets(template).values()];
    const drawn = drawDashboard(widgets, 'The example\'s CloudWatch dashboard, as laid out in the console');
    expect(fs.readFileSync(path.join(__dirname, '..', 'docs', 'dashboard.svg'), 'utf-8')).toBe(drawn);
  });
});

describe('the README', () => {
  test('its table of the alarms has every recommended alarm, in order, at its threshold, missing data not breaching', () => {
    const readme = fs.readFileSync(path.join(__dirname, '..', 'README.md'), 'utf-8');
    const section = readme.slice(readme.indexOf('### Watching it'), readme.indexOf('### An existing instance'));
    const rows = section.split('\n').filter((line) => /^\| `\w+`/.test(line))
      .map((line) => line.split('|').map((cell) => cell.trim()))
      .map(([, key, at]) => [/`(\w+)`/.exec(key)![1], Number(/≥ (\d+)/.exec(at)![1])]);
    type Recommended = { key: string; threshold: number; treatMissingData: string };
    const all = [...RECOMMENDED, ...QUEUE_ALARMS, ...CONTACT_FLOW_ALARMS] as ReadonlyArray<Recommended>;
    expect(rows).toEqual(all.map((a) => [a.key, a.threshold]));
    expect(new Set(all.map((a) => a.treatMissingData))).toEqual(new Set(['notBreaching']));
    expect(section).toContain('![The example\'s dashboard');
    expect(section).toContain('(docs/dashboard.svg)');
  });
});
