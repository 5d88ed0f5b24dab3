import { Lazy } from 'aws-cdk-lib';
import { Annotations, Match } from 'aws-cdk-lib/assertions';
import { View, ViewVersion } from '../src';
import { arnOf, importedInstance, INSTANCE_ARN } from './helpers/instance';
import { errorOf, templateOf } from './helpers/stack';

/**
 * Views and their versions: the template and actions, names unique in an instance, and the
 * actions the template's components raise.
 */

/** The admin guide's example: two cards in a container and a skip button. */
const TEMPLATE = {
  Head: { Title: 'Pick a card', Configuration: { Layout: { Columns: ['10', '2'] } } },
  Body: [
    {
      _id: 'FormContainer',
      Type: 'Container',
      Props: {},
      Content: [
        { _id: 'cafe_card', Type: 'Card', Props: { Id: 'CafeCard', Heading: 'Cafe', Action: 'CardSelected' }, Content: [] },
      ],
    },
    { _id: 'button', Type: 'Button', Props: { Action: 'Skip' }, Content: ['Skip'] },
  ],
};

describe('what is deployed', () => {
  test('a view with its template and actions, and a version of it', () => {
    const { stack, instance } = importedInstance();
    const view = instance.addView('Cards', { viewName: 'Pick a card', description: 'Cards (step 1)', template: TEMPLATE, actions: ['CardSelected', 'Skip'] });
    const version = new ViewVersion(stack, 'CardsV1', { view, versionDescription: 'First release' });
    const template = templateOf(stack);
    template.hasResourceProperties('AWS::Connect::View', {
      InstanceArn: INSTANCE_ARN, Name: 'Pick a card', Description: 'Cards (step 1)', Template: TEMPLATE, Actions: ['CardSelected', 'Skip'],
    });
    template.hasResourceProperties('AWS::Connect::ViewVersion', {
      ViewArn: { 'Fn::GetAtt': [Match.stringLikeRegexp('^ContactCenterCards'), 'ViewArn'] }, VersionDescription: 'First release',
    });
    expect(stack.resolve([view.viewId, version.version])).toEqual([
      { 'Fn::GetAtt': [expect.stringMatching(/^ContactCenterCards/), 'ViewId'] },
      { 'Fn::GetAtt': [expect.stringMatching(/^CardsV1/), 'Version'] },
    ]);
    Annotations.fromStack(stack).hasNoWarning('*', Match.anyValue());
    expect(template.toJSON()).toMatchSnapshot();
  });

  test('a component action the actions do not list is warned about', () => {
    const { stack, instance } = importedInstance();
    instance.addView('Cards', { template: TEMPLATE, actions: ['CardSelected'] });
    Annotations.fromStack(stack).hasWarning('/TestStack/ContactCenter/Cards', Match.stringLikeRegexp(
      '^the template\'s components raise "Skip", which actions does not list'));
  });
});

describe('checks', () => {
  test('names, descriptions and actions of the registry schema; a template object', () => {
    const { instance } = importedInstance();
    const message = errorOf(() => instance.addView('Bad', {
      viewName: ' leading space', description: 'semi;colon', template: [] as any, actions: ['ok', '', 'a'.repeat(256), 'semi;colon'],
    }));
    expect(message).toContain("View at 'TestStack/ContactCenter/Bad' has 6 invalid props:");
    expect(message).toContain('  - viewName must be letters, digits, spaces and _ . : / = + - @ ( ) \', not starting with a space, got " leading space"');
    expect(message).toContain('  - description must be letters, digits, spaces and _ . : / = + - @ , ( ) \', not starting with a space, got "semi;colon"');
    expect(message).toContain('  - template must be a JSON object, got []');
    expect(message).toContain('  - actions[1] must be 1 to 255 characters long (length 0), got ""');
    expect(message).toContain('  - actions[2] must be 1 to 255 characters long (length 256)');
    expect(message).toContain('  - actions[3] must be letters, digits, spaces and _ . : / = + - @, not starting with a space, got "semi;colon"');
    expect(errorOf(() => instance.addView('Many', { template: {}, actions: Array.from({ length: 1001 }, (_, i) => `a${i}`) })))
      .toContain('  - actions must list at most 1000 actions, got "1001 actions"');
    expect(errorOf(() => instance.addView('Huge', { template: { Body: 'x'.repeat(410_000) }, actions: [] })))
      .toMatch(/ {2}- template must make a content of at most 409600 bytes, got "4100\d\d bytes with the actions"/);
    expect(() => instance.addView('Lazy', { viewName: Lazy.string({ produce: () => ' ' }), template: {}, actions: [] })).not.toThrow();
  });

  test('view names are unique in an instance', () => {
    const { stack, instance } = importedInstance();
    instance.addView('A', { viewName: 'Form', template: {}, actions: [] });
    instance.addView('B', { viewName: 'Form', template: {}, actions: [] });
    expect(errorOf(() => templateOf(stack))).toContain("  - viewName must be unique in the instance: the View at 'TestStack/ContactCenter/A' has it too, got \"Form\"");
  });
});

describe('importing', () => {
  test('by ARN', () => {
    const { stack } = importedInstance();
    const view = View.fromViewArn(stack, 'View', arnOf('view', 'v-1'));
    expect([view.viewArn, view.viewId]).toEqual([arnOf('view', 'v-1'), 'v-1']);
    expect(errorOf(() => View.fromViewArn(stack, 'Bad', arnOf('queue', 'q')))).toContain('viewArn must be the ARN of an Amazon Connect view');
  });
});
