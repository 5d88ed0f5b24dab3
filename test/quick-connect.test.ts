import { Lazy, SecretValue } from 'aws-cdk-lib';
import { Match } from 'aws-cdk-lib/assertions';
import { ConnectInstance, ContactFlow, ContactFlowType, FlowContent, IConnectInstance, IdentityManagementType, Queue, QuickConnect, QuickConnectDestination, User } from '../src';
import { arnOf, importedInstance, INSTANCE_ARN } from './helpers/instance';
import { errorOf, newStack, templateOf } from './helpers/stack';

/**
 * Quick connects: external numbers, queues and agents, their transfer
 * flows, and the importer.
 */

const QUEUE_ARN = arnOf('queue', 'support');
const FLOW_ARN = arnOf('contact-flow', 'transfer');
const USER_ARN = arnOf('agent', 'jane');
const TRANSFER = {
  Version: '2019-10-30',
  StartAction: 'end',
  Actions: [{ Identifier: 'end', Type: 'EndFlowExecution', Parameters: {}, Transitions: {} }],
};

interface Names {
  readonly quickConnectName?: string;
  readonly description?: string;
}

function build(destination: (instance: IConnectInstance) => QuickConnectDestination, options: Names = {}) {
  const { stack, instance } = importedInstance();
  const quickConnect = new QuickConnect(stack, 'QuickConnect', { instance, destination: destination(instance), ...options });
  return { stack, quickConnect };
}

function flowOf(instance: IConnectInstance, type: ContactFlowType) {
  return new ContactFlow(instance.stack, `Flow${type}`, { instance, type, content: FlowContent.fromObject(TRANSFER) });
}

describe('what is deployed', () => {
  test('an external number', () => {
    const { stack, quickConnect } = build(() => QuickConnectDestination.phoneNumber('+12065550100'), { quickConnectName: 'Escalations', description: 'Tier 2 desk' });
    const template = templateOf(stack);
    template.hasResourceProperties('AWS::Connect::QuickConnect', {
      InstanceArn: INSTANCE_ARN,
      Name: 'Escalations',
      Description: 'Tier 2 desk',
      QuickConnectConfig: { QuickConnectType: 'PHONE_NUMBER', PhoneConfig: { PhoneNumber: '+12065550100' }, QueueConfig: Match.absent(), UserConfig: Match.absent() },
    });
    expect(stack.resolve(quickConnect.quickConnectArn)).toEqual({ 'Fn::GetAtt': [expect.stringMatching(/^QuickConnect/), 'QuickConnectArn'] });
    expect(template.toJSON()).toMatchSnapshot();
  });

  test('a queue through a queue-transfer flow created in the stack', () => {
    const { stack } = build((instance) => QuickConnectDestination.queue(Queue.fromQueueArn(instance.stack, 'Q', QUEUE_ARN), flowOf(instance, ContactFlowType.QUEUE_TRANSFER)));
    templateOf(stack).hasResourceProperties('AWS::Connect::QuickConnect', {
      Name: Match.stringLikeRegexp('^TestStackQuickConnect[0-9A-F]{8}$'),
      QuickConnectConfig: {
        QuickConnectType: 'QUEUE',
        QueueConfig: { QueueArn: QUEUE_ARN, ContactFlowArn: { 'Fn::GetAtt': [Match.stringLikeRegexp('^FlowQUEUETRANSFER'), 'ContactFlowArn'] } },
      },
    });
  });

  test('an imported agent through an imported flow', () => {
    const { stack } = build((instance) => QuickConnectDestination.user(
      User.fromUserArn(instance.stack, 'Jane', USER_ARN), ContactFlow.fromContactFlowArn(instance.stack, 'F', FLOW_ARN)));
    templateOf(stack).hasResourceProperties('AWS::Connect::QuickConnect', {
      QuickConnectConfig: { QuickConnectType: 'USER', UserConfig: { UserArn: USER_ARN, ContactFlowArn: FLOW_ARN } },
    });
  });

  test('an agent created here: its ARN, from the user resource', () => {
    const stack = newStack();
    // Imported with the identity management that users need.
    const agents = ConnectInstance.fromInstanceAttributes(stack, 'Agents', { instanceArn: INSTANCE_ARN, identityManagementType: IdentityManagementType.CONNECT_MANAGED });
    const jane = agents.addUser('Jane', { username: 'jane', firstName: 'Jane', lastName: 'Doe', password: SecretValue.secretsManager('jane') });
    agents.addQuickConnect('ToJane', { destination: QuickConnectDestination.user(jane, ContactFlow.fromContactFlowArn(stack, 'F', FLOW_ARN)) });
    templateOf(stack).hasResourceProperties('AWS::Connect::QuickConnect', {
      QuickConnectConfig: { QuickConnectType: 'USER', UserConfig: { UserArn: { 'Fn::GetAtt': [Match.stringLikeRegexp('Jane'), 'UserArn'] }, ContactFlowArn: FLOW_ARN } },
    });
  });
});

