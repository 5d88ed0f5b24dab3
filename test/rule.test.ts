import { Match } from 'aws-cdk-lib/assertions';
import {
  ContactFlow, EvaluationForm, EvaluationFormQuestion, IntegrationAssociation, Rule, RuleAction, RuleCaseFieldValue, RuleEventSource, RuleOptions,
  RulePublishStatus, User,
} from '../src';
import { arnOf, importedInstance, INSTANCE_ARN } from './helpers/instance';
import { errorOf, templateOf } from './helpers/stack';

/**
 * Rules: event sources, the actions and the resources they name (flows, users, forms,
 * integration associations), which actions each event source takes, and the importer.
 */

const FLOW_ARN = arnOf('contact-flow', 'follow-up');
const SUPERVISOR_ARN = arnOf('agent', 'supervisor');
const OTHER_INSTANCE_USER = 'arn:aws:connect:us-east-1:123456789012:instance/99999999-2222-3333-4444-555555555555/agent/u-1';
const CONDITION = '[{"Name":"ContactLens.PostCall.Sentiment.Overall.Customer","Value":{"Operator":"NumberLessThan","Operands":[0]}}]';

function build(options: Partial<RuleOptions>) {
  const { stack, instance } = importedInstance();
  const rule = new Rule(stack, 'Rule', {
    instance,
    eventSource: RuleEventSource.ON_POST_CALL_ANALYSIS_AVAILABLE,
    condition: CONDITION,
    actions: [RuleAction.assignContactCategory()],
    ...options,
  });
  return { stack, instance, rule };
}

describe('what is deployed', () => {
  test('a Contact Lens rule that creates a task, e-mails a supervisor, categorizes and sends an event', () => {
    const { stack, instance } = importedInstance();
    const rule = instance.addRule('UnhappyCustomer', {
      ruleName: 'unhappy-customer',
      eventSource: RuleEventSource.ON_POST_CALL_ANALYSIS_AVAILABLE,
      condition: CONDITION,
      actions: [
        RuleAction.createTask({
          name: 'Call back $.CustomerEndpoint.Address',
          description: 'The customer was unhappy',
          contactFlow: ContactFlow.fromContactFlowArn(stack, 'FollowUp', FLOW_ARN),
          urls: { Recording: 'https://example.com/recordings' },
        }),
        RuleAction.sendNotification({
          subject: 'Unhappy customer',
          content: 'Contact $.ContactId ended with negative sentiment',
          recipients: [User.fromUserArn(stack, 'Supervisor', SUPERVISOR_ARN)],
        }),
        RuleAction.assignContactCategory(),
        RuleAction.generateEventBridgeEvent('unhappy-customer'),
      ],
    });
    const template = templateOf(stack);
    template.hasResourceProperties('AWS::Connect::Rule', {
      InstanceArn: INSTANCE_ARN,
      Name: 'unhappy-customer',
      TriggerEventSource: { EventSourceName: 'OnPostCallAnalysisAvailable', IntegrationAssociationArn: Match.absent() },
      Function: CONDITION,
      PublishStatus: 'PUBLISHED',
      Actions: {
        TaskActions: [{
          Name: 'Call back $.CustomerEndpoint.Address',
          Description: 'The customer was unhappy',
          ContactFlowArn: FLOW_ARN,
          References: { Recording: { Type: 'URL', Value: 'https://example.com/recordings' } },
        }],
        SendNotificationActions: [{
          DeliveryMethod: 'EMAIL',
          ContentType: 'PLAIN_TEXT',
          Subject: 'Unhappy customer',
          Content: 'Contact $.ContactId ended with negative sentiment',
          Recipient: { UserArns: [SUPERVISOR_ARN] },
        }],
        AssignContactCategoryActions: [{}],
        EventBridgeActions: [{ Name: 'unhappy-customer' }],
      },
    });
    expect(stack.resolve(rule.ruleArn)).toEqual({ 'Fn::GetAtt': [expect.stringMatching(/^ContactCenterUnhappyCustomer/), 'RuleArn'] });
    expect(template.toJSON()).toMatchSnapshot();
  });

  test('a Zendesk rule names the association\'s ARN and creates a task', () => {
    const { stack, instance } = importedInstance();
    const zendesk = IntegrationAssociation.fromIntegrationAssociationArn(stack, 'Zendesk', arnOf('integration-association', 'zd-1'));
    new Rule(stack, 'Rule', {
      instance,
      eventSource: RuleEventSource.ON_ZENDESK_TICKET_CREATE,
      integrationAssociation: zendesk,
      condition: '[]',
      actions: [RuleAction.createTask({ name: 'New ticket', contactFlow: ContactFlow.fromContactFlowArn(stack, 'Flow', FLOW_ARN) })],
      publishStatus: RulePublishStatus.DRAFT,
    });
    templateOf(stack).hasResourceProperties('AWS::Connect::Rule', {
      Name: Match.stringLikeRegexp('^TestStackRule[0-9A-F]{8}$'),
      TriggerEventSource: { EventSourceName: 'OnZendeskTicketCreate', IntegrationAssociationArn: arnOf('integration-association', 'zd-1') },
      PublishStatus: 'DRAFT',
    });
  });

  test('an evaluation rule submits an automated evaluation with a form created in the stack; case rules set fields', () => {
    const { stack, instance } = importedInstance();
    const form = instance.addEvaluationForm('Form', { sections: [{ title: 'A', questions: [EvaluationFormQuestion.text({ title: 'q' })] }] });
    new Rule(stack, 'Evaluate', {
      instance, eventSource: RuleEventSource.ON_CONTACT_EVALUATION_SUBMIT, condition: '[]', actions: [RuleAction.submitAutoEvaluation(form)],
    });
    new Rule(stack, 'Case', {
      instance,
      eventSource: RuleEventSource.ON_CASE_UPDATE,
      condition: '[]',
      actions: [
        RuleAction.updateCase([
          { fieldId: 'status', value: RuleCaseFieldValue.text('closed') },
          { fieldId: 'priority', value: RuleCaseFieldValue.number(2) },
          { fieldId: 'escalated', value: RuleCaseFieldValue.boolean(false) },
          { fieldId: 'owner', value: RuleCaseFieldValue.empty() },
        ]),
        RuleAction.endAssociatedTasks(),
      ],
    });
    const template = templateOf(stack);
    template.hasResourceProperties('AWS::Connect::Rule', {
      Actions: { SubmitAutoEvaluationActions: [{ EvaluationFormArn: { 'Fn::GetAtt': [Match.stringLikeRegexp('^ContactCenterForm'), 'EvaluationFormArn'] } }] },
    });
    template.hasResourceProperties('AWS::Connect::Rule', {
      Actions: {
        UpdateCaseActions: [{
          Fields: [
            { Id: 'status', Value: { StringValue: 'closed' } },
            { Id: 'priority', Value: { DoubleValue: 2 } },
            { Id: 'escalated', Value: { BooleanValue: false } },
            { Id: 'owner', Value: { EmptyValue: {} } },
          ],
        }],
        EndAssociatedTasksActions: [{}],
      },
    });
  });

  test('notifications by user tags; an e-mail analysis rule is not checked against the documented lists', () => {
    const { stack } = build({
      eventSource: RuleEventSource.ON_EMAIL_ANALYSIS_AVAILABLE,
      actions: [RuleAction.sendNotification({ content: 'Look', recipientUserTags: { team: 'billing' } })],
    });
    templateOf(stack).hasResourceProperties('AWS::Connect::Rule', {
      Actions: { SendNotificationActions: [Match.objectLike({ Recipient: { UserTags: { team: 'billing' } } })] },
    });
  });
});

