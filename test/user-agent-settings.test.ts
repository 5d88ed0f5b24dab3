import { Duration } from 'aws-cdk-lib';
import { Annotations, Match } from 'aws-cdk-lib/assertions';
import {
  ConnectInstance, IdentityManagement, IPredefinedAttribute, PredefinedAttribute, RoutingChannel, RoutingProfile, UserHierarchyGroup, UserOptions,
} from '../src';
import { arnOf, INSTANCE_ARN } from './helpers/instance';
import { errorOf, newStack, templateOf } from './helpers/stack';

/**
 * What agents need of their user: a hierarchy group, proficiencies of predefined attributes, and
 * auto-accept and after-contact work per channel of their routing profile.
 */

const OTHER_INSTANCE = 'arn:aws:connect:us-east-1:123456789012:instance/99999999-2222-3333-4444-555555555555';

function build() {
  const stack = newStack();
  const instance = ConnectInstance.fromInstanceAttributes(stack, 'ContactCenter', {
    instanceArn: INSTANCE_ARN, identityManagementType: IdentityManagement.saml({ instanceAlias: 'acme' }).type,
  });
  const language = instance.addPredefinedAttribute('Language', { predefinedAttributeName: 'Language', values: ['English', 'Spanish'] });
  const queue = instance.addQueue('Support', { hoursOfOperation: instance.addHoursOfOperation('Hours') });
  const profile = instance.addRoutingProfile('Agents', {
    defaultOutboundQueue: queue,
    mediaConcurrencies: [{ channel: RoutingChannel.VOICE }, { channel: RoutingChannel.CHAT, concurrency: 2 }],
    queues: [{ queue, channel: RoutingChannel.VOICE }],
  });
  let agents = 0;
  const addAgent = (options: Partial<UserOptions>) => instance.addUser(agents++ === 0 ? 'Agent' : `Agent${agents}`, {
    username: `jane${agents}`, firstName: 'Jane', lastName: 'Doe', ...options,
  });
  return { stack, instance, language, profile, addAgent };
}

describe('what is deployed', () => {
  test('a hierarchy group, proficiencies after their attribute, and per-channel settings', () => {
    const { stack, instance, language, profile, addAgent } = build();
    const team = instance.addUserHierarchyGroup('Team', { userHierarchyGroupName: 'Tier 1' });
    const skill = PredefinedAttribute.fromPredefinedAttributeName(stack, 'Skill', 'Skill');
    addAgent({
      routingProfile: profile,
      hierarchyGroup: team,
      proficiencies: [
        { attribute: language, value: 'Spanish', level: 4.5 },
        { attribute: language, value: 'English', level: 1 },
        { attribute: skill, value: 'Billing', level: 5 },
      ],
      channelSettings: [
        { channel: RoutingChannel.VOICE, autoAccept: true, afterContactWorkTimeLimit: Duration.seconds(30) },
        { channel: RoutingChannel.CHAT, afterContactWorkTimeLimit: Duration.minutes(2) },
      ],
    });
    const template = templateOf(stack);
    template.hasResource('AWS::Connect::User', {
      DependsOn: [Match.stringLikeRegexp('^ContactCenterLanguage')],
      Properties: Match.objectLike({
        HierarchyGroupArn: { 'Fn::GetAtt': [Match.stringLikeRegexp('^ContactCenterTeam'), 'UserHierarchyGroupArn'] },
        UserProficiencies: [
          { AttributeName: 'Language', AttributeValue: 'Spanish', Level: 4.5 },
          { AttributeName: 'Language', AttributeValue: 'English', Level: 1 },
          { AttributeName: 'Skill', AttributeValue: 'Billing', Level: 5 },
        ],
        AutoAcceptConfigs: [{ Channel: 'VOICE', AutoAccept: true }],
        AfterContactWorkConfigs: [
          { Channel: 'VOICE', AfterContactWorkConfig: { AfterContactWorkTimeLimit: 30 } },
          { Channel: 'CHAT', AfterContactWorkConfig: { AfterContactWorkTimeLimit: 120 } },
        ],
      }),
    });
    expect(template.toJSON()).toMatchSnapshot();
  });

  test('without them, nothing new is sent', () => {
    const { stack, addAgent } = build();
    addAgent({});
    const [user] = Object.values(templateOf(stack).findResources('AWS::Connect::User'));
    expect(Object.keys(user.Properties).sort()).toEqual(['IdentityInfo', 'InstanceArn', 'PhoneConfig', 'RoutingProfileArn', 'SecurityProfileArns', 'Username']);
    expect(user.DependsOn).toBeUndefined();
  });

  test('a channel the routing profile handles without a queue is warned about', () => {
    const { stack, profile, addAgent } = build();
    addAgent({ routingProfile: profile, channelSettings: [{ channel: RoutingChannel.CHAT, autoAccept: true }] });
    Annotations.fromStack(stack).hasWarning('/TestStack/ContactCenter/Agent', Match.stringLikeRegexp(
      "^channelSettings sets CHAT, but no queue of the routing profile 'TestStack/ContactCenter/Agents' serves CHAT: the user is offered only the CHAT contacts transferred to them"));
  });
});