describe('checks', () => {
  test.each(['2065550100', '+0123', '+1 206 555 0100', '+1234567890123456'])('the number %j fails', (number) => {
    expect(errorOf(() => build(() => QuickConnectDestination.phoneNumber(number))))
      .toContain(`  - destination.phoneNumber must be a phone number in E.164 format, such as +12065550100, got "${number}"`);
  });

  test('a number known only at deploy time is taken', () => {
    const { stack } = build(() => QuickConnectDestination.phoneNumber(Lazy.string({ produce: () => '+442071234567' })));
    templateOf(stack).hasResourceProperties('AWS::Connect::QuickConnect', { QuickConnectConfig: { PhoneConfig: { PhoneNumber: '+442071234567' } } });
  });

  test('a flow of the wrong type fails, naming it', () => {
    expect(errorOf(() => build((instance) => QuickConnectDestination.queue(Queue.fromQueueArn(instance.stack, 'Q', QUEUE_ARN), flowOf(instance, ContactFlowType.AGENT_TRANSFER)))))
      .toContain("  - destination.flow must be a flow of type QUEUE_TRANSFER, got the AGENT_TRANSFER flow 'TestStack/FlowAGENT_TRANSFER'");
    expect(errorOf(() => build((instance) => QuickConnectDestination.user(User.fromUserArn(instance.stack, 'Jane', USER_ARN), flowOf(instance, ContactFlowType.CONTACT_FLOW)))))
      .toContain("  - destination.flow must be a flow of type AGENT_TRANSFER, got the CONTACT_FLOW flow 'TestStack/FlowCONTACT_FLOW'");
  });

  test('an agent ARN instead of a user fails (untyped JavaScript, the signature before 1.0)', () => {
    expect(errorOf(() => build((instance) => QuickConnectDestination.user(USER_ARN as any, ContactFlow.fromContactFlowArn(instance.stack, 'F', FLOW_ARN)))))
      .toContain(`  - destination.user must be a user (IUser), such as instance.addUser() or User.fromUserArn(), got "${USER_ARN.slice(0, 77)}..."`);
  });

  test('an agent ARN that is not one fails where the user is imported', () => {
    const { stack } = importedInstance();
    expect(errorOf(() => User.fromUserArn(stack, 'Jane', QUEUE_ARN))).toContain('userArn must be the ARN of an Amazon Connect user');
  });

  test('missing parts fail (untyped JavaScript)', () => {
    const message = errorOf(() => build(() => QuickConnectDestination.queue(undefined as any, undefined as any)));
    expect(message).toContain('  - destination.queue is required, got undefined');
    expect(message).toContain('  - destination.flow is required, got undefined');
    const { stack, instance } = importedInstance();
    expect(errorOf(() => new QuickConnect(stack, 'X', { instance, destination: { type: 'QUEUE' } as any })))
      .toContain('  - destination must be a QuickConnectDestination: a phone number, a queue or a user, got {"type":"QUEUE"}');
  });

  test('names and descriptions of the registry schema', () => {
    const message = errorOf(() => build(() => QuickConnectDestination.phoneNumber('+12065550100'), { quickConnectName: '', description: 'x'.repeat(251) }));
    expect(message).toContain('  - quickConnectName must be 1 to 127 characters long (length 0), got ""');
    expect(message).toContain('  - description must be 1 to 250 characters long (length 251)');
  });
});

describe('importing', () => {
  test('by ARN', () => {
    const { stack } = importedInstance();
    const arn = arnOf('transfer-destination', 'qc-1');
    const quickConnect = QuickConnect.fromQuickConnectArn(stack, 'Imported', arn);
    expect([quickConnect.quickConnectArn, quickConnect.quickConnectId]).toEqual([arn, 'qc-1']);
    expect(errorOf(() => QuickConnect.fromQuickConnectArn(stack, 'Bad', QUEUE_ARN))).toContain('quickConnectArn must be the ARN of an Amazon Connect quick connect');
  });
});
