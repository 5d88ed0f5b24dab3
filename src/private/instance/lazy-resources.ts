/* eslint-disable @typescript-eslint/no-require-imports */
// The modules of the resource types an app adds after its first week, and of its monitoring (day
// two), loaded when an `add…` method first needs one: an app pays at synth only for the types it
// uses (docs/performance.md). The package index loads them lazily too (scripts/lazy-index.js).
// `import type` keeps the types checked.
import type * as AgentStatusModule from '../../agent-status';
import type * as ApprovedOriginModule from '../../approved-origin';
import type * as ContactCenterMonitoringModule from '../../contact-center-monitoring';
import type * as ContactFlowModuleModule from '../../contact-flow-module';
import type * as CustomMetricModule from '../../custom-metric';
import type * as DataLakeAssociationModule from '../../data-lake-association';
import type * as DataTableModule from '../../data-table';
import type * as EmailAddressModule from '../../email-address';
import type * as EvaluationFormModule from '../../evaluation-form';
import type * as InstanceReplicaModule from '../../instance-replica';
import type * as NotificationModule from '../../notification';
import type * as PredefinedAttributeModule from '../../predefined-attribute';
import type * as PromptModule from '../../prompt';
import type * as QuickConnectModule from '../../quick-connect';
import type * as RuleModule from '../../rule';
import type * as SecurityKeyModule from '../../security-key';
import type * as SecurityProfileModule from '../../security-profile';
import type * as TaskTemplateModule from '../../task-template';
import type * as TestCaseModule from '../../test-case';
import type * as TrafficDistributionGroupModule from '../../traffic-distribution-group';
import type * as UseCaseModule from '../../use-case';
import type * as UserHierarchyGroupModule from '../../user-hierarchy-group';
import type * as UserHierarchyStructureModule from '../../user-hierarchy-structure';
import type * as ViewModule from '../../view';
import type * as VocabularyModule from '../../vocabulary';
import type * as WorkspaceModule from '../../workspace';
import { lazy } from '../lazy';

export const agentStatus = lazy((): typeof AgentStatusModule => require('../../agent-status'));
export const approvedOrigin = lazy((): typeof ApprovedOriginModule => require('../../approved-origin'));
export const contactCenterMonitoring = lazy((): typeof ContactCenterMonitoringModule => require('../../contact-center-monitoring'));
export const contactFlowModule = lazy((): typeof ContactFlowModuleModule => require('../../contact-flow-module'));
export const customMetric = lazy((): typeof CustomMetricModule => require('../../custom-metric'));
export const dataLakeAssociation = lazy((): typeof DataLakeAssociationModule => require('../../data-lake-association'));
export const dataTable = lazy((): typeof DataTableModule => require('../../data-table'));
export const emailAddress = lazy((): typeof EmailAddressModule => require('../../email-address'));
export const evaluationForm = lazy((): typeof EvaluationFormModule => require('../../evaluation-form'));
export const instanceReplica = lazy((): typeof InstanceReplicaModule => require('../../instance-replica'));
export const notification = lazy((): typeof NotificationModule => require('../../notification'));
export const predefinedAttribute = lazy((): typeof PredefinedAttributeModule => require('../../predefined-attribute'));
export const prompt = lazy((): typeof PromptModule => require('../../prompt'));
export const quickConnect = lazy((): typeof QuickConnectModule => require('../../quick-connect'));
export const rule = lazy((): typeof RuleModule => require('../../rule'));
export const securityKey = lazy((): typeof SecurityKeyModule => require('../../security-key'));
export const securityProfile = lazy((): typeof SecurityProfileModule => require('../../security-profile'));
export const taskTemplate = lazy((): typeof TaskTemplateModule => require('../../task-template'));
export const testCase = lazy((): typeof TestCaseModule => require('../../test-case'));
export const trafficDistributionGroup = lazy((): typeof TrafficDistributionGroupModule => require('../../traffic-distribution-group'));
export const useCase = lazy((): typeof UseCaseModule => require('../../use-case'));
export const userHierarchyGroup = lazy((): typeof UserHierarchyGroupModule => require('../../user-hierarchy-group'));
export const userHierarchyStructure = lazy((): typeof UserHierarchyStructureModule => require('../../user-hierarchy-structure'));
export const view = lazy((): typeof ViewModule => require('../../view'));
export const vocabulary = lazy((): typeof VocabularyModule => require('../../vocabulary'));
export const workspace = lazy((): typeof WorkspaceModule => require('../../workspace'));
