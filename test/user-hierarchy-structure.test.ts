import { UserHierarchyStructure } from '../src';
import { arnOf, importedInstance, INSTANCE_ARN } from './helpers/instance';
import { errorOf, templateOf } from './helpers/stack';

/**
 * The user hierarchy structure: up to five levels, one structure per instance.
 */

describe('the structure', () => {
  test('levels top first, as LevelOne to LevelThree', () => {
    const { stack, instance } = importedInstance();
    const structure = instance.addUserHierarchyStructure('Hierarchy', { levelNames: ['Region', 'Site', 'Team'] });
    const template = templateOf(stack);
    template.hasResourceProperties('AWS::Connect::UserHierarchyStructure', {
      InstanceArn: INSTANCE_ARN,
      UserHierarchyStructure: { LevelOne: { Name: 'Region' }, LevelTwo: { Name: 'Site' }, LevelThree: { Name: 'Team' } },
    });
    expect(stack.resolve(structure.userHierarchyStructureArn))
      .toEqual({ 'Fn::GetAtt': [expect.stringMatching(/^ContactCenterHierarchy/), 'UserHierarchyStructureArn'] });
    expect(template.toJSON()).toMatchSnapshot();
  });

  test('1 to 5 levels of 1 to 50 characters; one structure per instance', () => {
    const { instance } = importedInstance();
    expect(errorOf(() => instance.addUserHierarchyStructure('None', { levelNames: [] })))
      .toContain('  - levelNames must list 1 to 5 level names, top first, got []');
    expect(errorOf(() => instance.addUserHierarchyStructure('Six', { levelNames: ['a', 'b', 'c', 'd', 'e', 'f'] })))
      .toContain('  - levelNames must list 1 to 5 level names, top first, got ["a","b","c","d","e","f"]');
    const message = errorOf(() => instance.addUserHierarchyStructure('Long', { levelNames: ['', 'x'.repeat(51)] }));
    expect(message).toContain('  - levelNames[0] must be 1 to 50 characters long (length 0), got ""');
    expect(message).toContain('  - levelNames[1] must be 1 to 50 characters long (length 51)');
    instance.addUserHierarchyStructure('First', { levelNames: ['Region'] });
    expect(errorOf(() => instance.addUserHierarchyStructure('Second', { levelNames: ['Site'] }))).toBe(
      "UserHierarchyStructure at 'TestStack/ContactCenter/Second' has 1 invalid prop:\n"
      + "  - instance already has the user hierarchy structure at 'TestStack/ContactCenter/First': an instance has one structure, give it every level");
  });

  test('imported by ARN', () => {
    const { stack } = importedInstance();
    const arn = `${INSTANCE_ARN}/user-hierarchy-structure`;
    expect(UserHierarchyStructure.fromUserHierarchyStructureArn(stack, 'Structure', arn).userHierarchyStructureArn).toBe(arn);
    expect(errorOf(() => UserHierarchyStructure.fromUserHierarchyStructureArn(stack, 'Bad', arnOf('agent-group', 'g'))))
      .toContain('userHierarchyStructureArn must be the ARN of an Amazon Connect user hierarchy structure');
  });
});
