import { Duration, RemovalPolicy, Stack } from 'aws-cdk-lib';
import * as kinesis from 'aws-cdk-lib/aws-kinesis';
import * as firehose from 'aws-cdk-lib/aws-kinesisfirehose';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { PropValidator } from '../src/private/validation';
import { InstanceStorage, StorageOptions, StorageResourceType, StorageTarget } from '../src/storage';
import { errorOf, newStack } from './helpers/stack';
import { newInstanceStorage } from './helpers/storage';

const STREAM_ARN = 'arn:aws:kinesis:us-east-1:123456789012:stream/agent-events';
const DELIVERY_STREAM_ARN = 'arn:aws:firehose:us-east-1:123456789012:deliverystream/contact-records';

/** The message ConnectInstance would throw for these storage options, or fails. */
function problems(options: (stack: Stack) => StorageOptions): string {
  return errorOf(() => newInstanceStorage(options));
}

function stream(stack: Stack, id = 'Stream'): kinesis.IStream {
  return kinesis.Stream.fromStreamArn(stack, id, STREAM_ARN);
}

function deliveryStream(stack: Stack): firehose.IDeliveryStream {
  return firehose.DeliveryStream.fromDeliveryStreamArn(stack, 'DeliveryStream', DELIVERY_STREAM_ARN);
}

describe('one storage configuration per resource type', () => {
  test('fails when a named prop and an additional entry configure the same type', () => {
    const message = problems(() => ({
      callRecordings: StorageTarget.s3({ prefix: 'voice' }),
      additional: [{ resourceType: StorageResourceType.CALL_RECORDINGS, target: StorageTarget.s3() }],
    }));
    expect(message).toContain('ConnectInstance at \'TestStack\' has 1 invalid prop');
    expect(message).toContain('storage.additional[0].resourceType must not configure a resource type twice: storage.callRecordings already configures it');
    expect(message).toContain('got "CALL_RECORDINGS"');
  });

  test('fails when two additional entries configure the same type', () => {
    const message = problems(() => ({
      additional: [
        { resourceType: StorageResourceType.SCREEN_RECORDINGS, target: StorageTarget.s3() },
        { resourceType: StorageResourceType.of('SCREEN_RECORDINGS'), target: StorageTarget.s3({ prefix: 'screens' }) },
      ],
    }));
    expect(message).toContain('storage.additional[1].resourceType must not configure a resource type twice: storage.additional[0].resourceType already configures it');
    expect(message).toContain('got "SCREEN_RECORDINGS"');
  });

  test('fails when an additional entry configures a type the console turns on by default', () => {
    // Allowed alone (it replaces the default), but not next to the named prop.
    const message = problems(() => ({
      scheduledReports: StorageTarget.s3(),
      additional: [{ resourceType: StorageResourceType.SCHEDULED_REPORTS, target: StorageTarget.s3({ prefix: 'reports' }) }],
    }));
    expect(message).toContain('storage.additional[0].resourceType must not configure a resource type twice: storage.scheduledReports already configures it');
  });

  test('fails when the deprecated and the new name of voice segments are both configured', () => {
    const message = problems((stack) => ({
      realTimeContactAnalysisVoiceSegments: StorageTarget.kinesisStream(stream(stack)),
      // eslint-disable-next-line @typescript-eslint/no-deprecated
      additional: [{ resourceType: StorageResourceType.REAL_TIME_CONTACT_ANALYSIS_SEGMENTS, target: StorageTarget.kinesisStream(stream(stack, 'Legacy')) }],
    }));
    expect(message).toContain('storage.additional[0].resourceType must not configure a resource type twice: storage.realTimeContactAnalysisVoiceSegments already configures it '
      + '(REAL_TIME_CONTACT_ANALYSIS_SEGMENTS is the deprecated name of REAL_TIME_CONTACT_ANALYSIS_VOICE_SEGMENTS)');
  });
});

