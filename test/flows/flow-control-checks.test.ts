import {
  CheckHoursOfOperation, CheckMetricData, CheckOutboundCallStatus, CheckVoiceId, Compare, ContactFlowType, DisconnectParticipant, EndFlowExecution,
  FlowConditionOperator, FlowQueueMetric, FlowValue, GetMetricData, HoursOfOperation, Queue, QueueMetricChannel,
  QueueMetricType, StartVoiceIdStream, User, VoiceIdCheck,
} from '../../src';
import { flowScene, whenEquals } from '../helpers/flow';
import { actionOf, contentOf, flowErrorOf, holdMessages } from '../helpers/flow-control';
import { arnOf, importedInstance } from '../helpers/instance';
import { expectToContainEach } from '../helpers/stack';

/** CheckHoursOfOperation, CheckMetricData, GetMetricData, CheckOutboundCallStatus, CheckVoiceId, StartVoiceIdStream. */

describe('CheckHoursOfOperation', () => {
  test('checks the given hours: True in hours, False out of hours, the error branch as next action', () => {
    const { stack, instance, definition: d } = flowScene();
    const hours = HoursOfOperation.fromHoursOfOperationArn(stack, 'Hours', arnOf('operating-hours', 'h1'));
    const check = new CheckHoursOfOperation(d, 'Open', { hoursOfOperation: hours });
    const open = new DisconnectParticipant(d, 'InHours');
    const closed = new DisconnectParticipant(d, 'OutOfHours');
    expect(check.onInHours(open)).toBe(open);
    check.onOutOfHours(closed);
    check.onError(closed);
    expect(actionOf(contentOf(stack, instance, d), 'Open')).toEqual({
      Identifier: 'Open',
      Type: 'CheckHoursOfOperation',
      Parameters: { HoursOfOperationId: arnOf('operating-hours', 'h1') },
      Transitions: {
        NextAction: 'OutOfHours',
        Conditions: [whenEquals('True', 'InHours'), whenEquals('False', 'OutOfHours')],
        Errors: [{ NextAction: 'OutOfHours', ErrorType: 'NoMatchingError' }],
      },
    });
  });

  test('without hours, checks those of the target queue (no parameter); allowed in a module', () => {
    const { stack, instance, definition: d } = flowScene();
    const check = new CheckHoursOfOperation(d, 'Open');
    const bye = new DisconnectParticipant(d, 'Bye');
    check.onInHours(bye);
    check.onOutOfHours(bye);
    check.onError(bye);
    expect(actionOf(contentOf(stack, instance, d, ContactFlowType.QUEUE_TRANSFER), 'Open').Parameters).toEqual({});
    const other = importedInstance();
    expect(() => flowErrorOf(other.stack, other.instance, d)).toThrow('expected an error, but none was thrown');
  });

  test('reports both missing branches, a missing error branch and a whisper flow at once', () => {
    const { stack, instance, definition: d } = flowScene();
    new CheckHoursOfOperation(d, 'Open');
    expectToContainEach(flowErrorOf(stack, instance, d, ContactFlowType.AGENT_WHISPER), [
      'action "Open" (CheckHoursOfOperation) has no branch for the result True: call onInHours(…)',
      'action "Open" (CheckHoursOfOperation) has no branch for the result False: call onOutOfHours(…)',
      'action "Open" (CheckHoursOfOperation) has no branch for NoMatchingError',
      'action "Open" (CheckHoursOfOperation) is not allowed in a AGENT_WHISPER flow',
    ]);
  });
});

