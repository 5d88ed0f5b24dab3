import { App, Duration, SecretValue, Stack } from 'aws-cdk-lib';
import * as kinesis from 'aws-cdk-lib/aws-kinesis';
import * as logs from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import * as fc from 'fast-check';
import { ENV } from './scenarios';
import {
  AdminOptions, ConnectInstance, ConnectInstanceProps, IdentityManagement, PhoneType, StorageOptions, StorageResourceType, StorageTarget,
  UserOptions,
} from '../../src';

/**
 * Generated invalid props: each set is rejected when the app runs (before
 * any template exists) by one error per concept (identity, instance, user)
 * that names every bad prop of that concept, never by a crash (TypeError and the like), never echoing a password.
 *
 * The seed is fixed (FC_SEED overrides it); fast-check prints the seed and
 * the shrunk counterexample on failure.
 */
const SEED = Number(process.env.FC_SEED ?? 20251125);
const RUNS = 50;
let generated = 0;

/** One invalid prop set and the props its error must name. */
interface BadProps {
  /** The generated values, shown in a counterexample. */
  readonly given: unknown;
  readonly props: (scope: Construct) => ConnectInstanceProps;
  /** Prop names the error must list, such as `email`. */
  readonly names: string[];
  /** A value the error must not show (a password). */
  readonly secret?: string;
  /** Options of an agent added with `addUser`, after the instance. */
  readonly user?: Partial<UserOptions>;
}

const CRASHES = [TypeError, RangeError, ReferenceError, SyntaxError];

/** Builds the instance from `bad` and checks how it is rejected. */
function rejected(bad: BadProps): void {
  generated++;
  const app = new App();
  const stack = new Stack(app, 'BadInput', { env: ENV });
  let error: unknown;
  try {
    const instance = new ConnectInstance(stack, 'ContactCenter', bad.props(stack));
    if (bad.user) {
      instance.addUser('Agent', { username: 'jane.doe', firstName: 'Jane', lastName: 'Doe', ...bad.user });
    }
  } catch (e) {
    error = e;
  }
  if (error === undefined) {
    try {
      app.synth();
    } catch (e) {
      error = e;
    }
    if (error === undefined) {
      throw new Error(`accepted: a template was synthesized; expected ${bad.names.join(', ')} to be rejected`);
    }
  }
  if (!(error instanceof Error) || CRASHES.some((crash) => error instanceof crash)) {
    throw new Error(`crashed instead of naming ${bad.names.join(', ')}: ${(error as Error)?.stack ?? String(error)}`);
  }
  // One error per concept, built where the concept is: the identity factory,
  // the instance (its storage), or a user (the administrator, an agent).
  expect(error.message).toMatch(
    /^(identity \((connect-managed|SAML|existing directory)\)|ConnectInstance at 'BadInput\/ContactCenter'|User at 'BadInput\/ContactCenter\/(Admin|Agent)') has \d+ invalid (props?|options?):\n/);
  for (const name of bad.names) {
    expect(error.message).toContain(`\n  - ${name} `);
  }
  if (bad.secret !== undefined && bad.secret.length >= 6) {
    expect(error.message).not.toContain(bad.secret);
  }
}

function check(arbitrary: fc.Arbitrary<BadProps>): void {
  fc.assert(fc.property(arbitrary, (bad) => rejected(bad)), { seed: SEED, numRuns: RUNS });
}

// --- building blocks --------------------------------------------------------

const goodAlias = fc.stringMatching(/^[a-z][a-z0-9]{0,9}(-[a-z0-9]{1,8}){0,2}$/);
const goodAdmin: AdminOptions = { username: 'admin', firstName: 'Ada', lastName: 'Admin', email: 'ada@example.com' };
const aliasIdentity = fc.constantFrom('connectManaged', 'saml') as fc.Arbitrary<'connectManaged' | 'saml'>;
const withAlias = (kind: 'connectManaged' | 'saml', instanceAlias: string) => IdentityManagement[kind]({ instanceAlias });
const connectManaged = () => IdentityManagement.connectManaged({ instanceAlias: 'acme-support' });

