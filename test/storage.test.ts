import { CfnParameter, Duration, RemovalPolicy, Stack } from 'aws-cdk-lib';
import { Annotations, Match, Template } from 'aws-cdk-lib/assertions';
import * as kinesis from 'aws-cdk-lib/aws-kinesis';
import * as firehose from 'aws-cdk-lib/aws-kinesisfirehose';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { CreatedInstanceStorage } from '../src/private/storage/instance-storage';
import { StorageOptions, StorageResourceType, StorageTarget } from '../src/storage';
import { newInstanceStorage } from './helpers/storage';

const KEY_ARN = 'arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab';
const STREAM_ARN = 'arn:aws:kinesis:us-east-1:123456789012:stream/contact-records';
const DELIVERY_STREAM_ARN = 'arn:aws:firehose:us-east-1:123456789012:deliverystream/agent-events';

/** The storage of an instance with alias acme-support, and its template. */
function build(options?: (stack: Stack) => StorageOptions, extra: Partial<CreatedInstanceStorage> = {}) {
  const { stack, storage } = newInstanceStorage(options, extra);
  return { stack, storage, template: Template.fromStack(stack) };
}

function logicalId(stack: Stack, construct: { node: { defaultChild?: unknown } } | undefined): string {
  return stack.getLogicalId(construct!.node.defaultChild as never);
}

/** An `AWS::Connect::InstanceStorageConfig` of the instance storing `resourceType` in S3. */
function s3Config(resourceType: string, bucket: unknown, prefix: string, keyArn: unknown) {
  return {
    InstanceArn: { 'Fn::GetAtt': ['Instance', 'Arn'] },
    ResourceType: resourceType,
    StorageType: 'S3',
    S3Config: {
      BucketName: bucket,
      BucketPrefix: prefix,
      EncryptionConfig: { EncryptionType: 'KMS', KeyId: keyArn },
    },
  };
}

