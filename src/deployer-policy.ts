import { Stack, Token } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import { Construct, IConstruct } from 'constructs';
import { IdentityManagementType } from './identity';
import { NEXT_STEP_NEEDS, NEXT_STEP_STATEMENTS } from './private/deployer-policy/next-steps';
import { CONNECT_SLR, connectArn, globalArn, Need as StatementNeed, Placement, PolicyEnvironment, regional, renderPolicy } from './private/deployer-policy/render';
import { PropValidator } from './private/validation';

/**
 * Where a deployer policy applies: the account, Region and partition
 * written into its ARNs.
 */
export interface DeployerPolicyEnvironment {
  /**
   * The account the stacks are deployed to; it is written into every ARN
   * that names an account (bucket ARNs name none).
   *
   * @default - the scope's stack's account (`Aws.ACCOUNT_ID` in an environment-agnostic stack); '*' (any account) without a scope
   */
  readonly account?: string;

  /**
   * The Region the stacks are deployed to; it is written into every regional
   * ARN.
   *
   * @default - the scope's stack's Region (`Aws.REGION` in an environment-agnostic stack); '*' (any Region) without a scope
   */
  readonly region?: string;

  /**
   * The partition of the account: `aws`, `aws-cn`, `aws-us-gov`, ...
   *
   * @default - the scope's stack's partition (`Aws.PARTITION`); 'aws' without a scope
   */
  readonly partition?: string;

}

/**
 * Options of the deployer policy: where it applies, and which identity
 * management types the deployer creates instances with.
 */
export interface DeployerPolicyOptions extends DeployerPolicyEnvironment {
  /**
   * The identity management types of the instances the deployer creates.
   * Only instances that Amazon Connect keeps users for (CONNECT_MANAGED,
   * SAML) make Connect create and delete a directory of its own, so a
   * deployer that only links existing directories does not get
   * `ds:CreateIdentityPoolDirectory`, `ds:CreateDirectory` or
   * `ds:DeleteDirectory`.
   *
   * @default - all three: CONNECT_MANAGED, SAML and EXISTING_DIRECTORY
   */
  readonly identityManagementTypes?: IdentityManagementType[];

  /**
   * Whether the deployer deploys stacks whose `ConnectInstance` has
   * `removalPolicy: RemovalPolicy.DESTROY`. Their buckets are emptied by
   * aws-cdk-lib's auto-delete handler, whose role carries the AWS managed
   * policy `AWSLambdaBasicExecutionRole`, so the deployer may then attach and
   * detach that one policy (and no other) to roles. Off by default: a
   * deployer of production stacks, which keep their data, never needs it,
   * and it keeps the document within the 6,144 characters of a managed
   * policy in every partition.
   *
   * @default false
   */
  readonly destroyData?: boolean;
}

/**
 * Options of the next steps' deployer policy
 * (`DeployerPolicy.forNextSteps`): where it applies, and which buckets
 * hold the audio files of prompts.
 */
export interface NextStepsDeployerPolicyOptions extends DeployerPolicyEnvironment {
  /**
   * The names of the buckets that hold the audio files of prompts
   * (`addPrompt`, `new Prompt`). CloudFormation reads each file with the
   * deployer's credentials, so the deployer may read objects of these
   * buckets only.
   *
   * @default - objects of any bucket of the partition
   */
  readonly promptBucketNames?: string[];
}

/**
 * The statements of the policy, in the order they are rendered. Each groups
 * actions by purpose and shares one set of resources and conditions.
 */
type StatementId =
  | 'NoResourceLevelPermissions'
  | 'ConnectInstance'
  | 'ConnectDirectory'
  | 'ConnectServiceLinkedRole'
  | 'ConnectServiceLinkedRolePolicy'
  | 'ConnectStorage'
  | 'ConnectStorageKeyGrants'
  | 'ConnectUsersAndNumbers'
  | 'DataStoreBuckets'
  | 'DataStoreKeys'
  | 'DataStoreLogGroups'
  | 'DataStoreSecrets'
  | 'DataStoreSecretEncryption'
  | 'LookupFunction'
  | 'LookupFunctionCode'
  | 'LookupFunctionRole'
  | 'LookupFunctionPassRole'
  | 'AutoDeleteObjectsRole';

