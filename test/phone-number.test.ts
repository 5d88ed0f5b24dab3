import { Lazy, RemovalPolicy } from 'aws-cdk-lib';
import { Match } from 'aws-cdk-lib/assertions';
import { ConnectInstance, IdentityManagement, PhoneNumber, PhoneNumberSource, PhoneNumberType } from '../src';
import { errorOf, newStack, templateOf } from './helpers/stack';

/**
 * Phone numbers: the types that can be claimed, the description, and
 * importing a number of your own (SourcePhoneNumberArn).
 */

const INSTANCE = { 'Fn::GetAtt': ['ContactCenter6F86BFBF', 'Arn'] };
const SOURCE = 'arn:aws:sms-voice:us-east-1:123456789012:phone-number/phone-0123456789abcdef0123456789abcdef';

function connectManaged() {
  const stack = newStack();
  const cc = new ConnectInstance(stack, 'ContactCenter', {
    identity: IdentityManagement.connectManaged({ instanceAlias: 'acme' }),
  });
  return { stack, cc };
}

describe('claiming', () => {
  test.each(Object.values(PhoneNumberType))('claims a %s number', (type) => {
    const { stack, cc } = connectManaged();
    cc.addPhoneNumber('Line', { countryCode: 'GB', type });
    templateOf(stack).hasResourceProperties('AWS::Connect::PhoneNumber', {
      TargetArn: INSTANCE, CountryCode: 'GB', Type: type, SourcePhoneNumberArn: Match.absent(),
    });
  });

  test('offers exactly the types of the registry schema, without SHORT_CODE', () => {
    expect(Object.values(PhoneNumberType).sort()).toEqual(['DID', 'SHARED', 'THIRD_PARTY_DID', 'THIRD_PARTY_TF', 'TOLL_FREE', 'UIFN']);
  });

  test('a short code (from JavaScript or an old version) fails at synth, pointing to import', () => {
    const { cc } = connectManaged();
    expect(errorOf(() => cc.addPhoneNumber('Line', { countryCode: 'US', type: 'SHORT_CODE' as PhoneNumberType })))
      .toContain('  - type must be one of DID, TOLL_FREE, UIFN, SHARED, THIRD_PARTY_DID, THIRD_PARTY_TF '
        + '(a short code is imported by its source phone number ARN), got "SHORT_CODE"');
  });

  test('a missing country code or type fails (untyped JavaScript)', () => {
    const { cc } = connectManaged();
    const message = errorOf(() => cc.addPhoneNumber('Line', {} as any));
    expect(message).toContain('  - countryCode is required, got undefined');
    expect(message).toContain('  - type is required, got undefined');
  });

  test.each(['x', 'x'.repeat(500)])('takes a description of %#: 1 and 500 characters', (description) => {
    const { stack, cc } = connectManaged();
    cc.addPhoneNumber('Line', { countryCode: 'US', type: PhoneNumberType.DID, description });
    templateOf(stack).hasResourceProperties('AWS::Connect::PhoneNumber', { Description: description });
  });
});

describe('importing a number of your own', () => {
  test('sends the source ARN and neither country, type nor prefix', () => {
    const { stack, cc } = connectManaged();
    const number = cc.importPhoneNumber('Imported', { sourcePhoneNumberArn: SOURCE, description: 'SMS and voice' });
    const template = templateOf(stack);
    template.hasResourceProperties('AWS::Connect::PhoneNumber', {
      TargetArn: INSTANCE,
      SourcePhoneNumberArn: SOURCE,
      Description: 'SMS and voice',
      CountryCode: Match.absent(),
      Type: Match.absent(),
      Prefix: Match.absent(),
    });
    expect(stack.resolve(number.phoneNumberArn)).toEqual({ 'Fn::GetAtt': [expect.stringMatching(/Imported/), 'PhoneNumberArn'] });
    expect(stack.resolve(number.phoneNumberAddress)).toEqual({ 'Fn::GetAtt': [expect.stringMatching(/Imported/), 'Address'] });
  });

  test('takes a source ARN known only at deploy time', () => {
    const { stack, cc } = connectManaged();
    cc.importPhoneNumber('Imported', { sourcePhoneNumberArn: Lazy.string({ produce: () => SOURCE }) });
    templateOf(stack).hasResourceProperties('AWS::Connect::PhoneNumber', { SourcePhoneNumberArn: SOURCE });
  });

  test.each([
    ['a phone number', '+12065550100'],
    ['a phone number id', 'phone-0123456789abcdef0123456789abcdef'],
    ['an empty string', ''],
  ])('fails for %s instead of an ARN', (_, sourcePhoneNumberArn) => {
    const { cc } = connectManaged();
    expect(errorOf(() => cc.importPhoneNumber('Imported', { sourcePhoneNumberArn })))
      .toContain(`  - sourcePhoneNumberArn must be the ARN of the number in the service that holds it, such as arn:aws:sms-voice:<region>:<account>:phone-number/<id>, got ${JSON.stringify(sourcePhoneNumberArn)}`);
  });

  test('fails for an empty description', () => {
    const { cc } = connectManaged();
    expect(errorOf(() => cc.importPhoneNumber('Imported', { sourcePhoneNumberArn: SOURCE, description: '' })))
      .toContain('  - description must be 1 to 500 characters long (length 0), got ""');
  });
});

