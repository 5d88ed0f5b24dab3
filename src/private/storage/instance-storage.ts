import { Annotations, Duration, Reference, RemovalPolicy, Token, Tokenization } from 'aws-cdk-lib';
import { CfnInstanceStorageConfig, CfnInstanceStorageConfigProps } from 'aws-cdk-lib/aws-connect';
import * as kinesis from 'aws-cdk-lib/aws-kinesis';
import * as firehose from 'aws-cdk-lib/aws-kinesisfirehose';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { Construct, IConstruct } from 'constructs';
import { attachmentsCorsRule, createAccessLogsBucket, createDataBucket, DEFAULT_ATTACHMENT_ORIGINS } from './data-bucket';
import {
  checkArn, checkKey, checkOrigins, checkPrefix, checkResourceTypeName, checkRetention, DELIVERY_STREAM_ARN, STREAM_ARN,
} from './checks';
import { allowLogGroupEncryption, createStorageKey } from './storage-key';
import { PropValidator } from '../validation';

/**
 * Where Amazon Connect sends one kind of data (`StorageType` of
 * AssociateInstanceStorageConfig).
 *
 * @see https://docs.aws.amazon.com/connect/latest/APIReference/API_InstanceStorageConfig.html
 */
export enum StorageType {
  /** An S3 bucket, under a prefix, encrypted with a KMS key. */
  S3 = 'S3',
  /** Kinesis Video Streams that Amazon Connect creates, one per active call. */
  KINESIS_VIDEO_STREAM = 'KINESIS_VIDEO_STREAM',
  /** A Kinesis data stream. */
  KINESIS_STREAM = 'KINESIS_STREAM',
  /** An Amazon Data Firehose delivery stream. */
  KINESIS_FIREHOSE = 'KINESIS_FIREHOSE',
}

/** The resource types this library knows, by name (filled by the constants of `StorageResourceType`). */
const KNOWN_RESOURCE_TYPES = new Map<string, StorageResourceType>();

/**
 * A kind of data an Amazon Connect instance stores or streams: the
 * `ResourceType` of `AWS::Connect::InstanceStorageConfig`, with the storage
 * types Amazon Connect accepts for it.
 *
 * @see https://docs.aws.amazon.com/connect/latest/APIReference/API_AssociateInstanceStorageConfig.html
 * @see https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-connect-instancestorageconfig.html
 */
export class StorageResourceType {
  /** Recordings of voice conversations (S3). */
  public static readonly CALL_RECORDINGS = new StorageResourceType('CALL_RECORDINGS', [StorageType.S3], 'CallRecordings');

  /** Transcripts of chat conversations (S3). */
  public static readonly CHAT_TRANSCRIPTS = new StorageResourceType('CHAT_TRANSCRIPTS', [StorageType.S3], 'ChatTranscripts');

  /** Exported (scheduled) reports (S3). */
  public static readonly SCHEDULED_REPORTS = new StorageResourceType('SCHEDULED_REPORTS', [StorageType.S3], 'Reports');

  /**
   * Live media streaming of customer audio (Kinesis Video Streams).
   *
   * @see https://docs.aws.amazon.com/connect/latest/adminguide/customer-voice-streams.html
   */
  public static readonly MEDIA_STREAMS = new StorageResourceType('MEDIA_STREAMS', [StorageType.KINESIS_VIDEO_STREAM]);

  /**
   * Contact records (a Kinesis data stream or a Firehose delivery stream).
   *
   * @see https://docs.aws.amazon.com/connect/latest/adminguide/data-streaming.html
   */
  public static readonly CONTACT_TRACE_RECORDS = new StorageResourceType('CONTACT_TRACE_RECORDS', [StorageType.KINESIS_STREAM, StorageType.KINESIS_FIREHOSE]);

  /**
   * Agent event streams (a Kinesis data stream only).
   *
   * @see https://docs.aws.amazon.com/connect/latest/adminguide/data-streaming.html
   */
  public static readonly AGENT_EVENTS = new StorageResourceType('AGENT_EVENTS', [StorageType.KINESIS_STREAM]);

  /**
   * Contact analysis segments of voice contacts (a Kinesis data stream).
   *
   * @deprecated use `REAL_TIME_CONTACT_ANALYSIS_VOICE_SEGMENTS`, as Amazon Connect advises
   */
  public static readonly REAL_TIME_CONTACT_ANALYSIS_SEGMENTS = new StorageResourceType('REAL_TIME_CONTACT_ANALYSIS_SEGMENTS', [StorageType.KINESIS_STREAM]);

  /**
   * Files shared in chats, emails, tasks and cases (S3).
   *
   * @see https://docs.aws.amazon.com/connect/latest/adminguide/enable-attachments.html
   */
  public static readonly ATTACHMENTS = new StorageResourceType('ATTACHMENTS', [StorageType.S3], 'Attachments');

