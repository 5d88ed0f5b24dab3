import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import { Match } from 'aws-cdk-lib/assertions';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import * as iam from 'aws-cdk-lib/aws-iam';
import { ConnectInstance, IdentityManagement, IdentityManagementType, PhoneNumber, PhoneNumberType, RoutingProfile, SecurityProfile, User } from '../src';
import { errorOf, newStack, templateOf } from './helpers/stack';
import { INSTANCE_METRICS } from '../src/private/instance/metrics';
import { ProfileAttributeKind, profileAttributeName } from '../src/private/profile-lookup/attribute-names';

const INSTANCE = { 'Fn::GetAtt': ['ContactCenter6F86BFBF', 'Arn'] };
/** The attribute of the instance's lookup that holds the ARN of the `kind` profile `name`. */
const lookup = (kind: ProfileAttributeKind, name: string) => ({ 'Fn::GetAtt': [Match.stringLikeRegexp('^ContactCenterProfiles'), profileAttributeName(kind, name)] });

function connectManaged() {
  const stack = newStack();
  const cc = new ConnectInstance(stack, 'ContactCenter', {
    identity: IdentityManagement.connectManaged({ instanceAlias: 'acme' }),
  });
  return { stack, cc };
}

describe('addPhoneNumber', () => {
  test('claims a number for the instance', () => {
    const { stack, cc } = connectManaged();
    const number = cc.addPhoneNumber('MainLine', {
      countryCode: 'US',
      type: PhoneNumberType.DID,
      prefix: '+1206',
      description: 'Main support line',
    });
    const template = templateOf(stack);
    template.hasResourceProperties('AWS::Connect::PhoneNumber', {
      TargetArn: INSTANCE,
      CountryCode: 'US',
      Type: 'DID',
      Prefix: '+1206',
      Description: 'Main support line',
    });
    expect(stack.resolve(number.phoneNumberAddress)).toEqual({ 'Fn::GetAtt': [expect.stringMatching(/MainLine/), 'Address'] });
    expect(template.toJSON()).toMatchSnapshot();
  });

  test.each([
    ['a lower-case country code', { countryCode: 'us' }, 'countryCode must be an ISO 3166-1 alpha-2 country code in upper case, such as "US", got "us"'],
    ['an unknown country code', { countryCode: 'XX' }, 'got "XX"'],
    ['an unknown type', { type: 'LOCAL' as PhoneNumberType }, 'type must be one of DID, TOLL_FREE, UIFN, SHARED, THIRD_PARTY_DID, THIRD_PARTY_TF, got "LOCAL"'],
    ['a prefix without +', { prefix: '1206' }, 'prefix must be + followed by 1 to 15 digits, got "1206"'],
    ['a prefix of 16 digits', { prefix: `+${'1'.repeat(16)}` }, 'prefix must be + followed by 1 to 15 digits'],
    ['a 501-character description', { description: 'x'.repeat(501) }, 'description must be 1 to 500 characters long (length 501)'],
    ['an empty description', { description: '' }, 'description must be 1 to 500 characters long (length 0), got ""'],
  ])('fails for %s', (_, override, message) => {
    const { cc } = connectManaged();
    expect(errorOf(() => cc.addPhoneNumber('Line', { countryCode: 'US', type: PhoneNumberType.TOLL_FREE, ...override })))
      .toContain(message);
  });
});

