import { IResource } from 'aws-cdk-lib';
import { FlowContent } from './flow-content';

/**
 * A flow of an Amazon Connect instance.
 */
export interface IContactFlow extends IResource {
  /**
   * The ARN of the flow.
   *
   * @attribute
   */
  readonly contactFlowArn: string;

  /**
   * The id of the flow (the last part of its ARN).
   *
   * @attribute
   */
  readonly contactFlowId: string;
}

/**
 * A flow module of an Amazon Connect instance: a reusable part of flows.
 */
export interface IContactFlowModule extends IResource {
  /**
   * The ARN of the flow module.
   *
   * @attribute
   */
  readonly contactFlowModuleArn: string;

  /**
   * The id of the flow module (the last part of its ARN).
   *
   * @attribute
   */
  readonly contactFlowModuleId: string;
}

/**
 * The type of a flow: where in a contact's life Amazon Connect runs it (the
 * registry schema's `Type` values).
 *
 * @see https://docs.aws.amazon.com/connect/latest/adminguide/create-contact-flow.html#contact-flow-types
 */
export enum ContactFlowType {
  /** An inbound flow: the first flow of a contact, such as the flow a phone number routes to. */
  CONTACT_FLOW = 'CONTACT_FLOW',
  /** What the customer hears while in a queue. */
  CUSTOMER_QUEUE = 'CUSTOMER_QUEUE',
  /** What the customer hears while on hold. */
  CUSTOMER_HOLD = 'CUSTOMER_HOLD',
  /** What the customer hears before joining the agent. */
  CUSTOMER_WHISPER = 'CUSTOMER_WHISPER',
  /** What the agent hears while the customer is on hold. */
  AGENT_HOLD = 'AGENT_HOLD',
  /** What the agent hears before joining the customer. */
  AGENT_WHISPER = 'AGENT_WHISPER',
  /** What the customer hears before an outbound call is connected (a queue's outbound whisper flow). */
  OUTBOUND_WHISPER = 'OUTBOUND_WHISPER',
  /** A transfer to an agent through a quick connect. */
  AGENT_TRANSFER = 'AGENT_TRANSFER',
  /** A transfer to a queue through a quick connect. */
  QUEUE_TRANSFER = 'QUEUE_TRANSFER',
}

/**
 * A flow to create for an instance.
 */
export interface ContactFlowOptions {
  /**
   * The content, in the Amazon Connect Flow language. It is checked at
   * synth: valid JSON, `Version`, `StartAction`, unique action identifiers,
   * and every transition leading to an action of the flow.
   */
  readonly content: FlowContent;

  /**
   * The type. Changing it replaces the flow.
   *
   * @default ContactFlowType.CONTACT_FLOW
   */
  readonly type?: ContactFlowType;

  /**
   * The name (1 to 127 characters), shown in the admin website.
   *
   * @default - a name unique in the app, built from the construct path
   */
  readonly contactFlowName?: string;

  /**
   * A description (at most 500 characters).
   *
   * @default - none
   */
  readonly description?: string;
}

/**
 * A flow module to create for an instance.
 */
export interface ContactFlowModuleOptions {
  /**
   * The content, in the Amazon Connect Flow language, checked at synth as a
   * flow's.
   */
  readonly content: FlowContent;

  /**
   * The name (1 to 127 characters, not only spaces).
   *
   * @default - a name unique in the app, built from the construct path
   */
  readonly contactFlowModuleName?: string;

  /**
   * A description (at most 500 characters, not only spaces).
   *
   * @default - none
   */
  readonly description?: string;
}
