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

/** The administrator the console wizard's step 2 creates: Admin security profile, Basic Routing Profile. */
export interface AdminOptions extends UserOptions {}

/** Properties of a `ConnectInstance`: the console wizard's steps, and the instance attributes. */
export interface ConnectInstanceProps extends InstanceAttributeOptions {
  /**
   * How users are stored and authenticated (the wizard's step 1); changing it replaces the instance (see `IdentityManagement`).
   * @see https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/using-cfn-updating-stacks-update-behaviors.html
   */
  readonly identity: IdentityManagement;

  /**
   * The administrator to create (the wizard's step 2).
   * @default - no administrator is created
   */
  readonly admin?: AdminOptions;

  /**
   * Where the data Amazon Connect produces is stored (the wizard's step 4).
   * @default - one new bucket and one new KMS key for call recordings, chat transcripts and exported reports
   */
  readonly storage?: StorageOptions;

  /**
   * What happens to the instance and the data stores it creates when they leave the stack or are replaced; the default
   * lets a failed first deploy be retried without an alias or log group collision. `DESTROY` empties the buckets first
   * (the deployer needs `destroyData: true`).
   * @default RemovalPolicy.RETAIN_ON_UPDATE_OR_DELETE - kept on update and delete, removed when their first create rolls back
   * @see https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-attribute-deletionpolicy.html
   * @see https://docs.aws.amazon.com/connect/latest/APIReference/API_CreateInstance.html
   */
  readonly removalPolicy?: RemovalPolicy;
}

/**
 * An Amazon Connect instance created as the console's "create instance" wizard does.
 * @resource AWS::Connect::Instance
 */
export class ConnectInstance extends ConnectInstanceBase {
  /** Whether `x` is a `ConnectInstance` (of any copy of this library). */
  public static isConnectInstance(x: unknown): x is ConnectInstance {
    return typeof x === 'object' && x !== null && CONNECT_INSTANCE_SYMBOL in x;
  }

  /** Imports an instance by ARN; to add users, use `fromInstanceAttributes` with its `identityManagementType`. */
  public static fromInstanceArn(scope: Construct, id: string, instanceArn: string): IConnectInstance {
    return ConnectInstance.fromInstanceAttributes(scope, id, { instanceArn });
  }

  /** Imports an instance from its attributes. */
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
   * @attribute
   */
  public readonly instanceArn: string;

  /**
   * The id of the instance.
   * @attribute
   */
  public readonly instanceId: string;

  /** The identity management type (always set for an instance created here). */
  public readonly identityManagementType?: IdentityManagementType;

  /**
   * The instance's status (`CREATION_IN_PROGRESS`, `ACTIVE`, `CREATION_FAILED`).
   * @attribute
   */
  public readonly instanceStatus: string;

  /**
   * When the instance was created.
   * @attribute
   */
  public readonly createdTime: string;

  /**
   * The ARN of the service-linked role Amazon Connect uses for this instance.
   * @attribute
   */
  public readonly serviceRoleArn: string;

  /** The administrator, when `admin` was given. */
  public readonly admin?: User;

  /** The bucket for call recordings, chat transcripts and reports, when one is used. */
  public readonly bucket?: s3.IBucket;

  /** The KMS key that encrypts the stored data and generated password secrets, when one is used. */
  public readonly encryptionKey?: kms.IKey;

  /** The log group Amazon Connect writes flow logs to, when created. */
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
    // RetainExceptOnCreate: a rolled-back first create leaves nothing to collide with the retry.
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

    Annotations.of(this).addWarningV2('cdk-connect-instance:permanentIdentity',
      `the identity management type (${props.identity.type}), instance alias and directory of an Amazon Connect instance cannot change: changing them replaces the instance and everything in it, and Amazon Connect limits instance creations and deletions per 30 days. `
      + 'To change the identity management type, change the alias in the same deployment (for an existing directory, link a directory with another alias): '
      + 'aliases are unique in all Regions, and CloudFormation creates the new instance while the old one still holds its alias (the old one is kept unless removalPolicy is DESTROY), so a new instance with the same alias cannot be created');
  }

  /** The service-linked role Amazon Connect uses for this instance (imported, immutable). */
  public get serviceRole(): iam.IRole {
    return (this.node.tryFindChild('ServiceRole') as iam.IRole | undefined)
      ?? iam.Role.fromRoleArn(this, 'ServiceRole', this.serviceRoleArn, { mutable: false });
  }

  /**
   * The URL users sign in at, `https://<alias>.my.connect.aws`; undefined for an existing directory without `directoryAlias`.
   * @attribute
   */
  public get accessUrl(): string | undefined {
    const alias = this.identity.accessUrlAlias;
    return alias !== undefined ? `https://${alias}.my.connect.aws` : undefined;
  }

  /**
   * The relay state URL for a SAML 2.0 identity provider: the console's federation URL (in AWS GovCloud (US)
   * `https://console.amazonaws-us-gov.com/…`); undefined for a non-SAML instance or where Amazon Connect is not offered.
   * @see https://docs.aws.amazon.com/connect/latest/adminguide/configure-saml.html
   */
  public get samlRelayStateUrl(): string | undefined {
    if (this.identityManagementType !== IdentityManagementType.SAML) {
      return undefined;
    }
    return samlRelayStateUrl(this, this.env.region, this.instanceId);
  }

  /** @internal The storage key and removal policy for the password secrets of users `addUser` creates. */
  protected _userDefaults(): { passwordEncryptionKey?: kms.IKey; removalPolicy?: RemovalPolicy } {
    return { passwordEncryptionKey: this.encryptionKey, removalPolicy: this.removalPolicy };
  }
}

Object.defineProperty(ConnectInstance.prototype, CONNECT_INSTANCE_SYMBOL, { value: true });
