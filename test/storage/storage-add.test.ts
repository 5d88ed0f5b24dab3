import { Duration, Stack } from 'aws-cdk-lib';
import { Annotations, Match, Template } from 'aws-cdk-lib/assertions';
import * as kinesis from 'aws-cdk-lib/aws-kinesis';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { ConnectInstance, IConnectInstance, IdentityManagement, StorageResourceType, StorageTarget } from '../../src';
import { errorOf, newStack } from '../helpers/stack';

const INSTANCE_ARN = 'arn:aws:connect:us-east-1:123456789012:instance/0f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b';
const KEY_ARN = 'arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab';
const STREAM_ARN = 'arn:aws:kinesis:us-east-1:123456789012:stream/agent-events';

function owned(stack: Stack): ConnectInstance {
  return new ConnectInstance(stack, 'ContactCenter', { identity: IdentityManagement.connectManaged({ instanceAlias: 'acme-support' }) });
}

function imported(stack: Stack): IConnectInstance {
  return ConnectInstance.fromInstanceArn(stack, 'Existing', INSTANCE_ARN);
}

/** A bucket of another team, imported with its key. */
function teamBucket(stack: Stack, id = 'Team'): s3.IBucket {
  return s3.Bucket.fromBucketAttributes(stack, id, { bucketName: `acme-${id.toLowerCase()}`, encryptionKey: kms.Key.fromKeyArn(stack, `${id}Key`, KEY_ARN) });
}

/** The storage configurations of the template, by resource type. */
function configsByType(stack: Stack): Record<string, { id: string; Properties: any; DependsOn?: string[] }> {
  const configs = Template.fromStack(stack).findResources('AWS::Connect::InstanceStorageConfig');
  return Object.fromEntries(Object.entries(configs).map(([id, c]) => [c.Properties.ResourceType as string, { id, ...c } as any]));
}

describe('addStorage on an instance the construct creates', () => {
  test('uses the shared bucket and key, after the storage configurations of the props', () => {
    const stack = newStack();
    const instance = owned(stack);
    instance.addStorage(StorageResourceType.SCREEN_RECORDINGS, StorageTarget.s3());
    const configs = configsByType(stack);
    expect(configs.SCREEN_RECORDINGS.Properties.S3Config).toEqual({
      BucketName: { Ref: stack.getLogicalId(instance.bucket!.node.defaultChild as s3.CfnBucket) },
      BucketPrefix: 'connect/ScreenRecordings',
      EncryptionConfig: { EncryptionType: 'KMS', KeyId: { 'Fn::GetAtt': [stack.getLogicalId(instance.encryptionKey!.node.defaultChild as kms.CfnKey), 'Arn'] } },
    });
    expect(configs.SCREEN_RECORDINGS.DependsOn).toEqual([configs.SCHEDULED_REPORTS.id]);
    Template.fromStack(stack).resourceCountIs('AWS::S3::Bucket', 2);
  });

  test('two additions wait for each other', () => {
    const stack = newStack();
    const instance = owned(stack);
    instance.addStorage(StorageResourceType.AGENT_EVENTS, StorageTarget.kinesisStream(kinesis.Stream.fromStreamArn(stack, 'S', STREAM_ARN)));
    instance.addStorage(StorageResourceType.EMAIL_MESSAGES, StorageTarget.s3({ prefix: 'mail' }));
    const configs = configsByType(stack);
    expect(configs.AGENT_EVENTS.DependsOn).toEqual([configs.SCHEDULED_REPORTS.id]);
    expect(configs.EMAIL_MESSAGES.DependsOn).toEqual([configs.AGENT_EVENTS.id]);
  });

  test('attachments added later get the CORS rule on the bucket the construct created', () => {
    const stack = newStack();
    owned(stack).addStorage(StorageResourceType.ATTACHMENTS, StorageTarget.s3());
    Template.fromStack(stack).hasResourceProperties('AWS::S3::Bucket', {
      CorsConfiguration: { CorsRules: [Match.objectLike({ Id: 'AmazonConnectAttachments', AllowedOrigins: ['https://*.my.connect.aws'] })] },
    });
  });

  test('fails for a resource type the props configure, the console\'s defaults included', () => {
    const instance = owned(newStack());
    expect(errorOf(() => instance.addStorage(StorageResourceType.CALL_RECORDINGS, StorageTarget.s3({ prefix: 'voice' })))).toBe([
      'storage at \'TestStack/ContactCenter\' has 1 invalid prop:',
      '  - resourceType must not configure a resource type twice: storage.callRecordings already configures it, and an instance has one storage configuration per resource type, got "CALL_RECORDINGS"',
    ].join('\n'));
  });

  test('fails for a resource type added before, and for a target it does not accept, at once', () => {
    const stack = newStack();
    const instance = owned(stack);
    instance.addStorage(StorageResourceType.SCREEN_RECORDINGS, StorageTarget.s3());
    expect(errorOf(() => instance.addStorage(StorageResourceType.SCREEN_RECORDINGS, StorageTarget.s3())))
      .toContain('resourceType must not configure a resource type twice: resourceType already configures it');
    const message = errorOf(() => instance.addStorage(StorageResourceType.MEDIA_STREAMS, StorageTarget.s3({ prefix: '' })));
    expect(message).toContain('storage at \'TestStack/ContactCenter\' has 1 invalid prop:');
    expect(message).toContain('  - target.prefix must be 1 to 128 characters long (length 0), got ""');
    expect(errorOf(() => instance.addStorage(StorageResourceType.MEDIA_STREAMS, StorageTarget.s3())))
      .toContain('  - target must be a storage target that MEDIA_STREAMS accepts (KINESIS_VIDEO_STREAM), got "S3"');
  });

  test('a failed addition leaves the resource type free', () => {
    const stack = newStack();
    const instance = owned(stack);
    expect(() => instance.addStorage(StorageResourceType.EMAIL_MESSAGES, StorageTarget.s3({ prefix: '' }))).toThrow();
    instance.addStorage(StorageResourceType.EMAIL_MESSAGES, StorageTarget.s3({ prefix: 'mail' }));
    expect(configsByType(stack).EMAIL_MESSAGES.Properties.S3Config.BucketPrefix).toBe('mail');
  });
});

