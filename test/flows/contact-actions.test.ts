import {
  ContactFlow, ContactFlowType, CreateTask, DequeueContactAndTransferToQueue, DisconnectParticipant, FlowContactTarget, FlowEventHook,
  FlowPreviousParticipantState, FlowRecordingParticipant, FlowValue, Queue, ResumeContact, TagContact, TransferContactToAgent,
  TransferContactToQueue, UpdateContactAttributes, UpdateContactCallbackNumber, UpdateContactEventHooks, UpdateContactRecordingAndAnalyticsBehavior,
  UpdateContactRoutingBehavior, UpdateContactTargetQueue, UpdateContactTextToSpeechVoice, UpdatePreviousContactParticipantState, User,
} from '../../src';
import { actionOf, documentOf, finish, flowScene, problemsOf } from '../helpers/flow';
import { arnOf } from '../helpers/instance';
import { templateOf } from '../helpers/stack';

/** The routing actions of the Flow language's contact group: target queue, transfers, priority, hooks, callback number. */

const QUEUE = arnOf('queue', 'q-1');
const AGENT = arnOf('agent', 'a-1');
const FLOW = arnOf('contact-flow', 'f-1');

describe('TransferContactToQueue', () => {
  test('has no parameters, branches on QueueAtCapacity and may end the flow', () => {
    const scene = flowScene();
    const transfer = new TransferContactToQueue(scene.definition, 'Transfer');
    const full = new DisconnectParticipant(scene.definition, 'Full');
    transfer.onQueueAtCapacity(full);
    transfer.onError(full);
    expect(actionOf(scene, 'Transfer')).toEqual({
      Identifier: 'Transfer',
      Type: 'TransferContactToQueue',
      Parameters: {},
      Transitions: { Errors: [{ NextAction: 'Full', ErrorType: 'QueueAtCapacity' }, { NextAction: 'Full', ErrorType: 'NoMatchingError' }] },
    });
  });

  test('is not allowed in a customer queue flow', () => {
    const scene = flowScene();
    finish(new TransferContactToQueue(scene.definition, 'Transfer'));
    expect(problemsOf(scene, ContactFlowType.CUSTOMER_QUEUE))
      .toContain('action "Transfer" (TransferContactToQueue) is not allowed in a CUSTOMER_QUEUE flow (only in CONTACT_FLOW, AGENT_TRANSFER, QUEUE_TRANSFER)');
  });
});

describe('UpdateContactTargetQueue', () => {
  test('writes the queue ARN, or the agent ARN for an agent queue', () => {
    const scene = flowScene();
    const queue = Queue.fromQueueArn(scene.stack, 'Queue', QUEUE);
    const agent = User.fromUserArn(scene.stack, 'Agent', AGENT);
    const toQueue = new UpdateContactTargetQueue(scene.definition, 'ToQueue', { queue });
    const toAgent = new UpdateContactTargetQueue(scene.definition, 'ToAgent', { agent });
    toQueue.next(toAgent);
    toQueue.onError(finish(toAgent));
    const document = documentOf(scene, ContactFlowType.QUEUE_TRANSFER);
    expect(document.Actions[0]).toEqual({
      Identifier: 'ToQueue',
      Type: 'UpdateContactTargetQueue',
      Parameters: { QueueId: QUEUE },
      Transitions: { NextAction: 'ToAgent', Errors: [{ NextAction: 'ToAgentEnd', ErrorType: 'NoMatchingError' }] },
    });
    expect(document.Actions[1].Parameters).toEqual({ AgentId: AGENT });
  });

  test('needs exactly one of queue and agent, and is not allowed in whisper, hold or customer queue flows', () => {
    const scene = flowScene();
    const queue = Queue.fromQueueArn(scene.stack, 'Queue', QUEUE);
    const agent = User.fromUserArn(scene.stack, 'Agent', AGENT);
    const none = new UpdateContactTargetQueue(scene.definition, 'None', {});
    const both = new UpdateContactTargetQueue(scene.definition, 'Both', { queue, agent });
    none.next(both);
    none.onError(finish(both));
    const message = problemsOf(scene, ContactFlowType.CUSTOMER_WHISPER);
    expect(message).toContain('action "None" (UpdateContactTargetQueue) needs one of queue or agent, got none');
    expect(message).toContain('action "Both" (UpdateContactTargetQueue) takes only one of queue or agent, got queue and agent');
    expect(message).toContain('action "None" (UpdateContactTargetQueue) is not allowed in a CUSTOMER_WHISPER flow');
  });
});