describe('CheckMetricData', () => {
  test('branches on a queue metric with Equals and Number operators, and NoMatchingCondition', () => {
    const { stack, instance, definition: d } = flowScene();
    const queue = Queue.fromQueueArn(stack, 'Queue', arnOf('queue', 'q1'));
    const check = new CheckMetricData(d, 'Waiting', { metricType: QueueMetricType.OLDEST_CONTACT_IN_QUEUE_AGE_SECONDS, queue });
    const long = new DisconnectParticipant(d, 'Long');
    const none = new DisconnectParticipant(d, 'None');
    const other = new DisconnectParticipant(d, 'Other');
    check.onMetric(FlowConditionOperator.NUMBER_GREATER_THAN, 300, long);
    check.onMetric(FlowConditionOperator.EQUALS, 0, none);
    check.onNoMatch(other);
    check.onError(other);
    expect(actionOf(contentOf(stack, instance, d), 'Waiting')).toEqual({
      Identifier: 'Waiting',
      Type: 'CheckMetricData',
      Parameters: { MetricType: 'OldestContactInQueueAgeSeconds', QueueId: arnOf('queue', 'q1') },
      Transitions: {
        NextAction: 'Other',
        Conditions: [
          { NextAction: 'Long', Condition: { Operator: 'NumberGreaterThan', Operands: ['300'] } },
          { NextAction: 'None', Condition: { Operator: 'Equals', Operands: ['0'] } },
        ],
        Errors: [
          { NextAction: 'Other', ErrorType: 'NoMatchingCondition' },
          { NextAction: 'Other', ErrorType: 'NoMatchingError' },
        ],
      },
    });
  });

  test('checks for an agent on an agent queue with NumberGreaterThan 0, the only condition of agent counts', () => {
    const { stack, instance, definition: d } = flowScene();
    const agent = User.fromUserArn(stack, 'Agent', arnOf('agent', 'a1'));
    const check = new CheckMetricData(d, 'Staffed', { metricType: QueueMetricType.NUMBER_OF_AGENTS_STAFFED, agent });
    const bye = new DisconnectParticipant(d, 'Bye');
    check.onMetric(FlowConditionOperator.NUMBER_GREATER_THAN, 0, bye);
    check.onError(bye);
    const action = actionOf(contentOf(stack, instance, d, ContactFlowType.CUSTOMER_QUEUE), 'Staffed');
    expect(action.Parameters).toEqual({ MetricType: 'NumberOfAgentsStaffed', AgentId: arnOf('agent', 'a1') });
    expect(action.Transitions.Errors).toEqual([{ NextAction: 'Bye', ErrorType: 'NoMatchingError' }]);
  });

  test('reports queue and agent together, conditions an agent count or a queue metric does not support, and no condition', () => {
    const { stack, instance, definition: d } = flowScene();
    const queue = Queue.fromQueueArn(stack, 'Queue', arnOf('queue', 'q1'));
    const agent = User.fromUserArn(stack, 'Agent', arnOf('agent', 'a1'));
    const agents = new CheckMetricData(d, 'Agents', { metricType: QueueMetricType.NUMBER_OF_AGENTS_AVAILABLE, queue, agent });
    const bye = new DisconnectParticipant(d, 'Bye');
    agents.onMetric(FlowConditionOperator.NUMBER_GREATER_THAN, 2, bye);
    agents.onNoMatch(bye);
    agents.onError(bye);
    const size = new CheckMetricData(d, 'Size', { metricType: QueueMetricType.NUMBER_OF_CONTACTS_IN_QUEUE });
    agents.next(size);
    size.onMetric(FlowConditionOperator.TEXT_CONTAINS, 1, bye);
    size.onMetric(FlowConditionOperator.NUMBER_LESS_THAN, Infinity, bye);
    size.onError(bye);
    const empty = new CheckMetricData(d, 'Empty', { metricType: 'Queued' as QueueMetricType });
    size.next(empty);
    empty.onError(bye);

    expectToContainEach(flowErrorOf(stack, instance, d, ContactFlowType.CONTACT_FLOW), [
      'action "Agents" (CheckMetricData) give queue or agent, not both',
      'action "Agents" (CheckMetricData) with NumberOfAgentsAvailable the only condition is NumberGreaterThan 0, got NumberGreaterThan 2',
      'action "Agents" (CheckMetricData) does not raise NoMatchingCondition (its errors: NoMatchingError)',
      'action "Size" (CheckMetricData) conditions on NumberOfContactsInQueue use Equals or a Number… operator, got "TextContains"',
      'action "Size" (CheckMetricData) value of NumberLessThan must be a finite number, got null',
      'action "Empty" (CheckMetricData) metricType must be a QueueMetricType, got "Queued"',
      'action "Empty" (CheckMetricData) has no condition: add one with onMetric(…)',
    ]);
  });
});

