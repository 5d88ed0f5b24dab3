import { App, Stack } from 'aws-cdk-lib';
import { Match } from 'aws-cdk-lib/assertions';
import {
  ConnectInstance, IdentityManagement, IdentityManagementType, TrafficDistributionGroup, TrafficDistributionGroupOptions,
} from '../src';
import { errorOf, newStack, templateOf } from './helpers/stack';

/**
 * Traffic distribution groups of a replicated instance: the CloudFormation resource, created after the replica,
 * the split of calls set on deploy by the deploy-time function, and the checks of both.
 */

const DISTRIBUTION_TYPE = 'Custom::ConnectTrafficDistribution';
const INSTANCE_ARN = 'arn:aws:connect:us-east-1:123456789012:instance/11111111-2222-3333-4444-555555555555';
const GROUP_ARN = 'arn:aws:connect:us-east-1:123456789012:traffic-distribution-group/bbbbbbbb-0000-0000-0000-000000000001';
const SPLIT = [{ region: 'us-east-1', percentage: 70 }, { region: 'us-west-2', percentage: 30 }];

/** A SAML instance created in us-east-1, with its replica in us-west-2. */
function replicatedInstance() {
  const stack = newStack();
  const cc = new ConnectInstance(stack, 'ContactCenter', { identity: IdentityManagement.saml({ instanceAlias: 'acme-east' }) });
  cc.addReplica('Replica', { region: 'us-west-2', alias: 'acme-west' });
  return { stack, cc };
}

/** A SAML instance imported into a stack of its Region (replicated outside the app). */
function importedInstance() {
  const stack = new Stack(new App(), 'Imported', { env: { account: '123456789012', region: 'us-east-1' } });
  const instance = ConnectInstance.fromInstanceAttributes(stack, 'ContactCenter', { instanceArn: INSTANCE_ARN, identityManagementType: IdentityManagementType.SAML });
  return { stack, instance };
}

let groups = 0;
/** A group of the imported instance (a construct that failed its checks keeps its id, hence one id per call). */
function group(options: TrafficDistributionGroupOptions, id = `Group${++groups}`) {
  const { stack, instance } = importedInstance();
  return { stack, group: new TrafficDistributionGroup(stack, id, { instance, ...options }) };
}

describe('what is deployed', () => {
  test('the group, after the replica, and its split of calls set by the deploy-time function', () => {
    const { stack, cc } = replicatedInstance();
    const calls = cc.addTrafficDistributionGroup('Calls', { trafficDistributionGroupName: 'acme-calls', description: 'Inbound calls', telephonyDistribution: SPLIT });
    const template = templateOf(stack);
    template.hasResource('AWS::Connect::TrafficDistributionGroup', {
      Properties: { InstanceArn: { 'Fn::GetAtt': ['ContactCenter6F86BFBF', 'Arn'] }, Name: 'acme-calls', Description: 'Inbound calls' },
      // CreateTrafficDistributionGroup takes a replicated instance.
      DependsOn: ['ContactCenterReplica4D9384DF'],
    });
    template.hasResource(DISTRIBUTION_TYPE, {
      Properties: {
        ServiceToken: { 'Fn::GetAtt': ['ConnectProfileLookupCustomResourceProviderHandlerFDDFE71B', 'Arn'] },
        TrafficDistributionGroupArn: { 'Fn::GetAtt': ['ContactCenterCalls4DF4B963', 'TrafficDistributionGroupArn'] },
        TelephonyDistribution: [{ Region: 'us-east-1', Percentage: 70 }, { Region: 'us-west-2', Percentage: 30 }],
      },
      DeletionPolicy: 'Delete',
    });
    const [role] = Object.values<any>(template.findResources('AWS::IAM::Role'));
    // The account's groups in this Region: naming this one would close a cycle through the replica.
    expect(role.Properties.Policies[0].PolicyDocument.Statement).toContainEqual({
      Effect: 'Allow',
      Action: ['connect:UpdateTrafficDistribution'],
      Resource: { 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':connect:us-east-1:123456789012:traffic-distribution-group/*']] },
    });
    expect(stack.resolve(calls.trafficDistributionGroupArn)).toEqual({ 'Fn::GetAtt': ['ContactCenterCalls4DF4B963', 'TrafficDistributionGroupArn'] });
    expect(stack.resolve(calls.trafficDistributionGroupId)).toEqual({
      'Fn::Select': [1, { 'Fn::Split': ['/', { 'Fn::GetAtt': ['ContactCenterCalls4DF4B963', 'TrafficDistributionGroupArn'] }] }],
    });
    expect(template.toJSON()).toMatchSnapshot();
  });

  test('without a split, only the group: no custom resource, no statement; a group added first still waits for the replica', () => {
    const stack = newStack();
    const cc = new ConnectInstance(stack, 'ContactCenter', { identity: IdentityManagement.saml({ instanceAlias: 'acme-east' }) });
    cc.addTrafficDistributionGroup('Calls');
    cc.addReplica('Replica', { region: 'us-west-2', alias: 'acme-west' });
    const template = templateOf(stack);
    template.hasResource('AWS::Connect::TrafficDistributionGroup', {
      Properties: { Name: Match.stringLikeRegexp('^TestStackContactCenterCalls[0-9A-F]{8}$') },
      DependsOn: ['ContactCenterReplica4D9384DF'],
    });
    template.resourceCountIs(DISTRIBUTION_TYPE, 0);
    expect(JSON.stringify(template.toJSON())).not.toContain('connect:UpdateTrafficDistribution');
  });

  test('an imported instance, replicated outside the app: the group alone, with its split', () => {
    const { stack } = group({ telephonyDistribution: SPLIT }, 'Calls');
    const template = templateOf(stack);
    template.hasResourceProperties('AWS::Connect::TrafficDistributionGroup', { InstanceArn: INSTANCE_ARN });
    const [resource] = Object.values(template.findResources('AWS::Connect::TrafficDistributionGroup'));
    expect(resource.DependsOn).toBeUndefined();
    template.resourceCountIs(DISTRIBUTION_TYPE, 1);
    // No replica here: the function keeps its usual timeout.
    template.hasResourceProperties('AWS::Lambda::Function', { Timeout: 300 });
  });
});

