import { Duration } from 'aws-cdk-lib';
import { CfnInstanceStorageConfig } from 'aws-cdk-lib/aws-connect';
import * as kinesis from 'aws-cdk-lib/aws-kinesis';
import * as firehose from 'aws-cdk-lib/aws-kinesisfirehose';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';
import { StorageResourceType } from './resource-type';
import { checkArn, checkKey, checkPrefix, checkRetention, DELIVERY_STREAM_ARN, STREAM_ARN } from '../private/storage/checks';
import { StorageType } from '../private/storage/storage-type';
import { PropValidator } from '../private/validation';

/** One more storage configuration, for a resource type without its own prop in `StorageOptions`. */
export interface StorageConfig {
  /** The kind of data. */
  readonly resourceType: StorageResourceType;
  /** Where it goes. */
  readonly target: StorageTarget;
}

/**
 * Where an instance stores its data, one `AWS::Connect::InstanceStorageConfig` per kind of data; by
 * default, as in the console, a new bucket and key hold recordings, transcripts and reports.
 *
 * The shared key and bucket:
 *
 * | given                      | shared key                                | shared bucket                           |
 * |----------------------------|-------------------------------------------|-----------------------------------------|
 * | nothing                    | new key                                   | new bucket, encrypted with the new key |
 * | `encryptionKey`            | `encryptionKey`                           | new bucket, encrypted with it           |
 * | `bucket` with a key        | `bucket.encryptionKey`                    | `bucket`                                |
 * | `bucket` without a key     | new key (used by Amazon Connect to encrypt the objects it writes) | `bucket`          |
 * | `bucket` and `encryptionKey` | `encryptionKey`                         | `bucket`                                |
 *
 * @see https://docs.aws.amazon.com/connect/latest/adminguide/amazon-connect-instances.html#get-started-data-storage
 * @see https://docs.aws.amazon.com/connect/latest/adminguide/update-instance-settings.html#update-data-storage-options
 */
export interface StorageOptions {
  /**
   * The bucket shared by S3 targets without their own, used as it is (Amazon Connect does not support Object Lock in compliance mode).
   * @default - a new bucket: SSE-KMS with the shared key and an S3 Bucket Key, public access blocked, ACLs disabled, TLS 1.2+ only, versioned, server access logged, noncurrent versions expire after 90 days, incomplete uploads are aborted after 7 days, kept on update and delete (`removalPolicy`)
   */
  readonly bucket?: s3.IBucket;

  /**
   * The symmetric KMS key (not an alias) shared by targets without one; its policy must allow Amazon Connect's grant.
   * @default - `bucket.encryptionKey` if `bucket` has one, otherwise a new key: rotated yearly, grants allowed for AWS resources and Amazon Connect's service-linked roles, kept on update and delete (`removalPolicy`)
   * @see https://docs.aws.amazon.com/connect/latest/adminguide/key-management.html
   */
  readonly encryptionKey?: kms.IKey;

  /**
   * Whether a created key denies grants not for an AWS resource (Control Tower's CT.KMS.PR.3); whether Amazon
   * Connect's grant passes is undocumented: check a first deploy.
   * @default false - grants are allowed for AWS resources and for Amazon Connect's service-linked roles, and no Deny depends on `kms:GrantIsForAWSResource` (the key acknowledges CT.KMS.PR.3's finding with this reason)
   * @see https://docs.aws.amazon.com/connect/latest/adminguide/key-management.html
   * @see https://docs.aws.amazon.com/controltower/latest/controlreference/kms-rules.html
   */
  readonly restrictKeyGrantsToAwsResources?: boolean;

  /**
   * Where the created bucket's server access logs go; an imported bucket must let the S3 logging service write.
   * @default - a new bucket, when the construct creates the shared bucket: SSE-S3, public access blocked, TLS only, versioned, logs expire after 365 days, kept on update and delete (`removalPolicy`)
   */
  readonly accessLogsBucket?: s3.IBucket;

  /**
   * Call recordings (S3 only).
   * @default StorageTarget.s3() - the shared bucket and key, prefix `connect/CallRecordings`
   */
  readonly callRecordings?: StorageTarget;

