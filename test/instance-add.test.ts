import * as path from 'path';
import { CfnResource, Stack } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { IConstruct } from 'constructs';
import {
  ConnectInstance, ContactFlowType, CustomMetricUnit, DataTableValueType, DayOfWeek, DeployerPolicy, EvaluationFormQuestion, FlowContent,
  IConnectInstance, IdentityManagement, IdentityManagementType, Integration, IntegrationAssociation, QuickConnectDestination, RoutingChannel,
  RuleAction, RuleEventSource, SecurityProfilePermission, TaskTemplateFieldType, TestCaseEntryPoint, TimeOfDay, UseCaseType,
} from '../src';
import { errorOf, newStack } from './helpers/stack';

/**
 * The next steps' resources added through the instance (`add…`), on an
 * instance created here and on one imported: each is a child of the
 * instance and sends the instance's ARN.
 */

const INSTANCE_ARN = 'arn:aws:connect:us-east-1:123456789012:instance/11111111-2222-3333-4444-555555555555';
const BOT_ALIAS_ARN = 'arn:aws:lex:us-east-1:123456789012:bot-alias/ABCDEFGHIJ/TSTALIASID';
const FLOW = FlowContent.fromFile(path.join(__dirname, 'fixtures', 'greeting-flow.json'));

/** Every add… method called once; the resources by CloudFormation type, with the property that names the instance. */
function addEverything(stack: Stack, instance: IConnectInstance) {
  const hours = instance.addHoursOfOperation('Hours');
  const flow = instance.addContactFlow('Inbound', { content: FLOW });
  const module = instance.addContactFlowModule('Greeting', { content: FLOW });
  const queue = instance.addQueue('Support', { hoursOfOperation: hours });
  const routingProfile = instance.addRoutingProfile('Agents', {
    defaultOutboundQueue: queue,
    queues: [{ queue, channel: RoutingChannel.VOICE }],
  });
  const securityProfile = instance.addSecurityProfile('Supervisors', { permissions: [SecurityProfilePermission.BASIC_AGENT_ACCESS] });
  const bucket = new s3.Bucket(stack, 'Audio');
  const prompt = instance.addPrompt('Welcome', { bucket, objectKey: 'prompts/welcome.wav' });
  const transfer = instance.addContactFlow('Transfer', { content: FLOW, type: ContactFlowType.QUEUE_TRANSFER });
  const quickConnect = instance.addQuickConnect('ToSupport', { destination: QuickConnectDestination.queue(queue, transfer) });
  const origin = instance.addApprovedOrigin('Site', { origin: 'https://support.example.com' });
  const fn = new lambda.Function(stack, 'Lookup', {
    runtime: lambda.Runtime.NODEJS_22_X,
    handler: 'index.handler',
    code: lambda.Code.fromInline('exports.handler = async () => ({})'),
  });
  const lambdaIntegration = instance.addIntegration('LookupFunction', { integration: Integration.lambdaFunction(fn) });
  const botIntegration = instance.addIntegration('Bot', { integration: Integration.lexV2BotAlias(BOT_ALIAS_ARN) });
  const taskTemplate = instance.addTaskTemplate('Refund', { contactFlow: flow, fields: [{ name: 'Name', type: TaskTemplateFieldType.NAME }] });
  const form = instance.addEvaluationForm('Quality', { sections: [{ title: 'A', questions: [EvaluationFormQuestion.text({ title: 'q' })] }] });
  const rule = instance.addRule('Evaluate', { eventSource: RuleEventSource.ON_CONTACT_EVALUATION_SUBMIT, condition: '[]', actions: [RuleAction.submitAutoEvaluation(form)] });
  const email = instance.addEmailAddress('SupportAddress', { emailAddress: 'support@acme.email.connect.aws' });
  const zendesk = IntegrationAssociation.fromIntegrationAssociationArn(stack, 'Zendesk', `${INSTANCE_ARN}/integration-association/zd-1`);
  const useCase = instance.addUseCase('ZendeskRules', { integrationAssociation: zendesk, useCaseType: UseCaseType.RULES_EVALUATION });
  const dataLake = instance.addDataLakeAssociation('Records', { dataSetId: 'contact_record' });
  const table = instance.addDataTable('Holidays');
  const day = table.addAttribute('Day', { attributeName: 'day', valueType: DataTableValueType.TEXT });
  table.addRecord('NewYear', { values: [{ attribute: day, value: '2027-01-01' }] });
  const metric = instance.addCustomMetric('Handled', { calculation: 'h', unit: CustomMetricUnit.INTEGER, components: [{ alias: 'h', metricName: 'CONTACTS_HANDLED' }] });
  const notification = instance.addNotification('WelcomeNotice', { content: { enUs: 'Welcome' } });
  const testCase = instance.addTestCase('Greets', { content: '{}', entryPoint: TestCaseEntryPoint.chat(flow) });
  const workspace = instance.addWorkspace('Workspace');
  return [
    { resource: hours, type: 'AWS::Connect::HoursOfOperation', instanceProp: 'InstanceArn' },
    { resource: flow, type: 'AWS::Connect::ContactFlow', instanceProp: 'InstanceArn' },
    { resource: module, type: 'AWS::Connect::ContactFlowModule', instanceProp: 'InstanceArn' },
    { resource: queue, type: 'AWS::Connect::Queue', instanceProp: 'InstanceArn' },
    { resource: routingProfile, type: 'AWS::Connect::RoutingProfile', instanceProp: 'InstanceArn' },
    { resource: securityProfile, type: 'AWS::Connect::SecurityProfile', instanceProp: 'InstanceArn' },
    { resource: prompt, type: 'AWS::Connect::Prompt', instanceProp: 'InstanceArn' },
    { resource: transfer, type: 'AWS::Connect::ContactFlow', instanceProp: 'InstanceArn' },
    { resource: quickConnect, type: 'AWS::Connect::QuickConnect', instanceProp: 'InstanceArn' },
    // The registry schemas of these two name the instance ARN InstanceId.
    { resource: origin, type: 'AWS::Connect::ApprovedOrigin', instanceProp: 'InstanceId' },
    { resource: lambdaIntegration, type: 'AWS::Connect::IntegrationAssociation', instanceProp: 'InstanceId' },
    { resource: botIntegration, type: 'AWS::Connect::IntegrationAssociation', instanceProp: 'InstanceId' },
    { resource: taskTemplate, type: 'AWS::Connect::TaskTemplate', instanceProp: 'InstanceArn' },
    { resource: form, type: 'AWS::Connect::EvaluationForm', instanceProp: 'InstanceArn' },
    { resource: rule, type: 'AWS::Connect::Rule', instanceProp: 'InstanceArn' },
    { resource: email, type: 'AWS::Connect::EmailAddress', instanceProp: 'InstanceArn' },
    { resource: table, type: 'AWS::Connect::DataTable', instanceProp: 'InstanceArn' },
    { resource: metric, type: 'AWS::Connect::Metric', instanceProp: 'InstanceArn' },
    { resource: notification, type: 'AWS::Connect::Notification', instanceProp: 'InstanceArn' },
    { resource: testCase, type: 'AWS::Connect::TestCase', instanceProp: 'InstanceArn' },
    { resource: workspace, type: 'AWS::Connect::Workspace', instanceProp: 'InstanceArn' },
    // These two take the instance's id, not its ARN.
    { resource: useCase, type: 'AWS::Connect::UseCase', instanceProp: 'InstanceId', byId: true },
    { resource: dataLake, type: 'AWS::Connect::DataLakeAssociation', instanceProp: 'InstanceId', byId: true },
  ];
}

