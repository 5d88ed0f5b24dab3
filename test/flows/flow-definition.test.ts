import {
  ContactFlow, ContactFlowType, DisconnectParticipant, FlowContent, FlowDefinition, FlowMessage, MessageParticipant, Queue,
  TransferContactToQueue, UpdateContactTargetQueue,
} from '../../src';
import { queueThenTransfer } from '../helpers/flow';
import { importedInstance } from '../helpers/instance';
import { errorOf, templateOf } from '../helpers/stack';

/** The builder's engine: identifiers, branches, reachability, flow types, the rendered document. */

function greetAndQueue() {
  const { stack, instance } = importedInstance();
  const queue = Queue.fromQueueArn(stack, 'Queue', `${instance.instanceArn}/queue/q1`);
  const definition = new FlowDefinition();
  const hello = new MessageParticipant(definition, 'Hello', { message: FlowMessage.text('Welcome') });
  const target = new UpdateContactTargetQueue(definition, 'SetQueue', { queue });
  const transfer = new TransferContactToQueue(definition, 'Transfer');
  const full = new MessageParticipant(definition, 'Full', { message: FlowMessage.ssml('<speak>We are busy.</speak>') });
  const bye = new DisconnectParticipant(definition, 'Bye');
  queueThenTransfer(hello, target, transfer, bye, { atCapacity: full });
  full.next(bye);
  full.onError(bye);
  return { stack, instance, queue, definition, hello, transfer, bye };
}

test('renders the actions, their branches and their references in the Flow language', () => {
  const { stack, instance, definition } = greetAndQueue();
  new ContactFlow(stack, 'Flow', { instance, content: FlowContent.fromDefinition(definition) });
  const [flow] = Object.values(templateOf(stack).findResources('AWS::Connect::ContactFlow'));
  const content = JSON.parse(flow.Properties.Content);
  expect(content.StartAction).toBe('Hello');
  expect(content.Actions.map((a: any) => a.Identifier)).toEqual(['Hello', 'SetQueue', 'Transfer', 'Full', 'Bye']);
  expect(content.Actions[1]).toEqual({
    Identifier: 'SetQueue',
    Type: 'UpdateContactTargetQueue',
    Parameters: { QueueId: 'arn:aws:connect:us-east-1:123456789012:instance/11111111-2222-3333-4444-555555555555/queue/q1' },
    Transitions: { NextAction: 'Transfer', Errors: [{ NextAction: 'Bye', ErrorType: 'NoMatchingError' }] },
  });
  expect(content.Actions[2].Transitions.Errors).toEqual([
    { NextAction: 'Full', ErrorType: 'QueueAtCapacity' },
    { NextAction: 'Bye', ErrorType: 'NoMatchingError' },
  ]);
  expect(content.Actions[4]).toEqual({ Identifier: 'Bye', Type: 'DisconnectParticipant', Parameters: {}, Transitions: {} });
});

test('reports every problem of a definition at once, naming the action', () => {
  const { stack, instance } = importedInstance();
  const definition = new FlowDefinition();
  const hello = new MessageParticipant(definition, 'Hello', { message: FlowMessage.ssml('not ssml') });
  const transfer = new TransferContactToQueue(definition, 'Transfer');
  const bye = new DisconnectParticipant(definition, 'Bye');
  new MessageParticipant(definition, 'Orphan', { message: FlowMessage.text('never said') }).next(bye);
  hello.next(transfer);
  bye.next(hello);
  const message = errorOf(() => new ContactFlow(stack, 'Flow', {
    instance, type: ContactFlowType.CUSTOMER_HOLD, content: FlowContent.fromDefinition(definition),
  }));
  expect(message).toContain('action "Hello" (MessageParticipant) message: SSML must be one <speak> element');
  expect(message).toContain('action "Hello" (MessageParticipant) has no branch for NoMatchingError');
  expect(message).toContain('action "Hello" (MessageParticipant) is not allowed in a CUSTOMER_HOLD flow');
  expect(message).toContain('action "Transfer" (TransferContactToQueue) has no branch for QueueAtCapacity, NoMatchingError');
  expect(message).toContain('action "Bye" (DisconnectParticipant) has no next action (the DisconnectParticipant action ends the flow)');
  expect(message).toContain('action "Orphan" (MessageParticipant) is not reachable from the start action "Hello"');
  expect(message).toContain('action "Orphan" (MessageParticipant) has no branch for NoMatchingError');
});
