import { Annotations, ArnFormat, IResource, RemovalPolicy, Resource, Stack, Token } from 'aws-cdk-lib';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import { CfnInstance } from 'aws-cdk-lib/aws-connect';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as s3 from 'aws-cdk-lib/aws-s3';
import * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import { Construct } from 'constructs';
import { IdentityManagement, IdentityManagementType } from './identity';
import { ImportPhoneNumberOptions, PhoneNumber, PhoneNumberOptions, PhoneNumberSource } from './phone-number';
import { overrideNewerAttributes, renderAttributes } from './private/attributes';
import { instanceMetric } from './private/metrics';
import { ProfileLookup } from './private/profile-lookup/profile-lookup';
import { validateUser } from './private/user-validation';
import { PropValidator } from './private/validation';
import { RoutingProfile, SecurityProfile } from './profiles';
import { InstanceStorage, StorageOptions } from './storage';
import { TelephonyOptions } from './telephony';
import { ConnectUser, UserOptions } from './user';

/** Instance aliases Amazon Connect accepts (CreateInstance `InstanceAlias`). */
const INSTANCE_ALIAS = /^(?!d-)([\da-zA-Z]+)([-]*[\da-zA-Z])*$/;
/** AWS Directory Service directory ids. */
const DIRECTORY_ID = /^d-[0-9a-f]{10}$/;

/**
 * An Amazon Connect instance, created here or imported.
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
   * An `AWS/Connect` metric of this instance, with its `InstanceId` (and,
   * for the metrics Amazon Connect groups, `MetricGroup`) dimensions.
   *
   * @default - statistic as documented for the metric (Sum otherwise), 5-minute period
   * @see https://docs.aws.amazon.com/connect/latest/adminguide/monitoring-cloudwatch.html
   */
  metric(metricName: string, props?: cloudwatch.MetricOptions): cloudwatch.Metric;

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
   * Inbound and outbound voice calls. Statistic: Sum, period 5 minutes.
   */
  metricCallsPerInterval(props?: cloudwatch.MetricOptions): cloudwatch.Metric;

  /**
   * Call recordings that failed to upload to storage. Statistic: Sum, period 5 minutes.
   */
  metricCallRecordingUploadError(props?: cloudwatch.MetricOptions): cloudwatch.Metric;

  /**
   * Calls that failed because their number is not associated with a flow.
   * Statistic: Sum, period 5 minutes.
   */
  metricMisconfiguredPhoneNumbers(props?: cloudwatch.MetricOptions): cloudwatch.Metric;

  /**
   * Concurrent active chats. Statistic: Maximum, period 5 minutes.
   */
  metricConcurrentActiveChats(props?: cloudwatch.MetricOptions): cloudwatch.Metric;
}

/**
 * What an imported instance is made of.
 */
export interface ConnectInstanceAttributes {
  /** The ARN of the instance (`arn:<partition>:connect:<region>:<account>:instance/<id>`). */
  readonly instanceArn: string;
}

/**
 * The administrator the console wizard's step 2 creates: a user with the
 * instance's built-in **Admin** security profile and **Basic Routing Profile**
 * (unless others are given).
 */
export interface AdminOptions extends UserOptions {}

/**
 * Properties of a `ConnectInstance`.
 *
 * Instance attributes (`AWS::Connect::Instance` `Attributes`): CloudFormation
 * calls UpdateInstanceAttribute once for each attribute present, so only
 * these are sent:
 *
 * | attribute | sent |
 * |---|---|
 * | `InboundCalls`, `OutboundCalls` | always: required by the registry schema (default on, as the console wizard) |
 * | `EarlyMedia`, `ContactflowLogs` | always: the console wizard sets them (default on) |
 * | every other one | only when its prop is set, `false` included; otherwise Amazon Connect's own default applies |
 *
 * On a stack update, the public source of CloudFormation's update handler
 * treats an attribute left out as `false` and writes it when Amazon Connect's
 * value differs: set a prop explicitly to keep a value Amazon Connect turned
 * on by itself.
 *
 * @see https://github.com/aws-cloudformation/aws-cloudformation-resource-providers-connect/tree/main/aws-connect-instance
 * @see https://docs.aws.amazon.com/connect/latest/APIReference/API_UpdateInstanceAttribute.html
 */