describe('addStorage on an imported instance', () => {
  test('creates the configurations under the import, for its ARN, one after the other', () => {
    const stack = newStack();
    const instance = imported(stack);
    instance.addStorage(StorageResourceType.CALL_RECORDINGS, StorageTarget.s3({ bucket: teamBucket(stack), prefix: 'voice' }));
    instance.addStorage(StorageResourceType.AGENT_EVENTS, StorageTarget.kinesisStream(kinesis.Stream.fromStreamArn(stack, 'S', STREAM_ARN)));
    instance.addStorage(StorageResourceType.MEDIA_STREAMS, StorageTarget.kinesisVideo({
      prefix: 'live', retention: Duration.hours(24), encryptionKey: kms.Key.fromKeyArn(stack, 'MediaKey', KEY_ARN),
    }));

    const configs = configsByType(stack);
    expect(configs.CALL_RECORDINGS).toEqual({
      id: expect.stringMatching(/^ExistingStorageCallRecordings/),
      Type: 'AWS::Connect::InstanceStorageConfig',
      Properties: {
        InstanceArn: INSTANCE_ARN,
        ResourceType: 'CALL_RECORDINGS',
        StorageType: 'S3',
        S3Config: { BucketName: 'acme-team', BucketPrefix: 'voice', EncryptionConfig: { EncryptionType: 'KMS', KeyId: KEY_ARN } },
      },
    });
    expect(configs.AGENT_EVENTS.Properties).toEqual({
      InstanceArn: INSTANCE_ARN, ResourceType: 'AGENT_EVENTS', StorageType: 'KINESIS_STREAM', KinesisStreamConfig: { StreamArn: STREAM_ARN },
    });
    expect(configs.AGENT_EVENTS.DependsOn).toEqual([configs.CALL_RECORDINGS.id]);
    expect(configs.MEDIA_STREAMS.DependsOn).toEqual([configs.AGENT_EVENTS.id]);
    // Nothing shared is created for an imported instance.
    const template = Template.fromStack(stack);
    for (const type of ['AWS::S3::Bucket', 'AWS::KMS::Key', 'AWS::Logs::LogGroup']) {
      template.resourceCountIs(type, 0);
    }
  });

  test('fails clearly for an S3 target without a bucket', () => {
    const instance = imported(newStack());
    expect(errorOf(() => instance.addStorage(StorageResourceType.CALL_RECORDINGS, StorageTarget.s3()))).toBe([
      'storage at \'TestStack/Existing\' has 1 invalid prop:',
      '  - target.bucket must be given for an imported instance, which has no shared bucket: an S3 target with a bucket, got undefined',
    ].join('\n'));
  });

  test('fails clearly for a bucket without a key, and for Kinesis Video Streams without a key', () => {
    const stack = newStack();
    const instance = imported(stack);
    const noKey = /storage at 'TestStack\/Existing' has 1 invalid prop:\n {2}- target.encryptionKey must be given for an imported instance, which has no shared key/;
    expect(errorOf(() => instance.addStorage(StorageResourceType.CALL_RECORDINGS, StorageTarget.s3({ bucket: s3.Bucket.fromBucketName(stack, 'B', 'acme') })))).toMatch(noKey);
    expect(errorOf(() => instance.addStorage(StorageResourceType.MEDIA_STREAMS, StorageTarget.kinesisVideo({ prefix: 'live', retention: Duration.hours(1) }))))
      .toMatch(noKey);
  });

  test('checks duplicates and the target\'s options like the props', () => {
    const stack = newStack();
    const instance = imported(stack);
    instance.addStorage(StorageResourceType.ATTACHMENTS, StorageTarget.s3({ bucket: teamBucket(stack) }));
    expect(errorOf(() => instance.addStorage(StorageResourceType.ATTACHMENTS, StorageTarget.s3({ bucket: teamBucket(stack, 'Other') }))))
      .toContain('resourceType must not configure a resource type twice');
    expect(errorOf(() => instance.addStorage(StorageResourceType.EMAIL_MESSAGES, StorageTarget.s3({ bucket: teamBucket(stack, 'Mail'), prefix: 'm'.repeat(129) }))))
      .toContain('  - target.prefix must be 1 to 128 characters long (length 129)');
  });

  test('attachments in a bucket of another team: a warning to add the CORS rule', () => {
    const stack = newStack();
    imported(stack).addStorage(StorageResourceType.ATTACHMENTS, StorageTarget.s3({ bucket: teamBucket(stack) }));
    Annotations.fromStack(stack).hasWarning('/TestStack/Existing/Storage', Match.stringLikeRegexp(
      'the attachments bucket "acme-team" was given, so its CORS configuration cannot be set here'));
  });
});