describe('default storage, as the console creates it', () => {
  test('one bucket and one key hold call recordings, chat transcripts and reports', () => {
    const { stack, storage, template } = build();
    const bucket = { Ref: logicalId(stack, storage.bucket) };
    const keyArn = { 'Fn::GetAtt': [logicalId(stack, storage.encryptionKey), 'Arn'] };

    template.resourceCountIs('AWS::Connect::InstanceStorageConfig', 3);
    template.hasResourceProperties('AWS::Connect::InstanceStorageConfig', s3Config('CALL_RECORDINGS', bucket, 'connect/CallRecordings', keyArn));
    template.hasResourceProperties('AWS::Connect::InstanceStorageConfig', s3Config('CHAT_TRANSCRIPTS', bucket, 'connect/ChatTranscripts', keyArn));
    template.hasResourceProperties('AWS::Connect::InstanceStorageConfig', s3Config('SCHEDULED_REPORTS', bucket, 'connect/Reports', keyArn));
    template.resourceCountIs('AWS::S3::Bucket', 2);
    template.resourceCountIs('AWS::KMS::Key', 1);
    template.resourceCountIs('Custom::S3AutoDeleteObjects', 0);
    expect(storage.accessLogsBucket).toBeDefined();
    expect(template.toJSON()).toMatchSnapshot();
  });

  test('the bucket is private, TLS-only, versioned, KMS-encrypted, access-logged, lifecycled and kept on update and delete', () => {
    const { stack, storage, template } = build();
    const bucketId = logicalId(stack, storage.bucket);
    const keyId = logicalId(stack, storage.encryptionKey);
    const logsId = logicalId(stack, storage.accessLogsBucket);

    template.hasResource('AWS::S3::Bucket', {
      DeletionPolicy: 'RetainExceptOnCreate',
      UpdateReplacePolicy: 'Retain',
      Properties: {
        BucketEncryption: {
          ServerSideEncryptionConfiguration: [{
            BucketKeyEnabled: true,
            ServerSideEncryptionByDefault: { SSEAlgorithm: 'aws:kms', KMSMasterKeyID: { 'Fn::GetAtt': [keyId, 'Arn'] } },
          }],
        },
        PublicAccessBlockConfiguration: { BlockPublicAcls: true, BlockPublicPolicy: true, IgnorePublicAcls: true, RestrictPublicBuckets: true },
        OwnershipControls: { Rules: [{ ObjectOwnership: 'BucketOwnerEnforced' }] },
        VersioningConfiguration: { Status: 'Enabled' },
        LoggingConfiguration: { DestinationBucketName: { Ref: logsId }, LogFilePrefix: Match.stringLikeRegexp('StorageBucket.*/$') },
        LifecycleConfiguration: {
          Rules: Match.arrayWith([
            Match.objectLike({ AbortIncompleteMultipartUpload: { DaysAfterInitiation: 7 }, Status: 'Enabled' }),
            Match.objectLike({ NoncurrentVersionExpiration: { NoncurrentDays: 90 }, Status: 'Enabled' }),
          ]),
        },
        ObjectLockEnabled: Match.absent(),
      },
    });
    template.hasResourceProperties('AWS::S3::BucketPolicy', {
      Bucket: { Ref: bucketId },
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({ Effect: 'Deny', Action: 's3:*', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
          Match.objectLike({ Effect: 'Deny', Action: 's3:*', Condition: { NumericLessThan: { 's3:TlsVersion': 1.2 } } }),
        ]),
      },
    });
  });

  test('the access-log bucket is SSE-S3, private, TLS-only, versioned, expiring and kept on update and delete, and takes deliveries for the bucket only', () => {
    const { stack, storage, template } = build();
    const logsId = logicalId(stack, storage.accessLogsBucket);
    template.hasResource('AWS::S3::Bucket', {
      DeletionPolicy: 'RetainExceptOnCreate',
      Properties: {
        BucketEncryption: { ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }] },
        PublicAccessBlockConfiguration: { BlockPublicAcls: true, BlockPublicPolicy: true, IgnorePublicAcls: true, RestrictPublicBuckets: true },
        VersioningConfiguration: { Status: 'Enabled' },
        LifecycleConfiguration: { Rules: [Match.objectLike({ ExpirationInDays: 365, AbortIncompleteMultipartUpload: { DaysAfterInitiation: 7 } })] },
        LoggingConfiguration: Match.absent(),
        AccessControl: Match.absent(),
      },
    });
    template.hasResourceProperties('AWS::S3::BucketPolicy', {
      Bucket: { Ref: logsId },
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
          Match.objectLike({
            Effect: 'Allow',
            Principal: { Service: 'logging.s3.amazonaws.com' },
            Action: 's3:PutObject',
            Condition: {
              ArnLike: { 'aws:SourceArn': { 'Fn::GetAtt': [logicalId(stack, storage.bucket), 'Arn'] } },
              StringEquals: { 'aws:SourceAccount': '123456789012' },
            },
          }),
        ]),
      },
    });
  });

  test('the key rotates, is kept on update and delete, and limits grants to AWS resources and Amazon Connect\'s service-linked roles', () => {
    const { template } = build();
    const root = { 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':iam::123456789012:root']] };
    const connectRoles = {
      'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':iam::123456789012:role/aws-service-role/connect.amazonaws.com/AWSServiceRoleForAmazonConnect_*']],
    };
    template.hasResource('AWS::KMS::Key', {
      DeletionPolicy: 'RetainExceptOnCreate',
      UpdateReplacePolicy: 'Retain',
      Properties: {
        EnableKeyRotation: true,
        KeyPolicy: {
          Statement: Match.arrayWith([
            {
              Sid: 'AllowGrantsForAwsResources',
              Effect: 'Allow',
              Action: 'kms:CreateGrant',
              Principal: { AWS: root },
              Resource: '*',
              Condition: { Bool: { 'kms:GrantIsForAWSResource': 'true' } },
            },
            // Connect's grant (grantee: the instance's service-linked role), whatever kms:GrantIsForAWSResource says.
            {
              Sid: 'AllowGrantsToConnectServiceRoles',
              Effect: 'Allow',
              Action: 'kms:CreateGrant',
              Principal: { AWS: root },
              Resource: '*',
              Condition: { StringLike: { 'kms:GranteePrincipal': connectRoles } },
            },
            // The deny of grants neither for an AWS resource nor made by a service, exactly as
            // Control Tower's CT.KMS.PR.3 accepts it (no third condition).
            {
              Sid: 'DenyGrantsNotForAwsResources',
              Effect: 'Deny',
              Action: 'kms:CreateGrant',
              Principal: { AWS: '*' },
              Resource: '*',
              Condition: { BoolIfExists: { 'kms:GrantIsForAWSResource': 'false', 'aws:PrincipalIsAWSService': 'false' } },
            },
          ]),
        },
      },
    });
  });

  test('the flow log group is /aws/connect/<alias>, kept a year, encrypted with the key CloudWatch Logs may use for it only', () => {
    const { stack, storage, template } = build();
    const keyId = logicalId(stack, storage.encryptionKey);
    template.hasResource('AWS::Logs::LogGroup', {
      DeletionPolicy: 'RetainExceptOnCreate',
      Properties: {
        LogGroupName: '/aws/connect/acme-support',
        RetentionInDays: 365,
        KmsKeyId: { 'Fn::GetAtt': [keyId, 'Arn'] },
      },
    });
    template.hasResourceProperties('AWS::KMS::Key', {
      KeyPolicy: {
        Statement: Match.arrayWith([Match.objectLike({
          Sid: 'AllowCloudWatchLogsForFlowLogs',
          Principal: { Service: 'logs.us-east-1.amazonaws.com' },
          Condition: {
            ArnEquals: {
              'kms:EncryptionContext:aws:logs:arn': {
                'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':logs:us-east-1:123456789012:log-group:/aws/connect/acme-support']],
              },
            },
          },
        })]),
      },
    });
    // Created before the instance, which would otherwise create it itself.
    template.hasResource('AWS::Connect::Instance', { DependsOn: [logicalId(stack, storage.flowLogGroup)] });
  });

  test('storage configurations are associated one at a time', () => {
    const { template } = build();
    const configs = template.findResources('AWS::Connect::InstanceStorageConfig');
    const ids = Object.keys(configs);
    const dependents = ids.filter((id) => configs[id].DependsOn?.length === 1);
    expect(dependents).toHaveLength(ids.length - 1);
  });
});

