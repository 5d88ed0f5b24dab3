import { Duration, Stack } from 'aws-cdk-lib';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import {
  AssociateContactToCustomerProfile, ContactFlow, ContactFlowType, CreateCallbackContact, CreateCustomerProfile, CustomerProfileSearchOperator,
  DisconnectParticipant, FlowAction, FlowContent, FlowDefinition, FlowMessage, FlowValue, GetCalculatedAttributesForCustomerProfile,
  GetCustomerProfile, GetCustomerProfileObject, InvokeLambdaFunction, LambdaInvocationType, LambdaResponseType, MessageParticipant,
  MessageParticipantIteratively, Queue,
  UpdateCustomerProfile, User,
} from '../../src';
import { arnOf, importedInstance, INSTANCE_ARN } from '../helpers/instance';
import { errorOf, expectToContainEach, templateOf } from '../helpers/stack';

/** The interactions of the Flow language: their JSON, branches, checks and flow types. */

const FUNCTION_ARN = 'arn:aws:lambda:us-east-1:123456789012:function:lookup';

function lookup(stack: Stack): lambda.IFunction {
  return lambda.Function.fromFunctionAttributes(stack, 'Lookup', { functionArn: FUNCTION_ARN, sameEnvironment: true });
}

/** The flow (of `type`) of `definition` in `stack`, and its actions by identifier. */
function rendered(stack: Stack, definition: FlowDefinition, type = ContactFlowType.CONTACT_FLOW) {
  const instance = stack.node.findChild('ContactCenter') as any;
  new ContactFlow(stack, 'Flow', { instance, type, content: FlowContent.fromDefinition(definition) });
  const template = templateOf(stack);
  const [flow] = Object.values(template.findResources('AWS::Connect::ContactFlow'));
  const content = JSON.parse(flow.Properties.Content);
  const actions: Record<string, any> = Object.fromEntries(content.Actions.map((a: any) => [a.Identifier, a]));
  return { template, content, actions };
}

function problemsOf(stack: Stack, definition: FlowDefinition, type = ContactFlowType.CONTACT_FLOW): string {
  const instance = stack.node.findChild('ContactCenter') as any;
  return errorOf(() => new ContactFlow(stack, 'Flow', { instance, type, content: FlowContent.fromDefinition(definition) }));
}

/** A definition whose first action is made by `make`, going on to `Bye` on success and on any error. */
function around<T extends FlowAction>(make: (d: FlowDefinition) => T) {
  const definition = new FlowDefinition();
  const action = make(definition);
  const bye = new DisconnectParticipant(definition, 'Bye');
  action.next(bye);
  action.onError(bye);
  return { definition, action, bye };
}

