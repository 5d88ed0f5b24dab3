import { ContactFlowModule, ContactFlowType, DisconnectParticipant, EndFlowModuleExecution, InvokeFlowModule } from '../../src';
import { actionOf, finish, flowScene, problemsOf } from '../helpers/flow';
import { arnOf } from '../helpers/instance';

/** Flow modules: invoking one from a flow, returning from one. */

const MODULE = arnOf('flow-module', 'm-1');

describe('InvokeFlowModule', () => {
  test('runs a module by ARN from an inbound flow', () => {
    const scene = flowScene();
    const module = ContactFlowModule.fromContactFlowModuleArn(scene.stack, 'Module', MODULE);
    finish(new InvokeFlowModule(scene.definition, 'Invoke', { module }));
    expect(actionOf(scene, 'Invoke')).toEqual({
      Identifier: 'Invoke',
      Type: 'InvokeFlowModule',
      Parameters: { FlowModuleId: MODULE },
      Transitions: { NextAction: 'InvokeEnd', Errors: [{ NextAction: 'InvokeEnd', ErrorType: 'NoMatchingError' }] },
    });
  });

  test('needs a module; is not allowed in other flow types or in a module', () => {
    const scene = flowScene();
    finish(new InvokeFlowModule(scene.definition, 'Invoke', { module: undefined as any }));
    const message = problemsOf(scene, ContactFlowType.QUEUE_TRANSFER);
    expect(message).toContain('action "Invoke" (InvokeFlowModule) module is required');
    expect(message).toContain('action "Invoke" (InvokeFlowModule) is not allowed in a QUEUE_TRANSFER flow (only in CONTACT_FLOW)');

    const inModule = flowScene();
    finish(new InvokeFlowModule(inModule.definition, 'Invoke', { module: ContactFlowModule.fromContactFlowModuleArn(inModule.stack, 'M', MODULE) }));
    expect(problemsOf(inModule, 'FLOW_MODULE')).toContain('action "Invoke" (InvokeFlowModule) is not allowed in a FLOW_MODULE flow (only in CONTACT_FLOW)');
  });
});

describe('EndFlowModuleExecution', () => {
  test('returns from a module: no parameters, no branches', () => {
    const scene = flowScene();
    new EndFlowModuleExecution(scene.definition, 'Return');
    expect(actionOf(scene, 'Return', 'FLOW_MODULE')).toEqual({ Identifier: 'Return', Type: 'EndFlowModuleExecution', Parameters: {}, Transitions: {} });
  });

  test('is allowed in modules only and has no next action', () => {
    const scene = flowScene();
    new EndFlowModuleExecution(scene.definition, 'Return').next(new DisconnectParticipant(scene.definition, 'Bye'));
    const message = problemsOf(scene);
    expect(message).toContain('action "Return" (EndFlowModuleExecution) is not allowed in a CONTACT_FLOW flow (only in FLOW_MODULE)');
    expect(message).toContain('action "Return" (EndFlowModuleExecution) has no next action (the EndFlowModuleExecution action ends the flow), got next("Bye")');
  });
});
