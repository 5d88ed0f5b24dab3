import { CfnResource, IResource, Resource } from 'aws-cdk-lib';
import { Construct } from 'constructs';
import type { IConnectInstance } from './instance';
import { checkEnum, checkInInstance, checkList, checkReference } from './private/resources/checks';
import { checkInstanceResourceArn, idFromInstanceResourceArn } from './private/resources/connect-arn';
import { PropValidator } from './private/validation';
import type { IUser } from './user';

/** A notification of an Amazon Connect instance: a message shown to agents in their workspace. */
export interface INotification extends IResource {
  /** The ARN of the notification. @attribute */
  readonly notificationArn: string;

  /** The id of the notification. @attribute */
  readonly notificationId: string;
}

/** Where a notification is shown among others. */
export enum NotificationPriority {
  /** Above low-priority notifications. */
  HIGH = 'HIGH',
  /** Below high-priority notifications. */
  LOW = 'LOW',
}

/** The text of a notification, in each language it is shown in (at least one, each at most 250 characters). */
export interface NotificationContent {
  /** English (United States). @default - none */
  readonly enUs?: string;

  /** German. @default - none */
  readonly deDe?: string;

  /** Spanish. @default - none */
  readonly esEs?: string;

  /** French. @default - none */
  readonly frFr?: string;

  /** Indonesian. @default - none */
  readonly idId?: string;

  /** Italian. @default - none */
  readonly itIt?: string;

  /** Japanese. @default - none */
  readonly jaJp?: string;

  /** Korean. @default - none */
  readonly koKr?: string;

  /** Portuguese (Brazil). @default - none */
  readonly ptBr?: string;

  /** Chinese (Simplified). @default - none */
  readonly zhCn?: string;

  /** Chinese (Traditional). @default - none */
  readonly zhTw?: string;
}

/**
 * A notification to create for an instance. It expires a week after it is created.
 * @see https://docs.aws.amazon.com/connect/latest/APIReference/API_CreateNotification.html
 */
export interface NotificationOptions {
  /** The text, by language. */
  readonly content: NotificationContent;

  /** The users who see it (1 to 200). Changing them replaces the notification. @default - every user of the instance */
  readonly recipients?: IUser[];

  /** Where it is shown among others. Changing it replaces the notification. @default - as Amazon Connect decides */
  readonly priority?: NotificationPriority;
}

/** Properties of a `Notification`. */
export interface NotificationProps extends NotificationOptions {
  /** The instance the notification belongs to. */
  readonly instance: IConnectInstance;
}

/** The languages of `NotificationContent` (the registry schema's `NotificationContent`). */
const LANGUAGES = ['enUs', 'deDe', 'esEs', 'frFr', 'idId', 'itIt', 'jaJp', 'koKr', 'ptBr', 'zhCn', 'zhTw'];
/** CreateNotification: "Maximum 250 characters per locale". */
const MAX_CONTENT = 250;

/**
 * A notification of an Amazon Connect instance, shown to its users or to some of them.
 * aws-cdk-lib 2.220.0 has no `CfnNotification`, so the resource is a `CfnResource` of its type.
 * @resource AWS::Connect::Notification
 */
export class Notification extends Resource implements INotification {
  /** Imports a notification by ARN. */
  public static fromNotificationArn(scope: Construct, id: string, notificationArn: string): INotification {
    checkInstanceResourceArn('notificationArn', notificationArn, 'notification', 'an Amazon Connect notification');
    class Import extends Resource implements INotification {
      public readonly notificationArn = notificationArn;
      public readonly notificationId = idFromInstanceResourceArn(notificationArn);
    }
    return new Import(scope, id, { environmentFromArn: notificationArn });
  }

  /** The ARN of the notification. @attribute */
  public readonly notificationArn: string;

  /** The id of the notification. @attribute */
  public readonly notificationId: string;

  constructor(scope: Construct, id: string, props: NotificationProps) {
    super(scope, id);
    const v = new PropValidator();
    v.checkRequired('instance', props.instance);
    // https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-connect-notification.html
    const content: Record<string, string | undefined> = {};
    if (v.checkRequired('content', props.content)) {
      for (const [key, text] of Object.entries(props.content)) {
        if (!LANGUAGES.includes(key)) {
          v.fail(`content.${key}`, text, `is not a language of notifications, which are ${LANGUAGES.join(', ')}`);
        }
        v.checkString(`content.${key}`, text, { maxLength: MAX_CONTENT });
        // The registry schema's keys: EnUS, DeDE, ...
        content[key.slice(0, 2).replace(/^./, (c) => c.toUpperCase()) + key.slice(2).toUpperCase()] = text;
      }
      if (Object.values(content).every((text) => text === undefined)) {
        v.fail('content', props.content, 'must have the text in one language at least');
      }
    }
    checkEnum(v, 'priority', props.priority, NotificationPriority);
    const users = props.recipients !== undefined && checkList(v, 'recipients', props.recipients, 1, 200) ? props.recipients : undefined;
    users?.forEach((user, i) => {
      if (checkReference(v, `recipients[${i}]`, user, 'userArn', 'a user (IUser)')) {
        checkInInstance(v, `recipients[${i}]`, user.userArn, props.instance?.instanceArn, 'a user');
      }
    });
    v.throwIfAny(this, 'Notification');

    const resource = new CfnResource(this, 'Resource', {
      type: 'AWS::Connect::Notification',
      properties: {
        InstanceArn: props.instance.instanceArn,
        Content: content,
        // "Can include user ARNs or instance ARNs to target all users in an instance."
        Recipients: users ? users.map((u) => u.userArn) : [props.instance.instanceArn],
        Priority: props.priority,
      },
    });
    this.notificationArn = resource.getAtt('Arn').toString();
    this.notificationId = resource.getAtt('Id').toString();
  }
}
