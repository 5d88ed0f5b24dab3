import { IResource } from 'aws-cdk-lib';
import { IContactFlow } from './contact-flow-options';
import { IQueue } from './queue-options';

/**
 * A quick connect of an Amazon Connect instance: a transfer destination
 * agents pick in the Contact Control Panel.
 */
export interface IQuickConnect extends IResource {
  /**
   * The ARN of the quick connect.
   *
   * @attribute
   */
  readonly quickConnectArn: string;

  /**
   * The id of the quick connect (the last part of its ARN).
   *
   * @attribute
   */
  readonly quickConnectId: string;
}

/**
 * Where a quick connect transfers a contact: an external phone number, a
 * queue (through a flow of type `QUEUE_TRANSFER`) or an agent (through a
 * flow of type `AGENT_TRANSFER`).
 *
 * @see https://docs.aws.amazon.com/connect/latest/adminguide/quick-connects.html
 */
export class QuickConnectDestination {
  /**
   * An external phone number in E.164 format, such as `+12065550100`.
   */
  public static phoneNumber(phoneNumber: string): QuickConnectDestination {
    return new QuickConnectDestination('PHONE_NUMBER', phoneNumber, undefined, undefined, undefined);
  }

  /**
   * A queue, through a transfer-to-queue flow.
   *
   * @param queue the queue
   * @param flow a flow of type `QUEUE_TRANSFER`
   */
  public static queue(queue: IQueue, flow: IContactFlow): QuickConnectDestination {
    return new QuickConnectDestination('QUEUE', undefined, queue, undefined, flow);
  }

  /**
   * An agent, through a transfer-to-agent flow.
   *
   * @param userArn the ARN of the agent (`arn:<partition>:connect:<region>:<account>:instance/<instance id>/agent/<id>`)
   * @param flow a flow of type `AGENT_TRANSFER`
   */
  public static user(userArn: string, flow: IContactFlow): QuickConnectDestination {
    return new QuickConnectDestination('USER', undefined, undefined, userArn, flow);
  }

  private constructor(
    /** The registry schema's `QuickConnectType`. */
    public readonly type: string,
    /** The external number, for `phoneNumber()`. */
    public readonly destinationPhoneNumber: string | undefined,
    /** The queue, for `queue()`. */
    public readonly destinationQueue: IQueue | undefined,
    /** The agent's ARN, for `user()`. */
    public readonly destinationUserArn: string | undefined,
    /** The transfer flow, for `queue()` and `user()`. */
    public readonly transferFlow: IContactFlow | undefined,
  ) {}
}

/**
 * A quick connect to create for an instance.
 */
export interface QuickConnectOptions {
  /** Where the quick connect transfers contacts. */
  readonly destination: QuickConnectDestination;

  /**
   * The name (1 to 127 characters), shown to agents.
   *
   * @default - a name unique in the app, built from the construct path
   */
  readonly quickConnectName?: string;

  /**
   * A description (1 to 250 characters).
   *
   * @default - none
   */
  readonly description?: string;
}
