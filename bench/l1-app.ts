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
 * construct libraries write them by hand. The lookup's modules (aws-iam,
 * aws-lambda, asset staging) are then never loaded, so that this app costs
 * what such a user pays.
 */
import * as path from 'path';
import {
  App, AssetStaging, Aws, CfnDeletionPolicy, CfnOutput, CfnResource, FileAssetPackaging, SecretValue, Stack, StackProps,
} from 'aws-cdk-lib';
import { CfnInstance, CfnInstanceStorageConfig, CfnPhoneNumber, CfnUser } from 'aws-cdk-lib/aws-connect';
import { CfnKey } from 'aws-cdk-lib/aws-kms';
import { CfnLogGroup } from 'aws-cdk-lib/aws-logs';
import { CfnBucket, CfnBucketPolicy } from 'aws-cdk-lib/aws-s3';
import { CfnSecret } from 'aws-cdk-lib/aws-secretsmanager';
import { Construct } from 'constructs';

/** The handler the library ships (built by `npx projen bundle`). */
const HANDLER_DIR = path.join(__dirname, '..', '..', '..', 'assets', 'private', 'profile-lookup', 'profile-lookup.lambda');

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

function retain(resource: CfnResource): void {
  resource.cfnOptions.deletionPolicy = CfnDeletionPolicy.RETAIN;
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
 * The stack's profile lookup as the library deploys it (log group, role,
 * policy, function, and the instance's custom resource). Its modules are
 * loaded here, on first use, so that the `--peer` app never loads them
 * (aws-cdk-lib core loads a class, such as `AssetStaging`, when it is first
 * used).
 */
function profileLookup(stack: Stack, cc: Construct, instance: CfnInstance): Profiles {
  // Loaded on first use (an `import` would load them in the peer app too).
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { CfnPolicy, CfnRole } = require('aws-cdk-lib/aws-iam') as typeof import('aws-cdk-lib/aws-iam');
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { CfnFunction } = require('aws-cdk-lib/aws-lambda') as typeof import('aws-cdk-lib/aws-lambda');

  const lookup = at(stack, 'ConnectProfileLookup');
  const lookupLogGroup = new CfnLogGroup(at(lookup, 'LogGroup'), 'Resource', { retentionInDays: 365 });
  retain(lookupLogGroup);
  const role = new CfnRole(at(lookup, 'Role'), 'Resource', {
    assumeRolePolicyDocument: {
      Statement: [{ Action: 'sts:AssumeRole', Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' } }],
      Version: '2012-10-17',
    },
    description: 'Reads the security and routing profiles of Amazon Connect instances at deploy time',
  });
  const policy = new CfnPolicy(at(lookup, 'Role', 'DefaultPolicy'), 'Resource', {
    policyDocument: {
      Statement: [
        { Action: ['logs:CreateLogStream', 'logs:PutLogEvents'], Effect: 'Allow', Resource: lookupLogGroup.attrArn },
        {
          Action: ['connect:ListRoutingProfiles', 'connect:ListSecurityProfiles'],
          Effect: 'Allow',
          Resource: [instance.attrArn, `${instance.attrArn}/routing-profile/*`, `${instance.attrArn}/security-profile/*`],
        },
      ],
      Version: '2012-10-17',
    },
    policyName: 'ConnectProfileLookupRoleDefaultPolicy95CD89EE',
    roles: [role.ref],
  });

  const functionScope = at(lookup, 'Function');
  const staging = new AssetStaging(at(functionScope, 'Code'), 'Stage', { sourcePath: HANDLER_DIR });
  const code = stack.synthesizer.addFileAsset({
    sourceHash: staging.assetHash,
    fileName: staging.relativeStagedPath(stack),
    packaging: FileAssetPackaging.ZIP_DIRECTORY,
  });
  const fn = new CfnFunction(functionScope, 'Resource', {
    code: { s3Bucket: code.bucketName, s3Key: code.objectKey },
    description: 'Resolves the ARNs of Amazon Connect built-in security and routing profiles',
    environment: { variables: { AWS_NODEJS_CONNECTION_REUSE_ENABLED: '1' } },
    handler: 'index.handler',
    loggingConfig: { logGroup: lookupLogGroup.ref },
    memorySize: 256,
    role: role.attrArn,
    runtime: 'nodejs22.x',
    timeout: 300,
  });
  if (stack.node.tryGetContext('aws:cdk:enable-asset-metadata')) {
    fn.addMetadata('aws:asset:path', staging.relativeStagedPath(stack));
    fn.addMetadata('aws:asset:is-bundled', false);
    fn.addMetadata('aws:asset:property', 'Code');
  }
  fn.node.addDependency(policy);
  fn.node.addDependency(role);

  // The lookup of the instance's built-in profiles.
  const profiles = new CfnResource(at(cc, 'Profiles', 'Resource'), 'Default', {
    type: 'Custom::ConnectProfileLookup',
    properties: {
      ServiceToken: fn.attrArn,
      InstanceId: instance.attrArn,
      SecurityProfileNames: ['Admin', 'Agent'],
      RoutingProfileNames: ['Basic Routing Profile'],
    },
  });
  profiles.cfnOptions.deletionPolicy = CfnDeletionPolicy.DELETE;
  profiles.cfnOptions.updateReplacePolicy = CfnDeletionPolicy.DELETE;
  for (const dependency of [fn, lookupLogGroup, policy, role]) {
    profiles.node.addDependency(dependency);
  }

  return {
    securityProfileArn: (name) => profiles.getAtt(`SecurityProfileArn.${name}`).toString(),
    basicRoutingProfileArn: () => profiles.getAtt('RoutingProfileArn.BasicRoutingProfile').toString(),
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
      attributes: {
        autoResolveBestVoices: true,
        contactLens: true,
        contactflowLogs: true,
        earlyMedia: true,
        enhancedChatMonitoring: false,
        enhancedContactMonitoring: false,
        highVolumeOutBound: false,
        inboundCalls: true,
        multiPartyChatConference: false,
        multiPartyConference: false,
        outboundCalls: true,
        useCustomTtsVoices: false,
      },
    });
    retain(instance);

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
    retain(accessLogs);

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
            Condition: { BoolIfExists: { 'kms:GrantIsForAWSResource': 'false', 'aws:PrincipalIsAWSService': 'false' } },
            Effect: 'Deny',
            Principal: { AWS: '*' },
            Resource: '*',
            Sid: 'DenyGrantsNotForAwsResources',
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
    retain(key);

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
    retain(bucket);

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
    retain(flowLogGroup);
    instance.node.addDependency(flowLogGroup);

    // The profiles the users get: looked up at deploy time, or hard-coded (`--peer`).
    const profiles = props.profileLookup ? profileLookup(this, cc, instance) : PLACEHOLDER_PROFILES;

    // The administrator and an agent, with generated passwords; a phone number.
    const user = (userId: string, username: string, firstName: string, lastName: string, email: string, securityProfile: 'Admin' | 'Agent') => {
      const password = new CfnSecret(at(cc, userId, 'Password'), 'Resource', {
        description: `Password of the Amazon Connect user ${username}`,
        generateSecretString: { excludeCharacters: ' "\'\\`/@%{}', passwordLength: 32, requireEachIncludedType: true },
        kmsKeyId: key.attrArn,
      });
      retain(password);
      const resource = new CfnUser(at(cc, userId), 'Resource', {
        identityInfo: { email, firstName, lastName },
        instanceArn: instance.attrArn,
        password: SecretValue.secretsManager(password.ref).unsafeUnwrap(),
        phoneConfig: { phoneType: 'SOFT_PHONE' },
        routingProfileArn: profiles.basicRoutingProfileArn(),
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
    user('FirstAgent', 'jane.doe', 'Jane', 'Doe', 'jane.doe@example.com', 'Agent');

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
