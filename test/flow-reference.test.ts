import * as fs from 'fs';
import * as path from 'path';
import { App, Fn, Stack } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as s3 from 'aws-cdk-lib/aws-s3';
import {
  ConnectInstance, ContactFlow, ContactFlowModule, ContactFlowType, FlowContent, FlowImportOptions, FlowReference, HoursOfOperation, IConnectInstance,
  Prompt, Queue, QuickConnect, QuickConnectDestination, User,
} from '../src';
import { lintTemplates } from './harness/cfn-lint';
import { CFN_LINT_ACKNOWLEDGED, CfnLintAcknowledgement, cfnLintFailures } from './harness/cfn-lint-acknowledgements';
import { arnOf, importedInstance, INSTANCE_ARN } from './helpers/instance';
import { errorOf, templateOf } from './helpers/stack';

/**
 * Flows exported from another instance (`DescribeContactFlow`): the content or the whole response,
 * from a file or a string, its references to the source instance mapped onto the stack's resources
 * by ARN, id or name; what is left to the source instance or account fails the synth.
 */

const EXPORTED = path.join(__dirname, 'fixtures', 'exported-flow.json');
const EXPORTED_TEXT = fs.readFileSync(EXPORTED, 'utf-8');
const GREETING = path.join(__dirname, 'fixtures', 'greeting-flow.json');

const SOURCE_INSTANCE = 'arn:aws:connect:us-west-2:111122223333:instance/aaaaaaaa-1111-2222-3333-444444444444';
const SOURCE = {
  queue: `${SOURCE_INSTANCE}/queue/c2c2c2c2-5555-6666-7777-888888888888`,
  prompt: `${SOURCE_INSTANCE}/prompt/b1b1b1b1-5555-6666-7777-888888888888`,
  flow: `${SOURCE_INSTANCE}/contact-flow/f0f0f0f0-5555-6666-7777-888888888888`,
  lambda: 'arn:aws:lambda:us-west-2:111122223333:function:customer-lookup',
};

/**
 * A flow of the source instance whose actions `a` to `e` name a user by id, hours of operation, a module by id, a quick
 * connect inside text and a bot alias of the source account, followed by `more` actions.
 */
function referringTo(...more: Record<string, unknown>[]) {
  return {
    Version: '2019-10-30',
    StartAction: 'a',
    Actions: [
      { Identifier: 'a', Type: 'UpdateContactTargetQueue', Parameters: { AgentId: 'agent-1' }, Transitions: {} },
      { Identifier: 'b', Type: 'CheckHoursOfOperation', Parameters: { HoursOfOperationId: `${SOURCE_INSTANCE}/operating-hours/h1` }, Transitions: {} },
      { Identifier: 'c', Type: 'InvokeFlowModule', Parameters: { FlowModuleId: 'module-1' }, Transitions: {} },
      { Identifier: 'd', Type: 'UpdateContactAttributes', Parameters: { Attributes: { next: `see ${SOURCE_INSTANCE}/transfer-destination/qc1 now` } }, Transitions: {} },
      { Identifier: 'e', Type: 'ConnectParticipantWithLexBot', Parameters: { LexV2Bot: { AliasArn: 'arn:aws:lex:us-west-2:111122223333:bot-alias/BOT1/ALIAS1' } }, Transitions: {} },
      ...more,
    ],
  };
}

/** A flow-language document of one action with `parameters`, then a disconnect. */
function oneAction(type: string, parameters: Record<string, unknown>, metadata?: Record<string, unknown>): Record<string, unknown> {
  return {
    Version: '2019-10-30',
    StartAction: 'act',
    ...(metadata ? { Metadata: { ActionMetadata: { act: metadata } } } : {}),
    Actions: [
      { Identifier: 'act', Type: type, Parameters: parameters, Transitions: { NextAction: 'end', Errors: [{ NextAction: 'end', ErrorType: 'NoMatchingError' }] } },
      { Identifier: 'end', Type: 'DisconnectParticipant', Parameters: {}, Transitions: {} },
    ],
  };
}

