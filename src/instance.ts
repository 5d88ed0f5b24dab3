import { IResource } from 'aws-cdk-lib';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import * as iam from 'aws-cdk-lib/aws-iam';
import type { AgentStatusOptions, IAgentStatus } from './agent-status';
import type { ApprovedOriginOptions, IApprovedOrigin } from './approved-origin';
import type { ContactCenterMonitoring, ContactCenterMonitoringOptions } from './contact-center-monitoring';
import type { ContactFlowOptions, IContactFlow } from './contact-flow';
import type { ContactFlowModuleOptions, IContactFlowModule } from './contact-flow-module';
import type { CustomMetricOptions, ICustomMetric } from './custom-metric';
import type { DataLakeAssociationOptions, IDataLakeAssociation } from './data-lake-association';
import type { DataTableOptions, IDataTable } from './data-table';
import type { EmailAddressOptions, IEmailAddress } from './email-address';
import type { EvaluationFormOptions, IEvaluationForm } from './evaluation-form';
import type { HoursOfOperationOptions, IHoursOfOperation } from './hours-of-operation';
import { IdentityManagementType } from './identity';
import type { IInstanceReplica, InstanceReplicaOptions } from './instance-replica';
import type { IIntegrationAssociation, IntegrationAssociationOptions } from './integration-association';
import type { INotification, NotificationOptions } from './notification';
import type { ImportPhoneNumberOptions, IPhoneNumber, PhoneNumberOptions } from './phone-number';
import type { IPredefinedAttribute, PredefinedAttributeOptions } from './predefined-attribute';
import type { IPrompt, PromptOptions } from './prompt';
import type { IQueue, QueueOptions } from './queue';
import type { IQuickConnect, QuickConnectOptions } from './quick-connect';
import type { IRoutingProfile, RoutingProfile, RoutingProfileOptions } from './routing-profile';
import type { IRule, RuleOptions } from './rule';
import type { ISecurityKey, SecurityKeyOptions } from './security-key';
import type { ISecurityProfile, SecurityProfile, SecurityProfileOptions } from './security-profile';
import { StorageResourceType, StorageTarget } from './storage';
import type { ITaskTemplate, TaskTemplateOptions } from './task-template';
import type { ITestCase, TestCaseOptions } from './test-case';
import type { ITrafficDistributionGroup, TrafficDistributionGroupOptions } from './traffic-distribution-group';
import type { IUseCase, UseCaseOptions } from './use-case';
import type { IUser, UserOptions } from './user';
import type { IUserHierarchyGroup, UserHierarchyGroupOptions } from './user-hierarchy-group';
import type { IUserHierarchyStructure, UserHierarchyStructureOptions } from './user-hierarchy-structure';
import type { IView, ViewOptions } from './view';
import type { IVocabulary, VocabularyOptions } from './vocabulary';
import type { IWorkspace, WorkspaceOptions } from './workspace';

/** An Amazon Connect instance, created here or imported; users, phone numbers and the next steps' resources can be added to either. */
export interface IConnectInstance extends IResource {
  /**
   * The ARN of the instance.
   * @attribute
   */
  readonly instanceArn: string;

  /**
   * The id of the instance.
   * @attribute
   */
  readonly instanceId: string;

  /**
   * How the instance stores and authenticates its users; users are checked against it.
   * @default - unknown for an instance imported without it
   */
  readonly identityManagementType?: IdentityManagementType;

  /** The ARN of one of the instance's security profiles: looked up at deploy time when given by name; another instance's throws. */
  securityProfileArn(profile: ISecurityProfile): string;

  /** The ARN of one of the instance's routing profiles: looked up at deploy time when given by name; another instance's throws. */
  routingProfileArn(profile: IRoutingProfile): string;

  /** Adds a user, with the Agent security profile and the Basic Routing Profile unless others are given. */
  addUser(id: string, options: UserOptions): IUser;

  /**
   * Claims a phone number of the given country, type and prefix for the instance.
   * @see https://docs.aws.amazon.com/connect/latest/adminguide/get-connect-number.html
   */
  addPhoneNumber(id: string, options: PhoneNumberOptions): IPhoneNumber;

  /**
   * Imports a phone number you hold in another service, such as AWS End User Messaging.
   * @see https://docs.aws.amazon.com/connect/latest/APIReference/API_ImportPhoneNumber.html
   */
  importPhoneNumber(id: string, options: ImportPhoneNumberOptions): IPhoneNumber;

