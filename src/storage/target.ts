import { Duration } from 'aws-cdk-lib';
import { CfnInstanceStorageConfig } from 'aws-cdk-lib/aws-connect';
import * as kinesis from 'aws-cdk-lib/aws-kinesis';
import * as firehose from 'aws-cdk-lib/aws-kinesisfirehose';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';
import { StorageResourceType } from './resource-type';
import { checkArn, checkKey, checkPrefix, checkRetention, DELIVERY_STREAM_ARN, STREAM_ARN } from '../private/storage/checks';
import { StorageType } from '../private/storage/storage-type';
import { PropValidator } from '../private/validation';

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

/**
 * The bucket and key an instance shares between its storage targets.
 */
export interface IStorageSharedResources {
  /**
   * The instance's shared bucket: `StorageOptions.bucket`, or the bucket the
   * construct creates on the first call. An imported instance has none:
   * this throws.
   */
  bucket(): s3.IBucket;

  /**
   * The instance's shared KMS key: `StorageOptions.encryptionKey`, the
   * shared bucket's key, or the key the construct creates on the first call.
   * An imported instance has none: this throws.
   */
  key(): kms.IKey;
}

/**
 * What a storage target is bound with.
 */
export interface StorageTargetBindOptions {
  /** The kind of data the target receives. */
  readonly resourceType: StorageResourceType;

  /** The instance's shared bucket and key, for targets that name none of their own. */
  readonly sharedResources: IStorageSharedResources;
}

/**
 * What a storage target renders: the storage part of one
 * `AWS::Connect::InstanceStorageConfig`.
 *
 * @see https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-connect-instancestorageconfig.html
 */
export interface StorageTargetConfig {
  /** The `StorageType`: `S3`, `KINESIS_VIDEO_STREAM`, `KINESIS_STREAM` or `KINESIS_FIREHOSE`. */
  readonly storageType: string;

  /**
   * The `S3Config`.
   *
   * @default - none (not an S3 target)
   */
  readonly s3Config?: CfnInstanceStorageConfig.S3ConfigProperty;

  /**
   * The `KinesisVideoStreamConfig`.
   *
   * @default - none (not a Kinesis Video Streams target)
   */
  readonly kinesisVideoStreamConfig?: CfnInstanceStorageConfig.KinesisVideoStreamConfigProperty;

  /**
   * The `KinesisStreamConfig`.
   *
   * @default - none (not a Kinesis data stream target)
   */
  readonly kinesisStreamConfig?: CfnInstanceStorageConfig.KinesisStreamConfigProperty;

  /**
   * The `KinesisFirehoseConfig`.
   *
   * @default - none (not a Firehose target)
   */
  readonly kinesisFirehoseConfig?: CfnInstanceStorageConfig.KinesisFirehoseConfigProperty;

  /**
   * The bucket `s3Config` names, so that the instance can add to it what a
   * resource type needs (the CORS rule of attachments) when it created it.
   *
   * @default - none
   */
  readonly bucket?: s3.IBucket;
}

/**
 * Where Amazon Connect sends one kind of data: an S3 bucket, Kinesis Video
 * Streams, a Kinesis data stream or a Firehose delivery stream. Each target
 * checks its own options when it is made, and renders its own storage
 * configuration when it is bound; which targets a resource type accepts is
 * checked by the instance.
 */
export abstract class StorageTarget {
  /**
   * An S3 bucket and prefix, encrypted with a KMS key (call recordings, chat
   * transcripts, exported reports, attachments, contact evaluations, screen
   * recordings, email messages).
   */
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

  /**
   * An Amazon Data Firehose delivery stream (contact records only). A stream
   * defined elsewhere can be given with
   * `firehose.DeliveryStream.fromDeliveryStreamArn()`.
   */
  public static firehose(deliveryStream: firehose.IDeliveryStream): StorageTarget {
    return new FirehoseTarget(deliveryStream);
  }

  /**
   * What is wrong with the options the target was made with, each problem
   * named by its option (`prefix`, `retention`, …). The instance reports
   * them with the prop that holds the target, together with its other
   * problems; `bind()` throws them when the target is used on its own.
   *
   * @internal
   */
  public readonly _problems = new PropValidator();

  /**
   * Renders the storage configuration of `options.resourceType`.
   *
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
    const v = this._problems;
    if (options.prefix !== undefined) {
      checkPrefix(v, 'prefix', options.prefix);
    }
    if (options.encryptionKey !== undefined) {
      checkKey(v, 'encryptionKey', options.encryptionKey);
    } else if (options.bucket?.encryptionKey !== undefined) {
      checkKey(v, 'bucket.encryptionKey', options.bucket.encryptionKey);
    }
  }

  public bind(scope: Construct, options: StorageTargetBindOptions): StorageTargetConfig {
    this._problems.throwIfAny(scope, 'StorageTarget.s3()');
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
  private readonly retentionHours?: number;

  constructor(private readonly options: KinesisVideoStorageOptions) {
    super();
    const v = this._problems;
    checkPrefix(v, 'prefix', options.prefix);
    this.retentionHours = checkRetention(v, 'retention', options.retention);
    if (options.encryptionKey !== undefined) {
      checkKey(v, 'encryptionKey', options.encryptionKey);
    }
  }

  public bind(scope: Construct, options: StorageTargetBindOptions): StorageTargetConfig {
    this._problems.throwIfAny(scope, 'StorageTarget.kinesisVideo()');
    return {
      storageType: StorageType.KINESIS_VIDEO_STREAM,
      kinesisVideoStreamConfig: {
        prefix: this.options.prefix,
        retentionPeriodHours: this.retentionHours!,
        encryptionConfig: kmsEncryption(this.options.encryptionKey ?? options.sharedResources.key()),
      },
    };
  }
}

class KinesisStreamTarget extends StorageTarget {
  constructor(private readonly stream: kinesis.IStream) {
    super();
    checkArn(this._problems, 'streamArn', stream.streamArn, STREAM_ARN,
      'the ARN of a Kinesis data stream (arn:<partition>:kinesis:<region>:<account>:stream/<name>)');
  }

  public bind(scope: Construct): StorageTargetConfig {
    this._problems.throwIfAny(scope, 'StorageTarget.kinesisStream()');
    return { storageType: StorageType.KINESIS_STREAM, kinesisStreamConfig: { streamArn: this.stream.streamArn } };
  }
}

class FirehoseTarget extends StorageTarget {
  constructor(private readonly deliveryStream: firehose.IDeliveryStream) {
    super();
    checkArn(this._problems, 'deliveryStreamArn', deliveryStream.deliveryStreamArn, DELIVERY_STREAM_ARN,
      'the ARN of a Firehose delivery stream (arn:<partition>:firehose:<region>:<account>:deliverystream/<name>)');
  }

  public bind(scope: Construct): StorageTargetConfig {
    this._problems.throwIfAny(scope, 'StorageTarget.firehose()');
    return { storageType: StorageType.KINESIS_FIREHOSE, kinesisFirehoseConfig: { firehoseArn: this.deliveryStream.deliveryStreamArn } };
  }
}