describe('DequeueContactAndTransferToQueue', () => {
  test('moves a queued contact to another queue from a customer queue flow', () => {
    const scene = flowScene();
    const queue = Queue.fromQueueArn(scene.stack, 'Queue', QUEUE);
    const dequeue = new DequeueContactAndTransferToQueue(scene.definition, 'Move', { queue });
    const full = new DisconnectParticipant(scene.definition, 'Full');
    expect(dequeue.onQueueAtCapacity(full)).toBe(full);
    dequeue.onError(full);
    expect(actionOf(scene, 'Move', ContactFlowType.CUSTOMER_QUEUE)).toEqual({
      Identifier: 'Move',
      Type: 'DequeueContactAndTransferToQueue',
      Parameters: { QueueId: QUEUE },
      Transitions: { Errors: [{ NextAction: 'Full', ErrorType: 'QueueAtCapacity' }, { NextAction: 'Full', ErrorType: 'NoMatchingError' }] },
    });
  });

  test('is allowed in customer queue flows only, and needs its QueueAtCapacity branch', () => {
    const scene = flowScene();
    const agent = User.fromUserArn(scene.stack, 'Agent', AGENT);
    new DequeueContactAndTransferToQueue(scene.definition, 'Move', { agent });
    const message = problemsOf(scene, ContactFlowType.CONTACT_FLOW);
    expect(message).toContain('action "Move" (DequeueContactAndTransferToQueue) is not allowed in a CONTACT_FLOW flow (only in CUSTOMER_QUEUE)');
    expect(message).toContain('action "Move" (DequeueContactAndTransferToQueue) has no branch for QueueAtCapacity, NoMatchingError');
  });
});

describe('TransferContactToAgent', () => {
  test('ends the flow: no parameters, no errors, no next action; transfer flows only', () => {
    const scene = flowScene();
    const transfer = new TransferContactToAgent(scene.definition, 'ToAgent');
    expect(actionOf(scene, 'ToAgent', ContactFlowType.AGENT_TRANSFER)).toEqual({ Identifier: 'ToAgent', Type: 'TransferContactToAgent', Parameters: {}, Transitions: {} });

    const other = flowScene();
    const again = new TransferContactToAgent(other.definition, 'ToAgent');
    again.next(new DisconnectParticipant(other.definition, 'Bye'));
    again.onError(new DisconnectParticipant(other.definition, 'Oops'));
    const message = problemsOf(other);
    expect(message).toContain('action "ToAgent" (TransferContactToAgent) has no next action (the TransferContactToAgent action ends the flow), got next("Bye")');
    expect(message).toContain('action "ToAgent" (TransferContactToAgent) does not raise NoMatchingError (its errors: none)');
    expect(message).toContain('action "ToAgent" (TransferContactToAgent) is not allowed in a CONTACT_FLOW flow (only in AGENT_TRANSFER, QUEUE_TRANSFER)');
    expect(transfer.type).toBe('TransferContactToAgent');
  });
});

describe('UpdateContactRoutingBehavior', () => {
  test('writes the priority or the time adjustment as the designer does (strings), and raises no error', () => {
    const scene = flowScene();
    const priority = new UpdateContactRoutingBehavior(scene.definition, 'Priority', { queuePriority: 1 });
    const older = new UpdateContactRoutingBehavior(scene.definition, 'Older', { queueTimeAdjustmentSeconds: -600 });
    priority.next(older);
    finish(older);
    const document = documentOf(scene);
    expect(document.Actions[0]).toEqual({
      Identifier: 'Priority', Type: 'UpdateContactRoutingBehavior', Parameters: { QueuePriority: '1' }, Transitions: { NextAction: 'Older' },
    });
    expect(document.Actions[1].Parameters).toEqual({ QueueTimeAdjustmentSeconds: '-600' });
  });

  test('takes one whole positive priority or one whole adjustment; inbound flows only', () => {
    const scene = flowScene();
    const zero = new UpdateContactRoutingBehavior(scene.definition, 'Zero', { queuePriority: 0 });
    const both = new UpdateContactRoutingBehavior(scene.definition, 'Both', { queuePriority: 2, queueTimeAdjustmentSeconds: 1.5 });
    zero.next(both);
    finish(both);
    const message = problemsOf(scene, ContactFlowType.QUEUE_TRANSFER);
    expect(message).toContain('action "Zero" (UpdateContactRoutingBehavior) queuePriority must be a whole number from 1 to 9007199254740991, got 0');
    expect(message).toContain('action "Both" (UpdateContactRoutingBehavior) takes only one of queuePriority or queueTimeAdjustmentSeconds, got queuePriority and queueTimeAdjustmentSeconds');
    expect(message).toContain('action "Both" (UpdateContactRoutingBehavior) queueTimeAdjustmentSeconds must be a whole number');
    expect(message).toContain('action "Zero" (UpdateContactRoutingBehavior) is not allowed in a QUEUE_TRANSFER flow (only in CONTACT_FLOW)');
  });
});

