import { App, CfnOutput, CfnResource, RemovalPolicy, Stack, Tags } from 'aws-cdk-lib';
import { Annotations, Match } from 'aws-cdk-lib/assertions';
import { ConnectInstance, IdentityManagement } from '../src';
import { errorOf, newStack, templateOf } from './helpers/stack';

describe('identity management', () => {
  test('Connect-managed renders the type and the alias', () => {
    const stack = newStack();
    const cc = new ConnectInstance(stack, 'ContactCenter', {
      identity: IdentityManagement.connectManaged({ instanceAlias: 'acme-support' }),
    });
    const template = templateOf(stack);
    template.hasResourceProperties('AWS::Connect::Instance', {
      IdentityManagementType: 'CONNECT_MANAGED',
      InstanceAlias: 'acme-support',
      DirectoryId: Match.absent(),
    });
    expect(stack.resolve(cc.accessUrl)).toBe('https://acme-support.my.connect.aws');
    expect(template.toJSON()).toMatchSnapshot();
  });

  test('SAML renders the type and the alias, and the relay state URL', () => {
    const stack = newStack();
    const cc = new ConnectInstance(stack, 'ContactCenter', {
      identity: IdentityManagement.saml({ instanceAlias: 'acme-sso' }),
    });
    const template = templateOf(stack);
    template.hasResourceProperties('AWS::Connect::Instance', {
      IdentityManagementType: 'SAML',
      InstanceAlias: 'acme-sso',
      DirectoryId: Match.absent(),
    });
    expect(stack.resolve(cc.accessUrl)).toBe('https://acme-sso.my.connect.aws');
    expect(stack.resolve(cc.samlRelayStateUrl)).toEqual({
      'Fn::Join': ['', ['https://us-east-1.console.aws.amazon.com/connect/federate/', { 'Fn::GetAtt': ['ContactCenter6F86BFBF', 'Id'] }]],
    });
    expect(template.toJSON()).toMatchSnapshot();
  });

  test('an existing directory renders the directory id and no alias', () => {
    const stack = newStack();
    const cc = new ConnectInstance(stack, 'ContactCenter', {
      identity: IdentityManagement.existingDirectory({ directoryId: 'd-0123456789', directoryAlias: 'acme-corp' }),
    });
    const template = templateOf(stack);
    template.hasResourceProperties('AWS::Connect::Instance', {
      IdentityManagementType: 'EXISTING_DIRECTORY',
      DirectoryId: 'd-0123456789',
      InstanceAlias: Match.absent(),
    });
    expect(stack.resolve(cc.accessUrl)).toBe('https://acme-corp.my.connect.aws');
    expect(template.toJSON()).toMatchSnapshot();
  });

  test('accessUrl of an existing-directory instance without its alias is unknown', () => {
    const stack = newStack();
    const cc = new ConnectInstance(stack, 'ContactCenter', {
      identity: IdentityManagement.existingDirectory({ directoryId: 'd-0123456789' }),
    });
    expect(cc.accessUrl).toBeUndefined();
  });

  test('samlRelayStateUrl is undefined for a non-SAML instance', () => {
    const stack = newStack();
    const cc = new ConnectInstance(stack, 'ContactCenter', {
      identity: IdentityManagement.connectManaged({ instanceAlias: 'acme' }),
    });
    expect(cc.samlRelayStateUrl).toBeUndefined();
  });

  /** A SAML instance in a stack of this Region (or of no Region). */
  function samlIn(region?: string) {
    const app = new App();
    const stack = new Stack(app, 'Saml', region ? { env: { account: '123456789012', region } } : undefined);
    const cc = new ConnectInstance(stack, 'ContactCenter', { identity: IdentityManagement.saml({ instanceAlias: 'acme-sso' }) });
    return { stack, cc };
  }

  test('samlRelayStateUrl in AWS GovCloud (US) is on the GovCloud console, without a Region', () => {
    const { stack, cc } = samlIn('us-gov-west-1');
    expect(stack.resolve(cc.samlRelayStateUrl)).toEqual({
      'Fn::Join': ['', ['https://console.amazonaws-us-gov.com/connect/federate/', { 'Fn::GetAtt': ['ContactCenter6F86BFBF', 'Id'] }]],
    });
  });

  test('samlRelayStateUrl is undefined in China, where Amazon Connect is not offered', () => {
    expect(samlIn('cn-north-1').cc.samlRelayStateUrl).toBeUndefined();
  });

  test('samlRelayStateUrl of an environment-agnostic stack chooses the console by partition at deploy time', () => {
    const { stack, cc } = samlIn();
    new CfnOutput(stack, 'RelayState', { value: cc.samlRelayStateUrl! });
    new CfnOutput(stack, 'Again', { value: cc.samlRelayStateUrl! });
    const template = templateOf(stack).toJSON();
    expect(Object.keys(template.Conditions)).toHaveLength(1);
    const [condition] = Object.keys(template.Conditions);
    expect(template.Conditions[condition]).toEqual({ 'Fn::Equals': [{ Ref: 'AWS::Partition' }, 'aws-us-gov'] });
    const id = { 'Fn::GetAtt': ['ContactCenter6F86BFBF', 'Id'] };
    expect(template.Outputs.RelayState.Value).toEqual({
      'Fn::If': [condition,
        { 'Fn::Join': ['', ['https://console.amazonaws-us-gov.com/connect/federate/', id]] },
        { 'Fn::Join': ['', ['https://', { Ref: 'AWS::Region' }, '.console.aws.amazon.com/connect/federate/', id]] }],
    });
  });

  test('warns at synth that the identity choice is permanent, and that a new type needs a new alias', () => {
    const stack = newStack();
    new ConnectInstance(stack, 'ContactCenter', {
      identity: IdentityManagement.saml({ instanceAlias: 'acme' }),
    });
    const warnings = Annotations.fromStack(stack).findWarning('/TestStack/ContactCenter', Match.anyValue())
      .map((w) => String(w.entry.data))
      .filter((text) => text.includes('[ack: cdk-connect-instance:permanentIdentity]'));
    expect(warnings).toHaveLength(1);
    const [text] = warnings;
    expect(text).toContain('the identity management type (SAML), instance alias and directory of an Amazon Connect instance cannot change: '
      + 'changing them replaces the instance and everything in it, and Amazon Connect limits instance creations and deletions per 30 days.');
    expect(text).toContain('To change the identity management type, change the alias in the same deployment '
      + '(for an existing directory, link a directory with another alias)');
    expect(text).toContain('aliases are unique in all Regions, and CloudFormation creates the new instance while the old one still holds its alias '
      + '(the old one is kept unless removalPolicy is DESTROY), so a new instance with the same alias cannot be created');
  });
});