  /** Performance evaluations of agents (S3). */
  public static readonly CONTACT_EVALUATIONS = new StorageResourceType('CONTACT_EVALUATIONS', [StorageType.S3], 'ContactEvaluations');

  /** Recordings of agents' screens (S3). */
  public static readonly SCREEN_RECORDINGS = new StorageResourceType('SCREEN_RECORDINGS', [StorageType.S3], 'ScreenRecordings');

  /**
   * Contact analysis segments of chats (a Kinesis data stream).
   *
   * @see https://docs.aws.amazon.com/connect/latest/adminguide/enable-contact-analysis-segment-streams.html
   */
  public static readonly REAL_TIME_CONTACT_ANALYSIS_CHAT_SEGMENTS = new StorageResourceType('REAL_TIME_CONTACT_ANALYSIS_CHAT_SEGMENTS', [StorageType.KINESIS_STREAM]);

  /**
   * Contact analysis segments of voice contacts (a Kinesis data stream).
   *
   * @see https://docs.aws.amazon.com/connect/latest/adminguide/enable-contact-analysis-segment-streams.html
   */
  public static readonly REAL_TIME_CONTACT_ANALYSIS_VOICE_SEGMENTS = new StorageResourceType('REAL_TIME_CONTACT_ANALYSIS_VOICE_SEGMENTS', [StorageType.KINESIS_STREAM]);

  /** Email messages of the email channel (S3). */
  public static readonly EMAIL_MESSAGES = new StorageResourceType('EMAIL_MESSAGES', [StorageType.S3], 'EmailMessages');

  /**
   * A resource type by name, for values Amazon Connect adds after this
   * library was released. A name this library knows returns its constant;
   * for an unknown name, any storage type is accepted and S3 objects go under
   * `connect/<PascalCaseName>`.
   *
   * @param name the `ResourceType` value, such as `SCREEN_RECORDINGS`
   */
  public static of(name: string): StorageResourceType {
    return KNOWN_RESOURCE_TYPES.get(name) ?? new StorageResourceType(name);
  }

  /**
   * The storage types Amazon Connect accepts for this resource type, or
   * undefined when unknown (`of()` with a new name).
   *
   * @internal
   */
  public readonly _accepts?: StorageType[];

  /**
   * The last part of the default S3 prefix (`connect/<folder>`).
   *
   * @internal
   */
  public readonly _folder: string;

  private constructor(
    /** The `ResourceType` value. */
    public readonly name: string,
    accepts?: StorageType[],
    folder?: string,
  ) {
    this._accepts = accepts;
    this._folder = folder ?? pascalCase(name);
    if (accepts) {
      KNOWN_RESOURCE_TYPES.set(name, this);
    }
  }

  /** The `ResourceType` value. */
  public toString(): string {
    return this.name;
  }
}

/**
 * Where to store objects in S3.
 */
export interface S3StorageOptions {
  /**
   * The bucket. A bucket given here is used as it is: the construct cannot
   * change its policy, encryption, logging or CORS configuration.
   *
   * @default - the instance's shared bucket (`StorageOptions.bucket`, or the one the construct creates)
   */
  readonly bucket?: s3.IBucket;

  /**
   * The prefix of the objects' keys (S3Config.BucketPrefix: 1 to 128
   * characters). The console uses `connect/<alias>/<Kind>`; since the alias
   * may be unknown at synth, the default leaves it out. Give distinct
   * prefixes when one bucket serves several instances.
   *
   * @default - `connect/<Kind>`: `connect/CallRecordings`, `connect/ChatTranscripts`, `connect/Reports`, `connect/Attachments`, `connect/ContactEvaluations`, `connect/ScreenRecordings`, `connect/EmailMessages`, or the PascalCase resource type name
   */
  readonly prefix?: string;

  /**
   * The KMS key Amazon Connect encrypts the objects with (symmetric, given
   * by its full ARN).
   *
   * @default - `bucket.encryptionKey` when `bucket` is given and has one, otherwise the instance's shared key
   */
  readonly encryptionKey?: kms.IKey;
}

/**
 * Live media streaming to Kinesis Video Streams. Amazon Connect creates the
 * streams (one per active call) under `prefix`, encrypted with the key.
 *
 * @see https://docs.aws.amazon.com/connect/latest/adminguide/plan-live-media-streams.html
 */
export interface KinesisVideoStorageOptions {
  /** The prefix of the video streams' names (1 to 128 characters). */
  readonly prefix: string;

  /**
   * How long the streams keep the media: a whole number of hours from 0
   * (not persisted) to 87600 (10 years).
   */
  readonly retention: Duration;

  /**
   * The KMS key the streams are encrypted with.
   *
   * @default - the instance's shared key
   */
  readonly encryptionKey?: kms.IKey;
}

