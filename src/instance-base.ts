import { RemovalPolicy, Resource, ResourceProps } from 'aws-cdk-lib';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import { Construct } from 'constructs';
import type { AgentStatusOptions, IAgentStatus } from './agent-status';
import type { ApprovedOriginOptions, IApprovedOrigin } from './approved-origin';
import type { ContactCenterMonitoring, ContactCenterMonitoringOptions } from './contact-center-monitoring';
import { ContactFlow, ContactFlowOptions, IContactFlow } from './contact-flow';
import type { ContactFlowModuleOptions, IContactFlowModule } from './contact-flow-module';
import type { CustomMetricOptions, ICustomMetric } from './custom-metric';
import type { DataLakeAssociationOptions, IDataLakeAssociation } from './data-lake-association';
import type { DataTableOptions, IDataTable } from './data-table';
import type { EmailAddressOptions, IEmailAddress } from './email-address';
import type { EvaluationFormOptions, IEvaluationForm } from './evaluation-form';
import { HoursOfOperation, HoursOfOperationOptions, IHoursOfOperation } from './hours-of-operation';
import { IdentityManagementType } from './identity';
import { IConnectInstance } from './instance';
import type { IInstanceReplica, InstanceReplicaOptions } from './instance-replica';
import { IIntegrationAssociation, IntegrationAssociation, IntegrationAssociationOptions } from './integration-association';
import type { INotification, NotificationOptions } from './notification';
import { ImportPhoneNumberOptions, IPhoneNumber, PhoneNumber, PhoneNumberOptions, PhoneNumberSource } from './phone-number';
import type { IPredefinedAttribute, PredefinedAttributeOptions } from './predefined-attribute';
import * as lazy from './private/instance/lazy-resources';
import { instanceMetric } from './private/instance/metrics';
import { registerInstanceRemovalPolicy } from './private/instance/removal-policy';
import { InstanceStorage } from './private/storage/instance-storage';
import type { IPrompt, PromptOptions } from './prompt';
import { IQueue, Queue, QueueOptions } from './queue';
import type { IQuickConnect, QuickConnectOptions } from './quick-connect';
import { IRoutingProfile, RoutingProfile, RoutingProfileOptions } from './routing-profile';
import type { IRule, RuleOptions } from './rule';
import type { ISecurityKey, SecurityKeyOptions } from './security-key';
import type { ISecurityProfile, SecurityProfile, SecurityProfileOptions } from './security-profile';
import { StorageResourceType, StorageTarget } from './storage';
import type { ITaskTemplate, TaskTemplateOptions } from './task-template';
import type { ITestCase, TestCaseOptions } from './test-case';
import type { ITrafficDistributionGroup, TrafficDistributionGroupOptions } from './traffic-distribution-group';
import type { IUseCase, UseCaseOptions } from './use-case';
import { IUser, User, UserOptions } from './user';
import type { IUserHierarchyGroup, UserHierarchyGroupOptions } from './user-hierarchy-group';
import type { IUserHierarchyStructure, UserHierarchyStructureOptions } from './user-hierarchy-structure';
import type { IView, ViewOptions } from './view';
import type { IVocabulary, VocabularyOptions } from './vocabulary';
import type { IWorkspace, WorkspaceOptions } from './workspace';

/**
 * What created and imported instances share. Not exported: jsii copies its members into `ConnectInstance`.
 *
 * @internal
 */
export abstract class ConnectInstanceBase extends Resource implements IConnectInstance {
  public abstract readonly instanceArn: string;
  public abstract readonly instanceId: string;
  public abstract readonly identityManagementType?: IdentityManagementType;

  constructor(scope: Construct, id: string, props?: ResourceProps) {
    super(scope, id, props);
    // How the instance's numbers and profile lookup find its removal policy.
    registerInstanceRemovalPolicy(this, () => this._deployTimeRemovalPolicy());
  }

  public securityProfileArn(profile: ISecurityProfile): string {
    return profile.securityProfileArnFor(this);
  }

  public routingProfileArn(profile: IRoutingProfile): string {
    return profile.routingProfileArnFor(this);
  }

  public addUser(id: string, options: UserOptions): IUser {
    return this._newUser(id, options, lazy.securityProfile().SecurityProfile.AGENT);
  }

  public addPhoneNumber(id: string, options: PhoneNumberOptions): IPhoneNumber {
    return new PhoneNumber(this, id, {
      instance: this,
      source: PhoneNumberSource.claim(options),
      description: options.description,
      contactFlow: options.contactFlow,
      removalPolicy: options.removalPolicy,
    });
  }

  public importPhoneNumber(id: string, options: ImportPhoneNumberOptions): IPhoneNumber {
    return new PhoneNumber(this, id, {
      instance: this,
      source: PhoneNumberSource.fromSourcePhoneNumberArn(options.sourcePhoneNumberArn),
      description: options.description,
      contactFlow: options.contactFlow,
      removalPolicy: options.removalPolicy,
    });
  }

