import { CfnParameter, Lazy, SecretValue } from 'aws-cdk-lib';
import { ConnectInstance, ConnectInstanceProps, IdentityManagement } from '../src';
import { errorOf, newStack, templateOf } from './helpers/stack';

function attempt(props: ConnectInstanceProps): string {
  return errorOf(() => new ConnectInstance(newStack(), 'ContactCenter', props));
}

describe('instance alias', () => {
  test.each([
    ['is empty', '', /identity.instanceAlias must be 1 to 45 characters long \(length 0\), got ""/],
    ['is 46 characters', 'a'.repeat(46), /identity.instanceAlias must be 1 to 45 characters long \(length 46\)/],
    ['starts with d-', 'd-support', /identity.instanceAlias must be .* not start with "d-".*, got "d-support"/],
    ['ends with a hyphen', 'support-', /identity.instanceAlias .*got "support-"/],
    ['starts with a hyphen', '-support', /identity.instanceAlias .*got "-support"/],
    ['holds an underscore', 'acme_support', /identity.instanceAlias .*got "acme_support"/],
    ['holds a dot', 'acme.support', /identity.instanceAlias .*got "acme.support"/],
  ])('fails when it %s', (_, alias, message) => {
    expect(attempt({ identity: IdentityManagement.connectManaged({ instanceAlias: alias }) })).toMatch(message);
    expect(attempt({ identity: IdentityManagement.saml({ instanceAlias: alias }) })).toMatch(message);
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
    const stack = newStack('TestStack', false);
    const alias = Lazy.string({ produce: () => 'd-bad' });
    expect(() => new ConnectInstance(stack, 'ContactCenter', {
      identity: IdentityManagement.connectManaged({ instanceAlias: alias }),
    })).not.toThrow();
  });
});

describe('directory id', () => {
  test.each(['d-012345678', 'd-01234567890', 'D-0123456789', 'd-012345678G', 'd-ABCDEF0123', '0123456789'])('fails for %j', (id) => {
    expect(attempt({ identity: IdentityManagement.existingDirectory({ directoryId: id }) }))
      .toContain(`identity.directoryId must be an AWS Directory Service directory id (d- and 10 hexadecimal digits), got ${JSON.stringify(id)}`);
  });

  test('fails for a bad directory alias', () => {
    expect(attempt({ identity: IdentityManagement.existingDirectory({ directoryId: 'd-0123456789', directoryAlias: 'd-corp' }) }))
      .toMatch(/identity.directoryAlias .*got "d-corp"/);
  });
});

describe('props that do not fit the identity type', () => {
  test('fails for a directory id on a Connect-managed instance (untyped JavaScript)', () => {
    const options: any = { instanceAlias: 'acme', directoryId: 'd-0123456789' };
    expect(attempt({ identity: IdentityManagement.connectManaged(options) }))
      .toContain('identity.directoryId does not apply to a CONNECT_MANAGED instance, got "d-0123456789"');
  });

  test('fails for an alias on an existing-directory instance (untyped JavaScript)', () => {
    const options: any = { directoryId: 'd-0123456789', instanceAlias: 'acme' };
    expect(attempt({ identity: IdentityManagement.existingDirectory(options) }))
      .toContain('identity.instanceAlias does not apply to a EXISTING_DIRECTORY instance, got "acme"');
  });

  test.each([
    ['a Connect-managed', () => IdentityManagement.connectManaged({ instanceAlias: 'acme', directoryId: undefined } as any)],
    ['a SAML', () => IdentityManagement.saml({ instanceAlias: 'acme', directoryId: undefined, directoryAlias: undefined } as any)],
    ['an existing-directory', () => IdentityManagement.existingDirectory({ directoryId: 'd-0123456789', instanceAlias: undefined } as any)],
  ])('takes an option of another type given as undefined, on %s instance, as not given', (_, identity) => {
    const stack = newStack();
    new ConnectInstance(stack, 'ContactCenter', { identity: identity() });
    templateOf(stack).resourceCountIs('AWS::Connect::Instance', 1);
  });

  test('fails for an admin password on a SAML instance', () => {
    expect(attempt({
      identity: IdentityManagement.saml({ instanceAlias: 'acme' }),
      admin: { username: 'admin', firstName: 'A', lastName: 'B', password: SecretValue.secretsManager('pw') },
    })).toContain('admin.password cannot be set for a SAML instance: the identity provider holds it');
  });

  test('fails for an admin password and names on an existing-directory instance', () => {
    const message = attempt({
      identity: IdentityManagement.existingDirectory({ directoryId: 'd-0123456789' }),
      admin: { username: 'admin', firstName: 'Ada', email: 'a@example.com', password: SecretValue.secretsManager('pw') },
    });
    expect(message).toContain('admin.firstName is taken from the directory and cannot be set for an EXISTING_DIRECTORY instance, got "Ada"');
    expect(message).toContain('admin.email is taken from the directory');
    expect(message).toContain('admin.password cannot be set for a EXISTING_DIRECTORY instance: the directory holds it');
  });

  test('fails for a Connect-managed admin without names', () => {
    const message = attempt({
      identity: IdentityManagement.connectManaged({ instanceAlias: 'acme' }),
      admin: { username: 'admin' },
    });
    expect(message).toContain('admin.firstName is required for a CONNECT_MANAGED instance');
    expect(message).toContain('admin.lastName is required for a CONNECT_MANAGED instance');
  });
});

