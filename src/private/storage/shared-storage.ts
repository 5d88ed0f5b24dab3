import { RemovalPolicy } from 'aws-cdk-lib';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { Construct, IConstruct } from 'constructs';
import { createAccessLogsBucket, createDataBucket } from './data-bucket';
import { createStorageKey } from './storage-key';
import { IStorageSharedResources } from '../../storage/target';
import { PropValidator } from '../validation';

/** What the shared bucket and key of an instance are made from. */
export interface SharedStorageProps {
  readonly bucket?: s3.IBucket;
  readonly encryptionKey?: kms.IKey;
  readonly accessLogsBucket?: s3.IBucket;
  /** `StorageOptions.restrictKeyGrantsToAwsResources`, for the key created. */
  readonly restrictKeyGrantsToAwsResources: boolean;
  /** Applies to the buckets and key created. */
  readonly removalPolicy: RemovalPolicy;
}

/** The shared bucket and key of a created instance: given, or created when a target first asks. */
export class SharedStorage implements IStorageSharedResources {
  /** The data bucket, when created here. */
  public createdBucket?: s3.Bucket;
  /** Where the created data bucket's server access logs go, when it was created. */
  public accessLogsBucket?: s3.IBucket;
  private sharedKey?: kms.IKey;
  private sharedBucket?: s3.IBucket;

  constructor(private readonly scope: Construct, private readonly props: SharedStorageProps) {}

  /** The shared key: given, the shared bucket's, or created on first use. */
  public key(): kms.IKey {
    this.sharedKey ??= this.props.encryptionKey
      ?? this.props.bucket?.encryptionKey
      ?? createStorageKey(this.scope, 'Key', this.props.removalPolicy, this.props.restrictKeyGrantsToAwsResources);
    return this.sharedKey;
  }

  /** The shared bucket: given, or created on first use with its access-log bucket. */
  public bucket(): s3.IBucket {
    if (!this.sharedBucket) {
      if (this.props.bucket) {
        this.sharedBucket = this.props.bucket;
      } else {
        this.accessLogsBucket = this.props.accessLogsBucket
          ?? createAccessLogsBucket(this.scope, 'AccessLogsBucket', this.props.removalPolicy);
        this.createdBucket = createDataBucket(this.scope, 'Bucket', {
          encryptionKey: this.key(),
          accessLogsBucket: this.accessLogsBucket,
          removalPolicy: this.props.removalPolicy,
        });
        this.sharedBucket = this.createdBucket;
      }
    }
    return this.sharedBucket;
  }

  /** The shared key, if a target used it. */
  public get usedKey(): kms.IKey | undefined {
    return this.sharedKey;
  }

  /** The shared bucket, if a target used it. */
  public get usedBucket(): s3.IBucket | undefined {
    return this.sharedBucket;
  }
}

/** An imported instance has no shared resources: each target must name its bucket and key. */
export class NoSharedStorage implements IStorageSharedResources {
  /** @param instance the imported instance, named in the error */
  constructor(private readonly instance: IConstruct) {}

  public bucket(): s3.IBucket {
    return this.fail('target.bucket',
      'must be given for an imported instance, which has no shared bucket: an S3 target with a bucket');
  }

  public key(): kms.IKey {
    return this.fail('target.encryptionKey',
      'must be given for an imported instance, which has no shared key: an S3 target with an encryptionKey or a bucket imported with its encryptionKey, or a Kinesis Video Streams target with an encryptionKey');
  }

  /** Throws at once: the target cannot be bound without the bucket or key. */
  private fail(prop: string, rule: string): never {
    const v = new PropValidator();
    v.fail(prop, undefined, rule);
    throw v.error(this.instance, 'storage');
  }
}
