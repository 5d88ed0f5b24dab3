import { Match } from 'aws-cdk-lib/assertions';
import {
  ConnectInstance, ContactFlow, ContactFlowType, FlowContent, IdentityManagement, PhoneNumberType,
} from '../src';
import { errorOf, newStack, templateOf } from './helpers/stack';
import { routePhoneNumber } from '../src/private/phone-number/route-phone-number';

/**
 * Routing a phone number to a flow on deploy: the association resource on
 * the stack's deploy-time function, its role statement, and the synth-time
 * checks of `contactFlow`.
 */

const ROUTE_TYPE = 'Custom::ConnectPhoneNumberContactFlow';
const INSTANCE = { 'Fn::GetAtt': ['ContactCenter6F86BFBF', 'Arn'] };
const SOURCE = 'arn:aws:sms-voice:us-east-1:123456789012:phone-number/phone-0123456789abcdef0123456789abcdef';
const IMPORTED_FLOW = 'arn:aws:connect:us-east-1:123456789012:instance/11111111-2222-3333-4444-555555555555/contact-flow/ffffffff-0000-0000-0000-000000000001';
const CONTENT = FlowContent.fromObject({
  Version: '2019-10-30',
  StartAction: 'end',
  Actions: [{ Identifier: 'end', Type: 'DisconnectParticipant', Parameters: {}, Transitions: {} }],
});

function contactCenter() {
  const stack = newStack();
  const cc = new ConnectInstance(stack, 'ContactCenter', {
    identity: IdentityManagement.connectManaged({ instanceAlias: 'acme' }),
  });
  const inbound = new ContactFlow(stack, 'Inbound', { instance: cc, content: CONTENT });
  return { stack, cc, inbound };
}

/** The logical id of the only resource of `type`. */
function logicalIdOf(template: ReturnType<typeof templateOf>, type: string): string {
  const ids = Object.keys(template.findResources(type));
  expect(ids).toHaveLength(1);
  return ids[0];
}

/** The statements of the deploy-time role that allow AssociatePhoneNumberContactFlow. */
function associateStatements(template: ReturnType<typeof templateOf>): any[] {
  const [role] = Object.values<any>(template.findResources('AWS::IAM::Role'));
  return role.Properties.Policies[0].PolicyDocument.Statement
    .filter((s: any) => JSON.stringify(s.Action).includes('connect:AssociatePhoneNumberContactFlow'));
}

