import { Match } from 'aws-cdk-lib/assertions';
import { ConnectInstance, IdentityManagement, UserOptions } from '../src';
import { errorOf, newStack, templateOf } from './helpers/stack';

/**
 * The identity information of a user (UserIdentityInfo): which fields each
 * identity type takes, and the values Amazon Connect accepts.
 */

type Kind = 'connectManaged' | 'saml' | 'existingDirectory';

const IDENTITY: Record<Kind, () => IdentityManagement> = {
  connectManaged: () => IdentityManagement.connectManaged({ instanceAlias: 'acme' }),
  saml: () => IdentityManagement.saml({ instanceAlias: 'acme' }),
  existingDirectory: () => IdentityManagement.existingDirectory({ directoryId: 'd-0123456789' }),
};

/** A valid user of each identity type, without e-mail or mobile. */
const USER: Record<Kind, UserOptions> = {
  connectManaged: { username: 'jane', firstName: 'Jane', lastName: 'Doe' },
  saml: { username: 'jane@example.com', firstName: 'Jane', lastName: 'Doe' },
  existingDirectory: { username: 'jane' },
};

function instance(kind: Kind) {
  const stack = newStack();
  const cc = new ConnectInstance(stack, 'ContactCenter', { identity: IDENTITY[kind]() });
  return { stack, cc };
}

describe('the primary e-mail of a SAML user', () => {
  test('is rejected for the administrator, naming the prop, its value and the secondary e-mail', () => {
    const message = errorOf(() => new ConnectInstance(newStack(), 'ContactCenter', {
      identity: IdentityManagement.saml({ instanceAlias: 'acme' }),
      admin: { username: 'ada@example.com', firstName: 'Ada', lastName: 'Admin', email: 'ada@example.com' },
    }));
    expect(message).toBe("User at 'TestStack/ContactCenter/Admin' has 1 invalid prop:\n"
      + '  - email cannot be set for a SAML instance: Amazon Connect returns an error for the primary e-mail of a SAML user; '
      + 'give the address as secondaryEmail, got "ada@example.com"');
  });

  test('is rejected for a user added with addUser', () => {
    const { cc } = instance('saml');
    expect(errorOf(() => cc.addUser('Agent', { ...USER.saml, email: 'jane@example.com' })))
      .toContain('  - email cannot be set for a SAML instance: Amazon Connect returns an error for the primary e-mail of a SAML user; '
        + 'give the address as secondaryEmail, got "jane@example.com"');
  });

  test('is rejected even when it is not a valid address, with one message', () => {
    const { cc } = instance('saml');
    const message = errorOf(() => cc.addUser('Agent', { ...USER.saml, email: 'nope' }));
    expect(message).toMatch(/has 1 invalid prop:\n {2}- email cannot be set for a SAML instance.*got "nope"$/);
  });

  test('is still taken for a Connect-managed user', () => {
    const { stack, cc } = instance('connectManaged');
    cc.addUser('Agent', { ...USER.connectManaged, email: 'jane@example.com' });
    templateOf(stack).hasResourceProperties('AWS::Connect::User', {
      IdentityInfo: { FirstName: 'Jane', LastName: 'Doe', Email: 'jane@example.com' },
    });
  });
});