export interface ConnectInstanceProps {
  /**
   * How users are stored and authenticated (the wizard's step 1). Changing the
   * type, the alias or the directory replaces the instance — and Amazon
   * Connect limits how many instances an account can create and delete in 30
   * days.
   *
   * The type cannot change alone: change the alias with it (for an existing
   * directory, link a directory with another alias). Aliases are unique in
   * all Regions, and CloudFormation creates the replacement while the old
   * instance still holds its alias — and keeps the old one afterwards unless
   * `removalPolicy` is `DESTROY` — so a replacement with the same alias
   * cannot be created and the update fails.
   *
   * @see https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/using-cfn-updating-stacks-update-behaviors.html
   */
  readonly identity: IdentityManagement;

  /**
   * The administrator to create (the wizard's step 2).
   *
   * @default - no administrator is created
   */
  readonly admin?: AdminOptions;

  /**
   * Inbound calls, outbound calls and early media (the wizard's step 3).
   *
   * @default - inbound calls, outbound calls and early media on, as the console
   */
  readonly telephony?: TelephonyOptions;

  /**
   * Where call recordings, chat transcripts, reports, streams and the other
   * data Amazon Connect produces are stored (the wizard's step 4).
   *
   * @default - one new bucket and one new KMS key for call recordings, chat transcripts and exported reports
   */
  readonly storage?: StorageOptions;

  /**
   * Whether flows can write logs to CloudWatch (`ContactflowLogs`). The
   * construct creates and keeps the log group Amazon Connect writes to. The
   * console wizard sets it (step 4), so it is always sent.
   *
   * @default true - as the wizard: "by default … a CloudWatch log group is created automatically to store the logs"
   * @see https://docs.aws.amazon.com/connect/latest/adminguide/contact-flow-logs.html
   */
  readonly contactFlowLogs?: boolean;

  /**
   * Whether Contact Lens conversational analytics is available to flows
   * (`ContactLens`). It is charged only for the contacts a flow analyses.
   * Sent only when set: the console wizard does not set it.
   *
   * @default - not sent: Amazon Connect's default applies (the admin guide states none)
   * @see https://docs.aws.amazon.com/connect/latest/adminguide/enable-analytics.html#enable-cl
   */
  readonly contactLens?: boolean;

  /**
   * Whether Amazon Polly picks the best available voice for text-to-speech
   * (`AutoResolveBestVoices`). Sent only when set: the console wizard does
   * not set it.
   *
   * @default - not sent: Amazon Connect's default applies (the admin guide states none)
   * @see https://docs.aws.amazon.com/connect/latest/adminguide/text-to-speech.html#amazon-polly-best-sounding-voice
   */
  readonly autoResolveBestVoices?: boolean;

  /**
   * Whether flows may use custom text-to-speech voices (`UseCustomTTSVoices`).
   * Only accounts allow-listed by AWS Support can turn it on ("Only
   * allowlisted customers can consume USE_CUSTOM_TTS_VOICES"), so it is sent
   * only when set, `false` included.
   *
   * @default - not sent: Amazon Connect's default applies (off)
   * @see https://docs.aws.amazon.com/connect/latest/APIReference/API_UpdateInstanceAttribute.html
   */
  readonly useCustomTtsVoices?: boolean;

  /**
   * Whether calls can have up to six participants instead of three
   * (`MultiPartyConference`). The console turns this on together with
   * `enhancedContactMonitoring` ("Enable Multi-Party Calls and Enhanced
   * Monitoring for Voice"). Sent only when set.
   *
   * @default - not sent: Amazon Connect's default applies: "by default, calls can have three participants"
   * @see https://docs.aws.amazon.com/connect/latest/adminguide/monitor-conversations.html
   */
  readonly multiPartyConference?: boolean;

  /**
   * Whether chats can have more than two participants
   * (`MultiPartyChatConference`). The console turns this on together with
   * `enhancedChatMonitoring`. Sent only when set.
   *
   * @default - not sent: Amazon Connect's default applies: "by default, chats can have two participants"
   * @see https://docs.aws.amazon.com/connect/latest/adminguide/multi-party-chat.html
   */
  readonly multiPartyChatConference?: boolean;