/** What a stack brings to the exported flow: its own queue, prompt, function and support flow. */
function environment(stack: Stack, instance: IConnectInstance) {
  const hours = new HoursOfOperation(stack, 'Hours', { instance });
  const queue = new Queue(stack, 'SalesQueue', { instance, hoursOfOperation: hours, queueName: 'Sales' });
  const prompt = new Prompt(stack, 'Welcome', { instance, bucket: new s3.Bucket(stack, 'Audio'), objectKey: 'welcome.wav' });
  const fn = new lambda.Function(stack, 'Lookup', {
    runtime: lambda.Runtime.NODEJS_22_X,
    handler: 'index.handler',
    code: lambda.Code.fromInline('exports.handler = async () => ({})'),
  });
  const support = new ContactFlow(stack, 'Support', { instance, content: FlowContent.fromFile(GREETING) });
  const references = [
    FlowReference.queue(SOURCE.queue, queue),
    FlowReference.prompt('Welcome.wav', prompt),
    FlowReference.lambdaFunction(SOURCE.lambda, fn),
    FlowReference.contactFlow('Support flow', support),
  ];
  return { queue, prompt, fn, support, references };
}

/** The deployed content of the flow `id`: the parsed JSON with each `Fn::GetAtt` written as `<logical id>.<attribute>`. */
function deployedContent(stack: Stack, id: string): any {
  const flows = templateOf(stack).findResources('AWS::Connect::ContactFlow');
  const [, flow] = Object.entries(flows).find(([logicalId]) => logicalId.startsWith(id))!;
  const content = flow.Properties.Content;
  if (typeof content === 'string') {
    return JSON.parse(content);
  }
  const [sep, parts] = content['Fn::Join'];
  return JSON.parse(parts.map((p: any) => (typeof p === 'string' ? p : `${p['Fn::GetAtt'][0]}.${p['Fn::GetAtt'][1]}`)).join(sep));
}

function parametersOf(content: any, identifier: string): any {
  return content.Actions.find((a: any) => a.Identifier === identifier).Parameters;
}

