/**
 * The example stack (examples/app.ts) written by hand with L1 (`Cfn*`)
 * constructs and aws-cdk-lib core only, without the library: the same
 * resources, properties, dependencies, deletion policies and outputs. The
 * construct paths are the example's, so the logical IDs are too and
 * bench/run.ts compares the two templates resource by resource. Only the
 * resource Metadata differs: the cdk-nag suppressions the construct writes
 * are not repeated here, so their cost counts against the construct.
 *
 * With `--peer` it is the same stack without the deploy-time profile lookup:
 * the users get placeholder profile ARNs, as users of the other Connect
 * construct libraries write them by hand. The lookup's classes
 * (`CustomResourceProvider`, asset staging) are then never loaded, so that
 * this app costs what such a user pays.
 */
import { createHash } from 'crypto';
import * as path from 'path';
import {
  App, Aws, CfnDeletionPolicy, CfnOutput, CfnResource, CustomResourceProvider, CustomResourceProviderRuntime, Duration, Names, RemovalPolicy, SecretValue, Size,
  Stack, StackProps,
} from 'aws-cdk-lib';
import { CfnAlarm, CfnDashboard } from 'aws-cdk-lib/aws-cloudwatch';
import {
  CfnContactFlow, CfnHoursOfOperation, CfnInstance, CfnInstanceStorageConfig, CfnPhoneNumber, CfnQueue, CfnRoutingProfile, CfnUser,
} from 'aws-cdk-lib/aws-connect';
import { CfnKey } from 'aws-cdk-lib/aws-kms';
import { CfnLogGroup } from 'aws-cdk-lib/aws-logs';
import { CfnBucket, CfnBucketPolicy } from 'aws-cdk-lib/aws-s3';
import { CfnSecret } from 'aws-cdk-lib/aws-secretsmanager';
import { CfnTopic, CfnTopicPolicy } from 'aws-cdk-lib/aws-sns';
import { Construct } from 'constructs';

/** The handler the library ships (built by `npx projen bundle`). */
const HANDLER_DIR = path.join(__dirname, '..', '..', '..', 'assets', 'private', 'deploy-time', 'deploy-time.lambda');

const ALIAS = 'acme-support-example';

/**
 * Profile ARNs as a user of another library hard-codes them, copied from the
 * console of an instance deployed before (the ids here are made up).
 */
const PLACEHOLDER_INSTANCE = 'arn:aws:connect:us-east-1:111122223333:instance/aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee';
const PLACEHOLDER_PROFILES: Profiles = {
  securityProfileArn: (name) => `${PLACEHOLDER_INSTANCE}/security-profile/${name === 'Admin' ? '11111111' : '22222222'}-1111-1111-1111-111111111111`,
  basicRoutingProfileArn: () => `${PLACEHOLDER_INSTANCE}/routing-profile/33333333-3333-3333-3333-333333333333`,
};

/** Where the users' profile ARNs come from. */
interface Profiles {
  securityProfileArn(name: 'Admin' | 'Agent'): string;
  basicRoutingProfileArn(): string;
}

/** The example's inbound flow, written out in the Flow language. */
function inboundFlow(queueArn: string): object {
  const sayThenHangUp = (identifier: string, text: string) => ({
    Identifier: identifier,
    Type: 'MessageParticipant',
    Parameters: { Text: text },
    Transitions: { NextAction: 'hang-up', Errors: [{ NextAction: 'hang-up', ErrorType: 'NoMatchingError' }] },
  });
  return {
    Version: '2019-10-30',
    StartAction: 'enable-flow-logs',
    Actions: [
      { Identifier: 'enable-flow-logs', Type: 'UpdateFlowLoggingBehavior', Parameters: { FlowLoggingBehavior: 'Enabled' }, Transitions: { NextAction: 'record-agent-and-customer' } },
      {
        Identifier: 'record-agent-and-customer',
        Type: 'UpdateContactRecordingBehavior',
        Parameters: { RecordingBehavior: { RecordedParticipants: ['Agent', 'Customer'] } },
        Transitions: { NextAction: 'greet-caller' },
      },
      {
        Identifier: 'greet-caller',
        Type: 'MessageParticipant',
        Parameters: { Text: 'Thank you for calling Acme support. This call is recorded.' },
        Transitions: { NextAction: 'set-working-queue', Errors: [{ NextAction: 'set-working-queue', ErrorType: 'NoMatchingError' }] },
      },
      {
        Identifier: 'set-working-queue',
        Type: 'UpdateContactTargetQueue',
        Parameters: { QueueId: queueArn },
        Transitions: { NextAction: 'check-queue-hours', Errors: [{ NextAction: 'say-error', ErrorType: 'NoMatchingError' }] },
      },
      {
        Identifier: 'check-queue-hours',
        Type: 'CheckHoursOfOperation',
        Parameters: {},
        Transitions: {
          NextAction: 'say-error',
          Conditions: [
            { NextAction: 'transfer-to-queue', Condition: { Operator: 'Equals', Operands: ['True'] } },
            { NextAction: 'say-closed', Condition: { Operator: 'Equals', Operands: ['False'] } },
          ],
          Errors: [{ NextAction: 'say-error', ErrorType: 'NoMatchingError' }],
        },
      },
      {
        Identifier: 'transfer-to-queue',
        Type: 'TransferContactToQueue',
        Parameters: {},
        Transitions: {
          NextAction: 'hang-up',
          Errors: [{ NextAction: 'say-queue-full', ErrorType: 'QueueAtCapacity' }, { NextAction: 'say-error', ErrorType: 'NoMatchingError' }],
        },
      },
      sayThenHangUp('say-closed', 'We are closed right now. Please call again during our opening hours. Goodbye.'),
      sayThenHangUp('say-queue-full', 'All of our agents are busy and we cannot take your call right now. Please call again later. Goodbye.'),
      sayThenHangUp('say-error', 'We are sorry, something went wrong. Please call again later. Goodbye.'),
      { Identifier: 'hang-up', Type: 'DisconnectParticipant', Parameters: {}, Transitions: {} },
    ],
  };
}