/** What a `StorageTarget` holds. */
interface StorageTargetProps {
  readonly storageType: StorageType;
  readonly bucket?: s3.IBucket;
  readonly prefix?: string;
  readonly encryptionKey?: kms.IKey;
  readonly retention?: Duration;
  readonly stream?: kinesis.IStream;
  readonly deliveryStream?: firehose.IDeliveryStream;
}

/**
 * Where Amazon Connect sends one kind of data: an S3 bucket, Kinesis Video
 * Streams, a Kinesis data stream or a Firehose delivery stream. Which ones a
 * resource type accepts is checked at synth.
 */
export class StorageTarget {
  /**
   * An S3 bucket and prefix, encrypted with a KMS key (call recordings, chat
   * transcripts, exported reports, attachments, contact evaluations, screen
   * recordings, email messages).
   */
  public static s3(options: S3StorageOptions = {}): StorageTarget {
    return new StorageTarget({ storageType: StorageType.S3, ...options });
  }

  /** Kinesis Video Streams (live media streaming). */
  public static kinesisVideo(options: KinesisVideoStorageOptions): StorageTarget {
    return new StorageTarget({ storageType: StorageType.KINESIS_VIDEO_STREAM, ...options });
  }

  /** A Kinesis data stream (contact records, agent events, contact analysis segments). */
  public static kinesisStream(stream: kinesis.IStream): StorageTarget {
    return new StorageTarget({ storageType: StorageType.KINESIS_STREAM, stream });
  }

  /**
   * An Amazon Data Firehose delivery stream (contact records only). A stream
   * defined elsewhere can be given with
   * `firehose.DeliveryStream.fromDeliveryStreamArn()`.
   */
  public static firehose(deliveryStream: firehose.IDeliveryStream): StorageTarget {
    return new StorageTarget({ storageType: StorageType.KINESIS_FIREHOSE, deliveryStream });
  }

  /** The storage type. */
  public readonly storageType: StorageType;
  /** The bucket (S3), when given. */
  public readonly bucket?: s3.IBucket;
  /** The prefix (S3, Kinesis Video Streams), when given. */
  public readonly prefix?: string;
  /** The KMS key (S3, Kinesis Video Streams), when given. */
  public readonly encryptionKey?: kms.IKey;
  /** How long media is kept (Kinesis Video Streams). */
  public readonly retention?: Duration;
  /** The data stream (Kinesis data stream). */
  public readonly stream?: kinesis.IStream;
  /** The delivery stream (Firehose). */
  public readonly deliveryStream?: firehose.IDeliveryStream;

  private constructor(props: StorageTargetProps) {
    this.storageType = props.storageType;
    this.bucket = props.bucket;
    this.prefix = props.prefix;
    this.encryptionKey = props.encryptionKey;
    this.retention = props.retention;
    this.stream = props.stream;
    this.deliveryStream = props.deliveryStream;
  }
}

/**
 * One more storage configuration, for a resource type without its own prop
 * in `StorageOptions`.
 */
export interface StorageConfig {
  /** The kind of data. */
  readonly resourceType: StorageResourceType;
  /** Where it goes. */
  readonly target: StorageTarget;
}

/**
 * Where an Amazon Connect instance stores its data: the console wizard's step
 * 4 ("Data storage") and the instance's "Data storage" and "Data streaming"
 * settings. Each configured kind of data becomes one
 * `AWS::Connect::InstanceStorageConfig`.
 *
 * By default, as the console does, one new S3 bucket and one new KMS key hold
 * call recordings, chat transcripts and exported reports; contact-flow logs
 * go to a CloudWatch log group; attachments, live media streaming and data
 * streaming are off. The bucket, its access-log bucket, the key and the log
 * group are kept when the stack is updated or deleted, and removed when the
 * deployment that created them rolls back (see
 * `ConnectInstanceProps.removalPolicy`).
 *
 * Decision table for the shared key and bucket:
 *
 * | given                      | shared key                                | shared bucket                           |
 * |----------------------------|-------------------------------------------|-----------------------------------------|
 * | nothing                    | new key                                   | new bucket, encrypted with the new key |
 * | `encryptionKey`            | `encryptionKey`                           | new bucket, encrypted with it           |
 * | `bucket` with a key        | `bucket.encryptionKey`                    | `bucket`                                |
 * | `bucket` without a key     | new key (used by Amazon Connect to encrypt the objects it writes) | `bucket`          |
 * | `bucket` and `encryptionKey` | `encryptionKey`                         | `bucket`                                |
 *
 * A new key or bucket is only created when something uses it.
 *
 * @see https://docs.aws.amazon.com/connect/latest/adminguide/amazon-connect-instances.html#get-started-data-storage
 * @see https://docs.aws.amazon.com/connect/latest/adminguide/update-instance-settings.html#update-data-storage-options
 */
