import { Match } from 'aws-cdk-lib/assertions';
import { EmailAddress, EmailAddressOptions } from '../src';
import { arnOf, importedInstance, INSTANCE_ARN } from './helpers/instance';
import { errorOf, templateOf } from './helpers/stack';

/**
 * E-mail addresses: the address, its display name, aliases, and the importer.
 */

function build(options: Partial<EmailAddressOptions>) {
  const { stack, instance } = importedInstance();
  const address = new EmailAddress(stack, 'Address', { instance, emailAddress: 'support@acme.email.connect.aws', ...options });
  return { stack, instance, address };
}

describe('what is deployed', () => {
  test('an address with a display name and description, and an alias of it', () => {
    const { stack, instance } = importedInstance();
    const support = instance.addEmailAddress('Support', {
      emailAddress: 'support@acme.email.connect.aws',
      displayName: 'Acme Support',
      description: 'Where customers write',
    });
    instance.addEmailAddress('Help', { emailAddress: 'help@acme.email.connect.aws', aliasOf: support });
    const template = templateOf(stack);
    template.hasResourceProperties('AWS::Connect::EmailAddress', {
      InstanceArn: INSTANCE_ARN,
      EmailAddress: 'support@acme.email.connect.aws',
      DisplayName: 'Acme Support',
      Description: 'Where customers write',
      AliasConfigurations: Match.absent(),
    });
    template.hasResourceProperties('AWS::Connect::EmailAddress', {
      EmailAddress: 'help@acme.email.connect.aws',
      AliasConfigurations: [{ EmailAddressArn: { 'Fn::GetAtt': [Match.stringLikeRegexp('^ContactCenterSupport'), 'EmailAddressArn'] } }],
    });
    expect(stack.resolve(support.emailAddressId)).toEqual({ 'Fn::Select': [3, { 'Fn::Split': ['/', stack.resolve(support.emailAddressArn)] }] });
    expect(template.toJSON()).toMatchSnapshot();
  });
});

describe('checks', () => {
  test('every problem at once: the address, white space around the name and description, an alias of another instance', () => {
    const { stack, instance } = importedInstance();
    const other = 'arn:aws:connect:us-east-1:123456789012:instance/99999999-2222-3333-4444-555555555555/email-address/e-1';
    const message = errorOf(() => new EmailAddress(stack, 'Address', {
      instance,
      emailAddress: 'support at acme',
      displayName: ' Acme',
      description: '',
      aliasOf: EmailAddress.fromEmailAddressArn(stack, 'Other', other),
    }));
    expect(message).toEqual([
      "EmailAddress at 'TestStack/Address' has 4 invalid props:",
      '  - emailAddress must be an e-mail address, such as support@acme.email.connect.aws, got "support at acme"',
      '  - displayName must not start or end with white space, got " Acme"',
      '  - description must be 1 to 250 characters long (length 0), got ""',
      `  - aliasOf must be an e-mail address of the instance ${INSTANCE_ARN}, got "${other.slice(0, 77)}..."`,
    ].join('\n'));
  });

  test('lengths, and a missing address or instance (untyped JavaScript)', () => {
    expect(errorOf(() => build({ emailAddress: `${'a'.repeat(250)}@acme.com` }))).toContain('  - emailAddress must be 1 to 255 characters long (length 259)');
    expect(errorOf(() => build({ displayName: 'x'.repeat(257) }))).toContain('  - displayName must be 0 to 256 characters long (length 257)');
    const { stack } = importedInstance();
    const message = errorOf(() => new EmailAddress(stack, 'Address', {} as any));
    expect(message).toContain('  - instance is required, got undefined');
    expect(message).toContain('  - emailAddress is required, got undefined');
  });
});

describe('importing', () => {
  test('by ARN', () => {
    const { stack } = importedInstance();
    const address = EmailAddress.fromEmailAddressArn(stack, 'Imported', arnOf('email-address', 'e-1'));
    expect([address.emailAddressArn, address.emailAddressId]).toEqual([arnOf('email-address', 'e-1'), 'e-1']);
    expect(errorOf(() => EmailAddress.fromEmailAddressArn(stack, 'Bad', arnOf('queue', 'q')))).toMatch(/^emailAddressArn must be the ARN of an Amazon Connect e-mail address/);
  });
});