describe('one flow file, two accounts', () => {
  const app = new App({ context: { '@aws-cdk/core:validateAgainstDefaultRules': true } });
  const stacks = [
    { id: 'Test', env: { account: '222233334444', region: 'eu-west-2' } },
    { id: 'Prod', env: { account: '555566667777', region: 'eu-central-1' } },
  ].map(({ id, env }) => {
    const stack = new Stack(app, id, { env });
    const instance = ConnectInstance.fromInstanceArn(stack, 'ContactCenter',
      `arn:aws:connect:${env.region}:${env.account}:instance/${id === 'Test' ? '22222222' : '55555555'}-aaaa-bbbb-cccc-dddddddddddd`);
    const { references } = environment(stack, instance);
    new ContactFlow(stack, 'Inbound', { instance, content: FlowContent.fromFile(EXPORTED, { references }) });
    return { stack, instance };
  });

  test.each([0, 1])('stack %#: each reference is the stack\'s own resource, nothing of the source account is left', (i) => {
    const { stack } = stacks[i];
    const content = deployedContent(stack, 'Inbound');
    expect(parametersOf(content, 'greet')).toEqual({ PromptId: expect.stringMatching(/^Welcome[0-9A-F]{8}\.PromptArn$/) });
    expect(parametersOf(content, 'lookup')).toEqual({
      LambdaFunctionARN: expect.stringMatching(/^Lookup[0-9A-F]{8}\.Arn$/),
      InvocationTimeLimitSeconds: '8',
      ResponseValidation: { ResponseType: 'STRING_MAP' },
    });
    expect(parametersOf(content, 'set-sales-queue')).toEqual({ QueueId: expect.stringMatching(/^SalesQueue[0-9A-F]{8}\.QueueArn$/) });
    expect(parametersOf(content, 'to-support-flow')).toEqual({ ContactFlowId: expect.stringMatching(/^Support[0-9A-F]{8}\.ContactFlowArn$/) });
    // The designer's record of the flow it transfers to follows the mapping too.
    expect(content.Metadata.ActionMetadata['to-support-flow'].contactFlow)
      .toEqual({ id: expect.stringMatching(/^Support[0-9A-F]{8}\.ContactFlowArn$/), text: 'Support flow' });
    expect(JSON.stringify(templateOf(stack).toJSON())).not.toContain('111122223333');
    // Everything else is as exported.
    const shape = (doc: any) => doc.Actions.map((a: any) => [a.Identifier, a.Type, a.Transitions]);
    expect(shape(content)).toEqual(shape(JSON.parse(EXPORTED_TEXT)));
  });

  test.each([0, 1])('stack %#: the function is associated with the stack\'s instance, which may invoke it', (i) => {
    const { stack, instance } = stacks[i];
    const template = templateOf(stack);
    template.resourceCountIs('AWS::Connect::IntegrationAssociation', 1);
    template.hasResourceProperties('AWS::Connect::IntegrationAssociation', {
      InstanceId: instance.instanceArn,
      IntegrationType: 'LAMBDA_FUNCTION',
      IntegrationArn: { 'Fn::GetAtt': [Match.stringLikeRegexp('^Lookup'), 'Arn'] },
    });
    template.hasResourceProperties('AWS::Lambda::Permission', {
      Action: 'lambda:InvokeFunction',
      Principal: 'connect.amazonaws.com',
      SourceArn: instance.instanceArn,
      SourceAccount: stack.account,
    });
    template.hasResource('AWS::Connect::ContactFlow', {
      Properties: { Name: Match.stringLikeRegexp('Inbound') },
      DependsOn: Match.arrayWith([Match.stringLikeRegexp('^ContactCenterFlowIntegrationFunction')]),
    });
  });

  test('cfn-lint: no error, no unacknowledged warning in either template', () => {
    const templates = Object.fromEntries(stacks.map(({ stack }) => [stack.stackName, Template.fromStack(stack).toJSON()]));
    const testFunction: CfnLintAcknowledgement = {
      rule: 'W3005',
      resource: /^Lookup[0-9A-F]{8}$/,
      message: /^'LookupServiceRole[0-9A-F]{8}' dependency already enforced by a 'GetAtt'/,
      reason: 'the test\'s own lambda.Function, whose role aws-cdk-lib makes it depend on beside the Fn::GetAtt',
    };
    expect(cfnLintFailures(lintTemplates(templates, { regions: ['eu-west-2', 'eu-central-1'] }), [...CFN_LINT_ACKNOWLEDGED, testFunction])).toEqual([]);
  });

  test('snapshot: the test account\'s stack', () => {
    expect(Template.fromStack(stacks[0].stack).toJSON()).toMatchSnapshot();
  });
});

