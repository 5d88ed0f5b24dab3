import { CONNECT_SLR, connectArn, globalArn, Need, Placement, PolicyEnvironment, regional } from './render';

/** Where the next steps' policy applies, and which buckets hold prompts. */
export interface NextStepsTarget extends PolicyEnvironment {
  /** Bucket names, or `['*']` for any bucket. */
  readonly promptBuckets: readonly string[];
}

/** The statements of the next steps' policy, in the order they are rendered. */
export type NextStepStatementId =
  | 'NoResourceLevelPermissions'
  | 'ConnectResources'
  | 'ConnectQueueCallerId'
  | 'ConnectTrafficDistributionGroups'
  | 'PromptAudio'
  | 'PromptAudioKeys'
  | 'IntegrationFunctionPolicy'
  | 'IntegrationBotAliasPolicy'
  | 'RuleCaseTemplates'
  | 'EmailAddressIdentities'
  | 'ConnectServiceLinkedRole'
  | 'ConnectServiceLinkedRolePolicy'
  | 'MonitoringAlarms'
  | 'MonitoringDashboards'
  | 'MonitoringTopics';

export type NextStepNeed = Need<NextStepStatementId>;

/** Tags: every type below is taggable (the schemas' `tagging.permissions`), and CloudFormation propagates stack tags. */
export const TAGS = ['connect:TagResource', 'connect:UntagResource'];
const CLOUDWATCH_TAGS = ['cloudwatch:TagResource', 'cloudwatch:UntagResource', 'cloudwatch:ListTagsForResource'];

/**
 * The create/update/delete handler permissions of each next step's registry
 * schema (as in hashicorp/terraform-provider-awscc, internal/service/cloudformation/schemas/AWS_Connect_*.json;
 * ApprovedOrigin's from the stackql-registry),
 * less the actions of properties the constructs never set.
 */
export const NEXT_STEP_NEEDS: { readonly [resourceType: string]: readonly NextStepNeed[] } = {
  // ListHoursOfOperationOverrides is kept: the update handler compares the overrides.
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
    // The caller ID number is a phone-number/<id> resource, outside the instance's ARN.
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
  // The handlers read the audio file with the deployer's credentials, not Amazon Connect's role.
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
  // Only what the LAMBDA_FUNCTION and LEX_BOT (Lex V2) types need, the only ones `Integration` makes.
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
    // Amazon Connect edits the function's resource policy with the deployer's credentials.
    { sid: 'IntegrationFunctionPolicy', actions: ['lambda:AddPermission', 'lambda:RemovePermission'] },
    // Likewise the bot alias's resource policy.
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
    { sid: 'ConnectServiceLinkedRole', actions: ['iam:CreateServiceLinkedRole'] },
    { sid: 'ConnectServiceLinkedRolePolicy', actions: ['iam:AttachRolePolicy', 'iam:GetRolePolicy', 'iam:PutRolePolicy', 'iam:DeleteRolePolicy'] },
  ],
  // IntegrationAssociation's `addPermission`.
  'AWS::Lambda::Permission': [
    { sid: 'IntegrationFunctionPolicy', actions: ['lambda:AddPermission', 'lambda:RemovePermission'] },
  ],
  // ContactCenterMonitoring's alarms and dashboard; tags with the stack's.
  'AWS::CloudWatch::Alarm': [
    { sid: 'MonitoringAlarms', actions: ['cloudwatch:PutMetricAlarm', 'cloudwatch:DescribeAlarms', 'cloudwatch:DeleteAlarms', ...CLOUDWATCH_TAGS] },
  ],
  'AWS::CloudWatch::Dashboard': [
    { sid: 'MonitoringDashboards', actions: ['cloudwatch:PutDashboard', 'cloudwatch:GetDashboard', 'cloudwatch:DeleteDashboards', ...CLOUDWATCH_TAGS] },
  ],
  // The alarm topic, as the example creates it. Left out: subscriptions, data protection and delivery logging (never set).
  'AWS::SNS::Topic': [
    {
      sid: 'MonitoringTopics',
      actions: [
        'sns:CreateTopic',
        'sns:GetTopicAttributes',
        'sns:SetTopicAttributes',
        'sns:ListSubscriptionsByTopic',
        'sns:TagResource',
        'sns:UntagResource',
        'sns:ListTagsForResource',
        'sns:DeleteTopic',
      ],
    },
  ],
  'AWS::SNS::TopicPolicy': [
    { sid: 'MonitoringTopics', actions: ['sns:SetTopicAttributes'] },
  ],
};

