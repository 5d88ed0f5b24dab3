import { Duration } from 'aws-cdk-lib';
import {
  CheckHoursOfOperation, Compare, ContactFlow, ContactFlowType, DisconnectParticipant, DistributeByPercentage, EndFlowExecution,
  FlowContent, FlowDefinition, FlowLoggingBehavior, FlowMessage, FlowQueueMetric, FlowValue, GetMetricData, HoursOfOperation, Loop,
  MessageParticipant, Queue, TransferContactToQueue, TransferToFlow, UpdateContactTargetQueue, UpdateFlowAttributes, UpdateFlowLoggingBehavior,
  UpdateRoutingCriteria,
} from '../../src';
import { flowScene } from '../helpers/flow';
import { actionOf, contentOf, flowErrorOf, holdMessages } from '../helpers/flow-control';
import { arnOf, importedInstance } from '../helpers/instance';
import { expectToContainEach, templateOf } from '../helpers/stack';

/** EndFlowExecution, TransferToFlow, UpdateFlowAttributes, UpdateFlowLoggingBehavior, UpdateRoutingCriteria, and a flow using the group. */

describe('EndFlowExecution', () => {
  test('ends a customer queue flow: no parameters, no transitions', () => {
    const { stack, instance, definition: d } = flowScene();
    const hello = new MessageParticipant(d, 'Hello', { message: FlowMessage.text('Please hold') });
    const end = new EndFlowExecution(d, 'End');
    hello.next(end);
    hello.onError(end);
    expect(actionOf(contentOf(stack, instance, d, ContactFlowType.CUSTOMER_QUEUE), 'End')).toEqual({
      Identifier: 'End', Type: 'EndFlowExecution', Parameters: {}, Transitions: {},
    });
  });

  test('reports a next action and an inbound flow', () => {
    const { stack, instance, definition: d } = flowScene();
    const end = new EndFlowExecution(d, 'End');
    end.next(new DisconnectParticipant(d, 'Bye'));
    expectToContainEach(flowErrorOf(stack, instance, d, ContactFlowType.CONTACT_FLOW), [
      'action "End" (EndFlowExecution) has no next action (the EndFlowExecution action ends the flow), got next("Bye")',
      'action "End" (EndFlowExecution) is not allowed in a CONTACT_FLOW flow (only in CUSTOMER_WHISPER, AGENT_WHISPER, OUTBOUND_WHISPER, CUSTOMER_QUEUE)',
    ]);
  });
});

describe('TransferToFlow', () => {
  test('names the flow by its ARN', () => {
    const { stack, instance, definition: d } = flowScene();
    const sales = ContactFlow.fromContactFlowArn(stack, 'Sales', arnOf('contact-flow', 'f1'));
    const transfer = new TransferToFlow(d, 'ToSales', { flow: sales });
    const bye = new DisconnectParticipant(d, 'Bye');
    transfer.onError(bye);
    expect(actionOf(contentOf(stack, instance, d, ContactFlowType.AGENT_TRANSFER), 'ToSales')).toEqual({
      Identifier: 'ToSales',
      Type: 'TransferToFlow',
      Parameters: { ContactFlowId: arnOf('contact-flow', 'f1') },
      Transitions: { Errors: [{ NextAction: 'Bye', ErrorType: 'NoMatchingError' }] },
    });
  });

  test('reports a missing flow, a missing error branch and a customer queue flow at once', () => {
    const { stack, instance, definition: d } = flowScene();
    new TransferToFlow(d, 'ToSales', {} as any);
    expectToContainEach(flowErrorOf(stack, instance, d, ContactFlowType.CUSTOMER_QUEUE), [
      'action "ToSales" (TransferToFlow) flow is required',
      'action "ToSales" (TransferToFlow) has no branch for NoMatchingError',
      'action "ToSales" (TransferToFlow) is not allowed in a CUSTOMER_QUEUE flow',
    ]);
  });
});