describe('addUser', () => {
  test('a Connect-managed agent gets the Agent profile, Basic Routing Profile and a generated password', () => {
    const { stack, cc } = connectManaged();
    const agent = cc.addUser('Agent', { username: 'jane', firstName: 'Jane', lastName: 'Doe' });
    const template = templateOf(stack);
    template.hasResourceProperties('AWS::Connect::User', {
      Username: 'jane',
      SecurityProfileArns: [lookup('SecurityProfileArn', 'Agent')],
      RoutingProfileArn: lookup('RoutingProfileArn', 'Basic Routing Profile'),
      Password: Match.objectLike({ 'Fn::Join': Match.anyValue() }),
    });
    // Only what is used is looked up: no administrator, no Admin profile.
    template.hasResourceProperties('Custom::ConnectProfileLookup', {
      SecurityProfileNames: ['Agent'],
      RoutingProfileNames: ['Basic Routing Profile'],
    });
    template.resourceCountIs('AWS::Lambda::Function', 1);
    expect(agent.passwordSecret).toBeDefined();
  });

  test('a supervisor with chosen built-in profiles and a desk phone', () => {
    const { stack, cc } = connectManaged();
    cc.addUser('Supervisor', {
      username: 'sam',
      firstName: 'Sam',
      lastName: 'Lead',
      securityProfiles: [SecurityProfile.CALL_CENTER_MANAGER, SecurityProfile.QUALITY_ANALYST],
      routingProfile: RoutingProfile.fromName('Supervisors'),
      afterContactWorkTimeLimit: Duration.minutes(2),
    });
    templateOf(stack).hasResourceProperties('AWS::Connect::User', {
      Username: 'sam',
      SecurityProfileArns: [lookup('SecurityProfileArn', 'CallCenterManager'), lookup('SecurityProfileArn', 'QualityAnalyst')],
      RoutingProfileArn: lookup('RoutingProfileArn', 'Supervisors'),
      PhoneConfig: { PhoneType: 'SOFT_PHONE', AfterContactWorkTimeLimit: 120 },
    });
  });

  test('a SAML agent has no password', () => {
    const stack = newStack();
    const cc = new ConnectInstance(stack, 'ContactCenter', { identity: IdentityManagement.saml({ instanceAlias: 'acme' }) });
    cc.addUser('Agent', { username: 'jane@example.com', firstName: 'Jane', lastName: 'Doe' });
    const template = templateOf(stack);
    template.hasResourceProperties('AWS::Connect::User', { Username: 'jane@example.com', Password: Match.absent() });
    template.resourceCountIs('AWS::SecretsManager::Secret', 0);
  });

  test('an existing-directory agent is a directory user name only', () => {
    const stack = newStack();
    const cc = new ConnectInstance(stack, 'ContactCenter', {
      identity: IdentityManagement.existingDirectory({ directoryId: 'd-0123456789' }),
    });
    cc.addUser('Agent', { username: 'jdoe' });
    templateOf(stack).hasResourceProperties('AWS::Connect::User', {
      Username: 'jdoe',
      Password: Match.absent(),
      IdentityInfo: Match.absent(),
      SecurityProfileArns: [lookup('SecurityProfileArn', 'Agent')],
    });
  });

  test('reports every bad prop of one user at once', () => {
    const { cc } = connectManaged();
    const message = errorOf(() => cc.addUser('Agent', { username: 'bad name', email: 'nope' }));
    expect(message).toMatch(/^User at 'TestStack\/ContactCenter\/Agent' has 4 invalid props:/);
    expect(message).toContain('username may contain only letters, digits and _ - . @, got "bad name"');
    expect(message).toContain('email must be an e-mail address, got "nope"');
    expect(message).toContain('firstName is required for a CONNECT_MANAGED instance');
  });
});