/** The types of `ContactCenterMonitoring` and its alarm topic, left out with `monitoring: false`. */
export const MONITORING_TYPES: readonly string[] = ['AWS::CloudWatch::Alarm', 'AWS::CloudWatch::Dashboard', 'AWS::SNS::Topic', 'AWS::SNS::TopicPolicy'];

/** Where each statement applies: Amazon Connect's resources are all under `instance/<id>/`. */
export const NEXT_STEP_STATEMENTS: ReadonlyArray<readonly [NextStepStatementId, Placement<NextStepsTarget>]> = [
  ['NoResourceLevelPermissions', { resources: () => ['*'] }],
  ['ConnectResources', { resources: (t) => [connectArn(t, 'instance/*')] }],
  ['ConnectQueueCallerId', { resources: (t) => [connectArn(t, 'phone-number/*')] }],
  ['ConnectTrafficDistributionGroups', { resources: (t) => [connectArn(t, 'instance/*'), connectArn(t, 'traffic-distribution-group/*')] }],
  ['PromptAudio', { resources: (t) => t.promptBuckets.map((b) => `arn:${t.partition}:s3:::${b}/*`) }],
  // Only through S3, which decrypts the object on the deployer's behalf.
  ['PromptAudioKeys', {
    resources: (t) => [regional(t, 'kms', 'key/*')],
    conditions: (t) => ({ StringLike: { 'kms:ViaService': `s3.${t.region}.*` } }),
  }],
  ['IntegrationFunctionPolicy', { resources: (t) => [regional(t, 'lambda', 'function:*')] }],
  // arn:<partition>:lex:<region>:<account>:bot-alias/<bot id>/<alias id>
  ['IntegrationBotAliasPolicy', { resources: (t) => [regional(t, 'lex', 'bot-alias/*')] }],
  // arn:<partition>:cases:<region>:<account>:domain/<domain id>[/template/<template id>]
  ['RuleCaseTemplates', { resources: (t) => [regional(t, 'cases', 'domain/*')] }],
  ['EmailAddressIdentities', { resources: (t) => [regional(t, 'ses', 'identity/*'), regional(t, 'ses', 'receipt-rule-set/*')] }],
  ['ConnectServiceLinkedRole', {
    resources: (t) => [globalArn(t, 'iam', CONNECT_SLR)],
    conditions: () => ({ StringEquals: { 'iam:AWSServiceName': 'connect.amazonaws.com' } }),
  }],
  ['ConnectServiceLinkedRolePolicy', { resources: (t) => [globalArn(t, 'iam', CONNECT_SLR)] }],
  // Alarms whose actions are SNS topics only: no EC2 action, which would need more (cloudwatch:AlarmActions).
  // https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/iam-cw-condition-keys-alarm-actions.html
  ['MonitoringAlarms', {
    resources: (t) => [regional(t, 'cloudwatch', 'alarm:*')],
    conditions: (t) => ({ 'ForAllValues:StringLike': { 'cloudwatch:AlarmActions': [`arn:${t.partition}:sns:*`] } }),
  }],
  // Dashboards are global: arn:<partition>:cloudwatch::<account>:dashboard/<name>.
  ['MonitoringDashboards', { resources: (t) => [globalArn(t, 'cloudwatch', 'dashboard/*')] }],
  ['MonitoringTopics', { resources: (t) => [regional(t, 'sns', '*')] }],
];
