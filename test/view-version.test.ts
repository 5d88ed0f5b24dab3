import { IView, View, ViewVersion } from '../src';
import { arnOf, importedInstance } from './helpers/instance';
import { errorOf, templateOf } from './helpers/stack';

/**
 * View versions: of a view's ARN, with a description of the registry schema, imported by qualified ARN.
 */

describe('what is deployed', () => {
  test('a version of an imported view', () => {
    const { stack } = importedInstance();
    const view = View.fromViewArn(stack, 'View', arnOf('view', 'v-1'));
    const version = new ViewVersion(stack, 'V1', { view });
    const template = templateOf(stack);
    template.hasResourceProperties('AWS::Connect::ViewVersion', { ViewArn: arnOf('view', 'v-1') });
    expect(version.viewArn).toBe(arnOf('view', 'v-1'));
    expect(template.toJSON()).toMatchSnapshot();
  });
});

describe('checks', () => {
  test('a version of a view, with a description of the registry schema', () => {
    const { stack } = importedInstance();
    const view = View.fromViewArn(stack, 'View', arnOf('view', 'v-1'));
    const message = errorOf(() => new ViewVersion(stack, 'Bad', { view, versionDescription: '' }));
    expect(message).toContain('  - versionDescription must be 1 to 4096 characters long (length 0), got ""');
    expect(errorOf(() => new ViewVersion(stack, 'Arn', { view: arnOf('view', 'v-1') as unknown as IView }))).toContain('  - view must be a view (IView)');
  });
});

describe('importing', () => {
  test('by qualified ARN', () => {
    const { stack } = importedInstance();
    const version = ViewVersion.fromViewVersionArn(stack, 'V2', `${arnOf('view', 'v-1')}:2`);
    expect([version.version, version.viewArn]).toEqual([2, arnOf('view', 'v-1')]);
    expect(errorOf(() => ViewVersion.fromViewVersionArn(stack, 'Bad', arnOf('view', 'v-1')))).toContain('viewVersionArn must be the ARN of an Amazon Connect view version');
  });
});
