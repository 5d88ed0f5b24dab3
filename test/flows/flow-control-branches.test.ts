import { Duration } from 'aws-cdk-lib';
import {
  Compare, ContactFlowType, DisconnectParticipant, DistributeByPercentage, FlowConditionOperator, FlowDefinition, FlowMessage,
  FlowQueueMetric, FlowValue, Loop, MessageParticipant, Wait, WaitEvent,
} from '../../src';
import { flowScene, whenEquals } from '../helpers/flow';
import { actionOf, contentOf, flowErrorOf } from '../helpers/flow-control';
import { importedInstance } from '../helpers/instance';
import { expectToContainEach } from '../helpers/stack';

/** Compare, DistributeByPercentage, Loop and Wait: what they render and what they reject. */

describe('Compare', () => {
  test('renders its value, every condition in order and the no-match branch, which is also the next action', () => {
    const { stack, instance, definition: d } = flowScene();
    const compare = new Compare(d, 'Tier', { value: FlowValue.contactAttribute('tier') });
    const hit = new DisconnectParticipant(d, 'Hit');
    const miss = new DisconnectParticipant(d, 'Miss');
    compare.onEquals('gold', hit);
    compare.onTextStartsWith('pla', hit);
    compare.onTextEndsWith('num', hit);
    compare.onTextContains('ilv', hit);
    compare.onNumberGreaterThan(10, hit);
    compare.onNumberGreaterOrEqualTo(2.5, hit);
    compare.onNumberLessThan(-1, hit);
    compare.onNumberLessOrEqualTo(0, hit);
    compare.onCondition(FlowConditionOperator.EQUALS, 'bronze', hit);
    expect(compare.onNoMatch(miss)).toBe(miss);

    const when = (Operator: string, operand: string) => ({ NextAction: 'Hit', Condition: { Operator, Operands: [operand] } });
    expect(actionOf(contentOf(stack, instance, d), 'Tier')).toEqual({
      Identifier: 'Tier',
      Type: 'Compare',
      Parameters: { ComparisonValue: '$.Attributes.tier' },
      Transitions: {
        NextAction: 'Miss',
        Conditions: [
          when('Equals', 'gold'), when('TextStartsWith', 'pla'), when('TextEndsWith', 'num'), when('TextContains', 'ilv'),
          when('NumberGreaterThan', '10'), when('NumberGreaterOrEqualTo', '2.5'), when('NumberLessThan', '-1'),
          when('NumberLessOrEqualTo', '0'), when('Equals', 'bronze'),
        ],
        Errors: [{ NextAction: 'Miss', ErrorType: 'NoMatchingCondition' }],
      },
    });
  });

  test('an explicit next action is kept, and a queue metric can be compared', () => {
    const { stack, instance, definition: d } = flowScene();
    const compare = new Compare(d, 'Busy', { value: FlowValue.queueMetric(FlowQueueMetric.CONTACTS_IN_QUEUE) });
    const bye = new DisconnectParticipant(d, 'Bye');
    const other = new DisconnectParticipant(d, 'Other');
    compare.onNumberGreaterThan(5, bye);
    compare.onNoMatch(bye);
    compare.next(other);
    const action = actionOf(contentOf(stack, instance, d), 'Busy');
    expect(action.Parameters).toEqual({ ComparisonValue: '$.Metrics.Queue.Size' });
    expect(action.Transitions.NextAction).toBe('Other');
  });

  test('reports a literal value, a missing no-match branch, no condition, a repeated condition and bad operands at once', () => {
    const { stack, instance, definition: d } = flowScene();
    const literal = new Compare(d, 'Literal', { value: FlowValue.text('gold') });
    const bye = new DisconnectParticipant(d, 'Bye');
    literal.onEquals('gold', bye);
    literal.onEquals('gold', bye);
    literal.onNumberLessThan(NaN, bye);
    literal.onCondition('Between' as FlowConditionOperator, 'a', bye);
    literal.onError(bye);
    const empty = new Compare(d, 'Empty', { value: FlowValue.contactAttribute('') });
    literal.next(empty);
    empty.onNoMatch(bye);

    expectToContainEach(flowErrorOf(stack, instance, d, ContactFlowType.CONTACT_FLOW), [
      'action "Literal" (Compare) value must be a reference into the contact\'s data (a JSONPath), got the text "gold"',
      'action "Literal" (Compare) operand of NumberLessThan must be a finite number, got null',
      'action "Literal" (Compare) operator must be a FlowConditionOperator, got "Between"',
      'action "Literal" (Compare) does not raise NoMatchingError (its errors: NoMatchingCondition)',
      'action "Literal" (Compare) has more than one branch for Equals gold: the first one is always taken',
      'action "Literal" (Compare) has no branch for NoMatchingCondition',
      'action "Empty" (Compare) value must name an attribute, got ""',
      'action "Empty" (Compare) has no condition: add one with onEquals(…) or another on… method',
    ]);
  });
});

