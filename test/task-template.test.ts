import { Match } from 'aws-cdk-lib/assertions';
import { ContactFlow, FlowContent, TaskTemplate, TaskTemplateFieldType, TaskTemplateOptions, TaskTemplateStatus } from '../src';
import { arnOf, importedInstance, INSTANCE_ARN } from './helpers/instance';
import { errorOf, templateOf } from './helpers/stack';

/**
 * Task templates: fields and their constraints and defaults, the flows, and the importer.
 */

const FLOW_ARN = arnOf('contact-flow', 'task-flow');
const NAME_FIELD = { name: 'Name', type: TaskTemplateFieldType.NAME };

function build(options: Partial<TaskTemplateOptions>) {
  const { stack, instance } = importedInstance();
  const template = new TaskTemplate(stack, 'Template', { instance, fields: [NAME_FIELD], ...options });
  return { stack, instance, template };
}

describe('what is deployed', () => {
  test('fields with their constraints and defaults, both flows, active', () => {
    const { stack, instance } = importedInstance();
    const flow = ContactFlow.fromContactFlowArn(stack, 'TaskFlow', FLOW_ARN);
    const selfAssign = new ContactFlow(stack, 'SelfAssign', {
      instance,
      content: FlowContent.fromObject({ Version: '2019-10-30', StartAction: 'end', Actions: [{ Identifier: 'end', Type: 'DisconnectParticipant', Parameters: {}, Transitions: {} }] }),
    });
    const template = instance.addTaskTemplate('Refund', {
      taskTemplateName: 'Refund request',
      description: 'A customer asks for a refund',
      contactFlow: flow,
      selfAssignContactFlow: selfAssign,
      fields: [
        { name: 'Name', type: TaskTemplateFieldType.NAME, required: true, defaultValue: 'Refund' },
        { name: 'Order', type: TaskTemplateFieldType.TEXT, description: 'The order number', required: true },
        { name: 'Reason', type: TaskTemplateFieldType.SINGLE_SELECT, options: ['Damaged', 'Late delivery', 'Other'] },
        { name: 'Customer id', type: TaskTemplateFieldType.TEXT, readOnly: true, invisible: true },
      ],
    });
    const json = templateOf(stack);
    json.hasResourceProperties('AWS::Connect::TaskTemplate', {
      InstanceArn: INSTANCE_ARN,
      Name: 'Refund request',
      Description: 'A customer asks for a refund',
      ContactFlowArn: FLOW_ARN,
      SelfAssignContactFlowArn: { 'Fn::GetAtt': [Match.stringLikeRegexp('^SelfAssign'), 'ContactFlowArn'] },
      Status: 'ACTIVE',
      Fields: [
        { Id: { Name: 'Name' }, Type: 'NAME' },
        { Id: { Name: 'Order' }, Type: 'TEXT', Description: 'The order number' },
        { Id: { Name: 'Reason' }, Type: 'SINGLE_SELECT', SingleSelectOptions: ['Damaged', 'Late delivery', 'Other'] },
        { Id: { Name: 'Customer id' }, Type: 'TEXT' },
      ],
      Constraints: {
        RequiredFields: [{ Id: { Name: 'Name' } }, { Id: { Name: 'Order' } }],
        ReadOnlyFields: [{ Id: { Name: 'Customer id' } }],
        InvisibleFields: [{ Id: { Name: 'Customer id' } }],
      },
      Defaults: [{ Id: { Name: 'Name' }, DefaultValue: 'Refund' }],
    });
    expect(stack.resolve(template.taskTemplateArn)).toEqual({ 'Fn::GetAtt': [expect.stringMatching(/^ContactCenterRefund/), 'Arn'] });
    expect(json.toJSON()).toMatchSnapshot();
  });

  test('a name field alone: a generated name of at most 100 characters, no flows, constraints or defaults', () => {
    const { stack } = build({ status: TaskTemplateStatus.INACTIVE });
    templateOf(stack).hasResourceProperties('AWS::Connect::TaskTemplate', {
      Name: Match.stringLikeRegexp('^TestStackTemplate[0-9A-F]{8}$'),
      Status: 'INACTIVE',
      ContactFlowArn: Match.absent(),
      Constraints: Match.absent(),
      Defaults: Match.absent(),
    });
  });

  test('the id is the last part of the ARN', () => {
    const { stack, template } = build({});
    expect(stack.resolve(template.taskTemplateId)).toEqual({ 'Fn::Select': [3, { 'Fn::Split': ['/', stack.resolve(template.taskTemplateArn)] }] });
  });
});