  /**
   * Chat transcripts (S3 only).
   * @default StorageTarget.s3() - the shared bucket and key, prefix `connect/ChatTranscripts`
   */
  readonly chatTranscripts?: StorageTarget;

  /**
   * Exported (scheduled) reports (S3 only).
   * @default StorageTarget.s3() - the shared bucket and key, prefix `connect/Reports`
   */
  readonly scheduledReports?: StorageTarget;

  /**
   * Attachments (S3 only), on when given; browsers use the bucket, so its CORS rule is added to a created one, else warned.
   * @default - attachments off
   * @see https://docs.aws.amazon.com/connect/latest/adminguide/enable-attachments.html
   */
  readonly attachments?: StorageTarget;

  /**
   * The origins allowed to upload and download attachments (CORS `AllowedOrigins`), such as your chat widget's sites.
   * @default ['https://*.my.connect.aws'] - the Amazon Connect domains, which include the instance's `https://<alias>.my.connect.aws`
   */
  readonly attachmentsAllowedOrigins?: string[];

  /**
   * Live media streaming of customer audio (Kinesis Video Streams only).
   * @default - live media streaming off
   */
  readonly mediaStreams?: StorageTarget;

  /**
   * Contact records (a Kinesis data stream or a Firehose delivery stream).
   * @default - not streamed
   */
  readonly contactTraceRecords?: StorageTarget;

  /**
   * Agent events (a Kinesis data stream only).
   * @default - not streamed
   */
  readonly agentEvents?: StorageTarget;

  /**
   * Contact analysis segments of voice contacts (a Kinesis data stream only).
   * @default - not streamed
   */
  readonly realTimeContactAnalysisVoiceSegments?: StorageTarget;

  /**
   * Contact analysis segments of chats (a Kinesis data stream only).
   * @default - not streamed
   */
  readonly realTimeContactAnalysisChatSegments?: StorageTarget;

  /**
   * Storage for the other resource types, one entry per type (see also `addStorage()`).
   * @default - none
   */
  readonly additional?: StorageConfig[];

  /**
   * How long the created log group `/aws/connect/<alias>` keeps flow logs; it outlives the stack: delete it before reusing the alias.
   * @default logs.RetentionDays.ONE_YEAR
   * @see https://docs.aws.amazon.com/connect/latest/adminguide/contact-flow-logs-stored-in-cloudwatch.html
   */
  readonly flowLogsRetention?: logs.RetentionDays;
}

/** Where to store objects in S3. */
export interface S3StorageOptions {
  /**
   * The bucket, used as it is.
   * @default - the instance's shared bucket (`StorageOptions.bucket`, or the one the construct creates)
   */
  readonly bucket?: s3.IBucket;

  /**
   * The prefix of the objects' keys (1 to 128 characters), distinct per instance when they share a bucket.
   * @default - `connect/<Kind>`: `connect/CallRecordings`, `connect/ChatTranscripts`, `connect/Reports`, `connect/Attachments`, `connect/ContactEvaluations`, `connect/ScreenRecordings`, `connect/EmailMessages`, or the PascalCase resource type name
   */
  readonly prefix?: string;

  /**
   * The symmetric KMS key Amazon Connect encrypts the objects with.
   * @default - `bucket.encryptionKey` when `bucket` is given and has one, otherwise the instance's shared key
   */
  readonly encryptionKey?: kms.IKey;
}

/**
 * Live media streaming to Kinesis Video Streams, one stream per active call that Amazon Connect creates under `prefix`.
 * @see https://docs.aws.amazon.com/connect/latest/adminguide/plan-live-media-streams.html
 */
export interface KinesisVideoStorageOptions {
  /** The prefix of the video streams' names (1 to 128 characters). */
  readonly prefix: string;

  /** How long the streams keep the media: whole hours from 0 to 87600. */
  readonly retention: Duration;

  /**
   * The KMS key the streams are encrypted with.
   * @default - the instance's shared key
   */
  readonly encryptionKey?: kms.IKey;
}