describe('InvokeLambdaFunction', () => {
  test('writes the function, timeout, invocation type, attributes and response type; results are read under $.External', () => {
    const { stack } = importedInstance();
    const fn = lookup(stack);
    const definition = new FlowDefinition();
    const invoke = new InvokeLambdaFunction(definition, 'Lookup', {
      lambdaFunction: fn,
      timeout: Duration.seconds(8),
      attributes: { caller: FlowValue.customerEndpointAddress(), purpose: FlowValue.text('lookup') },
      responseType: LambdaResponseType.JSON,
    });
    const greet = new MessageParticipant(definition, 'Greet', { message: FlowMessage.textOf([FlowValue.text('Hello '), FlowValue.external('name')]) });
    const bye = new DisconnectParticipant(definition, 'Bye');
    invoke.next(greet).next(bye);
    invoke.onError(bye);
    greet.onError(bye);
    const { actions, template } = rendered(stack, definition);
    expect(actions.Lookup).toEqual({
      Identifier: 'Lookup',
      Type: 'InvokeLambdaFunction',
      Parameters: {
        LambdaFunctionARN: FUNCTION_ARN,
        InvocationTimeLimitSeconds: '8',
        InvocationType: 'SYNCHRONOUS',
        LambdaInvocationAttributes: { caller: '$.CustomerEndpoint.Address', purpose: 'lookup' },
        ResponseValidation: { ResponseType: 'JSON' },
      },
      Transitions: { NextAction: 'Greet', Errors: [{ NextAction: 'Bye', ErrorType: 'NoMatchingError' }] },
    });
    expect(actions.Greet.Parameters).toEqual({ Text: 'Hello $.External.name' });
    template.hasResourceProperties('AWS::Connect::IntegrationAssociation', {
      InstanceId: INSTANCE_ARN, IntegrationType: 'LAMBDA_FUNCTION', IntegrationArn: FUNCTION_ARN,
    });
    template.hasResourceProperties('AWS::Lambda::Permission', {
      Action: 'lambda:InvokeFunction', FunctionName: FUNCTION_ARN, Principal: 'connect.amazonaws.com', SourceArn: INSTANCE_ARN,
    });
  });

  test('by default: synchronous, 3 seconds, a string map, no attributes; an asynchronous call may wait 60 seconds', () => {
    const { stack } = importedInstance();
    const fn = lookup(stack);
    const sync = around(d => new InvokeLambdaFunction(d, 'Lookup', { lambdaFunction: fn })).action;
    expect(sync.toJson().Parameters).toEqual({
      LambdaFunctionARN: FUNCTION_ARN, InvocationTimeLimitSeconds: '3', InvocationType: 'SYNCHRONOUS', ResponseValidation: { ResponseType: 'STRING_MAP' },
    });
    // In a hold flow, as in every flow type.
    const definition = new FlowDefinition();
    const later = new InvokeLambdaFunction(definition, 'Later', {
      lambdaFunction: fn, invocationType: LambdaInvocationType.ASYNCHRONOUS, timeout: Duration.minutes(1),
    });
    const music = new MessageParticipantIteratively(definition, 'Music', { messages: [FlowMessage.text('Please hold')] });
    later.next(music);
    later.onError(music);
    music.onError(later);
    expect(rendered(stack, definition, ContactFlowType.CUSTOMER_HOLD).actions.Later.Parameters)
      .toMatchObject({ InvocationTimeLimitSeconds: '60', InvocationType: 'ASYNCHRONOUS' });
  });

  test('reports a timeout out of range, bad attributes and a missing error branch', () => {
    const { stack } = importedInstance();
    const fn = lookup(stack);
    const definition = new FlowDefinition();
    const sync = new InvokeLambdaFunction(definition, 'Sync', {
      lambdaFunction: fn, timeout: Duration.seconds(9), attributes: { '': FlowValue.text('x'), 'id': FlowValue.jsonPath('ContactId') },
    });
    const async = new InvokeLambdaFunction(definition, 'Async', { lambdaFunction: fn, invocationType: LambdaInvocationType.ASYNCHRONOUS, timeout: Duration.seconds(61) });
    const bye = new DisconnectParticipant(definition, 'Bye');
    sync.next(async).next(bye);
    async.onError(bye);
    expectToContainEach(problemsOf(stack, definition), [
      'action "Sync" (InvokeLambdaFunction) timeout (synchronous) must be a whole number of seconds from 1 to 8, got 9 seconds',
      'action "Sync" (InvokeLambdaFunction) attributes must not have an empty name',
      'action "Sync" (InvokeLambdaFunction) attributes.id must be a JSONPath starting with "$.", got "ContactId"',
      'action "Sync" (InvokeLambdaFunction) has no branch for NoMatchingError',
      'action "Async" (InvokeLambdaFunction) timeout (asynchronous) must be a whole number of seconds from 1 to 60, got 61 seconds',
    ]);
  });
});