describe('customised storage, as the wizard\'s Edit buttons do', () => {
  test('own bucket and key; attachments, media streams, data streaming and screen recordings', () => {
    const { stack, storage, template } = build((scope) => ({
      bucket: s3.Bucket.fromBucketName(scope, 'OwnBucket', 'acme-connect-data'),
      encryptionKey: kms.Key.fromKeyArn(scope, 'OwnKey', KEY_ARN),
      callRecordings: StorageTarget.s3({ prefix: 'recordings/voice' }),
      attachments: StorageTarget.s3({ prefix: 'attachments' }),
      mediaStreams: StorageTarget.kinesisVideo({ prefix: 'acme-live', retention: Duration.days(3) }),
      contactTraceRecords: StorageTarget.firehose(firehose.DeliveryStream.fromDeliveryStreamArn(scope, 'Ctr', DELIVERY_STREAM_ARN)),
      agentEvents: StorageTarget.kinesisStream(kinesis.Stream.fromStreamArn(scope, 'Agents', STREAM_ARN)),
      realTimeContactAnalysisVoiceSegments: StorageTarget.kinesisStream(kinesis.Stream.fromStreamArn(scope, 'Segments', STREAM_ARN)),
      additional: [{ resourceType: StorageResourceType.SCREEN_RECORDINGS, target: StorageTarget.s3() }],
      flowLogsRetention: logs.RetentionDays.THREE_MONTHS,
    }));

    template.resourceCountIs('AWS::S3::Bucket', 0);
    template.resourceCountIs('AWS::KMS::Key', 0);
    template.resourceCountIs('AWS::Connect::InstanceStorageConfig', 9);
    template.hasResourceProperties('AWS::Connect::InstanceStorageConfig', s3Config('CALL_RECORDINGS', 'acme-connect-data', 'recordings/voice', KEY_ARN));
    template.hasResourceProperties('AWS::Connect::InstanceStorageConfig', s3Config('CHAT_TRANSCRIPTS', 'acme-connect-data', 'connect/ChatTranscripts', KEY_ARN));
    template.hasResourceProperties('AWS::Connect::InstanceStorageConfig', s3Config('ATTACHMENTS', 'acme-connect-data', 'attachments', KEY_ARN));
    template.hasResourceProperties('AWS::Connect::InstanceStorageConfig', s3Config('SCREEN_RECORDINGS', 'acme-connect-data', 'connect/ScreenRecordings', KEY_ARN));
    template.hasResourceProperties('AWS::Connect::InstanceStorageConfig', {
      ResourceType: 'MEDIA_STREAMS',
      StorageType: 'KINESIS_VIDEO_STREAM',
      KinesisVideoStreamConfig: {
        Prefix: 'acme-live',
        RetentionPeriodHours: 72,
        EncryptionConfig: { EncryptionType: 'KMS', KeyId: KEY_ARN },
      },
      S3Config: Match.absent(),
    });
    template.hasResourceProperties('AWS::Connect::InstanceStorageConfig', {
      ResourceType: 'CONTACT_TRACE_RECORDS',
      StorageType: 'KINESIS_FIREHOSE',
      KinesisFirehoseConfig: { FirehoseArn: DELIVERY_STREAM_ARN },
    });
    template.hasResourceProperties('AWS::Connect::InstanceStorageConfig', {
      ResourceType: 'AGENT_EVENTS',
      StorageType: 'KINESIS_STREAM',
      KinesisStreamConfig: { StreamArn: STREAM_ARN },
    });
    template.hasResourceProperties('AWS::Connect::InstanceStorageConfig', {
      ResourceType: 'REAL_TIME_CONTACT_ANALYSIS_VOICE_SEGMENTS',
      StorageType: 'KINESIS_STREAM',
      KinesisStreamConfig: { StreamArn: STREAM_ARN },
    });
    // An imported key's policy cannot let CloudWatch Logs in: default encryption.
    template.hasResourceProperties('AWS::Logs::LogGroup', { RetentionInDays: 90, KmsKeyId: Match.absent() });
    expect(storage.bucket?.bucketName).toBe('acme-connect-data');
    expect(storage.encryptionKey?.keyArn).toBe(KEY_ARN);
    expect(storage.accessLogsBucket).toBeUndefined();
    // The given bucket cannot be changed: the user is told to add the CORS rule.
    Annotations.fromStack(stack).hasWarning('/TestStack/Storage', Match.stringLikeRegexp('"acme-connect-data".*PUT and GET from https://\\*\\.my\\.connect\\.aws'));
    expect(template.toJSON()).toMatchSnapshot();
  });

  test('attachments in the bucket the construct creates get the CORS rule chat file sharing needs', () => {
    const { stack, storage, template } = build(() => ({
      attachments: StorageTarget.s3(),
      attachmentsAllowedOrigins: ['https://*.my.connect.aws', 'https://www.example.com'],
    }));
    template.hasResourceProperties('AWS::S3::Bucket', {
      CorsConfiguration: {
        CorsRules: [{
          Id: 'AmazonConnectAttachments',
          AllowedMethods: ['PUT', 'GET'],
          AllowedOrigins: ['https://*.my.connect.aws', 'https://www.example.com'],
          AllowedHeaders: ['*'],
        }],
      },
    });
    template.hasResourceProperties('AWS::Connect::InstanceStorageConfig', s3Config(
      'ATTACHMENTS', { Ref: logicalId(stack, storage.bucket) }, 'connect/Attachments', { 'Fn::GetAtt': [logicalId(stack, storage.encryptionKey), 'Arn'] }));
    Annotations.fromStack(stack).hasNoWarning('/TestStack/Storage', Match.anyValue());
    expect(template.toJSON()).toMatchSnapshot();
  });

  test('an existing bucket for attachments is used as it is, with a warning to add the CORS rule', () => {
    const { stack, storage, template } = build((scope) => ({
      attachments: StorageTarget.s3({ bucket: s3.Bucket.fromBucketName(scope, 'Attachments', 'acme-attachments') }),
    }));
    // The bucket has no key of its own: Connect encrypts with the shared key.
    template.hasResourceProperties('AWS::Connect::InstanceStorageConfig', s3Config(
      'ATTACHMENTS', 'acme-attachments', 'connect/Attachments', { 'Fn::GetAtt': [logicalId(stack, storage.encryptionKey), 'Arn'] }));
    template.hasResourceProperties('AWS::S3::Bucket', { CorsConfiguration: Match.absent() });
    Annotations.fromStack(stack).hasWarning('/TestStack/Storage', Match.stringLikeRegexp(
      'the attachments bucket "acme-attachments" was given, so its CORS configuration cannot be set here: add a rule allowing PUT and GET from https://\\*\\.my\\.connect\\.aws'));
    expect(template.toJSON()).toMatchSnapshot();
  });

  test('a bucket given with its key: the key encrypts what Connect writes there', () => {
    const { template } = build((scope) => ({
      additional: [{
        resourceType: StorageResourceType.EMAIL_MESSAGES,
        target: StorageTarget.s3({ bucket: s3.Bucket.fromBucketAttributes(scope, 'Mail', { bucketName: 'acme-mail', encryptionKey: kms.Key.fromKeyArn(scope, 'MailKey', KEY_ARN) }) }),
      }],
    }));
    template.hasResourceProperties('AWS::Connect::InstanceStorageConfig', s3Config('EMAIL_MESSAGES', 'acme-mail', 'connect/EmailMessages', KEY_ARN));
  });

  test('a key of the app gets the CloudWatch Logs statement and encrypts the flow log group', () => {
    let key: kms.Key | undefined;
    const { stack, template } = build((scope) => {
      key = new kms.Key(scope, 'AppKey', { enableKeyRotation: true });
      return { encryptionKey: key };
    });
    const keyId = stack.getLogicalId(key!.node.defaultChild as kms.CfnKey);
    template.hasResourceProperties('AWS::Logs::LogGroup', { KmsKeyId: { 'Fn::GetAtt': [keyId, 'Arn'] } });
    template.resourceCountIs('AWS::KMS::Key', 1);
  });

  test('an access-log bucket given is used, and allows deliveries from the bucket', () => {
    let logsBucket: s3.Bucket | undefined;
    const { stack, storage, template } = build((scope) => {
      logsBucket = new s3.Bucket(scope, 'OrgLogs', { encryption: s3.BucketEncryption.S3_MANAGED });
      return { accessLogsBucket: logsBucket };
    });
    template.resourceCountIs('AWS::S3::Bucket', 2);
    expect(storage.accessLogsBucket).toBe(logsBucket);
    template.hasResourceProperties('AWS::S3::Bucket', {
      LoggingConfiguration: { DestinationBucketName: { Ref: stack.getLogicalId(logsBucket!.node.defaultChild as s3.CfnBucket) } },
    });
    template.hasResourceProperties('AWS::S3::BucketPolicy', {
      Bucket: { Ref: stack.getLogicalId(logsBucket!.node.defaultChild as s3.CfnBucket) },
      PolicyDocument: { Statement: [Match.objectLike({ Principal: { Service: 'logging.s3.amazonaws.com' } })] },
    });
  });

  test('tokens are passed through unchecked', () => {
    const { template } = build((scope) => ({
      mediaStreams: StorageTarget.kinesisVideo({
        prefix: new CfnParameter(scope, 'Prefix').valueAsString,
        retention: Duration.hours(new CfnParameter(scope, 'Hours', { type: 'Number' }).valueAsNumber),
      }),
      callRecordings: StorageTarget.s3({ prefix: new CfnParameter(scope, 'RecordingsPrefix').valueAsString }),
    }));
    template.hasResourceProperties('AWS::Connect::InstanceStorageConfig', {
      KinesisVideoStreamConfig: Match.objectLike({ Prefix: { Ref: 'Prefix' }, RetentionPeriodHours: { Ref: 'Hours' } }),
    });
    template.hasResourceProperties('AWS::Connect::InstanceStorageConfig', { S3Config: Match.objectLike({ BucketPrefix: { Ref: 'RecordingsPrefix' } }) });
  });

  test('the removal policy applies to every data store created', () => {
    const { template } = build(undefined, { removalPolicy: RemovalPolicy.DESTROY });
    for (const type of ['AWS::S3::Bucket', 'AWS::KMS::Key', 'AWS::Logs::LogGroup']) {
      for (const resource of Object.values(template.findResources(type))) {
        expect(resource.DeletionPolicy).toBe('Delete');
      }
    }
  });

  test('DESTROY empties both versioned buckets before deleting them, so that cdk destroy does not fail with BucketNotEmpty', () => {
    const { stack, storage, template } = build(undefined, { removalPolicy: RemovalPolicy.DESTROY });
    const bucketIds = [logicalId(stack, storage.bucket), logicalId(stack, storage.accessLogsBucket)];
    template.resourceCountIs('Custom::S3AutoDeleteObjects', 2);
    for (const bucketId of bucketIds) {
      template.hasResource('Custom::S3AutoDeleteObjects', {
        Properties: { BucketName: { Ref: bucketId } },
        DependsOn: Match.arrayWith([Match.stringLikeRegexp('Policy')]),
      });
      // The handler may deny new writes and delete every object version of this bucket.
      template.hasResourceProperties('AWS::S3::BucketPolicy', {
        Bucket: { Ref: bucketId },
        PolicyDocument: {
          Statement: Match.arrayWith([Match.objectLike({
            Effect: 'Allow',
            Principal: { AWS: { 'Fn::GetAtt': [Match.stringLikeRegexp('^CustomS3AutoDeleteObjectsCustomResourceProviderRole'), 'Arn'] } },
            Action: Match.arrayWith(['s3:PutBucketPolicy', 's3:DeleteObject*']),
          })]),
        },
      });
    }
    // One handler per stack, acknowledged for the one Control Tower rule it fails by design.
    template.resourceCountIs('AWS::Lambda::Function', 1);
    const provider = stack.node.findChild('Custom::S3AutoDeleteObjectsCustomResourceProvider');
    expect(provider.node.metadata.filter((m) => m.type === 'aws:cdk:acknowledged-rules').map((m) => Object.keys(m.data)))
      .toEqual([['cdk-validator-cfnguard::lambda_inside_vpc_check']]);
  });

  test.each([
    ['by default', RemovalPolicy.RETAIN_ON_UPDATE_OR_DELETE],
    ['with RETAIN', RemovalPolicy.RETAIN],
  ])('%s the buckets are kept with their objects: nothing empties them', (_, removalPolicy) => {
    const { template } = build(undefined, { removalPolicy });
    template.resourceCountIs('Custom::S3AutoDeleteObjects', 0);
    template.resourceCountIs('AWS::Lambda::Function', 0);
  });

  test('DESTROY does not empty a bucket that was given', () => {
    const { template } = build((scope) => ({ bucket: s3.Bucket.fromBucketName(scope, 'Own', 'acme-connect-data') }), { removalPolicy: RemovalPolicy.DESTROY });
    template.resourceCountIs('Custom::S3AutoDeleteObjects', 0);
  });

});