describe('metrics', () => {
  test.each([
    ['metricConcurrentCalls', 'ConcurrentCalls', 'VoiceCalls', 'Maximum'],
    ['metricConcurrentCallsPercentage', 'ConcurrentCallsPercentage', 'VoiceCalls', 'Maximum'],
    ['metricThrottledCalls', 'ThrottledCalls', 'VoiceCalls', 'Sum'],
    ['metricMissedCalls', 'MissedCalls', 'VoiceCalls', 'Sum'],
    ['metricCallsBreachingConcurrencyQuota', 'CallsBreachingConcurrencyQuota', 'VoiceCalls', 'Sum'],
    ['metricCallsPerInterval', 'CallsPerInterval', 'VoiceCalls', 'Sum'],
    ['metricCallRecordingUploadError', 'CallRecordingUploadError', 'CallRecordings', 'Sum'],
    ['metricMisconfiguredPhoneNumbers', 'MisconfiguredPhoneNumbers', 'VoiceCalls', 'Sum'],
    ['metricConcurrentActiveChats', 'ConcurrentActiveChats', 'Chats', 'Maximum'],
    ['metricChatsBreachingActiveChatQuota', 'ChatsBreachingActiveChatQuota', 'Chats', 'Sum'],
    ['metricConcurrentTasks', 'ConcurrentTasks', 'Tasks', 'Maximum'],
    ['metricTasksBreachingConcurrencyQuota', 'TasksBreachingConcurrencyQuota', 'Tasks', 'Sum'],
  ] as const)('%s is %s in group %s with %s', (method, metricName, group, statistic) => {
    const { stack, cc } = connectManaged();
    const metric = cc[method]();
    expect(metric.namespace).toBe('AWS/Connect');
    expect(metric.metricName).toBe(metricName);
    expect(metric.statistic).toBe(statistic);
    expect(metric.period.toMinutes()).toBe(5);
    expect(stack.resolve(metric.dimensions)).toEqual({
      InstanceId: { 'Fn::GetAtt': ['ContactCenter6F86BFBF', 'Id'] },
      MetricGroup: group,
    });
  });

  test('an option given as undefined keeps the default statistic and period', () => {
    const { cc } = connectManaged();
    const metric = cc.metricConcurrentCalls({ statistic: undefined, period: undefined, label: 'calls' });
    expect(metric.statistic).toBe('Maximum');
    expect(metric.period.toMinutes()).toBe(5);
    expect(metric.label).toBe('calls');
    expect(cc.metric('QueueSize', { statistic: undefined }).statistic).toBe('Sum');
  });

  test('metric() takes any name and overrides', () => {
    const { cc } = connectManaged();
    const metric = cc.metric('QueueSize', { statistic: 'Average', period: Duration.minutes(1), dimensionsMap: { MetricGroup: 'Queue' } });
    expect(metric.statistic).toBe('Average');
    expect(metric.period.toMinutes()).toBe(1);
    expect(metric.dimensions).toMatchObject({ MetricGroup: 'Queue' });
  });

  test('every metric of the table has its typed method', () => {
    const { cc } = connectManaged();
    for (const name of Object.keys(INSTANCE_METRICS)) {
      const method = `metric${name}` as keyof ConnectInstance;
      expect([name, typeof cc[method]]).toEqual([name, 'function']);
      expect((cc[method] as () => cloudwatch.Metric).call(cc).metricName).toBe(name);
    }
  });

  test('an imported instance has the same metrics, in its own account and Region', () => {
    const stack = newStack();
    const imported = ConnectInstance.fromInstanceArn(stack, 'Existing', 'arn:aws:connect:eu-west-2:210987654321:instance/abc');
    const metric = imported.metricThrottledCalls();
    expect(metric.dimensions).toEqual({ InstanceId: 'abc', MetricGroup: 'VoiceCalls' });
    expect([metric.account, metric.region]).toEqual(['210987654321', 'eu-west-2']);
    const dashboard = new cloudwatch.Dashboard(stack, 'Dashboard');
    dashboard.addWidgets(new cloudwatch.GraphWidget({ left: [metric] }));
    const body = JSON.stringify(stack.resolve((dashboard.node.defaultChild as cloudwatch.CfnDashboard).dashboardBody));
    expect(body).toContain('\\"accountId\\":\\"210987654321\\"');
    expect(body).toContain('\\"region\\":\\"eu-west-2\\"');
  });

  test('a created instance\'s metrics are in its stack\'s account and Region', () => {
    const { cc } = connectManaged();
    const metric = cc.metricConcurrentCalls();
    expect([metric.account, metric.region]).toEqual(['123456789012', 'us-east-1']);
    expect(cc.metricConcurrentCalls({ region: 'us-west-2' }).region).toBe('us-west-2');
  });

  test('an alarm on throttled calls synthesizes', () => {
    const { stack, cc } = connectManaged();
    cc.metricThrottledCalls().createAlarm(stack, 'Throttled', {
      threshold: 1,
      evaluationPeriods: 1,
      comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
    });
    templateOf(stack).hasResourceProperties('AWS::CloudWatch::Alarm', {
      Namespace: 'AWS/Connect',
      MetricName: 'ThrottledCalls',
      Statistic: 'Sum',
      Period: 300,
      Dimensions: Match.arrayWith([{ Name: 'MetricGroup', Value: 'VoiceCalls' }]),
    });
  });
});

