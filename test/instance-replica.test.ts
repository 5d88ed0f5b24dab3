import { App, RemovalPolicy, Stack } from 'aws-cdk-lib';
import { Match } from 'aws-cdk-lib/assertions';
import {
  ConnectInstance, IConnectInstance, IdentityManagement, IdentityManagementType, InstanceReplica, InstanceReplicaOptions,
} from '../src';
import { errorOf, newStack, templateOf } from './helpers/stack';

/**
 * A replica of an instance in another Region (Global Resiliency): the custom resource on the stack's deploy-time
 * function, the role statements it needs, its removal policy, and what the admin guide requires, checked at synth.
 */

const REPLICA_TYPE = 'Custom::ConnectInstanceReplica';
const HANDLER = 'ConnectProfileLookupCustomResourceProviderHandlerFDDFE71B';
const INSTANCE = { 'Fn::GetAtt': ['ContactCenter6F86BFBF', 'Arn'] };
const INSTANCE_ID = '11111111-2222-3333-4444-555555555555';
const arnIn = (region: string) => `arn:aws:connect:${region}:123456789012:instance/${INSTANCE_ID}`;
const partitioned = (rest: string) => ({ 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, rest]] });

/** A SAML instance created in us-east-1. */
function samlInstance(removalPolicy?: RemovalPolicy) {
  const stack = newStack();
  const cc = new ConnectInstance(stack, 'ContactCenter', { identity: IdentityManagement.saml({ instanceAlias: 'acme-east' }), removalPolicy });
  return { stack, cc };
}

/** An instance imported with its identity type, in a stack of its Region. */
function importedInstance(region = 'us-east-1', identityManagementType: IdentityManagementType | undefined = IdentityManagementType.SAML) {
  const stack = new Stack(new App(), 'Imported', { env: { account: '123456789012', region } });
  const instance = ConnectInstance.fromInstanceAttributes(stack, 'ContactCenter', { instanceArn: arnIn(region), identityManagementType });
  return { stack, instance };
}

/** The deploy-time role's statements. */
function statements(stack: Stack): any[] {
  const [role] = Object.values<any>(templateOf(stack).findResources('AWS::IAM::Role'));
  return role.Properties.Policies[0].PolicyDocument.Statement;
}

/** A replica of `instance` at `<stack>/<id>` (a construct that failed its checks keeps its id, hence one id per call). */
function replicate(instance: IConnectInstance, options: Partial<InstanceReplicaOptions> = {}, id = `Replica${++replicas}`) {
  return new InstanceReplica(instance.stack, id, { instance, region: 'us-west-2', alias: 'acme-west', ...options });
}
let replicas = 0;