/** Strings an instance or directory alias must not be. */
const badAlias = fc.oneof(
  fc.stringMatching(/^[a-z0-9]{46,80}$/), // too long
  fc.constant(''),
  goodAlias.map((a) => `d-${a}`), // reserved for directory ids
  goodAlias.map((a) => `${a}-`), // ends with a hyphen
  goodAlias.map((a) => `-${a}`),
  fc.tuple(goodAlias, fc.constantFrom(' ', '_', '.', '/', 'é', '@', '!', '\n', '--'), goodAlias).map(([a, c, b]) => `${a}${c}${b}`),
).filter((a) => !/^(?!d-)([\da-zA-Z]+)([-]*[\da-zA-Z])*$/.test(a) || a.length > 45);

const badDirectoryId = fc.oneof(
  fc.stringMatching(/^d-[0-9a-f]{1,9}$/),
  fc.stringMatching(/^d-[0-9a-f]{11,20}$/),
  fc.stringMatching(/^d-[0-9a-f]{0,9}[A-F][0-9a-f]{0,9}$/).filter((s) => s.length === 12), // upper case
  fc.stringMatching(/^d-[0-9a-f]{0,9}[g-z][0-9a-f]{0,9}$/).filter((s) => s.length === 12),
  fc.stringMatching(/^[a-ce-z]-[0-9a-f]{10}$/),
  fc.stringMatching(/^[0-9a-f]{10,12}$/),
  fc.constant(''),
);

const usernameChar = fc.constantFrom(' ', '#', '/', '!', 'é', ',', '+', '*', ':', '\t');
const badUsername = fc.oneof(
  fc.constant(''),
  fc.stringMatching(/^[a-z0-9._@-]{101,130}$/),
  fc.tuple(fc.stringMatching(/^[a-z]{1,10}$/), usernameChar, fc.stringMatching(/^[a-z]{0,10}$/)).map(([a, c, b]) => `${a}${c}${b}`),
);

const badPassword = fc.oneof(
  fc.stringMatching(/^[A-Z][a-z][0-9][a-zA-Z0-9]{0,4}$/), // under 8
  fc.stringMatching(/^[A-Z][a-z][0-9][a-zA-Z0-9]{62,80}$/), // over 64
  fc.stringMatching(/^[a-z][0-9][a-z0-9]{6,20}$/), // no upper case
  fc.stringMatching(/^[A-Z][0-9][A-Z0-9]{6,20}$/), // no lower case
  fc.stringMatching(/^[A-Z][a-z][a-zA-Z]{6,20}$/), // no digit
  fc.tuple(fc.stringMatching(/^[A-Z][a-z][0-9]{3}$/), fc.stringMatching(/^[a-z0-9]{3,8}$/)).map(([a, b]) => `${a} ${b}`), // a space
);

const badEmail = fc.oneof(
  fc.stringMatching(/^[a-z]{1,10}\.[a-z]{2,5}$/), // no @
  fc.stringMatching(/^[a-z]{1,8}@[a-z]{1,8}$/), // no dot in the domain
  fc.tuple(fc.stringMatching(/^[a-z]{1,8}$/), fc.stringMatching(/^[a-z]{1,8}\.[a-z]{2,4}$/)).map(([a, d]) => `${a} x@${d}`), // a space
  fc.tuple(fc.stringMatching(/^[a-z]{1,8}$/), fc.stringMatching(/^[a-z]{1,8}\.[a-z]{2,4}$/)).map(([a, d]) => `${a}@@${d}`),
  fc.stringMatching(/^[a-z]{310,330}@example\.com$/), // too long
);

const RETENTION_DAYS = new Set(Object.values(logs.RetentionDays).filter((v) => typeof v === 'number'));
const badFlowLogsRetention = fc.integer({ min: -1000, max: 20000 }).filter((d) => !RETENTION_DAYS.has(d));
const badMediaRetention = fc.oneof(
  fc.integer({ min: 87601, max: 10_000_000 }).map((h) => ({ retention: Duration.hours(h), shown: `${h} hours` })),
  fc.integer({ min: 1, max: 10_000 }).filter((m) => m % 60 !== 0).map((m) => ({ retention: Duration.minutes(m), shown: '' })),
  fc.integer({ min: 3651, max: 100_000 }).map((d) => ({ retention: Duration.days(d), shown: '' })),
);

