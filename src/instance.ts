import { IResource } from 'aws-cdk-lib';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import * as iam from 'aws-cdk-lib/aws-iam';
import type { ApprovedOriginOptions, IApprovedOrigin } from './approved-origin';
import type { ContactCenterMonitoring, ContactCenterMonitoringOptions } from './contact-center-monitoring';
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
 * An Amazon Connect instance, created here or imported; users, phone numbers and the next
 * steps' resources can be added to either.
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
   * How the instance stores and authenticates its users; users are checked against it.
   *
   * @default - unknown for an instance imported without it
   */
  readonly identityManagementType?: IdentityManagementType;

  /**
   * The ARN of one of the instance's security profiles; one given by name is looked up at
   * deploy time, and one of another instance throws.
   */
  securityProfileArn(profile: ISecurityProfile): string;

  /**
   * The ARN of one of the instance's routing profiles; one given by name is looked up at
   * deploy time, and one of another instance throws.
   */
  routingProfileArn(profile: IRoutingProfile): string;

  /** Adds a user, with the Agent security profile and the Basic Routing Profile unless others are given. */
  addUser(id: string, options: UserOptions): IUser;

  /**
   * Claims a phone number of the given country, type and prefix for the instance.
   *
   * @see https://docs.aws.amazon.com/connect/latest/adminguide/get-connect-number.html
   */
  addPhoneNumber(id: string, options: PhoneNumberOptions): IPhoneNumber;

  /**
   * Imports a phone number you hold in another service, such as AWS End User Messaging.
   *
   * @see https://docs.aws.amazon.com/connect/latest/APIReference/API_ImportPhoneNumber.html
   */
  importPhoneNumber(id: string, options: ImportPhoneNumberOptions): IPhoneNumber;

  /**
   * Adds an hours of operation: when queues take contacts (around the clock in UTC by default).
   *
   * @see https://docs.aws.amazon.com/connect/latest/adminguide/set-hours-operation.html
   */
  addHoursOfOperation(id: string, options?: HoursOfOperationOptions): IHoursOfOperation;

  /**
   * Adds a flow (a contact flow unless `options.type` says otherwise), checked at synth.
   *
   * @see https://docs.aws.amazon.com/connect/latest/adminguide/create-contact-flow.html
   */
  addContactFlow(id: string, options: ContactFlowOptions): IContactFlow;

  /**
   * Adds a flow module: a reusable section of flow, checked at synth.
   *
   * @see https://docs.aws.amazon.com/connect/latest/adminguide/contact-flow-modules.html
   */
  addContactFlowModule(id: string, options: ContactFlowModuleOptions): IContactFlowModule;

  /**
   * Adds a queue open during an hours of operation.
   *
   * @see https://docs.aws.amazon.com/connect/latest/adminguide/create-queue.html
   */
  addQueue(id: string, options: QueueOptions): IQueue;

  /**
   * Adds a routing profile: which queues its agents serve, on which channels.
   *
   * @see https://docs.aws.amazon.com/connect/latest/adminguide/routing-profiles.html
   */
  addRoutingProfile(id: string, options: RoutingProfileOptions): RoutingProfile;

  /**
   * Adds a security profile: what its users may do.
   *
   * @see https://docs.aws.amazon.com/connect/latest/adminguide/create-security-profile.html
   */
  addSecurityProfile(id: string, options: SecurityProfileOptions): SecurityProfile;

  /**
   * Adds a prompt from an audio file in S3.
   *
   * @see https://docs.aws.amazon.com/connect/latest/adminguide/prompts.html
   */
  addPrompt(id: string, options: PromptOptions): IPrompt;

  /**
   * Adds a quick connect: a phone number, queue or user agents transfer contacts to.
   *
   * @see https://docs.aws.amazon.com/connect/latest/adminguide/quick-connects.html
   */
  addQuickConnect(id: string, options: QuickConnectOptions): IQuickConnect;

  /**
   * Approves a web origin that may embed the Contact Control Panel or the chat widget.
   *
   * @see https://docs.aws.amazon.com/connect/latest/adminguide/app-integration.html
   */
  addApprovedOrigin(id: string, options: ApprovedOriginOptions): IApprovedOrigin;

  /**
   * Lets the instance's flows call a Lambda function (granting Connect invoke) or a Lex V2 bot alias.
   *
   * @see https://docs.aws.amazon.com/connect/latest/adminguide/connect-lambda-functions.html
   * @see https://docs.aws.amazon.com/connect/latest/adminguide/amazon-lex.html
   */
  addIntegration(id: string, options: IntegrationAssociationOptions): IIntegrationAssociation;

  /**
   * Stores or streams one more kind of data (`AWS::Connect::InstanceStorageConfig`) not yet
   * configured; an imported instance's S3 and Kinesis Video Streams targets name their own bucket and key.
   *
   * @see https://docs.aws.amazon.com/connect/latest/APIReference/API_AssociateInstanceStorageConfig.html
   */
  addStorage(resourceType: StorageResourceType, target: StorageTarget): void;

  /**
   * Adds a CloudWatch dashboard and the recommended alarms, drawn from the queues, flows and
   * Lambda functions the app creates for the instance.
   *
   * @see https://docs.aws.amazon.com/connect/latest/adminguide/monitoring-cloudwatch.html
   */
  addMonitoring(id: string, options?: ContactCenterMonitoringOptions): ContactCenterMonitoring;

  /** Grants `actions` on the instance and every resource in it. */
  grant(grantee: iam.IGrantable, ...actions: string[]): iam.Grant;

  /**
   * An `AWS/Connect` metric of this instance, with its `InstanceId` (and `MetricGroup`) dimensions.
   *
   * @default - statistic as documented for the metric (Sum otherwise), 5-minute period
   * @see https://docs.aws.amazon.com/connect/latest/adminguide/monitoring-cloudwatch.html
   */
  metric(metricName: string, props?: cloudwatch.MetricOptions): cloudwatch.Metric;

  /** Inbound and outbound voice calls. Statistic: Sum, period 5 minutes. */
  metricCallsPerInterval(props?: cloudwatch.MetricOptions): cloudwatch.Metric;

  /** Concurrent active voice calls. Statistic: Maximum, period 5 minutes. */
  metricConcurrentCalls(props?: cloudwatch.MetricOptions): cloudwatch.Metric;

  /** Concurrent active voice calls as a percentage of the quota. Statistic: Maximum, period 5 minutes. */
  metricConcurrentCallsPercentage(props?: cloudwatch.MetricOptions): cloudwatch.Metric;

  /** Voice calls rejected by the call-rate quota. Statistic: Sum, period 5 minutes. */
  metricThrottledCalls(props?: cloudwatch.MetricOptions): cloudwatch.Metric;

  /** Voice calls routed to an agent who did not answer. Statistic: Sum, period 5 minutes. */
  metricMissedCalls(props?: cloudwatch.MetricOptions): cloudwatch.Metric;

  /** Voice calls failed at the concurrent-calls quota. Statistic: Sum, period 5 minutes. */
  metricCallsBreachingConcurrencyQuota(props?: cloudwatch.MetricOptions): cloudwatch.Metric;

  /** Calls failed because their number has no flow. Statistic: Sum, period 5 minutes. */
  metricMisconfiguredPhoneNumbers(props?: cloudwatch.MetricOptions): cloudwatch.Metric;

  /** Call recordings that failed to upload. Statistic: Sum, period 5 minutes. */
  metricCallRecordingUploadError(props?: cloudwatch.MetricOptions): cloudwatch.Metric;

  /** Concurrent active chats. Statistic: Maximum, period 5 minutes. */
  metricConcurrentActiveChats(props?: cloudwatch.MetricOptions): cloudwatch.Metric;

  /** Chats refused at the active-chats quota. Statistic: Sum, period 5 minutes. */
  metricChatsBreachingActiveChatQuota(props?: cloudwatch.MetricOptions): cloudwatch.Metric;

  /** Concurrent active tasks. Statistic: Maximum, period 5 minutes. */
  metricConcurrentTasks(props?: cloudwatch.MetricOptions): cloudwatch.Metric;

  /** Tasks failed at the concurrent-tasks quota. Statistic: Sum, period 5 minutes. */
  metricTasksBreachingConcurrencyQuota(props?: cloudwatch.MetricOptions): cloudwatch.Metric;
}

/** What an imported instance is made of. */
export interface ConnectInstanceAttributes {
  /** The ARN of the instance. */
  readonly instanceArn: string;

  /**
   * How the instance stores and authenticates its users; users added are checked against it.
   *
   * @default - unknown: the instance takes no users
   */
  readonly identityManagementType?: IdentityManagementType;
}
