import { Lazy } from 'aws-cdk-lib';
import { PredefinedAttribute } from '../src';
import { importedInstance, INSTANCE_ARN } from './helpers/instance';
import { errorOf, newStack, templateOf } from './helpers/stack';

/**
 * Predefined attributes: values, purposes, names unique in an instance, and importing by name.
 */

describe('what is deployed', () => {
  test('values, purposes and value validation', () => {
    const { stack, instance } = importedInstance();
    const language = instance.addPredefinedAttribute('Language', {
      predefinedAttributeName: 'Language',
      values: ['English', 'Spanish'],
      purposes: ['Routing'],
      enableValueValidationOnAssociation: true,
    });
    const template = templateOf(stack);
    template.hasResourceProperties('AWS::Connect::PredefinedAttribute', {
      InstanceArn: INSTANCE_ARN,
      Name: 'Language',
      Values: { StringList: ['English', 'Spanish'] },
      Purposes: ['Routing'],
      AttributeConfiguration: { EnableValueValidationOnAssociation: true },
    });
    expect([language.predefinedAttributeName, language.predefinedAttributeValues]).toEqual(['Language', ['English', 'Spanish']]);
    expect(template.toJSON()).toMatchSnapshot();
  });

  test('a default name of at most 64 characters, usable as a proficiency; nothing else sent', () => {
    const { stack, instance } = importedInstance();
    const skill = instance.addPredefinedAttribute(`Skill${'x'.repeat(80)}`, { values: ['Billing'] });
    expect(skill.predefinedAttributeName.length).toBeLessThanOrEqual(64);
    const [attribute] = Object.values(templateOf(stack).findResources('AWS::Connect::PredefinedAttribute'));
    expect(attribute.Properties).toEqual({ InstanceArn: INSTANCE_ARN, Name: skill.predefinedAttributeName, Values: { StringList: ['Billing'] } });
  });
});

describe('checks', () => {
  test('values: 1 to 500, distinct, 1 to 100 characters; purposes: 1 to 10; the name 1 to 100', () => {
    const { instance } = importedInstance();
    const message = errorOf(() => instance.addPredefinedAttribute('Bad', {
      predefinedAttributeName: 'n'.repeat(101), values: ['A', '', 'A', 'v'.repeat(101)], purposes: [],
    }));
    expect(message).toContain("PredefinedAttribute at 'TestStack/ContactCenter/Bad' has 5 invalid props:");
    expect(message).toContain('  - predefinedAttributeName must be 1 to 100 characters long (length 101)');
    expect(message).toContain('  - values[1] must be 1 to 100 characters long (length 0), got ""');
    expect(message).toContain('  - values[2] must appear once, got "A"');
    expect(message).toContain('  - values[3] must be 1 to 100 characters long (length 101)');
    expect(message).toContain('  - purposes must list 1 to 10 entries (0 given), got []');
    expect(errorOf(() => instance.addPredefinedAttribute('None', { values: [] }))).toContain('  - values must list 1 to 500 entries (0 given), got []');
    expect(errorOf(() => instance.addPredefinedAttribute('Many', { values: Array.from({ length: 501 }, (_, i) => `v${i}`) })))
      .toContain('  - values must list 1 to 500 entries (501 given)');
    expect(errorOf(() => instance.addPredefinedAttribute('Missing', {} as any))).toContain('  - values is required, got undefined');
  });

  test('tokens are not checked', () => {
    const { instance } = importedInstance();
    const lazy = Lazy.string({ produce: () => '' });
    expect(() => instance.addPredefinedAttribute('Lazy', { predefinedAttributeName: lazy, values: [lazy, lazy] })).not.toThrow();
  });

  test('names are unique in an instance (the attribute\'s identifier)', () => {
    const { stack, instance } = importedInstance();
    instance.addPredefinedAttribute('First', { predefinedAttributeName: 'Language', values: ['English'] });
    instance.addPredefinedAttribute('Second', { predefinedAttributeName: 'Language', values: ['Spanish'] });
    expect(errorOf(() => templateOf(stack))).toContain(
      "PredefinedAttribute at 'TestStack/ContactCenter/Second' has 1 invalid prop:\n  - predefinedAttributeName must be unique in the instance: the PredefinedAttribute at 'TestStack/ContactCenter/First' has it too, got \"Language\"");
  });
});

describe('importing', () => {
  test('by name, with or without its values', () => {
    const stack = newStack();
    const byName = PredefinedAttribute.fromPredefinedAttributeName(stack, 'Skill', 'Skill');
    expect([byName.predefinedAttributeName, byName.predefinedAttributeValues]).toEqual(['Skill', undefined]);
    const withValues = PredefinedAttribute.fromPredefinedAttributeAttributes(stack, 'Language', {
      predefinedAttributeName: 'Language', predefinedAttributeValues: ['English'],
    });
    expect(withValues.predefinedAttributeValues).toEqual(['English']);
    expect(errorOf(() => PredefinedAttribute.fromPredefinedAttributeAttributes(stack, 'Bad', {
      predefinedAttributeName: '', predefinedAttributeValues: [],
    }))).toBe([
      'PredefinedAttributeAttributes has 2 invalid options:',
      '  - predefinedAttributeName must be 1 to 100 characters long (length 0), got ""',
      '  - predefinedAttributeValues must list 1 to 500 entries (0 given), got []',
    ].join('\n'));
  });
});
