import { Annotations, CfnResource, Token } from 'aws-cdk-lib';
import { CfnUser } from 'aws-cdk-lib/aws-connect';
import { IConstruct } from 'constructs';
import { RoutingChannel, RoutingProfile } from '../../routing-profile';
import type { UserChannelSettings, UserOptions, UserProficiency } from '../../user';
import * as lazy from '../instance/lazy-resources';
import { MAX_PROFICIENCY_TEXT } from '../resources/proficiency';
import { instanceArnOf } from '../resources/references';
import { differentInstances } from '../resources/same-instance';
import { PropValidator } from '../validation';

/**
 * UserProficiency's Level: "The valid values are 1, 2, 3, 4 and 5" (a float from 1.0 to 5.0).
 *
 * @see https://docs.aws.amazon.com/connect/latest/APIReference/API_UserProficiency.html
 */
const MIN_LEVEL = 1;
const MAX_LEVEL = 5;

/**
 * The longest after-contact work of a channel: 2,000,000 seconds (0: until the agent ends it).
 *
 * @see https://docs.aws.amazon.com/connect/latest/APIReference/API_UpdateUserConfig.html
 */
const MAX_AFTER_CONTACT_WORK_SECONDS = 2_000_000;

const CHANNELS = Object.values(RoutingChannel);

/** Records the problems of a user's hierarchy group, proficiencies and channel settings. */
export function checkAgentSettings(v: PropValidator, user: UserOptions, instanceArn: string | undefined): void {
  checkHierarchyGroup(v, user, instanceArn);
  checkProficiencies(v, user.proficiencies, instanceArn);
  checkChannelSettings(v, user);
}

function checkHierarchyGroup(v: PropValidator, user: UserOptions, instanceArn: string | undefined): void {
  const group = user.hierarchyGroup;
  if (group === undefined) {
    return;
  }
  if (typeof group?.userHierarchyGroupArn !== 'string') {
    // Possible from JavaScript, such as the group's ARN as a string.
    v.fail('hierarchyGroup', group, 'must be a user hierarchy group (IUserHierarchyGroup), such as instance.addUserHierarchyGroup() or UserHierarchyGroup.fromUserHierarchyGroupArn()');
    return;
  }
  const owner = group instanceof lazy.userHierarchyGroup().UserHierarchyGroup ? group._instanceArn : instanceArnOf(group.userHierarchyGroupArn);
  if (differentInstances(owner, instanceArn)) {
    v.failCombination(`hierarchyGroup must be a group of the user's instance: the group at '${group.node.path}' belongs to ${JSON.stringify(owner)}`);
  }
}

function checkProficiencies(v: PropValidator, proficiencies: UserProficiency[] | undefined, instanceArn: string | undefined): void {
  if (proficiencies === undefined) {
    return;
  }
  if (!Array.isArray(proficiencies)) {
    v.fail('proficiencies', proficiencies, 'must be a list of { attribute, value, level }');
    return;
  }
  const seen = new Map<string, number>();
  proficiencies.forEach((entry, index) => {
    const prop = `proficiencies[${index}]`;
    const attribute = entry?.attribute;
    if (!v.checkRequired(`${prop}.attribute`, attribute)) {
      return;
    }
    if (typeof attribute.predefinedAttributeName !== 'string') {
      v.fail(`${prop}.attribute`, attribute, 'must be a predefined attribute (IPredefinedAttribute), such as instance.addPredefinedAttribute()');
      return;
    }
    const name = attribute.predefinedAttributeName;
    if (!Token.isUnresolved(name) && name.length > MAX_PROFICIENCY_TEXT) {
      v.fail(`${prop}.attribute`, name, `must have a name of at most ${MAX_PROFICIENCY_TEXT} characters to be a proficiency (length ${name.length})`);
    }
    if (attribute instanceof lazy.predefinedAttribute().PredefinedAttribute && differentInstances(attribute._instanceArn, instanceArn)) {
      v.failCombination(`${prop}.attribute must be an attribute of the user's instance: the attribute at '${attribute.node.path}' belongs to ${JSON.stringify(attribute._instanceArn)}`);
    }
    if (v.checkRequired(`${prop}.value`, entry.value)) {
      v.checkString(`${prop}.value`, entry.value, { minLength: 1, maxLength: MAX_PROFICIENCY_TEXT });
      const values = attribute.predefinedAttributeValues;
      if (typeof entry.value === 'string' && !Token.isUnresolved(entry.value) && values !== undefined
        && !values.some((value) => Token.isUnresolved(value)) && !values.includes(entry.value)) {
        v.fail(`${prop}.value`, entry.value, `must be a value of the attribute ${JSON.stringify(name)} (${values.map((x) => JSON.stringify(x)).join(', ')})`);
      }
      const key = `${name}\u0000${entry.value}`;
      const first = seen.get(key);
      if (first !== undefined && !Token.isUnresolved(key)) {
        v.failCombination(`${prop} gives ${JSON.stringify(name)} = ${JSON.stringify(entry.value)} again (as proficiencies[${first}]): each value once`);
      } else {
        seen.set(key, index);
      }
    }
    if (v.checkRequired(`${prop}.level`, entry.level) && !Token.isUnresolved(entry.level)
      && (typeof entry.level !== 'number' || entry.level < MIN_LEVEL || entry.level > MAX_LEVEL)) {
      v.fail(`${prop}.level`, entry.level, `must be a number from ${MIN_LEVEL} to ${MAX_LEVEL}`);
    }
  });
}

