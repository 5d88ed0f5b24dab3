import { CONNECT_SLR, connectArn, globalArn, Need, Placement, PolicyEnvironment, regional } from './render';

/** Where the next steps' policy applies, and which buckets hold prompts. */
export interface NextStepsTarget extends PolicyEnvironment {
  /** Bucket names, or `['*']` for any bucket. */
  readonly promptBuckets: readonly string[];
}

/** The statements of the next steps' policy, in the order they are rendered. */
type NextStepStatementId =
  | 'NoResourceLevelPermissions'
  | 'ConnectResources'
  | 'ConnectQueueCallerId'
  | 'PromptAudio'
  | 'PromptAudioKeys'
  | 'IntegrationFunctionPolicy'
  | 'IntegrationBotAliasPolicy'
  | 'ConnectServiceLinkedRole'
  | 'ConnectServiceLinkedRolePolicy';

type NextStepNeed = Need<NextStepStatementId>;

/** Tags: every type below is taggable (the schemas' `tagging.permissions`), and CloudFormation propagates stack tags. */
const TAGS = ['connect:TagResource', 'connect:UntagResource'];

/**
 * What CloudFormation calls, with the deployer's credentials, to create,
 * update and delete each resource type that the next steps (`addQueue`,
 * `addContactFlow`, … or `new Queue(…)`) make: the
 * `handlers.create/update/delete.permissions` of each type's registry schema
 * (aws-cloudformation-resource-providers-connect, also published with the
 * CloudFormation resource type schemas; the copies read are those of
 * hashicorp/terraform-provider-awscc, internal/service/cloudformation/schemas/AWS_Connect_*.json,
 * and for ApprovedOrigin the stackql-registry rendering of its schema).
 * Left out, as for the instance: the read and list handlers, and the
 * actions of properties the constructs never set, named next to the type.
 */
export const NEXT_STEP_NEEDS: { readonly [resourceType: string]: readonly NextStepNeed[] } = {
  // Left out: Create/Update/DeleteHoursOfOperationOverride
  // (HoursOfOperationOverrides is never set). ListHoursOfOperationOverrides
  // is kept: the update handler reads the overrides to compare them.
  'AWS::Connect::HoursOfOperation': [
    {
      sid: 'ConnectResources',
      actions: ['connect:CreateHoursOfOperation', 'connect:UpdateHoursOfOperation', 'connect:ListHoursOfOperationOverrides', 'connect:DeleteHoursOfOperation', ...TAGS],
    },
  ],
  'AWS::Connect::ContactFlow': [
    {
      sid: 'ConnectResources',
      actions: ['connect:CreateContactFlow', 'connect:UpdateContactFlowMetadata', 'connect:UpdateContactFlowContent', 'connect:DeleteContactFlow', ...TAGS],
    },
  ],
  'AWS::Connect::ContactFlowModule': [
    {
      sid: 'ConnectResources',
      actions: [
        'connect:CreateContactFlowModule',
        'connect:UpdateContactFlowModuleMetadata',
        'connect:UpdateContactFlowModuleContent',
        'connect:DeleteContactFlowModule',
        ...TAGS,
      ],
    },
  ],
  // Left out: UpdateQueueOutboundEmailConfig, UpdateQueueStatus and
  // Associate/DisassociateQueueQuickConnects (OutboundEmailConfig, Status and
  // QuickConnectArns are never set).
  'AWS::Connect::Queue': [
    {
      sid: 'ConnectResources',
      actions: [
        'connect:CreateQueue',
        'connect:UpdateQueueHoursOfOperation',
        'connect:UpdateQueueMaxContacts',
        'connect:UpdateQueueName',
        'connect:UpdateQueueOutboundCallerConfig',
        'connect:DeleteQueue',
        ...TAGS,
      ],
    },
    // The caller ID number is a phone-number/<id> resource, outside the
    // instance's ARN (CreateQueue: "Only use the phone number ARN format that
    // doesn't contain instance in the path"; IAM policies on queue actions
    // name phone number resources).
    { sid: 'ConnectQueueCallerId', actions: ['connect:CreateQueue', 'connect:UpdateQueueOutboundCallerConfig'] },
  ],
  'AWS::Connect::RoutingProfile': [
    {
      sid: 'ConnectResources',
      actions: [
        'connect:CreateRoutingProfile',
        'connect:AssociateRoutingProfileQueues',
        'connect:DisassociateRoutingProfileQueues',
        'connect:ListRoutingProfileQueues',
        'connect:UpdateRoutingProfileConcurrency',
        'connect:UpdateRoutingProfileName',
        'connect:UpdateRoutingProfileDefaultOutboundQueue',
        'connect:UpdateRoutingProfileQueues',
        'connect:UpdateRoutingProfileAgentAvailabilityTimer',
        'connect:DeleteRoutingProfile',
        ...TAGS,
      ],
    },
  ],
  'AWS::Connect::SecurityProfile': [
    { sid: 'ConnectResources', actions: ['connect:CreateSecurityProfile', 'connect:UpdateSecurityProfile', 'connect:DeleteSecurityProfile', ...TAGS] },
  ],
  // The create and update handlers read the audio file with the deployer's
  // credentials (s3:GetObject, s3:GetObjectAcl, and kms:Decrypt for a
  // bucket encrypted with a KMS key), not with Amazon Connect's
  // service-linked role: the bucket needs no policy for Amazon Connect.
  'AWS::Connect::Prompt': [
    { sid: 'ConnectResources', actions: ['connect:CreatePrompt', 'connect:UpdatePrompt', 'connect:DeletePrompt', ...TAGS] },
    { sid: 'PromptAudio', actions: ['s3:GetObject', 's3:GetObjectAcl'] },
    { sid: 'PromptAudioKeys', actions: ['kms:Decrypt'] },
  ],
  'AWS::Connect::QuickConnect': [
    { sid: 'ConnectResources', actions: ['connect:CreateQuickConnect', 'connect:UpdateQuickConnectName', 'connect:UpdateQuickConnectConfig', 'connect:DeleteQuickConnect', ...TAGS] },
  ],
  'AWS::Connect::ApprovedOrigin': [
    { sid: 'ConnectResources', actions: ['connect:AssociateApprovedOrigin', 'connect:ListApprovedOrigins', 'connect:DisassociateApprovedOrigin'] },
  ],
  // Only what the LAMBDA_FUNCTION and LEX_BOT (Lex V2 alias) types need,
  // the only ones `Integration` makes. Left out: CreateIntegrationAssociation,
  // DeleteIntegrationAssociation and the app-integrations, cases, wisdom,
  // voiceid, events, ses and mobiletargeting actions (the other types), and
  // lex:GetBot (Lex V1 bots).
  'AWS::Connect::IntegrationAssociation': [
    {
      sid: 'ConnectResources',
      actions: [
        'connect:DescribeInstance',
        'connect:AssociateLambdaFunction',
        'connect:DisassociateLambdaFunction',
        'connect:ListLambdaFunctions',
        'connect:AssociateBot',
        'connect:DisassociateBot',
        'connect:ListBots',
        'connect:ListIntegrationAssociations',
        'connect:ListTagsForResource',
        ...TAGS,
      ],
    },
    { sid: 'NoResourceLevelPermissions', actions: ['ds:DescribeDirectories'] },
    // Amazon Connect adds (and removes) its own statement to the function's
    // resource policy, with the deployer's credentials.
    { sid: 'IntegrationFunctionPolicy', actions: ['lambda:AddPermission', 'lambda:RemovePermission'] },
    // Amazon Connect writes the bot alias's resource policy that lets it use
    // the alias, with the deployer's credentials.
    {
      sid: 'IntegrationBotAliasPolicy',
      actions: [
        'lex:DescribeBotAlias',
        'lex:CreateResourcePolicy',
        'lex:UpdateResourcePolicy',
        'lex:CreateResourcePolicyStatement',
        'lex:DeleteResourcePolicy',
        'lex:DeleteResourcePolicyStatement',
      ],
    },
    // Amazon Connect's service-linked role, which it may create and whose
    // policies it updates for the integration.
    { sid: 'ConnectServiceLinkedRole', actions: ['iam:CreateServiceLinkedRole'] },
    { sid: 'ConnectServiceLinkedRolePolicy', actions: ['iam:AttachRolePolicy', 'iam:GetRolePolicy', 'iam:PutRolePolicy', 'iam:DeleteRolePolicy'] },
  ],
  // The statement that lets Amazon Connect invoke the function for this
  // instance (IntegrationAssociation's `addPermission`). Registry schema of
  // AWS::Lambda::Permission: create lambda:AddPermission, delete lambda:RemovePermission.
  'AWS::Lambda::Permission': [
    { sid: 'IntegrationFunctionPolicy', actions: ['lambda:AddPermission', 'lambda:RemovePermission'] },
  ],
};