describe('the PhoneNumber construct', () => {
  test('claims or imports as its source says, for any instance', () => {
    const stack = newStack();
    const arn = 'arn:aws:connect:us-east-1:123456789012:instance/aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee';
    const instance = ConnectInstance.fromInstanceArn(stack, 'Existing', arn);
    new PhoneNumber(stack, 'Claimed', {
      instance,
      source: PhoneNumberSource.claim({ countryCode: 'US', type: PhoneNumberType.TOLL_FREE, prefix: '+1800' }),
    });
    new PhoneNumber(stack, 'Imported', { instance, source: PhoneNumberSource.fromSourcePhoneNumberArn(SOURCE) });
    const template = templateOf(stack);
    template.hasResourceProperties('AWS::Connect::PhoneNumber', {
      TargetArn: arn, CountryCode: 'US', Type: 'TOLL_FREE', Prefix: '+1800', SourcePhoneNumberArn: Match.absent(),
    });
    template.hasResourceProperties('AWS::Connect::PhoneNumber', {
      TargetArn: arn, SourcePhoneNumberArn: SOURCE, CountryCode: Match.absent(), Type: Match.absent(),
    });
  });

  test('reports every problem of a claim at once', () => {
    const stack = newStack();
    const message = errorOf(() => new PhoneNumber(stack, 'Line', {
      instance: ConnectInstance.fromInstanceArn(stack, 'Existing', 'arn:aws:connect:us-east-1:123456789012:instance/i'),
      source: PhoneNumberSource.claim({ countryCode: 'us', type: 'LOCAL' as PhoneNumberType, prefix: '1206' }),
      description: '',
    }));
    expect(message).toMatch(/^PhoneNumber at 'TestStack\/Line' has 4 invalid props:/);
    expect(message).toContain('countryCode must be an ISO 3166-1 alpha-2 country code');
    expect(message).toContain('type must be one of');
    expect(message).toContain('prefix must be + followed by 1 to 15 digits');
    expect(message).toContain('description must be 1 to 500 characters long');
  });
});

describe('keeping the number', () => {
  test('is kept on update and delete by default, and released only when its first create rolls back', () => {
    const { stack, cc } = connectManaged();
    cc.addPhoneNumber('Line', { countryCode: 'US', type: PhoneNumberType.DID });
    templateOf(stack).hasResource('AWS::Connect::PhoneNumber', { DeletionPolicy: 'RetainExceptOnCreate', UpdateReplacePolicy: 'Retain' });
  });

  test('follows the removal policy of its instance', () => {
    const stack = newStack();
    const cc = new ConnectInstance(stack, 'ContactCenter', {
      identity: IdentityManagement.connectManaged({ instanceAlias: 'acme' }),
      removalPolicy: RemovalPolicy.DESTROY,
    });
    cc.addPhoneNumber('Claimed', { countryCode: 'US', type: PhoneNumberType.DID });
    cc.importPhoneNumber('Imported', { sourcePhoneNumberArn: SOURCE });
    const numbers = Object.values(templateOf(stack).findResources('AWS::Connect::PhoneNumber'));
    expect(numbers.map((n) => [n.DeletionPolicy, n.UpdateReplacePolicy])).toEqual([['Delete', 'Delete'], ['Delete', 'Delete']]);
  });

  test('takes its own removalPolicy over the instance\'s, and keeps SNAPSHOT as RETAIN', () => {
    const stack = newStack();
    const cc = new ConnectInstance(stack, 'ContactCenter', {
      identity: IdentityManagement.connectManaged({ instanceAlias: 'acme' }),
      removalPolicy: RemovalPolicy.DESTROY,
    });
    cc.addPhoneNumber('Kept', { countryCode: 'US', type: PhoneNumberType.DID, removalPolicy: RemovalPolicy.RETAIN });
    cc.importPhoneNumber('Snapshot', { sourcePhoneNumberArn: SOURCE, removalPolicy: RemovalPolicy.SNAPSHOT });
    const numbers = Object.values(templateOf(stack).findResources('AWS::Connect::PhoneNumber'));
    expect(numbers.map((n) => [n.DeletionPolicy, n.UpdateReplacePolicy])).toEqual([['Retain', 'Retain'], ['Retain', 'Retain']]);
  });

  test('a number of an imported instance is kept on update and delete', () => {
    const stack = newStack();
    const cc = ConnectInstance.fromInstanceAttributes(stack, 'Existing', {
      instanceArn: 'arn:aws:connect:us-east-1:123456789012:instance/11111111-2222-3333-4444-555555555555',
    });
    new PhoneNumber(stack, 'Line', { instance: cc, source: PhoneNumberSource.claim({ countryCode: 'US', type: PhoneNumberType.TOLL_FREE }) });
    templateOf(stack).hasResource('AWS::Connect::PhoneNumber', { DeletionPolicy: 'RetainExceptOnCreate', UpdateReplacePolicy: 'Retain' });
  });
});
