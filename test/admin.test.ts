import { Lazy, RemovalPolicy, SecretValue } from 'aws-cdk-lib';
import { Annotations, Match } from 'aws-cdk-lib/assertions';
import { AdminOptions, ConnectInstance, IdentityManagement, RoutingChannel, RoutingProfile, SecurityProfile, SecurityProfilePermission } from '../src';
import { newStack, templateOf } from './helpers/stack';
import { ProfileAttributeKind, profileAttributeName } from '../src/private/profile-lookup/attribute-names';
import { MAX_PROFILE_NAMES } from '../src/private/profile-lookup/profile-lookup';

const ADMIN = { username: 'admin', firstName: 'Ada', lastName: 'Admin', email: 'ada@example.com' };
/** The attribute of the instance's lookup that holds the ARN of the profile `name`. */
const lookupAttribute = (kind: ProfileAttributeKind, name: string) => ({ 'Fn::GetAtt': [Match.stringLikeRegexp('^ContactCenterProfiles'), profileAttributeName(kind, name)] });
const resolvedLookup = (kind: ProfileAttributeKind, name: string) => ({ 'Fn::GetAtt': [expect.stringMatching(/^ContactCenterProfiles/), profileAttributeName(kind, name)] });
const SECURITY = 'SecurityProfileArn';
const ROUTING = 'RoutingProfileArn';