describe('GetMetricData', () => {
  test('loads a queue\'s metrics for a channel; later actions read them with FlowValue.queueMetric', () => {
    const { stack, instance, definition: d } = flowScene();
    const queue = Queue.fromQueueArn(stack, 'Queue', arnOf('queue', 'q1'));
    const metrics = new GetMetricData(d, 'Metrics', { queue, channel: QueueMetricChannel.VOICE });
    const busy = new Compare(d, 'Busy', { value: FlowValue.queueMetric(FlowQueueMetric.OLDEST_CONTACT_AGE) });
    const bye = holdMessages(d);
    metrics.next(busy);
    metrics.onError(bye);
    busy.onNumberGreaterThan(120, bye);
    busy.onNoMatch(bye);
    const content = contentOf(stack, instance, d, ContactFlowType.AGENT_HOLD);
    expect(actionOf(content, 'Metrics')).toEqual({
      Identifier: 'Metrics',
      Type: 'GetMetricData',
      Parameters: { QueueId: arnOf('queue', 'q1'), QueueChannel: 'Voice' },
      Transitions: { NextAction: 'Busy', Errors: [{ NextAction: 'Bye', ErrorType: 'NoMatchingError' }] },
    });
    expect(actionOf(content, 'Busy').Parameters).toEqual({ ComparisonValue: '$.Metrics.Queue.OldestContactAge' });
  });

  test('every queue metric reads its documented JSONPath', () => {
    expect(Object.values(FlowQueueMetric).map(m => FlowValue.queueMetric(m).toString())).toEqual([
      '$.Metrics.Queue.Name', '$.Metrics.Queue.ARN', '$.Metrics.Queue.Size', '$.Metrics.Queue.OldestContactAge',
      '$.Metrics.Agents.Online.Count', '$.Metrics.Agents.Available.Count', '$.Metrics.Agents.Staffed.Count',
      '$.Metrics.Agents.AfterContactWork.Count', '$.Metrics.Agents.Busy.Count', '$.Metrics.Agents.Missed.Count',
      '$.Metrics.Agents.NonProductive.Count',
    ]);
  });

  test('an agent queue without a channel, or the target queue with no parameter', () => {
    const { stack, instance, definition: d } = flowScene();
    const agent = User.fromUserArn(stack, 'Agent', arnOf('agent', 'a1'));
    const mine = new GetMetricData(d, 'Mine', { agent });
    const target = new GetMetricData(d, 'Target');
    const bye = new DisconnectParticipant(d, 'Bye');
    mine.next(target).next(bye);
    mine.onError(bye);
    target.onError(bye);
    const content = contentOf(stack, instance, d);
    expect(actionOf(content, 'Mine').Parameters).toEqual({ AgentId: arnOf('agent', 'a1') });
    expect(actionOf(content, 'Target').Parameters).toEqual({});
  });

  test('reports queue and agent together, a bad channel, a missing next action and error branch at once', () => {
    const { stack, instance, definition: d } = flowScene();
    const queue = Queue.fromQueueArn(stack, 'Queue', arnOf('queue', 'q1'));
    const agent = User.fromUserArn(stack, 'Agent', arnOf('agent', 'a1'));
    new GetMetricData(d, 'Metrics', { queue, agent, channel: 'Email' as QueueMetricChannel });
    expectToContainEach(flowErrorOf(stack, instance, d, ContactFlowType.CONTACT_FLOW), [
      'action "Metrics" (GetMetricData) give queue or agent, not both',
      'action "Metrics" (GetMetricData) channel must be a QueueMetricChannel, got "Email"',
      'action "Metrics" (GetMetricData) has no next action: call next(…)',
      'action "Metrics" (GetMetricData) has no branch for NoMatchingError',
    ]);
  });
});

describe('CheckOutboundCallStatus', () => {
  test('branches on each result of the answering machine detection', () => {
    const { stack, instance, definition: d } = flowScene();
    const check = new CheckOutboundCallStatus(d, 'Progress');
    const person = new DisconnectParticipant(d, 'Person');
    const machine = new DisconnectParticipant(d, 'Machine');
    check.onCallAnswered(person);
    check.onVoicemailBeep(machine);
    check.onVoicemailNoBeep(machine);
    check.onNotDetected(person);
    check.onError(machine);
    expect(actionOf(contentOf(stack, instance, d), 'Progress')).toEqual({
      Identifier: 'Progress',
      Type: 'CheckOutboundCallStatus',
      Parameters: {},
      Transitions: {
        NextAction: 'Machine',
        Conditions: [whenEquals('CallAnswered', 'Person'), whenEquals('VoicemailBeep', 'Machine'), whenEquals('VoicemailNoBeep', 'Machine'), whenEquals('NotDetected', 'Person')],
        Errors: [{ NextAction: 'Machine', ErrorType: 'NoMatchingError' }],
      },
    });
  });

  test('reports a repeated result and a missing error branch', () => {
    const { stack, instance, definition: d } = flowScene();
    const check = new CheckOutboundCallStatus(d, 'Progress');
    const bye = new DisconnectParticipant(d, 'Bye');
    check.onCallAnswered(bye);
    check.onCallAnswered(bye);
    expectToContainEach(flowErrorOf(stack, instance, d, ContactFlowType.CONTACT_FLOW), [
      'action "Progress" (CheckOutboundCallStatus) has more than one branch for Equals CallAnswered',
      'action "Progress" (CheckOutboundCallStatus) has no branch for NoMatchingError',
    ]);
  });
});