describe('checks', () => {
  test('an action the event source does not take, a repeated kind, and a third-party rule without association or task fail at once', () => {
    const message = errorOf(() => build({
      eventSource: RuleEventSource.ON_SALESFORCE_CASE_CREATE,
      actions: [RuleAction.generateEventBridgeEvent('x'), RuleAction.assignContactCategory(), RuleAction.assignContactCategory()],
    }));
    expect(message).toMatch(/^Rule at 'TestStack\/Rule' has 4 invalid props:/);
    expect(message).toContain('  - integrationAssociation is required, got undefined');
    expect(message).toContain('  - actions[0] is not supported on OnSalesforceCaseCreate rules, only on OnPostCallAnalysisAvailable, OnRealTimeCallAnalysisAvailable, '
      + 'OnRealTimeChatAnalysisAvailable, OnPostChatAnalysisAvailable, OnContactEvaluationSubmit, OnMetricDataUpdate, got "eventBridgeActions"');
    expect(message).toContain('  - actions[2] must not repeat a kind of action: a rule has at most one of each, got "assignContactCategoryActions"');
    expect(message).toContain('  - actions must include RuleAction.createTask(): OnSalesforceCaseCreate rules create a task');
  });

  test('an association on a Contact Lens rule fails', () => {
    const { stack, instance } = importedInstance();
    const message = errorOf(() => new Rule(stack, 'Rule', {
      instance,
      eventSource: RuleEventSource.ON_POST_CALL_ANALYSIS_AVAILABLE,
      condition: '[]',
      actions: [RuleAction.assignContactCategory()],
      integrationAssociation: IntegrationAssociation.fromIntegrationAssociationArn(stack, 'Zendesk', arnOf('integration-association', 'zd-1')),
    }));
    expect(message).toContain('  - integrationAssociation is only for OnZendeskTicketCreate, OnZendeskTicketStatusUpdate, OnSalesforceCaseCreate rules, '
      + 'not OnPostCallAnalysisAvailable, got "TestStack/Zendesk"');
  });

  test('the resources an action names: of the rule\'s instance, and typed', () => {
    const { stack, instance } = importedInstance();
    const message = errorOf(() => new Rule(stack, 'Rule', {
      instance,
      eventSource: RuleEventSource.ON_POST_CALL_ANALYSIS_AVAILABLE,
      condition: '[]',
      actions: [
        RuleAction.sendNotification({ content: 'x', recipients: [User.fromUserArn(stack, 'Elsewhere', OTHER_INSTANCE_USER), SUPERVISOR_ARN as any] }),
        RuleAction.createTask({ name: 'x', contactFlow: undefined as any, urls: { Notes: 'http://insecure.example.com' } }),
        RuleAction.createCase('', [{ fieldId: 'status', value: 'closed' as any }]),
      ],
    }));
    expect(message).toContain(`  - actions[0].recipients[0] must be a user of the instance ${INSTANCE_ARN}, got "${OTHER_INSTANCE_USER.slice(0, 77)}..."`);
    expect(message).toContain('  - actions[0].recipients[1] must be a user (IUser), got');
    expect(message).toContain('  - actions[1].contactFlow is required, got undefined');
    expect(message).toContain('  - actions[1].urls.Notes must be a URL starting with https: (or /), got "http://insecure.example.com"');
    expect(message).toContain('  - actions[2].templateId must be 1 to 500 characters long (length 0), got ""');
    expect(message).toContain('  - actions[2].fields[0].value must be a RuleCaseFieldValue, such as RuleCaseFieldValue.text(), got "closed"');
  });

  test('names, conditions, notifications without recipients, event names, and no actions', () => {
    expect(errorOf(() => build({ ruleName: 'no spaces please', condition: '', actions: [] }))).toEqual([
      "Rule at 'TestStack/Rule' has 3 invalid props:",
      '  - ruleName must be 1 to 200 letters, digits and ._-, got "no spaces please"',
      '  - condition must not be empty, got ""',
      '  - actions must have 1 to 8 items, got "0 items"',
    ].join('\n'));
    const message = errorOf(() => build({
      actions: [RuleAction.sendNotification({ content: 'x'.repeat(1025), recipients: [] }), RuleAction.generateEventBridgeEvent('has space')],
    }));
    expect(message).toContain('  - actions[0].content must be 1 to 1024 characters long (length 1025)');
    expect(message).toContain('  - actions[0].recipients must have 1 to 5 items, got "0 items"');
    expect(message).toContain('  - actions[1].name must be 1 to 100 letters, digits and ._-, got "has space"');
    expect(errorOf(() => build({ actions: [RuleAction.sendNotification({ content: 'x', recipientUserTags: {} })] })))
      .toContain('  - actions[0].recipients or recipientUserTags must name who is notified, got undefined');
  });
});

