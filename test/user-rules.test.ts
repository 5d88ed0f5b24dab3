import { Duration, Lazy } from 'aws-cdk-lib';
import { Annotations, Match } from 'aws-cdk-lib/assertions';
import { ConnectInstance, IdentityManagement, User, UserOptions } from '../src';
import { errorOf, newStack, templateOf } from './helpers/stack';

/**
 * What CreateUser takes of a user name and of after-contact work, and one
 * name per user in an instance.
 */

type Kind = 'connectManaged' | 'saml' | 'existingDirectory';

const IDENTITY: Record<Kind, () => IdentityManagement> = {
  connectManaged: () => IdentityManagement.connectManaged({ instanceAlias: 'acme' }),
  saml: () => IdentityManagement.saml({ instanceAlias: 'acme' }),
  existingDirectory: () => IdentityManagement.existingDirectory({ directoryId: 'd-0123456789' }),
};

const NAMES: Record<Kind, Omit<UserOptions, 'username'>> = {
  connectManaged: { firstName: 'Jane', lastName: 'Doe' },
  saml: { firstName: 'Jane', lastName: 'Doe' },
  existingDirectory: {},
};

function instance(kind: Kind) {
  const stack = newStack();
  const cc = new ConnectInstance(stack, 'ContactCenter', { identity: IDENTITY[kind]() });
  return { stack, cc };
}

function addAgent(kind: Kind, options: Partial<UserOptions>) {
  const { stack, cc } = instance(kind);
  const user = cc.addUser('Agent', { username: 'jane', ...NAMES[kind], ...options });
  return { stack, cc, user };
}

describe('user name length', () => {
  test.each<[Kind, number]>([['connectManaged', 20], ['existingDirectory', 20], ['saml', 64]])('a %s instance takes up to %d characters', (kind, max) => {
    const { stack } = addAgent(kind, { username: 'j'.repeat(max) });
    templateOf(stack).hasResourceProperties('AWS::Connect::User', { Username: 'j'.repeat(max) });
    expect(errorOf(() => addAgent(kind, { username: 'j'.repeat(max + 1) })))
      .toContain(`  - username must be 1 to ${max} characters long (length ${max + 1}), got "${'j'.repeat(max + 1)}"`);
  });

  test('the administrator\'s is checked against the identity type too', () => {
    expect(errorOf(() => new ConnectInstance(newStack(), 'ContactCenter', {
      identity: IDENTITY.existingDirectory(),
      admin: { username: 'administrator.of.acme' },
    }))).toBe("User at 'TestStack/ContactCenter/Admin' has 1 invalid prop:\n  - username must be 1 to 20 characters long (length 21), got \"administrator.of.acme\"");
    expect(errorOf(() => new ConnectInstance(newStack(), 'ContactCenter', {
      identity: IDENTITY.saml(),
      admin: { username: `${'a'.repeat(53)}@example.com`, firstName: 'Ada', lastName: 'Admin' },
    }))).toContain('  - username must be 1 to 64 characters long (length 65)');
  });

  test('an unresolved token is not checked', () => {
    const long = Lazy.string({ produce: () => 'j'.repeat(30) });
    expect(() => addAgent('connectManaged', { username: long })).not.toThrow();
  });
});

describe('@ in a user name', () => {
  test.each<[Kind, string]>([
    ['connectManaged', 'jane@example.com'],
    ['saml', 'jane.doe@mail.example.co.uk'],
    ['saml', 'j_d-1@example-corp.com'],
    ['existingDirectory', 'jd@corp.example'],
  ])('is taken by a %s instance in an e-mail address: %s', (kind, username) => {
    const { stack } = addAgent(kind, { username });
    templateOf(stack).hasResourceProperties('AWS::Connect::User', { Username: username });
  });

  test.each(['jane@', '@example.com', 'jane@example', 'jane@@example.com', 'jane@example.', 'jane@.example.com', 'jane@exa..mple.com', 'a@b@c.com'])(
    'is rejected outside an e-mail address: %s', (username) => {
      for (const kind of ['connectManaged', 'saml'] as const) {
        expect(errorOf(() => addAgent(kind, { username })))
          .toContain(`  - username may contain @ only in the form of an e-mail address, such as "jane.doe@example.com", got ${JSON.stringify(username)}`);
      }
    });

  test('a character Amazon Connect never takes is reported once, as before', () => {
    const message = errorOf(() => addAgent('saml', { username: 'jane doe@example.com' }));
    expect(message).toMatch(/has 1 invalid prop:\n {2}- username may contain only letters, digits and _ - \. @, got "jane doe@example.com"$/);
  });
});