describe('Connect-managed administrator', () => {
  test('gets a generated password from Secrets Manager and the resolved built-in profiles', () => {
    const stack = newStack();
    const cc = new ConnectInstance(stack, 'ContactCenter', {
      identity: IdentityManagement.connectManaged({ instanceAlias: 'acme' }),
      admin: ADMIN,
    });
    const template = templateOf(stack);
    template.hasResourceProperties('AWS::Connect::User', {
      InstanceArn: { 'Fn::GetAtt': ['ContactCenter6F86BFBF', 'Arn'] },
      Username: 'admin',
      IdentityInfo: { FirstName: 'Ada', LastName: 'Admin', Email: 'ada@example.com' },
      PhoneConfig: { PhoneType: 'SOFT_PHONE' },
      SecurityProfileArns: [lookupAttribute(SECURITY, 'Admin')],
      RoutingProfileArn: lookupAttribute(ROUTING, 'Basic Routing Profile'),
      Password: {
        'Fn::Join': ['', ['{{resolve:secretsmanager:', { Ref: Match.stringLikeRegexp('^ContactCenterAdminPassword') }, ':SecretString:::}}']],
      },
    });
    template.hasResourceProperties('AWS::SecretsManager::Secret', {
      GenerateSecretString: { PasswordLength: 32, RequireEachIncludedType: true, ExcludeCharacters: Match.anyValue() },
      KmsKeyId: Match.anyValue(),
    });
    template.hasResource('AWS::SecretsManager::Secret', { DeletionPolicy: 'RetainExceptOnCreate', UpdateReplacePolicy: 'Retain' });
    template.hasResourceProperties('Custom::ConnectProfileLookup', {
      InstanceArn: { 'Fn::GetAtt': ['ContactCenter6F86BFBF', 'Arn'] },
      SecurityProfileNames: ['Admin'],
      RoutingProfileNames: ['Basic Routing Profile'],
    });
    expect(cc.admin?.passwordSecret).toBeDefined();
    expect(stack.resolve(cc.admin?.userArn)).toEqual({ 'Fn::GetAtt': [expect.stringMatching(/^ContactCenterAdmin/), 'UserArn'] });
    expect(stack.resolve(cc.securityProfileArn(SecurityProfile.ADMIN))).toEqual({ 'Fn::GetAtt': [expect.stringMatching(/^ContactCenterProfiles/), profileAttributeName(SECURITY, 'Admin')] });
    expect(stack.resolve(cc.routingProfileArn(RoutingProfile.BASIC))).toEqual({ 'Fn::GetAtt': [expect.stringMatching(/^ContactCenterProfiles/), profileAttributeName(ROUTING, 'Basic Routing Profile')] });
    expect(JSON.stringify(template.toJSON())).not.toMatch(/"Password":\s*"/);
    expect(template.toJSON()).toMatchSnapshot();
  });

  test('uses a given password reference and creates no secret', () => {
    const stack = newStack();
    new ConnectInstance(stack, 'ContactCenter', {
      identity: IdentityManagement.connectManaged({ instanceAlias: 'acme' }),
      admin: { ...ADMIN, password: SecretValue.secretsManager('team/connect-admin') },
    });
    const template = templateOf(stack);
    template.hasResourceProperties('AWS::Connect::User', {
      Password: '{{resolve:secretsmanager:team/connect-admin:SecretString:::}}',
    });
    template.resourceCountIs('AWS::SecretsManager::Secret', 0);
  });

  test('warns when a literal password would reach the template', () => {
    // CloudFormation's own validation flags the literal too (W2501): not strict here.
    const stack = newStack('TestStack', false);
    new ConnectInstance(stack, 'ContactCenter', {
      identity: IdentityManagement.connectManaged({ instanceAlias: 'acme' }),
      admin: { ...ADMIN, password: SecretValue.unsafePlainText('Str0ngEnough') },
    });
    Annotations.fromStack(stack).hasWarning('/TestStack/ContactCenter/Admin', Match.stringLikeRegexp('literal value'));
  });

  test('takes other profiles when given', () => {
    const stack = newStack();
    new ConnectInstance(stack, 'ContactCenter', {
      identity: IdentityManagement.connectManaged({ instanceAlias: 'acme' }),
      admin: {
        ...ADMIN,
        securityProfiles: [SecurityProfile.ADMIN, SecurityProfile.fromSecurityProfileArn(stack, 'Imported', 'arn:aws:connect:us-east-1:123456789012:instance/i/security-profile/p')],
        routingProfile: RoutingProfile.fromName('Tier 2'),
      },
    });
    templateOf(stack).hasResourceProperties('AWS::Connect::User', {
      SecurityProfileArns: [lookupAttribute(SECURITY, 'Admin'), 'arn:aws:connect:us-east-1:123456789012:instance/i/security-profile/p'],
      RoutingProfileArn: lookupAttribute(ROUTING, 'Tier 2'),
    });
  });
});

describe('an option given as undefined means its default', () => {
  test('the administrator stays an Admin with the Basic Routing Profile and a soft phone', () => {
    const stack = newStack();
    // As when options are spread from configuration that leaves some out.
    const fromConfig: AdminOptions = { ...ADMIN, securityProfiles: undefined, routingProfile: undefined, phoneType: undefined };
    const cc = new ConnectInstance(stack, 'ContactCenter', {
      identity: IdentityManagement.connectManaged({ instanceAlias: 'acme' }),
      admin: fromConfig,
      removalPolicy: undefined,
    });
    const template = templateOf(stack);
    template.hasResourceProperties('AWS::Connect::User', {
      Username: 'admin',
      SecurityProfileArns: [lookupAttribute(SECURITY, 'Admin')],
      RoutingProfileArn: lookupAttribute(ROUTING, 'Basic Routing Profile'),
      PhoneConfig: { PhoneType: 'SOFT_PHONE' },
    });
    template.hasResourceProperties('Custom::ConnectProfileLookup', { SecurityProfileNames: ['Admin'] });
    template.hasResource('AWS::SecretsManager::Secret', { DeletionPolicy: 'RetainExceptOnCreate' });
    expect(cc.admin?.node.id).toBe('Admin');
  });

  test('a user added with securityProfiles: undefined is an Agent', () => {
    const stack = newStack();
    const cc = new ConnectInstance(stack, 'ContactCenter', {
      identity: IdentityManagement.connectManaged({ instanceAlias: 'acme' }),
      admin: ADMIN,
    });
    cc.addUser('Agent', { username: 'jane', firstName: 'Jane', lastName: 'Doe', securityProfiles: undefined });
    const users = Object.values(templateOf(stack).findResources('AWS::Connect::User')) as any[];
    const agent = users.find((u) => u.Properties.Username === 'jane');
    expect(agent.Properties.SecurityProfileArns).toEqual([
      { 'Fn::GetAtt': [expect.stringMatching(/^ContactCenterProfiles/), profileAttributeName(SECURITY, 'Agent')] },
    ]);
  });
});

describe('SAML administrator', () => {
  test('has names and no password', () => {
    const stack = newStack();
    new ConnectInstance(stack, 'ContactCenter', {
      identity: IdentityManagement.saml({ instanceAlias: 'acme' }),
      admin: { username: 'admin', firstName: 'Ada', lastName: 'Admin', secondaryEmail: 'ada@example.com' },
    });
    const template = templateOf(stack);
    template.hasResourceProperties('AWS::Connect::User', {
      Username: 'admin',
      IdentityInfo: { FirstName: 'Ada', LastName: 'Admin', SecondaryEmail: 'ada@example.com', Email: Match.absent() },
      Password: Match.absent(),
      SecurityProfileArns: [lookupAttribute(SECURITY, 'Admin')],
    });
    template.resourceCountIs('AWS::SecretsManager::Secret', 0);
    expect(template.toJSON()).toMatchSnapshot();
  });
});

describe('existing-directory administrator', () => {
  test('is an existing directory user with no password or names', () => {
    const stack = newStack();
    new ConnectInstance(stack, 'ContactCenter', {
      identity: IdentityManagement.existingDirectory({ directoryId: 'd-0123456789' }),
      admin: { username: 'jdoe' },
    });
    const template = templateOf(stack);
    template.hasResourceProperties('AWS::Connect::User', {
      Username: 'jdoe',
      IdentityInfo: Match.absent(),
      Password: Match.absent(),
      RoutingProfileArn: lookupAttribute(ROUTING, 'Basic Routing Profile'),
    });
    template.resourceCountIs('AWS::SecretsManager::Secret', 0);
    expect(template.toJSON()).toMatchSnapshot();
  });
});

const PROFILE_ARN = 'arn:aws:connect:us-east-1:123456789012:instance/11111111-2222-3333-4444-555555555555';

describe('the deploy-time lookup', () => {
  test('is one function per stack, behind aws-cdk-lib\'s response wrapper, whose role reads only the instances it serves', () => {
    const stack = newStack();
    for (const alias of ['acme-one', 'acme-two']) {
      new ConnectInstance(stack, alias, {
        identity: IdentityManagement.connectManaged({ instanceAlias: alias }),
        admin: ADMIN,
      });
    }
    const template = templateOf(stack);
    template.resourceCountIs('AWS::Lambda::Function', 1);
    template.resourceCountIs('AWS::IAM::Role', 1);
    template.resourceCountIs('AWS::IAM::Policy', 0);
    template.resourceCountIs('Custom::ConnectProfileLookup', 2);
    template.hasResourceProperties('AWS::Lambda::Function', {
      Handler: '__entrypoint__.handler',
      Runtime: 'nodejs22.x',
      Timeout: 300,
      MemorySize: 256,
      LoggingConfig: { LogGroup: { Ref: Match.stringLikeRegexp('^ConnectProfileLookupCustomResourceProviderLogGroup') } },
    });
    template.hasResourceProperties('AWS::Logs::LogGroup', { RetentionInDays: 365, LogGroupName: Match.absent() });
    const [role] = Object.values(template.findResources('AWS::IAM::Role')) as any[];
    // Not CustomResourceProvider's AWSLambdaBasicExecutionRole (every log group of the account): its own log group only.
    expect(role.Properties.ManagedPolicyArns).toBeUndefined();
    const statements = role.Properties.Policies.flatMap((p: any) => p.PolicyDocument.Statement);
    const connectArn = (resource: string) => ({ 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, `:connect:us-east-1:123456789012:${resource}`]] });
    expect(statements).toEqual([
      // Always there, so that an old route's Delete is allowed (src/private/deploy-time/provider.ts).
      {
        Effect: 'Allow',
        Action: ['connect:DisassociatePhoneNumberContactFlow'],
        Resource: [connectArn('phone-number/*'), connectArn('instance/*')],
      },
      {
        Effect: 'Allow',
        Action: ['logs:CreateLogStream', 'logs:PutLogEvents'],
        Resource: { 'Fn::GetAtt': [expect.stringMatching(/^ConnectProfileLookupCustomResourceProviderLogGroup/), 'Arn'] },
      },
      ...['acmeone', 'acmetwo'].map((alias) => {
        const arn = { 'Fn::GetAtt': [expect.stringMatching(new RegExp(`^${alias}`)), 'Arn'] };
        const child = (kind: string) => ({ 'Fn::Join': ['', [arn, `/${kind}/*`]] });
        return {
          Effect: 'Allow',
          Action: ['connect:ListSecurityProfiles', 'connect:ListRoutingProfiles'],
          Resource: [arn, child('security-profile'), child('routing-profile')],
        };
      }),
    ]);
    template.resourceCountIs('AWS::IAM::ManagedPolicy', 0);
  });

  test('sits at fixed paths: the provider, its function, and the log group the function logs to', () => {
    const stack = newStack();
    const cc = new ConnectInstance(stack, 'ContactCenter', { identity: IdentityManagement.connectManaged({ instanceAlias: 'acme' }), admin: ADMIN });
    const provider = stack.node.findChild('ConnectProfileLookupCustomResourceProvider');
    expect(provider.node.children.map((c) => c.node.id).sort()).toEqual(['Handler', 'LogGroup', 'Role', 'Staging']);
    expect(cc.node.findChild('Profiles').node.findChild('Resource').node.findChild('Default')).toBeDefined();
  });

  test('a bare instance deploys no lookup: no function, role or custom resource', () => {
    const stack = newStack();
    new ConnectInstance(stack, 'ContactCenter', { identity: IdentityManagement.connectManaged({ instanceAlias: 'acme' }) });
    const template = templateOf(stack);
    template.resourceCountIs('AWS::Lambda::Function', 0);
    template.resourceCountIs('Custom::ConnectProfileLookup', 0);
    template.resourceCountIs('AWS::IAM::Role', 0);
    expect(stack.node.tryFindChild('ConnectProfileLookupCustomResourceProvider')).toBeUndefined();
  });

  test('users whose profiles are all given by ARN need no lookup', () => {
    const stack = newStack();
    const cc = new ConnectInstance(stack, 'ContactCenter', {
      identity: IdentityManagement.connectManaged({ instanceAlias: 'acme' }),
      admin: {
        ...ADMIN,
        securityProfiles: [SecurityProfile.fromSecurityProfileArn(stack, 'AdminProfile', `${PROFILE_ARN}/security-profile/admin`)],
        routingProfile: RoutingProfile.fromRoutingProfileArn(stack, 'AdminRouting', `${PROFILE_ARN}/routing-profile/basic`),
      },
    });
    cc.addUser('Agent', {
      username: 'jane',
      firstName: 'Jane',
      lastName: 'Doe',
      securityProfiles: [SecurityProfile.fromSecurityProfileArn(stack, 'AgentProfile', `${PROFILE_ARN}/security-profile/agent`)],
      routingProfile: RoutingProfile.fromRoutingProfileArn(stack, 'AgentRouting', `${PROFILE_ARN}/routing-profile/basic`),
    });
    const template = templateOf(stack);
    template.resourceCountIs('AWS::Connect::User', 2);
    template.resourceCountIs('AWS::Lambda::Function', 0);
    template.resourceCountIs('Custom::ConnectProfileLookup', 0);
    expect(cc.securityProfileArn(SecurityProfile.fromSecurityProfileArn(stack, 'X', `${PROFILE_ARN}/security-profile/x`))).toBe(`${PROFILE_ARN}/security-profile/x`);
    expect(stack.node.tryFindChild('ConnectProfileLookupCustomResourceProvider')).toBeUndefined();
  });

  test('asking for a profile by name adds the lookup', () => {
    const stack = newStack();
    const cc = new ConnectInstance(stack, 'ContactCenter', { identity: IdentityManagement.connectManaged({ instanceAlias: 'acme' }) });
    expect(stack.resolve(cc.routingProfileArn(RoutingProfile.BASIC))).toEqual({
      'Fn::GetAtt': [expect.stringMatching(/^ContactCenterProfiles/), profileAttributeName(ROUTING, 'Basic Routing Profile')],
    });
    templateOf(stack).hasResourceProperties('Custom::ConnectProfileLookup', { SecurityProfileNames: [], RoutingProfileNames: ['Basic Routing Profile'] });
    templateOf(stack).resourceCountIs('AWS::Lambda::Function', 1);
  });

  test.each([
    ['by default', [undefined], 'RetainExceptOnCreate', 'Retain'],
    ['with DESTROY', [RemovalPolicy.DESTROY], 'Delete', 'Delete'],
    ['with RETAIN', [RemovalPolicy.RETAIN], 'Retain', 'Retain'],
    ['with SNAPSHOT, which log groups do not take', [RemovalPolicy.SNAPSHOT], 'Retain', 'Retain'],
    ['for instances with DESTROY and the default: the more retaining', [RemovalPolicy.DESTROY, undefined], 'RetainExceptOnCreate', 'Retain'],
    ['for instances with RETAIN and DESTROY: the more retaining', [RemovalPolicy.RETAIN, RemovalPolicy.DESTROY], 'Retain', 'Retain'],
  ])('the log group is kept %s as the instances keep their data', (_, removalPolicies, deletion, updateReplace) => {
    // An instance with SNAPSHOT fails CloudFormation's validation: not strict for that case.
    const stack = newStack('TestStack', !removalPolicies.includes(RemovalPolicy.SNAPSHOT));
    removalPolicies.forEach((removalPolicy, i) => new ConnectInstance(stack, `ContactCenter${i}`, {
      identity: IdentityManagement.saml({ instanceAlias: `acme-${i}` }),
      admin: { username: 'admin', firstName: 'Ada', lastName: 'Admin' },
      removalPolicy,
    }));
    const template = templateOf(stack);
    const logGroups = template.findResources('AWS::Logs::LogGroup', { Properties: { LogGroupName: Match.absent() } });
    expect(Object.values(logGroups).map((r: any) => [r.DeletionPolicy, r.UpdateReplacePolicy])).toEqual([[deletion, updateReplace]]);
  });

  test(`looks up at most ${MAX_PROFILE_NAMES} names per instance, so that its answer fits CloudFormation's 4 KB, and says how to give more`, () => {
    const stack = newStack();
    const cc = new ConnectInstance(stack, 'ContactCenter', { identity: IdentityManagement.connectManaged({ instanceAlias: 'acme' }) });
    for (let i = 0; i < MAX_PROFILE_NAMES; i++) {
      cc.securityProfileArn(SecurityProfile.fromName(`Team ${i}`));
    }
    // A name already looked up costs nothing.
    expect(() => cc.securityProfileArn(SecurityProfile.fromName('Team 0'))).not.toThrow();
    expect(() => cc.routingProfileArn(RoutingProfile.fromName('Tier 2'))).toThrow(
      `the instance at 'TestStack/ContactCenter' already looks up ${MAX_PROFILE_NAMES} profiles by name, the most one deploy-time lookup can return: `
      + 'give the routing profile "Tier 2" by its ARN instead');
    expect(() => cc.securityProfileArn(SecurityProfile.fromName('Team 99'))).toThrow(/give the security profile "Team 99" by its ARN instead$/);
  });
});

