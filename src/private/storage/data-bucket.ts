import { Duration, Names, RemovalPolicy, Stack } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { Construct, IConstruct } from 'constructs';
import { acknowledgeRules, RuleAcknowledgement } from '../acknowledge';

/** Noncurrent (overwritten or deleted) object versions in the data bucket are kept this long. */
export const NONCURRENT_VERSION_RETENTION = Duration.days(90);
/** Server access logs are kept this long. */
export const ACCESS_LOG_RETENTION = Duration.days(365);

const SERVER_ACCESS_LOG_DESTINATION =
  'This bucket is the server access log destination of the Amazon Connect data bucket; S3 advises against a log bucket logging to itself (every delivery would log more deliveries), and reads of it can be audited with CloudTrail data events';
const SSE_S3_ONLY =
  'Server access log destination buckets support SSE-S3 default encryption only; S3 cannot deliver server access logs to a bucket whose default encryption is SSE-KMS';
const NO_OBJECT_LOCK_FOR_LOGS =
  'S3 cannot deliver server access logs to a bucket with Object Lock enabled (S3 User Guide, "Configuring S3 Object Lock"); versioning and a bucket policy that admits only the S3 logging service for the data bucket protect the logs';
const ACCESS_LOGS_NOT_REPLICATED =
  'The bucket holds the server access logs of the Amazon Connect data bucket, not customer data, and keeps them one year; replicating them to another Region would need a destination bucket and role the construct cannot choose. Give storage.accessLogsBucket to send them to a replicated bucket';
const NO_EVENTS_FOR_LOGS =
  'Nothing reacts to server access log deliveries: the logs are read on demand, for audits; turning EventBridge on here would need s3:PutBucketNotification in the deployer policy for no consumer';
const NOTIFICATIONS_LEFT_TO_THE_APP =
  'Which events to send where is the application\'s choice: it adds them with bucket.addEventNotification() or enableEventBridgeNotification(), whose custom resource would overwrite a notification configuration set by the construct; turning EventBridge on here would also need s3:PutBucketNotification in the deployer policy';
const DATA_NOT_REPLICATED =
  'Cross-Region replication needs a destination bucket in another Region or account, a replication role and a key there: choices (and costs) of the data owner that the construct cannot make. S3 stores the objects across Availability Zones, and versioning keeps overwritten and deleted versions for 90 days. Configure replication on this bucket, or give storage.bucket, to replicate';
const DATA_OBJECT_LOCK_IS_THE_OWNERS =
  'Object Lock cannot be turned off once enabled and protects objects only with a retention period, which would make every recording, transcript, report and attachment in this shared bucket undeletable for that period, even on an erasure request; the period is a legal decision of the data owner. For immutable call recordings, Amazon Connect\'s guide uses a dedicated bucket: give one with Object Lock as callRecordings: StorageTarget.s3({ bucket })';

const AUTO_DELETE_HANDLER_OUTSIDE_VPC =
  'aws-cdk-lib\'s handler that empties the buckets of this stack created with autoDeleteObjects, deployed only with removalPolicy DESTROY: it runs when such a bucket is deleted, calls only the S3 API on that bucket, and handles no data but object keys; a VPC would need an S3 endpoint or NAT for nothing';

/** aws-cdk-lib's id of the per-stack provider that empties `autoDeleteObjects` buckets. */
const AUTO_DELETE_PROVIDER_ID = 'Custom::S3AutoDeleteObjectsCustomResourceProvider';

