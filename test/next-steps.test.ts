import { Duration } from 'aws-cdk-lib';
import { Match } from 'aws-cdk-lib/assertions';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import { ConnectInstance, IdentityManagement, PhoneNumberType, RoutingProfile, SecurityProfile } from '../src';
import { errorOf, newStack, templateOf } from './helpers/stack';
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
    // Only the names users need: this instance has no administrator.
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
    expect(message).toMatch(/^ConnectUser at 'TestStack\/ContactCenter\/Agent' has 4 invalid props:/);
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

  test('an imported instance has the same metrics', () => {
    const stack = newStack();
    const imported = ConnectInstance.fromInstanceArn(stack, 'Existing', 'arn:aws:connect:us-east-1:123456789012:instance/abc');
    expect(imported.metricThrottledCalls().dimensions).toEqual({ InstanceId: 'abc', MetricGroup: 'VoiceCalls' });
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
