import { Annotations, ArnFormat, RemovalPolicy, Stack, Token } from 'aws-cdk-lib';
import { CfnInstance } from 'aws-cdk-lib/aws-connect';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';
import { IdentityManagement, IdentityManagementType } from './identity';
import { ConnectInstanceAttributes, IConnectInstance } from './instance';
import { InstanceAttributeOptions } from './instance-attributes';
import { ConnectInstanceBase } from './instance-base';
import { overrideNewerAttributes, renderAttributes } from './private/instance/attributes';
import { samlRelayStateUrl } from './private/instance/urls';
import { InstanceStorage } from './private/storage/instance-storage';
import { PropValidator } from './private/validation';
import { SecurityProfile } from './security-profile';
import { StorageOptions } from './storage';
import { User, UserOptions } from './user';

/** Marks created instances, across copies of the library (`isConnectInstance`). */
const CONNECT_INSTANCE_SYMBOL = Symbol.for('cdk-connect-instance.ConnectInstance');

/**
 * The administrator the console wizard's step 2 creates: a user with the
 * instance's built-in **Admin** security profile and **Basic Routing Profile**
 * (unless others are given).
 */
export interface AdminOptions extends UserOptions {}

/**
 * Properties of a `ConnectInstance`: the console wizard's steps as props,
 * and the instance attributes flat beside them (`InstanceAttributeOptions`).
 */
export interface ConnectInstanceProps extends InstanceAttributeOptions {
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
   * Where call recordings, chat transcripts, reports, streams and the other
   * data Amazon Connect produces are stored (the wizard's step 4).
   *
   * @default - one new bucket and one new KMS key for call recordings, chat transcripts and exported reports
   */
  readonly storage?: StorageOptions;

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
   * needs `DeployerPolicy.forConnectInstance(scope, { destroyData: true })`.
   *
   * @default RemovalPolicy.RETAIN_ON_UPDATE_OR_DELETE - kept on update and delete, removed when their first create rolls back
   * @see https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-attribute-deletionpolicy.html
   * @see https://docs.aws.amazon.com/connect/latest/APIReference/API_CreateInstance.html
   */
  readonly removalPolicy?: RemovalPolicy;
}

/**
 * An Amazon Connect instance created the way the console's "create instance"
 * wizard does: identity management, administrator, telephony, data storage.
 *
 * @resource AWS::Connect::Instance
 */
export class ConnectInstance extends ConnectInstanceBase {
  /**
   * Whether `x` is a `ConnectInstance` (of any copy of this library).
   */
  public static isConnectInstance(x: unknown): x is ConnectInstance {
    return typeof x === 'object' && x !== null && CONNECT_INSTANCE_SYMBOL in x;
  }

  /**
   * Imports an instance by ARN. It takes phone numbers, profile ARNs,
   * grants and metrics; for users, import it with `fromInstanceAttributes`
   * and its `identityManagementType`.
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
      public readonly identityManagementType = attrs.identityManagementType;
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
   * The identity management type (always set for an instance created here;
   * optional because imported instances may not know theirs).
   */
  public readonly identityManagementType?: IdentityManagementType;

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
   * The administrator, when `admin` was given: `admin.userArn`, and
   * `admin.passwordSecret` when its password was generated (they replace
   * `adminUserArn` and `adminPasswordSecret`, breaking change before 1.0).
   */
  public readonly admin?: User;

  /**
   * The bucket for call recordings, chat transcripts and reports, when one is used.
   */
  public readonly bucket?: s3.IBucket;

  /**
   * The KMS key that encrypts the stored data, when one is used. It also
   * encrypts the generated password secrets of the instance's users.
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
    if (props?.identity === undefined) {
      // Nothing else can be checked without the identity type (JavaScript).
      v.fail('identity', props?.identity, 'is required: an IdentityManagement, connect-managed, SAML or an existing directory');
      v.throwIfAny(this, 'ConnectInstance');
    }
    this.identity = props.identity;
    this.identityManagementType = props.identity.type;
    // RetainExceptOnCreate (aws-cdk-lib 2.90.0 and later, so every supported
    // version): a rolled-back first create leaves nothing behind to collide
    // with the retry.
    // https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-attribute-deletionpolicy.html
    this.removalPolicy = props.removalPolicy ?? RemovalPolicy.RETAIN_ON_UPDATE_OR_DELETE;

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
      created: {
        instance: resource,
        options: props.storage,
        removalPolicy: this.removalPolicy,
        contactFlowLogs: props.contactFlowLogs ?? true,
        flowLogGroupName: alias !== undefined ? `/aws/connect/${alias}` : undefined,
      },
    });
    this.bucket = storage.bucket;
    this.encryptionKey = storage.encryptionKey;
    this.flowLogGroup = storage.flowLogGroup;

    if (props.admin) {
      this.admin = this._newUser('Admin', props.admin, SecurityProfile.ADMIN);
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
   * The URL users sign in at: `https://<alias>.my.connect.aws`. Undefined for
   * an existing-directory instance without `directoryAlias` (CloudFormation
   * does not return the directory's alias); before 1.0 it threw instead.
   *
   * @attribute
   */
  public get accessUrl(): string | undefined {
    const alias = this.identity.accessUrlAlias;
    return alias !== undefined ? `https://${alias}.my.connect.aws` : undefined;
  }

  /**
   * The relay state URL to configure in a SAML 2.0 identity provider: the
   * console's federation URL for this instance, whose host depends on the
   * partition (`https://<region>.console.aws.amazon.com/…`, in AWS GovCloud
   * (US) `https://console.amazonaws-us-gov.com/…`). Undefined for an instance
   * that is not a SAML one, and in partitions that do not offer Amazon
   * Connect; before 1.0 it threw instead, and always named the commercial
   * console.
   *
   * @see https://docs.aws.amazon.com/connect/latest/adminguide/configure-saml.html
   */
  public get samlRelayStateUrl(): string | undefined {
    if (this.identityManagementType !== IdentityManagementType.SAML) {
      return undefined;
    }
    return samlRelayStateUrl(this, this.env.region, this.instanceId);
  }

  /**
   * The storage key and the instance's removal policy for the password
   * secrets of the users `addUser` creates.
   *
   * @internal
   */
  protected _userDefaults(): { passwordEncryptionKey?: kms.IKey; removalPolicy?: RemovalPolicy } {
    return { passwordEncryptionKey: this.encryptionKey, removalPolicy: this.removalPolicy };
  }
}

Object.defineProperty(ConnectInstance.prototype, CONNECT_INSTANCE_SYMBOL, { value: true });