/**
 * Actions a resource type needs, and the statement that grants them.
 */
interface Need extends StatementNeed<StatementId> {
  /**
   * Only instances of these identity management types need the actions.
   *
   * @default - every identity management type
   */
  readonly identityTypes?: readonly IdentityManagementType[];

  /**
   * Only stacks with `removalPolicy: DESTROY` need the actions (`destroyData`).
   *
   * @default false
   */
  readonly destroyDataOnly?: boolean;
}

/** Instances for which Amazon Connect creates (and deletes) a directory of its own. */
const OWN_DIRECTORY = [IdentityManagementType.CONNECT_MANAGED, IdentityManagementType.SAML] as const;

/**
 * What CloudFormation calls, with the deployer's credentials, to create,
 * update and delete each resource type that `ConnectInstance` and its
 * helpers (`addUser`, `addPhoneNumber`) make.
 *
 * The source is each type's CloudFormation registry schema: the
 * `handlers.create`, `handlers.update` and `handlers.delete` permissions,
 * which by the schema's contract list everything those handlers call.
 * Left out: the `read` and `list` handlers (drift detection, resource
 * import), API names that are not IAM actions (`s3:DeleteBucketCors` is
 * authorized by `s3:PutBucketCORS`), and the actions that only serve
 * properties the construct never sets, named in a comment next to the type.
 * Amazon Connect also calls Directory Service and IAM with the caller's
 * credentials while it creates and deletes an instance (admin guide,
 * "Required permissions for using custom IAM policies to manage access to
 * the Amazon Connect console": Create instance, Delete instance): those are
 * listed with `AWS::Connect::Instance`.
 *
 * The policy is derived from this table: every action here is granted by
 * the statement named next to it, and nothing else is granted.
 */
