import { IResource } from 'aws-cdk-lib';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import * as iam from 'aws-cdk-lib/aws-iam';
import type { ApprovedOriginOptions, IApprovedOrigin } from './approved-origin';
import type { ContactFlowOptions, IContactFlow } from './contact-flow';
import type { ContactFlowModuleOptions, IContactFlowModule } from './contact-flow-module';
import type { HoursOfOperationOptions, IHoursOfOperation } from './hours-of-operation';
import { IdentityManagementType } from './identity';
import type { IIntegrationAssociation, IntegrationAssociationOptions } from './integration-association';
import type { ImportPhoneNumberOptions, IPhoneNumber, PhoneNumberOptions } from './phone-number';
import type { IPrompt, PromptOptions } from './prompt';
import type { IQueue, QueueOptions } from './queue';
import type { IQuickConnect, QuickConnectOptions } from './quick-connect';
import type { IRoutingProfile, RoutingProfile, RoutingProfileOptions } from './routing-profile';
import type { ISecurityProfile, SecurityProfile, SecurityProfileOptions } from './security-profile';
import { StorageResourceType, StorageTarget } from './storage';
import type { IUser, UserOptions } from './user';

/**
 * An Amazon Connect instance, created here (`ConnectInstance`) or imported
 * (`ConnectInstance.fromInstanceArn` / `fromInstanceAttributes`). Users,
 * phone numbers, profile ARNs and the next steps' resources (hours, flows,
 * queues, profiles, prompts, quick connects, origins, integrations) can be
 * added to either.
 */
export interface IConnectInstance extends IResource {
  /**
   * The ARN of the instance.
   *
   * @attribute
   */
  readonly instanceArn: string;

  /**
   * The id of the instance.
   *
   * @attribute
   */
  readonly instanceId: string;

  /**
   * How the instance stores and authenticates its users; users are checked
   * against it. Undefined for an instance imported without it, which cannot
   * take users.
   *
   * @default - unknown for an instance imported without it
   */
  readonly identityManagementType?: IdentityManagementType;

  /**
   * The ARN of one of the instance's security profiles
   * (`profile.securityProfileArnFor(instance)`). A profile given by name is
   * looked up at deploy time, by one custom resource per instance created on
   * first use; one created or imported here is returned as it is, and throws
   * when it belongs to another instance.
   * `securityProfileArn(SecurityProfile.ADMIN)` replaces
   * `adminSecurityProfileArn` (breaking change before 1.0).
   */
  securityProfileArn(profile: ISecurityProfile): string;

  /**
   * The ARN of one of the instance's routing profiles
   * (`profile.routingProfileArnFor(instance)`). A profile given by name is
   * looked up at deploy time, by one custom resource per instance created on
   * first use; one created or imported here is returned as it is, and throws
   * when it belongs to another instance.
   * `routingProfileArn(RoutingProfile.BASIC)` replaces
   * `basicRoutingProfileArn` (breaking change before 1.0).
   */
  routingProfileArn(profile: IRoutingProfile): string;

  /**
   * Adds a user (agent, supervisor, …) to the instance, with the **Agent**
   * security profile and the **Basic Routing Profile** unless others are
   * given. An imported instance needs its `identityManagementType`.
   */
  addUser(id: string, options: UserOptions): IUser;

  /**
   * Claims a phone number for the instance: Amazon Connect picks an
   * available number of the country, type and prefix.
   *
   * @see https://docs.aws.amazon.com/connect/latest/adminguide/get-connect-number.html
   */
  addPhoneNumber(id: string, options: PhoneNumberOptions): IPhoneNumber;

  /**
   * Imports a phone number you hold in another service, such as AWS End User
   * Messaging, into the instance (`SourcePhoneNumberArn`).
   *
   * @see https://docs.aws.amazon.com/connect/latest/APIReference/API_ImportPhoneNumber.html
   */
  importPhoneNumber(id: string, options: ImportPhoneNumberOptions): IPhoneNumber;