  // Each next step is a child of the instance, so its name is built under the instance's path;
  // `{ ...options, instance: this }` so a smuggled `instance` does not win.
  public addHoursOfOperation(id: string, options: HoursOfOperationOptions = {}): IHoursOfOperation {
    return new HoursOfOperation(this, id, { ...options, instance: this });
  }

  public addContactFlow(id: string, options: ContactFlowOptions): IContactFlow {
    return new ContactFlow(this, id, { ...options, instance: this });
  }

  public addContactFlowModule(id: string, options: ContactFlowModuleOptions): IContactFlowModule {
    return new (lazy.contactFlowModule().ContactFlowModule)(this, id, { ...options, instance: this });
  }

  public addQueue(id: string, options: QueueOptions): IQueue {
    return new Queue(this, id, { ...options, instance: this });
  }

  public addRoutingProfile(id: string, options: RoutingProfileOptions): RoutingProfile {
    return new RoutingProfile(this, id, { ...options, instance: this });
  }

  public addSecurityProfile(id: string, options: SecurityProfileOptions): SecurityProfile {
    return new (lazy.securityProfile().SecurityProfile)(this, id, { ...options, instance: this });
  }

  public addPrompt(id: string, options: PromptOptions): IPrompt {
    return new (lazy.prompt().Prompt)(this, id, { ...options, instance: this });
  }

  public addQuickConnect(id: string, options: QuickConnectOptions): IQuickConnect {
    return new (lazy.quickConnect().QuickConnect)(this, id, { ...options, instance: this });
  }

  public addApprovedOrigin(id: string, options: ApprovedOriginOptions): IApprovedOrigin {
    return new (lazy.approvedOrigin().ApprovedOrigin)(this, id, { ...options, instance: this });
  }

  public addIntegration(id: string, options: IntegrationAssociationOptions): IIntegrationAssociation {
    return new IntegrationAssociation(this, id, { ...options, instance: this });
  }

  public addUseCase(id: string, options: UseCaseOptions): IUseCase {
    return new (lazy.useCase().UseCase)(this, id, { ...options, instance: this });
  }

  public addTaskTemplate(id: string, options: TaskTemplateOptions): ITaskTemplate {
    return new (lazy.taskTemplate().TaskTemplate)(this, id, { ...options, instance: this });
  }

  public addRule(id: string, options: RuleOptions): IRule {
    return new (lazy.rule().Rule)(this, id, { ...options, instance: this });
  }

  public addEvaluationForm(id: string, options: EvaluationFormOptions): IEvaluationForm {
    return new (lazy.evaluationForm().EvaluationForm)(this, id, { ...options, instance: this });
  }

  public addEmailAddress(id: string, options: EmailAddressOptions): IEmailAddress {
    return new (lazy.emailAddress().EmailAddress)(this, id, { ...options, instance: this });
  }

  public addDataLakeAssociation(id: string, options: DataLakeAssociationOptions): IDataLakeAssociation {
    return new (lazy.dataLakeAssociation().DataLakeAssociation)(this, id, { ...options, instance: this });
  }

  public addDataTable(id: string, options: DataTableOptions = {}): IDataTable {
    return new (lazy.dataTable().DataTable)(this, id, { ...options, instance: this });
  }

  public addCustomMetric(id: string, options: CustomMetricOptions): ICustomMetric {
    return new (lazy.customMetric().CustomMetric)(this, id, { ...options, instance: this });
  }

  public addNotification(id: string, options: NotificationOptions): INotification {
    return new (lazy.notification().Notification)(this, id, { ...options, instance: this });
  }

  public addTestCase(id: string, options: TestCaseOptions): ITestCase {
    return new (lazy.testCase().TestCase)(this, id, { ...options, instance: this });
  }

  public addWorkspace(id: string, options: WorkspaceOptions = {}): IWorkspace {
    return new (lazy.workspace().Workspace)(this, id, { ...options, instance: this });
  }

  public addReplica(id: string, options: InstanceReplicaOptions): IInstanceReplica {
    return new (lazy.instanceReplica().InstanceReplica)(this, id, { ...options, instance: this });
  }

  public addTrafficDistributionGroup(id: string, options: TrafficDistributionGroupOptions = {}): ITrafficDistributionGroup {
    return new (lazy.trafficDistributionGroup().TrafficDistributionGroup)(this, id, { ...options, instance: this });
  }

  public addAgentStatus(id: string, options: AgentStatusOptions = {}): IAgentStatus {
    return new (lazy.agentStatus().AgentStatus)(this, id, { ...options, instance: this });
  }

  public addUserHierarchyStructure(id: string, options: UserHierarchyStructureOptions): IUserHierarchyStructure {
    return new (lazy.userHierarchyStructure().UserHierarchyStructure)(this, id, { ...options, instance: this });
  }

  public addUserHierarchyGroup(id: string, options: UserHierarchyGroupOptions = {}): IUserHierarchyGroup {
    return new (lazy.userHierarchyGroup().UserHierarchyGroup)(this, id, { ...options, instance: this });
  }