const NEEDS: { readonly [resourceType: string]: readonly Need[] } = {
  'AWS::Connect::Instance': [
    { sid: 'NoResourceLevelPermissions', actions: ['connect:CreateInstance'] },
    {
      sid: 'ConnectInstance',
      actions: [
        'connect:DescribeInstance',
        'connect:ListInstanceAttributes',
        'connect:UpdateInstanceAttribute',
        'connect:DeleteInstance',
        'connect:TagResource',
        'connect:UntagResource',
      ],
    },
    { sid: 'NoResourceLevelPermissions', actions: ['ds:CheckAlias', 'ds:DescribeDirectories'] },
    { sid: 'NoResourceLevelPermissions', actions: ['ds:CreateIdentityPoolDirectory', 'ds:CreateDirectory'], identityTypes: OWN_DIRECTORY },
    { sid: 'ConnectDirectory', actions: ['ds:CreateAlias', 'ds:AuthorizeApplication', 'ds:UnauthorizeApplication'] },
    { sid: 'ConnectDirectory', actions: ['ds:DeleteDirectory'], identityTypes: OWN_DIRECTORY },
    { sid: 'ConnectServiceLinkedRole', actions: ['iam:CreateServiceLinkedRole'] },
    // PutRolePolicy: registry schema. AttachRolePolicy: CreateInstance's dependent actions.
    // DeleteRolePolicy: the console's telephony page, for instance attributes
    // (high-volume outbound) that add to and remove from the role.
    { sid: 'ConnectServiceLinkedRolePolicy', actions: ['iam:PutRolePolicy', 'iam:AttachRolePolicy', 'iam:DeleteRolePolicy'] },
    // Amazon Connect creates the flow-log group /aws/connect/<alias> itself.
    { sid: 'DataStoreLogGroups', actions: ['logs:CreateLogGroup'] },
  ],
  'AWS::Connect::InstanceStorageConfig': [
    { sid: 'ConnectInstance', actions: ['connect:DescribeInstance'] },
    {
      sid: 'ConnectStorage',
      actions: [
        'connect:AssociateInstanceStorageConfig',
        'connect:UpdateInstanceStorageConfig',
        'connect:DisassociateInstanceStorageConfig',
        's3:GetBucketAcl',
        's3:GetBucketLocation',
        'kinesis:DescribeStream',
        'firehose:DescribeDeliveryStream',
        'kms:DescribeKey',
        'kms:RetireGrant',
      ],
    },
    // Connect creates a grant on the storage key for the instance's
    // service-linked role, with the caller's credentials.
    { sid: 'ConnectStorageKeyGrants', actions: ['kms:CreateGrant'] },
    { sid: 'NoResourceLevelPermissions', actions: ['ds:DescribeDirectories'] },
    { sid: 'ConnectServiceLinkedRolePolicy', actions: ['iam:PutRolePolicy'] },
  ],
  // Left out: the user proficiency actions (UserProficiencies is never set).
  'AWS::Connect::User': [
    {
      sid: 'ConnectUsersAndNumbers',
      actions: [
        'connect:CreateUser',
        'connect:UpdateUserIdentityInfo',
        'connect:UpdateUserPhoneConfig',
        'connect:UpdateUserRoutingProfile',
        'connect:UpdateUserSecurityProfiles',
        'connect:UpdateUserHierarchy',
        'connect:DeleteUser',
        'connect:TagResource',
        'connect:UntagResource',
      ],
    },
  ],
  // ImportPhoneNumber and sms-voice:DescribePhoneNumbers: importPhoneNumber
  // (SourcePhoneNumberArn, an AWS End User Messaging number).
  'AWS::Connect::PhoneNumber': [
    {
      sid: 'ConnectUsersAndNumbers',
      actions: [
        'connect:SearchAvailablePhoneNumbers',
        'connect:ClaimPhoneNumber',
        'connect:ImportPhoneNumber',
        'sms-voice:DescribePhoneNumbers',
        'connect:DescribePhoneNumber',
        'connect:UpdatePhoneNumber',
        'connect:UpdatePhoneNumberMetadata',
        'connect:ReleasePhoneNumber',
        'connect:TagResource',
        'connect:UntagResource',
      ],
    },
  ],
  // Left out: replication, website, notification, inventory, analytics,
  // metrics, accelerate, object lock and intelligent-tiering writes, ACLs
  // (s3:PutBucketAcl, s3:PutObjectAcl: the buckets disable ACLs and log
  // through a bucket policy), s3:DeleteObject and iam:PassRole (replication role).
  'AWS::S3::Bucket': [
    {
      sid: 'DataStoreBuckets',
      actions: [
        's3:CreateBucket',
        's3:ListBucket',
        's3:GetBucketAcl',
        's3:PutBucketTagging',
        's3:PutEncryptionConfiguration',
        's3:PutBucketVersioning',
        's3:PutLifecycleConfiguration',
        's3:PutBucketCORS',
        's3:PutBucketLogging',
        's3:PutBucketPublicAccessBlock',
        's3:PutBucketOwnershipControls',
        's3:DeleteBucket',
      ],
    },
  ],
  'AWS::S3::BucketPolicy': [
    { sid: 'DataStoreBuckets', actions: ['s3:GetBucketPolicy', 's3:PutBucketPolicy', 's3:DeleteBucketPolicy'] },
  ],
  // Left out: kms:DisableKey, kms:EnableKey, kms:DisableKeyRotation (the key
  // is always enabled and rotated).
  'AWS::KMS::Key': [
    { sid: 'NoResourceLevelPermissions', actions: ['kms:CreateKey'] },
    {
      sid: 'DataStoreKeys',
      actions: [
        'kms:DescribeKey',
        'kms:PutKeyPolicy',
        'kms:EnableKeyRotation',
        'kms:UpdateKeyDescription',
        'kms:TagResource',
        'kms:UntagResource',
        'kms:ListResourceTags',
        'kms:ScheduleKeyDeletion',
      ],
    },
  ],
  // Left out: data protection policy writes, log deliveries and resource
  // policies (never set).
  'AWS::Logs::LogGroup': [
    {
      sid: 'DataStoreLogGroups',
      actions: [
        'logs:CreateLogGroup',
        'logs:DescribeLogGroups',
        'logs:PutRetentionPolicy',
        'logs:DeleteRetentionPolicy',
        'logs:AssociateKmsKey',
        'logs:DisassociateKmsKey',
        'logs:GetDataProtectionPolicy',
        'logs:TagResource',
        'logs:UntagResource',
        'logs:DeleteLogGroup',
      ],
    },
  ],
  // Left out: secretsmanager:ReplicateSecretToRegions (no replica Regions).
  'AWS::SecretsManager::Secret': [
    {
      sid: 'DataStoreSecrets',
      actions: [
        'secretsmanager:CreateSecret',
        'secretsmanager:DescribeSecret',
        // Also what resolves the {{resolve:secretsmanager:...}} password of a user.
        'secretsmanager:GetSecretValue',
        'secretsmanager:UpdateSecret',
        'secretsmanager:TagResource',
        'secretsmanager:UntagResource',
        'secretsmanager:RemoveRegionsFromReplication',
        'secretsmanager:DeleteSecret',
      ],
    },
    { sid: 'NoResourceLevelPermissions', actions: ['secretsmanager:GetRandomPassword'] },
    // The secret is encrypted with the instance's key: Secrets Manager uses it
    // with the caller's credentials.
    { sid: 'DataStoreSecretEncryption', actions: ['kms:GenerateDataKey', 'kms:Decrypt'] },
  ],
  // Left out: concurrency, code signing, VPC (ec2:Describe*), layers,
  // resource-based policy and customer-key environment encryption actions
  // (never set).
  'AWS::Lambda::Function': [
    {
      sid: 'LookupFunction',
      actions: [
        'lambda:CreateFunction',
        'lambda:GetFunction',
        'lambda:GetFunctionCodeSigningConfig',
        'lambda:GetRuntimeManagementConfig',
        'lambda:UpdateFunctionCode',
        'lambda:UpdateFunctionConfiguration',
        'lambda:TagResource',
        'lambda:UntagResource',
        'lambda:ListTags',
        'lambda:DeleteFunction',
      ],
    },
    // Lambda reads the code from the CDK asset bucket with the caller's credentials.
    { sid: 'LookupFunctionCode', actions: ['s3:GetObject', 's3:GetObjectVersion'] },
    { sid: 'LookupFunctionPassRole', actions: ['iam:PassRole'] },
  ],
  // Left out: the permissions boundary actions (no role has a boundary).
  // The roles of aws-cdk-lib's CustomResourceProvider (the lookup's, and with
  // removalPolicy DESTROY the auto-delete handler's) hold their policy inline
  // (`Policies`), which CloudFormation writes with PutRolePolicy.
  'AWS::IAM::Role': [
    {
      sid: 'LookupFunctionRole',
      actions: [
        'iam:CreateRole',
        'iam:GetRole',
        'iam:UpdateRole',
        'iam:UpdateRoleDescription',
        'iam:UpdateAssumeRolePolicy',
        'iam:TagRole',
        'iam:UntagRole',
        'iam:ListRolePolicies',
        'iam:ListAttachedRolePolicies',
        'iam:PutRolePolicy',
        'iam:GetRolePolicy',
        'iam:DeleteRolePolicy',
        'iam:DeleteRole',
      ],
    },
    // With removalPolicy DESTROY, aws-cdk-lib's handler that empties the
    // buckets (autoDeleteObjects) has a role with one managed policy,
    // AWSLambdaBasicExecutionRole, which CloudFormation attaches and detaches.
    { sid: 'AutoDeleteObjectsRole', actions: ['iam:AttachRolePolicy', 'iam:DetachRolePolicy'], destroyDataOnly: true },
  ],
  // CloudFormation invokes the function behind a custom resource with the
  // caller's credentials.
  'AWS::CloudFormation::CustomResource': [
    { sid: 'LookupFunction', actions: ['lambda:InvokeFunction'] },
  ],
};

