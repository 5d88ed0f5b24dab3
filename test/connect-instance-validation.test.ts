import { CfnParameter, Lazy, SecretValue } from 'aws-cdk-lib';
import { ConnectInstance, ConnectInstanceProps, IdentityManagement } from '../src';
import { errorOf, newStack, templateOf } from './helpers/stack';

/**
 * Each concept checks its own input where it is built: the identity in the
 * `IdentityManagement` factories, the administrator (a `User`) when it is
 * created. Each reports all of its problems in one error.
 */

function attempt(props: ConnectInstanceProps): string {
  return errorOf(() => new ConnectInstance(newStack(), 'ContactCenter', props));
}

describe('instance alias', () => {
  test.each([
    ['is empty', '', /^instanceAlias must be 1 to 45 characters long \(length 0\), got ""$/],
    ['is 46 characters', 'a'.repeat(46), /^instanceAlias must be 1 to 45 characters long \(length 46\)/],
    ['starts with d-', 'd-support', /^instanceAlias must be .* not start with "d-".*, got "d-support"$/],
    ['ends with a hyphen', 'support-', /^instanceAlias .*got "support-"$/],
    ['starts with a hyphen', '-support', /^instanceAlias .*got "-support"$/],
    ['holds an underscore', 'acme_support', /^instanceAlias .*got "acme_support"$/],
    ['holds a dot', 'acme.support', /^instanceAlias .*got "acme.support"$/],
  ])('fails in the factory when it %s', (_, alias, problem) => {
    const connectManaged = errorOf(() => IdentityManagement.connectManaged({ instanceAlias: alias }));
    expect(connectManaged).toMatch(/^identity \(connect-managed\) has 1 invalid option:\n {2}- /);
    expect(connectManaged.split('\n  - ')[1]).toMatch(problem);
    const saml = errorOf(() => IdentityManagement.saml({ instanceAlias: alias }));
    expect(saml).toMatch(/^identity \(SAML\) has 1 invalid option:\n {2}- /);
    expect(saml.split('\n  - ')[1]).toMatch(problem);
  });

  test.each(['a', 'a'.repeat(45), 'acme--support', 'Acme-Support-2', 'dsupport', '0-d'])('accepts %j', (alias) => {
    const stack = newStack();
    new ConnectInstance(stack, 'ContactCenter', { identity: IdentityManagement.connectManaged({ instanceAlias: alias }) });
    templateOf(stack).hasResourceProperties('AWS::Connect::Instance', { InstanceAlias: alias });
  });

  test('accepts an unresolved token', () => {
    const stack = newStack();
    const alias = new CfnParameter(stack, 'Alias').valueAsString;
    new ConnectInstance(stack, 'ContactCenter', { identity: IdentityManagement.connectManaged({ instanceAlias: alias }) });
    templateOf(stack).hasResourceProperties('AWS::Connect::Instance', { InstanceAlias: { Ref: 'Alias' } });
  });

  test('skips the checks of an unresolved token that would resolve to a bad value', () => {
    const alias = Lazy.string({ produce: () => 'd-bad' });
    expect(() => IdentityManagement.connectManaged({ instanceAlias: alias })).not.toThrow();
  });
});

describe('directory id', () => {
  test.each(['d-012345678', 'd-01234567890', 'D-0123456789', 'd-012345678G', 'd-ABCDEF0123', '0123456789'])('fails for %j', (id) => {
    expect(errorOf(() => IdentityManagement.existingDirectory({ directoryId: id })))
      .toBe('identity (existing directory) has 1 invalid option:\n'
        + `  - directoryId must be an AWS Directory Service directory id (d- and 10 hexadecimal digits), got ${JSON.stringify(id)}`);
  });

  test('reports a bad directory id and a bad directory alias in one error', () => {
    const message = errorOf(() => IdentityManagement.existingDirectory({ directoryId: 'd-01234', directoryAlias: 'd-corp' }));
    expect(message).toMatch(/^identity \(existing directory\) has 2 invalid options:\n/);
    expect(message).toContain('  - directoryId must be an AWS Directory Service directory id');
    expect(message).toMatch(/ {2}- directoryAlias .*got "d-corp"/);
  });
});

describe('an option of another identity type given as undefined is not given', () => {
  test.each([
    ['a Connect-managed', () => IdentityManagement.connectManaged({ instanceAlias: 'acme', directoryId: undefined } as any)],
    ['a SAML', () => IdentityManagement.saml({ instanceAlias: 'acme', directoryId: undefined, directoryAlias: undefined } as any)],
    ['an existing-directory', () => IdentityManagement.existingDirectory({ directoryId: 'd-0123456789', instanceAlias: undefined } as any)],
  ])('on %s instance', (_, identity) => {
    const stack = newStack();
    new ConnectInstance(stack, 'ContactCenter', { identity: identity() });
    templateOf(stack).resourceCountIs('AWS::Connect::Instance', 1);
  });
});

