import { CfnParameter, CfnResource, Duration, RemovalPolicy, Stack } from 'aws-cdk-lib';
import { Annotations, Match, Template } from 'aws-cdk-lib/assertions';
import * as kinesis from 'aws-cdk-lib/aws-kinesis';
import * as firehose from 'aws-cdk-lib/aws-kinesisfirehose';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { IConstruct } from 'constructs';
import { ConnectInstance, ConnectInstanceProps, IdentityManagement, StorageOptions, StorageResourceType, StorageTarget } from '../../src';
import { errorOf, newStack } from '../helpers/stack';

const KEY_ARN = 'arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab';
const STREAM_ARN = 'arn:aws:kinesis:us-east-1:123456789012:stream/contact-records';
const DELIVERY_STREAM_ARN = 'arn:aws:firehose:us-east-1:123456789012:deliverystream/agent-events';
const STORAGE_PATH = '/TestStack/ContactCenter/Storage';

/** An instance with alias acme-support and these storage options, and its template. */
function build(storage?: (stack: Stack) => StorageOptions, props: Partial<ConnectInstanceProps> = {}, strict = true) {
  const stack = newStack('TestStack', strict);
  const instance = new ConnectInstance(stack, 'ContactCenter', {
    identity: IdentityManagement.connectManaged({ instanceAlias: 'acme-support' }),
    storage: storage?.(stack),
    ...props,
  });
  return { stack, instance, template: Template.fromStack(stack) };
}

/** The logical id of a construct's L1 resource. */
function logicalId(stack: Stack, construct: IConstruct | undefined): string {
  return stack.getLogicalId(construct!.node.defaultChild as CfnResource);
}

/** The bucket the shared bucket's server access logs go to, when the construct created it. */
function accessLogsBucketOf(instance: ConnectInstance): IConstruct | undefined {
  return instance.node.findChild('Storage').node.tryFindChild('AccessLogsBucket');
}

/**
 * The part of the template the instance's storage makes: the resources
 * below `ContactCenter/Storage`. The rest of the instance has snapshots of
 * its own (connect-instance, admin).
 */
function storageTemplate(stack: Stack, instance: ConnectInstance, template: Template) {
  const ids = new Set(instance.node.findChild('Storage').node.findAll().filter(CfnResource.isCfnResource).map((r) => stack.getLogicalId(r)));
  const resources: Record<string, unknown> = template.toJSON().Resources;
  return Object.fromEntries(Object.entries(resources).filter(([id]) => ids.has(id)));
}

/** The log groups named like Amazon Connect's flow log groups, `/aws/connect/<alias>`. */
function flowLogGroups(template: Template): unknown[] {
  return Object.values(template.findResources('AWS::Logs::LogGroup'))
    .filter((group) => String(group.Properties.LogGroupName).startsWith('/aws/connect/'));
}

