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
  CfnContactFlow, CfnHoursOfOperation, CfnInstance, CfnInstanceStorageConfig, CfnIntegrationAssociation, CfnPhoneNumber, CfnQueue, CfnRoutingProfile,
  CfnUser,
} from 'aws-cdk-lib/aws-connect';
import { CfnManagedPolicy, CfnRole } from 'aws-cdk-lib/aws-iam';
import { CfnKey } from 'aws-cdk-lib/aws-kms';
import { CfnFunction, CfnPermission } from 'aws-cdk-lib/aws-lambda';
import { CfnLogGroup } from 'aws-cdk-lib/aws-logs';
import { CfnBucket, CfnBucketPolicy } from 'aws-cdk-lib/aws-s3';
import { CfnSecret } from 'aws-cdk-lib/aws-secretsmanager';
import { CfnTopic, CfnTopicPolicy } from 'aws-cdk-lib/aws-sns';
import { Construct } from 'constructs';
import { CALLER_LOOKUP_CODE } from '../examples/caller-lookup-code';

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

/** What the example's main menu names: the caller lookup and the three queues. */
interface MenuTargets {
  readonly functionArn: string;
  readonly sales: string;
  readonly support: string;
  readonly callbacks: string;
}

/** The example's main menu, written out in the Flow language. */
function mainMenuFlow(targets: MenuTargets): object {
  const onError = (next: string, onError = next) => ({ NextAction: next, Errors: [{ NextAction: onError, ErrorType: 'NoMatchingError' }] });
  const equals = (operand: string, next: string) => ({ NextAction: next, Condition: { Operator: 'Equals', Operands: [operand] } });
  const say = (identifier: string, text: string, next = 'hang-up') => ({
    Identifier: identifier, Type: 'MessageParticipant', Parameters: { Text: text }, Transitions: onError(next),
  });
  const menu = (identifier: string, text: string, conditions: object[], next: string, onTimeout: string, onOtherError: string) => ({
    Identifier: identifier,
    Type: 'GetParticipantInput',
    Parameters: { Text: text, InputTimeLimitSeconds: '5', StoreInput: 'False' },
    Transitions: {
      NextAction: next,
      Conditions: conditions,
      Errors: [
        { NextAction: next, ErrorType: 'NoMatchingCondition' },
        { NextAction: onTimeout, ErrorType: 'InputTimeLimitExceeded' },
        { NextAction: onOtherError, ErrorType: 'NoMatchingError' },
      ],
    },
  });
  const setQueue = (identifier: string, queueArn: string) => ({
    Identifier: identifier, Type: 'UpdateContactTargetQueue', Parameters: { QueueId: queueArn }, Transitions: onError('check-queue-hours', 'say-error'),
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
        Transitions: { NextAction: 'look-up-caller' },
      },
      {
        Identifier: 'look-up-caller',
        Type: 'InvokeLambdaFunction',
        Parameters: {
          LambdaFunctionARN: targets.functionArn,
          InvocationTimeLimitSeconds: '3',
          InvocationType: 'SYNCHRONOUS',
          LambdaInvocationAttributes: { phoneNumber: '$.CustomerEndpoint.Address' },
          ResponseValidation: { ResponseType: 'STRING_MAP' },
        },
        Transitions: onError('check-caller', 'greet-caller'),
      },
      {
        Identifier: 'check-caller',
        Type: 'Compare',
        Parameters: { ComparisonValue: '$.External.tier' },
        Transitions: {
          NextAction: 'greet-caller',
          Conditions: [equals('vip', 'put-vip-first'), equals('customer', 'greet-by-name')],
          Errors: [{ NextAction: 'greet-caller', ErrorType: 'NoMatchingCondition' }],
        },
      },
      { Identifier: 'put-vip-first', Type: 'UpdateContactRoutingBehavior', Parameters: { QueuePriority: '1' }, Transitions: { NextAction: 'greet-by-name' } },
      say('greet-by-name', 'Hello $.External.firstName, thank you for calling Acme. This call is recorded.', 'main-menu'),
      say('greet-caller', 'Thank you for calling Acme. This call is recorded.', 'main-menu'),
      menu('main-menu', 'For sales, press 1. For support, press 2.',
        [equals('1', 'set-sales-queue'), equals('2', 'set-support-queue')], 'ask-again-once', 'ask-again-once', 'set-support-queue'),
      {
        Identifier: 'ask-again-once',
        Type: 'Loop',
        Parameters: { LoopCount: '1' },
        Transitions: { NextAction: 'set-support-queue', Conditions: [equals('ContinueLooping', 'say-not-understood'), equals('DoneLooping', 'set-support-queue')] },
      },
      say('say-not-understood', 'Sorry, I did not get that.', 'main-menu'),
      setQueue('set-sales-queue', targets.sales),
      setQueue('set-support-queue', targets.support),
      {
        Identifier: 'check-queue-hours',
        Type: 'CheckHoursOfOperation',
        Parameters: {},
        Transitions: {
          NextAction: 'say-error',
          Conditions: [equals('True', 'transfer-to-queue'), equals('False', 'offer-callback')],
          Errors: [{ NextAction: 'say-error', ErrorType: 'NoMatchingError' }],
        },
      },
      {
        Identifier: 'transfer-to-queue',
        Type: 'TransferContactToQueue',
        Parameters: {},
        Transitions: { Errors: [{ NextAction: 'offer-callback', ErrorType: 'QueueAtCapacity' }, { NextAction: 'say-error', ErrorType: 'NoMatchingError' }] },
      },
      menu('offer-callback', 'We cannot take your call right now. To be called back at this number, press 1. Otherwise, press 2.',
        [equals('1', 'set-callback-number'), equals('2', 'say-goodbye')], 'say-goodbye', 'say-goodbye', 'say-goodbye'),
      {
        Identifier: 'set-callback-number',
        Type: 'UpdateContactCallbackNumber',
        Parameters: { CallbackNumber: '$.CustomerEndpoint.Address' },
        Transitions: {
          NextAction: 'create-callback',
          Errors: [{ NextAction: 'say-no-callback', ErrorType: 'InvalidCallbackNumber' }, { NextAction: 'say-no-callback', ErrorType: 'CallbackNumberNotDialable' }],
        },
      },
      {
        Identifier: 'create-callback',
        Type: 'CreateCallbackContact',
        Parameters: { QueueId: targets.callbacks, InitialCallDelaySeconds: '30', MaximumConnectionAttempts: '2', RetryDelaySeconds: '600' },
        Transitions: onError('say-callback-confirmed', 'say-error'),
      },
      say('say-callback-confirmed', 'Thank you. We will call you back at this number. Goodbye.'),
      say('say-no-callback', 'We cannot call this number back. Please call again later. Goodbye.'),
      say('say-goodbye', 'Thank you for calling Acme. Goodbye.'),
      say('say-error', 'We are sorry, something went wrong. Please call again later. Goodbye.'),
      { Identifier: 'hang-up', Type: 'DisconnectParticipant', Parameters: {}, Transitions: {} },
    ],
  };
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

