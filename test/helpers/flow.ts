import { Stack } from 'aws-cdk-lib';
import { importedInstance } from './instance';
import { errorOf, templateOf } from './stack';
import {
  ContactFlow, ContactFlowModule, ContactFlowType, DisconnectParticipant, EndFlowExecution, FlowAction, FlowContent, FlowDefinition, FlowNextAction,
  IConnectInstance, TransferContactToQueue, UpdateContactTargetQueue,
} from '../../src';

/** Where a test builds a flow: a strict stack, an imported instance, a definition. */
export interface FlowScene {
  readonly stack: Stack;
  readonly instance: IConnectInstance;
  readonly definition: FlowDefinition;
}

/** A stack, an imported instance and an empty definition to build actions in. */
export function flowScene(): FlowScene {
  const { stack, instance } = importedInstance();
  return { stack, instance, definition: new FlowDefinition() };
}

/**
 * Ends `action`: its next action, and each error it raises, go to a new end allowed in a flow of `kind`
 * (`EndFlowExecution` in whisper flows, `DisconnectParticipant` elsewhere); returns the end.
 */
export function finish(action: FlowAction, kind: FlowKind = ContactFlowType.CONTACT_FLOW): FlowAction {
  const whisper = [ContactFlowType.CUSTOMER_WHISPER, ContactFlowType.AGENT_WHISPER, ContactFlowType.OUTBOUND_WHISPER]
    .includes(kind as ContactFlowType);
  const id = `${action.identifier}End`;
  const end = whisper ? new EndFlowExecution(action.definition, id) : new DisconnectParticipant(action.definition, id);
  const spec = action._spec;
  if ((spec.nextAction ?? FlowNextAction.REQUIRED) !== FlowNextAction.NONE) {
    action.next(end);
  }
  const errors = spec.errors ?? [];
  if (spec.raisesErrors ?? errors.length > 0) {
    action.onError(end);
  } else {
    errors.forEach(e => (action as any).branchOnError(e, end));
  }
  return end;
}

/** `FLOW_MODULE` for a module, or a flow type. */
export type FlowKind = ContactFlowType | 'FLOW_MODULE';

/** Deploys the definition as a flow (or module) and returns its Flow language document, as deployed. */
export function documentOf(scene: FlowScene, kind: FlowKind = ContactFlowType.CONTACT_FLOW): any {
  const content = FlowContent.fromDefinition(scene.definition);
  if (kind === 'FLOW_MODULE') {
    new ContactFlowModule(scene.stack, 'Module', { instance: scene.instance, content });
    const [module] = Object.values(templateOf(scene.stack).findResources('AWS::Connect::ContactFlowModule'));
    return JSON.parse(module.Properties.Content);
  }
  new ContactFlow(scene.stack, 'Flow', { instance: scene.instance, type: kind, content });
  const [flow] = Object.values(templateOf(scene.stack).findResources('AWS::Connect::ContactFlow'));
  return JSON.parse(flow.Properties.Content);
}

/** The deployed JSON of the action `id`. */
export function actionOf(scene: FlowScene, id: string, kind?: FlowKind): any {
  return documentOf(scene, kind).Actions.find((a: any) => a.Identifier === id);
}

/** The synth error of the definition as a flow (or module) of `kind`. */
export function problemsOf(scene: FlowScene, kind: FlowKind = ContactFlowType.CONTACT_FLOW): string {
  return errorOf(() => documentOf(scene, kind));
}

/** Where `queueThenTransfer` sends `first`'s errors and a full queue, when not to the end. */
export interface QueueThenTransferBranches {
  readonly firstError?: FlowAction;
  readonly atCapacity?: FlowAction;
}

/**
 * Wires a small flow: `first`, then `target` sets the queue and `transfer` transfers to it; every error goes to
 * `end`, and so do `first`'s errors and a full queue unless `branches` say where.
 */
export function queueThenTransfer(
  first: FlowAction, target: UpdateContactTargetQueue, transfer: TransferContactToQueue, end: FlowAction, branches: QueueThenTransferBranches = {},
): void {
  first.next(target).next(transfer);
  first.onError(branches.firstError ?? end);
  target.onError(end);
  transfer.onQueueAtCapacity(branches.atCapacity ?? end);
  transfer.onError(end);
}

/** The Flow language condition branch to `next`, taken when the action's result equals `operand`. */
export function whenEquals(operand: string, next: string): any {
  return { NextAction: next, Condition: { Operator: 'Equals', Operands: [operand] } };
}

/** The Flow language error branches of `types`, in that order, all to `next`. */
export function errorsTo(next: string, ...types: string[]): any[] {
  return types.map((ErrorType) => ({ NextAction: next, ErrorType }));
}