describe('UpdateFlowAttributes', () => {
  test('sets each attribute as a typed value that later actions read with FlowValue.flowAttribute', () => {
    const { stack, instance, definition: d } = flowScene();
    const set = new UpdateFlowAttributes(d, 'Remember', {
      attributes: { tries: FlowValue.text('1'), caller: FlowValue.customerEndpointAddress() },
    });
    const check = new Compare(d, 'Tried', { value: FlowValue.flowAttribute('tries') });
    const bye = new EndFlowExecution(d, 'Bye');
    set.next(check);
    set.onError(bye);
    check.onEquals('1', bye);
    check.onNoMatch(bye);
    const content = contentOf(stack, instance, d, ContactFlowType.OUTBOUND_WHISPER);
    expect(actionOf(content, 'Remember')).toEqual({
      Identifier: 'Remember',
      Type: 'UpdateFlowAttributes',
      Parameters: {
        FlowAttributes: {
          tries: { Type: 'String', Value: '1' },
          caller: { Type: 'String', Value: '$.CustomerEndpoint.Address' },
        },
      },
      Transitions: { NextAction: 'Tried', Errors: [{ NextAction: 'Bye', ErrorType: 'NoMatchingError' }] },
    });
    expect(actionOf(content, 'Tried').Parameters).toEqual({ ComparisonValue: '$.FlowAttributes.tries' });
  });

  test('reports no attribute, a blank name and values that are not FlowValues at once', () => {
    const { stack, instance, definition: d } = flowScene();
    const none = new UpdateFlowAttributes(d, 'None', { attributes: {} });
    const bad = new UpdateFlowAttributes(d, 'Bad', {
      attributes: { ' ': FlowValue.text('x'), 'plain': 'x' as any, 'empty': FlowValue.contactAttribute('') },
    });
    const bye = new DisconnectParticipant(d, 'Bye');
    none.next(bad).next(bye);
    none.onError(bye);
    bad.onError(bye);
    expectToContainEach(flowErrorOf(stack, instance, d, ContactFlowType.CONTACT_FLOW), [
      'action "None" (UpdateFlowAttributes) attributes must set at least one attribute, got {}',
      'action "Bad" (UpdateFlowAttributes) attributes must name each attribute, got the name " "',
      'action "Bad" (UpdateFlowAttributes) attributes.plain must be a FlowValue, got "x"',
      'action "Bad" (UpdateFlowAttributes) attributes.empty must name an attribute, got ""',
    ]);
  });
});

describe('UpdateFlowLoggingBehavior', () => {
  test.each([
    [FlowLoggingBehavior.ENABLED, 'Enabled'],
    [FlowLoggingBehavior.DISABLED, 'Disabled'],
  ])('%s renders %s, with no errors', (behavior, rendered) => {
    const { stack, instance, definition: d } = flowScene();
    const log = new UpdateFlowLoggingBehavior(d, 'Log', { behavior });
    log.next(holdMessages(d));
    expect(actionOf(contentOf(stack, instance, d, ContactFlowType.AGENT_HOLD), 'Log')).toEqual({
      Identifier: 'Log', Type: 'UpdateFlowLoggingBehavior', Parameters: { FlowLoggingBehavior: rendered }, Transitions: { NextAction: 'Bye' },
    });
  });

  test('reports a bad behavior, an error branch and a missing next action at once', () => {
    const { stack, instance, definition: d } = flowScene();
    const log = new UpdateFlowLoggingBehavior(d, 'Log', { behavior: 'On' as FlowLoggingBehavior });
    log.onError(new DisconnectParticipant(d, 'Bye'));
    expectToContainEach(flowErrorOf(stack, instance, d, ContactFlowType.CONTACT_FLOW), [
      'action "Log" (UpdateFlowLoggingBehavior) behavior must be a FlowLoggingBehavior, got "On"',
      'action "Log" (UpdateFlowLoggingBehavior) does not raise NoMatchingError (its errors: none)',
      'action "Log" (UpdateFlowLoggingBehavior) has no next action: call next(…)',
    ]);
  });
});