/** An `AWS::Connect::InstanceStorageConfig` of the instance storing `resourceType` in S3. */
function s3Config(resourceType: string, bucket: unknown, prefix: string, keyArn: unknown) {
  return {
    InstanceArn: { 'Fn::GetAtt': ['ContactCenter6F86BFBF', 'Arn'] },
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
    const { stack, instance, template } = build();
    const bucket = { Ref: logicalId(stack, instance.bucket) };
    const keyArn = { 'Fn::GetAtt': [logicalId(stack, instance.encryptionKey), 'Arn'] };

    template.resourceCountIs('AWS::Connect::InstanceStorageConfig', 3);
    template.hasResourceProperties('AWS::Connect::InstanceStorageConfig', s3Config('CALL_RECORDINGS', bucket, 'connect/CallRecordings', keyArn));
    template.hasResourceProperties('AWS::Connect::InstanceStorageConfig', s3Config('CHAT_TRANSCRIPTS', bucket, 'connect/ChatTranscripts', keyArn));
    template.hasResourceProperties('AWS::Connect::InstanceStorageConfig', s3Config('SCHEDULED_REPORTS', bucket, 'connect/Reports', keyArn));
    template.resourceCountIs('AWS::S3::Bucket', 2);
    template.resourceCountIs('AWS::KMS::Key', 1);
    template.resourceCountIs('Custom::S3AutoDeleteObjects', 0);
    expect(accessLogsBucketOf(instance)).toBeDefined();
    expect(storageTemplate(stack, instance, template)).toMatchSnapshot();
  });

  test('the bucket is private, TLS-only, versioned, KMS-encrypted, access-logged, lifecycled and kept on update and delete', () => {
    const { stack, instance, template } = build();
    const bucketId = logicalId(stack, instance.bucket);
    const keyId = logicalId(stack, instance.encryptionKey);
    const logsId = logicalId(stack, accessLogsBucketOf(instance));

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
        LoggingConfiguration: { DestinationBucketName: { Ref: logsId }, LogFilePrefix: Match.stringLikeRegexp('ContactCenterStorageBucket.*/$') },
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
    const { stack, instance, template } = build();
    const logsId = logicalId(stack, accessLogsBucketOf(instance));
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
              ArnLike: { 'aws:SourceArn': { 'Fn::GetAtt': [logicalId(stack, instance.bucket), 'Arn'] } },
              StringEquals: { 'aws:SourceAccount': '123456789012' },
            },
          }),
        ]),
      },
    });
  });

  test('the key\'s policy has no Deny that depends on kms:GrantIsForAWSResource, and acknowledges CT.KMS.PR.3 with the reason', () => {
    const { instance, template } = build();
    const [key] = Object.values(template.findResources('AWS::KMS::Key'));
    const statements = key.Properties.KeyPolicy.Statement as Array<{ Effect: string; Sid?: string }>;
    expect(statements.filter((statement) => statement.Effect === 'Deny')).toEqual([]);
    expect(statements.map((statement) => statement.Sid).filter(Boolean))
      .toEqual(['AllowGrantsForAwsResources', 'AllowGrantsToConnectServiceRoles', 'AllowCloudWatchLogsForFlowLogs']);
    const acknowledged = instance.encryptionKey!.node.metadata.filter((entry) => entry.type === 'aws:cdk:acknowledged-rules').map((entry) => entry.data);
    expect(acknowledged).toEqual([{ 'cdk-validator-cfnguard::kms_create_grant_aws_service_check': expect.stringContaining('kms:GrantIsForAWSResource') }]);
  });

  test('with restrictKeyGrantsToAwsResources, the key rotates, is kept on update and delete, and limits grants to AWS resources and Amazon Connect\'s service-linked roles', () => {
    const { template } = build(() => ({ restrictKeyGrantsToAwsResources: true }));
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
    const { stack, instance, template } = build();
    const keyId = logicalId(stack, instance.encryptionKey);
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
    template.hasResource('AWS::Connect::Instance', { DependsOn: [logicalId(stack, instance.flowLogGroup)] });
  });

  test('storage configurations are associated one at a time, in the order of the props', () => {
    const { template } = build();
    const configs = template.findResources('AWS::Connect::InstanceStorageConfig');
    const idOf = (type: string) => Object.keys(configs).find((id) => configs[id].Properties.ResourceType === type)!;
    expect(configs[idOf('CALL_RECORDINGS')].DependsOn).toBeUndefined();
    expect(configs[idOf('CHAT_TRANSCRIPTS')].DependsOn).toEqual([idOf('CALL_RECORDINGS')]);
    expect(configs[idOf('SCHEDULED_REPORTS')].DependsOn).toEqual([idOf('CHAT_TRANSCRIPTS')]);
  });
});

