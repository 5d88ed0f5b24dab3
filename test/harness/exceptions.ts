/**
 * Every finding the construct acknowledges, where it may sit, and why. The
 * harness fails when a scenario has an acknowledged finding that is not
 * listed here, or when an entry is used by no scenario; `guard-all.ts` fails
 * on any Control Tower failure outside the `cdk-validator-cfnguard` entries.
 *
 * Paths are construct paths below the stack (`<stack>/` is removed).
 */

/** Where an acknowledgement sits. */
export enum Placement {
  /** One of the construct's own internal resources: the lookup function and its log group, the access-log bucket, the buckets' auto-delete handler. */
  INTERNAL = 'internal',
  /** A resource that holds the user's data, for a finding the construct cannot fix: listed for review in docs/verification.md. */
  FOR_REVIEW = 'user-facing, for review',
  /** The example app's own caller lookup, acknowledged by the example as a user would (docs/verification.md). */
  EXAMPLE = 'the example app\'s own function',
}

/** One acknowledged rule on one kind of resource. */
export interface Acknowledged {
  /** `cdk-nag` or the policy-validation plugin. */
  readonly tool: 'cdk-nag' | 'cdk-validator-cfnguard';
  /** The rule id (cdk-nag) or rule name (cfn-guard). */
  readonly rule: string;
  /** For a cdk-nag rule that reports findings, the findings acknowledged (`Resource::<…>`). */
  readonly finding?: RegExp;
  /** The resource's construct path below the stack. */
  readonly path: RegExp;
  readonly placement: Placement;
  /** The control, for Control Tower rules. */
  readonly control?: string;
  /** Why, in short (the construct's metadata holds the full reason). */
  readonly why: string;
}

export const LOOKUP_FUNCTION = /^ConnectProfileLookupCustomResourceProvider\/Handler$/;
export const LOOKUP_LOG_GROUP = /^ConnectProfileLookupCustomResourceProvider\/LogGroup\/Resource$/;
export const ACCESS_LOGS_BUCKET = /^ContactCenter\/Storage\/AccessLogsBucket\/Resource$/;
export const DATA_BUCKET = /^ContactCenter\/Storage\/Bucket\/Resource$/;
export const PASSWORD_SECRET = /^ContactCenter\/[^/]+\/Password\/Resource$/;
export const AUTO_DELETE_HANDLER = /^Custom::S3AutoDeleteObjectsCustomResourceProvider\/Handler$/;
export const STORAGE_KEY = /^ContactCenter\/Storage\/Key\/Resource$/;
export const EXAMPLE_CALLER_LOOKUP = /^CallerLookup\/Resource$/;

const nag = (rule: string, path: RegExp, placement: Placement, why: string, finding?: RegExp): Acknowledged =>
  ({ tool: 'cdk-nag', rule, path, placement, why, ...(finding ? { finding } : {}) });
const pair = (rule: string, path: RegExp, placement: Placement, why: string) =>
  ['HIPAA.Security', 'NIST.800.53.R5'].map((pack) => nag(`${pack}-${rule}`, path, placement, why));
const guard = (control: string, rule: string, path: RegExp, placement: Placement, why: string): Acknowledged =>
  ({ tool: 'cdk-validator-cfnguard', rule, path, placement, control, why });

const { INTERNAL, FOR_REVIEW, EXAMPLE } = Placement;