describe('a claimed number with contactFlow', () => {
  test('is associated with the flow by the deploy-time function, after the number and the flow', () => {
    const { stack, cc, inbound } = contactCenter();
    cc.addPhoneNumber('MainLine', { countryCode: 'US', type: PhoneNumberType.DID, contactFlow: inbound });
    const template = templateOf(stack);
    const number = logicalIdOf(template, 'AWS::Connect::PhoneNumber');
    const flow = logicalIdOf(template, 'AWS::Connect::ContactFlow');
    // Fn::GetAtt of the number and the flow: CloudFormation creates the route after both and deletes it before them.
    template.hasResource(ROUTE_TYPE, {
      Properties: {
        ServiceToken: { 'Fn::GetAtt': ['ConnectProfileLookupCustomResourceProviderHandlerFDDFE71B', 'Arn'] },
        InstanceArn: INSTANCE,
        PhoneNumberArn: { 'Fn::GetAtt': [number, 'PhoneNumberArn'] },
        ContactFlowArn: { 'Fn::GetAtt': [flow, 'ContactFlowArn'] },
      },
      DeletionPolicy: 'Delete',
      UpdateReplacePolicy: 'Delete',
    });
    expect(logicalIdOf(template, ROUTE_TYPE)).toMatch(/^ContactCenterMainLineContactFlow/);
    template.resourceCountIs('AWS::Lambda::Function', 1);
  });

  test('lets the function associate the numbers of the account and Region with the flows of that instance only', () => {
    const { stack, cc, inbound } = contactCenter();
    cc.addPhoneNumber('MainLine', { countryCode: 'US', type: PhoneNumberType.DID, contactFlow: inbound });
    templateOf(stack).hasResourceProperties('AWS::IAM::Role', {
      Policies: [{
        PolicyName: 'Inline',
        PolicyDocument: {
          Statement: Match.arrayWith([{
            Effect: 'Allow',
            Action: ['connect:AssociatePhoneNumberContactFlow'],
            Resource: [
              { 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':connect:us-east-1:123456789012:phone-number/*']] },
              INSTANCE,
              { 'Fn::Join': ['', [INSTANCE, '/contact-flow/*']] },
              { 'Fn::Join': ['', [INSTANCE, '/phone-number/*']] },
            ],
          }]),
        },
      }],
    });
  });

  test('lets the function undo any route of the stack\'s account and Region, in one statement, so that an old route can be deleted after the update', () => {
    const { stack, cc, inbound } = contactCenter();
    cc.addPhoneNumber('One', { countryCode: 'US', type: PhoneNumberType.DID, contactFlow: inbound });
    cc.addPhoneNumber('Two', { countryCode: 'US', type: PhoneNumberType.DID, contactFlow: inbound });
    const [role] = Object.values<any>(templateOf(stack).findResources('AWS::IAM::Role'));
    const undo = role.Properties.Policies[0].PolicyDocument.Statement
      .filter((s: any) => JSON.stringify(s.Action) === '["connect:DisassociatePhoneNumberContactFlow"]');
    expect(undo).toEqual([{
      Effect: 'Allow',
      Action: ['connect:DisassociatePhoneNumberContactFlow'],
      Resource: [
        { 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':connect:us-east-1:123456789012:phone-number/*']] },
        { 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':connect:us-east-1:123456789012:instance/*']] },
      ],
    }]);
  });

  test('without contactFlow, no route and no function', () => {
    const { stack, cc } = contactCenter();
    cc.addPhoneNumber('MainLine', { countryCode: 'US', type: PhoneNumberType.DID });
    const template = templateOf(stack);
    template.resourceCountIs(ROUTE_TYPE, 0);
    template.resourceCountIs('AWS::Lambda::Function', 0);
  });

  test('a flow of another type fails at synth, naming contactFlow', () => {
    const { stack, cc } = contactCenter();
    const queueFlow = new ContactFlow(stack, 'QueueFlow', { instance: cc, type: ContactFlowType.CUSTOMER_QUEUE, content: CONTENT });
    expect(errorOf(() => cc.addPhoneNumber('MainLine', { countryCode: 'US', type: PhoneNumberType.DID, contactFlow: queueFlow })))
      .toBe("PhoneNumber at 'TestStack/ContactCenter/MainLine' has 1 invalid prop:\n"
        + '  - contactFlow must be an inbound flow, of type CONTACT_FLOW (a phone number routes to the first flow of a contact): '
        + "the flow at 'TestStack/QueueFlow' has another type, got \"CUSTOMER_QUEUE\"");
  });

  test('the snapshot of a routed number', () => {
    const { stack, cc, inbound } = contactCenter();
    cc.addPhoneNumber('MainLine', { countryCode: 'US', type: PhoneNumberType.TOLL_FREE, contactFlow: inbound });
    expect(templateOf(stack).toJSON()).toMatchSnapshot();
  });
});

describe('an imported number with contactFlow', () => {
  test('is routed to an imported flow, whose type is not checked', () => {
    const { stack, cc } = contactCenter();
    const flow = ContactFlow.fromContactFlowArn(stack, 'Existing', IMPORTED_FLOW);
    cc.importPhoneNumber('Imported', { sourcePhoneNumberArn: SOURCE, contactFlow: flow });
    const template = templateOf(stack);
    template.hasResourceProperties(ROUTE_TYPE, {
      InstanceArn: INSTANCE,
      PhoneNumberArn: { 'Fn::GetAtt': [logicalIdOf(template, 'AWS::Connect::PhoneNumber'), 'PhoneNumberArn'] },
      ContactFlowArn: IMPORTED_FLOW,
    });
    template.hasResourceProperties('AWS::Connect::PhoneNumber', { SourcePhoneNumberArn: SOURCE, TargetArn: INSTANCE });
  });
});