/** One `AWS/Connect` or `AWS/Lambda` metric of a dashboard graph: namespace, name, dimensions, then its options. */
function metricJson(namespace: string, name: string, dimensions: string[], options: Record<string, string>): unknown[] {
  return [namespace, name, ...dimensions, options];
}

/** A graph of the dashboard body at (x, y), 6 units high. */
function graphJson(
  region: string, x: number, y: number, width: number, title: string, metrics: unknown[][], extra: Record<string, unknown> = {},
): object {
  return { type: 'metric', width, height: 6, x, y, properties: { view: 'timeSeries', title, region, metrics, ...extra, yAxis: extra.yAxis ?? {} } };
}

/** What the dashboard watches. */
interface Watched {
  readonly instanceId: string;
  readonly alarmArns: string[];
  readonly queueName: string;
  readonly flowName: string;
  /** Undefined in the `--peer` app, which has none. */
  readonly deployTimeFunctionName?: string;
  readonly flowLogGroupName: string;
}

/**
 * The example's dashboard, written out in CloudWatch's dashboard body
 * structure: the instance, its alarms, the queue, the flow, the deploy-time
 * function and the failed flow blocks in the flow logs.
 */
function dashboardBody(stack: Stack, w: Watched): string {
  const connect = (name: string, group: string, label: string, stat: string) =>
    metricJson('AWS/Connect', name, ['InstanceId', w.instanceId, 'MetricGroup', group], { label, region: stack.region, stat });
  const inQueue = (name: string, label: string, stat: string) =>
    metricJson('AWS/Connect', name, ['InstanceId', w.instanceId, 'MetricGroup', 'Queue', 'QueueName', w.queueName], { label, region: stack.region, stat });
  const inFlow = (name: string, label: string) =>
    metricJson('AWS/Connect', name, ['ContactFlowName', w.flowName, 'InstanceId', w.instanceId, 'MetricGroup', 'ContactFlow'], { label, region: stack.region, stat: 'Sum' });
  const lambda = (name: string, options: Record<string, string>) => metricJson('AWS/Lambda', name, ['FunctionName', w.deployTimeFunctionName!], options);
  const graph = (x: number, y: number, width: number, title: string, metrics: unknown[][], extra?: Record<string, unknown>) =>
    graphJson(stack.region, x, y, width, title, metrics, extra);
  const text = (y: number, height: number, markdown: string) => ({ type: 'text', width: 24, height, x: 0, y, properties: { markdown, background: 'transparent' } });
  const q = `Queue ${w.queueName}`;
  const f = `Flow ${w.flowName}`;
  return stack.toJsonString({
    widgets: [
      text(0, 2, `# Amazon Connect ${ALIAS}\nInstance ${w.instanceId} · [admin website](https://${ALIAS}.my.connect.aws)`),
      { type: 'alarm', width: 24, height: 4, x: 0, y: 2, properties: { title: 'Recommended alarms', alarms: w.alarmArns } },
      graph(0, 6, 8, 'Voice calls', [
        connect('ConcurrentCalls', 'VoiceCalls', 'concurrent (max)', 'Maximum'), connect('CallsPerInterval', 'VoiceCalls', 'calls', 'Sum'),
      ]),
      graph(8, 6, 8, 'Concurrent calls, % of quota', [connect('ConcurrentCallsPercentage', 'VoiceCalls', '% of quota (max)', 'Maximum')], {
        annotations: { horizontal: [{ value: 80, label: 'alarm', yAxis: 'left' }] }, yAxis: { left: { min: 0, max: 100 } },
      }),
      graph(16, 6, 8, 'Calls refused', [
        connect('ThrottledCalls', 'VoiceCalls', 'throttled', 'Sum'),
        connect('CallsBreachingConcurrencyQuota', 'VoiceCalls', 'over the concurrency quota', 'Sum'),
        connect('MisconfiguredPhoneNumbers', 'VoiceCalls', 'number without a flow', 'Sum'),
      ]),
      graph(0, 12, 8, 'Missed calls, failed recording uploads', [
        connect('MissedCalls', 'VoiceCalls', 'missed by agents', 'Sum'), connect('CallRecordingUploadError', 'CallRecordings', 'recording upload errors', 'Sum'),
      ]),
      graph(8, 12, 8, 'Chats', [
        connect('ConcurrentActiveChats', 'Chats', 'concurrent (max)', 'Maximum'), connect('ChatsBreachingActiveChatQuota', 'Chats', 'over the quota', 'Sum'),
      ]),
      graph(16, 12, 8, 'Tasks', [
        connect('ConcurrentTasks', 'Tasks', 'concurrent (max)', 'Maximum'), connect('TasksBreachingConcurrencyQuota', 'Tasks', 'over the quota', 'Sum'),
      ]),
      text(18, 1, '## Queues'),
      graph(0, 19, 8, `${q}: contacts waiting`, [inQueue('QueueSize', 'contacts (max)', 'Maximum')]),
      graph(8, 19, 8, `${q}: longest wait (seconds)`, [inQueue('LongestQueueWaitTime', 'seconds (max)', 'Maximum')]),
      graph(16, 19, 8, `${q}: calls rejected, queue full`, [inQueue('QueueCapacityExceededError', 'rejected', 'Sum')]),
      text(25, 1, '## Flows'),
      graph(0, 26, 12, `${f}: error branches taken`, [inFlow('ContactFlowErrors', 'error branches')]),
      graph(12, 26, 12, `${f}: fatal errors`, [inFlow('ContactFlowFatalErrors', 'fatal errors')]),
      ...(w.deployTimeFunctionName !== undefined ? [
        text(32, 1, '## Lambda functions'),
        graph(0, 33, 8, 'Deploy-time function: errors', [lambda('Errors', { label: 'errors', stat: 'Sum' })]),
        graph(8, 33, 8, 'Deploy-time function: throttles', [lambda('Throttles', { label: 'throttles', stat: 'Sum' })]),
        graph(16, 33, 8, 'Deploy-time function: duration (ms)', [lambda('Duration', { label: 'duration (average)' })]),
      ] : []),
      {
        type: 'log',
        width: 24,
        height: 8,
        x: 0,
        y: w.deployTimeFunctionName !== undefined ? 39 : 32,
        properties: {
          view: 'table',
          title: 'Flow blocks that failed (flow logs, newest first)',
          region: stack.region,
          query: `SOURCE '${w.flowLogGroupName}' | fields @timestamp, ContactFlowName, ContactFlowModuleType, Results, ContactId\n| filter Results like /(?i)(error|fail)/\n| sort @timestamp desc\n| limit 50`,
        },
      },
    ],
  });
}