describe('the content as DescribeContactFlow returns it', () => {
  function response(overrides: Record<string, unknown> = {}): string {
    return JSON.stringify({
      ContactFlow: {
        Arn: `${SOURCE_INSTANCE}/contact-flow/99999999-5555-6666-7777-888888888888`,
        Id: '99999999-5555-6666-7777-888888888888',
        Name: 'Main inbound',
        Type: 'CONTACT_FLOW',
        State: 'ACTIVE',
        Status: 'PUBLISHED',
        Content: EXPORTED_TEXT,
        ...overrides,
      },
    });
  }

  function importInto(content: (options: FlowImportOptions) => FlowContent, type?: ContactFlowType) {
    const { stack, instance } = importedInstance();
    const { references } = environment(stack, instance);
    new ContactFlow(stack, 'Inbound', { instance, type, content: content({ references }) });
    return stack;
  }

  test('the whole response, from a string or a file, deploys its Content mapped as the content alone does', () => {
    const expected = deployedContent(importInto(options => FlowContent.fromFile(EXPORTED, options)), 'Inbound');
    expect(deployedContent(importInto(options => FlowContent.fromDescribeResponse(response(), options)), 'Inbound')).toEqual(expected);
    expect(deployedContent(importInto(options => FlowContent.fromString(response(), options)), 'Inbound')).toEqual(expected);
    const file = path.join(__dirname, 'fixtures', 'describe-response.tmp.json');
    fs.writeFileSync(file, response());
    try {
      expect(deployedContent(importInto(options => FlowContent.fromFile(file, options)), 'Inbound')).toEqual(expected);
    } finally {
      fs.unlinkSync(file);
    }
  });

  test('a response with nothing to map deploys its Content as written', () => {
    const { stack, instance } = importedInstance();
    const greeting = fs.readFileSync(GREETING, 'utf-8');
    new ContactFlow(stack, 'Flow', { instance, content: FlowContent.fromDescribeResponse(JSON.stringify({ ContactFlow: { Type: 'CONTACT_FLOW', Content: greeting } })) });
    templateOf(stack).hasResourceProperties('AWS::Connect::ContactFlow', { Content: greeting });
  });

  test('a DescribeContactFlowModule response deploys as a flow module', () => {
    const { stack, instance } = importedInstance();
    const module = oneAction('UpdateContactTargetQueue', { QueueId: SOURCE.queue });
    new ContactFlowModule(stack, 'Module', {
      instance,
      content: FlowContent.fromDescribeResponse(JSON.stringify({ ContactFlowModule: { Arn: `${SOURCE_INSTANCE}/flow-module/m1`, Content: JSON.stringify(module) } }), {
        references: [FlowReference.queue(SOURCE.queue, Queue.fromQueueArn(stack, 'Queue', arnOf('queue', 'q1')))],
      }),
    });
    const [resource] = Object.values(templateOf(stack).findResources('AWS::Connect::ContactFlowModule'));
    expect(JSON.parse(resource.Properties.Content).Actions[0].Parameters).toEqual({ QueueId: arnOf('queue', 'q1') });
  });

  test('fromDescribeResponse needs a response; the response\'s type must be the flow\'s', () => {
    expect(errorOf(() => importInto(options => FlowContent.fromDescribeResponse(EXPORTED_TEXT, options))))
      .toContain('  - content (DescribeContactFlow response) must be a DescribeContactFlow response: {"ContactFlow": {"Content": "…", …}}, got "{\\n  \\"Version\\"');
    expect(errorOf(() => importInto(options => FlowContent.fromDescribeResponse(response({ Type: 'CUSTOMER_QUEUE' }), options))))
      .toContain('  - content (DescribeContactFlow response) must be a CONTACT_FLOW flow, the type of this flow (set its type to deploy a CUSTOMER_QUEUE flow), got "CUSTOMER_QUEUE"');
    expect(() => importInto(options => FlowContent.fromDescribeResponse(response({ Type: 'CUSTOMER_QUEUE' }), options), ContactFlowType.CUSTOMER_QUEUE))
      .not.toThrow(/must be a CONTACT_FLOW flow/);
    const { stack, instance } = importedInstance();
    expect(errorOf(() => new ContactFlowModule(stack, 'Module', { instance, content: FlowContent.fromDescribeResponse(response()) })))
      .toContain('  - content (DescribeContactFlow response) must describe a flow module (DescribeContactFlowModule), got "a ContactFlow response"');
  });

  test('the structural checks still run on the Content of a response', () => {
    const broken = JSON.stringify({ Version: '2019-10-30', StartAction: 'nowhere', Actions: [] });
    const message = errorOf(() => importInto(options => FlowContent.fromDescribeResponse(response({ Content: broken }), options)));
    expect(message).toContain('  - content (DescribeContactFlow response).StartAction must be the Identifier of an action in content (DescribeContactFlow response).Actions, got "nowhere"');
    expect(errorOf(() => importInto(options => FlowContent.fromDescribeResponse(response({ Content: '{ "Version": ' }), options))))
      .toContain('  - content (DescribeContactFlow response) must be valid JSON');
  });
});

