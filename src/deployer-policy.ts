import { Stack, Token } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import { Construct, IConstruct } from 'constructs';
import { IdentityManagementType } from './identity';
import { MONITORING_TYPES, NEXT_STEP_NEEDS, NEXT_STEP_STATEMENTS } from './private/deployer-policy/next-steps';
import { OPERATION_NEEDS, OPERATION_STATEMENTS } from './private/deployer-policy/operations';
import { CONNECT_SLR, connectArn, globalArn, Need as StatementNeed, Placement, PolicyEnvironment, regional, renderPolicy } from './private/deployer-policy/render';
import { PropValidator } from './private/validation';

/** Where a deployer policy applies: the account, Region and partition in its ARNs. */
export interface DeployerPolicyEnvironment {
  /**
   * The account the stacks are deployed to (bucket ARNs name none).
   *
   * @default - the scope's stack's account (`Aws.ACCOUNT_ID` in an environment-agnostic stack); '*' (any account) without a scope
   */
  readonly account?: string;

  /**
   * The Region the stacks are deployed to.
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

/** Options of the deployer policy: where it applies, and for which identity management types. */
export interface DeployerPolicyOptions extends DeployerPolicyEnvironment {
  /**
   * The identity management types of the instances the deployer creates. Only CONNECT_MANAGED
   * and SAML need the `ds:` actions that create and delete Connect's own directory.
   *
   * @default - all three: CONNECT_MANAGED, SAML and EXISTING_DIRECTORY
   */
  readonly identityManagementTypes?: IdentityManagementType[];

  /**
   * Whether the deployer deploys stacks whose `ConnectInstance` has `removalPolicy: DESTROY`:
   * it may then attach `AWSLambdaBasicExecutionRole` to the bucket auto-delete handler's role.
   *
   * @default false
   */
  readonly destroyData?: boolean;
}

/** Options of `DeployerPolicy.forNextSteps`: where it applies, which buckets hold prompts, and whether it covers the monitoring. */
export interface NextStepsDeployerPolicyOptions extends DeployerPolicyEnvironment {
  /**
   * The buckets holding prompts' audio files, which CloudFormation reads with the deployer's credentials.
   *
   * @default - objects of any bucket of the partition
   */
  readonly promptBucketNames?: string[];

  /**
   * Whether the deployer deploys `ContactCenterMonitoring` (alarms whose actions are SNS
   * topics, and dashboards) and an alarm topic; `false` leaves out the CloudWatch and SNS statements.
   *
   * @default true
   */
  readonly monitoring?: boolean;
}

/** The statements of the policy, in rendered order; each shares one set of resources and conditions. */
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

/** Actions a resource type needs, and the statement that grants them. */
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
 * What CloudFormation calls, with the deployer's credentials, to create, update and delete each
 * resource type: the registry schema's create, update and delete handler permissions, less
 * those of properties never set (named by each type), plus the Directory Service and IAM calls
 * Amazon Connect makes while it creates and deletes an instance. The policy is derived from it.
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
    // PutRolePolicy: registry schema; AttachRolePolicy: CreateInstance's dependent actions;
    // DeleteRolePolicy: instance attributes that edit the role (high-volume outbound).
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
    // Connect grants its service-linked role the storage key with the caller's credentials.
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
        // A user's proficiencies (UserProficiencies) and per-channel settings (AutoAcceptConfigs, AfterContactWorkConfigs).
        'connect:AssociateUserProficiencies',
        'connect:DisassociateUserProficiencies',
        'connect:UpdateUserProficiencies',
        'connect:UpdateUserConfig',
        'connect:DeleteUser',
        'connect:TagResource',
        'connect:UntagResource',
      ],
    },
  ],
  // ImportPhoneNumber and sms-voice:DescribePhoneNumbers: importPhoneNumber.
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
  // Left out: bucket features never set, ACLs (disabled), s3:DeleteObject and iam:PassRole.
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
  // Left out: kms:DisableKey, kms:EnableKey, kms:DisableKeyRotation (always enabled, rotated).
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
  // Left out: data protection policies, log deliveries and resource policies (never set).
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
    // Secrets Manager uses the instance's key with the caller's credentials.
    { sid: 'DataStoreSecretEncryption', actions: ['kms:GenerateDataKey', 'kms:Decrypt'] },
  ],
  // Left out: concurrency, code signing, VPC, layers, resource policies, env encryption (never set).
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
  // Left out: permissions boundaries. CustomResourceProvider roles hold inline policies (PutRolePolicy).
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
    // The autoDeleteObjects handler's role has one managed policy, AWSLambdaBasicExecutionRole.
    { sid: 'AutoDeleteObjectsRole', actions: ['iam:AttachRolePolicy', 'iam:DetachRolePolicy'], destroyDataOnly: true },
  ],
  // CloudFormation invokes a custom resource's function with the caller's credentials.
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
 * Where each statement applies: `*` only for the actions that name no resource type in the
 * Service Authorization Reference (`NoResourceLevelPermissions`).
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
  // Grants only for the documented grantee, an Amazon Connect service-linked role; not
  // conditioned on kms:GrantIsForAWSResource, which no document says Connect's request carries.
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
  // Only the one AWS managed policy of the auto-delete handler's role (iam:PolicyARN).
  ['AutoDeleteObjectsRole', {
    resources: (s) => [globalArn(s, 'iam', 'role/*')],
    conditions: (s) => ({ ArnEquals: { 'iam:PolicyARN': `arn:${s.partition}:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole` } }),
  }],
];