/** Resolved options. */
interface Scope extends PolicyEnvironment {
  readonly identityTypes: readonly IdentityManagementType[];
  readonly destroyData: boolean;
}

type StatementScope = Placement<Scope>;

/** The grantee of the grants Amazon Connect creates on a storage key: an instance's service-linked role. */
const CONNECT_SLR_GRANTEE = 'role/aws-service-role/connect.amazonaws.com/AWSServiceRoleForAmazonConnect_*';

const buckets = (s: Scope) => `arn:${s.partition}:s3:::*`;
const keys = (s: Scope) => regional(s, 'kms', 'key/*');

/**
 * Where each statement applies. `*` only in `NoResourceLevelPermissions`,
 * for the actions that name no resource type in the Service Authorization
 * Reference: connect:CreateInstance, ds:CheckAlias, ds:DescribeDirectories,
 * ds:CreateIdentityPoolDirectory, ds:CreateDirectory, kms:CreateKey and
 * secretsmanager:GetRandomPassword. Bucket ARNs name no account or Region.
 */
const STATEMENTS: ReadonlyArray<[StatementId, StatementScope]> = [
  ['NoResourceLevelPermissions', { resources: () => ['*'] }],
  ['ConnectInstance', { resources: (s) => [connectArn(s, 'instance/*')] }],
  ['ConnectDirectory', { resources: (s) => [regional(s, 'ds', 'directory/*')] }],
  ['ConnectServiceLinkedRole', {
    resources: (s) => [globalArn(s, 'iam', CONNECT_SLR)],
    conditions: () => ({ StringEquals: { 'iam:AWSServiceName': 'connect.amazonaws.com' } }),
  }],
  ['ConnectServiceLinkedRolePolicy', { resources: (s) => [globalArn(s, 'iam', CONNECT_SLR)] }],
  ['ConnectStorage', {
    resources: (s) => [
      connectArn(s, 'instance/*'),
      buckets(s),
      regional(s, 'kinesis', 'stream/*'),
      regional(s, 'firehose', 'deliverystream/*'),
      keys(s),
    ],
  }],
  // Grants only for an Amazon Connect service-linked role, the documented
  // grantee ("a grant on the key with the corresponding Amazon Connect
  // instance service role as the grantee principal"). Not conditioned on
  // kms:GrantIsForAWSResource: no document says that Connect's request
  // carries it, and the grantee condition holds either way.
  ['ConnectStorageKeyGrants', {
    resources: (s) => [keys(s)],
    conditions: (s) => ({ StringLike: { 'kms:GranteePrincipal': globalArn(s, 'iam', CONNECT_SLR_GRANTEE) } }),
  }],
  ['ConnectUsersAndNumbers', {
    resources: (s) => [connectArn(s, 'instance/*'), connectArn(s, 'phone-number/*'), regional(s, 'sms-voice', 'phone-number/*')],
  }],
  ['DataStoreBuckets', { resources: (s) => [buckets(s)] }],
  ['DataStoreKeys', { resources: (s) => [keys(s)] }],
  ['DataStoreLogGroups', { resources: (s) => [regional(s, 'logs', 'log-group:*')] }],
  ['DataStoreSecrets', { resources: (s) => [regional(s, 'secretsmanager', 'secret:*')] }],
  ['DataStoreSecretEncryption', {
    resources: (s) => [keys(s)],
    // Only through Secrets Manager (secretsmanager.<region>.<domain> in every partition).
    conditions: (s) => ({ StringLike: { 'kms:ViaService': `secretsmanager.${s.region}.*` } }),
  }],
  ['LookupFunction', { resources: (s) => [regional(s, 'lambda', 'function:*')] }],
  // The CDK bootstrap's file asset bucket, cdk-<qualifier>-assets-<account>-<region>.
  ['LookupFunctionCode', { resources: (s) => [`arn:${s.partition}:s3:::cdk-*-assets-${s.account}-${s.region}/*`] }],
  ['LookupFunctionRole', { resources: (s) => [globalArn(s, 'iam', 'role/*')] }],
  ['LookupFunctionPassRole', {
    resources: (s) => [globalArn(s, 'iam', 'role/*')],
    conditions: () => ({ StringEquals: { 'iam:PassedToService': 'lambda.amazonaws.com' } }),
  }],
  // Only the one AWS managed policy the auto-delete handler's role carries
  // (iam:PolicyARN is a condition key of AttachRolePolicy and DetachRolePolicy).
  ['AutoDeleteObjectsRole', {
    resources: (s) => [globalArn(s, 'iam', 'role/*')],
    conditions: (s) => ({ ArnEquals: { 'iam:PolicyARN': `arn:${s.partition}:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole` } }),
  }],
];