describe('Voice ID', () => {
  test('StartVoiceIdStream then CheckVoiceId branches on each result of the check', () => {
    const { stack, instance, definition: d } = flowScene();
    const start = new StartVoiceIdStream(d, 'Start');
    const enrolled = new CheckVoiceId(d, 'Enrollment', { check: VoiceIdCheck.ENROLLMENT_STATUS });
    const auth = new CheckVoiceId(d, 'Auth', { check: VoiceIdCheck.VOICE_AUTHENTICATION });
    const fraud = new CheckVoiceId(d, 'Fraud', { check: VoiceIdCheck.FRAUD_DETECTION });
    const bye = new EndFlowExecution(d, 'Bye');
    start.next(enrolled);
    start.onError(bye);
    enrolled.onEnrolled(auth);
    enrolled.onNotEnrolled(bye);
    enrolled.onOptedOut(bye);
    enrolled.onError(bye);
    auth.onAuthenticated(fraud);
    auth.onNotAuthenticated(bye);
    auth.onInconclusive(bye);
    auth.onNotEnrolled(bye);
    auth.onOptedOut(bye);
    auth.onError(bye);
    fraud.onHighRisk(bye);
    fraud.onLowRisk(bye);
    fraud.onInconclusive(bye);
    fraud.onError(bye);

    const content = contentOf(stack, instance, d, ContactFlowType.CUSTOMER_WHISPER);
    expect(actionOf(content, 'Start')).toEqual({
      Identifier: 'Start',
      Type: 'StartVoiceIdStream',
      Parameters: {},
      Transitions: { NextAction: 'Enrollment', Errors: [{ NextAction: 'Bye', ErrorType: 'NoMatchingError' }] },
    });
    const results = (id: string) => actionOf(content, id).Transitions.Conditions.map((c: any) => c.Condition.Operands[0]);
    expect(actionOf(content, 'Enrollment').Parameters).toEqual({ CheckVoiceIdOption: 'enrollmentStatus' });
    expect(results('Enrollment')).toEqual(['Enrolled', 'NotEnrolled', 'OptedOut']);
    expect(actionOf(content, 'Auth').Parameters).toEqual({ CheckVoiceIdOption: 'voiceAuthentication' });
    expect(results('Auth')).toEqual(['Authenticated', 'NotAuthenticated', 'Inconclusive', 'NotEnrolled', 'OptedOut']);
    expect(actionOf(content, 'Fraud').Parameters).toEqual({ CheckVoiceIdOption: 'fraudDetection' });
    expect(results('Fraud')).toEqual(['HighRisk', 'LowRisk', 'Inconclusive']);
    expect(actionOf(content, 'Fraud').Transitions.NextAction).toBe('Bye');
  });

  test('reports a result the check does not return, a bad check and StartVoiceIdStream in a hold flow at once', () => {
    const { stack, instance, definition: d } = flowScene();
    const start = new StartVoiceIdStream(d, 'Start');
    const fraud = new CheckVoiceId(d, 'Fraud', { check: VoiceIdCheck.FRAUD_DETECTION });
    const odd = new CheckVoiceId(d, 'Odd', { check: 'voicePrint' as VoiceIdCheck });
    const bye = new DisconnectParticipant(d, 'Bye');
    start.next(fraud);
    start.onError(bye);
    fraud.onEnrolled(odd);
    fraud.onError(bye);
    odd.onError(bye);
    expectToContainEach(flowErrorOf(stack, instance, d, ContactFlowType.CUSTOMER_HOLD), [
      'action "Fraud" (CheckVoiceId) the check fraudDetection does not return Enrolled (it returns HighRisk, LowRisk, Inconclusive)',
      'action "Odd" (CheckVoiceId) check must be a VoiceIdCheck, got "voicePrint"',
      'action "Start" (StartVoiceIdStream) is not allowed in a CUSTOMER_HOLD flow',
    ]);
  });
});