export interface StorageOptions {
  /**
   * The bucket shared by every S3 target without a bucket of its own. A
   * bucket given here is used as it is: the construct cannot change its
   * policy, encryption, logging or CORS configuration. Amazon Connect does
   * not support Object Lock in compliance mode, nor at all for attachments.
   *
   * @default - a new bucket: SSE-KMS with the shared key and an S3 Bucket Key, public access blocked, ACLs disabled, TLS 1.2+ only, versioned, server access logged, noncurrent versions expire after 90 days, incomplete uploads are aborted after 7 days, kept on update and delete (`removalPolicy`)
   */
  readonly bucket?: s3.IBucket;

  /**
   * The KMS key shared by every target without a key of its own; it must be
   * a symmetric key (`SYMMETRIC_DEFAULT`), not an alias. Amazon Connect
   * creates grants on it with the deployment role's permissions, for the
   * instance's service-linked role (`kms:GranteePrincipal`
   * `arn:<partition>:iam::<account>:role/aws-service-role/connect.amazonaws.com/AWSServiceRoleForAmazonConnect_*`):
   * its key policy must not deny that grant.
   *
   * @default - `bucket.encryptionKey` if `bucket` has one, otherwise a new key: rotated yearly, grants limited to AWS resources and Amazon Connect's service-linked roles, kept on update and delete (`removalPolicy`)
   * @see https://docs.aws.amazon.com/connect/latest/adminguide/key-management.html
   */
  readonly encryptionKey?: kms.IKey;

  /**
   * Where the server access logs of the bucket the construct creates go. The
   * construct adds a statement to its policy letting the S3 logging service
   * write under a prefix for that bucket (an imported bucket's policy cannot
   * be changed: its owner must allow the delivery).
   *
   * @default - a new bucket, when the construct creates the shared bucket: SSE-S3, public access blocked, TLS only, versioned, logs expire after 365 days, kept on update and delete (`removalPolicy`)
   */
  readonly accessLogsBucket?: s3.IBucket;

  /**
   * Call recordings (S3 only).
   *
   * @default StorageTarget.s3() - the shared bucket and key, prefix `connect/CallRecordings`
   */
  readonly callRecordings?: StorageTarget;

  /**
   * Chat transcripts (S3 only).
   *
   * @default StorageTarget.s3() - the shared bucket and key, prefix `connect/ChatTranscripts`
   */
  readonly chatTranscripts?: StorageTarget;

  /**
   * Exported (scheduled) reports (S3 only).
   *
   * @default StorageTarget.s3() - the shared bucket and key, prefix `connect/Reports`
   */
  readonly scheduledReports?: StorageTarget;

  /**
   * Attachments shared in chats, emails, tasks and cases (S3 only); giving
   * this turns attachments on. Browsers upload and download attachments
   * directly, so the bucket needs a CORS rule allowing PUT and GET from
   * `attachmentsAllowedOrigins`: the construct adds it to a bucket it
   * creates; for a bucket you give, it cannot, and warns you to add it.
   *
   * @default - attachments off
   * @see https://docs.aws.amazon.com/connect/latest/adminguide/enable-attachments.html
   */
  readonly attachments?: StorageTarget;

  /**
   * The origins allowed to upload and download attachments (CORS
   * `AllowedOrigins`): the agent workspace and, for customers, the web sites
   * hosting your chat widget.
   *
   * @default ['https://*.my.connect.aws'] - the Amazon Connect domains, which include the instance's `https://<alias>.my.connect.aws`
   */
  readonly attachmentsAllowedOrigins?: string[];

  /**
   * Live media streaming of customer audio (Kinesis Video Streams only).
   *
   * @default - live media streaming off
   */
  readonly mediaStreams?: StorageTarget;

  /**
   * Contact records (a Kinesis data stream or a Firehose delivery stream).
   *
   * @default - not streamed
   */
  readonly contactTraceRecords?: StorageTarget;

  /**
   * Agent events (a Kinesis data stream only).
   *
   * @default - not streamed
   */
  readonly agentEvents?: StorageTarget;

  /**
   * Contact analysis segments of voice contacts (a Kinesis data stream only).
   *
   * @default - not streamed
   */
  readonly realTimeContactAnalysisVoiceSegments?: StorageTarget;

  /**
   * Contact analysis segments of chats (a Kinesis data stream only).
   *
   * @default - not streamed
   */
  readonly realTimeContactAnalysisChatSegments?: StorageTarget;

  /**
   * Storage for the other resource types (contact evaluations, screen
   * recordings, email messages, or types added to Amazon Connect later),
   * one entry per type.
   *
   * @default - none
   */
  readonly additional?: StorageConfig[];