/** Each resource is `<instance path>/<id>`, its L1 `Resource` is in the template with its type and the instance's ARN. */
function expectUnderInstance(stack: Stack, instance: IConnectInstance, added: ReturnType<typeof addEverything>, instanceArn: unknown) {
  const template = Template.fromStack(stack);
  for (const { resource, type, instanceProp, byId } of added as Array<(typeof added)[number] & { byId?: boolean }>) {
    expect(resource.node.scope).toBe(instance);
    const l1 = resource.node.defaultChild as CfnResource;
    expect(l1.node.path).toBe(`${instance.node.path}/${resource.node.id}/Resource`);
    const logicalId = stack.getLogicalId(l1);
    const expected = byId ? stack.resolve(instance.instanceId) : instanceArn;
    expect(template.findResources(type, { Properties: { [instanceProp]: expected } })).toHaveProperty([logicalId]);
    template.hasResourceProperties(type, { [instanceProp]: expected });
  }
  // One resource of each kind per add…, two flows, two integrations.
  expect(Object.keys(template.findResources('AWS::Connect::ContactFlow'))).toHaveLength(2);
  expect(Object.keys(template.findResources('AWS::Connect::IntegrationAssociation'))).toHaveLength(2);
}

/** The construct under `scope` whose CloudFormation type is `type` (one only). */
function onlyOfType(scope: IConstruct, type: string): CfnResource {
  const found = scope.node.findAll().filter((c): c is CfnResource => CfnResource.isCfnResource(c) && c.cfnResourceType === type);
  expect(found).toHaveLength(1);
  return found[0];
}