/** CloudFormation resource types of custom resources (`Custom::Xxx`) are all `AWS::CloudFormation::CustomResource`. */
const CUSTOM_RESOURCE = 'AWS::CloudFormation::CustomResource';

/**
 * The minimum IAM policy to deploy, update and destroy stacks that use `ConnectInstance`,
 * instead of `AmazonConnect_FullAccess` plus administrator rights. Attach it to the
 * CloudFormation execution role; it does not cover `cdk deploy` itself. Its statements and
 * limits are described in docs/deployer-policy.md; the next steps have `forNextSteps`.
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
   * The minimum policy for `ConnectInstance`, its users and its phone numbers, in the account,
   * Region and partition of `scope`'s stack unless `options` names others.
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
   * The minimum policy for the next steps' resources (hours, flows, queues, profiles, prompts,
   * quick connects, approved origins, integrations) and the monitoring (alarms, dashboards, an
   * alarm topic), on a created or imported instance. A separate document: both together exceed
   * a managed policy's 6,144 characters.
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
   * @see https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazonlexv2.html
   * @see https://docs.aws.amazon.com/connect/latest/adminguide/connect-lambda-functions.html
   * @see https://docs.aws.amazon.com/connect/latest/adminguide/amazon-lex.html
   * @see https://docs.aws.amazon.com/connect/latest/adminguide/security-iam-amazon-connect-permissions.html
   * @see https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazoncloudwatch.html
   * @see https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazonsns.html
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
    if (options.monitoring !== undefined && typeof options.monitoring !== 'boolean') {
      v.fail('monitoring', options.monitoring, 'must be true or false');
    }
    v.throwIfAnyIn('NextStepsDeployerPolicyOptions', 'option');
    const needs = Object.entries(NEXT_STEP_NEEDS).filter(([type]) => options.monitoring !== false || !MONITORING_TYPES.includes(type));
    return renderPolicy(needs.flatMap(([, n]) => n), NEXT_STEP_STATEMENTS, { ...env, promptBuckets });
  }

  /**
   * The minimum policy for the resources a contact center adds after its first week: agent statuses,
   * the user hierarchy, predefined attributes, flow and module versions and aliases, views,
   * vocabularies, security keys, task templates, rules, evaluation forms, e-mail addresses, use cases,
   * data lake associations, data tables, custom metrics, notifications, test cases, workspaces and
   * traffic distribution groups. A third document, for the size of a managed policy. A replica and a
   * group's split of calls are made by the stack's deploy-time function, whose own role holds
   * `connect:ReplicateInstance` (and what it depends on), `connect:DescribeInstance` and
   * `connect:DeleteInstance` on the replica, and `connect:UpdateTrafficDistribution`.
   *
   * @param scope a construct whose stack gives the default account, Region and partition
   * @param options where the policy applies
   * @see https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazonconnect.html
   */
  public static forOperations(scope?: IConstruct, options: DeployerPolicyEnvironment = {}): iam.PolicyDocument {
    checkScope(scope);
    const v = new PropValidator();
    const env = resolveEnvironment(options, scope, v);
    v.throwIfAnyIn('DeployerPolicyEnvironment', 'option');
    return renderPolicy(Object.values(OPERATION_NEEDS).flat(), OPERATION_STATEMENTS, { ...env, promptBuckets: [] });
  }

  /**
   * The CloudFormation resource types `forConnectInstance` covers (custom resources as
   * `AWS::CloudFormation::CustomResource`).
   */
  public static resourceTypes(): string[] {
    return Object.keys(NEEDS).sort();
  }

  /** The CloudFormation resource types `forNextSteps` covers. */
  public static nextStepResourceTypes(): string[] {
    return Object.keys(NEXT_STEP_NEEDS).sort();
  }

  /** The CloudFormation resource types `forOperations` covers. */
  public static operationResourceTypes(): string[] {
    return Object.keys(OPERATION_NEEDS).sort();
  }

  /**
   * The actions the deployer policies grant to create, update and delete one resource type.
   *
   * @param resourceType a CloudFormation resource type, such as `AWS::Connect::Instance`, or `Custom::Xxx`
   * @param options the options of `forConnectInstance` (the next steps' types take none)
   */
  public static actionsFor(resourceType: string, options: DeployerPolicyOptions = {}): string[] {
    const type = resourceType.startsWith('Custom::') ? CUSTOM_RESOURCE : resourceType;
    const needs: readonly StatementNeed[] | undefined = NEEDS[type]
      ? applicable(NEEDS[type], resolve(options))
      : NEXT_STEP_NEEDS[type] ?? OPERATION_NEEDS[type];
    if (needs === undefined) {
      const known = [...DeployerPolicy.resourceTypes(), ...DeployerPolicy.nextStepResourceTypes(), ...DeployerPolicy.operationResourceTypes()];
      known.sort();
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

/** A scope that is not a construct: JavaScript callers passing the options first. */
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

/** Applies the defaults (the stack of `scope`, when given) and checks every option at once. */
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