describe('DistributeByPercentage', () => {
  test('renders each branch as "less than 1 + the running total" of a draw from 1 to 100, and the remainder as NoMatchingCondition', () => {
    const { stack, instance, definition: d } = flowScene();
    const split = new DistributeByPercentage(d, 'Split');
    const a = new DisconnectParticipant(d, 'A');
    const b = new DisconnectParticipant(d, 'B');
    const rest = new DisconnectParticipant(d, 'Rest');
    expect(split.onPercentage(20, a)).toBe(a);
    split.onPercentage(40, b);
    split.onRemainder(rest);
    expect(actionOf(contentOf(stack, instance, d), 'Split')).toEqual({
      Identifier: 'Split',
      Type: 'DistributeByPercentage',
      Parameters: {},
      Transitions: {
        NextAction: 'Rest',
        Conditions: [
          { NextAction: 'A', Condition: { Operator: 'NumberLessThan', Operands: ['21'] } },
          { NextAction: 'B', Condition: { Operator: 'NumberLessThan', Operands: ['61'] } },
        ],
        Errors: [{ NextAction: 'Rest', ErrorType: 'NoMatchingCondition' }],
      },
    });
  });

  test('branches may add up to 99 percent, leaving 1 to the remainder', () => {
    const { stack, instance, definition: d } = flowScene();
    const split = new DistributeByPercentage(d, 'Split');
    const a = new DisconnectParticipant(d, 'A');
    split.onPercentage(99, a);
    split.onRemainder(a);
    expect(actionOf(contentOf(stack, instance, d), 'Split').Transitions.Conditions[0].Condition.Operands).toEqual(['100']);
  });

  test('reports bad percentages, a total above 99, a missing remainder and a hold flow at once', () => {
    const { stack, instance, definition: d } = flowScene();
    const split = new DistributeByPercentage(d, 'Split');
    const a = new DisconnectParticipant(d, 'A');
    split.onPercentage(0, a);
    split.onPercentage(12.5, a);
    split.onPercentage(60, a);
    split.onPercentage(40, a);
    const none = new DistributeByPercentage(d, 'None');
    split.next(none);
    none.onRemainder(a);

    expectToContainEach(flowErrorOf(stack, instance, d, ContactFlowType.CUSTOMER_HOLD), [
      'action "Split" (DistributeByPercentage) percent must be a whole number from 1 to 99, got 0',
      'action "Split" (DistributeByPercentage) percent must be a whole number from 1 to 99, got 12.5',
      'action "Split" (DistributeByPercentage) percentages must add up to at most 99 (the remainder goes to onRemainder), got 100 with 40 for "A"',
      'action "Split" (DistributeByPercentage) has no branch for NoMatchingCondition',
      'action "Split" (DistributeByPercentage) is not allowed in a CUSTOMER_HOLD flow (only in CONTACT_FLOW, AGENT_TRANSFER, QUEUE_TRANSFER, CUSTOMER_QUEUE, FLOW_MODULE)',
      'action "None" (DistributeByPercentage) has no percentage branch: call onPercentage(…)',
    ]);
  });
});