describe('add… on an instance created here', () => {
  test('every resource is a child of the instance and sends its ARN (GetAtt)', () => {
    const stack = newStack();
    const instance = new ConnectInstance(stack, 'ContactCenter', { identity: IdentityManagement.connectManaged({ instanceAlias: 'acme-support' }) });
    const added = addEverything(stack, instance);
    const instanceLogicalId = stack.getLogicalId(onlyOfType(instance, 'AWS::Connect::Instance'));
    expectUnderInstance(stack, instance, added, { 'Fn::GetAtt': [instanceLogicalId, 'Arn'] });
  });

  test('the references between them are kept: queue → hours, routing profile → queue, quick connect → queue and flow', () => {
    const stack = newStack();
    const instance = new ConnectInstance(stack, 'ContactCenter', { identity: IdentityManagement.connectManaged({ instanceAlias: 'acme-support' }) });
    addEverything(stack, instance);
    const template = Template.fromStack(stack);
    const hoursId = stack.getLogicalId(onlyOfType(instance.node.findChild('Hours'), 'AWS::Connect::HoursOfOperation'));
    const queueId = stack.getLogicalId(onlyOfType(instance.node.findChild('Support'), 'AWS::Connect::Queue'));
    const transferId = stack.getLogicalId(onlyOfType(instance.node.findChild('Transfer'), 'AWS::Connect::ContactFlow'));
    template.hasResourceProperties('AWS::Connect::Queue', { HoursOfOperationArn: { 'Fn::GetAtt': [hoursId, 'HoursOfOperationArn'] } });
    template.hasResourceProperties('AWS::Connect::RoutingProfile', {
      DefaultOutboundQueueArn: { 'Fn::GetAtt': [queueId, 'QueueArn'] },
    });
    template.hasResourceProperties('AWS::Connect::QuickConnect', {
      QuickConnectConfig: Match.objectLike({
        QueueConfig: { QueueArn: { 'Fn::GetAtt': [queueId, 'QueueArn'] }, ContactFlowArn: { 'Fn::GetAtt': [transferId, 'ContactFlowArn'] } },
      }),
    });
  });

  test('the Lambda permission lands under the association, for this instance only', () => {
    const stack = newStack();
    const instance = new ConnectInstance(stack, 'ContactCenter', { identity: IdentityManagement.connectManaged({ instanceAlias: 'acme-support' }) });
    addEverything(stack, instance);
    const permission = onlyOfType(instance.node.findChild('LookupFunction'), 'AWS::Lambda::Permission');
    const instanceLogicalId = stack.getLogicalId(onlyOfType(instance, 'AWS::Connect::Instance'));
    expect(Template.fromStack(stack).findResources('AWS::Lambda::Permission', {
      Properties: { Principal: 'connect.amazonaws.com', SourceArn: { 'Fn::GetAtt': [instanceLogicalId, 'Arn'] } },
    })).toHaveProperty([stack.getLogicalId(permission)]);
  });

  test('addHoursOfOperation without options: open around the clock every day, in UTC', () => {
    const stack = newStack();
    const instance = new ConnectInstance(stack, 'ContactCenter', { identity: IdentityManagement.connectManaged({ instanceAlias: 'acme-support' }) });
    instance.addHoursOfOperation('Hours');
    const config = Template.fromStack(stack).findResources('AWS::Connect::HoursOfOperation');
    const [hours] = Object.values(config) as any[];
    expect(hours.Properties.TimeZone).toBe('UTC');
    expect(hours.Properties.Config.map((c: any) => c.Day).sort()).toEqual(Object.values(DayOfWeek).sort());
  });
});

