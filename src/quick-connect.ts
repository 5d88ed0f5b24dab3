import { IResource, Resource } from 'aws-cdk-lib';
import { CfnQuickConnect } from 'aws-cdk-lib/aws-connect';
import { Construct } from 'constructs';
import { ContactFlow, ContactFlowType, IContactFlow } from './contact-flow';
import type { IConnectInstance } from './instance';
import { checkRequiredReference } from './private/resources/checks';
import { checkInstanceResourceArn, idFromInstanceResourceArn } from './private/resources/connect-arn';
import { defaultResourceName } from './private/resources/names';
import { PropValidator } from './private/validation';
import type { IQueue } from './queue';
import type { IUser } from './user';

/** A quick connect: a transfer destination agents pick in the Contact Control Panel. */
export interface IQuickConnect extends IResource {
  /**
   * The ARN of the quick connect.
   * @attribute
   */
  readonly quickConnectArn: string;

  /**
   * The id of the quick connect.
   * @attribute
   */
  readonly quickConnectId: string;
}

/**
 * Where a quick connect transfers a contact: an external phone number, or a queue or agent through a transfer flow.
 * @see https://docs.aws.amazon.com/connect/latest/adminguide/quick-connects.html
 */
export class QuickConnectDestination {
  /** An external phone number in E.164 format, such as `+12065550100`. */
  public static phoneNumber(phoneNumber: string): QuickConnectDestination {
    return new QuickConnectDestination('PHONE_NUMBER', phoneNumber, undefined, undefined, undefined);
  }

  /**
   * A queue, through a transfer-to-queue flow.
   * @param queue the queue
   * @param flow a flow of type `QUEUE_TRANSFER`
   */
  public static queue(queue: IQueue, flow: IContactFlow): QuickConnectDestination {
    return new QuickConnectDestination('QUEUE', undefined, queue, undefined, flow);
  }

  /**
   * An agent, through a transfer-to-agent flow.
   * @param user the agent (`instance.addUser`, `User.fromUserArn`)
   * @param flow a flow of type `AGENT_TRANSFER`
   */
  public static user(user: IUser, flow: IContactFlow): QuickConnectDestination {
    return new QuickConnectDestination('USER', undefined, undefined, user, flow);
  }

  private constructor(
    /** The registry schema's `QuickConnectType`. */
    public readonly type: string,
    /** The external number, for `phoneNumber()`. */
    public readonly destinationPhoneNumber: string | undefined,
    /** The queue, for `queue()`. */
    public readonly destinationQueue: IQueue | undefined,
    /** The agent, for `user()`. */
    public readonly destinationUser: IUser | undefined,
    /** The transfer flow, for `queue()` and `user()`. */
    public readonly transferFlow: IContactFlow | undefined,
  ) {}
}

/** A quick connect to create for an instance. */
export interface QuickConnectOptions {
  /** Where the quick connect transfers contacts. */
  readonly destination: QuickConnectDestination;

  /**
   * The name (1 to 127 characters), shown to agents.
   * @default - a name unique in the app, built from the construct path
   */
  readonly quickConnectName?: string;

  /**
   * A description (1 to 250 characters).
   * @default - none
   */
  readonly description?: string;
}

/** The registry schema's PhoneNumber: E.164. */
const E164 = /^\+[1-9]\d{1,14}$/;

/** Properties of a `QuickConnect`. */
export interface QuickConnectProps extends QuickConnectOptions {
  /** The instance the quick connect belongs to. */
  readonly instance: IConnectInstance;
}

/**
 * A quick connect: an external number, a queue or an agent that agents transfer contacts to.
 * Agents see those of the queues they serve, with `TransferDestinations.View`.
 * @resource AWS::Connect::QuickConnect
 */
export class QuickConnect extends Resource implements IQuickConnect {
  /** Imports a quick connect by ARN. */
  public static fromQuickConnectArn(scope: Construct, id: string, quickConnectArn: string): IQuickConnect {
    checkInstanceResourceArn('quickConnectArn', quickConnectArn, 'transfer-destination', 'an Amazon Connect quick connect');
    class Import extends Resource implements IQuickConnect {
      public readonly quickConnectArn = quickConnectArn;
      public readonly quickConnectId = idFromInstanceResourceArn(quickConnectArn);
    }
    return new Import(scope, id, { environmentFromArn: quickConnectArn });
  }

  /**
   * The ARN of the quick connect.
   * @attribute
   */
  public readonly quickConnectArn: string;

  /**
   * The id of the quick connect.
   * @attribute
   */
  public readonly quickConnectId: string;

  constructor(scope: Construct, id: string, props: QuickConnectProps) {
    super(scope, id);
    const v = new PropValidator();
    v.checkRequired('instance', props.instance);
    // The registry schema's Name (1 to 127) and Description (1 to 250).
    v.checkString('quickConnectName', props.quickConnectName, { minLength: 1, maxLength: 127 });
    v.checkString('description', props.description, { minLength: 1, maxLength: 250 });
    const destination = props.destination;
    if (!(destination instanceof QuickConnectDestination)) {
      // Possible from JavaScript.
      v.fail('destination', destination, 'must be a QuickConnectDestination: a phone number, a queue or a user');
      v.throwIfAny(this, 'QuickConnect');
    }
    checkDestination(v, destination);
    v.throwIfAny(this, 'QuickConnect');

    const resource = new CfnQuickConnect(this, 'Resource', {
      instanceArn: props.instance.instanceArn,
      name: props.quickConnectName ?? defaultResourceName(this),
      description: props.description,
      quickConnectConfig: {
        quickConnectType: destination.type,
        phoneConfig: destination.destinationPhoneNumber === undefined ? undefined : { phoneNumber: destination.destinationPhoneNumber },
        queueConfig: destination.destinationQueue === undefined ? undefined : {
          queueArn: destination.destinationQueue.queueArn,
          contactFlowArn: destination.transferFlow!.contactFlowArn,
        },
        userConfig: destination.destinationUser === undefined ? undefined : {
          userArn: destination.destinationUser.userArn,
          contactFlowArn: destination.transferFlow!.contactFlowArn,
        },
      },
    });
    this.quickConnectArn = resource.attrQuickConnectArn;
    this.quickConnectId = idFromInstanceResourceArn(this.quickConnectArn);
  }
}

/** Records the problems of a destination: the number, the agent, the flow and its type. */
function checkDestination(v: PropValidator, destination: QuickConnectDestination): void {
  if (destination.type === 'PHONE_NUMBER') {
    v.checkString('destination.phoneNumber', destination.destinationPhoneNumber, {
      pattern: E164, patternMessage: 'must be a phone number in E.164 format, such as +12065550100',
    });
    return;
  }
  if (destination.type === 'QUEUE') {
    v.checkRequired('destination.queue', destination.destinationQueue);
  } else {
    checkRequiredReference(v, 'destination.user', destination.destinationUser, 'userArn', 'a user (IUser), such as instance.addUser() or User.fromUserArn()');
  }
  const expected = destination.type === 'QUEUE' ? ContactFlowType.QUEUE_TRANSFER : ContactFlowType.AGENT_TRANSFER;
  if (v.checkRequired('destination.flow', destination.transferFlow)) {
    checkFlowType(v, destination.transferFlow!, expected);
  }
}

/** A flow created here must be of the type the destination needs; an imported one cannot be checked. */
function checkFlowType(v: PropValidator, flow: IContactFlow, expected: ContactFlowType): void {
  if (flow instanceof ContactFlow && flow.type !== expected) {
    v.failCombination(`destination.flow must be a flow of type ${expected}, got the ${flow.type} flow '${flow.node.path}'`);
  }
}