/** The bucket and key an instance shares between its storage targets. */
export interface IStorageSharedResources {
  /** The instance's shared bucket, created on first call; throws for an imported instance. */
  bucket(): s3.IBucket;

  /** The instance's shared KMS key, created on first call; throws for an imported instance. */
  key(): kms.IKey;
}

/** What a storage target is bound with. */
export interface StorageTargetBindOptions {
  /** The kind of data the target receives. */
  readonly resourceType: StorageResourceType;

  /** The instance's shared bucket and key, for targets that name none of their own. */
  readonly sharedResources: IStorageSharedResources;
}

/**
 * What a storage target renders: the storage part of one `AWS::Connect::InstanceStorageConfig`.
 * @see https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-connect-instancestorageconfig.html
 */
export interface StorageTargetConfig {
  /** The `StorageType`: `S3`, `KINESIS_VIDEO_STREAM`, `KINESIS_STREAM` or `KINESIS_FIREHOSE`. */
  readonly storageType: string;

  /**
   * The `S3Config`.
   * @default - none (not an S3 target)
   */
  readonly s3Config?: CfnInstanceStorageConfig.S3ConfigProperty;

  /**
   * The `KinesisVideoStreamConfig`.
   * @default - none (not a Kinesis Video Streams target)
   */
  readonly kinesisVideoStreamConfig?: CfnInstanceStorageConfig.KinesisVideoStreamConfigProperty;

  /**
   * The `KinesisStreamConfig`.
   * @default - none (not a Kinesis data stream target)
   */
  readonly kinesisStreamConfig?: CfnInstanceStorageConfig.KinesisStreamConfigProperty;

  /**
   * The `KinesisFirehoseConfig`.
   * @default - none (not a Firehose target)
   */
  readonly kinesisFirehoseConfig?: CfnInstanceStorageConfig.KinesisFirehoseConfigProperty;

  /**
   * The bucket `s3Config` names, for the instance to add a CORS rule to.
   * @default - none
   */
  readonly bucket?: s3.IBucket;
}

/** Where Amazon Connect sends one kind of data: S3, Kinesis Video Streams, a Kinesis data stream or Firehose. */
export abstract class StorageTarget {
  /** An S3 bucket and prefix, encrypted with a KMS key. */
  public static s3(options: S3StorageOptions = {}): StorageTarget {
    return new S3Target(options);
  }

  /** Kinesis Video Streams (live media streaming). */
  public static kinesisVideo(options: KinesisVideoStorageOptions): StorageTarget {
    return new KinesisVideoTarget(options);
  }

  /** A Kinesis data stream (contact records, agent events, contact analysis segments). */
  public static kinesisStream(stream: kinesis.IStream): StorageTarget {
    return new KinesisStreamTarget(stream);
  }

  /** An Amazon Data Firehose delivery stream (contact records only). */
  public static firehose(deliveryStream: firehose.IDeliveryStream): StorageTarget {
    return new FirehoseTarget(deliveryStream);
  }

  /** @internal Records the options' problems in `v`, named below `prefix`. */
  public _validate(_v: PropValidator, _prefix?: string): void {}

  /**
   * Renders the storage configuration of `options.resourceType`.
   * @param scope the construct the storage configuration is created in
   */
  public abstract bind(scope: Construct, options: StorageTargetBindOptions): StorageTargetConfig;
}

/** The `EncryptionConfig` of a KMS key (a full key ARN, as Amazon Connect requires). */
function kmsEncryption(key: kms.IKey): CfnInstanceStorageConfig.EncryptionConfigProperty {
  return { encryptionType: 'KMS', keyId: key.keyArn };
}

class S3Target extends StorageTarget {
  constructor(private readonly options: S3StorageOptions) {
    super();
  }

  /** @internal */
  public _validate(v: PropValidator, prefix?: string): void {
    const options = this.options;
    if (options.prefix !== undefined) {
      checkPrefix(v, named(prefix, 'prefix'), options.prefix);
    }
    if (options.encryptionKey !== undefined) {
      checkKey(v, named(prefix, 'encryptionKey'), options.encryptionKey);
    } else if (options.bucket?.encryptionKey !== undefined) {
      checkKey(v, named(prefix, 'bucket.encryptionKey'), options.bucket.encryptionKey);
    }
  }