describe('add… on an imported instance', () => {
  test('every resource is a child of the imported instance and sends the literal ARN', () => {
    const stack = newStack();
    const instance = ConnectInstance.fromInstanceAttributes(stack, 'Existing', {
      instanceArn: INSTANCE_ARN,
      identityManagementType: IdentityManagementType.CONNECT_MANAGED,
    });
    const added = addEverything(stack, instance);
    expectUnderInstance(stack, instance, added, INSTANCE_ARN);
  });

  test('an instance imported by ARN alone takes them too', () => {
    const stack = newStack();
    const instance = ConnectInstance.fromInstanceArn(stack, 'Existing', INSTANCE_ARN);
    const queue = instance.addQueue('Support', { hoursOfOperation: instance.addHoursOfOperation('Hours') });
    expect(queue.node.path).toBe('TestStack/Existing/Support');
    Template.fromStack(stack).hasResourceProperties('AWS::Connect::Queue', { InstanceArn: INSTANCE_ARN });
  });
});

describe('errors through add…', () => {
  test('bad input is named by its prop, at the path under the instance', () => {
    const stack = newStack();
    const instance = ConnectInstance.fromInstanceArn(stack, 'Existing', INSTANCE_ARN);
    const monday = (start: number, end: number) => ({ day: DayOfWeek.MONDAY, start: TimeOfDay.of(start), end: TimeOfDay.of(end) });
    expect(errorOf(() => instance.addHoursOfOperation('Hours', { hours: [monday(9, 12), monday(11, 17)] }))).toBe(
      "HoursOfOperation at 'TestStack/Existing/Hours' has 1 invalid prop:\n"
      + '  - hours[1] (MONDAY 11:00 to 17:00) overlaps hours[0] (MONDAY 09:00 to 12:00)');
  });

  test('an instance smuggled into the options (untyped JavaScript) does not replace the instance', () => {
    const stack = newStack();
    const instance = ConnectInstance.fromInstanceArn(stack, 'Existing', INSTANCE_ARN);
    const other = ConnectInstance.fromInstanceArn(stack, 'Other', INSTANCE_ARN.replace('11111111', '99999999'));
    instance.addApprovedOrigin('Site', { origin: 'https://support.example.com', instance: other } as any);
    Template.fromStack(stack).hasResourceProperties('AWS::Connect::ApprovedOrigin', { InstanceId: INSTANCE_ARN });
  });

  test('a missing required option fails naming it (untyped JavaScript)', () => {
    const stack = newStack();
    const instance = ConnectInstance.fromInstanceArn(stack, 'Existing', INSTANCE_ARN);
    expect(errorOf(() => instance.addQueue('Support', {} as any))).toContain('  - hoursOfOperation is required, got undefined');
  });
});

describe('the deployer policies cover what add… makes', () => {
  test.each([
    ['a created instance', (stack: Stack) => new ConnectInstance(stack, 'ContactCenter', { identity: IdentityManagement.connectManaged({ instanceAlias: 'acme-support' }) })],
    ['an imported instance', (stack: Stack) => ConnectInstance.fromInstanceArn(stack, 'Existing', INSTANCE_ARN)],
  ])('%s: every action of every resource type in the stack is in forConnectInstance or forNextSteps', (_name, instanceOf) => {
    const stack = newStack();
    addEverything(stack, instanceOf(stack));
    const granted = new Set([DeployerPolicy.forConnectInstance(stack), DeployerPolicy.forNextSteps(stack)]
      .flatMap((document) => stack.resolve(document.toJSON()).Statement)
      .flatMap((s: { Action: string | string[] }) => (Array.isArray(s.Action) ? s.Action : [s.Action])));
    const types = new Set(Object.values(Template.fromStack(stack).toJSON().Resources).map((r: any) => r.Type as string));
    expect(types).toContain('AWS::Lambda::Permission');
    for (const type of types) {
      expect({ type, missing: DeployerPolicy.actionsFor(type).filter((a) => !granted.has(a)) }).toEqual({ type, missing: [] });
    }
  });
});
