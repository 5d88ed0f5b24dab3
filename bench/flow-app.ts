/**
 * One stack holding an imported instance and, with `node flow-app.js <N>`,
 * one inbound flow of N actions built with the flow builder (N ≥ 1), or no
 * flow at all with N = 0: bench/run.ts counts both, so that the difference
 * is what building, checking and rendering an N-action flow costs.
 *
 * The flow repeats what menus do: a message, a one-key menu, a queue, an
 * hours check and a transfer, each block's other branches leading to the
 * next block; messages fill up to N, and the flow ends with a hang-up.
 */
import { App, CfnWaitConditionHandle, Duration, Stack } from 'aws-cdk-lib';
// The library by its package name, as users import it (node_modules/cdk-connect-instance links to the repository).
// eslint-disable-next-line import/no-extraneous-dependencies
import {
  CheckHoursOfOperation, ConnectInstance, ContactFlow, DisconnectParticipant, FlowAction, FlowContent, FlowDefinition, FlowMessage, GetParticipantInput,
  IdentityManagementType, MessageParticipant, Queue, TransferContactToQueue, UpdateContactTargetQueue,
} from 'cdk-connect-instance';

const raw = process.argv[2] ?? '100';
const actions = Number(raw);
if (!Number.isInteger(actions) || actions < 0) {
  throw new Error(`the action count must be a whole number, got ${JSON.stringify(raw)}`);
}

const ARN = 'arn:aws:connect:us-east-1:111122223333:instance/aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee';
// Context (examples/cdk.json) comes from the environment, as `cdk synth` passes it.
const app = new App();
const stack = new Stack(app, 'FlowBench', { env: { region: 'us-east-1' } });
const instance = ConnectInstance.fromInstanceAttributes(stack, 'ContactCenter', { instanceArn: ARN, identityManagementType: IdentityManagementType.SAML });
// A template needs a resource: the same one with and without the flow.
new CfnWaitConditionHandle(stack, 'Placeholder');
if (actions > 0) {
  const queue = Queue.fromQueueArn(stack, 'Queue', `${ARN}/queue/11111111-2222-3333-4444-555555555555`);
  const flow = new FlowDefinition();
  const hangUp = new DisconnectParticipant(flow, 'hang-up');
  const say = (id: string, next: FlowAction) => {
    const message = new MessageParticipant(flow, id, { message: FlowMessage.text(`This is ${id}.`) });
    message.next(next);
    message.onError(next);
    return message;
  };
  // Built from the end, so that each block knows where its other branches go.
  let entry: FlowAction = hangUp;
  let left = actions - 1;
  for (let block = 0; left >= 5; block++, left -= 5) {
    const next = entry;
    const menu = new GetParticipantInput(flow, `menu-${block}`, { message: FlowMessage.text('Press 1.'), timeout: Duration.seconds(5) });
    const target = new UpdateContactTargetQueue(flow, `queue-${block}`, { queue });
    const hours = new CheckHoursOfOperation(flow, `hours-${block}`);
    const transfer = new TransferContactToQueue(flow, `transfer-${block}`);
    menu.onPressed('1', target);
    menu.next(next);
    menu.onNoMatchingCondition(next);
    menu.onTimeout(next);
    menu.onError(next);
    target.next(hours);
    target.onError(next);
    hours.onInHours(transfer);
    hours.onOutOfHours(next);
    hours.onError(next);
    transfer.onQueueAtCapacity(next);
    transfer.onError(next);
    entry = say(`say-${block}`, menu);
  }
  for (let i = 0; i < left; i++) {
    entry = say(`fill-${i}`, entry);
  }
  flow.startWith(entry);
  if (flow.actions.length !== actions) {
    throw new Error(`built ${flow.actions.length} actions instead of ${actions}`);
  }
  new ContactFlow(stack, 'Flow', { instance, content: FlowContent.fromDefinition(flow) });
}
app.synth();