  public bind(scope: Construct, options: StorageTargetBindOptions): StorageTargetConfig {
    throwIfInvalid(this, scope, 'storage target (S3)');
    const bucket = this.options.bucket ?? options.sharedResources.bucket();
    const key = this.options.encryptionKey ?? this.options.bucket?.encryptionKey ?? options.sharedResources.key();
    return {
      storageType: StorageType.S3,
      s3Config: {
        bucketName: bucket.bucketName,
        bucketPrefix: this.options.prefix ?? `connect/${options.resourceType._folder}`,
        encryptionConfig: kmsEncryption(key),
      },
      bucket,
    };
  }
}

class KinesisVideoTarget extends StorageTarget {
  constructor(private readonly options: KinesisVideoStorageOptions) {
    super();
  }

  /** @internal */
  public _validate(v: PropValidator, prefix?: string): void {
    this.check(v, prefix);
  }

  public bind(scope: Construct, options: StorageTargetBindOptions): StorageTargetConfig {
    throwIfInvalid(this, scope, 'storage target (Kinesis Video Streams)');
    return {
      storageType: StorageType.KINESIS_VIDEO_STREAM,
      kinesisVideoStreamConfig: {
        prefix: this.options.prefix,
        retentionPeriodHours: this.check(new PropValidator())!,
        encryptionConfig: kmsEncryption(this.options.encryptionKey ?? options.sharedResources.key()),
      },
    };
  }

  /** Records the problems of the options below `prefix`; returns the retention in hours. */
  private check(v: PropValidator, prefix?: string): number | undefined {
    const options = this.options;
    checkPrefix(v, named(prefix, 'prefix'), options.prefix);
    const hours = checkRetention(v, named(prefix, 'retention'), options.retention);
    if (options.encryptionKey !== undefined) {
      checkKey(v, named(prefix, 'encryptionKey'), options.encryptionKey);
    }
    return hours;
  }
}

class KinesisStreamTarget extends StorageTarget {
  constructor(private readonly stream: kinesis.IStream) {
    super();
  }

  /** @internal */
  public _validate(v: PropValidator, prefix?: string): void {
    checkArn(v, named(prefix, 'streamArn'), this.stream.streamArn, STREAM_ARN,
      'the ARN of a Kinesis data stream (arn:<partition>:kinesis:<region>:<account>:stream/<name>)');
  }

  public bind(scope: Construct): StorageTargetConfig {
    throwIfInvalid(this, scope, 'storage target (Kinesis data stream)');
    return { storageType: StorageType.KINESIS_STREAM, kinesisStreamConfig: { streamArn: this.stream.streamArn } };
  }
}

class FirehoseTarget extends StorageTarget {
  constructor(private readonly deliveryStream: firehose.IDeliveryStream) {
    super();
  }

  /** @internal */
  public _validate(v: PropValidator, prefix?: string): void {
    checkArn(v, named(prefix, 'deliveryStreamArn'), this.deliveryStream.deliveryStreamArn, DELIVERY_STREAM_ARN,
      'the ARN of a Firehose delivery stream (arn:<partition>:firehose:<region>:<account>:deliverystream/<name>)');
  }

  public bind(scope: Construct): StorageTargetConfig {
    throwIfInvalid(this, scope, 'storage target (Firehose)');
    return { storageType: StorageType.KINESIS_FIREHOSE, kinesisFirehoseConfig: { firehoseArn: this.deliveryStream.deliveryStreamArn } };
  }
}

/** `option` below the prop that holds the target, when there is one. */
function named(prefix: string | undefined, option: string): string {
  return prefix === undefined ? option : `${prefix}.${option}`;
}

/** Throws every problem `target._validate` finds, naming `what` (the factory) and `scope`: a target used on its own. */
function throwIfInvalid(target: StorageTarget, scope: Construct, what: string): void {
  const v = new PropValidator();
  target._validate(v);
  v.throwIfAny(scope, what);
}