describe('profile names', () => {
  test.each([
    ['security profile', () => SecurityProfile.fromName('')],
    ['routing profile', () => RoutingProfile.fromName('')],
  ])('a %s rejects an empty name', (what, make) => {
    expect(make).toThrow(`${what} name must not be empty, got ""`);
  });

  test('must be known at synth time', () => {
    const token = Lazy.string({ produce: () => 'Admin' });
    expect(() => RoutingProfile.fromName(token)).toThrow(/^routing profile name must be known at synth time, got the token \$\{Token\[/);
    expect(() => SecurityProfile.fromName(token)).toThrow(/by ARN instead$/);
  });

  test('the built-in profiles are profiles found by name, in the instance they are used with', () => {
    const stack = newStack();
    const cc = new ConnectInstance(stack, 'ContactCenter', {
      identity: IdentityManagement.connectManaged({ instanceAlias: 'acme' }),
    });
    const builtIn = [SecurityProfile.ADMIN, SecurityProfile.AGENT, SecurityProfile.CALL_CENTER_MANAGER, SecurityProfile.QUALITY_ANALYST, SecurityProfile.fromName('Tier 2')];
    expect(builtIn.map((p) => stack.resolve(p.securityProfileArnFor(cc))))
      .toEqual(['Admin', 'Agent', 'CallCenterManager', 'QualityAnalyst', 'Tier 2'].map((name) => resolvedLookup(SECURITY, name)));
    expect(stack.resolve(RoutingProfile.BASIC.routingProfileArnFor(cc))).toEqual(resolvedLookup(ROUTING, 'Basic Routing Profile'));
    // The instance's method is the same lookup.
    expect(stack.resolve(cc.securityProfileArn(SecurityProfile.AGENT))).toEqual(stack.resolve(SecurityProfile.AGENT.securityProfileArnFor(cc)));
  });

  test('names that differ only in punctuation or spacing, or have no letters at all, are told apart', () => {
    const stack = newStack();
    const cc = new ConnectInstance(stack, 'ContactCenter', {
      identity: IdentityManagement.connectManaged({ instanceAlias: 'acme' }),
    });
    const names = ['Call Center', 'CallCenter', 'Call-Center', ' - ', '!!'];
    const arns = names.map((name) => stack.resolve(cc.routingProfileArn(RoutingProfile.fromName(name))));
    expect(arns).toEqual(names.map((name) => ({ 'Fn::GetAtt': [expect.stringMatching(/^ContactCenterProfiles/), profileAttributeName(ROUTING, name)] })));
    expect(new Set(arns.map((a) => a['Fn::GetAtt'][1])).size).toBe(names.length);
    templateOf(stack).hasResourceProperties('Custom::ConnectProfileLookup', { RoutingProfileNames: [...names].sort() });
  });

  test('the same name twice, and the same name in two kinds, are fine', () => {
    const stack = newStack();
    const cc = new ConnectInstance(stack, 'ContactCenter', {
      identity: IdentityManagement.connectManaged({ instanceAlias: 'acme' }),
      admin: ADMIN,
    });
    cc.addUser('One', { ...ADMIN, username: 'one', securityProfiles: [SecurityProfile.fromName('Admin')], routingProfile: RoutingProfile.fromName('Admin') });
    templateOf(stack).hasResourceProperties('Custom::ConnectProfileLookup', {
      SecurityProfileNames: ['Admin'],
      RoutingProfileNames: ['Admin', 'Basic Routing Profile'],
    });
  });
});

describe('profiles created here, given to users directly', () => {
  /** An instance with a queue, a routing profile that serves it and a security profile, all created here. */
  function withProfiles() {
    const stack = newStack();
    const cc = new ConnectInstance(stack, 'ContactCenter', { identity: IdentityManagement.connectManaged({ instanceAlias: 'acme' }) });
    const queue = cc.addQueue('Support', { hoursOfOperation: cc.addHoursOfOperation('Hours') });
    const routing = cc.addRoutingProfile('Agents', { defaultOutboundQueue: queue, queues: [{ queue, channel: RoutingChannel.VOICE }] });
    const security = cc.addSecurityProfile('Supervisors', { permissions: [SecurityProfilePermission.BASIC_AGENT_ACCESS] });
    return { stack, cc, routing, security };
  }

  test('a created routing and security profile: their ARNs, no lookup (a TypeError at synth before 1.0)', () => {
    const { stack, cc, routing, security } = withProfiles();
    cc.addUser('Jane', { username: 'jane', firstName: 'Jane', lastName: 'Doe', routingProfile: routing, securityProfiles: [security] });
    const template = templateOf(stack);
    template.hasResourceProperties('AWS::Connect::User', {
      Username: 'jane',
      RoutingProfileArn: { 'Fn::GetAtt': [Match.stringLikeRegexp('^ContactCenterAgents'), 'RoutingProfileArn'] },
      SecurityProfileArns: [{ 'Fn::GetAtt': [Match.stringLikeRegexp('^ContactCenterSupervisors'), 'SecurityProfileArn'] }],
    });
    template.resourceCountIs('Custom::ConnectProfileLookup', 0);
    expect(stack.resolve(cc.routingProfileArn(routing))).toEqual(stack.resolve(routing.routingProfileArn));
    expect(stack.resolve(security.securityProfileArnFor(cc))).toEqual(stack.resolve(security.securityProfileArn));
  });

  test('built-in, created and imported profiles mix in one list, in order', () => {
    const { stack, cc, security } = withProfiles();
    const imported = SecurityProfile.fromSecurityProfileArn(stack, 'Imported', 'arn:aws:connect:us-east-1:123456789012:instance/i/security-profile/p');
    cc.addUser('Jane', { username: 'jane', firstName: 'Jane', lastName: 'Doe', securityProfiles: [SecurityProfile.AGENT, security, imported] });
    templateOf(stack).hasResourceProperties('AWS::Connect::User', {
      SecurityProfileArns: [
        lookupAttribute(SECURITY, 'Agent'),
        { 'Fn::GetAtt': [Match.stringLikeRegexp('^ContactCenterSupervisors'), 'SecurityProfileArn'] },
        'arn:aws:connect:us-east-1:123456789012:instance/i/security-profile/p',
      ],
    });
  });

  test('a profile of another instance of the stack fails, naming both', () => {
    const { stack, routing, security } = withProfiles();
    const other = new ConnectInstance(stack, 'Other', { identity: IdentityManagement.connectManaged({ instanceAlias: 'acme-other' }) });
    expect(() => other.addUser('Jane', { username: 'jane', firstName: 'Jane', lastName: 'Doe', routingProfile: routing }))
      .toThrow("the routing profile at 'TestStack/ContactCenter/Agents' belongs to another instance, not to the instance at 'TestStack/Other': a profile is used with the instance it belongs to");
    expect(() => security.securityProfileArnFor(other)).toThrow(/^the security profile at 'TestStack\/ContactCenter\/Supervisors' belongs to another instance/);
  });

  test('a profile imported from another instance fails, naming its instance', () => {
    const stack = newStack();
    const cc = ConnectInstance.fromInstanceArn(stack, 'ContactCenter', 'arn:aws:connect:us-east-1:123456789012:instance/aaaa');
    const foreign = RoutingProfile.fromRoutingProfileArn(stack, 'Foreign', 'arn:aws:connect:us-east-1:123456789012:instance/bbbb/routing-profile/r');
    expect(() => cc.routingProfileArn(foreign)).toThrow(
      "the routing profile at 'TestStack/Foreign' belongs to the instance \"arn:aws:connect:us-east-1:123456789012:instance/bbbb\", not to the instance at 'TestStack/ContactCenter'");
  });

  test('names or ARNs instead of profiles fail, naming the prop (untyped JavaScript)', () => {
    const stack = newStack();
    const cc = new ConnectInstance(stack, 'ContactCenter', { identity: IdentityManagement.connectManaged({ instanceAlias: 'acme' }) });
    const message = (() => {
      try {
        cc.addUser('Jane', { username: 'jane', firstName: 'Jane', lastName: 'Doe', securityProfiles: ['Agent' as any], routingProfile: 'Basic Routing Profile' as any });
      } catch (e) {
        return (e as Error).message;
      }
      return '';
    })();
    expect(message).toContain('  - securityProfiles[0] must be a security profile: SecurityProfile.AGENT, SecurityProfile.fromName(name), a SecurityProfile '
      + 'or SecurityProfile.fromSecurityProfileArn(scope, id, arn), got "Agent"');
    expect(message).toContain('  - routingProfile must be a routing profile: RoutingProfile.BASIC, RoutingProfile.fromName(name), a RoutingProfile '
      + 'or RoutingProfile.fromRoutingProfileArn(scope, id, arn), got "Basic Routing Profile"');
  });
});