describe('secondary e-mail and mobile', () => {
  test.each<[Kind, object]>([
    ['connectManaged', { FirstName: 'Jane', LastName: 'Doe', SecondaryEmail: 'jane.doe+cc@example.co.uk', Mobile: '+442071838750' }],
    ['saml', { FirstName: 'Jane', LastName: 'Doe', SecondaryEmail: 'jane.doe+cc@example.co.uk', Mobile: '+442071838750', Email: Match.absent() }],
    ['existingDirectory', { SecondaryEmail: 'jane.doe+cc@example.co.uk', Mobile: '+442071838750', FirstName: Match.absent(), Email: Match.absent() }],
  ])('are sent for a %s user', (kind, identityInfo) => {
    const { stack, cc } = instance(kind);
    cc.addUser('Agent', { ...USER[kind], secondaryEmail: 'jane.doe+cc@example.co.uk', mobile: '+442071838750' });
    templateOf(stack).hasResourceProperties('AWS::Connect::User', { IdentityInfo: identityInfo });
  });

  test('one alone makes the identity information of an existing-directory user', () => {
    const { stack, cc } = instance('existingDirectory');
    cc.addUser('Agent', { ...USER.existingDirectory, mobile: '+12065550100' });
    templateOf(stack).hasResourceProperties('AWS::Connect::User', { IdentityInfo: { Mobile: '+12065550100' } });
  });

  test('are checked on the administrator too', () => {
    const message = errorOf(() => new ConnectInstance(newStack(), 'ContactCenter', {
      identity: IdentityManagement.existingDirectory({ directoryId: 'd-0123456789' }),
      admin: { username: 'ada', secondaryEmail: 'ada', mobile: '12065550100' },
    }));
    expect(message).toMatch(/^User at 'TestStack\/ContactCenter\/Admin' has 2 invalid props:/);
    expect(message).toContain('  - secondaryEmail must be an e-mail address');
    expect(message).toContain('  - mobile must be a phone number in E.164 format, such as "+12065550100", got "12065550100"');
  });

  test.each([
    ['no @', 'jane.example.com'],
    ['no domain dot', 'jane@example'],
    ['a one-letter top-level domain', 'jane@example.c'],
    ['a space', 'jane doe@example.com'],
    ['a character Amazon Connect does not take', 'jane!@example.com'],
    ['two @', 'jane@@example.com'],
    ['266 characters', `${'j'.repeat(254)}@example.com`],
    ['an empty string', ''],
  ])('a secondary e-mail with %s is rejected for every identity type', (_, secondaryEmail) => {
    for (const kind of Object.keys(USER) as Kind[]) {
      const { cc } = instance(kind);
      expect(errorOf(() => cc.addUser('Agent', { ...USER[kind], secondaryEmail })))
        .toContain(`  - secondaryEmail must be ${secondaryEmail.length > 265 ? '0 to 265 characters long' : 'an e-mail address'}`);
    }
  });

  test.each([
    ['no +', '12065550100'],
    ['a leading zero', '+02065550100'],
    ['spaces', '+1 206 555 0100'],
    ['16 digits', '+1234567890123456'],
    ['one digit', '+1'],
    ['letters', '+1206CALLNOW'],
  ])('a mobile number with %s is rejected for every identity type', (_, mobile) => {
    for (const kind of Object.keys(USER) as Kind[]) {
      const { cc } = instance(kind);
      expect(errorOf(() => cc.addUser('Agent', { ...USER[kind], mobile })))
        .toContain(`  - mobile must be a phone number in E.164 format, such as "+12065550100", got ${JSON.stringify(mobile)}`);
    }
  });

  test.each(['a@b.co', `${'j'.repeat(253)}@example.com`, 'first.last_%+-@sub-domain.example.museum'])('the secondary e-mail %j is accepted', (secondaryEmail) => {
    const { stack, cc } = instance('saml');
    cc.addUser('Agent', { ...USER.saml, secondaryEmail });
    templateOf(stack).hasResourceProperties('AWS::Connect::User', { IdentityInfo: Match.objectLike({ SecondaryEmail: secondaryEmail }) });
  });

  test.each(['+12', '+123456789012345'])('the mobile number %j is accepted', (mobile) => {
    const { stack, cc } = instance('connectManaged');
    cc.addUser('Agent', { ...USER.connectManaged, mobile });
    templateOf(stack).hasResourceProperties('AWS::Connect::User', { IdentityInfo: Match.objectLike({ Mobile: mobile }) });
  });
});

describe('first and last names, by identity type', () => {
  test('a Connect-managed user takes names of 255 and 256 characters', () => {
    const { stack, cc } = instance('connectManaged');
    cc.addUser('Agent', { ...USER.connectManaged, firstName: 'F'.repeat(255), lastName: 'L'.repeat(256) });
    templateOf(stack).hasResourceProperties('AWS::Connect::User', { IdentityInfo: { FirstName: 'F'.repeat(255), LastName: 'L'.repeat(256) } });
  });

  test('a Connect-managed user takes a 200-character first name', () => {
    const { stack, cc } = instance('connectManaged');
    cc.addUser('Agent', { ...USER.connectManaged, firstName: 'F'.repeat(200) });
    templateOf(stack).hasResourceProperties('AWS::Connect::User', { IdentityInfo: { FirstName: 'F'.repeat(200) } });
  });

  test('a Connect-managed user\'s names of 256 and 257 characters fail, naming both', () => {
    const { cc } = instance('connectManaged');
    const message = errorOf(() => cc.addUser('Agent', { ...USER.connectManaged, firstName: 'F'.repeat(256), lastName: 'L'.repeat(257) }));
    expect(message).toContain('  - firstName must be 1 to 255 characters long (length 256), got "FFF');
    expect(message).toContain('  - lastName must be 1 to 256 characters long (length 257), got "LLL');
  });

  test('a SAML user takes 100 characters, and a 200-character first name fails', () => {
    const { stack, cc } = instance('saml');
    cc.addUser('Agent', { ...USER.saml, firstName: 'F'.repeat(100), lastName: 'L'.repeat(100) });
    templateOf(stack).hasResourceProperties('AWS::Connect::User', { IdentityInfo: { FirstName: 'F'.repeat(100) } });
    const message = errorOf(() => cc.addUser('Other', { ...USER.saml, username: 'other@example.com', firstName: 'F'.repeat(200), lastName: 'L'.repeat(101) }));
    expect(message).toContain('  - firstName must be 1 to 100 characters long (length 200), got "FFF');
    expect(message).toContain('  - lastName must be 1 to 100 characters long (length 101), got "LLL');
  });
});