describe('telephony and instance attributes', () => {
  test('by default only what CloudFormation requires and the console wizard sets is sent', () => {
    const stack = newStack();
    new ConnectInstance(stack, 'ContactCenter', {
      identity: IdentityManagement.connectManaged({ instanceAlias: 'acme' }),
    });
    // Each attribute present is one UpdateInstanceAttribute call of the
    // CloudFormation handler: no UseCustomTTSVoices (allow-listed accounts
    // only), no HighVolumeOutBound, no ContactLens, ... unless set.
    templateOf(stack).hasResourceProperties('AWS::Connect::Instance', {
      Attributes: Match.exact({
        InboundCalls: true,
        OutboundCalls: true,
        EarlyMedia: true,
        ContactflowLogs: true,
      }),
    });
  });

  test('an attribute the user sets is sent, false included; one left undefined is not', () => {
    const stack = newStack();
    new ConnectInstance(stack, 'ContactCenter', {
      identity: IdentityManagement.connectManaged({ instanceAlias: 'acme' }),
      useCustomTtsVoices: false,
      highVolumeOutbound: false,
      contactLens: true,
      autoResolveBestVoices: undefined,
      autoMuteAgentOnHold: false,
    });
    templateOf(stack).hasResourceProperties('AWS::Connect::Instance', {
      Attributes: Match.exact({
        InboundCalls: true,
        OutboundCalls: true,
        EarlyMedia: true,
        ContactflowLogs: true,
        UseCustomTTSVoices: false,
        HighVolumeOutBound: false,
        ContactLens: true,
        AutoMuteAgentOnHold: false,
      }),
    });
  });

  test('every attribute can be set', () => {
    const stack = newStack();
    new ConnectInstance(stack, 'ContactCenter', {
      identity: IdentityManagement.connectManaged({ instanceAlias: 'acme' }),
      inboundCalls: false,
      outboundCalls: false,
      earlyMedia: false,
      contactFlowLogs: false,
      contactLens: false,
      autoResolveBestVoices: false,
      useCustomTtsVoices: true,
      multiPartyConference: true,
      multiPartyChatConference: true,
      enhancedContactMonitoring: true,
      enhancedChatMonitoring: true,
      highVolumeOutbound: true,
      autoMuteAgentOnHold: true,
      messageStreaming: true,
    });
    templateOf(stack).hasResourceProperties('AWS::Connect::Instance', {
      Attributes: {
        InboundCalls: false,
        OutboundCalls: false,
        EarlyMedia: false,
        ContactflowLogs: false,
        ContactLens: false,
        AutoResolveBestVoices: false,
        UseCustomTTSVoices: true,
        MultiPartyConference: true,
        MultiPartyChatConference: true,
        EnhancedContactMonitoring: true,
        EnhancedChatMonitoring: true,
        HighVolumeOutBound: true,
        AutoMuteAgentOnHold: true,
        MessageStreaming: true,
      },
    });
  });
});