describe('storage kinds each resource type accepts', () => {
  test('fails with a Kinesis stream for call recordings', () => {
    const message = problems((stack) => ({ callRecordings: StorageTarget.kinesisStream(stream(stack)) }));
    expect(message).toContain('storage.callRecordings must be a storage target that CALL_RECORDINGS accepts (S3), got "KINESIS_STREAM"');
  });

  test('fails with S3 for media streams', () => {
    const message = problems(() => ({ mediaStreams: StorageTarget.s3() }));
    expect(message).toContain('storage.mediaStreams must be a storage target that MEDIA_STREAMS accepts (KINESIS_VIDEO_STREAM), got "S3"');
  });

  test('fails with Firehose for agent events, which only a Kinesis data stream receives', () => {
    const message = problems((stack) => ({ agentEvents: StorageTarget.firehose(deliveryStream(stack)) }));
    expect(message).toContain('storage.agentEvents must be a storage target that AGENT_EVENTS accepts (KINESIS_STREAM), got "KINESIS_FIREHOSE"');
  });

  test('fails with Kinesis Video Streams for an additional S3 type', () => {
    const message = problems(() => ({
      additional: [{ resourceType: StorageResourceType.CONTACT_EVALUATIONS, target: StorageTarget.kinesisVideo({ prefix: 'evaluations', retention: Duration.hours(1) }) }],
    }));
    expect(message).toContain('storage.additional[0].target must be a storage target that CONTACT_EVALUATIONS accepts (S3), got "KINESIS_VIDEO_STREAM"');
  });

  test('contact records accept both a Kinesis stream and Firehose', () => {
    const stack = newStack();
    for (const target of [StorageTarget.kinesisStream(stream(stack)), StorageTarget.firehose(deliveryStream(stack))]) {
      const validator = new PropValidator();
      new InstanceStorage(newStack(), 'Storage', {
        instanceArn: 'arn:aws:connect:us-east-1:123456789012:instance/0f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b',
        contactFlowLogs: false,
        options: { contactTraceRecords: target },
        removalPolicy: RemovalPolicy.RETAIN,
        validator,
      });
      expect(validator.hasProblems).toBe(false);
    }
  });
});

describe('values Amazon Connect rejects', () => {
  test('fails with a Kinesis Video Streams retention above 87600 hours', () => {
    const message = problems(() => ({ mediaStreams: StorageTarget.kinesisVideo({ prefix: 'live', retention: Duration.hours(87601) }) }));
    expect(message).toContain('storage.mediaStreams.retention must be a whole number of hours from 0 to 87600, got "87601 hours"');
  });

  test('fails with a retention that is not a whole number of hours', () => {
    const message = problems(() => ({ mediaStreams: StorageTarget.kinesisVideo({ prefix: 'live', retention: Duration.minutes(90) }) }));
    expect(message).toContain('storage.mediaStreams.retention must be a whole number of hours from 0 to 87600, got "1.5 hours"');
  });

  test('accepts a retention of 0 (not persisted) and of 87600 hours', () => {
    for (const retention of [Duration.hours(0), Duration.days(3650)]) {
      const validator = new PropValidator();
      new InstanceStorage(newStack(), 'Storage', {
        instanceArn: 'arn:aws:connect:us-east-1:123456789012:instance/0f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b',
        contactFlowLogs: false,
        options: { mediaStreams: StorageTarget.kinesisVideo({ prefix: 'live', retention }) },
        removalPolicy: RemovalPolicy.RETAIN,
        validator,
      });
      expect(validator.hasProblems).toBe(false);
    }
  });

  test('fails with an S3 prefix longer than 128 characters', () => {
    const prefix = `connect/${'x'.repeat(121)}`;
    const message = problems(() => ({ chatTranscripts: StorageTarget.s3({ prefix }) }));
    expect(message).toContain('storage.chatTranscripts.prefix must be 1 to 128 characters long (length 129), got "connect/xxx');
  });

  test('fails with an empty S3 prefix in an additional entry', () => {
    const message = problems(() => ({ additional: [{ resourceType: StorageResourceType.EMAIL_MESSAGES, target: StorageTarget.s3({ prefix: '' }) }] }));
    expect(message).toContain('storage.additional[0].target.prefix must be 1 to 128 characters long (length 0), got ""');
  });

  test('fails with a Kinesis Video Streams prefix longer than 128 characters', () => {
    const message = problems(() => ({ mediaStreams: StorageTarget.kinesisVideo({ prefix: 'p'.repeat(129), retention: Duration.hours(24) }) }));
    expect(message).toContain('storage.mediaStreams.prefix must be 1 to 128 characters long (length 129)');
  });

  test('fails with a KMS alias instead of a key', () => {
    const message = problems((stack) => ({ encryptionKey: kms.Alias.fromAliasName(stack, 'Alias', 'alias/connect') }));
    expect(message).toContain('storage.encryptionKey must be a KMS key, not an alias: Amazon Connect needs the full key ARN, got "alias/connect"');
  });

  test('fails with a key whose ARN is not a full key ARN', () => {
    const key = { keyArn: 'arn:aws:kms:us-east-1:123456789012:alias/connect', keyId: 'alias/connect' } as unknown as kms.IKey;
    const message = problems(() => ({ callRecordings: StorageTarget.s3({ encryptionKey: key }) }));
    expect(message).toContain('storage.callRecordings.encryptionKey must be a KMS key with a full key ARN (arn:<partition>:kms:<region>:<account>:key/<key-id>), got "arn:aws:kms:us-east-1:123456789012:alias/connect"');
  });

  test('fails with a stream ARN that is not a Kinesis data stream', () => {
    const message = problems((stack) => ({
      agentEvents: StorageTarget.kinesisStream(kinesis.Stream.fromStreamArn(stack, 'Sqs', 'arn:aws:sqs:us-east-1:123456789012:agent-events')),
    }));
    expect(message).toContain('storage.agentEvents.streamArn must be the ARN of a Kinesis data stream (arn:<partition>:kinesis:<region>:<account>:stream/<name>), got "arn:aws:sqs:us-east-1:123456789012:agent-events"');
  });

  test('fails with a resource type name that is not one', () => {
    const message = problems(() => ({ additional: [{ resourceType: StorageResourceType.of('screen recordings'), target: StorageTarget.s3() }] }));
    expect(message).toContain('storage.additional[0].resourceType must be an AWS::Connect::InstanceStorageConfig resource type in upper snake case, such as SCREEN_RECORDINGS, got "screen recordings"');
  });

  test('fails with an attachments origin S3 rejects', () => {
    const message = problems(() => ({ attachments: StorageTarget.s3(), attachmentsAllowedOrigins: ['https://*.example.*'] }));
    expect(message).toContain('storage.attachmentsAllowedOrigins[0] must be "*" or an origin such as "https://www.example.com", with at most one "*", got "https://*.example.*"');
  });
});