describe('what is left to the source instance fails the synth', () => {
  test('every unmapped reference at once, naming the action, the parameter and the ARN', () => {
    const { stack, instance } = importedInstance();
    const message = errorOf(() => new ContactFlow(stack, 'Inbound', { instance, content: FlowContent.fromFile(EXPORTED) }));
    expect(message).toContain("ContactFlow at 'TestStack/Inbound' has 4 invalid props:");
    expect(message).toContain(`  - content (file ${EXPORTED}): action "greet" (MessageParticipant) Parameters.PromptId refers to the prompt ${SOURCE.prompt} ("Welcome.wav") of another instance: map it with FlowReference.prompt(…)`);
    expect(message).toContain(`  - content (file ${EXPORTED}): action "lookup" (InvokeLambdaFunction) Parameters.LambdaFunctionARN refers to the Lambda function ${SOURCE.lambda} ("customer-lookup") of the source account 111122223333: map it with FlowReference.lambdaFunction(…)`);
    expect(message).toContain(`  - content (file ${EXPORTED}): action "set-sales-queue" (UpdateContactTargetQueue) Parameters.QueueId refers to the queue ${SOURCE.queue} ("Sales") of another instance: map it with FlowReference.queue(…)`);
    expect(message).toContain(`  - content (file ${EXPORTED}): action "to-support-flow" (TransferToFlow) Parameters.ContactFlowId refers to the flow ${SOURCE.flow} ("Support flow") of another instance: map it with FlowReference.contactFlow(…)`);
  });

  test('one reference left unmapped is the only problem', () => {
    const { stack, instance } = importedInstance();
    const { references } = environment(stack, instance);
    const message = errorOf(() => new ContactFlow(stack, 'Inbound', {
      instance, content: FlowContent.fromFile(EXPORTED, { references: references.filter(r => r.source !== SOURCE.queue) }),
    }));
    expect(message).toContain('has 1 invalid prop:');
    expect(message).toContain(`action "set-sales-queue" (UpdateContactTargetQueue) Parameters.QueueId refers to the queue ${SOURCE.queue} ("Sales") of another instance`);
  });

  test('ids of the source instance, ARNs inside longer text, users, quick connects, hours, modules, bots and other resources', () => {
    const { stack, instance } = importedInstance();
    const content = referringTo(
      { Identifier: 'f', Type: 'CreateTask', Parameters: { TemplateArn: `${SOURCE_INSTANCE}/task-template/t1` }, Transitions: {} },
      { Identifier: 'g', Type: 'UpdateContactTargetQueue', Parameters: { QueueId: '$.Attributes.queue' }, Transitions: {} },
    );
    const message = errorOf(() => new ContactFlow(stack, 'Flow', {
      instance,
      content: FlowContent.fromDescribeResponse(JSON.stringify({ ContactFlow: { Arn: SOURCE.flow, Type: 'CONTACT_FLOW', Content: JSON.stringify(content) } })),
    }));
    const at = '  - content (DescribeContactFlow response): ';
    expect(message).toContain(`${at}action "a" (UpdateContactTargetQueue) Parameters.AgentId refers to the user id "agent-1" of the source instance: map its ARN or name with FlowReference.user(…)`);
    expect(message).toContain(`${at}action "b" (CheckHoursOfOperation) Parameters.HoursOfOperationId refers to the hours of operation ${SOURCE_INSTANCE}/operating-hours/h1 of another instance: map it with FlowReference.hoursOfOperation(…)`);
    expect(message).toContain(`${at}action "c" (InvokeFlowModule) Parameters.FlowModuleId refers to the flow module id "module-1" of the source instance: map its ARN or name with FlowReference.contactFlowModule(…)`);
    expect(message).toContain(`${at}action "d" (UpdateContactAttributes) Parameters.Attributes.next refers to the quick connect ${SOURCE_INSTANCE}/transfer-destination/qc1 of another instance: map it with FlowReference.quickConnect(…)`);
    expect(message).toContain(`${at}action "e" (ConnectParticipantWithLexBot) Parameters.LexV2Bot.AliasArn refers to the Lex V2 bot alias arn:aws:lex:us-west-2:111122223333:bot-alias/BOT1/ALIAS1 of the source account 111122223333: map it with FlowReference.lexBotAlias(…)`);
    expect(message).toContain(`${at}action "f" (CreateTask) Parameters.TemplateArn refers to the resource ${SOURCE_INSTANCE}/task-template/t1 of another instance: map it with FlowReference.arn(…)`);
    expect(message).toContain('has 6 invalid props');
  });

  test('...and each maps: by id, inside text, bots associated with the instance, any other ARN as given', () => {
    const { stack, instance } = importedInstance();
    const user = User.fromUserArn(stack, 'User', arnOf('agent', 'u1'));
    const hours = HoursOfOperation.fromHoursOfOperationArn(stack, 'Hours', arnOf('operating-hours', 'h2'));
    const module = ContactFlowModule.fromContactFlowModuleArn(stack, 'Module', arnOf('flow-module', 'm2'));
    const qc = QuickConnect.fromQuickConnectArn(stack, 'Qc', arnOf('transfer-destination', 'qc2'));
    const bot = 'arn:aws:lex:us-east-1:123456789012:bot-alias/BOT2/ALIAS2';
    const content = referringTo(
      { Identifier: 'f', Type: 'CreateTask', Parameters: { TemplateArn: `${SOURCE_INSTANCE}/task-template/t1`, Instance: SOURCE_INSTANCE }, Transitions: {} },
    );
    new ContactFlow(stack, 'Flow', {
      instance,
      content: FlowContent.fromString(JSON.stringify(content), {
        references: [
          FlowReference.user('agent-1', user),
          FlowReference.hoursOfOperation(`${SOURCE_INSTANCE}/operating-hours/h1`, hours),
          FlowReference.contactFlowModule(`${SOURCE_INSTANCE}/flow-module/module-1`, module),
          FlowReference.quickConnect(`${SOURCE_INSTANCE}/transfer-destination/qc1`, qc),
          FlowReference.lexBotAlias('arn:aws:lex:us-west-2:111122223333:bot-alias/BOT1/ALIAS1', bot),
          FlowReference.arn(`${SOURCE_INSTANCE}/task-template/t1`, arnOf('task-template', 't2')),
        ],
      }),
    });
    const template = templateOf(stack);
    const [flow] = Object.values(template.findResources('AWS::Connect::ContactFlow'));
    expect(JSON.parse(flow.Properties.Content).Actions.map((a: any) => a.Parameters)).toEqual([
      { AgentId: arnOf('agent', 'u1') },
      { HoursOfOperationId: arnOf('operating-hours', 'h2') },
      { FlowModuleId: arnOf('flow-module', 'm2') },
      { Attributes: { next: `see ${arnOf('transfer-destination', 'qc2')} now` } },
      { LexV2Bot: { AliasArn: bot } },
      // The source instance itself is the flow's instance.
      { TemplateArn: arnOf('task-template', 't2'), Instance: INSTANCE_ARN },
    ]);
    template.hasResourceProperties('AWS::Connect::IntegrationAssociation', { InstanceId: INSTANCE_ARN, IntegrationType: 'LEX_BOT', IntegrationArn: bot });
  });

  test('ARNs of the flow\'s own instance, and of functions outside the source account, are left as they are', () => {
    const { stack, instance } = importedInstance();
    const content = oneAction('InvokeLambdaFunction', { LambdaFunctionARN: 'arn:aws:lambda:us-east-1:999999999999:function:shared' });
    content.Actions = [...(content.Actions as any[]), {
      Identifier: 'q', Type: 'UpdateContactTargetQueue', Parameters: { QueueId: arnOf('queue', 'q1') }, Transitions: {},
    }];
    const text = JSON.stringify(content);
    new ContactFlow(stack, 'Flow', { instance, content: FlowContent.fromString(text) });
    templateOf(stack).hasResourceProperties('AWS::Connect::ContactFlow', { Content: text });
  });

  test('in an instance known only at deploy time, every instance-specific ARN is another instance\'s', () => {
    const stack = new Stack(new App(), 'Deployed', { env: { account: '123456789012', region: 'us-east-1' } });
    const instance = ConnectInstance.fromInstanceArn(stack, 'ContactCenter', Fn.importValue('ContactCenterArn'));
    const text = JSON.stringify(oneAction('UpdateContactTargetQueue', { QueueId: arnOf('queue', 'q1') }));
    expect(errorOf(() => new ContactFlow(stack, 'Flow', { instance, content: FlowContent.fromString(text) })))
      .toContain(`action "act" (UpdateContactTargetQueue) Parameters.QueueId refers to the queue ${arnOf('queue', 'q1')} of another instance`);
  });
});