describe('contact-flow logs', () => {
  test('off: no log group', () => {
    const { template } = build(undefined, { contactFlowLogs: false });
    template.resourceCountIs('AWS::Logs::LogGroup', 0);
    template.hasResource('AWS::Connect::Instance', { DependsOn: Match.absent() });
    template.resourceCountIs('AWS::Connect::InstanceStorageConfig', 3);
    expect(template.toJSON()).toMatchSnapshot();
  });

  test('on with the alias unknown: no log group, and a warning that Amazon Connect creates it', () => {
    const { stack, storage, template } = build(undefined, { flowLogGroupName: undefined });
    template.resourceCountIs('AWS::Logs::LogGroup', 0);
    expect(storage.flowLogGroup).toBeUndefined();
    Annotations.fromStack(stack).hasWarning('/TestStack/Storage', Match.stringLikeRegexp('/aws/connect/<alias> is not created here'));
  });

  test('a retention given with flow logs off is reported as unused', () => {
    const { stack } = build(() => ({ flowLogsRetention: logs.RetentionDays.ONE_MONTH }), { contactFlowLogs: false });
    Annotations.fromStack(stack).hasWarning('/TestStack/Storage', Match.stringLikeRegexp('storage.flowLogsRetention \\(30 days\\) has no effect'));
  });
});