  public addPredefinedAttribute(id: string, options: PredefinedAttributeOptions): IPredefinedAttribute {
    return new (lazy.predefinedAttribute().PredefinedAttribute)(this, id, { ...options, instance: this });
  }

  public addView(id: string, options: ViewOptions): IView {
    return new (lazy.view().View)(this, id, { ...options, instance: this });
  }

  public addVocabulary(id: string, options: VocabularyOptions): IVocabulary {
    return new (lazy.vocabulary().Vocabulary)(this, id, { ...options, instance: this });
  }

  public addSecurityKey(id: string, options: SecurityKeyOptions): ISecurityKey {
    return new (lazy.securityKey().SecurityKey)(this, id, { ...options, instance: this });
  }

  public addStorage(resourceType: StorageResourceType, target: StorageTarget): void {
    InstanceStorage.of(this).add(resourceType, target);
  }

  public addMonitoring(id: string, options: ContactCenterMonitoringOptions = {}): ContactCenterMonitoring {
    return new (lazy.contactCenterMonitoring().ContactCenterMonitoring)(this, id, { ...options, instance: this });
  }

  public grant(grantee: iam.IGrantable, ...actions: string[]): iam.Grant {
    // Every resource of an instance has an ARN under the instance's.
    // https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazonconnect.html#amazonconnect-resources-for-iam-policies
    return iam.Grant.addToPrincipal({
      grantee,
      actions,
      resourceArns: [this.instanceArn, `${this.instanceArn}/*`],
    });
  }

  public metric(metricName: string, props?: cloudwatch.MetricOptions): cloudwatch.Metric {
    return instanceMetric(this, this.instanceId, metricName, props);
  }

  public metricCallsPerInterval(props?: cloudwatch.MetricOptions): cloudwatch.Metric {
    return this.metric('CallsPerInterval', props);
  }

  public metricConcurrentCalls(props?: cloudwatch.MetricOptions): cloudwatch.Metric {
    return this.metric('ConcurrentCalls', props);
  }

  public metricConcurrentCallsPercentage(props?: cloudwatch.MetricOptions): cloudwatch.Metric {
    return this.metric('ConcurrentCallsPercentage', props);
  }

  public metricThrottledCalls(props?: cloudwatch.MetricOptions): cloudwatch.Metric {
    return this.metric('ThrottledCalls', props);
  }

  public metricMissedCalls(props?: cloudwatch.MetricOptions): cloudwatch.Metric {
    return this.metric('MissedCalls', props);
  }

  public metricCallsBreachingConcurrencyQuota(props?: cloudwatch.MetricOptions): cloudwatch.Metric {
    return this.metric('CallsBreachingConcurrencyQuota', props);
  }

  public metricMisconfiguredPhoneNumbers(props?: cloudwatch.MetricOptions): cloudwatch.Metric {
    return this.metric('MisconfiguredPhoneNumbers', props);
  }

  public metricCallRecordingUploadError(props?: cloudwatch.MetricOptions): cloudwatch.Metric {
    return this.metric('CallRecordingUploadError', props);
  }

  public metricConcurrentActiveChats(props?: cloudwatch.MetricOptions): cloudwatch.Metric {
    return this.metric('ConcurrentActiveChats', props);
  }

  public metricChatsBreachingActiveChatQuota(props?: cloudwatch.MetricOptions): cloudwatch.Metric {
    return this.metric('ChatsBreachingActiveChatQuota', props);
  }

  public metricConcurrentTasks(props?: cloudwatch.MetricOptions): cloudwatch.Metric {
    return this.metric('ConcurrentTasks', props);
  }

  public metricTasksBreachingConcurrencyQuota(props?: cloudwatch.MetricOptions): cloudwatch.Metric {
    return this.metric('TasksBreachingConcurrencyQuota', props);
  }

  /**
   * A user of this instance, with `defaultProfile` unless `options` names security profiles.
   *
   * @internal
   */
  protected _newUser(id: string, options: UserOptions, defaultProfile: ISecurityProfile): User {
    const defaults = this._userDefaults();
    // `??`, not `{ default, ...options }`: `securityProfiles: undefined` would win.
    return new User(this, id, {
      ...options,
      instance: this,
      securityProfiles: options.securityProfiles ?? [defaultProfile],
      passwordEncryptionKey: defaults.passwordEncryptionKey,
      removalPolicy: defaults.removalPolicy,
    });
  }

  /**
   * What users of this instance get: the storage key and removal policy, if created here.
   *
   * @internal
   */
  protected _userDefaults(): { passwordEncryptionKey?: kms.IKey; removalPolicy?: RemovalPolicy } {
    return {};
  }

  /**
   * How the deploy-time function's log group is kept: as the instance keeps its data.
   *
   * @internal
   */
  public _deployTimeRemovalPolicy(): RemovalPolicy | undefined {
    return this._userDefaults().removalPolicy;
  }
}