/** CloudFormation resource types of custom resources (`Custom::Xxx`) are all `AWS::CloudFormation::CustomResource`. */
const CUSTOM_RESOURCE = 'AWS::CloudFormation::CustomResource';

/**
 * "Before you start" as code: the minimum IAM policy a principal needs to
 * deploy, update and destroy stacks that use `ConnectInstance` — instead of
 * `AmazonConnect_FullAccess` plus administrator rights.
 *
 * Attach it to the CloudFormation execution role (`cdk bootstrap
 * --cloudformation-execution-policies`) or to the role CloudFormation runs
 * as. It covers what CloudFormation does to the resources, not `cdk deploy`
 * itself (`cloudformation:*`, publishing assets, reading the bootstrap
 * version), which the CDK bootstrap's deploy and publishing roles do.
 *
 * It grants:
 *
 * | statement | for |
 * |---|---|
 * | NoResourceLevelPermissions | the actions that only accept `*`: connect:CreateInstance, the Directory Service lookups and directory creation, kms:CreateKey, secretsmanager:GetRandomPassword |
 * | ConnectInstance | `AWS::Connect::Instance` |
 * | ConnectDirectory | the Directory Service calls Amazon Connect makes for the instance's directory, its own or an existing one |
 * | ConnectServiceLinkedRole, ConnectServiceLinkedRolePolicy | creating `AWSServiceRoleForAmazonConnect_*` (only for `connect.amazonaws.com`) and updating its policies, on that role path only |
 * | ConnectStorage, ConnectStorageKeyGrants | `AWS::Connect::InstanceStorageConfig`: the storage targets, and KMS grants only for an Amazon Connect service-linked role (`kms:GranteePrincipal`), the grantee Amazon Connect documents; not conditioned on `kms:GrantIsForAWSResource`, which no document says Connect's request carries |
 * | ConnectUsersAndNumbers | `AWS::Connect::User`, `AWS::Connect::PhoneNumber` (and reading the AWS End User Messaging number an import names) |
 * | DataStore* | the bucket and its access-log bucket, the KMS key, the log groups, the password secret (KMS use only through Secrets Manager) |
 * | LookupFunction* | the deploy-time profile lookup: its function, code, role and inline policy, `iam:PassRole` only to Lambda, and invoking it as a custom resource; with `removalPolicy: DESTROY` the same for aws-cdk-lib's handler that empties the buckets (`autoDeleteObjects`) |
 * | AutoDeleteObjectsRole | only with `destroyData: true`, for stacks with `removalPolicy: DESTROY`: attaching and detaching `AWSLambdaBasicExecutionRole`, and no other policy, to that handler's role |
 *
 * What it does not cover: other resources in the same stacks; a storage key
 * in another account (its key policy must allow the grants); a CDK asset
 * bucket encrypted with a customer managed key (add `kms:Decrypt` on it);
 * and what only the `read` and `list` handlers need (drift detection,
 * resource import). The rendered document stays under the 6,144-character
 * limit of a managed policy.
 *
 * The next steps' resources (hours, flows, queues, profiles, prompts, quick
 * connects, approved origins, integrations) have a document of their own,
 * `forNextSteps`, which also fits in a managed policy: the two together do
 * not.
 *
 * @see https://docs.aws.amazon.com/connect/latest/adminguide/security-iam-amazon-connect-permissions.html
 * @see https://docs.aws.amazon.com/connect/latest/adminguide/security_iam_awsmanpol.html
 * @see https://docs.aws.amazon.com/connect/latest/adminguide/connect-slr.html
 * @see https://docs.aws.amazon.com/connect/latest/adminguide/key-management.html
 * @see https://github.com/aws-cloudformation/aws-cloudformation-resource-providers-connect
 * @see https://docs.aws.amazon.com/cloudformation-cli/latest/userguide/resource-type-schema.html
 * @see https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazonconnect.html
 * @see https://docs.aws.amazon.com/service-authorization/latest/reference/list_awsdirectoryservice.html
 * @see https://docs.aws.amazon.com/kms/latest/developerguide/conditions-kms.html#conditions-kms-grant-is-for-aws-resource
 * @see https://docs.aws.amazon.com/kms/latest/developerguide/conditions-kms.html#conditions-kms-grantee-principal
 * @see https://docs.aws.amazon.com/secretsmanager/latest/userguide/security-encryption.html
 * @see https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use_passrole.html
 * @see https://docs.aws.amazon.com/service-authorization/latest/reference/list_awsidentityandaccessmanagementiam.html
 */
