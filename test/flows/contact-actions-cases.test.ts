import { Duration } from 'aws-cdk-lib';
import { ContactFlow, ContactFlowType, CreateCase, CreateTask, DisconnectParticipant, FlowValue, GetCase, UpdateCase } from '../../src';
import { actionOf, finish, flowScene, problemsOf } from '../helpers/flow';
import { arnOf } from '../helpers/instance';

/** Cases and tasks: CreateCase, GetCase, UpdateCase, CreateTask. */

const FLOW = arnOf('contact-flow', 'task-flow');

describe('CreateCase', () => {
  test('writes the template, the fields and the link, and branches on ContactNotLinked when linking', () => {
    const scene = flowScene();
    const create = new CreateCase(scene.definition, 'Case', {
      caseTemplateId: 'template-1',
      fields: { title: FlowValue.text('Callback request'), customer_id: FlowValue.contactAttribute('customer') },
      linkContactToCase: true,
    });
    const bye = finish(create, ContactFlowType.AGENT_WHISPER);
    expect(create.onContactNotLinked(bye)).toBe(bye);
    expect(actionOf(scene, 'Case', ContactFlowType.AGENT_WHISPER)).toEqual({
      Identifier: 'Case',
      Type: 'CreateCase',
      Parameters: {
        LinkContactToCase: 'true',
        CaseTemplateId: 'template-1',
        CaseRequestFields: { title: 'Callback request', customer_id: '$.Attributes.customer' },
      },
      Transitions: {
        NextAction: 'CaseEnd',
        Errors: [{ NextAction: 'CaseEnd', ErrorType: 'NoMatchingError' }, { NextAction: 'CaseEnd', ErrorType: 'ContactNotLinked' }],
      },
    });
  });

  test('raises ContactNotLinked only when linking, and names a bad template and field', () => {
    const scene = flowScene();
    const create = new CreateCase(scene.definition, 'Case', { caseTemplateId: '', fields: { title: 'x' as any } });
    create.onContactNotLinked(finish(create));
    const message = problemsOf(scene);
    expect(message).toContain('action "Case" (CreateCase) does not raise ContactNotLinked (its errors: NoMatchingError)');
    expect(message).toContain('action "Case" (CreateCase) caseTemplateId must be the id of a case template, got ""');
    expect(message).toContain('action "Case" (CreateCase) fields.title must be a FlowValue, got "x"');
  });
});

describe('GetCase', () => {
  test('searches the cases of a customer and branches on MultipleFound and NoneFound', () => {
    const scene = flowScene();
    const get = new GetCase(scene.definition, 'Find', {
      customerId: FlowValue.jsonPath('$.Customer.ProfileId'),
      fields: { status: FlowValue.text('open') },
      responseFields: ['title', 'status'],
      lastUpdatedCaseOnly: true,
    });
    const bye = new DisconnectParticipant(scene.definition, 'Bye');
    const none = new DisconnectParticipant(scene.definition, 'None');
    get.next(bye);
    get.onMultipleFound(bye);
    get.onNoneFound(none);
    get.onError(bye);
    expect(actionOf(scene, 'Find')).toEqual({
      Identifier: 'Find',
      Type: 'GetCase',
      Parameters: {
        GetLastUpdatedCase: 'true',
        CustomerId: '$.Customer.ProfileId',
        CaseRequestFields: { status: 'open' },
        CaseResponseFields: ['title', 'status'],
      },
      Transitions: {
        NextAction: 'Bye',
        Errors: [
          { NextAction: 'Bye', ErrorType: 'MultipleFound' },
          { NextAction: 'None', ErrorType: 'NoneFound' },
          { NextAction: 'Bye', ErrorType: 'NoMatchingError' },
        ],
      },
    });
  });

  test('needs a customer id and branches for its errors', () => {
    const scene = flowScene();
    const get = new GetCase(scene.definition, 'Find', { customerId: undefined as any, responseFields: [''], linkContactToCase: true });
    get.next(new DisconnectParticipant(scene.definition, 'Bye'));
    const message = problemsOf(scene);
    expect(message).toContain('action "Find" (GetCase) customerId is required');
    expect(message).toContain('action "Find" (GetCase) responseFields must be a list of field ids, got [""]');
    expect(message).toContain('action "Find" (GetCase) has no branch for MultipleFound, NoneFound, ContactNotLinked, NoMatchingError');
  });
});