describe('what is deployed', () => {
  test('a SAML instance\'s replica in the paired Region, by the deploy-time function, kept as the instance keeps its data', () => {
    const { stack, cc } = samlInstance();
    const replica = cc.addReplica('Replica', { region: 'us-west-2', alias: 'acme-west' });
    const template = templateOf(stack);
    template.hasResource(REPLICA_TYPE, {
      Properties: {
        ServiceToken: { 'Fn::GetAtt': [HANDLER, 'Arn'] },
        InstanceArn: INSTANCE,
        ReplicaRegion: 'us-west-2',
        ReplicaAlias: 'acme-west',
        RemovalPolicy: 'retain-on-update-or-delete',
      },
      // Deleted only when its first create rolls back.
      DeletionPolicy: 'RetainExceptOnCreate',
      UpdateReplacePolicy: 'Retain',
    });
    expect(stack.resolve(replica.replicaArn)).toEqual({ Ref: 'ContactCenterReplica4D9384DF' });
    expect([replica.replicaRegion, (replica as InstanceReplica).replicaAlias]).toEqual(['us-west-2', 'acme-west']);
    // The longest wait Lambda allows: replication takes minutes.
    template.hasResourceProperties('AWS::Lambda::Function', { Timeout: 900 });
    template.hasResource('AWS::Logs::LogGroup', { DeletionPolicy: 'RetainExceptOnCreate' });
    expect(template.toJSON()).toMatchSnapshot();
  });

  test('the role may replicate this instance, and describe and delete its replica (its id, in the replica\'s Region) only', () => {
    const { stack, cc } = samlInstance();
    cc.addReplica('Replica', { region: 'us-west-2', alias: 'acme-west' });
    const all = statements(stack);
    expect(all).toEqual(expect.arrayContaining([
      { Effect: 'Allow', Action: ['connect:ReplicateInstance'], Resource: INSTANCE },
      {
        Effect: 'Allow',
        Action: ['connect:DescribeInstance', 'connect:DeleteInstance'],
        Resource: { 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':connect:us-west-2:123456789012:instance/', { 'Fn::GetAtt': ['ContactCenter6F86BFBF', 'Id'] }]] },
      },
      { Effect: 'Allow', Action: ['ds:CheckAlias', 'ds:CreateDirectory', 'ds:CreateIdentityPoolDirectory', 'ds:DescribeDirectories'], Resource: '*' },
      {
        Effect: 'Allow',
        Action: ['ds:AuthorizeApplication', 'ds:CreateAlias', 'ds:DeleteDirectory', 'ds:UnauthorizeApplication'],
        Resource: [partitioned(':ds:us-east-1:123456789012:directory/*'), partitioned(':ds:us-west-2:123456789012:directory/*')],
      },
      {
        Effect: 'Allow',
        Action: ['iam:CreateServiceLinkedRole'],
        Resource: partitioned(':iam::123456789012:role/aws-service-role/connect.amazonaws.com/AWSServiceRoleForAmazonConnect*'),
        Condition: { StringEquals: { 'iam:AWSServiceName': 'connect.amazonaws.com' } },
      },
      {
        Effect: 'Allow',
        Action: ['iam:AttachRolePolicy', 'iam:PutRolePolicy'],
        Resource: partitioned(':iam::123456789012:role/aws-service-role/connect.amazonaws.com/AWSServiceRoleForAmazonConnect*'),
      },
    ]));
    expect(all.filter((s) => JSON.stringify(s.Action).includes('connect:ReplicateInstance'))).toHaveLength(1);
  });

  test('the removal policy: the instance\'s, or the replica\'s own (SNAPSHOT as RETAIN)', () => {
    const destroyed = samlInstance(RemovalPolicy.DESTROY);
    destroyed.cc.addReplica('Replica', { region: 'us-west-2', alias: 'acme-west' });
    templateOf(destroyed.stack).hasResource(REPLICA_TYPE, {
      Properties: Match.objectLike({ RemovalPolicy: 'destroy' }), DeletionPolicy: 'Delete', UpdateReplacePolicy: 'Delete',
    });
    const kept = importedInstance();
    replicate(kept.instance, { removalPolicy: RemovalPolicy.SNAPSHOT });
    templateOf(kept.stack).hasResource(REPLICA_TYPE, {
      Properties: Match.objectLike({ RemovalPolicy: 'retain' }), DeletionPolicy: 'Retain', UpdateReplacePolicy: 'Retain',
    });
  });

  test('an imported instance: its own Region\'s pair, RETAIN_ON_UPDATE_OR_DELETE; one without its identity type is not refused', () => {
    const london = importedInstance('eu-west-2');
    replicate(london.instance, { region: 'eu-central-1', alias: 'acme-frankfurt' });
    templateOf(london.stack).hasResource(REPLICA_TYPE, {
      Properties: Match.objectLike({ InstanceArn: arnIn('eu-west-2'), ReplicaRegion: 'eu-central-1', RemovalPolicy: 'retain-on-update-or-delete' }),
      DeletionPolicy: 'RetainExceptOnCreate',
    });
    const tokyo = importedInstance('ap-northeast-1', undefined);
    expect(() => replicate(tokyo.instance, { region: 'ap-northeast-3', alias: 'acme-osaka' })).not.toThrow();
  });

  test('in an environment-agnostic stack, any Region Global Resiliency replicates to', () => {
    const stack = new Stack(new App(), 'Agnostic');
    const cc = new ConnectInstance(stack, 'ContactCenter', { identity: IdentityManagement.saml({ instanceAlias: 'acme-any' }) });
    expect(() => cc.addReplica('Replica', { region: 'eu-west-2', alias: 'acme-london' })).not.toThrow();
    const other = new ConnectInstance(stack, 'Other', { identity: IdentityManagement.saml({ instanceAlias: 'acme-other' }) });
    expect(errorOf(() => other.addReplica('Replica', { region: 'sa-east-1', alias: 'acme-sao-paulo' })))
      .toContain('  - region must be a Region Global Resiliency replicates to (ap-northeast-3, eu-central-1, eu-west-2, us-east-1, us-west-2), got "sa-east-1"');
  });
});

