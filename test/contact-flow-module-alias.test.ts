import { CfnElement, Stack } from 'aws-cdk-lib';
import { IConstruct } from 'constructs';
import { ContactFlowModuleAlias, ContactFlowModuleVersion, IContactFlowModuleVersion } from '../src';
import { arnOf, importedInstance } from './helpers/instance';
import { errorOf, templateOf } from './helpers/stack';

/**
 * Flow module aliases: raw AWS::Connect::ContactFlowModuleAlias (aws-cdk-lib 2.220.0 has no L1 for
 * it), names as CreateContactFlowModuleAlias takes them, one name per module.
 */

/** The logical id of a construct's resource. */
const idOf = (c: IConstruct) => Stack.of(c).getLogicalId(c.node.defaultChild as CfnElement);

function build() {
  const { stack } = importedInstance();
  const v1 = ContactFlowModuleVersion.fromContactFlowModuleVersionArn(stack, 'V1', `${arnOf('flow-module', 'm-1')}:1`);
  return { stack, v1 };
}

describe('what is deployed', () => {
  test('an alias of an imported version: the module\'s ARN and the version number', () => {
    const { stack, v1 } = build();
    const alias = new ContactFlowModuleAlias(stack, 'Live', { version: v1, aliasName: 'live', description: 'What flows invoke' });
    const template = templateOf(stack);
    template.hasResourceProperties('AWS::Connect::ContactFlowModuleAlias', {
      ContactFlowModuleId: arnOf('flow-module', 'm-1'), ContactFlowModuleVersion: 1, Name: 'live', Description: 'What flows invoke',
    });
    expect(stack.resolve([alias.contactFlowModuleAliasArn, alias.contactFlowModuleAliasId])).toEqual([
      { 'Fn::GetAtt': [idOf(alias), 'ContactFlowModuleAliasARN'] },
      { 'Fn::GetAtt': [idOf(alias), 'AliasId'] },
    ]);
    expect(template.toJSON()).toMatchSnapshot();
  });
});

describe('checks', () => {
  test('names of 1 to 100 letters, digits and $, each optionally followed by one _ or -', () => {
    const { stack, v1 } = build();
    new ContactFlowModuleAlias(stack, 'Ok', { version: v1, aliasName: '$blue-green_2' });
    for (const bad of ['', 'blue--green', 'live!', 'a'.repeat(101)]) {
      expect(errorOf(() => new ContactFlowModuleAlias(stack, `Bad${bad.length}${bad.charCodeAt(0)}`, { version: v1, aliasName: bad })))
        .toMatch(/ {2}- aliasName must (be 1 to 100 characters long|be letters, digits and \$, each optionally followed by one _ or -)/);
    }
    const message = errorOf(() => new ContactFlowModuleAlias(stack, 'Two', { version: '1' as unknown as IContactFlowModuleVersion, aliasName: 'x!', description: 'd'.repeat(501) }));
    expect(message).toContain('  - version must be a flow module version (IContactFlowModuleVersion), such as a ContactFlowModuleVersion, got "1"');
    expect(message).toContain('  - aliasName must be letters, digits and $, each optionally followed by one _ or -, such as "live", got "x!"');
    expect(message).toContain('  - description must be 0 to 500 characters long (length 501)');
  });

  test('one name per module', () => {
    const { stack, v1 } = build();
    const v2 = ContactFlowModuleVersion.fromContactFlowModuleVersionArn(stack, 'V2', `${arnOf('flow-module', 'm-1')}:2`);
    const other = ContactFlowModuleVersion.fromContactFlowModuleVersionArn(stack, 'Other', `${arnOf('flow-module', 'm-2')}:1`);
    new ContactFlowModuleAlias(stack, 'Live', { version: v1, aliasName: 'live' });
    new ContactFlowModuleAlias(stack, 'OtherLive', { version: other, aliasName: 'live' });
    new ContactFlowModuleAlias(stack, 'Again', { version: v2, aliasName: 'live' });
    expect(errorOf(() => templateOf(stack))).toBe("Validation failed with the following errors:\n  [TestStack] ContactFlowModuleAlias at 'TestStack/Again' has 1 invalid prop:\n"
      + "  - aliasName must be unique in the flow module: the ContactFlowModuleAlias at 'TestStack/Live' has it too, got \"live\"");
  });
});

describe('importing', () => {
  test('by qualified ARN', () => {
    const { stack } = build();
    const alias = ContactFlowModuleAlias.fromContactFlowModuleAliasArn(stack, 'Live', `${arnOf('flow-module', 'm-1')}:a-1`);
    expect([alias.contactFlowModuleAliasId, alias.contactFlowModuleArn]).toEqual(['a-1', arnOf('flow-module', 'm-1')]);
    expect(errorOf(() => ContactFlowModuleAlias.fromContactFlowModuleAliasArn(stack, 'Bad', arnOf('flow-module', 'm-1'))))
      .toContain('contactFlowModuleAliasArn must be the ARN of an Amazon Connect flow module alias (arn:<partition>:connect:<region>:<account>:instance/<instance id>/flow-module/<id>:<alias id>)');
  });
});
