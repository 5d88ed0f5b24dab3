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

/** The caller lookup's code, as the example inlines it. */
const CALLER_LOOKUP_CODE = `
const CUSTOMERS = {
  '+12065550100': { firstName: 'Maria', vip: true },
  '+12065550101': { firstName: 'John', vip: false },
};
exports.handler = async (event) => {
  const customer = CUSTOMERS[event.Details.Parameters.phoneNumber];
  if (!customer) {
    return { tier: 'unknown', firstName: '' };
  }
  return { tier: customer.vip ? 'vip' : 'customer', firstName: customer.firstName };
};
`;

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
    }

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