describe('Loop', () => {
  function retryLoop(props: { count?: number; countFrom?: FlowValue }) {
    const d = new FlowDefinition();
    const loop = new Loop(d, 'Retry', props);
    const say = new MessageParticipant(d, 'Say', { message: FlowMessage.text('Still there?') });
    const bye = new DisconnectParticipant(d, 'Bye');
    expect(loop.onContinueLooping(say)).toBe(say);
    loop.onDoneLooping(bye);
    say.next(loop);
    say.onError(bye);
    return d;
  }

  test('loops back through its body: the count is a string, the done branch is also the next action, no errors', () => {
    const { stack, instance } = importedInstance();
    const content = contentOf(stack, instance, retryLoop({ count: 3 }));
    expect(actionOf(content, 'Retry')).toEqual({
      Identifier: 'Retry',
      Type: 'Loop',
      Parameters: { LoopCount: '3' },
      Transitions: {
        NextAction: 'Bye',
        Conditions: [whenEquals('ContinueLooping', 'Say'), whenEquals('DoneLooping', 'Bye')],
      },
    });
    expect(actionOf(content, 'Say').Transitions.NextAction).toBe('Retry');
  });

  test('reads the count from the contact\'s data', () => {
    const { stack, instance } = importedInstance();
    const content = contentOf(stack, instance, retryLoop({ countFrom: FlowValue.contactAttribute('retries') }));
    expect(actionOf(content, 'Retry').Parameters).toEqual({ LoopCount: '$.Attributes.retries' });
  });

  test.each([
    ['count 101', { count: 101 }, 'count must be a whole number from 0 to 100, got 101'],
    ['count 1.5', { count: 1.5 }, 'count must be a whole number from 0 to 100, got 1.5'],
    ['no count', {}, 'give either count or countFrom, got neither'],
    ['count and countFrom', { count: 1, countFrom: FlowValue.contactAttribute('n') }, 'give either count or countFrom, got both'],
    ['a text countFrom', { countFrom: FlowValue.text('3') }, 'countFrom must be a reference into the contact\'s data (a JSONPath), got "3"'],
    ['an unnamed countFrom', { countFrom: FlowValue.contactAttribute('') }, 'countFrom must name an attribute, got ""'],
  ])('rejects %s', (_label, props, problem) => {
    const { stack, instance } = importedInstance();
    expect(flowErrorOf(stack, instance, retryLoop(props), ContactFlowType.CONTACT_FLOW)).toContain(`action "Retry" (Loop) ${problem}`);
  });

  test('reports a missing branch, a repeated branch and an error branch at once', () => {
    const { stack, instance, definition: d } = flowScene();
    const loop = new Loop(d, 'Retry', { count: 2 });
    const bye = new DisconnectParticipant(d, 'Bye');
    loop.onContinueLooping(bye);
    loop.onContinueLooping(bye);
    loop.onError(bye);
    expectToContainEach(flowErrorOf(stack, instance, d, ContactFlowType.CONTACT_FLOW), [
      'action "Retry" (Loop) has no branch for the result DoneLooping: call onDoneLooping(…)',
      'action "Retry" (Loop) has more than one branch for Equals ContinueLooping',
      'action "Retry" (Loop) does not raise NoMatchingError (its errors: none)',
    ]);
  });
});