/** What the example's monitoring watches. */
interface Watched {
  readonly instance: CfnInstance;
  readonly queues: CfnQueue[];
  readonly flow: CfnContactFlow;
  readonly functionNames: string[];
  /** The profile lookup's function, when there is one. */
  readonly deployTimeFunctionName?: string;
  readonly flowLogGroupName: string;
}

/** A recommended alarm: metric, threshold (fires at or above it), statistic over 5 minutes, what it means. */
type AlarmRow = [metricName: string, threshold: number, statistic: string, reason: string];

/** The instance's alarms with their metric group, in the dashboard's order. */
const INSTANCE_ALARMS: Array<[metricGroup: string, ...alarm: AlarmRow]> = [
  ['VoiceCalls', 'ThrottledCalls', 1, 'Sum',
    'Calls were rejected: the rate of calls per second exceeded the instance\'s quota. Request a higher quota for concurrent active calls'],
  ['VoiceCalls', 'CallsBreachingConcurrencyQuota', 1, 'Sum', 'Voice calls exceeded the instance\'s quota of concurrent calls. Request a higher quota'],
  ['VoiceCalls', 'ConcurrentCallsPercentage', 80, 'Maximum',
    'The instance uses 80% or more of its quota of concurrent calls; calls beyond it breach the quota. Request a higher quota before it is reached'],
  ['VoiceCalls', 'MisconfiguredPhoneNumbers', 1, 'Sum', 'Calls failed because their phone number is not associated with a flow. Route the number to a flow'],
  ['CallRecordings', 'CallRecordingUploadError', 1, 'Sum',
    'Call recordings failed to upload to the instance\'s call-recording bucket and are missing. Check the bucket, its policy and its key'],
  ['Chats', 'ChatsBreachingActiveChatQuota', 1, 'Sum', 'Chats could not start: the instance\'s quota of concurrent active chats was exceeded. Request a higher quota'],
  ['Tasks', 'TasksBreachingConcurrencyQuota', 1, 'Sum', 'Tasks exceeded the instance\'s quota of concurrent tasks. Request a higher quota'],
];
const QUEUE_ALARM: AlarmRow = ['QueueCapacityExceededError', 1, 'Sum', 'Calls were rejected because the queue was full. Raise its maxContacts, or staff it'];
const FLOW_ALARM: AlarmRow = ['ContactFlowFatalErrors', 1, 'Sum', 'The flow failed to run because of a system error. Read its flow logs'];

