import { Lazy } from 'aws-cdk-lib';
import { SecurityKey } from '../src';
import { importedInstance, INSTANCE_ARN } from './helpers/instance';
import { errorOf, newStack, templateOf } from './helpers/stack';

/**
 * Security keys: a PEM public key for the instance's ARN, two per instance.
 */

const KEY = '-----BEGIN PUBLIC KEY-----\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEexampleexampleexampleexample==\n-----END PUBLIC KEY-----\n';

describe('what is deployed', () => {
  test('the key, for the instance\'s ARN', () => {
    const { stack, instance } = importedInstance();
    const key = instance.addSecurityKey('Widget', { key: KEY });
    const template = templateOf(stack);
    template.hasResourceProperties('AWS::Connect::SecurityKey', { InstanceId: INSTANCE_ARN, Key: KEY });
    expect(stack.resolve(key.securityKeyAssociationId)).toEqual({ 'Fn::GetAtt': [expect.stringMatching(/^ContactCenterWidget/), 'AssociationId'] });
    expect(template.toJSON()).toMatchSnapshot();
  });
});

describe('checks', () => {
  test('a PEM public key of at most 1,024 characters; a token is not checked', () => {
    const { instance } = importedInstance();
    expect(errorOf(() => instance.addSecurityKey('Private', { key: '-----BEGIN PRIVATE KEY-----\nabc\n-----END PRIVATE KEY-----' })))
      .toContain('  - key must be a public key in PEM format: -----BEGIN PUBLIC KEY-----, base64 text, -----END PUBLIC KEY-----');
    expect(errorOf(() => instance.addSecurityKey('Long', { key: KEY.replace('example', 'e'.repeat(1000)) })))
      .toContain('  - key must be 1 to 1024 characters long');
    expect(errorOf(() => instance.addSecurityKey('Missing', {} as any))).toContain('  - key is required, got undefined');
    expect(() => instance.addSecurityKey('Lazy', { key: Lazy.string({ produce: () => 'x' }) })).not.toThrow();
  });

  test('two keys per instance: a third fails at synth', () => {
    const two = importedInstance();
    two.instance.addSecurityKey('One', { key: KEY });
    two.instance.addSecurityKey('Two', { key: KEY });
    expect(() => templateOf(two.stack)).not.toThrow();
    const { stack, instance } = importedInstance();
    instance.addSecurityKey('One', { key: KEY });
    instance.addSecurityKey('Two', { key: KEY });
    instance.addSecurityKey('Three', { key: KEY });
    expect(errorOf(() => templateOf(stack))).toContain("SecurityKey at 'TestStack/ContactCenter/Three' has 1 invalid prop:\n"
      + "  - instance has 2 security keys already ('TestStack/ContactCenter/One', 'TestStack/ContactCenter/Two'): Amazon Connect allows 2 per instance");
  });
});

describe('importing', () => {
  test('by association id', () => {
    const stack = newStack();
    expect(SecurityKey.fromSecurityKeyAssociationId(stack, 'Key', 'a1b2-c3').securityKeyAssociationId).toBe('a1b2-c3');
    expect(errorOf(() => SecurityKey.fromSecurityKeyAssociationId(stack, 'Bad', 'A_1'))).toBe(
      'SecurityKey.fromSecurityKeyAssociationId has 1 invalid option:\n  - securityKeyAssociationId must be lower-case letters, digits and -, got "A_1"');
  });
});
