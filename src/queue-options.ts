import { IResource } from 'aws-cdk-lib';
import { IContactFlow } from './contact-flow-options';
import { IHoursOfOperation } from './hours-of-operation-options';

/**
 * A queue of an Amazon Connect instance: where contacts wait for an agent.
 */
export interface IQueue extends IResource {
  /**
   * The ARN of the queue.
   *
   * @attribute
   */
  readonly queueArn: string;

  /**
   * The id of the queue (the last part of its ARN).
   *
   * @attribute
   */
  readonly queueId: string;
}

/**
 * A queue to create for an instance (the wizard's "next steps": "queues").
 */
export interface QueueOptions {
  /**
   * When the queue takes contacts.
   */
  readonly hoursOfOperation: IHoursOfOperation;

  /**
   * The name (1 to 127 characters), shown in the admin website and the
   * agents' Contact Control Panel.
   *
   * @default - a name unique in the app, built from the construct path
   */
  readonly queueName?: string;

  /**
   * A description (1 to 250 characters).
   *
   * @default - none
   */
  readonly description?: string;

  /**
   * How many contacts can wait in the queue before it is full (0 or more).
   *
   * @default - no limit but the instance's quota
   * @see https://docs.aws.amazon.com/connect/latest/adminguide/create-queue.html
   */
  readonly maxContacts?: number;

  /**
   * The caller id name shown on outbound calls from the queue (1 to 255
   * characters).
   *
   * @default - none
   */
  readonly outboundCallerIdName?: string;

  /**
   * The ARN of the claimed or imported phone number shown as caller id on
   * outbound calls from the queue
   * (`arn:<partition>:connect:<region>:<account>:phone-number/<id>`, such as
   * a `PhoneNumber`'s `phoneNumberArn`).
   *
   * @default - none
   */
  readonly outboundCallerIdNumberArn?: string;

  /**
   * The outbound whisper flow, played to the customer before an outbound
   * call from the queue is connected. A flow created here must be of type
   * `ContactFlowType.OUTBOUND_WHISPER`.
   *
   * @default - none: Amazon Connect's default outbound whisper
   * @see https://docs.aws.amazon.com/connect/latest/APIReference/API_OutboundCallerConfig.html
   */
  readonly outboundFlow?: IContactFlow;
}
