import { Lazy, SecretValue } from 'aws-cdk-lib';
import { Annotations, Match } from 'aws-cdk-lib/assertions';
import { AdminOptions, ConnectInstance, IdentityManagement, RoutingProfile, SecurityProfile } from '../src';
import { newStack, templateOf } from './helpers/stack';

const ADMIN = { username: 'admin', firstName: 'Ada', lastName: 'Admin', email: 'ada@example.com' };
const lookupAttribute = (name: string) => ({ 'Fn::GetAtt': [Match.stringLikeRegexp('^ContactCenterProfiles'), name] });

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
      SecurityProfileArns: [lookupAttribute('SecurityProfileArn.Admin')],
      RoutingProfileArn: lookupAttribute('RoutingProfileArn.BasicRoutingProfile'),
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
      InstanceId: { 'Fn::GetAtt': ['ContactCenter6F86BFBF', 'Arn'] },
      SecurityProfileNames: ['Admin'],
      RoutingProfileNames: ['Basic Routing Profile'],
    });
    expect(cc.adminPasswordSecret).toBeDefined();
    expect(stack.resolve(cc.adminUserArn)).toEqual({ 'Fn::GetAtt': [expect.stringMatching(/^ContactCenterAdmin/), 'UserArn'] });
    expect(stack.resolve(cc.adminSecurityProfileArn)).toEqual({ 'Fn::GetAtt': [expect.stringMatching(/^ContactCenterProfiles/), 'SecurityProfileArn.Admin'] });
    expect(stack.resolve(cc.basicRoutingProfileArn)).toEqual({ 'Fn::GetAtt': [expect.stringMatching(/^ContactCenterProfiles/), 'RoutingProfileArn.BasicRoutingProfile'] });
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
        securityProfiles: [SecurityProfile.ADMIN, SecurityProfile.fromSecurityProfileArn('arn:aws:connect:us-east-1:123456789012:instance/i/security-profile/p')],
        routingProfile: RoutingProfile.fromName('Tier 2'),
      },
    });
    templateOf(stack).hasResourceProperties('AWS::Connect::User', {
      SecurityProfileArns: [lookupAttribute('SecurityProfileArn.Admin'), 'arn:aws:connect:us-east-1:123456789012:instance/i/security-profile/p'],
      RoutingProfileArn: lookupAttribute('RoutingProfileArn.Tier2'),
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
      SecurityProfileArns: [lookupAttribute('SecurityProfileArn.Admin')],
      RoutingProfileArn: lookupAttribute('RoutingProfileArn.BasicRoutingProfile'),
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
      { 'Fn::GetAtt': [expect.stringMatching(/^ContactCenterProfiles/), 'SecurityProfileArn.Agent'] },
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
      SecurityProfileArns: [lookupAttribute('SecurityProfileArn.Admin')],
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
      RoutingProfileArn: lookupAttribute('RoutingProfileArn.BasicRoutingProfile'),
    });
    template.resourceCountIs('AWS::SecretsManager::Secret', 0);
    expect(template.toJSON()).toMatchSnapshot();
  });
});

describe('the deploy-time lookup', () => {
  test('is one function per stack, whose role reads only the instances it serves', () => {
    const stack = newStack();
    for (const alias of ['acme-one', 'acme-two']) {
      new ConnectInstance(stack, alias, {
        identity: IdentityManagement.connectManaged({ instanceAlias: alias }),
        admin: ADMIN,
      });
    }
    const template = templateOf(stack);
    template.resourceCountIs('AWS::Lambda::Function', 1);
    template.resourceCountIs('Custom::ConnectProfileLookup', 2);
    template.hasResourceProperties('AWS::Lambda::Function', { Runtime: 'nodejs22.x', Timeout: 300 });
    const policies = template.findResources('AWS::IAM::Policy');
    const statements = Object.values(policies).flatMap((p: any) => p.Properties.PolicyDocument.Statement);
    const connect = statements.filter((s: any) => JSON.stringify(s.Action).includes('connect:'));
    expect(connect.length).toBeGreaterThan(0);
    for (const statement of connect) {
      expect([...statement.Action].sort()).toEqual(['connect:ListRoutingProfiles', 'connect:ListSecurityProfiles']);
      expect(JSON.stringify(statement.Resource)).not.toMatch(/"\*"/);
    }
    const resources = JSON.stringify(connect.map((s: any) => s.Resource));
    expect(resources).toContain('acmeone');
    expect(resources).toContain('acmetwo');
    template.resourceCountIs('AWS::IAM::ManagedPolicy', 0);
    const roles = Object.values(template.findResources('AWS::IAM::Role'));
    for (const role of roles) {
      expect((role as any).Properties.ManagedPolicyArns).toBeUndefined();
    }
  });
});

const PROFILE_ARN = 'arn:aws:connect:us-east-1:123456789012:instance/11111111-2222-3333-4444-555555555555';