const stream = (scope: Construct) => kinesis.Stream.fromStreamArn(scope, 'Stream', `arn:aws:kinesis:${ENV.region}:${ENV.account}:stream/s`);

// --- the properties ----------------------------------------------------------

describe('invalid props are rejected by an error naming them', () => {
  test('instance and directory aliases', () => check(fc.oneof(
    fc.record({ kind: aliasIdentity, alias: badAlias }).map(({ kind, alias }): BadProps => ({
      given: { kind, alias },
      props: () => ({ identity: withAlias(kind, alias) }),
      names: ['instanceAlias'],
    })),
    badAlias.map((alias): BadProps => ({
      given: { directoryAlias: alias },
      props: () => ({ identity: IdentityManagement.existingDirectory({ directoryId: 'd-0123456789', directoryAlias: alias }) }),
      names: ['directoryAlias'],
    })),
  )));

  test('directory ids', () => check(badDirectoryId.map((directoryId): BadProps => ({
    given: { directoryId },
    props: () => ({ identity: IdentityManagement.existingDirectory({ directoryId }) }),
    names: ['directoryId'],
  }))));

  test('user names, for every identity type', () => check(fc.record({
    identity: fc.constantFrom('connectManaged', 'saml', 'existingDirectory'),
    username: badUsername,
  }).map(({ identity, username }): BadProps => ({
    given: { identity, username },
    props: () => identity === 'existingDirectory'
      ? { identity: IdentityManagement.existingDirectory({ directoryId: 'd-0123456789' }), admin: { username } }
      : { identity: withAlias(identity as 'connectManaged' | 'saml', 'acme'), admin: { ...goodAdmin, username } },
    names: ['username'],
  }))));

  test('literal passwords that Amazon Connect would refuse, never shown', () => check(badPassword.map((password): BadProps => ({
    given: { passwordLength: password.length },
    props: () => ({ identity: connectManaged(), admin: { ...goodAdmin, password: SecretValue.unsafePlainText(password) } }),
    names: ['password'],
    secret: password,
  }))));

  test('e-mail addresses', () => check(fc.record({ kind: aliasIdentity, email: badEmail }).map(({ kind, email }): BadProps => ({
    given: { kind, email },
    props: () => ({ identity: withAlias(kind, 'acme'), admin: { ...goodAdmin, email } }),
    names: ['email'],
  }))));

  test('retention values: live media streaming and contact-flow logs', () => check(fc.oneof(
    badMediaRetention.map(({ retention }): BadProps => ({
      given: { mediaStreamsRetention: retention.toString() },
      props: () => ({ identity: connectManaged(), storage: { mediaStreams: StorageTarget.kinesisVideo({ prefix: 'live', retention }) } }),
      names: ['storage.mediaStreams.retention'],
    })),
    badFlowLogsRetention.map((days): BadProps => ({
      given: { flowLogsRetention: days },
      props: () => ({ identity: connectManaged(), storage: { flowLogsRetention: days as logs.RetentionDays } }),
      names: ['storage.flowLogsRetention'],
    })),
  )));

  test('a resource type configured twice', () => {
    const named: Array<[keyof StorageOptions, StorageResourceType]> = [
      ['callRecordings', StorageResourceType.CALL_RECORDINGS],
      ['chatTranscripts', StorageResourceType.CHAT_TRANSCRIPTS],
      ['scheduledReports', StorageResourceType.SCHEDULED_REPORTS],
      ['attachments', StorageResourceType.ATTACHMENTS],
    ];
    const others = [StorageResourceType.CONTACT_EVALUATIONS, StorageResourceType.SCREEN_RECORDINGS, StorageResourceType.EMAIL_MESSAGES];
    check(fc.oneof(
      // a named prop, and the same type again under `additional` (by constant or by name)
      fc.record({ i: fc.nat(named.length - 1), byName: fc.boolean(), before: fc.subarray(others) }).map(({ i, byName, before }): BadProps => {
        const [prop, type] = named[i];
        const again = byName ? StorageResourceType.of(type.name) : type;
        return {
          given: { prop, again: again.name, before: before.map((t) => t.name) },
          props: () => ({
            identity: connectManaged(),
            storage: {
              [prop]: StorageTarget.s3({ prefix: 'mine' }),
              additional: [
                ...before.map((t) => ({ resourceType: t, target: StorageTarget.s3() })),
                { resourceType: again, target: StorageTarget.s3() },
              ],
            },
          }),
          names: [`storage.additional[${before.length}].resourceType`],
        };
      }),
      // twice under `additional`
      fc.record({ type: fc.constantFrom(...others), at: fc.nat(3) }).map(({ type, at }): BadProps => {
        const rest = others.filter((t) => t !== type).slice(0, at);
        return {
          given: { type: type.name, rest: rest.map((t) => t.name) },
          props: () => ({
            identity: connectManaged(),
            storage: {
              additional: [
                { resourceType: type, target: StorageTarget.s3() },
                ...rest.map((t) => ({ resourceType: t, target: StorageTarget.s3() })),
                { resourceType: StorageResourceType.of(type.name), target: StorageTarget.s3({ prefix: 'again' }) },
              ],
            },
          }),
          names: [`storage.additional[${rest.length + 1}].resourceType`],
        };
      }),
      // the deprecated name of the voice segments
      fc.constant<BadProps>({
        given: 'REAL_TIME_CONTACT_ANALYSIS_SEGMENTS and realTimeContactAnalysisVoiceSegments',
        props: (scope) => {
          const target = StorageTarget.kinesisStream(stream(scope));
          return {
            identity: connectManaged(),
            storage: {
              realTimeContactAnalysisVoiceSegments: target,
              // eslint-disable-next-line @typescript-eslint/no-deprecated
              additional: [{ resourceType: StorageResourceType.REAL_TIME_CONTACT_ANALYSIS_SEGMENTS, target }],
            },
          };
        },
        names: ['storage.additional[0].resourceType'],
      }),
    ));
  });

  test('props that do not fit the identity type', () => check(fc.oneof(
    // a password where the identity provider or the directory holds it
    fc.constantFrom<'saml' | 'existingDirectory'>('saml', 'existingDirectory').map((identity): BadProps => ({
      given: { identity, password: 'a secret reference' },
      props: () => identity === 'saml'
        ? { identity: withAlias('saml', 'acme'), admin: { ...goodAdmin, password: SecretValue.secretsManager('team/admin') } }
        : { identity: IdentityManagement.existingDirectory({ directoryId: 'd-0123456789' }), admin: { username: 'ada', password: SecretValue.secretsManager('team/admin') } },
      names: ['password'],
    })),
    // names and e-mail, which the directory holds
    fc.subarray(['firstName', 'lastName', 'email'] as const, { minLength: 1 }).map((given): BadProps => ({
      given,
      props: () => ({
        identity: IdentityManagement.existingDirectory({ directoryId: 'd-0123456789' }),
        admin: { username: 'ada', ...Object.fromEntries(given.map((p) => [p, p === 'email' ? 'ada@example.com' : 'Ada'])) },
      }),
      names: [...given],
    })),
    // names left out where Amazon Connect needs them
    fc.record({ kind: aliasIdentity, missing: fc.subarray(['firstName', 'lastName'] as const, { minLength: 1 }) }).map(({ kind, missing }): BadProps => ({
      given: { kind, missing },
      props: () => ({
        identity: withAlias(kind, 'acme'),
        admin: Object.fromEntries(Object.entries(goodAdmin).filter(([k]) => !missing.includes(k as any))) as unknown as AdminOptions,
      }),
      names: [...missing],
    })),
  )));

  test('storage targets a resource type does not accept, prefixes and CORS origins', () => check(fc.oneof(
    fc.constantFrom<keyof StorageOptions>('callRecordings', 'chatTranscripts', 'scheduledReports', 'attachments').map((prop): BadProps => ({
      given: { prop, target: 'kinesisStream' },
      props: (scope) => ({ identity: connectManaged(), storage: { [prop]: StorageTarget.kinesisStream(stream(scope)) } }),
      names: [`storage.${prop}`],
    })),
    fc.constantFrom<keyof StorageOptions>('agentEvents', 'realTimeContactAnalysisChatSegments', 'mediaStreams').map((prop): BadProps => ({
      given: { prop, target: 's3' },
      props: () => ({ identity: connectManaged(), storage: { [prop]: StorageTarget.s3() } }),
      names: [`storage.${prop}`],
    })),
    fc.oneof(fc.constant(''), fc.stringMatching(/^[a-z/]{129,160}$/)).map((prefix): BadProps => ({
      given: { prefix },
      props: () => ({ identity: connectManaged(), storage: { callRecordings: StorageTarget.s3({ prefix }) } }),
      names: ['storage.callRecordings.prefix'],
    })),
    fc.record({
      good: fc.array(fc.constantFrom('https://*.my.connect.aws', 'https://www.example.com', '*'), { maxLength: 2 }),
      bad: fc.constantFrom('ftp://example.com', 'https://example.com/path', 'https://*.*.example.com', 'example.com', ' https://example.com'),
    }).map(({ good, bad }): BadProps => ({
      given: { good, bad },
      props: () => ({ identity: connectManaged(), storage: { attachments: StorageTarget.s3(), attachmentsAllowedOrigins: [...good, bad] } }),
      names: [`storage.attachmentsAllowedOrigins[${good.length}]`],
    })),
  )));

  test('desk phones and after-contact work of a user added with addUser', () => check(fc.oneof(
    fc.constant<BadProps>({
      given: 'DESK_PHONE without a number',
      props: () => ({ identity: connectManaged() }),
      user: { phoneType: PhoneType.DESK_PHONE },
      names: ['deskPhoneNumber'],
    }),
    fc.oneof(fc.stringMatching(/^[0-9]{3}-[0-9]{4}$/), fc.stringMatching(/^\+0[0-9]{5,10}$/), fc.stringMatching(/^\+[1-9][0-9]{15,18}$/))
      .map((deskPhoneNumber): BadProps => ({
        given: { deskPhoneNumber },
        props: () => ({ identity: connectManaged() }),
        user: { phoneType: PhoneType.DESK_PHONE, deskPhoneNumber },
        names: ['deskPhoneNumber'],
      })),
    fc.integer({ min: 1, max: 10_000_000 }).filter((ms) => ms % 1000 !== 0).map((ms): BadProps => ({
      given: { afterContactWorkTimeLimitMillis: ms },
      props: () => ({ identity: connectManaged() }),
      user: { afterContactWorkTimeLimit: Duration.millis(ms) },
      names: ['afterContactWorkTimeLimit'],
    })),
  )));

  test('several problems of one concept are all named in its one error', () => check(fc.oneof(
    fc.record({ username: badUsername, email: badEmail }).map(({ username, email }): BadProps => ({
      given: { username, email },
      props: () => ({ identity: connectManaged(), admin: { ...goodAdmin, username, email } }),
      names: ['username', 'email'],
    })),
    fc.record({ directoryId: badDirectoryId, directoryAlias: badAlias }).map(({ directoryId, directoryAlias }): BadProps => ({
      given: { directoryId, directoryAlias },
      props: () => ({ identity: IdentityManagement.existingDirectory({ directoryId, directoryAlias }) }),
      names: ['directoryId', 'directoryAlias'],
    })),
    fc.record({ days: badFlowLogsRetention, media: badMediaRetention, prefix: fc.constantFrom('', 'x'.repeat(129)) })
      .map(({ days, media, prefix }): BadProps => ({
        given: { days, mediaStreamsRetention: media.retention.toString(), prefix },
        props: (scope) => ({
          identity: connectManaged(),
          storage: {
            flowLogsRetention: days as logs.RetentionDays,
            mediaStreams: StorageTarget.kinesisVideo({ prefix: 'live', retention: media.retention }),
            callRecordings: StorageTarget.s3({ prefix }),
            agentEvents: StorageTarget.s3(),
            additional: [{ resourceType: StorageResourceType.AGENT_EVENTS, target: StorageTarget.kinesisStream(stream(scope)) }],
          },
        }),
        names: ['storage.flowLogsRetention', 'storage.mediaStreams.retention', 'storage.callRecordings.prefix', 'storage.agentEvents',
          'storage.additional[0].resourceType'],
      })),
  )));

  test(`at least 200 invalid prop sets were generated (seed ${SEED})`, () => {
    expect(generated).toBeGreaterThanOrEqual(200);
  });
});