export class DeployerPolicy {
  /**
   * The minimum policy to deploy, update and destroy stacks that use
   * `ConnectInstance`, its users and its phone numbers.
   *
   * Its ARNs are in the account, Region and partition of `scope`'s stack
   * unless `options` names others; without a scope, in any account and
   * Region of the `aws` partition. (Breaking change before 1.0: the options
   * came first.)
   *
   * ```ts fixture=with-imports
   * import * as iam from 'aws-cdk-lib/aws-iam';
   * import { DeployerPolicy } from 'cdk-connect-instance';
   *
   * new iam.ManagedPolicy(this, 'ConnectDeployer', {
   *   document: DeployerPolicy.forConnectInstance(this),
   * });
   * ```
   *
   * @param scope a construct whose stack gives the default account, Region and partition
   * @param options where the policy applies, and which identity management types it serves
   */
  public static forConnectInstance(scope?: IConstruct, options: DeployerPolicyOptions = {}): iam.PolicyDocument {
    checkScope(scope);
    const target = resolve(options, scope);
    const needs = Object.values(NEEDS).flatMap((n) => applicable(n, target));
    return renderPolicy(needs, STATEMENTS, target);
  }

  /**
   * The minimum policy to deploy, update and destroy the next steps'
   * resources: hours of operation, flows and flow modules, queues, routing
   * and security profiles, prompts, quick connects, approved origins and
   * integration associations (with the Lambda permission), made by the
   * instance's `add…` methods or their constructs, on an instance created
   * here or imported.
   *
   * A second document, not an option of `forConnectInstance`: the two do not
   * fit together in one managed policy (6,144 characters), and a team that
   * adds queues and flows to another team's instance needs only this one.
   * Attach both to the role that deploys the instance and its next steps.
   *
   * ```ts fixture=with-imports
   * import * as iam from 'aws-cdk-lib/aws-iam';
   * import { DeployerPolicy } from 'cdk-connect-instance';
   *
   * new iam.ManagedPolicy(this, 'ConnectNextStepsDeployer', {
   *   document: DeployerPolicy.forNextSteps(this, { promptBucketNames: ['acme-connect-prompts'] }),
   * });
   * ```
   *
   * @param scope a construct whose stack gives the default account, Region and partition
   * @param options where the policy applies, and which buckets hold prompts
   * @see https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazonconnect.html
   * @see https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazonlexv2.html
   * @see https://docs.aws.amazon.com/connect/latest/adminguide/connect-lambda-functions.html
   * @see https://docs.aws.amazon.com/connect/latest/adminguide/amazon-lex.html
   */
  public static forNextSteps(scope?: IConstruct, options: NextStepsDeployerPolicyOptions = {}): iam.PolicyDocument {
    checkScope(scope);
    const v = new PropValidator();
    const env = resolveEnvironment(options, scope, v);
    const promptBuckets = options.promptBucketNames ?? ['*'];
    const badBuckets = promptBuckets.filter((b) => !Token.isUnresolved(b) && !BUCKET_NAME.test(b));
    if (promptBuckets.length === 0 || badBuckets.length > 0) {
      v.fail('promptBucketNames', promptBuckets, 'must list one or more bucket names');
    }
    v.throwIfAnyIn('NextStepsDeployerPolicyOptions', 'option');
    return renderPolicy(Object.values(NEXT_STEP_NEEDS).flat(), NEXT_STEP_STATEMENTS, { ...env, promptBuckets });
  }