describe('CreateCallbackContact', () => {
  test('writes the queue, the delays, the attempts and the callback flow', () => {
    const { stack } = importedInstance();
    const queue = Queue.fromQueueArn(stack, 'Queue', arnOf('queue', 'q-1'));
    const callbackFlow = ContactFlow.fromContactFlowArn(stack, 'Outbound', arnOf('contact-flow', 'f-1'));
    const { definition } = around(d => new CreateCallbackContact(d, 'Callback', {
      queue, initialDelay: Duration.seconds(30), maximumAttempts: 3, retryDelay: Duration.minutes(10), flow: callbackFlow,
    }));
    expect(rendered(stack, definition, ContactFlowType.CUSTOMER_QUEUE).actions.Callback).toEqual({
      Identifier: 'Callback',
      Type: 'CreateCallbackContact',
      Parameters: {
        QueueId: arnOf('queue', 'q-1'),
        InitialCallDelaySeconds: '30',
        MaximumConnectionAttempts: '3',
        RetryDelaySeconds: '600',
        ContactFlowId: arnOf('contact-flow', 'f-1'),
      },
      Transitions: { NextAction: 'Bye', Errors: [{ NextAction: 'Bye', ErrorType: 'NoMatchingError' }] },
    });
  });

  test('routes to an agent; reports a queue and an agent together, delays out of range, no attempt, and whisper flows', () => {
    const { stack } = importedInstance();
    const agent = User.fromUserArn(stack, 'Agent', arnOf('agent', 'a-1'));
    const queue = Queue.fromQueueArn(stack, 'Queue', arnOf('queue', 'q-1'));
    const toAgent = around(d => new CreateCallbackContact(d, 'Callback', {
      agent, initialDelay: Duration.days(3), maximumAttempts: 1, retryDelay: Duration.seconds(1),
    })).action;
    expect(toAgent.toJson().Parameters).toEqual({
      AgentId: arnOf('agent', 'a-1'), InitialCallDelaySeconds: '259200', MaximumConnectionAttempts: '1', RetryDelaySeconds: '1',
    });
    const { definition } = around(d => new CreateCallbackContact(d, 'Callback', {
      queue, agent, initialDelay: Duration.seconds(0), maximumAttempts: 0, retryDelay: Duration.seconds(259_201),
    }));
    const callback = 'action "Callback" (CreateCallbackContact)';
    expectToContainEach(problemsOf(stack, definition, ContactFlowType.AGENT_WHISPER), [
      `${callback} takes a queue or an agent, not both, got queue TestStack/Queue and agent TestStack/Agent`,
      `${callback} initialDelay must be a whole number of seconds from 1 to 259200, got 0 seconds`,
      `${callback} maximumAttempts must be a whole number of at least 1, got 0`,
      `${callback} retryDelay must be a whole number of seconds from 1 to 259200, got 259201 seconds`,
      `${callback} is not allowed in a AGENT_WHISPER flow (only in CONTACT_FLOW, AGENT_TRANSFER, QUEUE_TRANSFER, CUSTOMER_QUEUE, FLOW_MODULE)`,
    ]);
  });
});