  /**
   * How long contact-flow logs are kept in the log group the construct
   * creates, `/aws/connect/<alias>` (when contact-flow logs are on and the
   * instance alias is known). The log group is kept like the other data
   * stores when the stack is deleted: before deploying a new instance with
   * the alias of a deleted one, delete the old log group or the deployment
   * fails because it exists. (A first deploy that rolls back removes it.)
   *
   * @default logs.RetentionDays.ONE_YEAR
   * @see https://docs.aws.amazon.com/connect/latest/adminguide/contact-flow-logs-stored-in-cloudwatch.html
   */
  readonly flowLogsRetention?: logs.RetentionDays;
}

/**
 * What `InstanceStorage` is given by the `ConnectInstance` it belongs to.
 *
 * @jsii ignore
 */
export interface InstanceStorageProps {
  /** The instance's ARN (`CfnInstance.attrArn`). */
  readonly instanceArn: string;
  /** `/aws/connect/<alias>`, when the alias is known. */
  readonly flowLogGroupName?: string;
  /** Whether the instance's `ContactflowLogs` attribute is on. */
  readonly contactFlowLogs: boolean;
  /** The user's storage choices. */
  readonly options?: StorageOptions;
  /** Applies to the buckets, key and log group created. */
  readonly removalPolicy: RemovalPolicy;
  /** Collects problems; the caller throws. */
  readonly validator: PropValidator;
}

/** One storage configuration to create, with the prop it came from. */
interface StorageEntry {
  /** The prop naming the target, such as `storage.callRecordings` or `storage.additional[0].target`. */
  readonly prop: string;
  readonly resourceType: StorageResourceType;
  readonly target: StorageTarget;
  /** Kinesis Video Streams retention, checked. */
  retentionHours?: number;
  /** Where it comes in the order of creation: the named props' order, then `additional`. */
  readonly order: number;
}

/** The named props of `StorageOptions`, their resource types, and whether the console turns them on. */
const NAMED_TARGETS: ReadonlyArray<[keyof StorageOptions, StorageResourceType, boolean]> = [
  ['callRecordings', StorageResourceType.CALL_RECORDINGS, true],
  ['chatTranscripts', StorageResourceType.CHAT_TRANSCRIPTS, true],
  ['scheduledReports', StorageResourceType.SCHEDULED_REPORTS, true],
  ['attachments', StorageResourceType.ATTACHMENTS, false],
  ['mediaStreams', StorageResourceType.MEDIA_STREAMS, false],
  ['contactTraceRecords', StorageResourceType.CONTACT_TRACE_RECORDS, false],
  ['agentEvents', StorageResourceType.AGENT_EVENTS, false],
  ['realTimeContactAnalysisVoiceSegments', StorageResourceType.REAL_TIME_CONTACT_ANALYSIS_VOICE_SEGMENTS, false],
  ['realTimeContactAnalysisChatSegments', StorageResourceType.REAL_TIME_CONTACT_ANALYSIS_CHAT_SEGMENTS, false],
];

/**
 * Resource types that name the same storage configuration: Amazon Connect
 * treats `REAL_TIME_CONTACT_ANALYSIS_SEGMENTS` as the deprecated name of
 * `REAL_TIME_CONTACT_ANALYSIS_VOICE_SEGMENTS`.
 */
const SAME_CONFIGURATION: Record<string, string> = {
  REAL_TIME_CONTACT_ANALYSIS_SEGMENTS: 'REAL_TIME_CONTACT_ANALYSIS_VOICE_SEGMENTS',
};

/**
 * The data storage of one Amazon Connect instance: its
 * `AWS::Connect::InstanceStorageConfig` resources and the bucket, key,
 * access-log bucket and flow log group they need. Created by
 * `ConnectInstance`; not part of the public API.
 *
 * Every prop is checked before anything is created; problems are recorded in
 * `validator` and nothing is created when there are any.
 *
 * @jsii ignore
 */
export class InstanceStorage extends Construct {
  /** The shared bucket, created or given, when there is one. */
  public readonly bucket?: s3.IBucket;
  /** The shared KMS key, created or given, when there is one. */
  public readonly encryptionKey?: kms.IKey;
  /** The bucket the shared bucket's server access logs go to, when the construct creates the shared bucket. */
  public readonly accessLogsBucket?: s3.IBucket;
  /** The contact-flow log group, when created. */
  public readonly flowLogGroup?: logs.ILogGroup;

  private readonly options: StorageOptions;
  private readonly removalPolicy: RemovalPolicy;
  private sharedKey?: kms.IKey;
  private sharedBucket?: s3.IBucket;
  private createdBucket?: s3.Bucket;
  private createdAccessLogsBucket?: s3.IBucket;