/**
 * Where each statement applies. Amazon Connect's resources are all under
 * `instance/<id>/...` (Service Authorization Reference, "Resource types
 * defined by Amazon Connect"), so `instance/*` covers the instance and them;
 * a phone number is `phone-number/<id>`. Only ds:DescribeDirectories names
 * no resource type (`*`).
 */
export const NEXT_STEP_STATEMENTS: ReadonlyArray<readonly [NextStepStatementId, Placement<NextStepsTarget>]> = [
  ['NoResourceLevelPermissions', { resources: () => ['*'] }],
  ['ConnectResources', { resources: (t) => [connectArn(t, 'instance/*')] }],
  ['ConnectQueueCallerId', { resources: (t) => [connectArn(t, 'phone-number/*')] }],
  ['PromptAudio', { resources: (t) => t.promptBuckets.map((b) => `arn:${t.partition}:s3:::${b}/*`) }],
  // Only through S3 (s3.<region>.<domain> in every partition), for the
  // object S3 decrypts on the deployer's behalf.
  ['PromptAudioKeys', {
    resources: (t) => [regional(t, 'kms', 'key/*')],
    conditions: (t) => ({ StringLike: { 'kms:ViaService': `s3.${t.region}.*` } }),
  }],
  ['IntegrationFunctionPolicy', { resources: (t) => [regional(t, 'lambda', 'function:*')] }],
  // arn:<partition>:lex:<region>:<account>:bot-alias/<bot id>/<alias id>
  ['IntegrationBotAliasPolicy', { resources: (t) => [regional(t, 'lex', 'bot-alias/*')] }],
  ['ConnectServiceLinkedRole', {
    resources: (t) => [globalArn(t, 'iam', CONNECT_SLR)],
    conditions: () => ({ StringEquals: { 'iam:AWSServiceName': 'connect.amazonaws.com' } }),
  }],
  ['ConnectServiceLinkedRolePolicy', { resources: (t) => [globalArn(t, 'iam', CONNECT_SLR)] }],
];