describe('Customer Profiles', () => {
  test('finds a profile by the caller\'s number, associates the contact, reads an order and calculated attributes', () => {
    const { stack } = importedInstance();
    const definition = new FlowDefinition();
    const find = new GetCustomerProfile(definition, 'Find', {
      searchBy: [{ name: '_phone', value: FlowValue.customerEndpointAddress() }],
      responseFields: ['FirstName', 'LastName'],
    });
    const associate = new AssociateContactToCustomerProfile(definition, 'Associate');
    const order = new GetCustomerProfileObject(definition, 'Order', { objectType: '_order', useLatest: true, responseFields: ['OrderStatus'] });
    const stats = new GetCalculatedAttributesForCustomerProfile(definition, 'Stats', { responseFields: ['CalculatedAttributes._average_hold_time'] });
    const create = new CreateCustomerProfile(definition, 'Create', {
      fields: { PhoneNumber: FlowValue.customerEndpointAddress(), FirstName: FlowValue.text('Unknown') }, responseFields: ['PhoneNumber'],
    });
    const update = new UpdateCustomerProfile(definition, 'Update', { fields: { 'Attributes.lastChannel': FlowValue.channel() } });
    const bye = new DisconnectParticipant(definition, 'Bye');
    find.next(associate).next(order).next(stats).next(update).next(bye);
    expect(find.onNoneFound(create)).toBe(create);
    find.onMultipleFound(bye);
    order.onNoneFound(stats);
    stats.onNoneFound(update);
    create.next(associate);
    for (const action of [find, associate, order, stats, create, update]) {
      action.onError(bye);
    }
    const { actions } = rendered(stack, definition);
    expect(actions.Find).toEqual({
      Identifier: 'Find',
      Type: 'GetCustomerProfile',
      Parameters: {
        ProfileRequestData: { IdentifierName: '_phone', IdentifierValue: '$.CustomerEndpoint.Address' },
        ProfileResponseData: ['FirstName', 'LastName'],
      },
      Transitions: {
        NextAction: 'Associate',
        Errors: [
          { NextAction: 'Create', ErrorType: 'NoneFoundError' },
          { NextAction: 'Bye', ErrorType: 'MultipleFoundError' },
          { NextAction: 'Bye', ErrorType: 'NoMatchingError' },
        ],
      },
    });
    expect(actions.Associate.Parameters).toEqual({ ProfileRequestData: { ProfileId: '$.Customer.ProfileId', ContactId: '$.ContactId' } });
    expect(actions.Order.Parameters).toEqual({
      ProfileRequestData: { ProfileId: '$.Customer.ProfileId', ObjectType: '_order', UseLatest: true }, ProfileResponseData: ['OrderStatus'],
    });
    expect(actions.Order.Transitions.Errors.map((e: any) => e.ErrorType)).toEqual(['NoneFoundError', 'NoMatchingError']);
    expect(actions.Stats.Parameters).toEqual({
      ProfileRequestData: { ProfileId: '$.Customer.ProfileId' }, ProfileResponseData: ['CalculatedAttributes._average_hold_time'],
    });
    expect(actions.Create.Parameters).toEqual({
      ProfileRequestData: { PhoneNumber: '$.CustomerEndpoint.Address', FirstName: 'Unknown' }, ProfileResponseData: ['PhoneNumber'],
    });
    expect(actions.Update.Parameters).toEqual({ ProfileRequestData: { 'Attributes.lastChannel': '$.Channel' } });
  });

  test('are allowed in every flow type, such as a hold flow', () => {
    const { stack } = importedInstance();
    const definition = new FlowDefinition();
    const find = new GetCustomerProfile(definition, 'Find', { searchBy: [{ name: '_phone', value: FlowValue.customerEndpointAddress() }] });
    const music = new MessageParticipantIteratively(definition, 'Music', { messages: [FlowMessage.text('Please hold')] });
    find.next(music);
    find.onError(music);
    music.onError(find);
    expect(rendered(stack, definition, ContactFlowType.AGENT_HOLD).actions.Find.Type).toBe('GetCustomerProfile');
  });

  test('several search identifiers are written as SearchCriteria with their operator; an object by identifier', () => {
    const searchBy = [
      { name: '_email', value: FlowValue.contactAttribute('email') },
      { name: '_account', value: FlowValue.external('account') },
    ];
    const find = around(d => new GetCustomerProfile(d, 'Find', { searchBy, operator: CustomerProfileSearchOperator.OR })).action;
    expect(find.toJson().Parameters).toEqual({
      ProfileRequestData: {
        SearchCriteria: [
          { IdentifierName: '_email', IdentifierValue: '$.Attributes.email' },
          { IdentifierName: '_account', IdentifierValue: '$.External.account' },
        ],
        LogicalOperator: 'OR',
      },
    });
    const asset = around(d => new GetCustomerProfileObject(d, 'Asset', {
      objectType: '_asset', profileId: FlowValue.contactAttribute('profile'), identifier: { name: '_assetId', value: FlowValue.external('asset') },
    })).action;
    expect(asset.toJson().Parameters).toEqual({
      ProfileRequestData: { ProfileId: '$.Attributes.profile', ObjectType: '_asset', IdentifierName: '_assetId', IdentifierValue: '$.External.asset' },
    });
  });

  test('reports bad identifiers, fields and missing choices at once', () => {
    const { stack } = importedInstance();
    const definition = new FlowDefinition();
    const identifier = { name: '_phone', value: FlowValue.customerEndpointAddress() };
    const none = new GetCustomerProfile(definition, 'None', { searchBy: [], responseFields: ['FirstName', 'FirstName', ''] });
    const many = new GetCustomerProfile(definition, 'Many', { searchBy: [identifier, identifier, identifier, identifier, identifier, { name: '', value: FlowValue.jsonPath('x') }] });
    const object = new GetCustomerProfileObject(definition, 'Object', { objectType: '' });
    const stats = new GetCalculatedAttributesForCustomerProfile(definition, 'Stats', { responseFields: [] });
    const create = new CreateCustomerProfile(definition, 'Create', { fields: { FirstName: FlowValue.jsonPath('Attributes.name') } });
    const associate = new AssociateContactToCustomerProfile(definition, 'Associate', { profileId: FlowValue.contactAttribute('') });
    const bye = new DisconnectParticipant(definition, 'Bye');
    for (const [action, next] of [[none, many], [many, object], [object, stats], [stats, create], [create, associate], [associate, bye]] as const) {
      action.next(next);
      action.onError(bye);
    }
    expectToContainEach(problemsOf(stack, definition), [
      'action "None" (GetCustomerProfile) searchBy must hold 1 to 5 identifiers, got 0',
      'action "None" (GetCustomerProfile) responseFields must not hold an empty name, got ""',
      'action "None" (GetCustomerProfile) responseFields must not repeat a name, got ["FirstName"] twice',
      'action "Many" (GetCustomerProfile) searchBy must hold 1 to 5 identifiers, got 6',
      'action "Many" (GetCustomerProfile) searchBy[5].name must name a search identifier, got ""',
      'action "Many" (GetCustomerProfile) searchBy[5].value must be a JSONPath starting with "$.", got "x"',
      'action "Object" (GetCustomerProfileObject) objectType must not be empty, got ""',
      'action "Object" (GetCustomerProfileObject) needs an identifier or useLatest: true, got useLatest undefined and no identifier',
      'action "Stats" (GetCalculatedAttributesForCustomerProfile) responseFields must name at least one calculated attribute, got []',
      'action "Create" (CreateCustomerProfile) fields.FirstName must be a JSONPath starting with "$.", got "Attributes.name"',
      'action "Associate" (AssociateContactToCustomerProfile) profileId must name an attribute, got ""',
    ]);
  });
});