describe('lifecycle', () => {
  /** The deletion and replace policies of every resource of these types, by logical id. */
  function policiesOf(stack: Stack, types: string[]): Record<string, [unknown, unknown]> {
    type Rendered = { Type: string; DeletionPolicy?: unknown; UpdateReplacePolicy?: unknown };
    const resources = templateOf(stack).toJSON().Resources as Record<string, Rendered>;
    return Object.fromEntries(Object.entries(resources)
      .filter(([, r]) => types.includes(r.Type))
      .map(([id, r]) => [id, [r.DeletionPolicy, r.UpdateReplacePolicy]]));
  }

  const DATA_STORES = ['AWS::Connect::Instance', 'AWS::S3::Bucket', 'AWS::KMS::Key', 'AWS::Logs::LogGroup', 'AWS::SecretsManager::Secret'];

  test('by default the instance and every data store are kept on update and delete, but not when their first create rolls back', () => {
    const stack = newStack();
    const cc = new ConnectInstance(stack, 'ContactCenter', {
      identity: IdentityManagement.connectManaged({ instanceAlias: 'acme' }),
      admin: { username: 'admin', firstName: 'Ada', lastName: 'Admin' },
    });
    cc.addUser('Agent', { username: 'agent1', firstName: 'Alan', lastName: 'Agent' });
    const policies = policiesOf(stack, DATA_STORES);
    // The instance, the data bucket and its access-log bucket, the key, the
    // flow log group, two password secrets, and the profile lookup's log group.
    const lookupLogGroup = stack.getLogicalId(stack.node.findChild('ConnectProfileLookupCustomResourceProvider').node.findChild('LogGroup').node.defaultChild as CfnResource);
    expect(Object.keys(policies)).toContain(lookupLogGroup);
    expect(Object.keys(policies)).toHaveLength(8);
    for (const [id, policy] of Object.entries(policies)) {
      expect([id, policy]).toEqual([id, ['RetainExceptOnCreate', 'Retain']]);
    }
  });

  test('removalPolicy RETAIN still keeps everything, also when the first create rolls back', () => {
    const stack = newStack();
    new ConnectInstance(stack, 'ContactCenter', {
      identity: IdentityManagement.connectManaged({ instanceAlias: 'acme' }),
      admin: { username: 'admin', firstName: 'Ada', lastName: 'Admin' },
      removalPolicy: RemovalPolicy.RETAIN,
    });
    const policies = Object.values(policiesOf(stack, DATA_STORES));
    expect(policies.length).toBeGreaterThanOrEqual(6);
    policies.forEach((policy) => expect(policy).toEqual(['Retain', 'Retain']));
  });

  test('removalPolicy DESTROY deletes the instance and every data store, emptying the buckets first', () => {
    const stack = newStack();
    new ConnectInstance(stack, 'ContactCenter', {
      identity: IdentityManagement.connectManaged({ instanceAlias: 'acme' }),
      admin: { username: 'admin', firstName: 'Ada', lastName: 'Admin' },
      removalPolicy: RemovalPolicy.DESTROY,
    });
    const template = templateOf(stack);
    template.hasResource('AWS::Connect::Instance', {
      DeletionPolicy: 'Delete',
      UpdateReplacePolicy: 'Delete',
    });
    // The instance, both buckets, the key, the password secret, the flow-log group and the lookup's log group.
    const policies = Object.values(policiesOf(stack, DATA_STORES));
    expect(policies).toHaveLength(7);
    policies.forEach((policy) => expect(policy).toEqual(['Delete', 'Delete']));
    template.resourceCountIs('Custom::S3AutoDeleteObjects', 2);
  });

  test('tags reach the instance', () => {
    const stack = newStack();
    const cc = new ConnectInstance(stack, 'ContactCenter', {
      identity: IdentityManagement.connectManaged({ instanceAlias: 'acme' }),
    });
    Tags.of(cc).add('cost-center', 'support');
    templateOf(stack).hasResourceProperties('AWS::Connect::Instance', {
      Tags: [{ Key: 'cost-center', Value: 'support' }],
    });
  });

  test('attributes come from the instance resource', () => {
    const stack = newStack();
    const cc = new ConnectInstance(stack, 'ContactCenter', {
      identity: IdentityManagement.connectManaged({ instanceAlias: 'acme' }),
    });
    const id = 'ContactCenter6F86BFBF';
    expect(stack.resolve(cc.instanceArn)).toEqual({ 'Fn::GetAtt': [id, 'Arn'] });
    expect(stack.resolve(cc.instanceId)).toEqual({ 'Fn::GetAtt': [id, 'Id'] });
    expect(stack.resolve(cc.instanceStatus)).toEqual({ 'Fn::GetAtt': [id, 'InstanceStatus'] });
    expect(stack.resolve(cc.createdTime)).toEqual({ 'Fn::GetAtt': [id, 'CreatedTime'] });
    expect(stack.resolve(cc.serviceRoleArn)).toEqual({ 'Fn::GetAtt': [id, 'ServiceRole'] });
    expect(stack.resolve(cc.serviceRole.roleArn)).toEqual({ 'Fn::GetAtt': [id, 'ServiceRole'] });
    expect(cc.serviceRole).toBe(cc.serviceRole);
  });
});