/** The percentage graph's axis, marked where its alarm fires. */
const PERCENT_AXES = { annotations: { horizontal: [{ value: 80, label: 'alarm', yAxis: 'left' }] }, yAxis: { left: { min: 0, max: 100 } } };

/** The instance's graphs, two rows of three: title, each line's metric, metric group, label and statistic (Sum unless given), axes. */
const INSTANCE_GRAPHS: Array<Array<[title: string, lines: Array<[string, string, string, string?]>, axes?: object]>> = [
  [
    ['Voice calls', [['ConcurrentCalls', 'VoiceCalls', 'concurrent (max)', 'Maximum'], ['CallsPerInterval', 'VoiceCalls', 'calls']]],
    ['Concurrent calls, % of quota', [['ConcurrentCallsPercentage', 'VoiceCalls', '% of quota (max)', 'Maximum']], PERCENT_AXES],
    ['Calls refused', [
      ['ThrottledCalls', 'VoiceCalls', 'throttled'], ['CallsBreachingConcurrencyQuota', 'VoiceCalls', 'over the concurrency quota'],
      ['MisconfiguredPhoneNumbers', 'VoiceCalls', 'number without a flow'],
    ]],
  ],
  [
    ['Missed calls, failed recording uploads', [['MissedCalls', 'VoiceCalls', 'missed by agents'], ['CallRecordingUploadError', 'CallRecordings', 'recording upload errors']]],
    ['Chats', [['ConcurrentActiveChats', 'Chats', 'concurrent (max)', 'Maximum'], ['ChatsBreachingActiveChatQuota', 'Chats', 'over the quota']]],
    ['Tasks', [['ConcurrentTasks', 'Tasks', 'concurrent (max)', 'Maximum'], ['TasksBreachingConcurrencyQuota', 'Tasks', 'over the quota']]],
  ],
];

interface Widget {
  readonly type: string;
  readonly width: number;
  readonly height: number;
  readonly properties: object;
}

/** Places rows of widgets on CloudWatch's 24-column grid, top to bottom. */
function layOut(rows: Widget[][]): object[] {
  let y = 0;
  return rows.flatMap((row) => {
    let x = 0;
    const placed = row.map(({ type, width, height, properties }) => ({ type, width, height, x: (x += width) - width, y, properties }));
    y += Math.max(...row.map((widget) => widget.height));
    return placed;
  });
}

/**
 * The example's monitoring: an alarm topic (its key lets CloudWatch publish,
 * grants only for AWS resources; TLS only), the recommended alarms, and a
 * dashboard of the instance, its queues, flow and functions.
 * https://docs.aws.amazon.com/connect/latest/adminguide/monitoring-cloudwatch.html
 * https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/CloudWatch-Dashboard-Body-Structure.html
 */