  /**
   * Whether supervisors can barge into voice contacts
   * (`EnhancedContactMonitoring`). Sent only when set.
   *
   * @default - not sent: Amazon Connect's default applies (off)
   * @see https://docs.aws.amazon.com/connect/latest/adminguide/monitor-barge.html#monitor-barge-set-up
   */
  readonly enhancedContactMonitoring?: boolean;

  /**
   * Whether supervisors can barge into chats (`EnhancedChatMonitoring`).
   * Sent only when set.
   *
   * @default - not sent: Amazon Connect's default applies (off)
   * @see https://docs.aws.amazon.com/connect/latest/adminguide/monitor-barge.html#monitor-barge-set-up
   */
  readonly enhancedChatMonitoring?: boolean;

  /**
   * Whether high-volume outbound communications (outbound campaigns) are
   * enabled (`HighVolumeOutBound`). Sent only when set.
   *
   * @default - not sent: Amazon Connect's default applies (off)
   * @see https://docs.aws.amazon.com/connect/latest/adminguide/enable-outbound-campaigns.html
   */
  readonly highVolumeOutbound?: boolean;

  /**
   * Whether agents are muted automatically, and cannot unmute, while a
   * customer is on hold (`AutoMuteAgentOnHold`). Sent only when set.
   *
   * @default - not sent: Amazon Connect's default applies (not documented)
   * @see https://docs.aws.amazon.com/connect/latest/APIReference/API_UpdateInstanceAttribute.html
   */
  readonly autoMuteAgentOnHold?: boolean;

  /**
   * Whether chat messages are streamed to Amazon Lex bots (`MessageStreaming`).
   * When set through the API (as here), each Lex bot alias policy must allow
   * `lex:RecognizeMessageAsync`; the console adds that, CloudFormation does not.
   *
   * @default - not sent: Amazon Connect's default applies: on for instances created from December 2025
   * @see https://docs.aws.amazon.com/connect/latest/adminguide/message-streaming-ai-chat.html
   */
  readonly messageStreaming?: boolean;

  /**
   * What happens to the instance and the data stores the construct creates
   * (the bucket and its access-log bucket, the key, the flow log group, the
   * generated password secrets) when they leave the stack or are replaced.
   *
   * The default keeps them on stack updates and deletions, but deletes them
   * when the stack operation that created them rolls back (CloudFormation's
   * `RetainExceptOnCreate` deletion policy, with `UpdateReplacePolicy:
   * Retain`). A failed first deploy can then simply be run again: with
   * `RETAIN`, the rollback would leave the instance holding its alias (unique
   * in all Regions) and the fixed-name `/aws/connect/<alias>` log group
   * behind, and the retry would fail on both, after using one of the
   * instance creations Amazon Connect allows per 30 days.
   *
   * With `DESTROY`, the buckets the construct creates are emptied (every
   * object version) before they are deleted, so that `cdk destroy` does not
   * fail on a bucket that holds recordings or access logs; the deployer then
   * needs `DeployerPolicy.forConnectInstance({ destroyData: true })`.
   *
   * @default RemovalPolicy.RETAIN_ON_UPDATE_OR_DELETE - kept on update and delete, removed when their first create rolls back
   * @see https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-attribute-deletionpolicy.html
   * @see https://docs.aws.amazon.com/connect/latest/APIReference/API_CreateInstance.html
   */
  readonly removalPolicy?: RemovalPolicy;
}

/**
 * What imported and owned instances share.
 */
abstract class ConnectInstanceBase extends Resource implements IConnectInstance {
  public abstract readonly instanceArn: string;
  public abstract readonly instanceId: string;

  public metric(metricName: string, props?: cloudwatch.MetricOptions): cloudwatch.Metric {
    return instanceMetric(this.instanceId, metricName, props);
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

  public metricCallsPerInterval(props?: cloudwatch.MetricOptions): cloudwatch.Metric {
    return this.metric('CallsPerInterval', props);
  }

  public metricCallRecordingUploadError(props?: cloudwatch.MetricOptions): cloudwatch.Metric {
    return this.metric('CallRecordingUploadError', props);
  }

  public metricMisconfiguredPhoneNumbers(props?: cloudwatch.MetricOptions): cloudwatch.Metric {
    return this.metric('MisconfiguredPhoneNumbers', props);
  }

  public metricConcurrentActiveChats(props?: cloudwatch.MetricOptions): cloudwatch.Metric {
    return this.metric('ConcurrentActiveChats', props);
  }
}

/**
 * An Amazon Connect instance created the way the console's "create instance"
 * wizard does: identity management, administrator, telephony, data storage.
 *
 * @resource AWS::Connect::Instance
 */
export class ConnectInstance extends ConnectInstanceBase {
  /**
   * Imports an instance by ARN.
   */
  public static fromInstanceArn(scope: Construct, id: string, instanceArn: string): IConnectInstance {
    return ConnectInstance.fromInstanceAttributes(scope, id, { instanceArn });
  }

