import * as path from 'path';
import { Stack } from 'aws-cdk-lib';
import type { Scenario } from './scenarios';
import {
  ConnectInstance, ContactFlow, CustomMetricFilter, CustomMetricUnit, DataTableValueType, EvaluationFormQuestion, EvaluationFormScoringMode,
  FlowContent, IdentityManagement, IntegrationAssociation, NotificationPriority, RuleAction, RuleEventSource, TaskTemplateFieldType,
  TestCaseEntryPoint, UseCaseType, WorkspaceVisibility,
} from '../../src';

/** The account and Region of the scenario stacks (`ENV` in scenarios.ts, which imports this file). */
const ENV = { account: '123456789012', region: 'us-east-1' };

/** The flow of the resource tests: greets, checks the hours, says goodbye. */
const GREETING = path.join(__dirname, '..', 'fixtures', 'greeting-flow.json');

/**
 * The operations resources of issue 24 on a new instance: task templates, rules naming a flow, a
 * user and a form, an evaluation form, an e-mail address, a use case, a data lake association,
 * a data table with an attribute and a record, a custom metric, a notification, a test case and
 * a workspace. What a team brings (the Zendesk application's association) is imported.
 */
export const OPERATIONS: Scenario = {
  name: 'connect-managed / operations resources',
  build: (app, id) => {
    const stack = new Stack(app, id, { env: ENV });
    const instance = new ConnectInstance(stack, 'ContactCenter', {
      identity: IdentityManagement.connectManaged({ instanceAlias: 'acme-operations' }),
    });
    const flow = new ContactFlow(stack, 'TaskRouting', { instance, content: FlowContent.fromFile(GREETING) });
    const supervisor = instance.addUser('Supervisor', { username: 'sam.lee', firstName: 'Sam', lastName: 'Lee', email: 'sam.lee@example.com' });
    instance.addTaskTemplate('Refund', {
      taskTemplateName: 'Refund request',
      contactFlow: flow,
      fields: [
        { name: 'Name', type: TaskTemplateFieldType.NAME, required: true },
        { name: 'Order', type: TaskTemplateFieldType.TEXT, required: true },
        { name: 'Reason', type: TaskTemplateFieldType.SINGLE_SELECT, options: ['Damaged', 'Late'], defaultValue: 'Damaged' },
      ],
    });
    const form = instance.addEvaluationForm('Quality', {
      title: 'Call quality',
      scoringMode: EvaluationFormScoringMode.QUESTION_ONLY,
      sections: [{
        title: 'Opening',
        questions: [
          EvaluationFormQuestion.singleSelect({ title: 'Greeted the customer?', weight: 100, options: [{ text: 'Yes', score: 10 }, { text: 'No', score: 0 }] }),
          EvaluationFormQuestion.text({ title: 'Notes' }),
        ],
      }],
    });
    instance.addRule('UnhappyCustomer', {
      eventSource: RuleEventSource.ON_POST_CALL_ANALYSIS_AVAILABLE,
      condition: '[{"Name":"ContactLens.PostCall.Sentiment.Overall.Customer","Value":{"Operator":"NumberLessThan","Operands":[0]}}]',
      actions: [
        RuleAction.createTask({ name: 'Call back', contactFlow: flow }),
        RuleAction.sendNotification({ subject: 'Unhappy customer', content: 'Contact $.ContactId', recipients: [supervisor] }),
        RuleAction.assignContactCategory(),
      ],
    });
    instance.addRule('Evaluate', { eventSource: RuleEventSource.ON_CONTACT_EVALUATION_SUBMIT, condition: '[]', actions: [RuleAction.submitAutoEvaluation(form)] });
    const support = instance.addEmailAddress('Support', { emailAddress: 'support@acme-operations.email.connect.aws', displayName: 'Acme Support' });
    instance.addEmailAddress('Help', { emailAddress: 'help@acme-operations.email.connect.aws', aliasOf: support });
    const zendesk = IntegrationAssociation.fromIntegrationAssociationArn(stack, 'Zendesk',
      `arn:aws:connect:${ENV.region}:${ENV.account}:instance/11111111-2222-3333-4444-555555555555/integration-association/zd-1`);
    instance.addUseCase('ZendeskRules', { integrationAssociation: zendesk, useCaseType: UseCaseType.RULES_EVALUATION });
    instance.addDataLakeAssociation('ContactRecords', { dataSetId: 'contact_record' });
    const table = instance.addDataTable('Holidays', { timeZone: 'America/New_York' });
    const day = table.addAttribute('Day', { attributeName: 'day', valueType: DataTableValueType.TEXT, primary: true });
    const open = table.addAttribute('Open', { attributeName: 'open', valueType: DataTableValueType.BOOLEAN });
    table.addRecord('NewYear', { primaryValues: [{ attribute: day, value: '2027-01-01' }], values: [{ attribute: open, value: 'false' }] });
    instance.addCustomMetric('VoiceHandled', {
      calculation: 'handled',
      unit: CustomMetricUnit.INTEGER,
      components: [{ alias: 'handled', metricName: 'CONTACTS_HANDLED', filters: [CustomMetricFilter.matchesAny('CHANNEL', ['VOICE'])] }],
    });
    instance.addNotification('Welcome', { content: { enUs: 'Welcome to Acme Support' }, priority: NotificationPriority.LOW });
    instance.addTestCase('Greets', { content: '{"Version":"2019-10-30","Steps":[]}', entryPoint: TestCaseEntryPoint.voiceCall(flow) });
    instance.addWorkspace('SupportWorkspace', { title: 'Acme Support', visibility: WorkspaceVisibility.ASSIGNED, users: [supervisor] });
    return stack;
  },
};