/** Findings on the access-log bucket, with why each does not apply to it. */
const ACCESS_LOGS_BUCKET_FINDINGS: RuleAcknowledgement[] = [
  { id: 'AwsSolutions-S1', reason: SERVER_ACCESS_LOG_DESTINATION },
  { id: 'HIPAA.Security-S3BucketLoggingEnabled', reason: SERVER_ACCESS_LOG_DESTINATION },
  { id: 'NIST.800.53.R5-S3BucketLoggingEnabled', reason: SERVER_ACCESS_LOG_DESTINATION },
  { id: 'cdk-validator-cfnguard::s3_bucket_logging_enabled_check', reason: SERVER_ACCESS_LOG_DESTINATION },
  { id: 'HIPAA.Security-S3DefaultEncryptionKMS', reason: SSE_S3_ONLY },
  { id: 'NIST.800.53.R5-S3DefaultEncryptionKMS', reason: SSE_S3_ONLY },
  { id: 'cdk-validator-cfnguard::s3_bucket_default_encryption_kms_check', reason: SSE_S3_ONLY },
  { id: 'cdk-validator-cfnguard::s3_bucket_object_lock_enabled_check', reason: NO_OBJECT_LOCK_FOR_LOGS },
  { id: 'HIPAA.Security-S3BucketReplicationEnabled', reason: ACCESS_LOGS_NOT_REPLICATED },
  { id: 'NIST.800.53.R5-S3BucketReplicationEnabled', reason: ACCESS_LOGS_NOT_REPLICATED },
  { id: 'cdk-validator-cfnguard::s3_event_notifications_enabled_check', reason: NO_EVENTS_FOR_LOGS },
];

/** Findings on the data bucket that are the data owner's choice (reviewed in docs/verification.md). */
const DATA_BUCKET_FINDINGS: RuleAcknowledgement[] = [
  { id: 'HIPAA.Security-S3BucketReplicationEnabled', reason: DATA_NOT_REPLICATED },
  { id: 'NIST.800.53.R5-S3BucketReplicationEnabled', reason: DATA_NOT_REPLICATED },
  { id: 'cdk-validator-cfnguard::s3_bucket_object_lock_enabled_check', reason: DATA_OBJECT_LOCK_IS_THE_OWNERS },
  { id: 'cdk-validator-cfnguard::s3_event_notifications_enabled_check', reason: NOTIFICATIONS_LEFT_TO_THE_APP },
];

/**
 * Whether a created bucket is emptied before deletion: CloudFormation deletes only empty buckets (`BucketNotEmpty`).
 * @see https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-attribute-deletionpolicy.html
 * @see https://docs.aws.amazon.com/cdk/api/v2/docs/aws-cdk-lib.aws_s3.BucketProps.html#autodeleteobjects
 */
function emptiedOnDelete(removalPolicy: RemovalPolicy): boolean {
  return removalPolicy === RemovalPolicy.DESTROY;
}

/** Acknowledges CT.LAMBDA.PR.3 (outside a VPC) on the stack's auto-delete handler, if any. */
function acknowledgeAutoDeleteHandler(bucket: s3.Bucket): void {
  const provider = Stack.of(bucket).node.tryFindChild(AUTO_DELETE_PROVIDER_ID);
  if (provider !== undefined && !ACKNOWLEDGED_PROVIDERS.has(provider)) {
    ACKNOWLEDGED_PROVIDERS.add(provider);
    acknowledgeRules(provider, [{ id: 'cdk-validator-cfnguard::lambda_inside_vpc_check', reason: AUTO_DELETE_HANDLER_OUTSIDE_VPC }]);
  }
}

/** The auto-delete providers acknowledged already (the buckets of a stack share one). */
const ACKNOWLEDGED_PROVIDERS = new WeakSet<IConstruct>();

/**
 * Creates the data bucket's access-log bucket: SSE-S3, the only default encryption log delivery supports.
 * @see https://docs.aws.amazon.com/AmazonS3/latest/userguide/enable-server-access-logging.html
 */
export function createAccessLogsBucket(scope: Construct, id: string, removalPolicy: RemovalPolicy): s3.Bucket {
  const bucket = new s3.Bucket(scope, id, {
    encryption: s3.BucketEncryption.S3_MANAGED,
    blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
    objectOwnership: s3.ObjectOwnership.BUCKET_OWNER_ENFORCED,
    enforceSSL: true,
    versioned: true,
    removalPolicy,
    autoDeleteObjects: emptiedOnDelete(removalPolicy),
    lifecycleRules: [{
      id: 'ExpireAccessLogs',
      expiration: ACCESS_LOG_RETENTION,
      noncurrentVersionExpiration: Duration.days(30),
      abortIncompleteMultipartUploadAfter: Duration.days(7),
    }],
  });
  acknowledgeRules(bucket, ACCESS_LOGS_BUCKET_FINDINGS);
  acknowledgeAutoDeleteHandler(bucket);
  return bucket;
}