  /**
   * Imports an instance from its attributes.
   */
  public static fromInstanceAttributes(scope: Construct, id: string, attrs: ConnectInstanceAttributes): IConnectInstance {
    const arn = attrs.instanceArn;
    let instanceId: string;
    if (Token.isUnresolved(arn)) {
      instanceId = Stack.of(scope).splitArn(arn, ArnFormat.SLASH_RESOURCE_NAME).resourceName!;
    } else {
      const parts = Stack.of(scope).splitArn(arn, ArnFormat.SLASH_RESOURCE_NAME);
      if (parts.service !== 'connect' || parts.resource !== 'instance' || !parts.resourceName || parts.resourceName.includes('/')) {
        throw new Error(`instanceArn must be an Amazon Connect instance ARN (arn:<partition>:connect:<region>:<account>:instance/<id>), got ${JSON.stringify(arn)}`);
      }
      instanceId = parts.resourceName;
    }
    class Import extends ConnectInstanceBase {
      public readonly instanceArn = arn;
      public readonly instanceId = instanceId;
    }
    return new Import(scope, id, { environmentFromArn: arn });
  }

  /**
   * The ARN of the instance.
   *
   * @attribute
   */
  public readonly instanceArn: string;

  /**
   * The id of the instance.
   *
   * @attribute
   */
  public readonly instanceId: string;

  /**
   * The identity management type.
   */
  public readonly identityManagementType: IdentityManagementType;

  /**
   * The instance's status (`CREATION_IN_PROGRESS`, `ACTIVE`, `CREATION_FAILED`).
   *
   * @attribute
   */
  public readonly instanceStatus: string;

  /**
   * When the instance was created.
   *
   * @attribute
   */
  public readonly createdTime: string;

  /**
   * The ARN of the service-linked role Amazon Connect uses for this instance.
   *
   * @attribute
   */
  public readonly serviceRoleArn: string;

  /**
   * The administrator, when `admin` was given.
   */
  public readonly admin?: ConnectUser;

  /**
   * The ARN of the administrator, when `admin` was given.
   */
  public readonly adminUserArn?: string;

  /**
   * The secret holding the administrator's generated password
   * (Connect-managed instances without a given password).
   */
  public readonly adminPasswordSecret?: secretsmanager.ISecret;

  /**
   * The bucket for call recordings, chat transcripts and reports, when one is used.
   */
  public readonly bucket?: s3.IBucket;

  /**
   * The KMS key that encrypts the stored data, when one is used.
   */
  public readonly encryptionKey?: kms.IKey;

  /**
   * The log group Amazon Connect writes flow logs to, when created.
   */
  public readonly flowLogGroup?: logs.ILogGroup;

  private readonly identity: IdentityManagement;
  private readonly removalPolicy: RemovalPolicy;