function monitoring(stack: Stack, cc: Construct, watched: Watched): void {
  const alarmKey = new CfnKey(at(stack, 'AlarmTopicKey'), 'Resource', {
    enableKeyRotation: true,
    keyPolicy: {
      Statement: [
        { Action: 'kms:*', Effect: 'Allow', Principal: { AWS: `arn:${stack.partition}:iam::${Aws.ACCOUNT_ID}:root` }, Resource: '*' },
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
  const topic = new CfnTopic(at(stack, 'AlarmTopic'), 'Resource', { kmsMasterKeyId: alarmKey.attrArn });
  new CfnTopicPolicy(at(stack, 'AlarmTopic', 'Policy'), 'Resource', {
    topics: [topic.ref],
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
  });

  // Dimensions in CloudWatch's order (by name).
  const of = (metricGroup: string) => ({ InstanceId: watched.instance.attrId, MetricGroup: metricGroup });
  const ofQueue = (queue: CfnQueue) => ({ ...of('Queue'), QueueName: queue.name });
  const ofFlow = { ContactFlowName: watched.flow.name, ...of('ContactFlow') };
  const label = `Amazon Connect ${ALIAS}`;
  const alarms = at(cc, 'Monitoring', 'Alarms');
  // Named `<subject's unique id><metric>`, the instance's by the metric alone.
  const alarm = (subject: string, what: string, dimensions: Record<string, string>, [metricName, threshold, statistic, reason]: AlarmRow) => {
    return new CfnAlarm(alarms, `${subject}${metricName}`, {
      namespace: 'AWS/Connect',
      metricName,
      dimensions: Object.entries(dimensions).map(([name, value]) => ({ name, value })),
      statistic,
      period: 300,
      threshold,
      evaluationPeriods: 1,
      comparisonOperator: 'GreaterThanOrEqualToThreshold',
      // Amazon Connect sends data only while something happens.
      treatMissingData: 'notBreaching',
      alarmDescription: `${what}: ${reason} (${metricName} >= ${threshold}).`,
      alarmActions: [topic.ref],
      okActions: [topic.ref],
    }).attrArn;
  };
  const alarmArns = [
    ...INSTANCE_ALARMS.map(([group, ...row]) => alarm('', label, of(group), row)),
    ...watched.queues.map((queue) => alarm(Names.uniqueId(queue.node.scope!), `${label}, queue ${queue.name}`, ofQueue(queue), QUEUE_ALARM)),
    alarm(Names.uniqueId(watched.flow.node.scope!), `${label}, flow ${watched.flow.name}`, ofFlow, FLOW_ALARM),
  ];

  // The widgets, as the dashboard body's JSON has them.
  const region = stack.region;
  const text = (markdown: string, height = 1): Widget => ({ type: 'text', width: 24, height, properties: { markdown, background: 'transparent' } });
  const graph = (title: string, metrics: unknown[][], width = 8, axes: object = { yAxis: {} }): Widget => ({
    type: 'metric', width, height: 6, properties: { view: 'timeSeries', title, region, metrics, ...axes },
  });
  const connect = (metricName: string, dimensions: Record<string, string>, lineLabel: string, stat = 'Sum') =>
    ['AWS/Connect', metricName, ...Object.entries(dimensions).flat(), { label: lineLabel, region, stat }];
  // No statistic is the average.
  const lambda = (title: string, functionName: string): Widget[] => [
    ['errors', 'Errors', 'errors', 'Sum'], ['throttles', 'Throttles', 'throttles', 'Sum'], ['duration (ms)', 'Duration', 'duration (average)'],
  ].map(([what, metricName, lineLabel, stat]) => graph(`${title}: ${what}`, [['AWS/Lambda', metricName, 'FunctionName', functionName, { label: lineLabel, stat }]]));
  const rows: Widget[][] = [
    [text(`# ${label}\nInstance ${watched.instance.attrId} · [admin website](https://${ALIAS}.my.connect.aws)`, 2)],
    [{ type: 'alarm', width: 24, height: 2 + Math.ceil(alarmArns.length / 6), properties: { title: 'Recommended alarms', alarms: alarmArns } }],
    ...INSTANCE_GRAPHS.map((row) => row.map(([title, lines, axes]) => graph(
      title, lines.map(([name, group, lineLabel, stat]) => connect(name, of(group), lineLabel, stat)), 8, axes,
    ))),
    [text('## Queues')],
    ...watched.queues.map((queue) => [
      graph(`Queue ${queue.name}: contacts waiting`, [connect('QueueSize', ofQueue(queue), 'contacts (max)', 'Maximum')]),
      graph(`Queue ${queue.name}: longest wait (seconds)`, [connect('LongestQueueWaitTime', ofQueue(queue), 'seconds (max)', 'Maximum')]),
      graph(`Queue ${queue.name}: calls rejected, queue full`, [connect('QueueCapacityExceededError', ofQueue(queue), 'rejected')]),
    ]),
    [text('## Flows')],
    [
      graph(`Flow ${watched.flow.name}: error branches taken`, [connect('ContactFlowErrors', ofFlow, 'error branches')], 12),
      graph(`Flow ${watched.flow.name}: fatal errors`, [connect('ContactFlowFatalErrors', ofFlow, 'fatal errors')], 12),
    ],
    [text('## Lambda functions')],
    ...watched.functionNames.map((name) => lambda(`Lambda ${name}`, name)),
    ...(watched.deployTimeFunctionName ? [lambda('Deploy-time function', watched.deployTimeFunctionName)] : []),
    [{
      type: 'log',
      width: 24,
      height: 8,
      properties: {
        view: 'table',
        title: 'Flow blocks that failed (flow logs, newest first)',
        region,
        query: `SOURCE '${watched.flowLogGroupName}' | fields @timestamp, ContactFlowName, ContactFlowModuleType, Results, ContactId\n`
          + '| filter Results like /(?i)(error|fail)/\n| sort @timestamp desc\n| limit 50',
      },
    }],
  ];
  new CfnDashboard(at(cc, 'Monitoring'), 'Dashboard', { dashboardBody: stack.toJsonString({ widgets: layOut(rows) }) });
}

export class HandWrittenContactCenterStack extends Stack {
  constructor(scope: Construct, id: string, props: HandWrittenContactCenterStackProps) {
    super(scope, id, props);
    // `this.partition`, not `Aws.PARTITION`: with the recommended flag @aws-cdk/core:enablePartitionLiterals
    // (examples/cdk.json) it is the literal partition of the stack's Region, as in aws-cdk-lib's own ARNs.
    const accountRoot = `arn:${this.partition}:iam::${Aws.ACCOUNT_ID}:root`;
    const flowLogGroupName = `/aws/connect/${ALIAS}`;
    const callerLookupLogGroupName = `/aws/lambda/${ALIAS}-caller-lookup`;
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
          {
            Action: ['kms:Decrypt*', 'kms:Describe*', 'kms:Encrypt*', 'kms:GenerateDataKey*', 'kms:ReEncrypt*'],
            Condition: {
              ArnEquals: {
                'kms:EncryptionContext:aws:logs:arn': `arn:${this.partition}:logs:${this.region}:${Aws.ACCOUNT_ID}:log-group:${callerLookupLogGroupName}`,
              },
            },
            Effect: 'Allow',
            Principal: { Service: `logs.${this.region}.amazonaws.com` },
            Resource: '*',
            Sid: 'AllowCloudWatchLogsForCallerLookup',
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
      description: 'Main line: sales and support',
      targetArn: instance.attrArn,
      type: 'DID',
    });
    mainLine.applyRemovalPolicy(RemovalPolicy.RETAIN_ON_UPDATE_OR_DELETE);

    // Two lines of business with their hours and queues, a callback queue, and a routing profile serving the three.
    const weekdays = (from: number, to: number) => ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY'].map((day) => ({
      day, startTime: { hours: from, minutes: 0 }, endTime: { hours: to, minutes: 0 },
    }));
    const hoursOf = (id: string, description: string, from: number, to: number) => new CfnHoursOfOperation(at(cc, id), 'Resource', {
      instanceArn: instance.attrArn,
      name: Names.uniqueResourceName(at(cc, id), { maxLength: 127 }),
      description,
      timeZone: 'America/New_York',
      config: weekdays(from, to),
    });
    const supportHours = hoursOf('SupportHours', 'When support takes calls', 8, 18);
    const salesHours = hoursOf('SalesHours', 'When sales takes calls', 9, 17);
    const support = new CfnQueue(at(cc, 'SupportQueue'), 'Resource', {
      instanceArn: instance.attrArn, hoursOfOperationArn: supportHours.attrHoursOfOperationArn, maxContacts: 10, name: 'Support',
    });
    const sales = new CfnQueue(at(cc, 'SalesQueue'), 'Resource', {
      instanceArn: instance.attrArn, hoursOfOperationArn: salesHours.attrHoursOfOperationArn, maxContacts: 10, name: 'Sales',
    });
    const callbacks = new CfnQueue(at(cc, 'CallbackQueue'), 'Resource', {
      instanceArn: instance.attrArn,
      hoursOfOperationArn: supportHours.attrHoursOfOperationArn,
      name: 'Callbacks',
      description: 'Callers who asked to be called back',
      outboundCallerConfig: { outboundCallerIdNumberArn: mainLine.attrPhoneNumberArn },
    });
    const routingProfile = new CfnRoutingProfile(at(cc, 'Agents'), 'Resource', {
      instanceArn: instance.attrArn,
      name: Names.uniqueResourceName(at(cc, 'Agents'), { maxLength: 127 }),
      description: 'Agents who answer sales, support and callbacks',
      defaultOutboundQueueArn: callbacks.attrQueueArn,
      mediaConcurrencies: [{ channel: 'VOICE', concurrency: 1 }],
      queueConfigs: [support, sales, callbacks].map((queue) => ({ queueReference: { queueArn: queue.attrQueueArn, channel: 'VOICE' }, priority: 1, delay: 0 })),
    });

    // The caller lookup: its log group (the instance's key), a policy for it, its role, the function.
    const lookupLogs = new CfnLogGroup(at(this, 'CallerLookupLogs'), 'Resource', {
      kmsKeyId: key.attrArn, logGroupName: callerLookupLogGroupName, retentionInDays: 365,
    });
    retainExceptOnCreate(lookupLogs);
    const lookupPolicy = new CfnManagedPolicy(at(this, 'CallerLookupLogging'), 'Resource', {
      description: 'Lets the caller lookup write its log',
      path: '/',
      policyDocument: {
        Statement: [{ Action: ['logs:CreateLogStream', 'logs:PutLogEvents'], Effect: 'Allow', Resource: lookupLogs.attrArn }],
        Version: '2012-10-17',
      },
    });
    const lookupRole = new CfnRole(at(this, 'CallerLookupRole'), 'Resource', {
      assumeRolePolicyDocument: {
        Statement: [{ Action: 'sts:AssumeRole', Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' } }],
        Version: '2012-10-17',
      },
      description: 'The caller lookup\'s role: it writes its log, and nothing else',
      managedPolicyArns: [lookupPolicy.ref],
    });
    const lookupScope = at(this, 'CallerLookup');
    const lookup = new CfnFunction(lookupScope, 'Resource', {
      code: { zipFile: CALLER_LOOKUP_CODE },
      description: 'Looks a caller up by their number for the main menu',
      handler: 'index.handler',
      loggingConfig: { logGroup: lookupLogs.ref },
      memorySize: 128,
      role: lookupRole.attrArn,
      runtime: 'nodejs24.x',
      timeout: 3,
    });
    lookup.addDependency(lookupRole);
    // Associated with the instance, and Amazon Connect may invoke it.
    const integration = at(cc, `FlowIntegrationFunction${lookupScope.node.addr.slice(0, 16)}`);
    const association = new CfnIntegrationAssociation(integration, 'Resource', {
      instanceId: instance.attrArn, integrationArn: lookup.attrArn, integrationType: 'LAMBDA_FUNCTION',
    });
    const permission = new CfnPermission(integration, 'InvokedByConnect', {
      action: 'lambda:InvokeFunction',
      functionName: lookup.attrArn,
      principal: 'connect.amazonaws.com',
      sourceAccount: Aws.ACCOUNT_ID,
      sourceArn: instance.attrArn,
    });

    const flow = new CfnContactFlow(at(cc, 'MainMenu'), 'Resource', {
      instanceArn: instance.attrArn,
      name: Names.uniqueResourceName(at(cc, 'MainMenu'), { maxLength: 127 }),
      description: 'Records the call, looks the caller up, greets them and offers sales or support, with a callback when the line cannot answer',
      type: 'CONTACT_FLOW',
      content: this.toJsonString(mainMenuFlow({
        functionArn: lookup.attrArn, sales: sales.attrQueueArn, support: support.attrQueueArn, callbacks: callbacks.attrQueueArn,
      })),
    });
    flow.addDependency(association);
    flow.addDependency(permission);
    user('FirstAgent', 'jane.doe', 'Jane', 'Doe', 'jane.doe@example.com', 'Agent', routingProfile.attrRoutingProfileArn);
    let deployTimeFunctionName: string | undefined;
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
      const route = new CfnResource(at(this, 'Routing', 'Route0'), 'Resource', {
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
      deployTimeFunctionName = (provider.node.findChild('Handler') as CfnResource).ref;
    }
    monitoring(this, cc, {
      instance, queues: [support, sales, callbacks], flow, functionNames: [lookup.ref], deployTimeFunctionName, flowLogGroupName: flowLogGroup.ref,
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