describe('references by name', () => {
  const twoSales = {
    Version: '2019-10-30',
    StartAction: 'a',
    Metadata: {
      ActionMetadata: {
        a: { parameters: { QueueId: { displayName: 'Sales' } } },
        b: { parameters: { QueueId: { displayName: 'Sales' } } },
        c: { parameters: { PromptId: { displayName: 'Sales' } } },
      },
    },
    Actions: [
      { Identifier: 'a', Type: 'UpdateContactTargetQueue', Parameters: { QueueId: `${SOURCE_INSTANCE}/queue/q1` }, Transitions: { NextAction: 'b' } },
      { Identifier: 'b', Type: 'UpdateContactTargetQueue', Parameters: { QueueId: `${SOURCE_INSTANCE}/queue/q2` }, Transitions: { NextAction: 'c' } },
      { Identifier: 'c', Type: 'MessageParticipant', Parameters: { PromptId: `${SOURCE_INSTANCE}/prompt/p1` }, Transitions: {} },
    ],
  };

  test('a name shown for two different resources of the kind is ambiguous; of another kind, it is not', () => {
    const { stack, instance } = importedInstance();
    const queue = Queue.fromQueueArn(stack, 'Queue', arnOf('queue', 'sales'));
    const prompt = Prompt.fromPromptArn(stack, 'Prompt', arnOf('prompt', 'sales'));
    const message = errorOf(() => new ContactFlow(stack, 'Flow', {
      instance,
      content: FlowContent.fromString(JSON.stringify(twoSales), { references: [FlowReference.queue('Sales', queue), FlowReference.prompt('Sales', prompt)] }),
    }));
    expect(message).toContain('  - content (string): references[0] FlowReference.queue("Sales", …) is ambiguous: the content shows that name for 2 different queue '
      + `references: ${SOURCE_INSTANCE}/queue/q1 (action "a" (UpdateContactTargetQueue)), ${SOURCE_INSTANCE}/queue/q2 (action "b" (UpdateContactTargetQueue)); map each by ARN`);
    expect(message).not.toContain('references[1]');
    expect(message).not.toContain('action "c"');
  });

  test('mapped by ARN, the same resources are unambiguous; the id of a mapped ARN maps with it', () => {
    const { stack, instance } = importedInstance();
    const doc = JSON.parse(JSON.stringify(twoSales));
    doc.Actions[1].Parameters.QueueId = 'q2';
    new ContactFlow(stack, 'Flow', {
      instance,
      content: FlowContent.fromString(JSON.stringify(doc), {
        references: [
          FlowReference.queue(`${SOURCE_INSTANCE}/queue/q1`, Queue.fromQueueArn(stack, 'Q1', arnOf('queue', 'new1'))),
          FlowReference.queue(`${SOURCE_INSTANCE}/queue/q2`, Queue.fromQueueArn(stack, 'Q2', arnOf('queue', 'new2'))),
          FlowReference.prompt('Sales', Prompt.fromPromptArn(stack, 'P', arnOf('prompt', 'new3'))),
        ],
      }),
    });
    const [flow] = Object.values(templateOf(stack).findResources('AWS::Connect::ContactFlow'));
    expect(JSON.parse(flow.Properties.Content).Actions.map((a: any) => a.Parameters)).toEqual([
      { QueueId: arnOf('queue', 'new1') }, { QueueId: arnOf('queue', 'new2') }, { PromptId: arnOf('prompt', 'new3') },
    ]);
  });

  test('a reference the content does not use is fine: one list of references serves several flows', () => {
    const { stack, instance } = importedInstance();
    const fn = lambda.Function.fromFunctionArn(stack, 'Fn', 'arn:aws:lambda:us-east-1:123456789012:function:unused');
    const text = fs.readFileSync(GREETING, 'utf-8');
    new ContactFlow(stack, 'Flow', {
      instance, content: FlowContent.fromString(text, { references: [FlowReference.lambdaFunction('not-in-the-flow', fn), FlowReference.queue(SOURCE.queue, Queue.fromQueueArn(stack, 'Q', arnOf('queue', 'q')))] }),
    });
    const template = templateOf(stack);
    template.hasResourceProperties('AWS::Connect::ContactFlow', { Content: text });
    // A function the flow does not invoke is not associated.
    template.resourceCountIs('AWS::Connect::IntegrationAssociation', 0);
  });
});