  /**
   * Adds an hours of operation (`HoursOfOperation`): when the instance's
   * queues take contacts, and what a flow's **Check hours of operation**
   * block checks. Open around the clock, every day, in UTC unless `options`
   * say otherwise.
   *
   * @see https://docs.aws.amazon.com/connect/latest/adminguide/set-hours-operation.html
   */
  addHoursOfOperation(id: string, options?: HoursOfOperationOptions): IHoursOfOperation;

  /**
   * Adds a flow (`ContactFlow`, a contact flow unless `options.type` says
   * otherwise), its content parsed and checked at synth.
   *
   * @see https://docs.aws.amazon.com/connect/latest/adminguide/create-contact-flow.html
   */
  addContactFlow(id: string, options: ContactFlowOptions): IContactFlow;

  /**
   * Adds a flow module (`ContactFlowModule`): a reusable section of flow
   * that flows invoke, its content parsed and checked at synth.
   *
   * @see https://docs.aws.amazon.com/connect/latest/adminguide/contact-flow-modules.html
   */
  addContactFlowModule(id: string, options: ContactFlowModuleOptions): IContactFlowModule;

  /**
   * Adds a queue (`Queue`) open during an hours of operation.
   *
   * @see https://docs.aws.amazon.com/connect/latest/adminguide/create-queue.html
   */
  addQueue(id: string, options: QueueOptions): IQueue;

  /**
   * Adds a routing profile (`RoutingProfile`): which queues its agents
   * serve on which channels, with what priority and delay.
   * `RoutingProfile.BASIC` refers to one the instance already has instead.
   *
   * @see https://docs.aws.amazon.com/connect/latest/adminguide/routing-profiles.html
   */
  addRoutingProfile(id: string, options: RoutingProfileOptions): RoutingProfile;

  /**
   * Adds a security profile (`SecurityProfile`): what its users may
   * do, by the permissions' documented names.
   * `SecurityProfile.AGENT` refers to one the instance already has instead.
   *
   * @see https://docs.aws.amazon.com/connect/latest/adminguide/create-security-profile.html
   */
  addSecurityProfile(id: string, options: SecurityProfileOptions): SecurityProfile;

  /**
   * Adds a prompt (`Prompt`) from an audio file in S3, which flows play.
   *
   * @see https://docs.aws.amazon.com/connect/latest/adminguide/prompts.html
   */
  addPrompt(id: string, options: PromptOptions): IPrompt;

  /**
   * Adds a quick connect (`QuickConnect`): a phone number, queue or user
   * agents transfer contacts to.
   *
   * @see https://docs.aws.amazon.com/connect/latest/adminguide/quick-connects.html
   */
  addQuickConnect(id: string, options: QuickConnectOptions): IQuickConnect;

  /**
   * Approves a web origin (`ApprovedOrigin`), so that its pages can embed
   * the Contact Control Panel or the communications widget.
   *
   * @see https://docs.aws.amazon.com/connect/latest/adminguide/app-integration.html
   */
  addApprovedOrigin(id: string, options: ApprovedOriginOptions): IApprovedOrigin;

  /**
   * Lets the instance's flows call a Lambda function or a Lex V2 bot alias
   * (`IntegrationAssociation`); a function also gets the resource-policy
   * statement that lets Amazon Connect invoke it for this instance.
   *
   * @see https://docs.aws.amazon.com/connect/latest/adminguide/connect-lambda-functions.html
   * @see https://docs.aws.amazon.com/connect/latest/adminguide/amazon-lex.html
   */
  addIntegration(id: string, options: IntegrationAssociationOptions): IIntegrationAssociation;

  /**
   * Stores or streams one more kind of data: adds an
   * `AWS::Connect::InstanceStorageConfig`, created after the instance's
   * other storage configurations. The instance must not have a configuration
   * for `resourceType` yet (AssociateInstanceStorageConfig "associates a
   * storage resource type for the first time"): an instance made in the
   * console, or by `ConnectInstance` with its defaults, already stores call
   * recordings, chat transcripts and reports.
   *
   * An imported instance has no shared bucket or key: its S3 and Kinesis
   * Video Streams targets must name their own (`StorageTarget.s3({ bucket,
   * encryptionKey })`).
   *
   * @see https://docs.aws.amazon.com/connect/latest/APIReference/API_AssociateInstanceStorageConfig.html
   */
  addStorage(resourceType: StorageResourceType, target: StorageTarget): void;

