import { Duration, Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import * as kinesis from 'aws-cdk-lib/aws-kinesis';
import * as firehose from 'aws-cdk-lib/aws-kinesisfirehose';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';
import {
  ConnectInstance, IdentityManagement, IStorageSharedResources, StorageResourceType, StorageTarget, StorageTargetBindOptions, StorageTargetConfig,
} from '../../src';
import { errorOf, newStack } from '../helpers/stack';

const KEY_ARN = 'arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab';
const OTHER_KEY_ARN = 'arn:aws:kms:us-east-1:123456789012:key/99999999-2222-3333-4444-555555555555';
const STREAM_ARN = 'arn:aws:kinesis:us-east-1:123456789012:stream/contact-records';
const DELIVERY_STREAM_ARN = 'arn:aws:firehose:us-east-1:123456789012:deliverystream/contact-records';

/** Shared resources that count how often a target asks for them. */
class SharedResources implements IStorageSharedResources {
  public bucketCalls = 0;
  public keyCalls = 0;
  public readonly sharedBucket: s3.IBucket;
  public readonly sharedKey: kms.IKey;

  constructor(scope: Construct) {
    this.sharedBucket = s3.Bucket.fromBucketName(scope, 'SharedBucket', 'shared-bucket');
    this.sharedKey = kms.Key.fromKeyArn(scope, 'SharedKey', KEY_ARN);
  }

  public bucket(): s3.IBucket {
    this.bucketCalls++;
    return this.sharedBucket;
  }

  public key(): kms.IKey {
    this.keyCalls++;
    return this.sharedKey;
  }
}

/** Binds `target` for `resourceType` in a new stack. */
function bind(target: (stack: Stack) => StorageTarget, resourceType = StorageResourceType.CALL_RECORDINGS) {
  const stack = newStack();
  const shared = new SharedResources(stack);
  const config = target(stack).bind(stack, { resourceType, sharedResources: shared });
  return { stack, shared, config };
}

describe('StorageTarget.s3()', () => {
  test('without options: the shared bucket and key, under connect/<Kind>', () => {
    const { shared, config } = bind(() => StorageTarget.s3(), StorageResourceType.SCHEDULED_REPORTS);
    expect(config).toEqual({
      storageType: 'S3',
      s3Config: { bucketName: 'shared-bucket', bucketPrefix: 'connect/Reports', encryptionConfig: { encryptionType: 'KMS', keyId: KEY_ARN } },
      bucket: shared.sharedBucket,
    });
    expect([shared.bucketCalls, shared.keyCalls]).toEqual([1, 1]);
  });

  test('a bucket with its key and a prefix: nothing shared is asked for', () => {
    let own: s3.IBucket | undefined;
    const { shared, config } = bind((stack) => {
      own = s3.Bucket.fromBucketAttributes(stack, 'Own', { bucketName: 'own-bucket', encryptionKey: kms.Key.fromKeyArn(stack, 'OwnKey', OTHER_KEY_ARN) });
      return StorageTarget.s3({ bucket: own, prefix: 'voice' });
    });
    expect(config.s3Config).toEqual({ bucketName: 'own-bucket', bucketPrefix: 'voice', encryptionConfig: { encryptionType: 'KMS', keyId: OTHER_KEY_ARN } });
    expect(config.bucket).toBe(own);
    expect([shared.bucketCalls, shared.keyCalls]).toEqual([0, 0]);
  });

  test('a bucket without a key: the shared key encrypts the objects', () => {
    const { shared, config } = bind((stack) => StorageTarget.s3({ bucket: s3.Bucket.fromBucketName(stack, 'Own', 'own-bucket') }));
    expect(config.s3Config).toEqual({ bucketName: 'own-bucket', bucketPrefix: 'connect/CallRecordings', encryptionConfig: { encryptionType: 'KMS', keyId: KEY_ARN } });
    expect([shared.bucketCalls, shared.keyCalls]).toEqual([0, 1]);
  });

  test('a key of its own wins over the bucket\'s', () => {
    const { config } = bind((stack) => StorageTarget.s3({
      bucket: s3.Bucket.fromBucketAttributes(stack, 'Own', { bucketName: 'own-bucket', encryptionKey: kms.Key.fromKeyArn(stack, 'BucketKey', KEY_ARN) }),
      encryptionKey: kms.Key.fromKeyArn(stack, 'OwnKey', OTHER_KEY_ARN),
    }));
    expect(config.s3Config).toMatchObject({ encryptionConfig: { keyId: OTHER_KEY_ARN } });
  });

  test('a resource type by name gets the PascalCase folder', () => {
    const { config } = bind(() => StorageTarget.s3(), StorageResourceType.of('CUSTOMER_JOURNEYS'));
    expect(config.s3Config).toMatchObject({ bucketPrefix: 'connect/CustomerJourneys' });
  });

  test('bound on its own with bad options, it throws them all, named by option', () => {
    const stack = newStack();
    const target = StorageTarget.s3({ prefix: '', encryptionKey: kms.Alias.fromAliasName(stack, 'Alias', 'alias/connect') });
    const options = { resourceType: StorageResourceType.CALL_RECORDINGS, sharedResources: new SharedResources(stack) };
    expect(errorOf(() => target.bind(stack, options))).toBe([
      'storage target (S3) at \'TestStack\' has 2 invalid props:',
      '  - prefix must be 1 to 128 characters long (length 0), got ""',
      '  - encryptionKey must be a KMS key, not an alias: Amazon Connect needs the full key ARN, got "alias/connect"',
    ].join('\n'));
  });
});

describe('StorageTarget.kinesisVideo()', () => {
  test('the prefix, the retention in hours and the shared key', () => {
    const { shared, config } = bind(() => StorageTarget.kinesisVideo({ prefix: 'live', retention: Duration.days(2) }), StorageResourceType.MEDIA_STREAMS);
    expect(config).toEqual({
      storageType: 'KINESIS_VIDEO_STREAM',
      kinesisVideoStreamConfig: { prefix: 'live', retentionPeriodHours: 48, encryptionConfig: { encryptionType: 'KMS', keyId: KEY_ARN } },
    });
    expect([shared.bucketCalls, shared.keyCalls]).toEqual([0, 1]);
  });

  test('a key of its own', () => {
    const { shared, config } = bind((stack) => StorageTarget.kinesisVideo({
      prefix: 'live', retention: Duration.hours(0), encryptionKey: kms.Key.fromKeyArn(stack, 'Own', OTHER_KEY_ARN),
    }), StorageResourceType.MEDIA_STREAMS);
    expect(config.kinesisVideoStreamConfig).toEqual({ prefix: 'live', retentionPeriodHours: 0, encryptionConfig: { encryptionType: 'KMS', keyId: OTHER_KEY_ARN } });
    expect(shared.keyCalls).toBe(0);
  });

  test('bound on its own with bad options, it throws them all', () => {
    const stack = newStack();
    const target = StorageTarget.kinesisVideo({ prefix: 'x'.repeat(129), retention: Duration.minutes(30) });
    const options = { resourceType: StorageResourceType.MEDIA_STREAMS, sharedResources: new SharedResources(stack) };
    const message = errorOf(() => target.bind(stack, options));
    expect(message).toContain('storage target (Kinesis Video Streams) at \'TestStack\' has 2 invalid props:');
    expect(message).toContain('  - prefix must be 1 to 128 characters long (length 129)');
    expect(message).toContain('  - retention must be a whole number of hours from 0 to 87600, got "0.5 hours"');
  });
});

describe('StorageTarget.kinesisStream() and .firehose()', () => {
  test('a Kinesis data stream renders its ARN and asks for nothing shared', () => {
    const { shared, config } = bind((stack) => StorageTarget.kinesisStream(kinesis.Stream.fromStreamArn(stack, 'S', STREAM_ARN)), StorageResourceType.AGENT_EVENTS);
    expect(config).toEqual({ storageType: 'KINESIS_STREAM', kinesisStreamConfig: { streamArn: STREAM_ARN } });
    expect([shared.bucketCalls, shared.keyCalls]).toEqual([0, 0]);
  });

  test('a Firehose delivery stream renders its ARN and asks for nothing shared', () => {
    const { shared, config } = bind((stack) => StorageTarget.firehose(firehose.DeliveryStream.fromDeliveryStreamArn(stack, 'D', DELIVERY_STREAM_ARN)),
      StorageResourceType.CONTACT_TRACE_RECORDS);
    expect(config).toEqual({ storageType: 'KINESIS_FIREHOSE', kinesisFirehoseConfig: { firehoseArn: DELIVERY_STREAM_ARN } });
    expect([shared.bucketCalls, shared.keyCalls]).toEqual([0, 0]);
  });

  test('bound on their own with the ARN of another kind of resource, they throw it', () => {
    const stack = newStack();
    const sqs = 'arn:aws:sqs:us-east-1:123456789012:events';
    const options = { resourceType: StorageResourceType.AGENT_EVENTS, sharedResources: new SharedResources(stack) };
    expect(errorOf(() => StorageTarget.kinesisStream(kinesis.Stream.fromStreamArn(stack, 'S', sqs)).bind(stack, options)))
      .toContain('storage target (Kinesis data stream) at \'TestStack\' has 1 invalid prop:\n  - streamArn must be the ARN of a Kinesis data stream');
    expect(errorOf(() => StorageTarget.firehose(firehose.DeliveryStream.fromDeliveryStreamArn(stack, 'D', STREAM_ARN)).bind(stack, options)))
      .toContain('storage target (Firehose) at \'TestStack\' has 1 invalid prop:\n  - deliveryStreamArn must be the ARN of a Firehose delivery stream');
  });
});

describe('a target of the application\'s own', () => {
  /** Sends a resource type to a fixed bucket, with the shared key. */
  class ArchiveTarget extends StorageTarget {
    public bind(_scope: Construct, options: StorageTargetBindOptions): StorageTargetConfig {
      return {
        storageType: 'S3',
        s3Config: {
          bucketName: 'acme-archive',
          bucketPrefix: `archive/${options.resourceType.name.toLowerCase()}`,
          encryptionConfig: { encryptionType: 'KMS', keyId: options.sharedResources.key().keyArn },
        },
      };
    }
  }

  test('renders its configuration in the instance, checked against the resource type', () => {
    const stack = newStack();
    const instance = new ConnectInstance(stack, 'ContactCenter', {
      identity: IdentityManagement.connectManaged({ instanceAlias: 'acme-support' }),
      storage: { additional: [{ resourceType: StorageResourceType.CONTACT_EVALUATIONS, target: new ArchiveTarget() }] },
    });
    Template.fromStack(stack).hasResourceProperties('AWS::Connect::InstanceStorageConfig', {
      ResourceType: 'CONTACT_EVALUATIONS',
      StorageType: 'S3',
      S3Config: {
        BucketName: 'acme-archive',
        BucketPrefix: 'archive/contact_evaluations',
        EncryptionConfig: { EncryptionType: 'KMS', KeyId: { 'Fn::GetAtt': [stack.getLogicalId(instance.encryptionKey!.node.defaultChild as kms.CfnKey), 'Arn'] } },
      },
    });
    expect(errorOf(() => new ConnectInstance(newStack(), 'ContactCenter', {
      identity: IdentityManagement.connectManaged({ instanceAlias: 'acme-support' }),
      storage: { agentEvents: new ArchiveTarget() },
    }))).toContain('storage.agentEvents must be a storage target that AGENT_EVENTS accepts (KINESIS_STREAM), got "S3"');
  });
});