describe('UpdateRoutingCriteria', () => {
  test('renders steps as one attribute condition or an AND of several, with their expiry in seconds', () => {
    const { stack, instance, definition: d } = flowScene();
    const criteria = new UpdateRoutingCriteria(d, 'Criteria', {
      steps: [
        {
          conditions: [
            { name: 'Language', value: 'French', proficiencyLevel: 4 },
            { name: 'Product', value: 'Loans', proficiencyLevel: 3 },
          ],
          expiry: Duration.seconds(30),
        },
        { conditions: [{ name: 'Language', value: 'French', proficiencyLevel: 1 }] },
      ],
    });
    const bye = new DisconnectParticipant(d, 'Bye');
    criteria.next(bye);
    criteria.onError(bye);
    const condition = (Name: string, Value: string, ProficiencyLevel: number) => ({
      AttributeCondition: { Name, Value, ProficiencyLevel, ComparisonOperator: 'NumberGreaterOrEqualTo' },
    });
    expect(actionOf(contentOf(stack, instance, d, ContactFlowType.CUSTOMER_QUEUE), 'Criteria')).toEqual({
      Identifier: 'Criteria',
      Type: 'UpdateRoutingCriteria',
      Parameters: {
        RoutingCriteria: {
          Steps: [
            {
              Expression: { AndExpression: [condition('Language', 'French', 4), condition('Product', 'Loans', 3)] },
              Expiry: { DurationInSeconds: 30 },
            },
            { Expression: condition('Language', 'French', 1) },
          ],
        },
      },
      Transitions: { NextAction: 'Bye', Errors: [{ NextAction: 'Bye', ErrorType: 'NoMatchingError' }] },
    });
  });

  test('reports every bad step and condition, naming its place, and a hold flow at once', () => {
    const { stack, instance, definition: d } = flowScene();
    const none = new UpdateRoutingCriteria(d, 'None', { steps: [] });
    const bad = new UpdateRoutingCriteria(d, 'Bad', {
      steps: [
        { conditions: [{ name: 'x'.repeat(65), value: '', proficiencyLevel: 6 }] },
        { conditions: [], expiry: Duration.millis(500) },
        { conditions: [{ name: 'Language', value: 'French', proficiencyLevel: 2.5 }] },
      ],
    });
    const bye = new DisconnectParticipant(d, 'Bye');
    none.next(bad).next(bye);
    none.onError(bye);
    bad.onError(bye);
    expectToContainEach(flowErrorOf(stack, instance, d, ContactFlowType.CUSTOMER_HOLD), [
      'action "None" (UpdateRoutingCriteria) steps must have at least one step, got []',
      `action "Bad" (UpdateRoutingCriteria) steps[0].conditions[0].name must be 1 to 64 characters long, got "${'x'.repeat(65)}"`,
      'action "Bad" (UpdateRoutingCriteria) steps[0].conditions[0].value must be 1 to 64 characters long, got ""',
      'action "Bad" (UpdateRoutingCriteria) steps[0].conditions[0].proficiencyLevel must be 1, 2, 3, 4 or 5, got 6',
      'action "Bad" (UpdateRoutingCriteria) steps[0].expiry is required on every step but the last',
      'action "Bad" (UpdateRoutingCriteria) steps[1].conditions must have at least one condition, got []',
      'action "Bad" (UpdateRoutingCriteria) steps[1].expiry must be a whole number of seconds from 1 to',
      'action "Bad" (UpdateRoutingCriteria) steps[2].conditions[0].proficiencyLevel must be 1, 2, 3, 4 or 5, got 2.5',
      'action "Bad" (UpdateRoutingCriteria) is not allowed in a CUSTOMER_HOLD flow',
    ]);
  });
});

test('a flow of the group: hours, a retry loop on queue metrics, an A/B split and a transfer, with references as ARNs', () => {
  const { stack, instance } = importedInstance();
  const queue = Queue.fromQueueArn(stack, 'Queue', arnOf('queue', 'q1'));
  const hours = HoursOfOperation.fromHoursOfOperationArn(stack, 'Hours', arnOf('operating-hours', 'h1'));
  const after = ContactFlow.fromContactFlowArn(stack, 'AfterHours', arnOf('contact-flow', 'after'));

  const d = new FlowDefinition({ description: 'Routes callers in hours, retries while the queue is long' });
  const log = new UpdateFlowLoggingBehavior(d, 'Log', { behavior: FlowLoggingBehavior.ENABLED });
  const open = new CheckHoursOfOperation(d, 'Open', { hoursOfOperation: hours });
  const target = new UpdateContactTargetQueue(d, 'SetQueue', { queue });
  const retry = new Loop(d, 'Retry', { count: 3 });
  const metrics = new GetMetricData(d, 'Metrics', { queue });
  const long = new Compare(d, 'Long', { value: FlowValue.queueMetric(FlowQueueMetric.CONTACTS_IN_QUEUE) });
  const sorry = new MessageParticipant(d, 'Sorry', { message: FlowMessage.text('All agents are busy.') });
  const split = new DistributeByPercentage(d, 'Split');
  const criteria = new UpdateRoutingCriteria(d, 'Criteria', {
    steps: [{ conditions: [{ name: 'Language', value: 'French', proficiencyLevel: 3 }], expiry: Duration.minutes(1) }],
  });
  const transfer = new TransferContactToQueue(d, 'Transfer');
  const closed = new TransferToFlow(d, 'Closed', { flow: after });
  const bye = new DisconnectParticipant(d, 'Bye');

  log.next(open);
  open.onInHours(target);
  open.onOutOfHours(closed);
  open.onError(bye);
  target.next(retry);
  target.onError(bye);
  retry.onContinueLooping(metrics);
  retry.onDoneLooping(transfer);
  metrics.next(long);
  metrics.onError(bye);
  long.onNumberGreaterThan(10, sorry);
  long.onNoMatch(split);
  sorry.next(retry);
  sorry.onError(bye);
  split.onPercentage(50, criteria);
  split.onRemainder(transfer);
  criteria.next(transfer);
  criteria.onError(transfer);
  transfer.onQueueAtCapacity(bye);
  transfer.onError(bye);
  closed.onError(bye);

  new ContactFlow(stack, 'Flow', { instance, content: FlowContent.fromDefinition(d) });
  const template = templateOf(stack);
  const content = JSON.parse(Object.values(template.findResources('AWS::Connect::ContactFlow'))[0].Properties.Content);
  expect(content.StartAction).toBe('Log');
  expect(actionOf(content, 'Sorry').Transitions.NextAction).toBe('Retry');
  expect(template.toJSON()).toMatchSnapshot();
});
