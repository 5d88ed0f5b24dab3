import { Lazy } from 'aws-cdk-lib';
import { AgentStatus, AgentStatusState, ConnectInstance, IdentityManagement } from '../src';
import { arnOf, importedInstance, INSTANCE_ARN } from './helpers/instance';
import { errorOf, newStack, templateOf } from './helpers/stack';

/**
 * Custom agent statuses: what CreateAgentStatus takes, one name per instance, and the importer.
 */

describe('what is deployed', () => {
  test('a status with its name, description, state and order', () => {
    const { stack, instance } = importedInstance();
    const status = instance.addAgentStatus('Break', {
      agentStatusName: 'Break', description: 'Away from the desk', state: AgentStatusState.DISABLED, displayOrder: 3,
    });
    const template = templateOf(stack);
    template.hasResourceProperties('AWS::Connect::AgentStatus', {
      InstanceArn: INSTANCE_ARN,
      Name: 'Break',
      Description: 'Away from the desk',
      State: 'DISABLED',
      DisplayOrder: 3,
    });
    expect(stack.resolve(status.agentStatusArn)).toEqual({ 'Fn::GetAtt': [expect.stringMatching(/^ContactCenterBreak/), 'AgentStatusArn'] });
    expect(template.toJSON()).toMatchSnapshot();
  });

  test('enabled, with a name from the construct path, by default; on a created instance', () => {
    const stack = newStack();
    const cc = new ConnectInstance(stack, 'ContactCenter', { identity: IdentityManagement.connectManaged({ instanceAlias: 'acme' }) });
    cc.addAgentStatus('Training');
    const statuses = templateOf(stack).findResources('AWS::Connect::AgentStatus');
    expect(Object.values(statuses).map((r: any) => r.Properties)).toEqual([{
      InstanceArn: { 'Fn::GetAtt': [expect.stringMatching(/^ContactCenter/), 'Arn'] },
      Name: expect.stringMatching(/^TestStackContactCenterTraining[0-9A-F]{8}$/),
      State: 'ENABLED',
    }]);
  });
});

describe('checks', () => {
  test('every problem of the registry schema at once', () => {
    const { instance } = importedInstance();
    const message = errorOf(() => new AgentStatus(instance, 'Bad', {
      instance, agentStatusName: 'x'.repeat(128), description: '', displayOrder: 51, state: 'ACTIVE' as AgentStatusState,
    }));
    expect(message).toBe([
      "AgentStatus at 'TestStack/ContactCenter/Bad' has 4 invalid props:",
      '  - agentStatusName must be 1 to 127 characters long (length 128), got "' + 'x'.repeat(77) + '..."',
      '  - description must be 1 to 250 characters long (length 0), got ""',
      '  - displayOrder must be a whole number from 1 to 50, got 51',
      '  - state must be one of ENABLED, DISABLED, got "ACTIVE"',
    ].join('\n'));
    expect(errorOf(() => instance.addAgentStatus('Zero', { displayOrder: 1.5 }))).toContain('  - displayOrder must be a whole number from 1 to 50, got 1.5');
  });

  test('two statuses of one instance cannot share a name; tokens are not compared', () => {
    const { stack, instance } = importedInstance();
    instance.addAgentStatus('Break', { agentStatusName: 'Break' });
    instance.addAgentStatus('Lunch', { agentStatusName: 'Lunch' });
    instance.addAgentStatus('Later', { agentStatusName: Lazy.string({ produce: () => 'Break' }) });
    instance.addAgentStatus('Again', { agentStatusName: 'Break' });
    expect(errorOf(() => templateOf(stack))).toContain(
      "AgentStatus at 'TestStack/ContactCenter/Again' has 1 invalid prop:\n  - agentStatusName must be unique in the instance: the AgentStatus at 'TestStack/ContactCenter/Break' has it too, got \"Break\"");
  });

  test('a missing instance (untyped JavaScript)', () => {
    expect(errorOf(() => new AgentStatus(newStack(), 'Status', {} as any))).toContain('  - instance is required, got undefined');
  });
});

describe('importing', () => {
  test('by ARN (agent-state)', () => {
    const { stack } = importedInstance();
    const status = AgentStatus.fromAgentStatusArn(stack, 'Lunch', arnOf('agent-state', 's-1'));
    expect([status.agentStatusArn, status.agentStatusId]).toEqual([arnOf('agent-state', 's-1'), 's-1']);
    expect(errorOf(() => AgentStatus.fromAgentStatusArn(stack, 'Bad', arnOf('queue', 'q')))).toContain('agentStatusArn must be the ARN of an Amazon Connect agent status');
  });
});