describe('routePhoneNumber', () => {
  test('a number routed twice in the app fails at synth, naming contactFlow and both routes', () => {
    const { stack, cc, inbound } = contactCenter();
    const number = cc.addPhoneNumber('MainLine', { countryCode: 'US', type: PhoneNumberType.DID, contactFlow: inbound });
    const other = new ContactFlow(stack, 'Other', { instance: cc, content: CONTENT });
    routePhoneNumber(stack, 'AgainRoute', { instance: cc, phoneNumberArn: number.phoneNumberArn, contactFlow: other });
    // The app's rule: checked at synth.
    expect(errorOf(() => templateOf(stack)))
      .toContain("phone number route at 'TestStack/AgainRoute' has 1 invalid prop:\n"
        + "  - contactFlow: the phone number is already routed to a flow at 'TestStack/ContactCenter/MainLine/ContactFlow', "
        + "and a number answers with one flow; route it once, from 'TestStack/ContactCenter/MainLine/ContactFlow' or from 'TestStack/AgainRoute'");
  });

  test('the same literal ARN routed from two stacks of one app fails too', () => {
    const { stack, cc, inbound } = contactCenter();
    const arn = 'arn:aws:connect:us-east-1:123456789012:phone-number/aaaaaaaa-0000-0000-0000-000000000001';
    routePhoneNumber(stack, 'First', { instance: cc, phoneNumberArn: arn, contactFlow: inbound });
    routePhoneNumber(cc, 'Second', { instance: cc, phoneNumberArn: arn, contactFlow: inbound });
    expect(errorOf(() => templateOf(stack)))
      .toContain("already routed to a flow at 'TestStack/First', and a number answers with one flow; route it once, from 'TestStack/First' or from 'TestStack/ContactCenter/Second'");
  });

  test('numbers of one instance share the stack\'s one function and one statement, whatever their flows', () => {
    const { stack, cc, inbound } = contactCenter();
    const other = new ContactFlow(stack, 'Other', { instance: cc, content: CONTENT });
    cc.addPhoneNumber('One', { countryCode: 'US', type: PhoneNumberType.DID, contactFlow: inbound });
    cc.addPhoneNumber('Two', { countryCode: 'US', type: PhoneNumberType.DID, contactFlow: other });
    const template = templateOf(stack);
    template.resourceCountIs(ROUTE_TYPE, 2);
    template.resourceCountIs('AWS::Lambda::Function', 1);
    expect(associateStatements(template)).toHaveLength(1);
  });

  test('numbers of two instances get one statement per instance', () => {
    const { stack, cc, inbound } = contactCenter();
    const second = new ConnectInstance(stack, 'Second', { identity: IdentityManagement.connectManaged({ instanceAlias: 'acme-two' }) });
    const secondFlow = new ContactFlow(stack, 'SecondInbound', { instance: second, content: CONTENT });
    cc.addPhoneNumber('One', { countryCode: 'US', type: PhoneNumberType.DID, contactFlow: inbound });
    second.addPhoneNumber('Two', { countryCode: 'US', type: PhoneNumberType.DID, contactFlow: secondFlow });
    second.addPhoneNumber('Three', { countryCode: 'US', type: PhoneNumberType.DID, contactFlow: secondFlow });
    const statements = associateStatements(templateOf(stack));
    expect(statements.map((s: any) => s.Resource[1])).toEqual([INSTANCE, { 'Fn::GetAtt': [expect.stringMatching(/^Second/), 'Arn'] }]);
  });

  test('a non-inbound flow fails at synth, naming contactFlow', () => {
    const { stack, cc } = contactCenter();
    const whisper = new ContactFlow(stack, 'Whisper', { instance: cc, type: ContactFlowType.AGENT_WHISPER, content: CONTENT });
    const arn = 'arn:aws:connect:us-east-1:123456789012:phone-number/aaaaaaaa-0000-0000-0000-000000000001';
    expect(errorOf(() => routePhoneNumber(stack, 'Route', { instance: cc, phoneNumberArn: arn, contactFlow: whisper })))
      .toContain('  - contactFlow must be an inbound flow, of type CONTACT_FLOW');
  });
});
