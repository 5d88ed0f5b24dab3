import { App, Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { referencesIn } from '../bench/deployability';
import {
  ContactFlowType, DisconnectParticipant, FlowContent, FlowDefinition, IConnectInstance, IContactFlow, InboundCallRouting, InvokeLambdaFunction,
  PhoneNumberType, QuickConnectDestination, RoutingChannel, SecurityProfile, TransferContactToQueue, UpdateContactTargetQueue,
} from '../src';
import { lintTemplates } from './harness/cfn-lint';
import { cfnLintFailures } from './harness/cfn-lint-acknowledgements';
import { STRICT_VALIDATION_CONTEXT } from './harness/validators';
import { queueThenTransfer } from './helpers/flow';
import { createdInstance, importedInstanceIn } from './helpers/instance';

/**
 * Every reference between flows, users, quick connects, queues and numbers
 * that could close a dependency loop through the stack's deploy-time
 * function (a user waits for the profile lookup, which runs on the function;
 * routes run on it too). Each app synthesizes under aws-cdk-lib's strict
 * template validation, which fails on a cycle (F3004), the function's role
 * names none of the resources that wait for it, and cfn-lint finds no error.
 */

const ROUTED_FLOW_TYPES = ['AWS::Connect::ContactFlow', 'AWS::Connect::User', 'AWS::Connect::QuickConnect', 'AWS::Connect::Queue', 'AWS::Connect::PhoneNumber'];

const AGENT = { username: 'jane.doe', firstName: 'Jane', lastName: 'Doe', email: 'jane.doe@example.com' };

function strictStack(): Stack {
  const app = new App({ context: STRICT_VALIDATION_CONTEXT });
  return new Stack(app, 'Cycles', { env: { account: '123456789012', region: 'us-east-1' } });
}

const created = (stack: Stack): IConnectInstance => createdInstance(stack, 'acme-cycles');
const imported = importedInstanceIn;

/** A flow (inbound unless `type` says) whose first action names the `parameters` (`AgentId`, `QueueId`), then ends. */
function flowNaming(instance: IConnectInstance, id: string, parameters: Record<string, string>, type = ContactFlowType.CONTACT_FLOW): IContactFlow {
  return instance.addContactFlow(id, {
    type,
    content: FlowContent.fromObject({
      Version: '2019-10-30',
      StartAction: 'target',
      Actions: [
        { Identifier: 'target', Type: 'UpdateContactTargetQueue', Parameters: parameters, Transitions: { NextAction: 'end', Errors: [{ NextAction: 'end', ErrorType: 'NoMatchingError' }] } },
        { Identifier: 'end', Type: 'DisconnectParticipant', Parameters: {}, Transitions: {} },
      ],
    }),
  });
}

/** Every template synthesized here, for one cfn-lint run at the end. */
const templates: Record<string, object> = {};

/** Synthesizes under strict validation (a cycle fails it), keeps the template for cfn-lint, and returns it. */
function synthesized(stack: Stack): Template {
  const template = Template.fromStack(stack);
  templates[expect.getState().currentTestName ?? stack.node.path] = template.toJSON();
  return template;
}

afterAll(() => {
  // cfn-lint knows every resource type's schema and finds cycles too (E3004): no error, no unacknowledged warning.
  expect(Object.keys(templates)).toHaveLength(10);
  expect(cfnLintFailures(lintTemplates(templates))).toEqual([]);
});

/** The logical ids of the resources of `types` that the deploy-time role's policy names. */
function namedByRole(template: Template, types: string[]): string[] {
  const resources = template.toJSON().Resources as Record<string, { Type: string }>;
  const roles = Object.values(template.findResources('AWS::IAM::Role'));
  const named = referencesIn(roles.map((role) => role.Properties?.Policies));
  return [...named].filter((id) => types.includes(resources[id]?.Type));
}

describe.each([['a created instance', created], ['an imported instance', imported]])('with %s', (_, instanceOf) => {
  test('a routed flow that transfers to an agent (UpdateContactTargetQueue AgentId)', () => {
    const stack = strictStack();
    const cc = instanceOf(stack);
    const agent = cc.addUser('Agent', AGENT);
    const flow = flowNaming(cc, 'ToAgent', { AgentId: agent.userArn });
    cc.addPhoneNumber('MainLine', { countryCode: 'US', type: PhoneNumberType.DID, contactFlow: flow });
    const template = synthesized(stack);
    template.resourceCountIs('Custom::ConnectPhoneNumberContactFlow', 1);
    template.resourceCountIs('Custom::ConnectProfileLookup', 1);
    expect(namedByRole(template, ROUTED_FLOW_TYPES)).toEqual([]);
  });

  test('a routed flow that names a quick connect to a user, and one to a queue', () => {
    const stack = strictStack();
    const cc = instanceOf(stack);
    const agent = cc.addUser('Agent', AGENT);
    const hours = cc.addHoursOfOperation('Hours');
    const queue = cc.addQueue('Support', { hoursOfOperation: hours });
    const agentTransfer = flowNaming(cc, 'AgentTransfer', { QueueId: queue.queueArn }, ContactFlowType.AGENT_TRANSFER);
    const queueTransfer = flowNaming(cc, 'QueueTransfer', { AgentId: agent.userArn }, ContactFlowType.QUEUE_TRANSFER);
    const toAgent = cc.addQuickConnect('ToAgent', { destination: QuickConnectDestination.user(agent, agentTransfer) });
    const toQueue = cc.addQuickConnect('ToQueue', { destination: QuickConnectDestination.queue(queue, queueTransfer) });
    const inbound = instanceOfFlow(cc, [toAgent.quickConnectArn, toQueue.quickConnectArn]);
    cc.addPhoneNumber('MainLine', { countryCode: 'US', type: PhoneNumberType.DID, contactFlow: inbound });
    const template = synthesized(stack);
    template.resourceCountIs('AWS::Connect::QuickConnect', 2);
    expect(namedByRole(template, ROUTED_FLOW_TYPES)).toEqual([]);
  });

  test('an agent on a routing profile of the queue a routed flow sends to, with a custom security profile; the number is the queue\'s caller id', () => {
    const stack = strictStack();
    const cc = instanceOf(stack);
    const hours = cc.addHoursOfOperation('Hours');
    const line = cc.addPhoneNumber('Outbound', { countryCode: 'US', type: PhoneNumberType.DID });
    const queue = cc.addQueue('Support', { hoursOfOperation: hours, outboundCallerIdNumber: line });
    const profile = cc.addRoutingProfile('Agents', {
      defaultOutboundQueue: queue,
      queues: [{ queue, channel: RoutingChannel.VOICE }],
    });
    const security = cc.addSecurityProfile('Supervisors', { permissions: [] });
    const agent = cc.addUser('Agent', {
      ...AGENT,
      routingProfile: profile,
      securityProfiles: [SecurityProfile.AGENT, security],
    });
    const flow = flowNaming(cc, 'Inbound', { QueueId: queue.queueArn, AgentId: agent.userArn });
    cc.addPhoneNumber('MainLine', { countryCode: 'US', type: PhoneNumberType.DID, contactFlow: flow });
    const template = synthesized(stack);
    expect(namedByRole(template, ROUTED_FLOW_TYPES)).toEqual([]);
  });

  test('a routed flow written with the builder that invokes a function (associated, with its permission) and sends to an agent\'s queue', () => {
    const stack = strictStack();
    const cc = instanceOf(stack);
    const agent = cc.addUser('Agent', AGENT);
    const lookup = new lambda.Function(stack, 'Lookup', {
      runtime: lambda.Runtime.NODEJS_22_X, handler: 'index.handler', code: lambda.Code.fromInline('exports.handler = async () => ({});'),
    });
    const flow = new FlowDefinition();
    const invoke = new InvokeLambdaFunction(flow, 'lookup', { lambdaFunction: lookup });
    const target = new UpdateContactTargetQueue(flow, 'agent', { agent });
    const transfer = new TransferContactToQueue(flow, 'transfer');
    const hangUp = new DisconnectParticipant(flow, 'hang-up');
    queueThenTransfer(invoke, target, transfer, hangUp, { firstError: target });
    const inbound = cc.addContactFlow('Inbound', { content: FlowContent.fromDefinition(flow) });
    cc.addPhoneNumber('MainLine', { countryCode: 'US', type: PhoneNumberType.DID, contactFlow: inbound });
    const template = synthesized(stack);
    template.resourceCountIs('AWS::Connect::IntegrationAssociation', 1);
    template.resourceCountIs('AWS::Lambda::Permission', 1);
    expect(namedByRole(template, ROUTED_FLOW_TYPES)).toEqual([]);
  });

  test('InboundCallRouting with an agent, given a flow that names the agent', () => {
    const stack = strictStack();
    const cc = instanceOf(stack);
    const hours = cc.addHoursOfOperation('Hours');
    const queue = cc.addQueue('Support', { hoursOfOperation: hours });
    const lead = cc.addUser('Lead', { username: 'lead', firstName: 'Lee', lastName: 'Lead', email: 'lead@example.com' });
    const routing = new InboundCallRouting(stack, 'Routing', {
      instance: cc,
      queue,
      contactFlow: flowNaming(cc, 'Inbound', { QueueId: queue.queueArn, AgentId: lead.userArn }),
      phoneNumbers: [cc.addPhoneNumber('MainLine', { countryCode: 'US', type: PhoneNumberType.DID })],
    });
    routing.addAgent('Agent', AGENT);
    const template = synthesized(stack);
    expect(namedByRole(template, ROUTED_FLOW_TYPES)).toEqual([]);
  });
});

/** An inbound flow that names each of `arns` in a parameter, as a flow that offers quick connects does. */
function instanceOfFlow(instance: IConnectInstance, arns: string[]): IContactFlow {
  return instance.addContactFlow('Inbound', {
    content: FlowContent.fromObject({
      Version: '2019-10-30',
      StartAction: 'attributes',
      Actions: [
        {
          Identifier: 'attributes',
          Type: 'UpdateContactAttributes',
          Parameters: { Attributes: Object.fromEntries(arns.map((arn, i) => [`quickConnect${i}`, arn])) },
          Transitions: { NextAction: 'end', Errors: [{ NextAction: 'end', ErrorType: 'NoMatchingError' }] },
        },
        { Identifier: 'end', Type: 'DisconnectParticipant', Parameters: {}, Transitions: {} },
      ],
    }),
  });
}
