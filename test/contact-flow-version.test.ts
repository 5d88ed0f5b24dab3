import { CfnElement, Stack } from 'aws-cdk-lib';
import { IConstruct } from 'constructs';
import { ContactFlow, ContactFlowType, ContactFlowVersion, FlowContent, IContactFlow } from '../src';
import { arnOf, importedInstance } from './helpers/instance';
import { errorOf, templateOf } from './helpers/stack';

/**
 * Flow versions: of a flow's ARN, only of CAMPAIGN flows, and imported by their qualified ARN.
 */

/** The logical id of a construct's resource. */
const idOf = (c: IConstruct) => Stack.of(c).getLogicalId(c.node.defaultChild as CfnElement);

const CONTENT = FlowContent.fromObject({
  Version: '2019-10-30',
  StartAction: 'end',
  Actions: [{ Identifier: 'end', Type: 'DisconnectParticipant', Parameters: {}, Transitions: {} }],
});

describe('what is deployed', () => {
  test('a version of an imported flow, with a description', () => {
    const { stack } = importedInstance();
    const flow = ContactFlow.fromContactFlowArn(stack, 'Campaign', arnOf('contact-flow', 'f-1'));
    const version = new ContactFlowVersion(stack, 'V1', { contactFlow: flow, description: 'Spring campaign' });
    const template = templateOf(stack);
    template.hasResourceProperties('AWS::Connect::ContactFlowVersion', { ContactFlowId: arnOf('contact-flow', 'f-1'), Description: 'Spring campaign' });
    expect(stack.resolve([version.contactFlowVersionArn, version.version, version.contactFlowArn])).toEqual([
      { 'Fn::GetAtt': [idOf(version), 'ContactFlowVersionARN'] },
      { 'Fn::GetAtt': [idOf(version), 'Version'] },
      arnOf('contact-flow', 'f-1'),
    ]);
    expect(template.toJSON()).toMatchSnapshot();
  });
});

describe('checks', () => {
  test('a flow of the app must be of type CAMPAIGN (CreateContactFlowVersion)', () => {
    const { stack, instance } = importedInstance();
    const inbound = new ContactFlow(stack, 'Inbound', { instance, content: CONTENT });
    expect(errorOf(() => new ContactFlowVersion(stack, 'V1', { contactFlow: inbound }))).toBe(
      "ContactFlowVersion at 'TestStack/V1' has 1 invalid prop:\n"
      + "  - contactFlow must be a flow of type CAMPAIGN: CreateContactFlowVersion versions no other type, got the CONTACT_FLOW flow 'TestStack/Inbound'");
    const campaignType = (ContactFlowType as Record<string, string>).CAMPAIGN;
    if (campaignType !== undefined) {
      const campaign = new ContactFlow(stack, 'Campaign', { instance, content: CONTENT, type: campaignType as ContactFlowType });
      expect(() => new ContactFlowVersion(stack, 'Published', { contactFlow: campaign })).not.toThrow();
    }
  });

  test('a description of at most 500 characters; a flow, not its ARN', () => {
    const { stack } = importedInstance();
    const flow = ContactFlow.fromContactFlowArn(stack, 'Flow', arnOf('contact-flow', 'f-1'));
    expect(errorOf(() => new ContactFlowVersion(stack, 'Long', { contactFlow: flow, description: 'd'.repeat(501) })))
      .toContain('  - description must be 0 to 500 characters long (length 501)');
    expect(errorOf(() => new ContactFlowVersion(stack, 'Arn', { contactFlow: arnOf('contact-flow', 'f-1') as unknown as IContactFlow })))
      .toContain('  - contactFlow must be a flow (IContactFlow)');
  });
});

describe('importing', () => {
  test('by qualified ARN: the version number and the flow', () => {
    const { stack } = importedInstance();
    const version = ContactFlowVersion.fromContactFlowVersionArn(stack, 'V3', `${arnOf('contact-flow', 'f-1')}:3`);
    expect([version.version, version.contactFlowArn]).toEqual([3, arnOf('contact-flow', 'f-1')]);
    expect(errorOf(() => ContactFlowVersion.fromContactFlowVersionArn(stack, 'Bad', arnOf('contact-flow', 'f-1'))))
      .toContain('contactFlowVersionArn must be the ARN of an Amazon Connect flow version (arn:<partition>:connect:<region>:<account>:instance/<instance id>/contact-flow/<id>:<version>)');
  });
});