/** Properties of the hand-written stack. */
export interface HandWrittenContactCenterStackProps extends StackProps {
  /** Whether the profiles are looked up at deploy time, as the library does (else placeholders). */
  readonly profileLookup: boolean;
}

/** The plain construct at `ids` below `parent`, created on first use. */
function at(parent: Construct, ...ids: string[]): Construct {
  let current = parent;
  for (const id of ids) {
    current = (current.node.tryFindChild(id) as Construct | undefined) ?? new Construct(current, id);
  }
  return current;
}

/** What the library's default removal policy (RETAIN_ON_UPDATE_OR_DELETE) renders. */
function retainExceptOnCreate(resource: CfnResource): void {
  resource.cfnOptions.deletionPolicy = CfnDeletionPolicy.RETAIN_EXCEPT_ON_CREATE;
  resource.cfnOptions.updateReplacePolicy = CfnDeletionPolicy.RETAIN;
}

function denyInsecureTransport(arn: string): object {
  return {
    Action: 's3:*',
    Condition: { Bool: { 'aws:SecureTransport': 'false' } },
    Effect: 'Deny',
    Principal: { AWS: '*' },
    Resource: [arn, `${arn}/*`],
  };
}

/**
 * The stack's profile lookup as the library deploys it: aws-cdk-lib core's
 * `CustomResourceProvider` (function, role, staged code behind its response
 * wrapper), as anyone writing with core would build a custom resource, with
 * the function's log group, and the instance's custom resource. Nothing
 * beyond core and `CfnLogGroup` is loaded, and only when this runs (core
 * loads a class, such as `CustomResourceProvider`, when it is first used), so
 * that the `--peer` app never loads it.
 */