  /**
   * The CloudFormation resource types `forConnectInstance` covers: those
   * `ConnectInstance`, `addUser` and `addPhoneNumber` create. Custom
   * resources (`Custom::Xxx`) count as `AWS::CloudFormation::CustomResource`.
   */
  public static resourceTypes(): string[] {
    return Object.keys(NEEDS).sort();
  }

  /**
   * The CloudFormation resource types `forNextSteps` covers: those the
   * instance's other `add…` methods (and their constructs) create.
   */
  public static nextStepResourceTypes(): string[] {
    return Object.keys(NEXT_STEP_NEEDS).sort();
  }

  /**
   * The actions the deployer policies grant for one CloudFormation resource
   * type, to create, update and delete it: `forConnectInstance` for its
   * types, `forNextSteps` for the next steps' types.
   *
   * @param resourceType a CloudFormation resource type, such as `AWS::Connect::Instance`, or `Custom::Xxx`
   * @param options the options of `forConnectInstance` (the next steps' types take none)
   */
  public static actionsFor(resourceType: string, options: DeployerPolicyOptions = {}): string[] {
    const type = resourceType.startsWith('Custom::') ? CUSTOM_RESOURCE : resourceType;
    const needs: readonly StatementNeed[] | undefined = NEEDS[type] ? applicable(NEEDS[type], resolve(options)) : NEXT_STEP_NEEDS[type];
    if (needs === undefined) {
      const known = [...DeployerPolicy.resourceTypes(), ...DeployerPolicy.nextStepResourceTypes()].sort();
      // Thrown: a lookup of one value, with nothing else to collect.
      throw new Error(`resourceType must be one of the resource types a ConnectInstance and its next steps create (${known.join(', ')}) or Custom::*, got ${JSON.stringify(resourceType)}`);
    }
    return [...new Set(needs.flatMap((need) => need.actions))].sort();
  }