describe('UpdateCase', () => {
  test('updates fields of a case', () => {
    const scene = flowScene();
    const update = new UpdateCase(scene.definition, 'Update', {
      caseId: FlowValue.jsonPath('$.Case.case_id'), fields: { status: FlowValue.text('closed') }, linkContactToCase: false,
    });
    finish(update);
    expect(actionOf(scene, 'Update')).toEqual({
      Identifier: 'Update',
      Type: 'UpdateCase',
      Parameters: { LinkContactToCase: 'false', CaseId: '$.Case.case_id', CaseRequestFields: { status: 'closed' } },
      Transitions: { NextAction: 'UpdateEnd', Errors: [{ NextAction: 'UpdateEnd', ErrorType: 'NoMatchingError' }] },
    });
  });

  test('needs a case id and rejects an empty field map', () => {
    const scene = flowScene();
    finish(new UpdateCase(scene.definition, 'Update', { caseId: undefined as any, fields: {} }));
    const message = problemsOf(scene);
    expect(message).toContain('action "Update" (UpdateCase) caseId is required');
    expect(message).toContain('action "Update" (UpdateCase) fields must name at least one entry, got {}');
  });
});

describe('CreateTask', () => {
  test('creates a task that runs a flow, with attributes and a delay written in seconds', () => {
    const scene = flowScene();
    const flow = ContactFlow.fromContactFlowArn(scene.stack, 'TaskFlow', FLOW);
    finish(new CreateTask(scene.definition, 'Task', {
      flow,
      name: 'Call the customer back',
      description: 'Requested in the IVR',
      attributes: { phone: FlowValue.customerEndpointAddress() },
      delay: Duration.hours(1),
      taskTemplateId: 'tt-1',
    }), ContactFlowType.CUSTOMER_WHISPER);
    expect(actionOf(scene, 'Task', ContactFlowType.CUSTOMER_WHISPER)).toEqual({
      Identifier: 'Task',
      Type: 'CreateTask',
      Parameters: {
        ContactFlowId: FLOW,
        Attributes: { phone: '$.CustomerEndpoint.Address' },
        Name: 'Call the customer back',
        Description: 'Requested in the IVR',
        DelaySeconds: '3600',
        TaskTemplateId: 'tt-1',
      },
      Transitions: { NextAction: 'TaskEnd', Errors: [{ NextAction: 'TaskEnd', ErrorType: 'NoMatchingError' }] },
    });
  });

  test('names every bad prop at once', () => {
    const scene = flowScene();
    finish(new CreateTask(scene.definition, 'Task', {
      flow: undefined as any,
      name: '',
      delay: Duration.days(7),
      scheduledTime: FlowValue.contactAttribute('when'),
      taskTemplateId: '$.Attributes.template',
    }));
    const message = problemsOf(scene);
    expect(message).toContain('action "Task" (CreateTask) flow is required');
    expect(message).toContain('action "Task" (CreateTask) name must be 1 to 512 characters long, got ""');
    expect(message).toContain('action "Task" (CreateTask) delay must be whole seconds from 1 to 518400, got 7 days');
    expect(message).toContain('action "Task" (CreateTask) takes only one of delay or scheduledTime, got delay 7 days and scheduledTime "$.Attributes.when"');
    expect(message).toContain('action "Task" (CreateTask) taskTemplateId must be a literal id (not a JSONPath), got "$.Attributes.template"');
  });
});
