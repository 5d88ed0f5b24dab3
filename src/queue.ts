import { IResource, Resource, Token } from 'aws-cdk-lib';
import { CfnQueue } from 'aws-cdk-lib/aws-connect';
import { Construct } from 'constructs';
import { ContactFlow, ContactFlowType, IContactFlow } from './contact-flow';
import type { IHoursOfOperation } from './hours-of-operation';
import type { IConnectInstance } from './instance';
import { checkInstanceResourceArn, idFromInstanceResourceArn, PHONE_NUMBER_ARN } from './private/resources/connect-arn';
import { defaultResourceName } from './private/resources/names';
import { PropValidator } from './private/validation';

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

/** The registry schema's OutboundCallerIdNumberArn. */
/**
 * Properties of a `Queue`.
 */
export interface QueueProps extends QueueOptions {
  /** The instance the queue belongs to. */
  readonly instance: IConnectInstance;
}

/**
 * A standard queue of an Amazon Connect instance (`AWS::Connect::Queue`):
 * contacts wait in it, during its hours of operation, for an agent whose
 * routing profile serves it.
 *
 * @resource AWS::Connect::Queue
 * @see https://docs.aws.amazon.com/connect/latest/adminguide/create-queue.html
 */
export class Queue extends Resource implements IQueue {
  /**
   * Imports a queue by ARN
   * (`arn:<partition>:connect:<region>:<account>:instance/<instance id>/queue/<id>`),
   * such as the **BasicQueue** every new instance has.
   */
  public static fromQueueArn(scope: Construct, id: string, queueArn: string): IQueue {
    checkInstanceResourceArn('queueArn', queueArn, 'queue', 'an Amazon Connect queue');
    class Import extends Resource implements IQueue {
      public readonly queueArn = queueArn;
      public readonly queueId = idFromInstanceResourceArn(queueArn);
    }
    return new Import(scope, id, { environmentFromArn: queueArn });
  }

  /**
   * The ARN of the queue.
   *
   * @attribute
   */
  public readonly queueArn: string;

  /**
   * The id of the queue.
   *
   * @attribute
   */
  public readonly queueId: string;

  constructor(scope: Construct, id: string, props: QueueProps) {
    super(scope, id);
    const v = new PropValidator();
    v.checkRequired('instance', props.instance);
    v.checkRequired('hoursOfOperation', props.hoursOfOperation);
    // The registry schema's Name (1 to 127), Description (1 to 250),
    // MaxContacts (minimum 0), OutboundCallerIdName (1 to 255) and
    // OutboundCallerIdNumberArn (pattern).
    v.checkString('queueName', props.queueName, { minLength: 1, maxLength: 127 });
    v.checkString('description', props.description, { minLength: 1, maxLength: 250 });
    if (props.maxContacts !== undefined && !Token.isUnresolved(props.maxContacts)
      && (!Number.isInteger(props.maxContacts) || props.maxContacts < 0)) {
      v.fail('maxContacts', props.maxContacts, 'must be a whole number, 0 or more');
    }
    v.checkString('outboundCallerIdName', props.outboundCallerIdName, { minLength: 1, maxLength: 255 });
    v.checkString('outboundCallerIdNumberArn', props.outboundCallerIdNumberArn, {
      pattern: PHONE_NUMBER_ARN,
      patternMessage: 'must be the ARN of an Amazon Connect phone number (arn:<partition>:connect:<region>:<account>:phone-number/<id>)',
    });
    if (props.outboundFlow instanceof ContactFlow && props.outboundFlow.type !== ContactFlowType.OUTBOUND_WHISPER) {
      v.failCombination(`outboundFlow must be a flow of type OUTBOUND_WHISPER, got the ${props.outboundFlow.type} flow '${props.outboundFlow.node.path}'`);
    }
    v.throwIfAny(this, 'Queue');

    const outbound = props.outboundCallerIdName !== undefined || props.outboundCallerIdNumberArn !== undefined || props.outboundFlow !== undefined;
    const resource = new CfnQueue(this, 'Resource', {
      instanceArn: props.instance.instanceArn,
      hoursOfOperationArn: props.hoursOfOperation.hoursOfOperationArn,
      name: props.queueName ?? defaultResourceName(this),
      description: props.description,
      maxContacts: props.maxContacts,
      outboundCallerConfig: outbound ? {
        outboundCallerIdName: props.outboundCallerIdName,
        outboundCallerIdNumberArn: props.outboundCallerIdNumberArn,
        outboundFlowArn: props.outboundFlow?.contactFlowArn,
      } : undefined,
    });
    this.queueArn = resource.attrQueueArn;
    this.queueId = idFromInstanceResourceArn(this.queueArn);
  }
}