describe('checks', () => {
  test('names and descriptions of the registry schema', () => {
    const message = errorOf(() => group({ trafficDistributionGroupName: 'x'.repeat(129), description: ' padded' }));
    expect(message).toContain('  - trafficDistributionGroupName must be 1 to 128 characters long (length 129)');
    expect(message).toContain('  - description must not start or end with whitespace, got " padded"');
  });

  test('the split: two shares of different Regions, in steps of 10, adding up to 100, every problem at once', () => {
    expect(errorOf(() => group({ telephonyDistribution: [{ region: 'us-east-1', percentage: 100 }] })))
      .toContain('  - telephonyDistribution must have two shares: the instance\'s Region and its replica\'s, got [{"region":"us-east-1","percentage":100}]');
    const message = errorOf(() => group({ telephonyDistribution: [{ region: 'us-east-1', percentage: 65 }, { region: 'us-east-1', percentage: 25 }] }, 'Split'));
    expect(message).toBe([
      'TrafficDistributionGroup at \'Imported/Split\' has 4 invalid props:',
      '  - telephonyDistribution[0].percentage must be 0 to 100 in steps of 10, got 65',
      '  - telephonyDistribution[1].percentage must be 0 to 100 in steps of 10, got 25',
      '  - telephonyDistribution must name two different Regions, got [{"region":"us-east-1","percentage":65},{"region":"us-east-1","percentage":25}]',
      '  - telephonyDistribution must add up to 100 percent (90), got [{"region":"us-east-1","percentage":65},{"region":"us-east-1","percentage":25}]',
    ].join('\n'));
    expect(errorOf(() => group({ telephonyDistribution: [{ region: 'Virginia', percentage: 50 }, { region: 'us-west-2' } as any] }))).toContain([
      '  - telephonyDistribution[0].region must be a Region name such as us-west-2, got "Virginia"',
      '  - telephonyDistribution[1].percentage is required, got undefined',
    ].join('\n'));
  });

  test('a created instance without a replica in the app is refused at synth', () => {
    const stack = newStack();
    const cc = new ConnectInstance(stack, 'ContactCenter', { identity: IdentityManagement.saml({ instanceAlias: 'acme-east' }) });
    cc.addTrafficDistributionGroup('Calls');
    expect(errorOf(() => templateOf(stack))).toContain([
      'TrafficDistributionGroup at \'TestStack/ContactCenter/Calls\' has 1 invalid prop:',
      '  - instance: the instance at \'TestStack/ContactCenter\' has no replica; add one (addReplica): a traffic distribution group belongs to a replicated instance',
    ].join('\n'));
  });

  test('the split names the instance\'s Region and its replica\'s', () => {
    const { stack, cc } = replicatedInstance();
    cc.addTrafficDistributionGroup('Calls', { telephonyDistribution: [{ region: 'us-east-1', percentage: 50 }, { region: 'eu-west-2', percentage: 50 }] });
    expect(errorOf(() => templateOf(stack))).toContain('  - telephonyDistribution must name the instance\'s Region and its replica\'s, us-east-1 and us-west-2, '
      + 'got [{"region":"us-east-1","percentage":50},{"region":"eu-west-2","percentage":50}]');
  });
});

describe('importing', () => {
  test('by ARN', () => {
    const { stack } = importedInstance();
    const imported = TrafficDistributionGroup.fromTrafficDistributionGroupArn(stack, 'Calls', GROUP_ARN);
    expect([imported.trafficDistributionGroupArn, imported.trafficDistributionGroupId]).toEqual([GROUP_ARN, 'bbbbbbbb-0000-0000-0000-000000000001']);
    expect(errorOf(() => TrafficDistributionGroup.fromTrafficDistributionGroupArn(stack, 'Bad', INSTANCE_ARN)))
      .toContain('trafficDistributionGroupArn must be the ARN of an Amazon Connect traffic distribution group');
  });
});