  /**
   * Grants `actions` (such as `connect:StartOutboundVoiceContact`) on the
   * instance and every resource in it (`<instance ARN>` and `<instance ARN>/*`).
   */
  grant(grantee: iam.IGrantable, ...actions: string[]): iam.Grant;

  /**
   * An `AWS/Connect` metric of this instance, with its `InstanceId` (and,
   * for the metrics Amazon Connect groups, `MetricGroup`) dimensions, in the
   * instance's account and Region.
   *
   * @default - statistic as documented for the metric (Sum otherwise), 5-minute period
   * @see https://docs.aws.amazon.com/connect/latest/adminguide/monitoring-cloudwatch.html
   */
  metric(metricName: string, props?: cloudwatch.MetricOptions): cloudwatch.Metric;

  /**
   * Inbound and outbound voice calls. Statistic: Sum, period 5 minutes.
   */
  metricCallsPerInterval(props?: cloudwatch.MetricOptions): cloudwatch.Metric;

  /**
   * Concurrent active voice calls. Statistic: Maximum, period 5 minutes.
   */
  metricConcurrentCalls(props?: cloudwatch.MetricOptions): cloudwatch.Metric;

  /**
   * Concurrent active voice calls as a percentage of the instance's quota.
   * Statistic: Maximum, period 5 minutes.
   */
  metricConcurrentCallsPercentage(props?: cloudwatch.MetricOptions): cloudwatch.Metric;

  /**
   * Voice calls rejected because the call rate exceeded the quota.
   * Statistic: Sum, period 5 minutes.
   */
  metricThrottledCalls(props?: cloudwatch.MetricOptions): cloudwatch.Metric;

  /**
   * Voice calls routed to an agent who did not answer. Statistic: Sum, period 5 minutes.
   */
  metricMissedCalls(props?: cloudwatch.MetricOptions): cloudwatch.Metric;

  /**
   * Voice calls that failed because the concurrent-calls quota was reached.
   * Statistic: Sum, period 5 minutes.
   */
  metricCallsBreachingConcurrencyQuota(props?: cloudwatch.MetricOptions): cloudwatch.Metric;

  /**
   * Calls that failed because their number is not associated with a flow.
   * Statistic: Sum, period 5 minutes.
   */
  metricMisconfiguredPhoneNumbers(props?: cloudwatch.MetricOptions): cloudwatch.Metric;

  /**
   * Call recordings that failed to upload to storage. Statistic: Sum, period 5 minutes.
   */
  metricCallRecordingUploadError(props?: cloudwatch.MetricOptions): cloudwatch.Metric;

  /**
   * Concurrent active chats. Statistic: Maximum, period 5 minutes.
   */
  metricConcurrentActiveChats(props?: cloudwatch.MetricOptions): cloudwatch.Metric;

  /**
   * Chat start requests that exceeded the instance's active-chats quota.
   * Statistic: Sum, period 5 minutes.
   */
  metricChatsBreachingActiveChatQuota(props?: cloudwatch.MetricOptions): cloudwatch.Metric;

  /**
   * Concurrent active tasks. Statistic: Maximum, period 5 minutes.
   */
  metricConcurrentTasks(props?: cloudwatch.MetricOptions): cloudwatch.Metric;

  /**
   * Tasks that failed because the concurrent-tasks quota was reached.
   * Statistic: Sum, period 5 minutes.
   */
  metricTasksBreachingConcurrencyQuota(props?: cloudwatch.MetricOptions): cloudwatch.Metric;
}

/**
 * What an imported instance is made of.
 */
export interface ConnectInstanceAttributes {
  /** The ARN of the instance (`arn:<partition>:connect:<region>:<account>:instance/<id>`). */
  readonly instanceArn: string;

  /**
   * How the instance stores and authenticates its users. Users added to the
   * imported instance are checked against it (user name length, which names
   * and e-mails they take, whether a password is generated).
   *
   * @default - unknown: the instance takes no users
   */
  readonly identityManagementType?: IdentityManagementType;
}