  constructor(scope: Construct, id: string, props: InstanceStorageProps) {
    super(scope, id);
    this.options = props.options ?? {};
    this.removalPolicy = props.removalPolicy;
    const v = props.validator;

    const entries = this.entries(v);
    this.checkOptions(v, props);
    if (v.hasProblems) {
      return;
    }

    // One association at a time: Amazon Connect throttles its API per
    // account (2 requests per second by default, shared by every Connect call
    // of the deployment), and each association also makes Connect call S3,
    // KMS or Kinesis on the caller's behalf.
    // https://docs.aws.amazon.com/connect/latest/APIReference/best-practices-connect-apis.html
    let previous: CfnInstanceStorageConfig | undefined;
    for (const entry of entries) {
      const config = this.associate(entry, props.instanceArn);
      if (previous) {
        config.node.addDependency(previous);
      }
      previous = config;
    }
    const attachments = entries.find((entry) => entry.resourceType.name === StorageResourceType.ATTACHMENTS.name);
    if (attachments) {
      this.allowAttachmentTransfers(attachments);
    }
    this.flowLogGroup = this.createFlowLogGroup(props);
    if (this.options.accessLogsBucket !== undefined && this.createdBucket === undefined) {
      Annotations.of(this).addWarningV2('cdk-connect-instance:accessLogsBucketUnused',
        'storage.accessLogsBucket is not used: it receives the server access logs of the bucket the construct creates, and no bucket is created (storage.bucket or each target\'s bucket is given)');
    }

    this.bucket = this.sharedBucket ?? this.options.bucket;
    this.encryptionKey = this.sharedKey ?? this.options.encryptionKey;
    this.accessLogsBucket = this.createdAccessLogsBucket;
  }

  /**
   * The storage configurations to create: the named props and `additional`,
   * then the console's defaults for the types not configured. Records
   * problems with any of them.
   */
  private entries(v: PropValidator): StorageEntry[] {
    const entries: StorageEntry[] = [];
    const seen = new Map<string, string>();
    const add = (order: number, typeProp: string, prop: string, resourceType: StorageResourceType, target: unknown) => {
      if (!(resourceType instanceof StorageResourceType)) {
        v.fail(typeProp, resourceType, 'must be a StorageResourceType, such as StorageResourceType.SCREEN_RECORDINGS');
        return;
      }
      checkResourceTypeName(v, typeProp, resourceType.name);
      const slot = SAME_CONFIGURATION[resourceType.name] ?? resourceType.name;
      const first = seen.get(slot);
      if (first !== undefined) {
        const also = slot === resourceType.name ? '' : ` (${resourceType.name} is the deprecated name of ${slot})`;
        v.fail(typeProp, resourceType.name, `must not configure a resource type twice: ${first} already configures it${also}, and an instance has one storage configuration per resource type`);
        return;
      }
      seen.set(slot, typeProp);
      if (!(target instanceof StorageTarget)) {
        v.fail(prop, target, 'must be a StorageTarget: StorageTarget.s3(), .kinesisVideo(), .kinesisStream() or .firehose()');
        return;
      }
      const entry: StorageEntry = { prop, resourceType, target, order };
      this.checkEntry(v, entry);
      entries.push(entry);
    };

    NAMED_TARGETS.forEach(([name, resourceType], order) => {
      const target = this.options[name];
      if (target !== undefined) {
        add(order, `storage.${name}`, `storage.${name}`, resourceType, target);
      }
    });
    const additional = this.options.additional;
    if (additional !== undefined && !Array.isArray(additional)) {
      v.fail('storage.additional', additional, 'must be a list of StorageConfig');
    } else {
      (additional ?? []).forEach((config, i) => {
        const prop = `storage.additional[${i}]`;
        if (config === null || typeof config !== 'object') {
          v.fail(prop, config, 'must be a StorageConfig ({ resourceType, target })');
          return;
        }
        add(NAMED_TARGETS.length + i, `${prop}.resourceType`, `${prop}.target`, config.resourceType, config.target);
      });
    }
    NAMED_TARGETS.forEach(([name, resourceType, onByDefault], order) => {
      if (onByDefault && !seen.has(resourceType.name)) {
        seen.set(resourceType.name, `storage.${name}`);
        entries.push({ prop: `storage.${name}`, resourceType, target: StorageTarget.s3(), order });
      }
    });
    return entries.sort((a, b) => a.order - b.order);
  }