  /**
   * Adds an hours of operation: when queues take contacts (around the clock in UTC by default).
   * @see https://docs.aws.amazon.com/connect/latest/adminguide/set-hours-operation.html
   */
  addHoursOfOperation(id: string, options?: HoursOfOperationOptions): IHoursOfOperation;

  /**
   * Adds a flow (a contact flow unless `options.type` says otherwise), checked at synth.
   * @see https://docs.aws.amazon.com/connect/latest/adminguide/create-contact-flow.html
   */
  addContactFlow(id: string, options: ContactFlowOptions): IContactFlow;

  /**
   * Adds a flow module: a reusable section of flow, checked at synth.
   * @see https://docs.aws.amazon.com/connect/latest/adminguide/contact-flow-modules.html
   */
  addContactFlowModule(id: string, options: ContactFlowModuleOptions): IContactFlowModule;

  /**
   * Adds a queue open during an hours of operation.
   * @see https://docs.aws.amazon.com/connect/latest/adminguide/create-queue.html
   */
  addQueue(id: string, options: QueueOptions): IQueue;

  /**
   * Adds a routing profile: which queues its agents serve, on which channels.
   * @see https://docs.aws.amazon.com/connect/latest/adminguide/routing-profiles.html
   */
  addRoutingProfile(id: string, options: RoutingProfileOptions): RoutingProfile;

  /**
   * Adds a security profile: what its users may do.
   * @see https://docs.aws.amazon.com/connect/latest/adminguide/create-security-profile.html
   */
  addSecurityProfile(id: string, options: SecurityProfileOptions): SecurityProfile;

  /**
   * Adds a prompt from an audio file in S3.
   * @see https://docs.aws.amazon.com/connect/latest/adminguide/prompts.html
   */
  addPrompt(id: string, options: PromptOptions): IPrompt;

  /**
   * Adds a quick connect: a phone number, queue or user agents transfer contacts to.
   * @see https://docs.aws.amazon.com/connect/latest/adminguide/quick-connects.html
   */
  addQuickConnect(id: string, options: QuickConnectOptions): IQuickConnect;

  /**
   * Approves a web origin that may embed the Contact Control Panel or the chat widget.
   * @see https://docs.aws.amazon.com/connect/latest/adminguide/app-integration.html
   */
  addApprovedOrigin(id: string, options: ApprovedOriginOptions): IApprovedOrigin;

  /**
   * Lets the instance's flows call a Lambda function (granting Connect invoke) or a Lex V2 bot alias.
   * @see https://docs.aws.amazon.com/connect/latest/adminguide/connect-lambda-functions.html
   * @see https://docs.aws.amazon.com/connect/latest/adminguide/amazon-lex.html
   */
  addIntegration(id: string, options: IntegrationAssociationOptions): IIntegrationAssociation;

  /**
   * Adds a custom agent status, such as Break or Training; Amazon Connect cannot delete one, so retire it with `state`.
   *
   * @see https://docs.aws.amazon.com/connect/latest/APIReference/agent-status-api.html
   */
  addAgentStatus(id: string, options?: AgentStatusOptions): IAgentStatus;

  /**
   * Sets the levels of the instance's user hierarchy (one structure per instance).
   *
   * @see https://docs.aws.amazon.com/connect/latest/adminguide/agent-hierarchy.html
   */
  addUserHierarchyStructure(id: string, options: UserHierarchyStructureOptions): IUserHierarchyStructure;

  /**
   * Adds a group of the user hierarchy, below `options.parent` or at the top level.
   *
   * @see https://docs.aws.amazon.com/connect/latest/adminguide/agent-hierarchy.html
   */
  addUserHierarchyGroup(id: string, options?: UserHierarchyGroupOptions): IUserHierarchyGroup;

  /**
   * Adds a predefined attribute, whose values users get as proficiencies.
   *
   * @see https://docs.aws.amazon.com/connect/latest/adminguide/predefined-attributes.html
   */
  addPredefinedAttribute(id: string, options: PredefinedAttributeOptions): IPredefinedAttribute;

  /**
   * Adds a view: a page of the agent workspace that flows show.
   *
   * @see https://docs.aws.amazon.com/connect/latest/adminguide/view-resources-custom-view.html
   */
  addView(id: string, options: ViewOptions): IView;