describe('checks', () => {
  test('a Connect-managed instance is refused, naming the instance and its type', () => {
    const stack = newStack();
    const cc = new ConnectInstance(stack, 'ContactCenter', { identity: IdentityManagement.connectManaged({ instanceAlias: 'acme-east' }) });
    expect(errorOf(() => cc.addReplica('Replica', { region: 'us-west-2', alias: 'acme-west' }))).toBe([
      'InstanceReplica at \'TestStack/ContactCenter/Replica\' has 1 invalid prop:',
      '  - instance must use SAML identity management (IdentityManagement.saml): Global Resiliency replicates SAML instances only; '
        + 'the instance at \'TestStack/ContactCenter\' has another type, got "CONNECT_MANAGED"',
    ].join('\n'));
  });

  test('Region pairs: only the documented one, never the instance\'s own, and none for other Regions', () => {
    const { instance } = importedInstance();
    expect(errorOf(() => replicate(instance, { region: 'eu-west-2' })))
      .toContain('  - region must be us-west-2, the Region Global Resiliency pairs with the instance\'s Region us-east-1, got "eu-west-2"');
    expect(errorOf(() => replicate(instance, { region: 'us-east-1' }))).toContain('  - region must differ from the instance\'s Region (us-east-1), got "us-east-1"');
    const osaka = importedInstance('ap-northeast-3');
    expect(errorOf(() => replicate(osaka.instance, { region: 'ap-northeast-1' })))
      .toContain('  - region cannot hold a replica of an instance in ap-northeast-3: Global Resiliency replicates instances of '
        + 'us-east-1, us-west-2, eu-central-1, eu-west-2, ap-northeast-1 only, got "ap-northeast-1"');
  });

  test('every problem at once, each naming the prop and the value', () => {
    const { instance } = importedInstance('us-east-1', IdentityManagementType.EXISTING_DIRECTORY);
    const message = errorOf(() => replicate(instance, { region: 'Oregon', alias: 'd-west' }, 'Replica'));
    expect(message).toMatch(/^InstanceReplica at 'Imported\/Replica' has 3 invalid props:\n/);
    expect(message).toContain('  - instance must use SAML identity management');
    expect(message).toContain('  - region must be 8 to 31 characters long (length 6), got "Oregon"');
    expect(message).toContain('  - alias must be letters and digits joined by hyphens, not start with "d-" and not end with a hyphen, got "d-west"');
    expect(errorOf(() => replicate(instance, { region: 'us-west-2', alias: 'x'.repeat(46) }))).toContain('  - alias must be 1 to 45 characters long (length 46)');
  });

  test('the alias must differ from the instance\'s and from every other instance\'s and replica\'s of the app', () => {
    const { stack, cc } = samlInstance();
    expect(errorOf(() => cc.addReplica('SameAlias', { region: 'us-west-2', alias: 'acme-east' })))
      .toContain('  - alias must differ from the instance\'s alias: aliases are unique in all Regions, got "acme-east"');
    new ConnectInstance(stack, 'Other', { identity: IdentityManagement.saml({ instanceAlias: 'acme-west' }) });
    cc.addReplica('Replica', { region: 'us-west-2', alias: 'acme-west' });
    expect(errorOf(() => templateOf(stack))).toContain(
      'InstanceReplica at \'TestStack/ContactCenter/Replica\' has 1 invalid prop:\n  - alias must be unique in all Regions, but \'TestStack/Other\' has it too, got "acme-west"');
  });

  test('Amazon Connect replicates an instance once', () => {
    const { cc } = samlInstance();
    cc.addReplica('Replica', { region: 'us-west-2', alias: 'acme-west' });
    expect(errorOf(() => cc.addReplica('Second', { region: 'us-west-2', alias: 'acme-west-2' }))).toContain(
      '  - instance: the instance at \'TestStack/ContactCenter\' already has a replica at \'TestStack/ContactCenter/Replica\' (us-west-2), '
        + 'and Amazon Connect replicates an instance once');
  });

  test('missing props are named (untyped JavaScript)', () => {
    const { stack } = importedInstance();
    const message = errorOf(() => new InstanceReplica(stack, 'Replica', {} as any));
    expect(message).toContain('  - instance is required, got undefined');
    expect(message).toContain('  - region is required, got undefined');
    expect(message).toContain('  - alias is required, got undefined');
  });
});

describe('importing', () => {
  test('by ARN', () => {
    const { stack } = importedInstance();
    const replica = InstanceReplica.fromInstanceReplicaArn(stack, 'Replica', arnIn('us-west-2'));
    expect([replica.replicaArn, replica.replicaRegion]).toEqual([arnIn('us-west-2'), 'us-west-2']);
    expect(errorOf(() => InstanceReplica.fromInstanceReplicaArn(stack, 'Bad', `${arnIn('us-west-2')}/queue/q`)))
      .toContain('replicaArn must be an Amazon Connect instance ARN');
  });
});