describe('admin values', () => {
  const identity = IdentityManagement.connectManaged({ instanceAlias: 'acme' });
  const admin = { username: 'admin', firstName: 'Ada', lastName: 'Admin' };

  test.each([
    ['an empty username', { username: '' }, /admin.username must be 1 to 20 characters long/],
    ['a 21-character username', { username: 'a'.repeat(21) }, /admin.username must be 1 to 20 characters long \(length 21\), got "a{21}"/],
    ['a username with a space', { username: 'ada admin' }, /admin.username may contain only letters, digits and _ - . @, got "ada admin"/],
    ['an e-mail without @', { email: 'ada.example.com' }, /admin.email must be an e-mail address, got "ada.example.com"/],
    ['an e-mail with a space', { email: 'ada @example.com' }, /admin.email must be an e-mail address/],
    ['an empty first name', { firstName: '' }, /admin.firstName must be 1 to 100 characters long/],
    ['a 101-character last name', { lastName: 'x'.repeat(101) }, /admin.lastName must be 1 to 100 characters long/],
  ])('fails for %s', (_, override, message) => {
    expect(attempt({ identity, admin: { ...admin, ...override } })).toMatch(message);
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
    expect(message).toContain(`admin.password must be 8 to 64 characters with an upper-case letter, a lower-case letter and a digit, and no spaces, got "(${password.length} characters)"`);
    expect(message).not.toContain(password);
  });
});

test('all problems of one instance are reported in one error', () => {
  const message = attempt({
    identity: IdentityManagement.connectManaged({ instanceAlias: 'd-bad_alias' }),
    admin: { username: 'no spaces allowed', firstName: 'Ada', lastName: 'Admin', email: 'nope' },
  });
  expect(message).toMatch(/^ConnectInstance at 'TestStack\/ContactCenter' has 3 invalid props:/);
  expect(message).toContain('identity.instanceAlias');
  expect(message).toContain('admin.username');
  expect(message).toContain('admin.email');
});

describe('untyped JavaScript input', () => {
  test.each([
    ['no identity', undefined, 'identity must be IdentityManagement.connectManaged(), .saml() or .existingDirectory(), got undefined'],
    ['a plain object as identity', { type: 'CONNECT_MANAGED', instanceAlias: 'acme' }, 'identity must be IdentityManagement'],
  ])('fails for %s', (_, identity, message) => {
    expect(attempt({ identity } as any)).toContain(message);
  });

  test.each([
    ['a missing alias', undefined, 'identity.instanceAlias is required, got undefined'],
    ['a null alias', null, 'identity.instanceAlias is required, got null'],
    ['a numeric alias', 42, 'identity.instanceAlias must be a string, got 42'],
  ])('fails for %s', (_, alias, message) => {
    expect(attempt({ identity: IdentityManagement.connectManaged({ instanceAlias: alias as any }) })).toContain(message);
  });

  test('fails for a missing directory id', () => {
    expect(attempt({ identity: IdentityManagement.existingDirectory({} as any) })).toContain('identity.directoryId is required, got undefined');
  });

  test('fails for a missing admin username', () => {
    expect(attempt({
      identity: IdentityManagement.connectManaged({ instanceAlias: 'acme' }),
      admin: { firstName: 'Ada', lastName: 'Admin' } as any,
    })).toContain('admin.username is required, got undefined');
  });
});
