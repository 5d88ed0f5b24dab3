import { App, Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as lex from 'aws-cdk-lib/aws-lex';
import {
  ConnectParticipantWithLexBot, ContactFlow, ContactFlowModule, DisconnectParticipant, FlowContent, FlowDefinition, FlowMessage, IConnectInstance,
  InvokeLambdaFunction, LexBotAlias, PhoneNumberType,
} from '../../../src';
import { lintTemplates } from '../../harness/cfn-lint';
import { CFN_LINT_ACKNOWLEDGED, cfnLintFailures } from '../../harness/cfn-lint-acknowledgements';
import { STRICT_VALIDATION_CONTEXT } from '../../harness/validators';
import { createdInstance, importedInstanceIn, INSTANCE_ARN } from '../../helpers/instance';

/**
 * The functions and Lex bots flows use are associated with the flows' instance once, whatever the number of
 * flows, with one invoke permission per function; every flow waits for the association; no dependency cycle
 * (strict template validation fails on one, and cfn-lint finds none).
 */

const ENV = { account: '123456789012', region: 'us-east-1' };
const BOT_ALIAS_ARN = 'arn:aws:lex:us-east-1:123456789012:bot-alias/BOTID12345/ALIASID123';

function strictApp(): App {
  return new App({ context: STRICT_VALIDATION_CONTEXT });
}

/** A strict app whose stack `Core` holds a created instance; `stackNamed` adds another stack to the app. */
function appWithCore() {
  const app = strictApp();
  const stackNamed = (id: string) => new Stack(app, id, { env: ENV });
  const core = stackNamed('Core');
  return { app, core, instance: created(core), stackNamed };
}

const created = (stack: Stack): IConnectInstance => createdInstance(stack, 'acme-flows');
const imported = importedInstanceIn;

function lookupFunction(stack: Stack, id = 'Lookup'): lambda.IFunction {
  return new lambda.Function(stack, id, {
    runtime: lambda.Runtime.NODEJS_22_X,
    handler: 'index.handler',
    code: lambda.Code.fromInline('exports.handler = async () => ({ tier: "gold" });'),
  });
}

/** A definition that invokes `fn` and hangs up. */
function invoking(fn: lambda.IFunction): FlowDefinition {
  const definition = new FlowDefinition();
  const lookup = new InvokeLambdaFunction(definition, 'Lookup', { lambdaFunction: fn });
  const bye = new DisconnectParticipant(definition, 'Bye');
  lookup.next(bye);
  lookup.onError(bye);
  return definition;
}

/** A flow `id` in `scope` that invokes `fn` and hangs up. */
function invokingFlow(scope: Stack, id: string, instance: IConnectInstance, fn: lambda.IFunction): ContactFlow {
  return new ContactFlow(scope, id, { instance, content: FlowContent.fromDefinition(invoking(fn)) });
}

/** A definition that talks to the bot alias and hangs up. */
function talking(botAlias: LexBotAlias): FlowDefinition {
  const definition = new FlowDefinition();
  const bot = new ConnectParticipantWithLexBot(definition, 'Bot', { botAlias, message: FlowMessage.text('How can I help?') });
  const bye = new DisconnectParticipant(definition, 'Bye');
  bot.next(bye);
  bot.onError(bye);
  return definition;
}

/** Every template synthesized here, for one cfn-lint run at the end. */
const templates: Record<string, object> = {};

function synthesized(stack: Stack): Template {
  const template = Template.fromStack(stack);
  templates[`${expect.getState().currentTestName} ${stack.stackName}`] = template.toJSON();
  return template;
}

/** The test's own `lambda.Function`: aws-cdk-lib gives it a DependsOn on its role beside the role's Arn. */
const FUNCTION_ROLE_DEPENDENCY = {
  rule: 'W3005',
  resource: /^Lookup\/Resource$/,
  message: /^'LookupServiceRole[0-9A-F]{8}' dependency already enforced by a 'GetAtt' at 'Resources\/Lookup[0-9A-F]{8}\/Properties\/Role'$/,
  reason: 'aws-cdk-lib\'s lambda.Function, not the flow builder',
};

afterAll(() => {
  // cfn-lint finds cycles too (E3004).
  expect(cfnLintFailures(lintTemplates(templates), [...CFN_LINT_ACKNOWLEDGED, FUNCTION_ROLE_DEPENDENCY])).toEqual([]);
});

/** The logical ids of the resources of `type`. */
function idsOf(template: Template, type: string): string[] {
  return Object.keys(template.findResources(type));
}

/** Each flow (and module) DependsOn every one of `ids`. */
function expectFlowsWaitFor(template: Template, ids: string[]): void {
  const flows = { ...template.findResources('AWS::Connect::ContactFlow'), ...template.findResources('AWS::Connect::ContactFlowModule') };
  expect(Object.keys(flows).length).toBeGreaterThan(0);
  for (const flow of Object.values(flows)) {
    expect(flow.DependsOn).toEqual(expect.arrayContaining(ids));
  }
}

describe.each([['a created instance', created], ['an imported instance', imported]])('a function used by two flows and a module of %s', (_, instanceOf) => {
  test('is associated once, with one invoke permission for the instance, and every flow waits for both', () => {
    const stack = new Stack(strictApp(), 'Flows', { env: ENV });
    const instance = instanceOf(stack);
    const fn = lookupFunction(stack);
    const main = instance.addContactFlow('Main', { content: FlowContent.fromDefinition(invoking(fn)) });
    invokingFlow(stack, 'Other', instance, fn);
    new ContactFlowModule(stack, 'Module', { instance, content: FlowContent.fromDefinition(invoking(fn)) });
    // A routed number runs on the deploy-time function, which must not wait for the association.
    instance.addPhoneNumber('MainLine', { countryCode: 'US', type: PhoneNumberType.DID, contactFlow: main });

    const template = synthesized(stack);
    const instanceArn = instanceOf === created ? { 'Fn::GetAtt': [expect.stringMatching(/^ContactCenter/), 'Arn'] } : INSTANCE_ARN;
    const associations = template.findResources('AWS::Connect::IntegrationAssociation');
    expect(Object.values(associations).map(a => a.Properties)).toEqual([{
      InstanceId: instanceArn,
      IntegrationType: 'LAMBDA_FUNCTION',
      IntegrationArn: { 'Fn::GetAtt': [expect.stringMatching(/^Lookup/), 'Arn'] },
    }]);
    const permissions = template.findResources('AWS::Lambda::Permission');
    expect(Object.values(permissions).map(p => p.Properties)).toEqual([{
      Action: 'lambda:InvokeFunction',
      FunctionName: { 'Fn::GetAtt': [expect.stringMatching(/^Lookup/), 'Arn'] },
      Principal: 'connect.amazonaws.com',
      SourceArn: instanceArn,
      SourceAccount: '123456789012',
    }]);
    template.resourceCountIs('AWS::Connect::ContactFlow', 2);
    expectFlowsWaitFor(template, [...Object.keys(associations), ...Object.keys(permissions)]);
    expect(template.toJSON()).toMatchSnapshot();
  });
});

test('two flows of one instance talking to one bot alias associate it once (LEX_BOT), with no Lambda permission', () => {
  const stack = new Stack(strictApp(), 'Bots', { env: ENV });
  const instance = created(stack);
  const alias = LexBotAlias.fromBotAliasArn(BOT_ALIAS_ARN);
  instance.addContactFlow('Sales', { content: FlowContent.fromDefinition(talking(alias)) });
  instance.addContactFlow('Support', { content: FlowContent.fromDefinition(talking(LexBotAlias.fromBotAliasArn(BOT_ALIAS_ARN))) });

  const template = synthesized(stack);
  const associations = template.findResources('AWS::Connect::IntegrationAssociation');
  expect(Object.values(associations).map(a => a.Properties)).toEqual([{
    InstanceId: { 'Fn::GetAtt': [expect.stringMatching(/^ContactCenter/), 'Arn'] },
    IntegrationType: 'LEX_BOT',
    IntegrationArn: BOT_ALIAS_ARN,
  }]);
  template.resourceCountIs('AWS::Lambda::Permission', 0);
  expectFlowsWaitFor(template, Object.keys(associations));
});

describe.each([['a created instance', created], ['an imported instance', imported]])('with %s', (_, instanceOf) => {
  test('a bot alias of the same stack (CfnBotAlias) is associated by its ARN, and the flows wait for the association', () => {
    const stack = new Stack(strictApp(), 'StackBot', { env: ENV });
    const instance = instanceOf(stack);
    const bot = new lex.CfnBot(stack, 'Bot', {
      name: 'Orders',
      roleArn: 'arn:aws:iam::123456789012:role/lex',
      dataPrivacy: { ChildDirected: false },
      idleSessionTtlInSeconds: 300,
    });
    const alias = new lex.CfnBotAlias(stack, 'Live', { botId: bot.attrId, botAliasName: 'live' });
    const botAlias = LexBotAlias.fromCfnBotAlias(alias);
    instance.addContactFlow('Sales', { content: FlowContent.fromDefinition(talking(botAlias)) });
    instance.addContactFlow('Support', { content: FlowContent.fromDefinition(talking(botAlias)) });

    const template = synthesized(stack);
    const associations = template.findResources('AWS::Connect::IntegrationAssociation');
    expect(Object.values(associations).map(a => a.Properties)).toEqual([{
      InstanceId: instanceOf === created ? { 'Fn::GetAtt': [expect.stringMatching(/^ContactCenter/), 'Arn'] } : INSTANCE_ARN,
      IntegrationType: 'LEX_BOT',
      IntegrationArn: { 'Fn::GetAtt': [expect.stringMatching(/^Live/), 'Arn'] },
    }]);
    expectFlowsWaitFor(template, Object.keys(associations));
  });
});

test('flows in two stacks share the association of a function of the instance\'s stack, or of a bot alias by ARN, made there', () => {
  const { core, instance, stackNamed } = appWithCore();
  const fn = lookupFunction(core);
  const sales = stackNamed('Sales');
  const support = stackNamed('Support');
  invokingFlow(sales, 'Flow', instance, fn);
  invokingFlow(support, 'Flow', instance, fn);
  for (const stack of [sales, support]) {
    new ContactFlow(stack, 'Bot', { instance, content: FlowContent.fromDefinition(talking(LexBotAlias.fromBotAliasArn(BOT_ALIAS_ARN))) });
  }

  const coreTemplate = synthesized(core);
  const associations = coreTemplate.findResources('AWS::Connect::IntegrationAssociation');
  expect(Object.values(associations).map(a => a.Properties.IntegrationType).sort()).toEqual(['LAMBDA_FUNCTION', 'LEX_BOT']);
  coreTemplate.resourceCountIs('AWS::Lambda::Permission', 1);
  for (const stack of [sales, support]) {
    const template = synthesized(stack);
    template.resourceCountIs('AWS::Connect::IntegrationAssociation', 0);
    template.resourceCountIs('AWS::Lambda::Permission', 0);
    expect(stack.dependencies).toEqual([core]);
  }
});

test('a flow in its own stack with its function, of an instance of another stack, associates the function in its stack', () => {
  const { core, instance, stackNamed } = appWithCore();
  const sales = stackNamed('Sales');
  const fn = lookupFunction(sales);
  invokingFlow(sales, 'Flow', instance, fn);
  invokingFlow(sales, 'Again', instance, fn);

  synthesized(core).resourceCountIs('AWS::Connect::IntegrationAssociation', 0);
  const template = synthesized(sales);
  const associations = idsOf(template, 'AWS::Connect::IntegrationAssociation');
  const permissions = idsOf(template, 'AWS::Lambda::Permission');
  expect([associations.length, permissions.length]).toEqual([1, 1]);
  expectFlowsWaitFor(template, [...associations, ...permissions]);
  expect(sales.dependencies).toEqual([core]);
});

test('a function used by flows in two stacks that are not the instance\'s is associated in each, with a warning', () => {
  const { app, instance, stackNamed } = appWithCore();
  const shared = stackNamed('Shared');
  const fn = lookupFunction(shared);
  const sales = stackNamed('Sales');
  const support = stackNamed('Support');
  invokingFlow(sales, 'Flow', instance, fn);
  invokingFlow(support, 'Flow', instance, fn);

  const assembly = app.synth();
  for (const stack of [sales, support]) {
    const template = synthesized(stack);
    template.resourceCountIs('AWS::Connect::IntegrationAssociation', 1);
    template.resourceCountIs('AWS::Lambda::Permission', 1);
  }
  const warnings = assembly.stacks.flatMap(s => s.messages).map(m => `${m.id} ${m.entry.data}`).filter(m => m.includes('flowIntegrationInTwoStacks'));
  expect(warnings).toEqual([expect.stringMatching(
    /^\/Support\/FlowIntegration.* the Lambda function Shared\/Lookup is also associated with the instance Core\/ContactCenter in the stack Sales: .* in one stack, or the function or bot alias in the instance's stack/,
  )]);
});
