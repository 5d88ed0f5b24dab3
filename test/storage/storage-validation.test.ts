import { CfnParameter, Duration, Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import * as kinesis from 'aws-cdk-lib/aws-kinesis';
import * as firehose from 'aws-cdk-lib/aws-kinesisfirehose';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { ConnectInstance, IdentityManagement, StorageOptions, StorageResourceType, StorageTarget } from '../../src';
import { errorOf, newStack } from '../helpers/stack';

const STREAM_ARN = 'arn:aws:kinesis:us-east-1:123456789012:stream/agent-events';
const DELIVERY_STREAM_ARN = 'arn:aws:firehose:us-east-1:123456789012:deliverystream/contact-records';

/** An instance with these storage options, in a new stack. */
function instanceWith(stack: Stack, storage: StorageOptions): ConnectInstance {
  return new ConnectInstance(stack, 'ContactCenter', {
    identity: IdentityManagement.connectManaged({ instanceAlias: 'acme-support' }),
    storage,
  });
}

/** The message the instance throws for these storage options, or fails. */
function problems(options: (stack: Stack) => StorageOptions): string {
  const stack = newStack();
  return errorOf(() => instanceWith(stack, options(stack)));
}

/** The storage configurations these options create. */
function configsOf(options: (stack: Stack) => StorageOptions) {
  const stack = newStack();
  instanceWith(stack, options(stack));
  return Template.fromStack(stack).findResources('AWS::Connect::InstanceStorageConfig');
}

function stream(stack: Stack, id = 'Stream'): kinesis.IStream {
  return kinesis.Stream.fromStreamArn(stack, id, STREAM_ARN);
}

function deliveryStream(stack: Stack): firehose.IDeliveryStream {
  return firehose.DeliveryStream.fromDeliveryStreamArn(stack, 'DeliveryStream', DELIVERY_STREAM_ARN);
}

describe('one error lists every storage problem', () => {
  test('eight problems of seven props, each with its prop and value', () => {
    const message = problems((stack) => ({
      encryptionKey: kms.Alias.fromAliasName(stack, 'Alias', 'alias/connect'),
      callRecordings: StorageTarget.s3({ prefix: '' }),
      mediaStreams: StorageTarget.kinesisVideo({ prefix: 'p'.repeat(129), retention: Duration.days(3651) }),
      agentEvents: StorageTarget.firehose(deliveryStream(stack)),
      additional: [{ resourceType: StorageResourceType.CALL_RECORDINGS, target: StorageTarget.s3() }],
      attachmentsAllowedOrigins: ['https://*.example.*'],
      flowLogsRetention: 45 as logs.RetentionDays,
    }));
    expect(message).toBe([
      'ConnectInstance at \'TestStack/ContactCenter\' has 8 invalid props:',
      '  - storage.encryptionKey must be a KMS key, not an alias: Amazon Connect needs the full key ARN, got "alias/connect"',
      '  - storage.attachmentsAllowedOrigins[0] must be "*" or an origin such as "https://www.example.com", with at most one "*", got "https://*.example.*"',
      '  - storage.flowLogsRetention must be a logs.RetentionDays value (a number of days CloudWatch Logs accepts), got 45',
      '  - storage.callRecordings.prefix must be 1 to 128 characters long (length 0), got ""',
      `  - storage.mediaStreams.prefix must be 1 to 128 characters long (length 129), got "${'p'.repeat(77)}..."`,
      '  - storage.mediaStreams.retention must be a whole number of hours from 0 to 87600, got "87624 hours"',
      '  - storage.additional[0].resourceType must not configure a resource type twice: storage.callRecordings already configures it, and an instance has one storage configuration per resource type, got "CALL_RECORDINGS"',
      '  - storage.agentEvents must be a storage target that AGENT_EVENTS accepts (KINESIS_STREAM), got "KINESIS_FIREHOSE"',
    ].join('\n'));
  });
});

describe('one storage configuration per resource type', () => {
  test('fails when a named prop and an additional entry configure the same type', () => {
    const message = problems(() => ({
      callRecordings: StorageTarget.s3({ prefix: 'voice' }),
      additional: [{ resourceType: StorageResourceType.CALL_RECORDINGS, target: StorageTarget.s3() }],
    }));
    expect(message).toContain('ConnectInstance at \'TestStack/ContactCenter\' has 1 invalid prop:');
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

  test('fails when an additional entry configures a type the named prop configures too', () => {
    const message = problems(() => ({
      scheduledReports: StorageTarget.s3(),
      additional: [{ resourceType: StorageResourceType.SCHEDULED_REPORTS, target: StorageTarget.s3({ prefix: 'reports' }) }],
    }));
    expect(message).toContain('storage.additional[0].resourceType must not configure a resource type twice: storage.scheduledReports already configures it');
  });

  test('an additional entry alone replaces the console\'s default for its type', () => {
    const configs = configsOf(() => ({
      additional: [{ resourceType: StorageResourceType.SCHEDULED_REPORTS, target: StorageTarget.s3({ prefix: 'reports' }) }],
    }));
    const reports = Object.values(configs).filter((c) => c.Properties.ResourceType === 'SCHEDULED_REPORTS');
    expect(reports).toHaveLength(1);
    expect(reports[0].Properties.S3Config.BucketPrefix).toBe('reports');
    expect(Object.keys(configs)).toHaveLength(3);
  });

  test.each([
    ['the deprecated name second', false],
    ['the deprecated name first', true],
  ])('fails when the deprecated and the new name of voice segments are both configured, %s', (_, deprecatedFirst) => {
    // eslint-disable-next-line @typescript-eslint/no-deprecated
    const types = [StorageResourceType.REAL_TIME_CONTACT_ANALYSIS_VOICE_SEGMENTS, StorageResourceType.REAL_TIME_CONTACT_ANALYSIS_SEGMENTS];
    if (deprecatedFirst) {
      types.reverse();
    }
    const message = problems((stack) => ({
      additional: types.map((resourceType, i) => ({ resourceType, target: StorageTarget.kinesisStream(stream(stack, `S${i}`)) })),
    }));
    expect(message).toContain('storage.additional[1].resourceType must not configure a resource type twice: storage.additional[0].resourceType already configures it '
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
    const targets = [(stack: Stack) => StorageTarget.kinesisStream(stream(stack)), (stack: Stack) => StorageTarget.firehose(deliveryStream(stack))];
    for (const target of targets) {
      const configs = configsOf((stack) => ({ contactTraceRecords: target(stack) }));
      expect(Object.values(configs).map((c) => c.Properties.ResourceType)).toContain('CONTACT_TRACE_RECORDS');
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

  test('fails with a token retention given in another unit than hours', () => {
    const message = problems((stack) => ({
      mediaStreams: StorageTarget.kinesisVideo({ prefix: 'live', retention: Duration.days(new CfnParameter(stack, 'Days', { type: 'Number' }).valueAsNumber) }),
    }));
    expect(message).toMatch(/storage.mediaStreams.retention must be a Duration in hours when its value is a token, got "Duration.days\(.*\)"/);
  });

  test.each([Duration.hours(0), Duration.days(3650)])('accepts a retention of %s (0: not persisted, up to 87600 hours)', (retention) => {
    const configs = configsOf(() => ({ mediaStreams: StorageTarget.kinesisVideo({ prefix: 'live', retention }) }));
    const media = Object.values(configs).find((c) => c.Properties.ResourceType === 'MEDIA_STREAMS');
    expect(media?.Properties.KinesisVideoStreamConfig.RetentionPeriodHours).toBe(retention.toHours());
  });

  test('fails with an S3 prefix longer than 128 characters', () => {
    const prefix = `connect/${'x'.repeat(121)}`;
    const message = problems(() => ({ chatTranscripts: StorageTarget.s3({ prefix }) }));
    expect(message).toContain('storage.chatTranscripts.prefix must be 1 to 128 characters long (length 129), got "connect/xxx');
  });

  test('accepts an S3 prefix of 1 and of 128 characters', () => {
    const configs = configsOf(() => ({ callRecordings: StorageTarget.s3({ prefix: 'v' }), chatTranscripts: StorageTarget.s3({ prefix: 'c'.repeat(128) }) }));
    expect(Object.values(configs).map((c) => c.Properties.S3Config.BucketPrefix)).toEqual(expect.arrayContaining(['v', 'c'.repeat(128)]));
  });

  test('fails with an empty S3 prefix in an additional entry', () => {
    const message = problems(() => ({ additional: [{ resourceType: StorageResourceType.EMAIL_MESSAGES, target: StorageTarget.s3({ prefix: '' }) }] }));
    expect(message).toContain('storage.additional[0].target.prefix must be 1 to 128 characters long (length 0), got ""');
  });

  test('fails with a KMS alias as a target\'s key', () => {
    const message = problems((stack) => ({ callRecordings: StorageTarget.s3({ encryptionKey: kms.Alias.fromAliasName(stack, 'Alias', 'alias/connect') }) }));
    expect(message).toContain('storage.callRecordings.encryptionKey must be a KMS key, not an alias: Amazon Connect needs the full key ARN, got "alias/connect"');
  });

  test('fails with a key whose ARN is not a full key ARN, on the target or on its bucket', () => {
    const aliasArn = 'arn:aws:kms:us-east-1:123456789012:alias/connect';
    const message = problems((stack) => ({
      mediaStreams: StorageTarget.kinesisVideo({ prefix: 'live', retention: Duration.hours(1), encryptionKey: kms.Key.fromKeyArn(stack, 'ByAlias', aliasArn) }),
      callRecordings: StorageTarget.s3({
        bucket: s3.Bucket.fromBucketAttributes(stack, 'Bucket', { bucketName: 'acme', encryptionKey: kms.Key.fromKeyArn(stack, 'BucketKey', aliasArn) }),
      }),
    }));
    const shape = 'must be a KMS key with a full key ARN (arn:<partition>:kms:<region>:<account>:key/<key-id>)';
    expect(message).toContain(`storage.mediaStreams.encryptionKey ${shape}, got "${aliasArn}"`);
    expect(message).toContain(`storage.callRecordings.bucket.encryptionKey ${shape}, got "${aliasArn}"`);
  });

  test('fails with a shared bucket whose key is an alias', () => {
    const message = problems((stack) => ({
      bucket: s3.Bucket.fromBucketAttributes(stack, 'Bucket', { bucketName: 'acme', encryptionKey: kms.Alias.fromAliasName(stack, 'Alias', 'alias/connect') }),
    }));
    expect(message).toContain('storage.bucket.encryptionKey must be a KMS key, not an alias');
  });

  test('fails with a stream ARN that is not a Kinesis data stream, and a delivery stream ARN that is not Firehose\'s', () => {
    const message = problems((stack) => ({
      agentEvents: StorageTarget.kinesisStream(kinesis.Stream.fromStreamArn(stack, 'Sqs', 'arn:aws:sqs:us-east-1:123456789012:agent-events')),
      contactTraceRecords: StorageTarget.firehose(firehose.DeliveryStream.fromDeliveryStreamArn(stack, 'Ctr', STREAM_ARN)),
    }));
    expect(message).toContain('storage.agentEvents.streamArn must be the ARN of a Kinesis data stream (arn:<partition>:kinesis:<region>:<account>:stream/<name>), got "arn:aws:sqs:us-east-1:123456789012:agent-events"');
    expect(message).toContain(`storage.contactTraceRecords.deliveryStreamArn must be the ARN of a Firehose delivery stream (arn:<partition>:firehose:<region>:<account>:deliverystream/<name>), got "${STREAM_ARN}"`);
  });

  test('accepts streams of the stack, whose ARNs are tokens', () => {
    const configs = configsOf((stack) => ({ agentEvents: StorageTarget.kinesisStream(new kinesis.Stream(stack, 'Agents')) }));
    const agents = Object.values(configs).find((c) => c.Properties.ResourceType === 'AGENT_EVENTS');
    expect(agents?.Properties.KinesisStreamConfig.StreamArn).toEqual({ 'Fn::GetAtt': [expect.stringMatching(/^Agents/), 'Arn'] });
  });

  test('fails with attachments origins S3 rejects, and with an empty list', () => {
    expect(problems(() => ({ attachments: StorageTarget.s3(), attachmentsAllowedOrigins: ['https://*.example.*'] })))
      .toContain('storage.attachmentsAllowedOrigins[0] must be "*" or an origin such as "https://www.example.com", with at most one "*", got "https://*.example.*"');
    expect(problems(() => ({ attachments: StorageTarget.s3(), attachmentsAllowedOrigins: [] })))
      .toContain('storage.attachmentsAllowedOrigins must list at least one origin, or be left out for the default, got []');
  });

  test('fails with a flow-log retention CloudWatch Logs does not accept', () => {
    expect(problems(() => ({ flowLogsRetention: 45 as logs.RetentionDays })))
      .toContain('storage.flowLogsRetention must be a logs.RetentionDays value (a number of days CloudWatch Logs accepts), got 45');
  });
});

describe('resource types by name', () => {
  test('a name this library knows returns its constant', () => {
    expect(StorageResourceType.of('SCREEN_RECORDINGS')).toBe(StorageResourceType.SCREEN_RECORDINGS);
    expect(StorageResourceType.AGENT_EVENTS.toString()).toBe('AGENT_EVENTS');
  });

  test.each(['screen recordings', 'Screen_Recordings', '_SCREEN', 'SCREEN__RECORDINGS', ''])('fails for %j, naming the value', (name) => {
    expect(() => StorageResourceType.of(name)).toThrow(
      `storage resource type name must be an AWS::Connect::InstanceStorageConfig resource type in upper snake case, such as SCREEN_RECORDINGS, got ${JSON.stringify(name)}`);
  });
});