describe('reporting', () => {
  test('two problems are reported together, and nothing is created', () => {
    const stack = newStack();
    const validator = new PropValidator();
    new InstanceStorage(stack, 'Storage', {
      instanceArn: 'arn:aws:connect:us-east-1:123456789012:instance/0f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b',
      flowLogGroupName: '/aws/connect/acme-support',
      contactFlowLogs: true,
      options: {
        callRecordings: StorageTarget.s3({ prefix: '' }),
        mediaStreams: StorageTarget.kinesisVideo({ prefix: 'live', retention: Duration.days(3651) }),
      },
      removalPolicy: RemovalPolicy.RETAIN,
      validator,
    });
    const message = errorOf(() => validator.throwIfAny(stack, 'ConnectInstance'));
    expect(message).toContain('has 2 invalid props');
    expect(message).toContain('  - storage.callRecordings.prefix must be 1 to 128 characters long (length 0), got ""');
    expect(message).toContain('  - storage.mediaStreams.retention must be a whole number of hours from 0 to 87600, got "87624 hours"');
    expect(stack.node.findChild('Storage').node.children).toHaveLength(0);
  });

  test('input of the wrong shape (from JavaScript) is reported, not a crash', () => {
    const message = problems((stack) => ({
      bucket: 'acme-bucket' as unknown as s3.IBucket,
      callRecordings: { storageType: 'S3' } as unknown as StorageTarget,
      mediaStreams: StorageTarget.kinesisVideo({ prefix: undefined, retention: undefined } as never),
      additional: [
        null as unknown as never,
        { resourceType: 'EMAIL_MESSAGES', target: StorageTarget.s3() } as never,
        { resourceType: StorageResourceType.CONTACT_EVALUATIONS } as never,
        { resourceType: StorageResourceType.SCREEN_RECORDINGS, target: StorageTarget.s3({ bucket: {} as s3.IBucket }) },
        { resourceType: StorageResourceType.EMAIL_MESSAGES, target: StorageTarget.kinesisStream({} as kinesis.IStream) },
      ],
      attachmentsAllowedOrigins: 'https://www.example.com' as never,
      contactTraceRecords: StorageTarget.firehose(deliveryStream(stack)),
    }));
    expect(message).toContain('storage.callRecordings must be a StorageTarget');
    expect(message).toContain('storage.mediaStreams.prefix must be given (1 to 128 characters), got undefined');
    expect(message).toContain('storage.mediaStreams.retention must be a Duration, such as Duration.hours(24), got undefined');
    expect(message).toContain('storage.additional[0] must be a StorageConfig ({ resourceType, target }), got null');
    expect(message).toContain('storage.additional[1].resourceType must be a StorageResourceType, such as StorageResourceType.SCREEN_RECORDINGS, got "EMAIL_MESSAGES"');
    expect(message).toContain('storage.additional[2].target must be a StorageTarget');
    expect(message).toContain('storage.additional[3].target.bucket must be an S3 bucket (s3.IBucket)');
    expect(message).toContain('storage.additional[4].target must be a storage target that EMAIL_MESSAGES accepts (S3), got "KINESIS_STREAM"');
    expect(message).toContain('storage.bucket must be an S3 bucket (s3.IBucket), got "acme-bucket"');
    expect(message).toContain('storage.attachmentsAllowedOrigins must be a list of origins');
  });
});