describe('checks', () => {
  test('proficiencies: a value of the attribute, a level from 1 to 5, each value once, names and values of at most 64', () => {
    const { stack, language, addAgent } = build();
    const long = PredefinedAttribute.fromPredefinedAttributeName(stack, 'Long', 'n'.repeat(65));
    const message = errorOf(() => addAgent({
      proficiencies: [
        { attribute: language, value: 'French', level: 3 },
        { attribute: language, value: 'English', level: 0 },
        { attribute: language, value: 'English', level: 5.5 },
        { attribute: long, value: 'v'.repeat(65), level: 2 },
        { attribute: 'Language' as unknown as IPredefinedAttribute, value: 'English', level: 1 },
      ],
    }));
    expect(message).toContain("User at 'TestStack/ContactCenter/Agent' has 7 invalid props:");
    expect(message).toContain('  - proficiencies[0].value must be a value of the attribute "Language" ("English", "Spanish"), got "French"');
    expect(message).toContain('  - proficiencies[1].level must be a number from 1 to 5, got 0');
    expect(message).toContain('  - proficiencies[2] gives "Language" = "English" again (as proficiencies[1]): each value once');
    expect(message).toContain('  - proficiencies[2].level must be a number from 1 to 5, got 5.5');
    expect(message).toContain(`  - proficiencies[3].attribute must have a name of at most 64 characters to be a proficiency (length 65), got "${'n'.repeat(65)}"`);
    expect(message).toContain('  - proficiencies[3].value must be 1 to 64 characters long (length 65)');
    expect(message).toContain('  - proficiencies[4].attribute must be a predefined attribute (IPredefinedAttribute), such as instance.addPredefinedAttribute(), got "Language"');
  });

  test('a hierarchy group and an attribute of another instance fail', () => {
    const { stack, addAgent } = build();
    const other = ConnectInstance.fromInstanceArn(stack, 'Other', OTHER_INSTANCE);
    const attribute = other.addPredefinedAttribute('Skill', { values: ['Billing'] });
    const group = UserHierarchyGroup.fromUserHierarchyGroupArn(stack, 'Group', `${OTHER_INSTANCE}/agent-group/g-1`);
    const message = errorOf(() => addAgent({ hierarchyGroup: group, proficiencies: [{ attribute, value: 'Billing', level: 3 }] }));
    expect(message).toContain(`  - hierarchyGroup must be a group of the user's instance: the group at 'TestStack/Group' belongs to "${OTHER_INSTANCE}"`);
    expect(message).toContain(`  - proficiencies[0].attribute must be an attribute of the user's instance: the attribute at 'TestStack/Other/Skill' belongs to "${OTHER_INSTANCE}"`);
    expect(errorOf(() => addAgent({ hierarchyGroup: arnOf('agent-group', 'g') as any })))
      .toContain('  - hierarchyGroup must be a user hierarchy group (IUserHierarchyGroup)');
  });

  test('channel settings: channels of the routing profile, each once, setting something, whole seconds up to 2,000,000', () => {
    const { profile, addAgent } = build();
    const message = errorOf(() => addAgent({
      routingProfile: profile,
      afterContactWorkTimeLimit: Duration.seconds(10),
      channelSettings: [
        { channel: RoutingChannel.VOICE, afterContactWorkTimeLimit: Duration.millis(1500) },
        { channel: RoutingChannel.EMAIL, autoAccept: true },
        { channel: RoutingChannel.CHAT },
        { channel: RoutingChannel.CHAT, afterContactWorkTimeLimit: Duration.seconds(2_000_001) },
        { channel: 'FAX' as RoutingChannel, autoAccept: true },
      ],
    }));
    expect(message).toContain("User at 'TestStack/ContactCenter/Agent' has 7 invalid props:");
    expect(message).toContain('  - channelSettings[0].afterContactWorkTimeLimit must be whole seconds, at most 2000000 (0: until the agent ends it), got "Duration.millis(1500)"');
    expect(message).toContain('  - channelSettings[0].afterContactWorkTimeLimit and afterContactWorkTimeLimit both set voice\'s after-contact work: give one');
    expect(message).toContain("  - channelSettings[1].channel EMAIL is not a channel of the user's routing profile 'TestStack/ContactCenter/Agents': its agents are offered no EMAIL contacts");
    expect(message).toContain('  - channelSettings[2] sets nothing for CHAT: give autoAccept or afterContactWorkTimeLimit');
    expect(message).toContain('  - channelSettings[3] sets CHAT again (as channelSettings[2]): each channel once');
    expect(message).toContain('  - channelSettings[3].afterContactWorkTimeLimit must be whole seconds, at most 2000000 (0: until the agent ends it), got "Duration.seconds(2000001)"');
    expect(message).toContain('  - channelSettings[4].channel must be one of VOICE, CHAT, TASK, EMAIL, got "FAX"');
  });

  test('a routing profile found by name is not checked', () => {
    const { addAgent } = build();
    expect(() => addAgent({
      routingProfile: RoutingProfile.fromName('Email Agents'), channelSettings: [{ channel: RoutingChannel.EMAIL, autoAccept: false }],
    })).not.toThrow();
  });
});