export const ACKNOWLEDGED: Acknowledged[] = [
  // The deploy-time lookup function and its log group. The function and its role are aws-cdk-lib
  // CustomResourceProvider's generic CfnResources, which cdk-nag's Lambda and IAM rules do not inspect:
  // only cfn-guard, which reads the template, reports on them.
  guard('CT.LAMBDA.PR.3', 'lambda_inside_vpc_check', LOOKUP_FUNCTION, INTERNAL,
    'calls only the public Amazon Connect API and the CloudFormation response URL; handles no customer data; a VPC would add NAT cost and failure modes'),
  ...pair('CloudWatchLogGroupEncrypted', LOOKUP_LOG_GROUP, INTERNAL, 'holds profile names and ARNs only; encrypted at rest with service keys'),
  guard('CT.CLOUDWATCH.PR.3', 'cloudwatch_log_group_encrypted_check', LOOKUP_LOG_GROUP, INTERNAL,
    'the lookup log holds profile names and ARNs only, no customer data; CloudWatch Logs encrypts it at rest with service keys'),

  // The access-log bucket.
  // (cdk-nag counts a server access log destination as logged: AwsSolutions-S1 and S3BucketLoggingEnabled
  // pass on it, so the construct's acknowledgements of them are not needed and not listed.)
  ...pair('S3DefaultEncryptionKMS', ACCESS_LOGS_BUCKET, INTERNAL, 'log destinations support SSE-S3 only'),
  ...pair('S3BucketReplicationEnabled', ACCESS_LOGS_BUCKET, INTERNAL, 'access logs, not customer data; give storage.accessLogsBucket to replicate'),
  guard('CT.S3.PR.2', 's3_bucket_logging_enabled_check', ACCESS_LOGS_BUCKET, INTERNAL,
    'it is the server access log destination of the data bucket; logging to itself would log every delivery'),
  guard('CT.S3.PR.10', 's3_bucket_default_encryption_kms_check', ACCESS_LOGS_BUCKET, INTERNAL,
    'S3 delivers server access logs only to buckets with SSE-S3 default encryption'),
  guard('CT.S3.PR.9', 's3_bucket_object_lock_enabled_check', ACCESS_LOGS_BUCKET, INTERNAL,
    'S3 cannot deliver server access logs to a bucket with Object Lock'),
  guard('CT.S3.PR.4', 's3_event_notifications_enabled_check', ACCESS_LOGS_BUCKET, INTERNAL,
    'nothing reacts to log deliveries; turning EventBridge on would need s3:PutBucketNotification in the deployer policy'),

  // The data bucket: findings the data owner decides.
  ...pair('S3BucketReplicationEnabled', DATA_BUCKET, FOR_REVIEW,
    'cross-Region replication needs a destination bucket, role and key the construct cannot choose'),
  guard('CT.S3.PR.9', 's3_bucket_object_lock_enabled_check', DATA_BUCKET, FOR_REVIEW,
    'Object Lock is permanent and only protects with a retention period, which would make every object of the shared bucket undeletable: the data owner decides; Amazon Connect\'s guide uses a dedicated call-recordings bucket'),
  guard('CT.S3.PR.4', 's3_event_notifications_enabled_check', DATA_BUCKET, FOR_REVIEW,
    'which events go where is the application\'s choice (addEventNotification / enableEventBridgeNotification, whose custom resource would overwrite a configuration set here); EventBridge would also need s3:PutBucketNotification in the deployer policy'),

  // The storage key, unless storage.restrictKeyGrantsToAwsResources adds the Deny the control asks for.
  // cdk-validator-cfnguard reports this rule with no resource (see placeUnplaced).
  guard('CT.KMS.PR.3', 'kms_create_grant_aws_service_check', STORAGE_KEY, FOR_REVIEW,
    'Amazon Connect creates its grant with the deployment role\'s credentials and no AWS document says the request carries kms:GrantIsForAWSResource: a Deny on it could stop every storage association; restrictKeyGrantsToAwsResources opts in'),

  // aws-cdk-lib's handler that empties the buckets, with removalPolicy DESTROY only.
  guard('CT.LAMBDA.PR.3', 'lambda_inside_vpc_check', AUTO_DELETE_HANDLER, INTERNAL,
    'aws-cdk-lib\'s auto-delete handler, deployed only with removalPolicy DESTROY; it calls only the S3 API on this stack\'s buckets when they are deleted'),

  // A generated password secret.
  nag('AwsSolutions-SMG4', PASSWORD_SECRET, FOR_REVIEW, 'Amazon Connect keeps its own copy of the password; rotating the secret would not change it'),
  ...pair('SecretsManagerRotationEnabled', PASSWORD_SECRET, FOR_REVIEW, 'Amazon Connect keeps its own copy of the password; rotating the secret would not change it'),

  // The example's caller lookup (examples/contact-center-stack.ts), which the example acknowledges itself.
  ...pair('LambdaDLQ', EXAMPLE_CALLER_LOOKUP, EXAMPLE, 'Amazon Connect invokes it synchronously; a dead-letter queue only receives failed asynchronous invocations'),
  ...pair('LambdaConcurrency', EXAMPLE_CALLER_LOOKUP, EXAMPLE, 'a reservation comes out of the account\'s unreserved pool, which must keep a minimum: it fails in new accounts'),
  ...pair('LambdaInsideVPC', EXAMPLE_CALLER_LOOKUP, EXAMPLE, 'it reaches no network resource; a VPC would add NAT cost and failure modes'),
  guard('CT.LAMBDA.PR.3', 'lambda_inside_vpc_check', EXAMPLE_CALLER_LOOKUP, EXAMPLE,
    'the example\'s caller lookup reaches no network resource (its customers are in its code); a VPC would add NAT cost and failure modes'),
];