  constructor(scope: Construct, id: string, props: ConnectInstanceProps) {
    super(scope, id);
    const v = new PropValidator();
    if (!(props?.identity instanceof IdentityManagement)) {
      // Nothing else can be checked without the identity type (untyped JavaScript).
      v.fail('identity', props?.identity, 'must be IdentityManagement.connectManaged(), .saml() or .existingDirectory()');
      v.throwIfAny(this, 'ConnectInstance');
    }
    this.identity = props.identity;
    this.identityManagementType = props.identity.type;
    // RetainExceptOnCreate (aws-cdk-lib 2.90.0 and later, so every supported
    // version): a rolled-back first create leaves nothing behind to collide
    // with the retry.
    // https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-attribute-deletionpolicy.html
    this.removalPolicy = props.removalPolicy ?? RemovalPolicy.RETAIN_ON_UPDATE_OR_DELETE;

    validateIdentity(v, props.identity);
    if (props.admin) {
      validateUser(this, v, 'admin.', props.admin, props.identity.type);
    }

    const resource = new CfnInstance(this, 'Resource', {
      identityManagementType: props.identity.type,
      instanceAlias: props.identity.instanceAlias,
      directoryId: props.identity.directoryId,
      attributes: renderAttributes(props),
    });
    overrideNewerAttributes(resource, props);
    resource.applyRemovalPolicy(this.removalPolicy);

    this.instanceArn = resource.attrArn;
    this.instanceId = resource.attrId;
    this.instanceStatus = resource.attrInstanceStatus;
    this.createdTime = resource.attrCreatedTime;
    this.serviceRoleArn = resource.attrServiceRole;

    const alias = props.identity.accessUrlAlias;
    const storage = new InstanceStorage(this, 'Storage', {
      instanceArn: this.instanceArn,
      flowLogGroupName: alias !== undefined ? `/aws/connect/${alias}` : undefined,
      contactFlowLogs: props.contactFlowLogs ?? true,
      options: props.storage,
      removalPolicy: this.removalPolicy,
      validator: v,
    });
    v.throwIfAny(this, 'ConnectInstance');
    this.bucket = storage.bucket;
    this.encryptionKey = storage.encryptionKey;
    this.flowLogGroup = storage.flowLogGroup;

    if (props.admin) {
      // The default goes in through `??` in ConnectUser, never as
      // `{ default, ...admin }`: an admin object that carries
      // `securityProfiles: undefined` would otherwise make the admin an Agent.
      this.admin = this.newUser('Admin', props.admin, [SecurityProfile.ADMIN]);
      this.adminUserArn = this.admin.userArn;
      this.adminPasswordSecret = this.admin.passwordSecret;
    }

    // IdentityManagementType, InstanceAlias and DirectoryId are create-only
    // (registry schema), and CloudFormation creates a replacement before it
    // removes the old resource, which keeps its globally unique alias meanwhile
    // (and for good unless removalPolicy is DESTROY).
    // https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/using-cfn-updating-stacks-update-behaviors.html
    Annotations.of(this).addWarningV2('cdk-connect-instance:permanentIdentity',
      `the identity management type (${props.identity.type}), instance alias and directory of an Amazon Connect instance cannot change: changing them replaces the instance and everything in it, and Amazon Connect limits instance creations and deletions per 30 days. `
      + 'To change the identity management type, change the alias in the same deployment (for an existing directory, link a directory with another alias): '
      + 'aliases are unique in all Regions, and CloudFormation creates the new instance while the old one still holds its alias (the old one is kept unless removalPolicy is DESTROY), so a new instance with the same alias cannot be created');
  }

  /**
   * The service-linked role Amazon Connect uses for this instance (imported,
   * immutable). Created on first use: most stacks need only `serviceRoleArn`.
   */
  public get serviceRole(): iam.IRole {
    return (this.node.tryFindChild('ServiceRole') as iam.IRole | undefined)
      ?? iam.Role.fromRoleArn(this, 'ServiceRole', this.serviceRoleArn, { mutable: false });
  }

  /**
   * The URL users sign in at: `https://<alias>.my.connect.aws`. For an
   * existing-directory instance the alias is the directory's, so
   * `directoryAlias` must have been given.
   *
   * @attribute
   */
  public get accessUrl(): string {
    const alias = this.identity.accessUrlAlias;
    if (alias === undefined) {
      throw new Error(`accessUrl is unknown for an EXISTING_DIRECTORY instance without directoryAlias: pass IdentityManagement.existingDirectory({ directoryId, directoryAlias }) at '${this.node.path}'`);
    }
    return `https://${alias}.my.connect.aws`;
  }

  /**
   * The relay state URL to configure in a SAML 2.0 identity provider
   * (SAML instances only).
   *
   * @see https://docs.aws.amazon.com/connect/latest/adminguide/configure-saml.html
   */
  public get samlRelayStateUrl(): string {
    if (this.identityManagementType !== IdentityManagementType.SAML) {
      throw new Error(`samlRelayStateUrl exists only for SAML instances, this one is ${this.identityManagementType} at '${this.node.path}'`);
    }
    return `https://${this.env.region}.console.aws.amazon.com/connect/federate/${this.instanceId}`;
  }

