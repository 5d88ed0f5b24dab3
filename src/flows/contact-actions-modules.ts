import { FlowAction, FlowNextAction } from './flow-action';
import type { FlowDefinition } from './flow-definition';
import type { IContactFlowModule } from '../contact-flow-module';
import { flowTypes } from '../private/flows/flow-types';

/** Properties of an `InvokeFlowModule` action. */
export interface InvokeFlowModuleProps {
  /** The flow module to run; the flow goes on to its next action when the module returns. */
  readonly module: IContactFlowModule;
}

/**
 * Runs a flow module, then goes on. Errors: NoMatchingError. Allowed in inbound flows only (a module
 * cannot invoke another module). The Flow language page documents no module inputs: pass data in
 * contact attributes, which the module reads.
 *
 * @see https://docs.aws.amazon.com/connect/latest/adminguide/contact-flow-modules.html
 * @see https://docs.aws.amazon.com/connect/latest/APIReference/flow-language-actions-invoke-flow-module.html
 */
export class InvokeFlowModule extends FlowAction {
  constructor(definition: FlowDefinition, id: string, props: InvokeFlowModuleProps) {
    super(definition, id, {
      type: 'InvokeFlowModule',
      parameters: { FlowModuleId: props.module?.contactFlowModuleArn },
      raisesErrors: true,
      allowedIn: flowTypes('inbound'),
    });
    if (props.module === undefined) {
      this.addProblem('module is required');
    }
  }
}

/**
 * Ends the flow module and returns to the flow that invoked it, without disconnecting the contact.
 * No parameters, no errors, no next action. Allowed in flow modules only.
 *
 * @see https://docs.aws.amazon.com/connect/latest/APIReference/endflowmoduleexecution.html
 */
export class EndFlowModuleExecution extends FlowAction {
  constructor(definition: FlowDefinition, id: string) {
    super(definition, id, { type: 'EndFlowModuleExecution', nextAction: FlowNextAction.NONE, allowedIn: flowTypes('module') });
  }
}
