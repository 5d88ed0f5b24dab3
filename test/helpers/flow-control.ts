import { Stack } from 'aws-cdk-lib';
import { errorOf, templateOf } from './stack';
import {
  ContactFlow, ContactFlowModule, ContactFlowType, FlowAction, FlowContent, FlowDefinition, FlowMessage, IConnectInstance,
  MessageParticipantIteratively,
} from '../../src';

/** The Flow language document a definition renders to, in a flow of `type`: its content must have no token. */
export function contentOf(stack: Stack, instance: IConnectInstance, definition: FlowDefinition, type = ContactFlowType.CONTACT_FLOW): any {
  new ContactFlow(stack, 'Flow', { instance, type, content: FlowContent.fromDefinition(definition) });
  const [flow] = Object.values(templateOf(stack).findResources('AWS::Connect::ContactFlow'));
  return JSON.parse(flow.Properties.Content);
}

/** The action `id` of a rendered document. */
export function actionOf(content: any, id: string): any {
  return content.Actions.find((a: any) => a.Identifier === id);
}

/** The synth error of a flow of `type` (or a module) built from `definition`. */
export function flowErrorOf(stack: Stack, instance: IConnectInstance, definition: FlowDefinition, type?: ContactFlowType): string {
  return errorOf(() => {
    const content = FlowContent.fromDefinition(definition);
    if (type === undefined) {
      new ContactFlowModule(stack, 'Module', { instance, content });
    } else {
      new ContactFlow(stack, 'Flow', { instance, type, content });
    }
    templateOf(stack);
  });
}

/** A hold flow's last action: messages on a loop, its error branch back to itself (hold flows allow no disconnect). */
export function holdMessages(d: FlowDefinition): FlowAction {
  const hold = new MessageParticipantIteratively(d, 'Bye', { messages: [FlowMessage.text('Please hold.')] });
  hold.onError(hold);
  return hold;
}