describe('customised storage, as the wizard\'s Edit buttons do', () => {
  test('own bucket and key; attachments, media streams, data streaming and screen recordings', () => {
    const { stack, instance, template } = build((scope) => ({
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
    expect(instance.bucket?.bucketName).toBe('acme-connect-data');
    expect(instance.encryptionKey?.keyArn).toBe(KEY_ARN);
    expect(accessLogsBucketOf(instance)).toBeUndefined();
    // The given bucket cannot be changed: the user is told to add the CORS rule.
    Annotations.fromStack(stack).hasWarning(STORAGE_PATH, Match.stringLikeRegexp('"acme-connect-data".*PUT and GET from https://\\*\\.my\\.connect\\.aws'));
    expect(storageTemplate(stack, instance, template)).toMatchSnapshot();
  });

  test('attachments in the bucket the construct creates get the CORS rule chat file sharing needs', () => {
    const { stack, instance, template } = build(() => ({
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
      'ATTACHMENTS', { Ref: logicalId(stack, instance.bucket) }, 'connect/Attachments', { 'Fn::GetAtt': [logicalId(stack, instance.encryptionKey), 'Arn'] }));
    Annotations.fromStack(stack).hasNoWarning(STORAGE_PATH, Match.anyValue());
    expect(storageTemplate(stack, instance, template)).toMatchSnapshot();
  });

  test('an existing bucket for attachments is used as it is, with a warning to add the CORS rule', () => {
    const { stack, instance, template } = build((scope) => ({
      attachments: StorageTarget.s3({ bucket: s3.Bucket.fromBucketName(scope, 'Attachments', 'acme-attachments') }),
    }));
    // The bucket has no key of its own: Connect encrypts with the shared key.
    template.hasResourceProperties('AWS::Connect::InstanceStorageConfig', s3Config(
      'ATTACHMENTS', 'acme-attachments', 'connect/Attachments', { 'Fn::GetAtt': [logicalId(stack, instance.encryptionKey), 'Arn'] }));
    template.hasResourceProperties('AWS::S3::Bucket', { CorsConfiguration: Match.absent() });
    Annotations.fromStack(stack).hasWarning(STORAGE_PATH, Match.stringLikeRegexp(
      'the attachments bucket "acme-attachments" was given, so its CORS configuration cannot be set here: add a rule allowing PUT and GET from https://\\*\\.my\\.connect\\.aws'));
    expect(storageTemplate(stack, instance, template)).toMatchSnapshot();
  });

  test('an existing bucket of the stack for attachments is named by its path in the warning', () => {
    const { stack } = build((scope) => ({ attachments: StorageTarget.s3({ bucket: new s3.Bucket(scope, 'TeamBucket', { enforceSSL: true }) }) }));
    Annotations.fromStack(stack).hasWarning(STORAGE_PATH, Match.stringLikeRegexp('the attachments bucket at \'TestStack/TeamBucket\' was given'));
  });

  test.each([
    ['storage.encryptionKey', (stack: Stack): StorageOptions => ({ encryptionKey: new kms.Key(stack, 'Mine'), restrictKeyGrantsToAwsResources: true })],
    ['storage.bucket.encryptionKey', (stack: Stack): StorageOptions => ({
      bucket: new s3.Bucket(stack, 'Mine', { encryptionKey: new kms.Key(stack, 'MineKey') }), restrictKeyGrantsToAwsResources: false,
    })],
  ])('restrictKeyGrantsToAwsResources with %s given fails, naming both props', (given, storage) => {
    expect(errorOf(() => build(storage))).toContain(
      `  - storage.restrictKeyGrantsToAwsResources: applies only to the key the construct creates, and ${given} is given: set the Deny in that key's own policy`);
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
    template.hasResourceProperties('AWS::Logs::LogGroup', { KmsKeyId: { 'Fn::GetAtt': [logicalId(stack, key), 'Arn'] } });
    template.resourceCountIs('AWS::KMS::Key', 1);
  });

  test('a key no target uses does not encrypt the flow log group', () => {
    const { template } = build((scope) => {
      const own = s3.Bucket.fromBucketAttributes(scope, 'Own', { bucketName: 'acme', encryptionKey: kms.Key.fromKeyArn(scope, 'OwnKey', KEY_ARN) });
      return {
        encryptionKey: new kms.Key(scope, 'Unused', { enableKeyRotation: true }),
        callRecordings: StorageTarget.s3({ bucket: own }),
        chatTranscripts: StorageTarget.s3({ bucket: own }),
        scheduledReports: StorageTarget.s3({ bucket: own }),
      };
    });
    template.hasResourceProperties('AWS::Logs::LogGroup', { KmsKeyId: Match.absent() });
  });

  test('an access-log bucket given is used, and allows deliveries from the bucket', () => {
    let logsBucket: s3.Bucket | undefined;
    const { stack, instance, template } = build((scope) => {
      logsBucket = new s3.Bucket(scope, 'OrgLogs', { encryption: s3.BucketEncryption.S3_MANAGED, enforceSSL: true });
      return { accessLogsBucket: logsBucket };
    });
    template.resourceCountIs('AWS::S3::Bucket', 2);
    expect(accessLogsBucketOf(instance)).toBeUndefined();
    template.hasResourceProperties('AWS::S3::Bucket', {
      LoggingConfiguration: { DestinationBucketName: { Ref: logicalId(stack, logsBucket) } },
    });
    template.hasResourceProperties('AWS::S3::BucketPolicy', {
      Bucket: { Ref: logicalId(stack, logsBucket) },
      PolicyDocument: { Statement: Match.arrayWith([Match.objectLike({ Principal: { Service: 'logging.s3.amazonaws.com' } })]) },
    });
  });

  test('an access-log bucket given while no bucket is created is reported as unused', () => {
    const { stack } = build((scope) => ({
      bucket: s3.Bucket.fromBucketName(scope, 'Own', 'acme-connect-data'),
      accessLogsBucket: s3.Bucket.fromBucketName(scope, 'OrgLogs', 'acme-logs'),
    }));
    Annotations.fromStack(stack).hasWarning(STORAGE_PATH, Match.stringLikeRegexp('storage.accessLogsBucket is not used'));
  });

  test('a resource type added to Amazon Connect later, by name', () => {
    // CloudFormation's schema (which recent aws-cdk-lib validates at synth)
    // does not know these names yet: its findings are warnings here.
    const { template } = build((scope) => ({
      additional: [
        { resourceType: StorageResourceType.of('CUSTOMER_JOURNEYS'), target: StorageTarget.s3() },
        { resourceType: StorageResourceType.of('VIRTUAL_AGENT_EVENTS'), target: StorageTarget.kinesisStream(kinesis.Stream.fromStreamArn(scope, 'S', STREAM_ARN)) },
      ],
    }), {}, false);
    template.hasResourceProperties('AWS::Connect::InstanceStorageConfig', {
      ResourceType: 'CUSTOMER_JOURNEYS', StorageType: 'S3', S3Config: Match.objectLike({ BucketPrefix: 'connect/CustomerJourneys' }),
    });
    template.hasResourceProperties('AWS::Connect::InstanceStorageConfig', {
      ResourceType: 'VIRTUAL_AGENT_EVENTS', StorageType: 'KINESIS_STREAM', KinesisStreamConfig: { StreamArn: STREAM_ARN },
    });
  });

  test('tokens are passed through unchecked', () => {
    const { template } = build((scope) => ({
      mediaStreams: StorageTarget.kinesisVideo({
        prefix: new CfnParameter(scope, 'Prefix').valueAsString,
        retention: Duration.hours(new CfnParameter(scope, 'Hours', { type: 'Number' }).valueAsNumber),
      }),
      callRecordings: StorageTarget.s3({ prefix: new CfnParameter(scope, 'RecordingsPrefix').valueAsString }),
      attachments: StorageTarget.s3(),
      attachmentsAllowedOrigins: [new CfnParameter(scope, 'Origin').valueAsString],
    }));
    template.hasResourceProperties('AWS::Connect::InstanceStorageConfig', {
      KinesisVideoStreamConfig: Match.objectLike({ Prefix: { Ref: 'Prefix' }, RetentionPeriodHours: { Ref: 'Hours' } }),
    });
    template.hasResourceProperties('AWS::Connect::InstanceStorageConfig', { S3Config: Match.objectLike({ BucketPrefix: { Ref: 'RecordingsPrefix' } }) });
    template.hasResourceProperties('AWS::S3::Bucket', { CorsConfiguration: { CorsRules: [Match.objectLike({ AllowedOrigins: [{ Ref: 'Origin' }] })] } });
  });

  test('the removal policy applies to every data store created', () => {
    const { stack, instance, template } = build(undefined, { removalPolicy: RemovalPolicy.DESTROY });
    const storage = Object.values(storageTemplate(stack, instance, template)) as Array<{ Type: string; DeletionPolicy?: string }>;
    for (const type of ['AWS::S3::Bucket', 'AWS::KMS::Key', 'AWS::Logs::LogGroup']) {
      const resources = storage.filter((resource) => resource.Type === type);
      expect(resources.length).toBeGreaterThan(0);
      for (const resource of resources) {
        expect(resource.DeletionPolicy).toBe('Delete');
      }
    }
  });

  test('DESTROY empties both versioned buckets before deleting them, so that cdk destroy does not fail with BucketNotEmpty', () => {
    const { stack, instance, template } = build(undefined, { removalPolicy: RemovalPolicy.DESTROY });
    const bucketIds = [logicalId(stack, instance.bucket), logicalId(stack, accessLogsBucketOf(instance))];
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
  });

  test('DESTROY does not empty a bucket that was given', () => {
    const { template } = build((scope) => ({ bucket: s3.Bucket.fromBucketName(scope, 'Own', 'acme-connect-data') }), { removalPolicy: RemovalPolicy.DESTROY });
    template.resourceCountIs('Custom::S3AutoDeleteObjects', 0);
  });
});

describe('contact-flow logs', () => {
  test('off: no log group', () => {
    const { stack, instance, template } = build(undefined, { contactFlowLogs: false });
    expect(flowLogGroups(template)).toEqual([]);
    template.hasResource('AWS::Connect::Instance', { DependsOn: Match.absent() });
    template.resourceCountIs('AWS::Connect::InstanceStorageConfig', 3);
    expect(storageTemplate(stack, instance, template)).toMatchSnapshot();
  });

  test('on with the alias unknown: no log group, and a warning that Amazon Connect creates it', () => {
    const stack = newStack();
    const instance = new ConnectInstance(stack, 'ContactCenter', { identity: IdentityManagement.existingDirectory({ directoryId: 'd-0123456789' }) });
    expect(flowLogGroups(Template.fromStack(stack))).toEqual([]);
    expect(instance.flowLogGroup).toBeUndefined();
    Annotations.fromStack(stack).hasWarning(STORAGE_PATH, Match.stringLikeRegexp('/aws/connect/<alias> is not created here'));
  });

  test('a retention given with flow logs off is reported as unused', () => {
    const { stack } = build(() => ({ flowLogsRetention: logs.RetentionDays.ONE_MONTH }), { contactFlowLogs: false });
    Annotations.fromStack(stack).hasWarning(STORAGE_PATH, Match.stringLikeRegexp('storage.flowLogsRetention \\(30 days\\) has no effect'));
  });
});
