import { Match } from 'aws-cdk-lib/assertions';
import { UserHierarchyGroup } from '../src';
import { arnOf, importedInstance, INSTANCE_ARN } from './helpers/instance';
import { errorOf, templateOf } from './helpers/stack';

/**
 * User hierarchy groups: levels below their parents, within the instance's structure, created after it.
 */

const OTHER_INSTANCE = 'arn:aws:connect:us-east-1:123456789012:instance/99999999-2222-3333-4444-555555555555';

describe('groups', () => {
  test('a tree below the structure: each group at its parent\'s level plus one, after the structure', () => {
    const { stack, instance } = importedInstance();
    const region = instance.addUserHierarchyGroup('Americas', { userHierarchyGroupName: 'Americas' });
    const structure = instance.addUserHierarchyStructure('Hierarchy', { levelNames: ['Region', 'Site'] });
    const site = instance.addUserHierarchyGroup('Seattle', { userHierarchyGroupName: 'Seattle', parent: region }) as UserHierarchyGroup;
    expect([(region as UserHierarchyGroup).level, site.level]).toEqual([1, 2]);
    const template = templateOf(stack);
    template.hasResourceProperties('AWS::Connect::UserHierarchyGroup', { InstanceArn: INSTANCE_ARN, Name: 'Americas' });
    template.hasResourceProperties('AWS::Connect::UserHierarchyGroup', {
      Name: 'Seattle',
      ParentGroupArn: { 'Fn::GetAtt': [Match.stringLikeRegexp('^ContactCenterAmericas'), 'UserHierarchyGroupArn'] },
    });
    const structureId = stack.getLogicalId(structure.node.defaultChild as any);
    // The group made before the structure depends on it too.
    for (const group of Object.values(template.findResources('AWS::Connect::UserHierarchyGroup'))) {
      expect(group.DependsOn).toEqual([structureId]);
    }
    expect(template.toJSON()).toMatchSnapshot();
  });

  test('a group deeper than the structure\'s levels fails at synth', () => {
    const { stack, instance } = importedInstance();
    instance.addUserHierarchyStructure('Hierarchy', { levelNames: ['Region'] });
    const region = instance.addUserHierarchyGroup('Americas');
    instance.addUserHierarchyGroup('Seattle', { parent: region });
    expect(errorOf(() => templateOf(stack))).toContain("UserHierarchyGroup at 'TestStack/ContactCenter/Seattle' has 1 invalid prop:\n"
      + "  - the group is at level 2, but the user hierarchy structure at 'TestStack/ContactCenter/Hierarchy' has 1 level: add the level to levelNames, or attach the group higher");
  });

  test('no group below level 5; an imported parent\'s level is unknown', () => {
    const { stack, instance } = importedInstance();
    let parent = instance.addUserHierarchyGroup('L1');
    for (const level of [2, 3, 4, 5]) {
      parent = instance.addUserHierarchyGroup(`L${level}`, { parent });
    }
    expect(errorOf(() => instance.addUserHierarchyGroup('L6', { parent }))).toContain(
      "  - parent 'TestStack/ContactCenter/L5' is at level 5, the deepest a user hierarchy has: a group below it would be at level 6");
    const imported = UserHierarchyGroup.fromUserHierarchyGroupArn(stack, 'Existing', arnOf('agent-group', 'g-1'));
    const below = instance.addUserHierarchyGroup('Below', { parent: imported }) as UserHierarchyGroup;
    expect(below.level).toBeUndefined();
  });

  test('names of 1 to 100 characters; a parent of the same instance, which is a group', () => {
    const { stack, instance } = importedInstance();
    const foreign = UserHierarchyGroup.fromUserHierarchyGroupArn(stack, 'Foreign', `${OTHER_INSTANCE}/agent-group/g-2`);
    const message = errorOf(() => instance.addUserHierarchyGroup('Bad', { userHierarchyGroupName: 'x'.repeat(101), parent: foreign }));
    expect(message).toContain('  - userHierarchyGroupName must be 1 to 100 characters long (length 101)');
    expect(message).toContain(`  - parent must be a group of the same instance: the group at 'TestStack/Foreign' belongs to "${OTHER_INSTANCE}"`);
    expect(errorOf(() => instance.addUserHierarchyGroup('Arn', { parent: arnOf('agent-group', 'g') as any })))
      .toContain('  - parent must be a user hierarchy group (IUserHierarchyGroup)');
  });

  test('imported by ARN', () => {
    const { stack } = importedInstance();
    const group = UserHierarchyGroup.fromUserHierarchyGroupArn(stack, 'Group', arnOf('agent-group', 'g-1'));
    expect([group.userHierarchyGroupArn, group.userHierarchyGroupId]).toEqual([arnOf('agent-group', 'g-1'), 'g-1']);
    expect(errorOf(() => UserHierarchyGroup.fromUserHierarchyGroupArn(stack, 'Bad', arnOf('agent', 'u'))))
      .toContain('userHierarchyGroupArn must be the ARN of an Amazon Connect user hierarchy group');
  });
});