function checkChannelSettings(v: PropValidator, user: UserOptions): void {
  const settings = user.channelSettings;
  if (settings === undefined) {
    return;
  }
  if (!Array.isArray(settings)) {
    v.fail('channelSettings', settings, 'must be a list of { channel, autoAccept, afterContactWorkTimeLimit }');
    return;
  }
  const seen = new Map<string, number>();
  settings.forEach((entry, index) => {
    const prop = `channelSettings[${index}]`;
    if (!v.checkRequired(`${prop}.channel`, entry?.channel) || Token.isUnresolved(entry.channel)) {
      return;
    }
    if (!CHANNELS.includes(entry.channel)) {
      v.fail(`${prop}.channel`, entry.channel, `must be one of ${CHANNELS.join(', ')}`);
      return;
    }
    const first = seen.get(entry.channel);
    if (first !== undefined) {
      v.failCombination(`${prop} sets ${entry.channel} again (as channelSettings[${first}]): each channel once`);
    }
    seen.set(entry.channel, index);
    if (entry.autoAccept === undefined && entry.afterContactWorkTimeLimit === undefined) {
      v.failCombination(`${prop} sets nothing for ${entry.channel}: give autoAccept or afterContactWorkTimeLimit`);
    }
    checkLimit(v, `${prop}.afterContactWorkTimeLimit`, entry);
    if (entry.channel === RoutingChannel.VOICE && entry.afterContactWorkTimeLimit !== undefined && user.afterContactWorkTimeLimit !== undefined) {
      v.failCombination(`${prop}.afterContactWorkTimeLimit and afterContactWorkTimeLimit both set voice's after-contact work: give one`);
    }
    const profile = user.routingProfile;
    if (profile instanceof RoutingProfile && profile._channel(entry.channel)?.handled === false) {
      v.failCombination(`${prop}.channel ${entry.channel} is not a channel of the user's routing profile '${profile.node.path}': its agents are offered no ${entry.channel} contacts`);
    }
  });
}

function checkLimit(v: PropValidator, prop: string, entry: UserChannelSettings): void {
  const limit = entry.afterContactWorkTimeLimit;
  if (limit === undefined || limit.isUnresolved()) {
    return;
  }
  const seconds = limit.toMilliseconds({ integral: false }) / 1000;
  if (!Number.isInteger(seconds) || seconds > MAX_AFTER_CONTACT_WORK_SECONDS) {
    v.fail(prop, limit.toString(), `must be whole seconds, at most ${MAX_AFTER_CONTACT_WORK_SECONDS} (0: until the agent ends it)`);
  }
}

/** CloudFormation's UserProficiencies: the attribute's name, the value and the level. */
export function renderProficiencies(proficiencies: UserProficiency[] | undefined): CfnUser.UserProficiencyProperty[] | undefined {
  return proficiencies?.map((entry) => ({ attributeName: entry.attribute.predefinedAttributeName, attributeValue: entry.value, level: entry.level }));
}

/**
 * Makes the user depend on the attributes of its proficiencies created in the app, which it names
 * by name only ("a predefined attribute must be created before using UserProficiencies").
 */
export function addAgentDependencies(resource: CfnResource, user: UserOptions): void {
  for (const entry of user.proficiencies ?? []) {
    if (entry.attribute instanceof lazy.predefinedAttribute().PredefinedAttribute) {
      resource.node.addDependency(entry.attribute);
    }
  }
}

/**
 * Writes the per-channel settings as raw properties (AutoAcceptConfigs, AfterContactWorkConfigs),
 * which aws-cdk-lib 2.220.0's CfnUser does not have.
 *
 * @see https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-connect-user.html
 */
export function renderChannelSettings(resource: CfnResource, settings: UserChannelSettings[] | undefined): void {
  const autoAccept = (settings ?? []).filter((entry) => entry.autoAccept !== undefined)
    .map((entry) => ({ Channel: entry.channel, AutoAccept: entry.autoAccept }));
  const afterContactWork = (settings ?? []).filter((entry) => entry.afterContactWorkTimeLimit !== undefined)
    .map((entry) => ({
      Channel: entry.channel,
      AfterContactWorkConfig: { AfterContactWorkTimeLimit: entry.afterContactWorkTimeLimit!.toSeconds() },
    }));
  if (autoAccept.length > 0) {
    resource.addPropertyOverride('AutoAcceptConfigs', autoAccept);
  }
  if (afterContactWork.length > 0) {
    resource.addPropertyOverride('AfterContactWorkConfigs', afterContactWork);
  }
}

/** Warns when a channel of the settings is handled by the user's routing profile but no queue of it serves the channel. */
export function warnUnqueuedChannels(scope: IConstruct, user: UserOptions): void {
  const profile = user.routingProfile;
  if (!(profile instanceof RoutingProfile)) {
    return;
  }
  for (const entry of user.channelSettings ?? []) {
    const served = profile._channel(entry.channel);
    if (served?.handled && !served.queued) {
      Annotations.of(scope).addWarningV2('cdk-connect-instance:userChannelQueues',
        `channelSettings sets ${entry.channel}, but no queue of the routing profile '${profile.node.path}' serves ${entry.channel}: the user is offered only the ${entry.channel} contacts transferred to them`);
    }
  }
}