  private constructor() {}
}

function applicable(needs: readonly Need[], scope: Scope): Need[] {
  return needs.filter((need) => (need.identityTypes === undefined
    || need.identityTypes.some((t) => scope.identityTypes.includes(t)))
    && (!need.destroyDataOnly || scope.destroyData));
}

const ACCOUNT = /^(\d{12}|\*)$/;
const REGION = /^([a-z]{2}(-[a-z]+)+-\d+|\*)$/;
const PARTITION = /^aws(-[a-z]+)*$/;

/** A scope that is not a construct: the options came first before 1.0 (JavaScript callers). */
function checkScope(scope: IConstruct | undefined): void {
  if (scope !== undefined && !Construct.isConstruct(scope)) {
    // Thrown at once: the other options cannot be read from the wrong argument.
    throw new Error(`scope must be a construct, such as the stack the policy is created in, got ${JSON.stringify(scope)}: the options are the second argument`);
  }
}

/** A bucket name (S3's general purpose bucket naming rules), or `*`. */
const BUCKET_NAME = /^([a-z0-9][a-z0-9.-]{1,61}[a-z0-9]|\*)$/;

/** The account, Region and partition: the options, else the stack of `scope`, else any. */
function resolveEnvironment(options: DeployerPolicyEnvironment, scope: IConstruct | undefined, v: PropValidator): PolicyEnvironment {
  const stack = scope !== undefined ? Stack.of(scope) : undefined;
  const check = (prop: string, value: string, pattern: RegExp, rule: string) => {
    if (!Token.isUnresolved(value) && !pattern.test(value)) {
      v.fail(prop, value, rule);
    }
  };
  const account = options.account ?? stack?.account ?? '*';
  const region = options.region ?? stack?.region ?? '*';
  const partition = options.partition ?? stack?.partition ?? 'aws';
  check('account', account, ACCOUNT, 'must be a 12-digit account id or *');
  check('region', region, REGION, 'must be a Region name such as us-east-1, or *');
  check('partition', partition, PARTITION, 'must be a partition such as aws, aws-cn or aws-us-gov');
  return { account, region, partition };
}

/**
 * Applies the defaults (the stack of `scope`, when given) and checks every
 * option, reporting all problems at once.
 */
function resolve(options: DeployerPolicyOptions, scope?: IConstruct): Scope {
  const v = new PropValidator();
  const env = resolveEnvironment(options, scope, v);
  const identityTypes = options.identityManagementTypes ?? Object.values(IdentityManagementType);
  const known: string[] = Object.values(IdentityManagementType);
  const unknown = identityTypes.filter((t) => !known.includes(t));
  if (identityTypes.length === 0 || unknown.length > 0) {
    v.fail('identityManagementTypes', identityTypes, `must list one or more of ${known.join(', ')}`);
  }
  v.throwIfAnyIn('DeployerPolicyOptions', 'option');
  return { ...env, identityTypes, destroyData: options.destroyData ?? false };
}