describe('after-contact work', () => {
  test('takes up to 2,000,000 seconds', () => {
    const { stack } = addAgent('connectManaged', { afterContactWorkTimeLimit: Duration.seconds(2_000_000) });
    templateOf(stack).hasResourceProperties('AWS::Connect::User', { PhoneConfig: { AfterContactWorkTimeLimit: 2_000_000 } });
  });

  test('takes 0 (no limit)', () => {
    const { stack } = addAgent('connectManaged', { afterContactWorkTimeLimit: Duration.seconds(0) });
    templateOf(stack).hasResourceProperties('AWS::Connect::User', { PhoneConfig: { AfterContactWorkTimeLimit: 0 } });
  });

  test.each([
    [Duration.seconds(2_000_001), 2_000_001],
    [Duration.days(24), 2_073_600],
    [Duration.hours(1000), 3_600_000],
  ])('rejects %s', (limit, seconds) => {
    expect(errorOf(() => addAgent('connectManaged', { afterContactWorkTimeLimit: limit })))
      .toContain(`  - afterContactWorkTimeLimit must be at most 2000000 seconds (${seconds} seconds), got "${limit.toString()}"`);
  });
});

describe('one user name per user in an instance', () => {
  // The instance's rule: checked at synth, over every user of the app.
  test('a second user with a taken name fails at synth, naming both users and the name', () => {
    const { stack, cc } = instance('connectManaged');
    cc.addUser('One', { username: 'jane', ...NAMES.connectManaged });
    cc.addUser('Two', { username: 'jane', ...NAMES.connectManaged });
    expect(errorOf(() => templateOf(stack)))
      .toContain("[TestStack/ContactCenter] User at 'TestStack/ContactCenter/Two' has 1 invalid prop:\n"
        + "  - username must be unique in the instance: the user at 'TestStack/ContactCenter/One' has it too, got \"jane\"");
  });

  test('the administrator\'s name is taken too', () => {
    const stack = newStack();
    const cc = new ConnectInstance(stack, 'ContactCenter', {
      identity: IDENTITY.saml(),
      admin: { username: 'ada@example.com', firstName: 'Ada', lastName: 'Admin' },
    });
    cc.addUser('Agent', { username: 'ada@example.com', firstName: 'Ada', lastName: 'Agent' });
    expect(errorOf(() => templateOf(stack)))
      .toContain("  - username must be unique in the instance: the user at 'TestStack/ContactCenter/Admin' has it too, got \"ada@example.com\"");
  });

  test('a User created directly counts too', () => {
    const { stack, cc } = instance('existingDirectory');
    new User(stack, 'Direct', { instance: cc, username: 'jdoe' });
    cc.addUser('Agent', { username: 'jdoe' });
    expect(errorOf(() => templateOf(stack)))
      .toContain("the user at 'TestStack/Direct' has it too, got \"jdoe\"");
  });

  test('the same name in two instances is fine', () => {
    const stack = newStack();
    for (const alias of ['acme-one', 'acme-two']) {
      const cc = new ConnectInstance(stack, alias, { identity: IdentityManagement.connectManaged({ instanceAlias: alias }) });
      cc.addUser('Agent', { username: 'jane', ...NAMES.connectManaged });
    }
    templateOf(stack).resourceCountIs('AWS::Connect::User', 2);
  });

  test('a user that failed validation does not hold its name', () => {
    const { stack, cc } = instance('connectManaged');
    expect(() => cc.addUser('Bad', { username: 'jane', firstName: 'Jane' })).toThrow(/lastName is required/);
    cc.addUser('Good', { username: 'jane', ...NAMES.connectManaged });
    templateOf(stack).resourceCountIs('AWS::Connect::User', 1);
  });

  test('names that differ only in letter case are two users (Amazon Connect user names are case sensitive), with a warning', () => {
    const stack = newStack('TestStack', false);
    const cc = new ConnectInstance(stack, 'ContactCenter', { identity: IDENTITY.connectManaged() });
    cc.addUser('One', { username: 'jane', ...NAMES.connectManaged });
    cc.addUser('Two', { username: 'Jane', ...NAMES.connectManaged });
    templateOf(stack).resourceCountIs('AWS::Connect::User', 2);
    Annotations.fromStack(stack).hasWarning('/TestStack/ContactCenter/Two',
      Match.stringLikeRegexp('^username "Jane" differs only in letter case from "jane", the user at \'TestStack/ContactCenter/One\': Amazon Connect user names are case sensitive'));
    Annotations.fromStack(stack).hasNoWarning('/TestStack/ContactCenter/One', Match.anyValue());
  });

  test('unresolved names are not compared', () => {
    const { stack, cc } = instance('connectManaged');
    const name = Lazy.string({ produce: () => 'jane' });
    cc.addUser('One', { username: name, ...NAMES.connectManaged });
    cc.addUser('Two', { username: name, ...NAMES.connectManaged });
    expect(stack.node.findAll().filter((c) => c instanceof User)).toHaveLength(2);
  });
});