/** The Control Tower rules that fail on the construct's resources by design, with why. */
export const CONTROL_TOWER_EXCEPTIONS: Acknowledged[] = ACKNOWLEDGED.filter((a) => a.tool === 'cdk-validator-cfnguard');

/** Whether entry `a` covers `rule` (`<rule>` or `<rule>[<finding>]`, as the harness names findings). */
export function coversRule(a: Acknowledged, rule: string): boolean {
  const [, id, finding] = /^([^[]+)(?:\[(.*)\])?$/s.exec(rule) ?? [];
  return a.rule === id && (a.finding ? finding !== undefined && a.finding.test(finding) : finding === undefined);
}

/** The entry that covers a finding of `tool` for `rule` on `path` (below the stack), if any. */
export function acknowledgementFor(tool: string, rule: string, path: string): Acknowledged | undefined {
  return ACKNOWLEDGED.find((a) => a.tool === tool && coversRule(a, rule) && a.path.test(path));
}

/** A template as the harness reads it. */
interface TemplateJson {
  readonly Resources?: Record<string, { Type: string; Properties?: any; Metadata?: Record<string, unknown> }>;
}

/**
 * The resources a Control Tower rule that cdk-validator-cfnguard reports
 * with no resource fails on, found by the rule's own test, so that the
 * finding can be matched to its documented exception. CT.KMS.PR.3
 * (`kms_create_grant_aws_service_check`) checks that `some Statement[*]` of a
 * key policy is the Deny it asks for; when none is, cfn-guard's failure
 * names no resource path. Undefined for a rule cfn-guard places itself.
 */
export function placeUnplaced(rule: string, template: TemplateJson): string[] | undefined {
  if (rule !== 'kms_create_grant_aws_service_check') {
    return undefined;
  }
  const denies = (statement: any) => statement.Effect === 'Deny'
    && [statement.Action].flat().every((a: string) => a === 'kms:CreateGrant')
    && JSON.stringify(Object.keys(statement.Condition ?? {})) === '["BoolIfExists"]'
    && statement.Condition.BoolIfExists['kms:GrantIsForAWSResource'] === 'false'
    && statement.Condition.BoolIfExists['aws:PrincipalIsAWSService'] === 'false';
  return Object.entries(template.Resources ?? {})
    .filter(([, r]) => r.Type === 'AWS::KMS::Key' && !(r.Properties?.KeyPolicy?.Statement ?? []).some(denies))
    .map(([id]) => id);
}

/** The construct path below the stack of a template's resource (`aws:cdk:path`), or its logical id. */
export function pathBelowStack(template: TemplateJson, logicalId: string): string {
  const cdkPath = template.Resources?.[logicalId]?.Metadata?.['aws:cdk:path'];
  return typeof cdkPath === 'string' ? cdkPath.split('/').slice(1).join('/') : logicalId;
}
