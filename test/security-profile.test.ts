import { Lazy } from 'aws-cdk-lib';
import { Match } from 'aws-cdk-lib/assertions';
import { SecurityProfile, SecurityProfileOptions, SecurityProfilePermission } from '../src';
import { arnOf, importedInstance, INSTANCE_ARN } from './helpers/instance';
import { errorOf, templateOf } from './helpers/stack';

/**
 * Custom security profiles: permissions by their documented names, custom
 * names of the same shape, the name pattern, and the importer.
 */

function build(options: SecurityProfileOptions) {
  const { stack, instance } = importedInstance();
  const profile = new SecurityProfile(stack, 'Profile', { instance, ...options });
  return { stack, profile };
}

function problems(options: SecurityProfileOptions): string {
  return errorOf(() => build(options));
}

/** Every documented constant of SecurityProfilePermission. */
const CONSTANTS = Object.entries(SecurityProfilePermission)
  .filter(([, value]) => value instanceof SecurityProfilePermission) as Array<[string, SecurityProfilePermission]>;

describe('what is deployed', () => {
  test('an agent profile: the Contact Control Panel, outbound calls and quick connects', () => {
    const { stack } = build({
      securityProfileName: 'Support agent',
      description: 'Takes calls, transfers with quick connects',
      permissions: [
        SecurityProfilePermission.BASIC_AGENT_ACCESS,
        SecurityProfilePermission.OUTBOUND_CALL_ACCESS,
        SecurityProfilePermission.TRANSFER_DESTINATIONS_VIEW,
        SecurityProfilePermission.custom('Cases.View'),
      ],
    });
    const template = templateOf(stack);
    template.hasResourceProperties('AWS::Connect::SecurityProfile', {
      InstanceArn: INSTANCE_ARN,
      SecurityProfileName: 'Support agent',
      Description: 'Takes calls, transfers with quick connects',
      Permissions: ['BasicAgentAccess', 'OutboundCallAccess', 'TransferDestinations.View', 'Cases.View'],
    });
    expect(template.toJSON()).toMatchSnapshot();
  });

  test('by default: a generated name and no permission', () => {
    const { stack, profile } = build({});
    templateOf(stack).hasResourceProperties('AWS::Connect::SecurityProfile', {
      SecurityProfileName: Match.stringLikeRegexp('^TestStackProfile[0-9A-F]{8}$'),
      Permissions: Match.absent(),
      Description: Match.absent(),
    });
    expect(stack.resolve(profile.securityProfileArn)).toEqual({ 'Fn::GetAtt': [expect.stringMatching(/^Profile/), 'SecurityProfileArn'] });
    expect(stack.resolve(profile.securityProfileId))
      .toEqual({ 'Fn::Select': [3, { 'Fn::Split': ['/', stack.resolve(profile.securityProfileArn)] }] });
  });
});

describe('permissions', () => {
  test('every constant is a name of the documented shape, and no name is listed twice', () => {
    const names = CONSTANTS.map(([, p]) => p.name);
    expect(names.length).toBeGreaterThan(70);
    for (const name of names) {
      expect(SecurityProfilePermission.custom(name).name).toBe(name);
    }
    expect(new Set(names).size).toBe(names.length);
  });

  test('constants are named after the API name', () => {
    for (const [constant, permission] of CONSTANTS) {
      const fromApi = permission.name.replace(/\./g, '_').replace(/([a-z0-9])([A-Z])/g, '$1_$2').toUpperCase();
      expect([constant, fromApi]).toEqual([constant, constant]);
    }
  });

  test('all of them can be sent in one profile', () => {
    const { stack } = build({ permissions: CONSTANTS.map(([, p]) => p) });
    templateOf(stack).hasResourceProperties('AWS::Connect::SecurityProfile', { Permissions: CONSTANTS.map(([, p]) => p.name) });
  });

  test.each(['', 'Queues View', 'Queues..View', '.View', 'Queues.View.', '9Queues', 'x'.repeat(129)])('custom(%j) fails', (name) => {
    expect(errorOf(() => SecurityProfilePermission.custom(name))).toBe(
      'security profile permission name must be a permission\'s API name, 1 to 128 characters of letters and digits joined by dots, '
      + `such as "Queues.View", got ${JSON.stringify(name)}`);
  });

  test('a custom name known only at deploy time is taken', () => {
    const name = Lazy.string({ produce: () => 'Queues.View' });
    const { stack } = build({ permissions: [SecurityProfilePermission.custom(name)] });
    templateOf(stack).hasResourceProperties('AWS::Connect::SecurityProfile', { Permissions: ['Queues.View'] });
  });

  test('a permission listed twice fails', () => {
    expect(problems({ permissions: [SecurityProfilePermission.QUEUES_VIEW, SecurityProfilePermission.custom('Queues.View')] }))
      .toContain('  - permissions[1] must appear once in permissions, got "Queues.View"');
  });

  test('more than 500 permissions fail', () => {
    const permissions = Array.from({ length: 501 }, (_, i) => SecurityProfilePermission.custom(`Custom${i}.View`));
    expect(problems({ permissions })).toContain('  - permissions must have at most 500 permissions, got "501 permissions"');
  });

  test('a plain string fails (untyped JavaScript)', () => {
    expect(problems({ permissions: ['Queues.View' as any] }))
      .toContain('  - permissions[0] must be a SecurityProfilePermission constant or SecurityProfilePermission.custom(name), got "Queues.View"');
  });
});

describe('other props', () => {
  test.each(['Agents (tier 1)', 'x'.repeat(128), ''])('the name %j fails', (securityProfileName) => {
    expect(problems({ securityProfileName })).toMatch(/ {2}- securityProfileName must (contain only letters, digits, spaces, _, @ and -|be 1 to 127 characters long)/);
  });

  test('a name of letters, digits, spaces, _, @ and - is taken', () => {
    const { stack } = build({ securityProfileName: 'Tier-1 agents_EU @ night' });
    templateOf(stack).hasResourceProperties('AWS::Connect::SecurityProfile', { SecurityProfileName: 'Tier-1 agents_EU @ night' });
  });

  test('a description of more than 250 characters fails', () => {
    expect(problems({ description: 'x'.repeat(251) })).toContain('  - description must be 0 to 250 characters long (length 251)');
  });
});

describe('importing', () => {
  test('by ARN: its ARN in its instance, without a lookup', () => {
    const { stack, instance } = importedInstance();
    const arn = arnOf('security-profile', 'sp-1');
    const profile = SecurityProfile.fromSecurityProfileArn(stack, 'Agent', arn);
    expect(profile.securityProfileArnFor(instance)).toBe(arn);
    expect(instance.securityProfileArn(profile)).toBe(arn);
    expect(instance.node.tryFindChild('Profiles')).toBeUndefined();
  });

  test('an ARN of something else fails', () => {
    const { stack } = importedInstance();
    expect(errorOf(() => SecurityProfile.fromSecurityProfileArn(stack, 'Agent', arnOf('routing-profile', 'rp'))))
      .toContain('securityProfileArn must be the ARN of an Amazon Connect security profile');
  });
});