describe('the deploy-time lookup is created on first use', () => {
  test('a bare instance deploys no lookup: no function, role or custom resource', () => {
    const stack = newStack();
    new ConnectInstance(stack, 'ContactCenter', { identity: IdentityManagement.connectManaged({ instanceAlias: 'acme' }) });
    const template = templateOf(stack);
    template.resourceCountIs('AWS::Lambda::Function', 0);
    template.resourceCountIs('Custom::ConnectProfileLookup', 0);
    template.resourceCountIs('AWS::IAM::Role', 0);
  });

  test('users whose profiles are all given by ARN need no lookup', () => {
    const stack = newStack();
    const cc = new ConnectInstance(stack, 'ContactCenter', {
      identity: IdentityManagement.connectManaged({ instanceAlias: 'acme' }),
      admin: {
        ...ADMIN,
        securityProfiles: [SecurityProfile.fromSecurityProfileArn(`${PROFILE_ARN}/security-profile/admin`)],
        routingProfile: RoutingProfile.fromRoutingProfileArn(`${PROFILE_ARN}/routing-profile/basic`),
      },
    });
    cc.addUser('Agent', {
      username: 'jane',
      firstName: 'Jane',
      lastName: 'Doe',
      securityProfiles: [SecurityProfile.fromSecurityProfileArn(`${PROFILE_ARN}/security-profile/agent`)],
      routingProfile: RoutingProfile.fromRoutingProfileArn(`${PROFILE_ARN}/routing-profile/basic`),
    });
    const template = templateOf(stack);
    template.resourceCountIs('AWS::Connect::User', 2);
    template.resourceCountIs('AWS::Lambda::Function', 0);
    template.resourceCountIs('Custom::ConnectProfileLookup', 0);
    expect(cc.securityProfileArn(SecurityProfile.fromSecurityProfileArn(`${PROFILE_ARN}/security-profile/x`))).toBe(`${PROFILE_ARN}/security-profile/x`);
  });

  test('reading adminSecurityProfileArn or basicRoutingProfileArn adds the lookup', () => {
    const stack = newStack();
    const cc = new ConnectInstance(stack, 'ContactCenter', { identity: IdentityManagement.connectManaged({ instanceAlias: 'acme' }) });
    expect(stack.resolve(cc.basicRoutingProfileArn)).toEqual({ 'Fn::GetAtt': [expect.stringMatching(/^ContactCenterProfiles/), 'RoutingProfileArn.BasicRoutingProfile'] });
    templateOf(stack).hasResourceProperties('Custom::ConnectProfileLookup', { SecurityProfileNames: [], RoutingProfileNames: ['Basic Routing Profile'] });
    templateOf(stack).resourceCountIs('AWS::Lambda::Function', 1);
  });
});

describe('profile names', () => {
  test.each([
    ['SecurityProfile.builtIn', () => SecurityProfile.builtIn('!!')],
    ['RoutingProfile.fromName', () => RoutingProfile.fromName(' - ')],
    ['SecurityProfile.builtIn', () => SecurityProfile.builtIn('')],
  ])('%s rejects a name with no letters or digits', (method, make) => {
    expect(make).toThrow(new RegExp(`^${method.replace('.', '\\.')}: name must contain at least one ASCII letter or digit, got "[^"]*"$`));
  });

  test('must be known at synth time', () => {
    const token = Lazy.string({ produce: () => 'Admin' });
    expect(() => RoutingProfile.fromName(token)).toThrow(/^RoutingProfile\.fromName: name must be known at synth time, got the token \$\{Token\[/);
    expect(() => SecurityProfile.builtIn(token)).toThrow(/by ARN instead$/);
  });

  test('rejects from JavaScript a name that is not a string', () => {
    expect(() => SecurityProfile.builtIn(42 as unknown as string)).toThrow('SecurityProfile.builtIn: name must be a string, got 42');
  });

  test('two names one instance cannot tell apart fail at synth, naming both and the way out', () => {
    const stack = newStack();
    const cc = new ConnectInstance(stack, 'ContactCenter', {
      identity: IdentityManagement.connectManaged({ instanceAlias: 'acme' }),
    });
    cc.addUser('One', { ...ADMIN, username: 'one', routingProfile: RoutingProfile.fromName('Call Center') });
    expect(() => cc.addUser('Two', { ...ADMIN, username: 'two', routingProfile: RoutingProfile.fromName('CallCenter') }))
      .toThrow('routing profiles "Call Center" and "CallCenter" of the instance at \'TestStack/ContactCenter\' differ only in characters '
        + 'other than ASCII letters and digits, so the deploy-time lookup cannot tell them apart: give one with RoutingProfile.fromRoutingProfileArn');
    expect(() => cc.securityProfileArn(SecurityProfile.builtIn('Call-Center-Manager')))
      .not.toThrow();
    expect(() => cc.securityProfileArn(SecurityProfile.builtIn('CallCenterManager')))
      .toThrow(/^security profiles "Call-Center-Manager" and "CallCenterManager" .* SecurityProfile\.fromSecurityProfileArn$/);
  });

  test('the same name twice, and the same characters in two kinds, are fine', () => {
    const stack = newStack();
    const cc = new ConnectInstance(stack, 'ContactCenter', {
      identity: IdentityManagement.connectManaged({ instanceAlias: 'acme' }),
      admin: ADMIN,
    });
    cc.addUser('One', { ...ADMIN, username: 'one', securityProfiles: [SecurityProfile.builtIn('Admin')], routingProfile: RoutingProfile.fromName('Admin') });
    templateOf(stack).hasResourceProperties('Custom::ConnectProfileLookup', {
      SecurityProfileNames: ['Admin'],
      RoutingProfileNames: ['Admin', 'Basic Routing Profile'],
    });
  });
});