function profileLookup(stack: Stack, cc: Construct, instance: CfnInstance): Profiles {
  const provider = CustomResourceProvider.getOrCreateProvider(stack, 'ConnectProfileLookup', {
    codeDirectory: HANDLER_DIR,
    runtime: CustomResourceProviderRuntime.NODEJS_22_X,
    timeout: Duration.minutes(5),
    memorySize: Size.mebibytes(256),
    description: 'Resolves the ARNs of Amazon Connect security and routing profiles by name',
  });
  // The function may take a flow away from any number of the account and Region (an old route's Delete).
  const connectArn = (resource: string) => `arn:${stack.partition}:connect:${stack.region}:${stack.account}:${resource}`;
  provider.addToRolePolicy({
    Effect: 'Allow',
    Action: ['connect:DisassociatePhoneNumberContactFlow'],
    Resource: [connectArn('phone-number/*'), connectArn('instance/*')],
  });
  const logGroup = new CfnLogGroup(at(provider, 'LogGroup'), 'Resource', { retentionInDays: 365 });
  retainExceptOnCreate(logGroup);
  (provider.node.findChild('Handler') as CfnResource).addPropertyOverride('LoggingConfig.LogGroup', logGroup.ref);
  // Its own log group only, not AWSLambdaBasicExecutionRole.
  (provider.node.findChild('Role') as CfnResource).addPropertyDeletionOverride('ManagedPolicyArns');
  provider.addToRolePolicy({ Effect: 'Allow', Action: ['logs:CreateLogStream', 'logs:PutLogEvents'], Resource: logGroup.attrArn });
  provider.addToRolePolicy({
    Effect: 'Allow',
    Action: ['connect:ListSecurityProfiles', 'connect:ListRoutingProfiles'],
    Resource: [instance.attrArn, `${instance.attrArn}/security-profile/*`, `${instance.attrArn}/routing-profile/*`],
  });

  // The lookup of the instance's built-in profiles.
  const profiles = new CfnResource(at(cc, 'Profiles', 'Resource'), 'Default', {
    type: 'Custom::ConnectProfileLookup',
    properties: {
      ServiceToken: provider.serviceToken,
      InstanceArn: instance.attrArn,
      SecurityProfileNames: ['Admin', 'Agent'],
      RoutingProfileNames: ['Basic Routing Profile'],
    },
  });
  profiles.cfnOptions.deletionPolicy = CfnDeletionPolicy.DELETE;
  profiles.cfnOptions.updateReplacePolicy = CfnDeletionPolicy.DELETE;

  // The handler returns each ARN under `<kind>.<first 12 hex digits of the SHA-256 of the name>`.
  const attribute = (kind: string, name: string) => profiles.getAtt(`${kind}.${createHash('sha256').update(name).digest('hex').slice(0, 12)}`).toString();
  return {
    securityProfileArn: (name) => attribute('SecurityProfileArn', name),
    basicRoutingProfileArn: () => attribute('RoutingProfileArn', 'Basic Routing Profile'),
  };
}