describe('importing', () => {
  test('by ARN', () => {
    const { stack } = importedInstance();
    const rule = Rule.fromRuleArn(stack, 'Imported', arnOf('rule', 'r-1'));
    expect([rule.ruleArn, rule.ruleId]).toEqual([arnOf('rule', 'r-1'), 'r-1']);
    expect(errorOf(() => Rule.fromRuleArn(stack, 'Bad', FLOW_ARN))).toMatch(/^ruleArn must be the ARN of an Amazon Connect rule/);
  });

  test('an integration association by ARN', () => {
    const { stack } = importedInstance();
    const association = IntegrationAssociation.fromIntegrationAssociationArn(stack, 'Zendesk', arnOf('integration-association', 'zd-1'));
    expect(association.integrationAssociationId).toBe('zd-1');
    expect(errorOf(() => IntegrationAssociation.fromIntegrationAssociationArn(stack, 'Bad', FLOW_ARN)))
      .toMatch(/^integrationAssociationArn must be the ARN of an Amazon Connect integration association/);
  });
});

test('an evaluation form of another instance fails', () => {
  const form = 'arn:aws:connect:us-east-1:123456789012:instance/99999999-2222-3333-4444-555555555555/evaluation-form/f-1';
  const { stack, instance } = importedInstance();
  expect(errorOf(() => new Rule(stack, 'Rule', {
    instance,
    eventSource: RuleEventSource.ON_CONTACT_EVALUATION_SUBMIT,
    condition: '[]',
    actions: [RuleAction.submitAutoEvaluation(EvaluationForm.fromEvaluationFormArn(stack, 'Form', form))],
  }))).toContain(`  - actions[0].form must be an evaluation form of the instance ${INSTANCE_ARN}`);
});