describe('bad references', () => {
  test('every problem at once: kind mismatch, conflicts, missing resources, empty sources', () => {
    const { stack, instance } = importedInstance();
    const q1 = Queue.fromQueueArn(stack, 'Q1', arnOf('queue', 'q1'));
    const q2 = Queue.fromQueueArn(stack, 'Q2', arnOf('queue', 'q2'));
    const message = errorOf(() => new ContactFlow(stack, 'Flow', {
      instance,
      content: FlowContent.fromString(JSON.stringify(oneAction('UpdateContactTargetQueue', { QueueId: SOURCE.queue })), {
        references: [
          FlowReference.queue(SOURCE.queue, q1),
          FlowReference.queue(SOURCE.queue, q2),
          FlowReference.prompt(SOURCE.queue, Prompt.fromPromptArn(stack, 'P', arnOf('prompt', 'p'))),
          FlowReference.queue('', q1),
          FlowReference.queue('Sales', undefined as any),
          'not a reference' as any,
        ],
      }),
    }));
    expect(message).toContain(`  - content (string): references[0] and references[1] map ${JSON.stringify(SOURCE.queue)} to different resources`);
    expect(message).toContain(`  - content (string): references[2] FlowReference.prompt(${JSON.stringify(SOURCE.queue)}, …) must name a prompt by ARN (…:instance/<id>/prompt/<id>) or by name, got another ARN`);
    expect(message).toContain('  - content (string): references[3] source must be the ARN, id or name of a resource of the source instance, known at synth, got ""');
    expect(message).toContain('  - content (string): references[4] FlowReference.queue("Sales", …) needs the resource to map to, got undefined');
    expect(message).toContain('  - content (string): references[5] must be a FlowReference, got "not a reference"');
  });

  test('the same resource twice is no conflict', () => {
    const { stack, instance } = importedInstance();
    const q = Queue.fromQueueArn(stack, 'Q', arnOf('queue', 'q1'));
    expect(() => new ContactFlow(stack, 'Flow', {
      instance,
      content: FlowContent.fromString(JSON.stringify(oneAction('UpdateContactTargetQueue', { QueueId: SOURCE.queue })), {
        references: [FlowReference.queue(SOURCE.queue, q), FlowReference.queue(SOURCE.queue, q)],
      }),
    })).not.toThrow();
  });

  test('a quick connect destination built from the stack is a FlowReference target like any other', () => {
    // Compile-time check that every factory takes the library's interfaces.
    const { stack, instance } = importedInstance();
    const hours = new HoursOfOperation(stack, 'H', { instance });
    const queue = new Queue(stack, 'Q', { instance, hoursOfOperation: hours });
    const flow = new ContactFlow(stack, 'Transfer', { instance, type: ContactFlowType.QUEUE_TRANSFER, content: FlowContent.fromFile(GREETING) });
    const qc = new QuickConnect(stack, 'Qc', { instance, destination: QuickConnectDestination.queue(queue, flow) });
    expect(FlowReference.quickConnect('Sales desk', qc).targetArn).toBe(qc.quickConnectArn);
    expect(FlowReference.arn('x', 'y').source).toBe('x');
  });
});