describe('import', () => {
  const arn = 'arn:aws:connect:eu-west-2:123456789012:instance/aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee';

  test('fromInstanceArn parses the id and environment', () => {
    const stack = newStack();
    const imported = ConnectInstance.fromInstanceArn(stack, 'Existing', arn);
    expect(imported.instanceArn).toBe(arn);
    expect(imported.instanceId).toBe('aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee');
    expect(imported.env.region).toBe('eu-west-2');
    expect(imported.env.account).toBe('123456789012');
  });

  test('fromInstanceAttributes accepts a token', () => {
    const stack = newStack();
    const imported = ConnectInstance.fromInstanceAttributes(stack, 'Existing', {
      instanceArn: stack.formatArn({ service: 'connect', resource: 'instance', resourceName: 'abc' }),
    });
    expect(stack.resolve(imported.instanceId)).toBe('abc');
  });

  test.each([
    ['another service', 'arn:aws:s3:eu-west-2:123456789012:instance/abc'],
    ['another resource', 'arn:aws:connect:eu-west-2:123456789012:queue/abc'],
    ['a child of an instance', `${'arn:aws:connect:eu-west-2:123456789012:instance/abc'}/queue/def`],
  ])('fails for %s', (_, bad) => {
    const stack = newStack();
    expect(errorOf(() => ConnectInstance.fromInstanceArn(stack, 'Existing', bad))).toContain(`got ${JSON.stringify(bad)}`);
  });

  test('fails for text that is not an ARN', () => {
    const stack = newStack();
    expect(errorOf(() => ConnectInstance.fromInstanceArn(stack, 'Existing', 'acme'))).toMatch(/ARN/);
  });
});