  /**
   * The ARN of the instance's built-in **Admin** security profile, resolved at deploy time.
   */
  public get adminSecurityProfileArn(): string {
    return this.securityProfileArn(SecurityProfile.ADMIN);
  }

  /**
   * The ARN of the instance's **Basic Routing Profile**, resolved at deploy time.
   */
  public get basicRoutingProfileArn(): string {
    return this.routingProfileArn(RoutingProfile.BASIC);
  }

  /**
   * The ARN of one of the instance's security profiles; a built-in one is
   * resolved by name at deploy time (the first name adds the lookup).
   */
  public securityProfileArn(profile: SecurityProfile): string {
    return profile.arn ?? ProfileLookup.of(this, this.removalPolicy).securityProfileArn(profile.name!);
  }

  /**
   * The ARN of one of the instance's routing profiles; one given by name is
   * resolved at deploy time (the first name adds the lookup).
   */
  public routingProfileArn(profile: RoutingProfile): string {
    return profile.arn ?? ProfileLookup.of(this, this.removalPolicy).routingProfileArn(profile.name!);
  }

  /**
   * Claims a phone number for the instance: Amazon Connect picks an
   * available number of the country, type and prefix.
   *
   * @see https://docs.aws.amazon.com/connect/latest/adminguide/get-connect-number.html
   */
  public addPhoneNumber(id: string, options: PhoneNumberOptions): PhoneNumber {
    return new PhoneNumber(this, id, {
      targetArn: this.instanceArn,
      source: PhoneNumberSource.claim(options),
      description: options.description,
    });
  }

  /**
   * Imports a phone number you hold in another service, such as AWS End User
   * Messaging, into the instance (`SourcePhoneNumberArn`).
   *
   * @see https://docs.aws.amazon.com/connect/latest/APIReference/API_ImportPhoneNumber.html
   */
  public importPhoneNumber(id: string, options: ImportPhoneNumberOptions): PhoneNumber {
    return new PhoneNumber(this, id, {
      targetArn: this.instanceArn,
      source: PhoneNumberSource.fromSourcePhoneNumberArn(options.sourcePhoneNumberArn),
      description: options.description,
    });
  }

  /**
   * Adds a user (agent, supervisor, …) to the instance, with the
   * **Agent** security profile and **Basic Routing Profile** unless others
   * are given.
   */
  public addUser(id: string, options: UserOptions): ConnectUser {
    return this.newUser(id, options, [SecurityProfile.AGENT]);
  }

  /** A user of this instance, with `defaultSecurityProfiles` unless `options` names others. */
  private newUser(id: string, options: UserOptions, defaultSecurityProfiles: SecurityProfile[]): ConnectUser {
    return new ConnectUser(this, id, {
      ...options,
      instance: this,
      passwordEncryptionKey: this.encryptionKey,
      removalPolicy: this.removalPolicy,
      defaultSecurityProfiles,
    });
  }
}

function validateIdentity(v: PropValidator, identity: IdentityManagement): void {
  for (const [option, value] of Object.entries(identity.unexpectedOptions)) {
    v.fail(`identity.${option}`, value, `does not apply to a ${identity.type} instance`);
  }
  if (identity.type === IdentityManagementType.EXISTING_DIRECTORY) {
    v.checkRequired('identity.directoryId', identity.directoryId);
    v.checkString('identity.directoryId', identity.directoryId, {
      pattern: DIRECTORY_ID,
      patternMessage: 'must be an AWS Directory Service directory id (d- and 10 hexadecimal digits)',
    });
    checkAlias(v, 'identity.directoryAlias', identity.directoryAlias);
  } else {
    v.checkRequired('identity.instanceAlias', identity.instanceAlias);
    checkAlias(v, 'identity.instanceAlias', identity.instanceAlias);
  }
}

function checkAlias(v: PropValidator, prop: string, alias: string | undefined): void {
  v.checkString(prop, alias, {
    minLength: 1,
    maxLength: 45,
    pattern: INSTANCE_ALIAS,
    patternMessage: 'must be letters and digits joined by hyphens, not start with "d-" and not end with a hyphen',
  });
}
