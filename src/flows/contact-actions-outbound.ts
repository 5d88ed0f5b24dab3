import { Duration, Token } from 'aws-cdk-lib';
import { FlowAction } from './flow-action';
import type { FlowDefinition } from './flow-definition';
import type { FlowValue } from './flow-value';
import type { IContactFlow } from '../contact-flow';
import type { IPhoneNumber } from '../phone-number';
import { flowTypes } from '../private/flows/flow-types';
import { definedOnly, phoneNumberProblems, secondsProblems, secondsText, show, valueProblems } from '../private/flows/parameters';

/** An Amazon Chime SDK Voice Connector that places the outbound call of a `CompleteOutboundCall` action. */
export interface FlowVoiceConnector {
  /** The Voice Connector's ARN (a literal, a token or a JSONPath such as `$.Attributes.connector`). */
  readonly voiceConnectorArn: string;

  /** The user who makes the call (SIP `From`). */
  readonly fromUser: FlowValue;

  /** The user who receives the call (SIP `To`). */
  readonly toUser: FlowValue;

  /** SIP user-to-user information sent with the call. @default - none */
  readonly userToUserInformation?: FlowValue;
}

/** Properties of a `CompleteOutboundCall` action. */
export interface CompleteOutboundCallProps {
  /**
   * The caller ID number to present (E.164, or a reference such as `FlowValue.contactAttribute('callerId')`).
   * Ignored by Voice Connector calls, so it cannot be given with `voiceConnector`.
   *
   * @default - the caller ID of the queue
   */
  readonly callerIdNumber?: FlowValue;

  /** Place the call through an Amazon Chime SDK Voice Connector. @default - Amazon Connect places the call */
  readonly voiceConnector?: FlowVoiceConnector;

  /**
   * How long the Voice Connector may take to answer before the call is canceled: 1 to 600 seconds.
   * Only with `voiceConnector`.
   *
   * @default - the service's default
   */
  readonly connectionTimeLimit?: Duration;
}

/**
 * Calls the outbound destination of an outbound contact (otherwise the first participant action does).
 * No errors. Allowed in outbound whisper flows (the "Call phone number" block), before the number is called.
 *
 * @see https://docs.aws.amazon.com/connect/latest/adminguide/call-phone-number.html
 * @see https://docs.aws.amazon.com/connect/latest/APIReference/contact-actions-completeoutboundcall.html
 */
export class CompleteOutboundCall extends FlowAction {
  constructor(definition: FlowDefinition, id: string, props: CompleteOutboundCallProps = {}) {
    const connector = props.voiceConnector;
    super(definition, id, {
      type: 'CompleteOutboundCall',
      parameters: definedOnly({
        CallerId: props.callerIdNumber === undefined ? undefined : { Number: props.callerIdNumber.toString() },
        VoiceConnector: connector === undefined ? undefined : {
          VoiceConnectorType: 'ChimeConnector',
          VoiceConnectorArn: connector.voiceConnectorArn,
          FromUser: connector.fromUser?.toString(),
          ToUser: connector.toUser?.toString(),
          UserToUserInformation: connector.userToUserInformation?.toString(),
        },
        ConnectionTimeLimitSeconds: secondsText(props.connectionTimeLimit),
      }),
      allowedIn: flowTypes('outboundWhisper'),
    });
    const problems = [
      ...phoneNumberProblems('callerIdNumber', props.callerIdNumber, false),
      ...secondsProblems('connectionTimeLimit', props.connectionTimeLimit, 1, 600),
    ];
    if (connector !== undefined) {
      if (typeof connector.voiceConnectorArn !== 'string'
        || (!Token.isUnresolved(connector.voiceConnectorArn) && !/^(arn:[^:]+:chime:|\$\.)/.test(connector.voiceConnectorArn))) {
        problems.push(`voiceConnector.voiceConnectorArn must be an Amazon Chime SDK Voice Connector ARN or a JSONPath, got ${show(connector.voiceConnectorArn)}`);
      }
      problems.push(...valueProblems('voiceConnector.fromUser', connector.fromUser, { required: true }));
      problems.push(...valueProblems('voiceConnector.toUser', connector.toUser, { required: true }));
      problems.push(...valueProblems('voiceConnector.userToUserInformation', connector.userToUserInformation));
      if (props.callerIdNumber !== undefined) {
        problems.push(`callerIdNumber is ignored by Voice Connector calls: give callerIdNumber or voiceConnector, got ${show(props.callerIdNumber)} with a voiceConnector`);
      }
    } else if (props.connectionTimeLimit !== undefined) {
      problems.push(`connectionTimeLimit applies to Voice Connector calls only: give voiceConnector too, got ${props.connectionTimeLimit.toHumanString()}`);
    }
    problems.forEach(p => this.addProblem(p));
  }
}

/** Properties of a `StartOutboundChatContact` action (an SMS chat, the only kind supported). */
export interface StartOutboundChatContactProps {
  /** The instance's phone number the SMS comes from. */
  readonly sourcePhoneNumber: IPhoneNumber;

  /** The customer's phone number, E.164 (or a reference such as `FlowValue.customerEndpointAddress()`). */
  readonly destinationPhoneNumber: FlowValue;

  /** The flow that runs the new chat. */
  readonly flow: IContactFlow;

  /** A first system message sent to the customer. @default - none */
  readonly initialMessage?: string;

  /** Relate the new chat to the current contact (`RelatedContact: CURRENT`). @default false */
  readonly relateToCurrentContact?: boolean;
}

/**
 * Starts an outbound SMS chat with a customer. Errors: NoMatchingError. No flow type restriction documented.
 *
 * @see https://docs.aws.amazon.com/connect/latest/APIReference/contact-actions-startoutboundchatcontact.html
 */
export class StartOutboundChatContact extends FlowAction {
  constructor(definition: FlowDefinition, id: string, props: StartOutboundChatContactProps) {
    super(definition, id, {
      type: 'StartOutboundChatContact',
      // The page supports only these endpoint types and this subtype.
      parameters: definedOnly({
        SourceEndpoint: { Address: props.sourcePhoneNumber?.phoneNumberArn, Type: 'CONNECT_PHONENUMBER_ARN' },
        DestinationEndpoint: { Address: props.destinationPhoneNumber?.toString(), Type: 'TELEPHONE_NUMBER' },
        ContactFlowArn: props.flow?.contactFlowArn,
        ContactSubtype: 'connect:SMS',
        InitialSystemMessage: props.initialMessage === undefined ? undefined : { Content: props.initialMessage },
        RelatedContact: props.relateToCurrentContact ? 'CURRENT' : undefined,
      }),
      raisesErrors: true,
    });
    const problems = phoneNumberProblems('destinationPhoneNumber', props.destinationPhoneNumber, true);
    if (props.sourcePhoneNumber === undefined) {
      problems.push('sourcePhoneNumber is required');
    }
    if (props.flow === undefined) {
      problems.push('flow is required');
    }
    if (props.initialMessage !== undefined && (typeof props.initialMessage !== 'string' || props.initialMessage.length === 0)) {
      problems.push(`initialMessage must be a non-empty string, got ${show(props.initialMessage)}`);
    }
    problems.forEach(p => this.addProblem(p));
  }
}