  /** Checks one target against its resource type and Amazon Connect's limits. */
  private checkEntry(v: PropValidator, entry: StorageEntry): void {
    const { prop, resourceType, target } = entry;
    const accepts = resourceType._accepts;
    if (accepts && !accepts.includes(target.storageType)) {
      v.fail(prop, target.storageType, `must be a storage target that ${resourceType.name} accepts (${accepts.join(' or ')})`);
      return;
    }
    switch (target.storageType) {
      case StorageType.S3:
        if (target.prefix !== undefined) {
          checkPrefix(v, `${prop}.prefix`, target.prefix);
        }
        if (target.bucket !== undefined && typeof target.bucket?.bucketName !== 'string') {
          v.fail(`${prop}.bucket`, target.bucket, 'must be an S3 bucket (s3.IBucket)');
        }
        if (target.encryptionKey !== undefined) {
          checkKey(v, `${prop}.encryptionKey`, target.encryptionKey);
        } else if (target.bucket?.encryptionKey !== undefined) {
          checkKey(v, `${prop}.bucket.encryptionKey`, target.bucket.encryptionKey);
        }
        break;
      case StorageType.KINESIS_VIDEO_STREAM:
        if (typeof target.prefix !== 'string') {
          v.fail(`${prop}.prefix`, target.prefix, 'must be given (1 to 128 characters)');
        } else {
          checkPrefix(v, `${prop}.prefix`, target.prefix);
        }
        entry.retentionHours = checkRetention(v, `${prop}.retention`, target.retention);
        if (target.encryptionKey !== undefined) {
          checkKey(v, `${prop}.encryptionKey`, target.encryptionKey);
        }
        break;
      case StorageType.KINESIS_STREAM:
        checkArn(v, `${prop}.streamArn`, target.stream?.streamArn, STREAM_ARN, 'the ARN of a Kinesis data stream (arn:<partition>:kinesis:<region>:<account>:stream/<name>)');
        break;
      case StorageType.KINESIS_FIREHOSE:
        checkArn(v, `${prop}.deliveryStreamArn`, target.deliveryStream?.deliveryStreamArn, DELIVERY_STREAM_ARN,
          'the ARN of a Firehose delivery stream (arn:<partition>:firehose:<region>:<account>:deliverystream/<name>)');
        break;
    }
  }

  /** Checks the props that are not targets. */
  private checkOptions(v: PropValidator, props: InstanceStorageProps): void {
    const options = this.options;
    if (options.encryptionKey !== undefined) {
      checkKey(v, 'storage.encryptionKey', options.encryptionKey);
    } else if (options.bucket?.encryptionKey !== undefined) {
      checkKey(v, 'storage.bucket.encryptionKey', options.bucket.encryptionKey);
    }
    if (options.bucket !== undefined && typeof options.bucket?.bucketName !== 'string') {
      v.fail('storage.bucket', options.bucket, 'must be an S3 bucket (s3.IBucket)');
    }
    if (options.accessLogsBucket !== undefined && typeof options.accessLogsBucket?.bucketName !== 'string') {
      v.fail('storage.accessLogsBucket', options.accessLogsBucket, 'must be an S3 bucket (s3.IBucket)');
    }
    if (options.attachmentsAllowedOrigins !== undefined) {
      checkOrigins(v, 'storage.attachmentsAllowedOrigins', options.attachmentsAllowedOrigins);
    }
    const retention = options.flowLogsRetention;
    if (retention !== undefined && !Token.isUnresolved(retention)
      && (typeof retention !== 'number' || !Object.values(logs.RetentionDays).includes(retention))) {
      v.fail('storage.flowLogsRetention', retention, 'must be a logs.RetentionDays value (a number of days CloudWatch Logs accepts)');
    }
    if (options.flowLogsRetention !== undefined && !props.contactFlowLogs) {
      Annotations.of(this).addWarningV2('cdk-connect-instance:flowLogsRetentionUnused',
        `storage.flowLogsRetention (${options.flowLogsRetention} days) has no effect: contact-flow logs are off`);
    }
  }

  /** Creates the storage configuration of one entry. */
  private associate(entry: StorageEntry, instanceArn: string): CfnInstanceStorageConfig {
    const { resourceType, target } = entry;
    const common = { instanceArn, resourceType: resourceType.name, storageType: target.storageType };
    let props: CfnInstanceStorageConfigProps;
    switch (target.storageType) {
      case StorageType.S3: {
        const bucket = target.bucket ?? this.defaultBucket();
        const key = target.encryptionKey ?? target.bucket?.encryptionKey ?? this.defaultKey();
        props = {
          ...common,
          s3Config: {
            bucketName: bucket.bucketName,
            bucketPrefix: target.prefix ?? `connect/${resourceType._folder}`,
            encryptionConfig: { encryptionType: 'KMS', keyId: key.keyArn },
          },
        };
        break;
      }
      case StorageType.KINESIS_VIDEO_STREAM:
        props = {
          ...common,
          kinesisVideoStreamConfig: {
            prefix: target.prefix!,
            retentionPeriodHours: entry.retentionHours!,
            encryptionConfig: { encryptionType: 'KMS', keyId: (target.encryptionKey ?? this.defaultKey()).keyArn },
          },
        };
        break;
      case StorageType.KINESIS_STREAM:
        props = { ...common, kinesisStreamConfig: { streamArn: target.stream!.streamArn } };
        break;
      case StorageType.KINESIS_FIREHOSE:
        props = { ...common, kinesisFirehoseConfig: { firehoseArn: target.deliveryStream!.deliveryStreamArn } };
        break;
    }
    return new CfnInstanceStorageConfig(this, pascalCase(resourceType.name), props);
  }

