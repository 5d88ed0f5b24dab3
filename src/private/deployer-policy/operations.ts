import { NEXT_STEP_STATEMENTS, NextStepNeed, TAGS } from './next-steps';

/**
 * The create/update/delete handler permissions of the registry schemas of the types a contact
 * center adds after its first week (agents, versions, views, rules, tasks, data, Global
 * Resiliency): a document of their own, as the next steps' and these together exceed a managed
 * policy's 6,144 characters.
 */
export const OPERATION_NEEDS: { readonly [resourceType: string]: readonly NextStepNeed[] } = {
  'AWS::Connect::TaskTemplate': [
    {
      sid: 'ConnectResources',
      actions: ['connect:CreateTaskTemplate', 'connect:ListTaskTemplates', 'connect:GetTaskTemplate', 'connect:UpdateTaskTemplate', 'connect:DeleteTaskTemplate', ...TAGS],
    },
  ],
  'AWS::Connect::Rule': [
    { sid: 'ConnectResources', actions: ['connect:CreateRule', 'connect:UpdateRule', 'connect:DeleteRule', ...TAGS] },
    // A case action's template and fields, read from the Amazon Connect Cases domain.
    { sid: 'RuleCaseTemplates', actions: ['cases:GetTemplate', 'cases:ListFields', 'cases:ListFieldOptions'] },
  ],
  'AWS::Connect::EvaluationForm': [
    {
      sid: 'ConnectResources',
      actions: [
        'connect:CreateEvaluationForm',
        'connect:ActivateEvaluationForm',
        'connect:UpdateEvaluationForm',
        'connect:ListEvaluationFormVersions',
        'connect:DeactivateEvaluationForm',
        'connect:DeleteEvaluationForm',
        ...TAGS,
      ],
    },
  ],
  'AWS::Connect::EmailAddress': [
    {
      sid: 'ConnectResources',
      actions: [
        'connect:CreateEmailAddress',
        'connect:UpdateEmailAddressMetadata',
        'connect:AssociateEmailAddressAlias',
        'connect:DisassociateEmailAddressAlias',
        'connect:ListIntegrationAssociations',
        'connect:DeleteEmailAddress',
        ...TAGS,
      ],
    },
    // The handlers check the domain's identity and edit its receipt rule in Amazon SES.
    { sid: 'EmailAddressIdentities', actions: ['ses:GetEmailIdentity', 'ses:DescribeReceiptRule', 'ses:UpdateReceiptRule'] },
  ],
  'AWS::Connect::UseCase': [
    { sid: 'ConnectResources', actions: ['connect:CreateUseCase', 'connect:DeleteUseCase', ...TAGS] },
  ],
  'AWS::Connect::DataLakeAssociation': [
    { sid: 'ConnectResources', actions: ['connect:AssociateAnalyticsDataSet', 'connect:DisassociateAnalyticsDataSet', 'connect:ListAnalyticsDataAssociations'] },
  ],
  'AWS::Connect::DataTable': [
    { sid: 'ConnectResources', actions: ['connect:CreateDataTable', 'connect:UpdateDataTableMetadata', 'connect:DeleteDataTable', ...TAGS] },
  ],
  'AWS::Connect::DataTableAttribute': [
    {
      sid: 'ConnectResources',
      actions: ['connect:CreateDataTableAttribute', 'connect:ListDataTableAttributes', 'connect:UpdateDataTableAttribute', 'connect:DeleteDataTableAttribute'],
    },
  ],
  'AWS::Connect::DataTableRecord': [
    {
      sid: 'ConnectResources',
      actions: [
        'connect:ListDataTableAttributes',
        'connect:ListDataTableValues',
        'connect:BatchCreateDataTableValue',
        'connect:BatchUpdateDataTableValue',
        'connect:UpdateDataTablePrimaryValues',
        'connect:BatchDeleteDataTableValue',
      ],
    },
  ],
  'AWS::Connect::Metric': [
    { sid: 'ConnectResources', actions: ['connect:CreateMetric', 'connect:UpdateMetricContent', 'connect:UpdateMetricMetadata', 'connect:DeleteMetric', ...TAGS] },
  ],
  'AWS::Connect::Notification': [
    { sid: 'ConnectResources', actions: ['connect:CreateNotification', 'connect:UpdateNotificationContent', 'connect:DeleteNotification', ...TAGS] },
  ],
  'AWS::Connect::TestCase': [
    { sid: 'ConnectResources', actions: ['connect:CreateTestCase', 'connect:UpdateTestCase', 'connect:DeleteTestCase', ...TAGS] },
  ],
  'AWS::Connect::Workspace': [
    {
      sid: 'ConnectResources',
      actions: [
        'connect:CreateWorkspace',
        'connect:UpdateWorkspaceMetadata',
        'connect:UpdateWorkspaceVisibility',
        'connect:UpdateWorkspaceTheme',
        'connect:ImportWorkspaceMedia',
        'connect:DeleteWorkspaceMedia',
        'connect:CreateWorkspacePage',
        'connect:UpdateWorkspacePage',
        'connect:DeleteWorkspacePage',
        'connect:AssociateWorkspace',
        'connect:DisassociateWorkspace',
        'connect:ListTagsForResource',
        'connect:DeleteWorkspace',
        ...TAGS,
      ],
    },
  ],
  // Created for an instance, then described (until ACTIVE), tagged and deleted as a group of the account.
  'AWS::Connect::TrafficDistributionGroup': [
    {
      sid: 'ConnectTrafficDistributionGroups',
      actions: ['connect:CreateTrafficDistributionGroup', 'connect:DescribeTrafficDistributionGroup', 'connect:DeleteTrafficDistributionGroup', ...TAGS],
    },
  ],
  // Amazon Connect cannot delete an agent status: the delete handler calls nothing.
  'AWS::Connect::AgentStatus': [
    { sid: 'ConnectResources', actions: ['connect:CreateAgentStatus', 'connect:ListAgentStatuses', 'connect:UpdateAgentStatus', ...TAGS] },
  ],
  'AWS::Connect::UserHierarchyStructure': [{ sid: 'ConnectResources', actions: ['connect:UpdateUserHierarchyStructure'] }],
  'AWS::Connect::UserHierarchyGroup': [
    {
      sid: 'ConnectResources',
      actions: ['connect:CreateUserHierarchyGroup', 'connect:UpdateUserHierarchyGroupName', 'connect:DeleteUserHierarchyGroup', ...TAGS],
    },
  ],
  'AWS::Connect::PredefinedAttribute': [
    { sid: 'ConnectResources', actions: ['connect:CreatePredefinedAttribute', 'connect:UpdatePredefinedAttribute', 'connect:DeletePredefinedAttribute'] },
  ],
  'AWS::Connect::ContactFlowVersion': [
    { sid: 'ConnectResources', actions: ['connect:CreateContactFlowVersion', 'connect:DescribeContactFlow', 'connect:DeleteContactFlowVersion'] },
  ],
  'AWS::Connect::ContactFlowModuleVersion': [
    {
      sid: 'ConnectResources',
      actions: ['connect:CreateContactFlowModuleVersion', 'connect:DescribeContactFlowModule', 'connect:DeleteContactFlowModuleVersion'],
    },
  ],
  'AWS::Connect::ContactFlowModuleAlias': [
    {
      sid: 'ConnectResources',
      actions: [
        'connect:CreateContactFlowModuleAlias',
        'connect:DescribeContactFlowModuleAlias',
        'connect:UpdateContactFlowModuleAlias',
        'connect:DeleteContactFlowModuleAlias',
      ],
    },
  ],
  'AWS::Connect::View': [
    { sid: 'ConnectResources', actions: ['connect:CreateView', 'connect:UpdateViewMetadata', 'connect:UpdateViewContent', 'connect:DeleteView', ...TAGS] },
  ],
  'AWS::Connect::ViewVersion': [{ sid: 'ConnectResources', actions: ['connect:CreateViewVersion', 'connect:DeleteViewVersion'] }],
  'AWS::Connect::Vocabulary': [
    { sid: 'ConnectResources', actions: ['connect:CreateVocabulary', 'connect:DescribeVocabulary', 'connect:DeleteVocabulary', ...TAGS] },
  ],
  'AWS::Connect::SecurityKey': [{ sid: 'ConnectResources', actions: ['connect:AssociateSecurityKey', 'connect:DisassociateSecurityKey'] }],
};

/** The statements the operations' types use, placed as in the next steps' policy. */
export const OPERATION_STATEMENTS = NEXT_STEP_STATEMENTS.filter(([sid]) =>
  ['ConnectResources', 'ConnectTrafficDistributionGroups', 'RuleCaseTemplates', 'EmailAddressIdentities'].includes(sid));