describe('UpdatePreviousContactParticipantState', () => {
  test('puts the previous agent on hold', () => {
    const scene = flowScene();
    finish(new UpdatePreviousContactParticipantState(scene.definition, 'Hold', { state: FlowPreviousParticipantState.AGENT_ON_HOLD }));
    expect(actionOf(scene, 'Hold', ContactFlowType.QUEUE_TRANSFER)).toEqual({
      Identifier: 'Hold',
      Type: 'UpdatePreviousContactParticipantState',
      Parameters: { PreviousContactParticipantState: 'AgentOnHold' },
      Transitions: { NextAction: 'HoldEnd', Errors: [{ NextAction: 'HoldEnd', ErrorType: 'NoMatchingError' }] },
    });
  });

  test('rejects an unknown state and hold flows', () => {
    const scene = flowScene();
    finish(new UpdatePreviousContactParticipantState(scene.definition, 'Hold', { state: 'OnHold' as FlowPreviousParticipantState }));
    const message = problemsOf(scene, ContactFlowType.AGENT_HOLD);
    expect(message).toContain('action "Hold" (UpdatePreviousContactParticipantState) state must be one of AgentOnHold, CustomerOnHold, OffHold, got "OnHold"');
    expect(message).toContain('action "Hold" (UpdatePreviousContactParticipantState) is not allowed in a AGENT_HOLD flow');
  });
});

describe('UpdateContactCallbackNumber', () => {
  test('reads the number from a reference and branches on its two errors, with no NoMatchingError', () => {
    const scene = flowScene();
    const set = new UpdateContactCallbackNumber(scene.definition, 'Callback', { callbackNumber: FlowValue.storedCustomerInput() });
    const invalid = new DisconnectParticipant(scene.definition, 'Invalid');
    set.next(invalid);
    expect(set.onInvalidCallbackNumber(invalid)).toBe(invalid);
    set.onCallbackNumberNotDialable(invalid);
    expect(actionOf(scene, 'Callback', ContactFlowType.CUSTOMER_QUEUE)).toEqual({
      Identifier: 'Callback',
      Type: 'UpdateContactCallbackNumber',
      Parameters: { CallbackNumber: '$.StoredCustomerInput' },
      Transitions: {
        NextAction: 'Invalid',
        Errors: [{ NextAction: 'Invalid', ErrorType: 'InvalidCallbackNumber' }, { NextAction: 'Invalid', ErrorType: 'CallbackNumberNotDialable' }],
      },
    });
  });

  test('rejects a literal number, onError, missing branches and whisper flows', () => {
    const scene = flowScene();
    const set = new UpdateContactCallbackNumber(scene.definition, 'Callback', { callbackNumber: FlowValue.text('+12065550100') });
    const bye = new DisconnectParticipant(scene.definition, 'Bye');
    set.next(bye);
    set.onError(bye);
    set.onInvalidCallbackNumber(bye);
    const message = problemsOf(scene, ContactFlowType.AGENT_WHISPER);
    expect(message).toContain('action "Callback" (UpdateContactCallbackNumber) callbackNumber must be a JSONPath reference such as FlowValue.contactAttribute(…), not a literal, got "+12065550100"');
    expect(message).toContain('action "Callback" (UpdateContactCallbackNumber) does not raise NoMatchingError (its errors: InvalidCallbackNumber, CallbackNumberNotDialable)');
    expect(message).toContain('action "Callback" (UpdateContactCallbackNumber) has no branch for CallbackNumberNotDialable');
    expect(message).toContain('action "Callback" (UpdateContactCallbackNumber) is not allowed in a AGENT_WHISPER flow');
  });
});