describe('checks', () => {
  test('a template without a NAME field fails', () => {
    expect(errorOf(() => build({ fields: [{ name: 'Order', type: TaskTemplateFieldType.TEXT }] })))
      .toContain("  - fields must include a field of type NAME, the task's name");
  });

  test('every problem at once: names, lengths, options, duplicates', () => {
    const message = errorOf(() => build({
      taskTemplateName: 'x'.repeat(101),
      description: 'x'.repeat(256),
      fields: [
        NAME_FIELD,
        { name: '', type: TaskTemplateFieldType.TEXT, options: ['a'] },
        { name: 'Reason', type: TaskTemplateFieldType.SINGLE_SELECT, options: ['ok', ' leading space', 'x'.repeat(101)] },
        { name: 'Name', type: TaskTemplateFieldType.URL, defaultValue: '' },
      ],
    }));
    expect(message).toMatch(/^TaskTemplate at 'TestStack\/Template' has 8 invalid props:/);
    expect(message).toContain('  - taskTemplateName must be 1 to 100 characters long (length 101)');
    expect(message).toContain('  - description must be 0 to 255 characters long (length 256)');
    expect(message).toContain('  - fields[1].name must be 1 to 100 characters long (length 0), got ""');
    expect(message).toContain('  - fields[1].options are only for a SINGLE_SELECT field, not TEXT, got ["a"]');
    expect(message).toContain('  - fields[2].options[1] must be letters, digits, spaces and _.,- starting with a letter or digit and not ending with a space, got " leading space"');
    expect(message).toContain('  - fields[2].options[2] must be 1 to 100 characters long (length 101)');
    expect(message).toContain('  - fields[3].defaultValue must be 1 to 4096 characters long (length 0), got ""');
    expect(message).toContain('  - fields[].name must be unique in the template, got "Name"');
  });

  test('more than 50 fields, or none, fail', () => {
    const many = Array.from({ length: 51 }, (_, i) => ({ name: `f${i}`, type: TaskTemplateFieldType.NAME }));
    expect(errorOf(() => build({ fields: many }))).toContain('  - fields must have 1 to 50 items, got "51 items"');
    expect(errorOf(() => build({ fields: [] }))).toContain('  - fields must have 1 to 50 items, got "0 items"');
  });

  test('untyped JavaScript: a flow given as an ARN, an unknown type and status, a missing instance', () => {
    const { stack } = importedInstance();
    const message = errorOf(() => new TaskTemplate(stack, 'Template', {
      fields: [{ name: 'Name', type: 'TITLE' as any }],
      contactFlow: FLOW_ARN as any,
      status: 'ON' as any,
    } as any));
    expect(message).toContain('  - instance is required, got undefined');
    expect(message).toContain(`  - contactFlow must be a flow (IContactFlow), got "${FLOW_ARN.slice(0, 77)}..."`);
    expect(message).toContain('  - status must be one of ACTIVE, INACTIVE, got "ON"');
    expect(message).toContain('  - fields[0].type must be one of NAME, DESCRIPTION, SCHEDULED_TIME, QUICK_CONNECT, URL, NUMBER, TEXT, TEXT_AREA, DATE_TIME, BOOLEAN, SINGLE_SELECT, EMAIL, got "TITLE"');
  });
});

describe('importing', () => {
  test('by ARN', () => {
    const { stack } = importedInstance();
    const template = TaskTemplate.fromTaskTemplateArn(stack, 'Imported', arnOf('task-template', 't-1'));
    expect([template.taskTemplateArn, template.taskTemplateId]).toEqual([arnOf('task-template', 't-1'), 't-1']);
  });

  test('an ARN of something else fails', () => {
    const { stack } = importedInstance();
    expect(errorOf(() => TaskTemplate.fromTaskTemplateArn(stack, 'Imported', FLOW_ARN))).toBe(
      `taskTemplateArn must be the ARN of an Amazon Connect task template (arn:<partition>:connect:<region>:<account>:instance/<instance id>/task-template/<id>), got "${FLOW_ARN}"`);
  });
});