export class HandWrittenContactCenterStack extends Stack {
  constructor(scope: Construct, id: string, props: HandWrittenContactCenterStackProps) {
    super(scope, id, props);
    // `this.partition`, not `Aws.PARTITION`: with the recommended flag @aws-cdk/core:enablePartitionLiterals
    // (examples/cdk.json) it is the literal partition of the stack's Region, as in aws-cdk-lib's own ARNs.
    const accountRoot = `arn:${this.partition}:iam::${Aws.ACCOUNT_ID}:root`;
    const flowLogGroupName = `/aws/connect/${ALIAS}`;
    const cc = at(this, 'ContactCenter');

    // The instance.
    const instance = new CfnInstance(cc, 'Resource', {
      identityManagementType: 'CONNECT_MANAGED',
      instanceAlias: ALIAS,
      // The attributes CloudFormation requires and the ones the console wizard sets.
      attributes: {
        contactflowLogs: true,
        earlyMedia: true,
        inboundCalls: true,
        outboundCalls: true,
      },
    });
    retainExceptOnCreate(instance);

    // Storage: access-log bucket, key, data bucket, three storage configs, flow log group.
    const accessLogs = new CfnBucket(at(cc, 'Storage', 'AccessLogsBucket'), 'Resource', {
      bucketEncryption: { serverSideEncryptionConfiguration: [{ serverSideEncryptionByDefault: { sseAlgorithm: 'AES256' } }] },
      lifecycleConfiguration: {
        rules: [{
          abortIncompleteMultipartUpload: { daysAfterInitiation: 7 },
          expirationInDays: 365,
          id: 'ExpireAccessLogs',
          noncurrentVersionExpiration: { noncurrentDays: 30 },
          status: 'Enabled',
        }],
      },
      ownershipControls: { rules: [{ objectOwnership: 'BucketOwnerEnforced' }] },
      publicAccessBlockConfiguration: { blockPublicAcls: true, blockPublicPolicy: true, ignorePublicAcls: true, restrictPublicBuckets: true },
      versioningConfiguration: { status: 'Enabled' },
    });
    retainExceptOnCreate(accessLogs);

    const key = new CfnKey(at(cc, 'Storage', 'Key'), 'Resource', {
      description: 'Encrypts the recordings, transcripts, reports, attachments and media streams of an Amazon Connect instance',
      enableKeyRotation: true,
      keyPolicy: {
        Statement: [
          { Action: 'kms:*', Effect: 'Allow', Principal: { AWS: accountRoot }, Resource: '*' },
          {
            Action: 'kms:CreateGrant',
            Condition: { Bool: { 'kms:GrantIsForAWSResource': 'true' } },
            Effect: 'Allow',
            Principal: { AWS: accountRoot },
            Resource: '*',
            Sid: 'AllowGrantsForAwsResources',
          },
          {
            Action: 'kms:CreateGrant',
            Condition: {
              StringLike: {
                'kms:GranteePrincipal': `arn:${this.partition}:iam::${Aws.ACCOUNT_ID}:role/aws-service-role/connect.amazonaws.com/AWSServiceRoleForAmazonConnect_*`,
              },
            },
            Effect: 'Allow',
            Principal: { AWS: accountRoot },
            Resource: '*',
            Sid: 'AllowGrantsToConnectServiceRoles',
          },
          {
            Action: ['kms:Decrypt*', 'kms:Describe*', 'kms:Encrypt*', 'kms:GenerateDataKey*', 'kms:ReEncrypt*'],
            Condition: {
              ArnEquals: {
                'kms:EncryptionContext:aws:logs:arn': `arn:${this.partition}:logs:${this.region}:${Aws.ACCOUNT_ID}:log-group:${flowLogGroupName}`,
              },
            },
            Effect: 'Allow',
            Principal: { Service: `logs.${this.region}.amazonaws.com` },
            Resource: '*',
            Sid: 'AllowCloudWatchLogsForFlowLogs',
          },
          {
            Action: ['kms:CreateGrant', 'kms:Decrypt', 'kms:DescribeKey', 'kms:Encrypt', 'kms:GenerateDataKey*', 'kms:ReEncrypt*'],
            Condition: { StringEquals: { 'kms:ViaService': `secretsmanager.${this.region}.amazonaws.com` } },
            Effect: 'Allow',
            Principal: { AWS: accountRoot },
            Resource: '*',
          },
        ],
        Version: '2012-10-17',
      },
    });
    retainExceptOnCreate(key);

    const bucketScope = at(cc, 'Storage', 'Bucket');
    const logPrefix = `${this.stackName}ContactCenterStorageBucket2ADB3E8E/`;
    const bucket = new CfnBucket(bucketScope, 'Resource', {
      bucketEncryption: {
        serverSideEncryptionConfiguration: [{
          bucketKeyEnabled: true,
          serverSideEncryptionByDefault: { kmsMasterKeyId: key.attrArn, sseAlgorithm: 'aws:kms' },
        }],
      },
      lifecycleConfiguration: {
        rules: [
          { abortIncompleteMultipartUpload: { daysAfterInitiation: 7 }, id: 'AbortIncompleteMultipartUploads', status: 'Enabled' },
          { id: 'ExpireNoncurrentVersions', noncurrentVersionExpiration: { noncurrentDays: 90 }, status: 'Enabled' },
        ],
      },
      loggingConfiguration: { destinationBucketName: accessLogs.ref, logFilePrefix: logPrefix },
      ownershipControls: { rules: [{ objectOwnership: 'BucketOwnerEnforced' }] },
      publicAccessBlockConfiguration: { blockPublicAcls: true, blockPublicPolicy: true, ignorePublicAcls: true, restrictPublicBuckets: true },
      versioningConfiguration: { status: 'Enabled' },
    });
    retainExceptOnCreate(bucket);

    new CfnBucketPolicy(at(cc, 'Storage', 'AccessLogsBucket', 'Policy'), 'Resource', {
      bucket: accessLogs.ref,
      policyDocument: {
        Statement: [
          denyInsecureTransport(accessLogs.attrArn),
          {
            Action: 's3:PutObject',
            Condition: {
              ArnLike: { 'aws:SourceArn': bucket.attrArn },
              StringEquals: { 'aws:SourceAccount': Aws.ACCOUNT_ID },
            },
            Effect: 'Allow',
            Principal: { Service: 'logging.s3.amazonaws.com' },
            Resource: `${accessLogs.attrArn}/${logPrefix}*`,
          },
        ],
        Version: '2012-10-17',
      },
    });

    new CfnBucketPolicy(at(bucketScope, 'Policy'), 'Resource', {
      bucket: bucket.ref,
      policyDocument: {
        Statement: [
          denyInsecureTransport(bucket.attrArn),
          {
            Action: 's3:*',
            Condition: { NumericLessThan: { 's3:TlsVersion': 1.2 } },
            Effect: 'Deny',
            Principal: { AWS: '*' },
            Resource: [bucket.attrArn, `${bucket.attrArn}/*`],
          },
        ],
        Version: '2012-10-17',
      },
    });

    let previous: CfnInstanceStorageConfig | undefined;
    for (const [configId, resourceType, folder] of [
      ['CallRecordings', 'CALL_RECORDINGS', 'CallRecordings'],
      ['ChatTranscripts', 'CHAT_TRANSCRIPTS', 'ChatTranscripts'],
      ['ScheduledReports', 'SCHEDULED_REPORTS', 'Reports'],
    ]) {
      const config = new CfnInstanceStorageConfig(at(cc, 'Storage'), configId, {
        instanceArn: instance.attrArn,
        resourceType,
        storageType: 'S3',
        s3Config: {
          bucketName: bucket.ref,
          bucketPrefix: `connect/${folder}`,
          encryptionConfig: { encryptionType: 'KMS', keyId: key.attrArn },
        },
      });
      if (previous) {
        config.node.addDependency(previous);
      }
      previous = config;
    }

    const flowLogGroup = new CfnLogGroup(at(cc, 'Storage', 'FlowLogGroup'), 'Resource', {
      kmsKeyId: key.attrArn,
      logGroupName: flowLogGroupName,
      retentionInDays: 365,
    });
    retainExceptOnCreate(flowLogGroup);
    instance.node.addDependency(flowLogGroup);

    // The profiles the users get: looked up at deploy time, or hard-coded (`--peer`).
    const profiles = props.profileLookup ? profileLookup(this, cc, instance) : PLACEHOLDER_PROFILES;

    // The administrator and an agent, with generated passwords; a phone number.
    const user = (
      userId: string, username: string, firstName: string, lastName: string, email: string, securityProfile: 'Admin' | 'Agent',
      routingProfileArn = profiles.basicRoutingProfileArn(),
    ) => {
      const password = new CfnSecret(at(cc, userId, 'Password'), 'Resource', {
        description: `Password of the Amazon Connect user ${username}`,
        generateSecretString: { excludeCharacters: ' "\'\\`/@%{}', passwordLength: 32, requireEachIncludedType: true },
        kmsKeyId: key.attrArn,
      });
      retainExceptOnCreate(password);
      const resource = new CfnUser(at(cc, userId), 'Resource', {
        identityInfo: { email, firstName, lastName },
        instanceArn: instance.attrArn,
        password: SecretValue.secretsManager(password.ref).unsafeUnwrap(),
        phoneConfig: { phoneType: 'SOFT_PHONE' },
        routingProfileArn,
        securityProfileArns: [profiles.securityProfileArn(securityProfile)],
        username,
      });
      return { password, resource };
    };
    const admin = user('Admin', 'admin', 'Ada', 'Admin', 'ada.admin@example.com', 'Admin');
    const mainLine = new CfnPhoneNumber(at(cc, 'MainLine'), 'Resource', {
      countryCode: 'US',
      description: 'Main support line',
      targetArn: instance.attrArn,
      type: 'DID',
    });
    mainLine.applyRemovalPolicy(RemovalPolicy.RETAIN_ON_UPDATE_OR_DELETE);

    // Calls to the number: hours, a queue, the flow, and a routing profile for the agent.
    const support = at(this, 'Support');
    const hours = new CfnHoursOfOperation(at(support, 'Hours'), 'Resource', {
      instanceArn: instance.attrArn,
      name: Names.uniqueResourceName(at(support, 'Hours'), { maxLength: 127 }),
      description: 'When the inbound queue takes calls',
      timeZone: 'America/New_York',
      config: ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY'].map((day) => ({
        day, startTime: { hours: 8, minutes: 0 }, endTime: { hours: 18, minutes: 0 },
      })),
    });
    const queue = new CfnQueue(at(support, 'Queue'), 'Resource', {
      instanceArn: instance.attrArn,
      hoursOfOperationArn: hours.attrHoursOfOperationArn,
      name: 'Support',
      description: 'Inbound calls waiting for an agent',
    });
    const flow = new CfnContactFlow(at(support, 'Flow'), 'Resource', {
      instanceArn: instance.attrArn,
      name: Names.uniqueResourceName(at(support, 'Flow'), { maxLength: 127 }),
      description: 'Turns on flow logs and call recording, greets the caller, and transfers to the queue during its hours',
      type: 'CONTACT_FLOW',
      content: this.toJsonString(inboundFlow(queue.attrQueueArn)),
    });
    const routingProfile = new CfnRoutingProfile(at(support, 'RoutingProfile'), 'Resource', {
      instanceArn: instance.attrArn,
      name: Names.uniqueResourceName(at(support, 'RoutingProfile'), { maxLength: 127 }),
      description: 'Agents who answer the inbound queue',
      defaultOutboundQueueArn: queue.attrQueueArn,
      mediaConcurrencies: [{ channel: 'VOICE', concurrency: 1 }],
      queueConfigs: [{ queueReference: { queueArn: queue.attrQueueArn, channel: 'VOICE' }, priority: 1, delay: 0 }],
    });
    user('FirstAgent', 'jane.doe', 'Jane', 'Doe', 'jane.doe@example.com', 'Agent', routingProfile.attrRoutingProfileArn);
    if (props.profileLookup) {
      // The number rings the flow: the deploy-time function associates them
      // (the other libraries cannot: the `--peer` app leaves the number unrouted).
      const provider = this.node.findChild('ConnectProfileLookupCustomResourceProvider') as CustomResourceProvider;
      provider.addToRolePolicy({
        Effect: 'Allow',
        Action: ['connect:AssociatePhoneNumberContactFlow'],
        Resource: [
          `arn:${this.partition}:connect:${this.region}:${this.account}:phone-number/*`,
          instance.attrArn, `${instance.attrArn}/contact-flow/*`, `${instance.attrArn}/phone-number/*`,
        ],
      });
      const route = new CfnResource(at(support, 'Route0'), 'Resource', {
        type: 'Custom::ConnectPhoneNumberContactFlow',
        properties: {
          ServiceToken: provider.serviceToken,
          InstanceArn: instance.attrArn,
          PhoneNumberArn: mainLine.attrPhoneNumberArn,
          ContactFlowArn: flow.attrContactFlowArn,
        },
      });
      route.cfnOptions.deletionPolicy = CfnDeletionPolicy.DELETE;
      route.cfnOptions.updateReplacePolicy = CfnDeletionPolicy.DELETE;
    }

    // Day two: the alarm topic, its key, the recommended alarms and the dashboard.
    const alarmKey = new CfnKey(at(this, 'AlarmTopicKey'), 'Resource', {
      enableKeyRotation: true,
      keyPolicy: {
        Statement: [
          { Action: 'kms:*', Effect: 'Allow', Principal: { AWS: accountRoot }, Resource: '*' },
          { Action: ['kms:Decrypt', 'kms:GenerateDataKey*'], Effect: 'Allow', Principal: { Service: 'cloudwatch.amazonaws.com' }, Resource: '*' },
          {
            Action: 'kms:CreateGrant',
            Condition: { BoolIfExists: { 'kms:GrantIsForAWSResource': 'false', 'aws:PrincipalIsAWSService': 'false' } },
            Effect: 'Deny',
            Principal: { AWS: '*' },
            Resource: '*',
          },
        ],
        Version: '2012-10-17',
      },
    });
    alarmKey.applyRemovalPolicy(RemovalPolicy.RETAIN);
    const topic = new CfnTopic(at(this, 'AlarmTopic'), 'Resource', { kmsMasterKeyId: alarmKey.attrArn });
    new CfnTopicPolicy(at(this, 'AlarmTopic', 'Policy'), 'Resource', {
      policyDocument: {
        Statement: [{
          Action: 'sns:Publish',
          Condition: { Bool: { 'aws:SecureTransport': 'false' } },
          Effect: 'Deny',
          Principal: '*',
          Resource: topic.ref,
          Sid: 'AllowPublishThroughSSLOnly',
        }],
        Version: '2012-10-17',
      },
      topics: [topic.ref],
    });
    const alarms = at(cc, 'Monitoring', 'Alarms');
    const connectAlarm = (
      alarmId: string, metricName: string, statistic: string, threshold: number, who: string, reason: string, dimensions: Array<[string, string]>,
    ) =>
      new CfnAlarm(alarms, alarmId, {
        alarmActions: [topic.ref],
        alarmDescription: `Amazon Connect ${ALIAS}${who}: ${reason} (${metricName} >= ${threshold}).`,
        comparisonOperator: 'GreaterThanOrEqualToThreshold',
        dimensions: dimensions.map(([name, value]) => ({ name, value })),
        evaluationPeriods: 1,
        metricName,
        namespace: 'AWS/Connect',
        okActions: [topic.ref],
        period: 300,
        statistic,
        threshold,
        treatMissingData: 'notBreaching',
      }).attrArn;
    const ofInstance = (group: string): Array<[string, string]> => [['InstanceId', instance.attrId], ['MetricGroup', group]];
    const quota = 'Request a higher quota';
    const flowName = flow.name;
    const alarmArns = [
      connectAlarm('ThrottledCalls', 'ThrottledCalls', 'Sum', 1, '', `Calls were rejected: the rate of calls per second exceeded the instance's quota. ${quota} for concurrent active calls`, ofInstance('VoiceCalls')),
      connectAlarm('CallsBreachingConcurrencyQuota', 'CallsBreachingConcurrencyQuota', 'Sum', 1, '', `Voice calls exceeded the instance's quota of concurrent calls. ${quota}`, ofInstance('VoiceCalls')),
      connectAlarm('ConcurrentCallsPercentage', 'ConcurrentCallsPercentage', 'Maximum', 80, '',
        `The instance uses 80% or more of its quota of concurrent calls; calls beyond it breach the quota. ${quota} before it is reached`, ofInstance('VoiceCalls')),
      connectAlarm('MisconfiguredPhoneNumbers', 'MisconfiguredPhoneNumbers', 'Sum', 1, '',
        'Calls failed because their phone number is not associated with a flow. Route the number to a flow', ofInstance('VoiceCalls')),
      connectAlarm('CallRecordingUploadError', 'CallRecordingUploadError', 'Sum', 1, '',
        'Call recordings failed to upload to the instance\'s call-recording bucket and are missing. Check the bucket, its policy and its key', ofInstance('CallRecordings')),
      connectAlarm('ChatsBreachingActiveChatQuota', 'ChatsBreachingActiveChatQuota', 'Sum', 1, '',
        `Chats could not start: the instance's quota of concurrent active chats was exceeded. ${quota}`, ofInstance('Chats')),
      connectAlarm('TasksBreachingConcurrencyQuota', 'TasksBreachingConcurrencyQuota', 'Sum', 1, '', `Tasks exceeded the instance's quota of concurrent tasks. ${quota}`, ofInstance('Tasks')),
      connectAlarm('ContactCenterExampleSupportQueue5A58BB73QueueCapacityExceededError', 'QueueCapacityExceededError', 'Sum', 1, ', queue Support',
        'Calls were rejected because the queue was full. Raise its maxContacts, or staff it', [...ofInstance('Queue'), ['QueueName', 'Support']]),
      connectAlarm('ContactCenterExampleSupportFlow26490672ContactFlowFatalErrors', 'ContactFlowFatalErrors', 'Sum', 1, `, flow ${flowName}`,
        'The flow failed to run because of a system error. Read its flow logs', [['ContactFlowName', flowName], ...ofInstance('ContactFlow')]),
    ];
    const deployTimeFunction = props.profileLookup
      ? (this.node.findChild('ConnectProfileLookupCustomResourceProvider').node.findChild('Handler') as CfnResource).ref
      : undefined;
    new CfnDashboard(at(cc, 'Monitoring'), 'Dashboard', {
      dashboardBody: dashboardBody(this, {
        instanceId: instance.attrId, alarmArns, queueName: 'Support', flowName, deployTimeFunctionName: deployTimeFunction, flowLogGroupName: flowLogGroup.ref,
      }),
    });

    new CfnOutput(this, 'InstanceArn', { value: instance.attrArn });
    new CfnOutput(this, 'InstanceId', { value: instance.attrId });
    new CfnOutput(this, 'ServiceRoleArn', { value: instance.attrServiceRole });
    new CfnOutput(this, 'AccessUrl', { value: `https://${ALIAS}.my.connect.aws` });
    new CfnOutput(this, 'PhoneNumber', { value: mainLine.attrAddress });
    new CfnOutput(this, 'AdminUserArn', { value: admin.resource.attrUserArn });
    new CfnOutput(this, 'AdminPasswordSecretArn', { value: admin.password.ref });
    new CfnOutput(this, 'StorageBucketName', { value: bucket.ref });
    new CfnOutput(this, 'StorageKeyArn', { value: key.attrArn });
  }
}

// Like the example: context (examples/cdk.json) comes from the environment, as `cdk synth` passes it.
const app = new App();
new HandWrittenContactCenterStack(app, 'ContactCenterExample', {
  env: { region: process.env.CDK_DEFAULT_REGION ?? 'us-east-1' },
  profileLookup: !process.argv.slice(2).includes('--peer'),
});
app.synth();
