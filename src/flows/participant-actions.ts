import { FlowAction, FlowNextAction } from './flow-action';
import type { FlowDefinition } from './flow-definition';
import { FlowMessage } from './flow-message';
import { flowTypes } from '../private/flows/flow-types';

/** Properties of a `MessageParticipant` action. */
export interface MessageParticipantProps {
  /** What to say (voice) or send (other channels). */
  readonly message: FlowMessage;
}

/**
 * Sends a message to the participant: text-to-speech, SSML or a prompt on voice, text on other channels.
 * Errors: NoMatchingError. Not allowed in hold flows.
 *
 * @see https://docs.aws.amazon.com/connect/latest/APIReference/participant-actions-messageparticipant.html
 */
export class MessageParticipant extends FlowAction {
  constructor(definition: FlowDefinition, id: string, props: MessageParticipantProps) {
    super(definition, id, {
      type: 'MessageParticipant',
      parameters: props.message?.toParameters(),
      raisesErrors: true,
      allowedIn: flowTypes('inbound', 'transfer', 'whisper', 'customerQueue', 'module'),
    });
    if (!(props.message instanceof FlowMessage)) {
      this.addProblem(`message must be a FlowMessage, got ${JSON.stringify(props.message)}`);
    } else {
      props.message.validate().forEach(p => this.addProblem(`message: ${p}`));
    }
  }
}

/**
 * Disconnects the participant and ends the flow. It has no parameters, no next action and no errors.
 *
 * @see https://docs.aws.amazon.com/connect/latest/APIReference/participant-actions-disconnectparticipant.html
 */
export class DisconnectParticipant extends FlowAction {
  constructor(definition: FlowDefinition, id: string) {
    super(definition, id, { type: 'DisconnectParticipant', nextAction: FlowNextAction.NONE });
  }
}