describe('UpdateContactEventHooks', () => {
  test('sets one hook to a flow ARN', () => {
    const scene = flowScene();
    const hold = ContactFlow.fromContactFlowArn(scene.stack, 'Hold', FLOW);
    finish(new UpdateContactEventHooks(scene.definition, 'Hook', { event: FlowEventHook.CUSTOMER_HOLD, flow: hold }), ContactFlowType.CUSTOMER_WHISPER);
    expect(actionOf(scene, 'Hook', ContactFlowType.CUSTOMER_WHISPER)).toEqual({
      Identifier: 'Hook',
      Type: 'UpdateContactEventHooks',
      Parameters: { EventHooks: { CustomerHold: FLOW } },
      Transitions: { NextAction: 'HookEnd', Errors: [{ NextAction: 'HookEnd', ErrorType: 'NoMatchingError' }] },
    });
  });

  test('names an unknown event and a missing flow', () => {
    const scene = flowScene();
    finish(new UpdateContactEventHooks(scene.definition, 'Hook', { event: 'Whisper' as FlowEventHook, flow: undefined as any }));
    const message = problemsOf(scene);
    expect(message).toContain('action "Hook" (UpdateContactEventHooks) event must be one of AgentHold, AgentWhisper, CustomerHold, CustomerQueue, CustomerRemaining');
    expect(message).toContain('got "Whisper"');
    expect(message).toContain('action "Hook" (UpdateContactEventHooks) flow is required');
  });
});

describe('ResumeContact', () => {
  test('has no parameters and raises NoMatchingError; allowed in every flow type', () => {
    const scene = flowScene();
    const resume = new ResumeContact(scene.definition, 'Resume');
    const bye = finish(resume, ContactFlowType.AGENT_WHISPER);
    expect(actionOf(scene, 'Resume', ContactFlowType.AGENT_WHISPER)).toEqual({
      Identifier: 'Resume',
      Type: 'ResumeContact',
      Parameters: {},
      Transitions: { NextAction: bye.identifier, Errors: [{ NextAction: bye.identifier, ErrorType: 'NoMatchingError' }] },
    });
  });

  test('needs its error branch', () => {
    const scene = flowScene();
    new ResumeContact(scene.definition, 'Resume').next(new DisconnectParticipant(scene.definition, 'Bye'));
    expect(problemsOf(scene)).toContain('action "Resume" (ResumeContact) has no branch for NoMatchingError');
  });
});

test('snapshot: an inbound flow built from the contact actions', () => {
  const scene = flowScene();
  const { stack, definition } = scene;
  const queue = Queue.fromQueueArn(stack, 'Support', QUEUE);
  const followUp = ContactFlow.fromContactFlowArn(stack, 'FollowUp', FLOW);
  const hold = ContactFlow.fromContactFlowArn(stack, 'HoldMusic', arnOf('contact-flow', 'hold'));
  const voice = new UpdateContactTextToSpeechVoice(definition, 'Voice', { voice: FlowValue.text('Joanna') });
  const record = new UpdateContactRecordingAndAnalyticsBehavior(definition, 'Record', {
    voice: { recordedParticipants: [FlowRecordingParticipant.AGENT, FlowRecordingParticipant.CUSTOMER] },
  });
  const remember = new UpdateContactAttributes(definition, 'Remember', {
    attributes: { caller: FlowValue.customerEndpointAddress(), channel: FlowValue.channel() }, target: FlowContactTarget.CURRENT,
  });
  const tag = new TagContact(definition, 'Tag', { tags: { line: FlowValue.text('support') } });
  const hook = new UpdateContactEventHooks(definition, 'HoldFlow', { event: FlowEventHook.CUSTOMER_HOLD, flow: hold });
  const priority = new UpdateContactRoutingBehavior(definition, 'Priority', { queuePriority: 2 });
  const target = new UpdateContactTargetQueue(definition, 'Target', { queue });
  const callback = new UpdateContactCallbackNumber(definition, 'Callback', { callbackNumber: FlowValue.customerEndpointAddress() });
  const task = new CreateTask(definition, 'Task', { flow: followUp, name: 'Call back', attributes: { caller: FlowValue.contactAttribute('caller') } });
  const transfer = new TransferContactToQueue(definition, 'Transfer');
  const bye = new DisconnectParticipant(definition, 'Bye');
  voice.next(record).next(remember).next(tag).next(hook).next(priority).next(target).next(callback).next(transfer);
  [voice, record, remember, hook, target, transfer].forEach(a => a.onError(bye));
  callback.onInvalidCallbackNumber(transfer);
  callback.onCallbackNumberNotDialable(transfer);
  transfer.onQueueAtCapacity(task);
  task.next(bye);
  task.onError(bye);

  const document = documentOf(scene);
  expect(document.Actions.find((a: any) => a.Identifier === 'Record').Transitions.Errors).toEqual([
    { NextAction: 'Bye', ErrorType: 'ChannelMismatch' }, { NextAction: 'Bye', ErrorType: 'NoMatchingError' },
  ]);
  expect(templateOf(stack).toJSON()).toMatchSnapshot();
});
