import { CfnElement, Lazy, Stack } from 'aws-cdk-lib';
import { IConstruct } from 'constructs';
import { ContactFlowModule, ContactFlowModuleAlias, ContactFlowModuleVersion, FlowContent, IContactFlowModule } from '../src';
import { arnOf, importedInstance } from './helpers/instance';
import { errorOf, templateOf } from './helpers/stack';

/**
 * Flow module versions, written as raw AWS::Connect::ContactFlowModuleVersion (aws-cdk-lib 2.220.0
 * has no L1 for it), and importing them.
 */

/** The logical id of a construct's resource. */
const idOf = (c: IConstruct) => Stack.of(c).getLogicalId(c.node.defaultChild as CfnElement);

const CONTENT = FlowContent.fromObject({
  Version: '2019-10-30',
  StartAction: 'end',
  Actions: [{ Identifier: 'end', Type: 'EndFlowModuleExecution', Parameters: {}, Transitions: {} }],
});

describe('what is deployed', () => {
  test('a version of a module of the app, which an alias points at', () => {
    const { stack, instance } = importedInstance();
    const module = new ContactFlowModule(stack, 'Greeting', { instance, content: CONTENT });
    const version = new ContactFlowModuleVersion(stack, 'V1', { contactFlowModule: module, description: 'First' });
    new ContactFlowModuleAlias(stack, 'Live', { version, aliasName: 'live' });
    const template = templateOf(stack);
    template.hasResourceProperties('AWS::Connect::ContactFlowModuleVersion', {
      ContactFlowModuleId: { 'Fn::GetAtt': [idOf(module), 'ContactFlowModuleArn'] },
      Description: 'First',
    });
    template.hasResourceProperties('AWS::Connect::ContactFlowModuleAlias', {
      ContactFlowModuleId: { 'Fn::GetAtt': [idOf(module), 'ContactFlowModuleArn'] },
      ContactFlowModuleVersion: { 'Fn::GetAtt': [idOf(version), 'Version'] },
      Name: 'live',
    });
    expect(stack.resolve(version.contactFlowModuleVersionArn)).toEqual({ 'Fn::GetAtt': [idOf(version), 'ContactFlowModuleVersionARN'] });
    expect(template.toJSON()).toMatchSnapshot();
  });
});

describe('checks', () => {
  test('a description of at most 500 characters, not only spaces; a module, not its ARN', () => {
    const { stack } = importedInstance();
    const module = ContactFlowModule.fromContactFlowModuleArn(stack, 'Module', arnOf('flow-module', 'm-1'));
    expect(errorOf(() => new ContactFlowModuleVersion(stack, 'Blank', { contactFlowModule: module, description: '  ' })))
      .toContain('  - description must contain a character other than white space, got "  "');
    expect(errorOf(() => new ContactFlowModuleVersion(stack, 'Long', { contactFlowModule: module, description: 'd'.repeat(501) })))
      .toContain('  - description must be 0 to 500 characters long (length 501)');
    expect(errorOf(() => new ContactFlowModuleVersion(stack, 'Arn', { contactFlowModule: arnOf('flow-module', 'm-1') as unknown as IContactFlowModule })))
      .toContain('  - contactFlowModule must be a flow module (IContactFlowModule)');
  });
});

describe('importing', () => {
  test('by qualified ARN, literal or token', () => {
    const { stack } = importedInstance();
    const version = ContactFlowModuleVersion.fromContactFlowModuleVersionArn(stack, 'V2', `${arnOf('flow-module', 'm-1')}:2`);
    expect([version.version, version.contactFlowModuleArn]).toEqual([2, arnOf('flow-module', 'm-1')]);
    const token = ContactFlowModuleVersion.fromContactFlowModuleVersionArn(stack, 'Token', Lazy.string({ produce: () => `${arnOf('flow-module', 'm-1')}:4` }));
    expect(stack.resolve([token.contactFlowModuleArn, token.version])).toEqual([
      { 'Fn::Join': [':', [0, 1, 2, 3, 4, 5].map((i) => ({ 'Fn::Select': [i, { 'Fn::Split': [':', `${arnOf('flow-module', 'm-1')}:4`] }] }))] },
      { 'Fn::Select': [6, { 'Fn::Split': [':', `${arnOf('flow-module', 'm-1')}:4`] }] },
    ]);
    expect(errorOf(() => ContactFlowModuleVersion.fromContactFlowModuleVersionArn(stack, 'Bad', `${arnOf('flow-module', 'm-1')}:live`)))
      .toContain('contactFlowModuleVersionArn must be the ARN of an Amazon Connect flow module version');
  });
});