describe('the administrator is a User that checks itself', () => {
  const ADMIN_ERROR = /^User at 'TestStack\/ContactCenter\/Admin' has \d+ invalid props?:\n/;

  test('fails for an admin password on a SAML instance', () => {
    const message = attempt({
      identity: IdentityManagement.saml({ instanceAlias: 'acme' }),
      admin: { username: 'admin', firstName: 'A', lastName: 'B', password: SecretValue.secretsManager('pw') },
    });
    expect(message).toMatch(ADMIN_ERROR);
    expect(message).toContain('  - password cannot be set for a SAML instance: the identity provider holds it');
  });

  test('fails for an admin password and names on an existing-directory instance, all at once', () => {
    const message = attempt({
      identity: IdentityManagement.existingDirectory({ directoryId: 'd-0123456789' }),
      admin: { username: 'admin', firstName: 'Ada', email: 'a@example.com', password: SecretValue.secretsManager('pw') },
    });
    expect(message).toMatch(/^User at 'TestStack\/ContactCenter\/Admin' has 3 invalid props:\n/);
    expect(message).toContain('  - firstName is taken from the directory and cannot be set for an EXISTING_DIRECTORY instance, got "Ada"');
    expect(message).toContain('  - email is taken from the directory');
    expect(message).toContain('  - password cannot be set for a EXISTING_DIRECTORY instance: the directory holds it');
  });

  test('fails for a Connect-managed admin without names', () => {
    const message = attempt({
      identity: IdentityManagement.connectManaged({ instanceAlias: 'acme' }),
      admin: { username: 'admin' },
    });
    expect(message).toContain('  - firstName is required for a CONNECT_MANAGED instance');
    expect(message).toContain('  - lastName is required for a CONNECT_MANAGED instance');
  });

  const identity = IdentityManagement.connectManaged({ instanceAlias: 'acme' });
  const admin = { username: 'admin', firstName: 'Ada', lastName: 'Admin' };

  test.each([
    ['an empty username', { username: '' }, /username must be 1 to 20 characters long/],
    ['a 21-character username', { username: 'a'.repeat(21) }, /username must be 1 to 20 characters long \(length 21\), got "a{21}"/],
    ['a username with a space', { username: 'ada admin' }, /username may contain only letters, digits and _ - . @, got "ada admin"/],
    ['an e-mail without @', { email: 'ada.example.com' }, /email must be an e-mail address, got "ada.example.com"/],
    ['an e-mail with a space', { email: 'ada @example.com' }, /email must be an e-mail address/],
    ['an empty first name', { firstName: '' }, /firstName must be 1 to 255 characters long/],
    ['a 257-character last name', { lastName: 'x'.repeat(257) }, /lastName must be 1 to 256 characters long/],
  ])('fails for %s', (_, override, message) => {
    const error = attempt({ identity, admin: { ...admin, ...override } });
    expect(error).toMatch(ADMIN_ERROR);
    expect(error).toMatch(message);
  });

  test.each([
    ['too short', 'Abc1'],
    ['too long', `Ab1${'x'.repeat(62)}`],
    ['without upper case', 'abcdefg1'],
    ['without lower case', 'ABCDEFG1'],
    ['without a digit', 'Abcdefgh'],
    ['with a space', 'Abcd efg1'],
  ])('fails for a literal password %s, without echoing it', (_, password) => {
    const message = attempt({ identity, admin: { ...admin, password: SecretValue.unsafePlainText(password) } });
    expect(message).toContain(`  - password must be 8 to 64 characters with an upper-case letter, a lower-case letter and a digit, and no spaces, got "(${password.length} characters)"`);
    expect(message).not.toContain(password);
  });

  test('reports every problem of the administrator in one error', () => {
    const message = attempt({
      identity,
      admin: { username: 'no spaces allowed', firstName: 'Ada', lastName: 'Admin', email: 'nope' },
    });
    expect(message).toMatch(/^User at 'TestStack\/ContactCenter\/Admin' has 2 invalid props:\n/);
    expect(message).toContain('  - username ');
    expect(message).toContain('  - email ');
  });
});

describe('what plain JavaScript callers get wrong most', () => {
  test('no identity', () => {
    expect(attempt({} as any)).toBe("ConnectInstance at 'TestStack/ContactCenter' has 1 invalid prop:\n"
      + '  - identity is required: an IdentityManagement, connect-managed, SAML or an existing directory, got undefined');
  });

  test.each([
    ['a missing alias', undefined, 'instanceAlias is required, got undefined'],
    ['a null alias', null, 'instanceAlias is required, got null'],
    ['a numeric alias', 42, 'instanceAlias must be a string, got 42'],
  ])('%s', (_, alias, message) => {
    expect(errorOf(() => IdentityManagement.connectManaged({ instanceAlias: alias as any }))).toContain(`  - ${message}`);
  });

  test('no options at all', () => {
    expect(errorOf(() => (IdentityManagement.saml as any)())).toBe('identity (SAML) has 1 invalid option:\n  - instanceAlias is required, got undefined');
  });

  test('a missing directory id', () => {
    expect(errorOf(() => IdentityManagement.existingDirectory({} as any))).toContain('  - directoryId is required, got undefined');
  });

  test('a missing admin username', () => {
    expect(attempt({
      identity: IdentityManagement.connectManaged({ instanceAlias: 'acme' }),
      admin: { firstName: 'Ada', lastName: 'Admin' } as any,
    })).toContain('  - username is required, got undefined');
  });
});