describe('an existing instance', () => {
  const ARN = 'arn:aws:connect:us-east-1:123456789012:instance/aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee';
  const profiles = (kind: ProfileAttributeKind, name: string) => ({ 'Fn::GetAtt': [Match.stringLikeRegexp('^ExistingProfiles'), profileAttributeName(kind, name)] });

  test('takes a user and a phone number, with profiles looked up in it', () => {
    const stack = newStack();
    const existing = ConnectInstance.fromInstanceAttributes(stack, 'Existing', {
      instanceArn: ARN,
      identityManagementType: IdentityManagementType.CONNECT_MANAGED,
    });
    const agent = existing.addUser('Agent', { username: 'jane', firstName: 'Jane', lastName: 'Doe' });
    const line = existing.addPhoneNumber('Line', { countryCode: 'US', type: PhoneNumberType.DID });
    const template = templateOf(stack);
    template.hasResourceProperties('AWS::Connect::User', {
      InstanceArn: ARN,
      Username: 'jane',
      SecurityProfileArns: [profiles('SecurityProfileArn', 'Agent')],
      RoutingProfileArn: profiles('RoutingProfileArn', 'Basic Routing Profile'),
      Password: Match.objectLike({ 'Fn::Join': Match.anyValue() }),
    });
    template.hasResourceProperties('AWS::Connect::PhoneNumber', { TargetArn: ARN, CountryCode: 'US', Type: 'DID' });
    template.hasResourceProperties('Custom::ConnectProfileLookup', {
      InstanceArn: ARN,
      SecurityProfileNames: ['Agent'],
      RoutingProfileNames: ['Basic Routing Profile'],
    });
    // The lookup's role reads only this instance's profiles.
    // (an inline policy of the CustomResourceProvider's role)
    template.hasResourceProperties('AWS::IAM::Role', {
      Policies: [{
        PolicyName: 'Inline',
        PolicyDocument: {
          Statement: Match.arrayWith([Match.objectLike({
            Action: ['connect:ListSecurityProfiles', 'connect:ListRoutingProfiles'],
            Resource: [ARN, `${ARN}/security-profile/*`, `${ARN}/routing-profile/*`],
          })]),
        },
      }],
    });
    // Its secret keeps the default encryption and removal policy: no key or policy of an instance created here.
    template.hasResource('AWS::SecretsManager::Secret', { DeletionPolicy: 'RetainExceptOnCreate', Properties: { KmsKeyId: Match.absent() } });
    expect(agent.passwordSecret).toBeDefined();
    expect(stack.resolve(line.phoneNumberArn)).toEqual({ 'Fn::GetAtt': [expect.stringMatching(/^ExistingLine/), 'PhoneNumberArn'] });
  });

  test('checks its users against the identity type it was imported with', () => {
    const stack = newStack();
    const existing = ConnectInstance.fromInstanceAttributes(stack, 'Existing', {
      instanceArn: ARN,
      identityManagementType: IdentityManagementType.SAML,
    });
    expect(errorOf(() => existing.addUser('Agent', { username: 'jane', firstName: 'Jane', lastName: 'Doe', email: 'jane@example.com' })))
      .toContain('  - email cannot be set for a SAML instance');
    existing.addUser('Agent2', { username: 'jane@example.com', firstName: 'Jane', lastName: 'Doe' });
    templateOf(stack).resourceCountIs('AWS::SecretsManager::Secret', 0);
  });

  test('imported without its identity type, takes no users, and says what to pass', () => {
    const stack = newStack();
    const existing = ConnectInstance.fromInstanceArn(stack, 'Existing', ARN);
    expect(existing.identityManagementType).toBeUndefined();
    expect(errorOf(() => existing.addUser('Agent', { username: 'jane', firstName: 'Jane', lastName: 'Doe' }))).toBe(
      "User at 'TestStack/Existing/Agent' has 1 invalid prop:\n"
      + '  - instance.identityManagementType is required to add users to an imported instance: '
      + 'import the instance from its attributes with its identityManagementType, got undefined');
    // Numbers need no identity type.
    existing.importPhoneNumber('Sms', { sourcePhoneNumberArn: 'arn:aws:sms-voice:us-east-1:123456789012:phone-number/phone-0123' });
    templateOf(stack).resourceCountIs('AWS::Connect::PhoneNumber', 1);
  });

  test('resolves profile ARNs, looked up only for names', () => {
    const stack = newStack();
    const existing = ConnectInstance.fromInstanceArn(stack, 'Existing', ARN);
    const byArn = `${ARN}/routing-profile/r`;
    expect(existing.routingProfileArn(RoutingProfile.fromRoutingProfileArn(stack, 'R', byArn))).toBe(byArn);
    expect(existing.node.tryFindChild('Profiles')).toBeUndefined();
    expect(stack.resolve(existing.securityProfileArn(SecurityProfile.CALL_CENTER_MANAGER)))
      .toEqual({ 'Fn::GetAtt': [expect.stringMatching(/^ExistingProfiles/), profileAttributeName('SecurityProfileArn', 'CallCenterManager')] });
    templateOf(stack).resourceCountIs('Custom::ConnectProfileLookup', 1);
  });
});