/** What the data bucket is made of. */
export interface DataBucketProps {
  readonly encryptionKey: kms.IKey;
  readonly accessLogsBucket: s3.IBucket;
  readonly removalPolicy: RemovalPolicy;
}

/**
 * Creates the shared data bucket, without Object Lock: Amazon Connect does not support it for attachments nor in compliance mode.
 * @see https://docs.aws.amazon.com/connect/latest/adminguide/amazon-connect-instances.html#get-started-data-storage
 * @see https://docs.aws.amazon.com/connect/latest/adminguide/enable-attachments.html
 */
export function createDataBucket(scope: Construct, id: string, props: DataBucketProps): s3.Bucket {
  const bucket = new s3.Bucket(scope, id, {
    encryption: s3.BucketEncryption.KMS,
    encryptionKey: props.encryptionKey,
    bucketKeyEnabled: true,
    blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
    objectOwnership: s3.ObjectOwnership.BUCKET_OWNER_ENFORCED,
    enforceSSL: true,
    minimumTLSVersion: 1.2,
    versioned: true,
    removalPolicy: props.removalPolicy,
    autoDeleteObjects: emptiedOnDelete(props.removalPolicy),
    lifecycleRules: [
      { id: 'AbortIncompleteMultipartUploads', abortIncompleteMultipartUploadAfter: Duration.days(7) },
      { id: 'ExpireNoncurrentVersions', noncurrentVersionExpiration: NONCURRENT_VERSION_RETENTION },
    ],
  });
  logServerAccess(bucket, props.accessLogsBucket);
  acknowledgeRules(bucket, DATA_BUCKET_FINDINGS);
  acknowledgeAutoDeleteHandler(bucket);
  return bucket;
}

/**
 * Logs `source`'s access into `destination` by bucket policy, set on the L1 to avoid `@aws-cdk/aws-s3:serverAccessLogsUseBucketPolicy`.
 * @see https://docs.aws.amazon.com/AmazonS3/latest/userguide/enable-server-access-logging.html#grant-log-delivery-permissions-general
 */
function logServerAccess(source: s3.Bucket, destination: s3.IBucket): void {
  const prefix = `${Names.uniqueId(source)}/`;
  (source.node.defaultChild as s3.CfnBucket).loggingConfiguration = {
    destinationBucketName: destination.bucketName,
    logFilePrefix: prefix,
  };
  destination.addToResourcePolicy(new iam.PolicyStatement({
    principals: [new iam.ServicePrincipal('logging.s3.amazonaws.com')],
    actions: ['s3:PutObject'],
    resources: [destination.arnForObjects(`${prefix}*`)],
    conditions: {
      ArnLike: { 'aws:SourceArn': source.bucketArn },
      StringEquals: { 'aws:SourceAccount': Stack.of(source).account },
    },
  }));
}

/** The default attachment origins: Amazon Connect's domains (`<alias>.my.connect.aws`). */
export const DEFAULT_ATTACHMENT_ORIGINS = ['https://*.my.connect.aws'];

/**
 * The CORS rule attachments need: PUT (pre-signed upload) and GET from `origins`.
 * @see https://docs.aws.amazon.com/connect/latest/adminguide/enable-attachments.html#step4-update-cors-policy
 */
export function attachmentsCorsRule(origins: string[]): s3.CorsRule {
  return {
    id: 'AmazonConnectAttachments',
    allowedMethods: [s3.HttpMethods.PUT, s3.HttpMethods.GET],
    allowedOrigins: origins,
    allowedHeaders: ['*'],
  };
}