test('a flow of the interactions, as deployed', () => {
  const { stack } = importedInstance();
  const fn = lookup(stack);
  const queue = Queue.fromQueueArn(stack, 'Queue', arnOf('queue', 'q-1'));
  const definition = new FlowDefinition({ description: 'Looks the caller up, then offers a callback' });
  const invoke = new InvokeLambdaFunction(definition, 'Lookup', { lambdaFunction: fn, attributes: { caller: FlowValue.customerEndpointAddress() } });
  const find = new GetCustomerProfile(definition, 'Profile', { searchBy: [{ name: '_phone', value: FlowValue.customerEndpointAddress() }] });
  const callback = new CreateCallbackContact(definition, 'Callback', {
    queue, initialDelay: Duration.seconds(30), maximumAttempts: 2, retryDelay: Duration.minutes(5),
  });
  const bye = new DisconnectParticipant(definition, 'Bye');
  invoke.next(find).next(callback).next(bye);
  find.onNoneFound(callback);
  find.onMultipleFound(callback);
  for (const action of [invoke, find, callback]) {
    action.onError(bye);
  }
  const { template, content } = rendered(stack, definition);
  expect(content.Actions).toHaveLength(4);
  template.resourceCountIs('AWS::Connect::IntegrationAssociation', 1);
  template.resourceCountIs('AWS::Lambda::Permission', 1);
  expect(template.toJSON()).toMatchSnapshot();
});