describe('nothing is deployed that nothing uses', () => {
  test('an instance without administrator or users has no deploy-time lookup', () => {
    const { stack, cc } = connectManaged();
    cc.addPhoneNumber('Line', { countryCode: 'US', type: PhoneNumberType.DID });
    const template = templateOf(stack);
    template.resourceCountIs('AWS::Lambda::Function', 0);
    template.resourceCountIs('Custom::ConnectProfileLookup', 0);
  });

  test('a user whose profiles are all given by ARN needs no lookup', () => {
    const { stack, cc } = connectManaged();
    cc.addUser('Agent', {
      username: 'jane',
      firstName: 'Jane',
      lastName: 'Doe',
      securityProfiles: [SecurityProfile.fromSecurityProfileArn(stack, 'S', 'arn:aws:connect:us-east-1:123456789012:instance/i/security-profile/s')],
      routingProfile: RoutingProfile.fromRoutingProfileArn(stack, 'R', 'arn:aws:connect:us-east-1:123456789012:instance/i/routing-profile/r'),
    });
    templateOf(stack).resourceCountIs('Custom::ConnectProfileLookup', 0);
  });
});

describe('users and numbers are resources', () => {
  test('User.fromUserArn takes a user ARN and its environment', () => {
    const stack = newStack();
    const user = User.fromUserArn(stack, 'Jane', 'arn:aws:connect:eu-west-2:210987654321:instance/i-1/agent/u-1');
    expect(user.userArn).toBe('arn:aws:connect:eu-west-2:210987654321:instance/i-1/agent/u-1');
    expect([user.env.account, user.env.region]).toEqual(['210987654321', 'eu-west-2']);
    expect(user.passwordSecret).toBeUndefined();
    expect(errorOf(() => user.grantReadPassword(new iam.AccountRootPrincipal()))).toMatch(/^the user at 'TestStack\/Jane' has no generated password secret/);
  });

  test.each([
    ['an instance ARN', 'arn:aws:connect:us-east-1:123456789012:instance/i-1'],
    ['a queue ARN', 'arn:aws:connect:us-east-1:123456789012:instance/i-1/queue/q-1'],
    ['another service', 'arn:aws:iam::123456789012:instance/i-1/agent/u-1'],
    ['a user id', 'u-1'],
  ])('User.fromUserArn rejects %s', (_, arn) => {
    expect(errorOf(() => User.fromUserArn(newStack(), 'Jane', arn)))
      .toBe(`userArn must be the ARN of an Amazon Connect user (arn:<partition>:connect:<region>:<account>:instance/<instance id>/agent/<id>), got ${JSON.stringify(arn)}`);
  });

  test('PhoneNumber.fromPhoneNumberArn takes both ARN forms', () => {
    const stack = newStack();
    const number = PhoneNumber.fromPhoneNumberArn(stack, 'Line', 'arn:aws-us-gov:connect:us-gov-west-1:123456789012:phone-number/p-1');
    expect(number.phoneNumberArn).toBe('arn:aws-us-gov:connect:us-gov-west-1:123456789012:phone-number/p-1');
    expect(number.phoneNumberAddress).toBeUndefined();
    expect(number.env.region).toBe('us-gov-west-1');
    const legacy = PhoneNumber.fromPhoneNumberAttributes(stack, 'Legacy', {
      phoneNumberArn: 'arn:aws:connect:us-east-1:123456789012:instance/i-1/phone-number/p-2',
      phoneNumberAddress: '+12065550100',
    });
    expect(legacy.phoneNumberAddress).toBe('+12065550100');
  });

  test.each([
    ['an instance ARN', 'arn:aws:connect:us-east-1:123456789012:instance/i-1'],
    ['an AWS End User Messaging number', 'arn:aws:sms-voice:us-east-1:123456789012:phone-number/p-1'],
    ['a nested name', 'arn:aws:connect:us-east-1:123456789012:phone-number/p-1/x'],
  ])('PhoneNumber.fromPhoneNumberArn rejects %s', (_, arn) => {
    expect(errorOf(() => PhoneNumber.fromPhoneNumberArn(newStack(), 'Line', arn)))
      .toBe(`phoneNumberArn must be an Amazon Connect phone number ARN (arn:<partition>:connect:<region>:<account>:phone-number/<id>), got ${JSON.stringify(arn)}`);
  });

  test('the importers take tokens unchecked', () => {
    const stack = newStack();
    const arn = stack.formatArn({ service: 'connect', resource: 'phone-number', resourceName: 'p-1' });
    expect(() => PhoneNumber.fromPhoneNumberArn(stack, 'Line', arn)).not.toThrow();
    expect(() => User.fromUserArn(stack, 'Jane', stack.formatArn({ service: 'connect', resource: 'instance', resourceName: 'i/agent/u' }))).not.toThrow();
  });

  test('a user and a number take a removal policy; their logical ids are those of before', () => {
    const stack = newStack();
    const cc = new ConnectInstance(stack, 'ContactCenter', {
      identity: IdentityManagement.connectManaged({ instanceAlias: 'acme' }),
      admin: { username: 'admin', firstName: 'Ada', lastName: 'Admin' },
    });
    cc.admin!.applyRemovalPolicy(RemovalPolicy.RETAIN);
    cc.addPhoneNumber('MainLine', { countryCode: 'US', type: PhoneNumberType.DID }).applyRemovalPolicy(RemovalPolicy.RETAIN);
    const template = templateOf(stack);
    template.hasResource('AWS::Connect::User', { DeletionPolicy: 'Retain', UpdateReplacePolicy: 'Retain' });
    template.hasResource('AWS::Connect::PhoneNumber', { DeletionPolicy: 'Retain', UpdateReplacePolicy: 'Retain' });
    // As in the snapshots taken while they were plain constructs.
    expect(Object.keys(template.findResources('AWS::Connect::User'))).toEqual(['ContactCenterAdmin977EAF87']);
    expect(Object.keys(template.findResources('AWS::SecretsManager::Secret'))).toEqual(['ContactCenterAdminPassword8A72B20C']);
    expect(Object.keys(template.findResources('AWS::Connect::PhoneNumber'))).toEqual(['ContactCenterMainLineC66B4A75']);
  });

  test('grantReadPassword lets a principal read a generated password and decrypt it', () => {
    const { stack, cc } = connectManaged();
    const agent = cc.addUser('Agent', { username: 'jane', firstName: 'Jane', lastName: 'Doe' });
    const role = new iam.Role(stack, 'Reader', { assumedBy: new iam.AccountRootPrincipal() });
    agent.grantReadPassword(role);
    const template = templateOf(stack);
    template.hasResourceProperties('AWS::IAM::Policy', {
      Roles: [{ Ref: Match.stringLikeRegexp('^Reader') }],
      PolicyDocument: {
        Statement: [{
          Effect: 'Allow',
          Action: ['secretsmanager:GetSecretValue', 'secretsmanager:DescribeSecret'],
          Resource: { Ref: Match.stringLikeRegexp('^ContactCenterAgentPassword') },
        }],
      },
    });
    // The storage key lets the reader decrypt, through Secrets Manager only.
    template.hasResourceProperties('AWS::KMS::Key', {
      KeyPolicy: {
        Statement: Match.arrayWith([Match.objectLike({
          Action: 'kms:Decrypt',
          Principal: { AWS: { 'Fn::GetAtt': [Match.stringLikeRegexp('^Reader'), 'Arn'] } },
          Condition: { StringEquals: { 'kms:ViaService': 'secretsmanager.us-east-1.amazonaws.com' } },
        })]),
      },
    });
  });
});