describe('Wait', () => {
  test('renders the timeout in seconds, its events, a branch per result and ParticipantNotFound with the bot event', () => {
    const { stack, instance, definition: d } = flowScene();
    const wait = new Wait(d, 'Wait', {
      timeout: Duration.minutes(15),
      events: [WaitEvent.CUSTOMER_RETURNED, WaitEvent.BOT_PARTICIPANT_DISCONNECTED],
    });
    const back = new DisconnectParticipant(d, 'Back');
    const gone = new DisconnectParticipant(d, 'Gone');
    const bye = new DisconnectParticipant(d, 'Bye');
    wait.onWaitCompleted(bye);
    wait.onCustomerReturned(back);
    wait.onBotParticipantDisconnected(gone);
    wait.onParticipantNotFound(gone);
    wait.onError(bye);
    expect(actionOf(contentOf(stack, instance, d, ContactFlowType.CUSTOMER_QUEUE), 'Wait')).toEqual({
      Identifier: 'Wait',
      Type: 'Wait',
      Parameters: { TimeLimitSeconds: '900', Events: ['CustomerReturned', 'BotParticipantDisconnected'] },
      Transitions: {
        NextAction: 'Bye',
        Conditions: [whenEquals('WaitCompleted', 'Bye'), whenEquals('CustomerReturned', 'Back'), whenEquals('BotParticipantDisconnected', 'Gone')],
        Errors: [
          { NextAction: 'Gone', ErrorType: 'ParticipantNotFound' },
          { NextAction: 'Bye', ErrorType: 'NoMatchingError' },
        ],
      },
    });
  });

  test('reads the timeout from the contact\'s data, without events', () => {
    const { stack, instance, definition: d } = flowScene();
    const wait = new Wait(d, 'Wait', { timeoutFrom: FlowValue.flowAttribute('patience') });
    const bye = new DisconnectParticipant(d, 'Bye');
    wait.onWaitCompleted(bye);
    wait.onError(bye);
    expect(actionOf(contentOf(stack, instance, d), 'Wait').Parameters).toEqual({ TimeLimitSeconds: '$.FlowAttributes.patience' });
  });

  test.each([
    ['a timeout of 0', { timeout: Duration.seconds(0) }, 'timeout must be a whole number of seconds from 1 to 604800, got 0 seconds'],
    ['a timeout of 8 days', { timeout: Duration.days(8) }, 'timeout must be a whole number of seconds from 1 to 604800, got 8 days'],
    ['a timeout of 1.5 s', { timeout: Duration.millis(1500) }, 'timeout must be a whole number of seconds from 1 to 604800, got 1 second 500 millis'],
    ['no timeout', {}, 'give either timeout or timeoutFrom, got neither'],
    ['timeout and timeoutFrom', { timeout: Duration.seconds(5), timeoutFrom: FlowValue.contactAttribute('t') }, 'give either timeout or timeoutFrom, got both'],
    ['a text timeoutFrom', { timeoutFrom: FlowValue.text('60') }, 'timeoutFrom must be a reference into the contact\'s data (a JSONPath), got "60"'],
    ['an unnamed timeoutFrom', { timeoutFrom: FlowValue.flowAttribute('') }, 'timeoutFrom must name an attribute, got ""'],
  ])('rejects %s', (_label, props, problem) => {
    const { stack, instance, definition: d } = flowScene();
    const wait = new Wait(d, 'Wait', props);
    const bye = new DisconnectParticipant(d, 'Bye');
    wait.onWaitCompleted(bye);
    wait.onError(bye);
    expect(flowErrorOf(stack, instance, d, ContactFlowType.CONTACT_FLOW)).toContain(`action "Wait" (Wait) ${problem}`);
  });

  test('reports missing and unexpected event branches, a repeated event and ParticipantNotFound without the bot event at once', () => {
    const { stack, instance, definition: d } = flowScene();
    const wait = new Wait(d, 'Wait', { timeout: Duration.hours(1), events: [WaitEvent.CUSTOMER_RETURNED, WaitEvent.CUSTOMER_RETURNED] });
    const bye = new DisconnectParticipant(d, 'Bye');
    wait.onBotParticipantDisconnected(bye);
    wait.onParticipantNotFound(bye);
    wait.onError(bye);
    expectToContainEach(flowErrorOf(stack, instance, d, ContactFlowType.CONTACT_FLOW), [
      'action "Wait" (Wait) events must not repeat an event, got "CustomerReturned" twice',
      'action "Wait" (Wait) has a branch for the event BotParticipantDisconnected, which is not in events',
      'action "Wait" (Wait) does not raise ParticipantNotFound (its errors: NoMatchingError)',
      'action "Wait" (Wait) has no branch for the result WaitCompleted: call onWaitCompleted(…)',
      'action "Wait" (Wait) has no branch for the result CustomerReturned: call onCustomerReturned(…)',
    ]);
  });
});