  /** The shared key: given, the shared bucket's, or created on first use. */
  private defaultKey(): kms.IKey {
    this.sharedKey ??= this.options.encryptionKey
      ?? this.options.bucket?.encryptionKey
      ?? createStorageKey(this, 'Key', this.removalPolicy);
    return this.sharedKey;
  }

  /** The shared bucket: given, or created on first use with its access-log bucket. */
  private defaultBucket(): s3.IBucket {
    if (!this.sharedBucket) {
      if (this.options.bucket) {
        this.sharedBucket = this.options.bucket;
      } else {
        this.createdAccessLogsBucket = this.options.accessLogsBucket
          ?? createAccessLogsBucket(this, 'AccessLogsBucket', this.removalPolicy);
        this.createdBucket = createDataBucket(this, 'Bucket', {
          encryptionKey: this.defaultKey(),
          accessLogsBucket: this.createdAccessLogsBucket,
          removalPolicy: this.removalPolicy,
        });
        this.sharedBucket = this.createdBucket;
      }
    }
    return this.sharedBucket;
  }

  /**
   * Adds the CORS rule attachments need to the attachments bucket when the
   * construct created it; warns otherwise, since a given bucket cannot be
   * changed from here.
   */
  private allowAttachmentTransfers(entry: StorageEntry): void {
    const origins = this.options.attachmentsAllowedOrigins ?? DEFAULT_ATTACHMENT_ORIGINS;
    const rule = attachmentsCorsRule(origins);
    const bucket = entry.target.bucket ?? this.sharedBucket;
    if (bucket !== undefined && bucket === this.createdBucket) {
      this.createdBucket.addCorsRule(rule);
      return;
    }
    Annotations.of(this).addWarningV2('cdk-connect-instance:attachmentsCors',
      `the attachments bucket ${describeBucket(bucket)} was given, so its CORS configuration cannot be set here: add a rule allowing ${rule.allowedMethods.join(' and ')} from ${origins.join(', ')} with any header (AllowedHeaders "*"), or uploads and downloads of attachments fail and the email channel does not work (https://docs.aws.amazon.com/connect/latest/adminguide/enable-attachments.html#step4-update-cors-policy)`);
  }

  /**
   * The log group Amazon Connect writes contact-flow logs to,
   * `/aws/connect/<alias>` ("Flow logs stored in an Amazon CloudWatch log
   * group"). Amazon Connect creates it itself, without retention, when flow
   * logs are enabled; creating it first lets the stack own its retention and
   * encryption, so the instance is made to depend on it.
   *
   * It is encrypted with the shared key when the construct can add the
   * statement CloudWatch Logs needs to that key's policy; otherwise (no
   * shared key, or an imported one) it keeps CloudWatch Logs' default
   * encryption, because a log group whose key CloudWatch Logs may not use
   * fails to create.
   *
   * @see https://docs.aws.amazon.com/connect/latest/adminguide/contact-flow-logs-stored-in-cloudwatch.html
   */
  private createFlowLogGroup(props: InstanceStorageProps): logs.ILogGroup | undefined {
    if (!props.contactFlowLogs) {
      return undefined;
    }
    if (props.flowLogGroupName === undefined) {
      Annotations.of(this).addWarningV2('cdk-connect-instance:flowLogGroupUnmanaged',
        'the instance alias is unknown, so the contact-flow log group /aws/connect/<alias> is not created here: Amazon Connect creates it with no retention limit and CloudWatch Logs default encryption');
      return undefined;
    }
    const key = this.sharedKey;
    const encrypt = key !== undefined && allowLogGroupEncryption(key, props.flowLogGroupName);
    const logGroup = new logs.LogGroup(this, 'FlowLogGroup', {
      logGroupName: props.flowLogGroupName,
      retention: this.options.flowLogsRetention ?? logs.RetentionDays.ONE_YEAR,
      encryptionKey: encrypt ? key : undefined,
      removalPolicy: this.removalPolicy,
    });
    instanceOf(props.instanceArn)?.node.addDependency(logGroup);
    return logGroup;
  }
}

/** The construct behind an `attrArn` token, if it is one. */
function instanceOf(instanceArn: string): IConstruct | undefined {
  if (!Token.isUnresolved(instanceArn)) {
    return undefined;
  }
  const token = Tokenization.reverseCompleteString(instanceArn);
  return Reference.isReference(token) ? token.target : undefined;
}

function describeBucket(bucket: s3.IBucket | undefined): string {
  const name = bucket?.bucketName;
  return name !== undefined && !Token.isUnresolved(name) ? JSON.stringify(name) : `at '${bucket?.node.path}'`;
}

/** `SCREEN_RECORDINGS` → `ScreenRecordings`. */
function pascalCase(name: string): string {
  return name.toLowerCase().split('_').map((word) => word.charAt(0).toUpperCase() + word.slice(1)).join('');
}