describe('grant', () => {
  test('grants actions on the instance and everything in it', () => {
    const { stack, cc } = connectManaged();
    const role = new iam.Role(stack, 'Caller', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
    const grant = cc.grant(role, 'connect:StartOutboundVoiceContact', 'connect:DescribeQueue');
    expect(grant.success).toBe(true);
    const arn = { 'Fn::GetAtt': ['ContactCenter6F86BFBF', 'Arn'] };
    templateOf(stack).hasResourceProperties('AWS::IAM::Policy', {
      PolicyDocument: {
        Statement: [{
          Effect: 'Allow',
          Action: ['connect:StartOutboundVoiceContact', 'connect:DescribeQueue'],
          Resource: [arn, { 'Fn::Join': ['', [arn, '/*']] }],
        }],
      },
    });
  });

  test('works on an imported instance', () => {
    const stack = newStack();
    const existing = ConnectInstance.fromInstanceArn(stack, 'Existing', 'arn:aws:connect:us-east-1:123456789012:instance/abc');
    const role = new iam.Role(stack, 'Caller', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
    existing.grant(role, 'connect:ListQueues');
    templateOf(stack).hasResourceProperties('AWS::IAM::Policy', {
      PolicyDocument: {
        Statement: [{
          Action: 'connect:ListQueues',
          Resource: ['arn:aws:connect:us-east-1:123456789012:instance/abc', 'arn:aws:connect:us-east-1:123456789012:instance/abc/*'],
        }],
      },
    });
  });
});