  /**
   * Adds a custom vocabulary for Contact Lens transcription.
   *
   * @see https://docs.aws.amazon.com/connect/latest/adminguide/add-custom-vocabulary.html
   */
  addVocabulary(id: string, options: VocabularyOptions): IVocabulary;

  /**
   * Associates a public key with the instance (two at most).
   *
   * @see https://docs.aws.amazon.com/connect/latest/APIReference/API_AssociateSecurityKey.html
   */
  addSecurityKey(id: string, options: SecurityKeyOptions): ISecurityKey;

  /**
   * Adds a use case to one of the instance's integration associations, such as rules on a Zendesk application's events.
   *
   * @see https://docs.aws.amazon.com/connect/latest/APIReference/API_CreateUseCase.html
   */
  addUseCase(id: string, options: UseCaseOptions): IUseCase;

  /**
   * Adds a task template: the fields of a task and the flow it runs.
   *
   * @see https://docs.aws.amazon.com/connect/latest/adminguide/task-templates.html
   */
  addTaskTemplate(id: string, options: TaskTemplateOptions): ITaskTemplate;

  /**
   * Adds a rule: actions, such as a task or an e-mail to users, run when an event matches a condition.
   *
   * @see https://docs.aws.amazon.com/connect/latest/adminguide/rules.html
   */
  addRule(id: string, options: RuleOptions): IRule;

  /**
   * Adds an evaluation form: sections of questions evaluators answer about contacts.
   *
   * @see https://docs.aws.amazon.com/connect/latest/adminguide/create-evaluation-forms.html
   */
  addEvaluationForm(id: string, options: EvaluationFormOptions): IEvaluationForm;

  /**
   * Adds an e-mail address of the instance's e-mail channel.
   *
   * @see https://docs.aws.amazon.com/connect/latest/adminguide/create-email-address.html
   */
  addEmailAddress(id: string, options: EmailAddressOptions): IEmailAddress;

  /**
   * Shares a data set of the instance's analytics data lake with an account.
   *
   * @see https://docs.aws.amazon.com/connect/latest/adminguide/data-lake.html
   */
  addDataLakeAssociation(id: string, options: DataLakeAssociationOptions): IDataLakeAssociation;

  /**
   * Adds a data table, whose attributes and records are added to it.
   *
   * @see https://docs.aws.amazon.com/connect/latest/APIReference/API_CreateDataTable.html
   */
  addDataTable(id: string, options?: DataTableOptions): IDataTable;

  /**
   * Adds a custom metric: a formula over Amazon Connect's metrics.
   *
   * @see https://docs.aws.amazon.com/connect/latest/APIReference/API_CreateMetric.html
   */
  addCustomMetric(id: string, options: CustomMetricOptions): ICustomMetric;

  /**
   * Adds a notification shown to the instance's users.
   *
   * @see https://docs.aws.amazon.com/connect/latest/APIReference/API_CreateNotification.html
   */
  addNotification(id: string, options: NotificationOptions): INotification;

  /**
   * Adds a test case: a simulated contact that checks what flows do.
   *
   * @see https://docs.aws.amazon.com/connect/latest/APIReference/API_CreateTestCase.html
   */
  addTestCase(id: string, options: TestCaseOptions): ITestCase;

  /**
   * Adds a workspace: pages, theme and logos of the agent workspace for some users.
   *
   * @see https://docs.aws.amazon.com/connect/latest/APIReference/API_CreateWorkspace.html
   */
  addWorkspace(id: string, options?: WorkspaceOptions): IWorkspace;

  /**
   * Adds a replica of a SAML instance in the Region Global Resiliency pairs with the instance's; the deploy waits until it is ACTIVE.
   * @see https://docs.aws.amazon.com/connect/latest/adminguide/setup-connect-global-resiliency.html
   */
  addReplica(id: string, options: InstanceReplicaOptions): IInstanceReplica;

  /**
   * Adds a traffic distribution group, which splits the calls of its numbers between the instance's Region and its replica's.
   * @see https://docs.aws.amazon.com/connect/latest/adminguide/setup-traffic-distribution-groups.html
   */
  addTrafficDistributionGroup(id: string, options?: TrafficDistributionGroupOptions): ITrafficDistributionGroup;

  /**
   * Stores or streams one more kind of data; an imported instance's S3 and Kinesis Video Streams targets name their own bucket and key.
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
   * @default - unknown: the instance takes no users
   */
  readonly identityManagementType?: IdentityManagementType;
}
