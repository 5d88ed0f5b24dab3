import { Token } from 'aws-cdk-lib';

const PERMISSION_NAME = /^[A-Za-z][A-Za-z0-9]*(\.[A-Za-z][A-Za-z0-9]*)*$/;

/**
 * A permission of a security profile, by its API name; the constants are the admin guide's
 * "List of security profile permissions", and `custom()` takes any other.
 * @see https://docs.aws.amazon.com/connect/latest/adminguide/security-profile-list.html
 */
export class SecurityProfilePermission {
  // ---- Routing ----
  /** Routing profiles - Create. */
  public static readonly ROUTING_POLICIES_CREATE = new SecurityProfilePermission('RoutingPolicies.Create');
  /** Routing profiles - Edit. */
  public static readonly ROUTING_POLICIES_EDIT = new SecurityProfilePermission('RoutingPolicies.Edit');
  /** Routing profiles - View. */
  public static readonly ROUTING_POLICIES_VIEW = new SecurityProfilePermission('RoutingPolicies.View');
  /** Quick connects - Create. */
  public static readonly TRANSFER_DESTINATIONS_CREATE = new SecurityProfilePermission('TransferDestinations.Create');
  /** Quick connects - Delete. */
  public static readonly TRANSFER_DESTINATIONS_DELETE = new SecurityProfilePermission('TransferDestinations.Delete');
  /** Quick connects - Edit. */
  public static readonly TRANSFER_DESTINATIONS_EDIT = new SecurityProfilePermission('TransferDestinations.Edit');
  /** Quick connects - View (agents need it to transfer with quick connects). */
  public static readonly TRANSFER_DESTINATIONS_VIEW = new SecurityProfilePermission('TransferDestinations.View');
  /** Hours of operation - Create. */
  public static readonly HOURS_OF_OPERATION_CREATE = new SecurityProfilePermission('HoursOfOperation.Create');
  /** Hours of operation - Delete. */
  public static readonly HOURS_OF_OPERATION_DELETE = new SecurityProfilePermission('HoursOfOperation.Delete');
  /** Hours of operation - Edit. */
  public static readonly HOURS_OF_OPERATION_EDIT = new SecurityProfilePermission('HoursOfOperation.Edit');
  /** Hours of operation - View. */
  public static readonly HOURS_OF_OPERATION_VIEW = new SecurityProfilePermission('HoursOfOperation.View');
  /** Queues - Create. */
  public static readonly QUEUES_CREATE = new SecurityProfilePermission('Queues.Create');
  /** Queues - Edit. */
  public static readonly QUEUES_EDIT = new SecurityProfilePermission('Queues.Edit');
  /** Queues - Enable / Disable. */
  public static readonly QUEUES_ENABLE_AND_DISABLE = new SecurityProfilePermission('Queues.EnableAndDisable');
  /** Queues - View. */
  public static readonly QUEUES_VIEW = new SecurityProfilePermission('Queues.View');
  /** Task templates - Create. */
  public static readonly TASK_TEMPLATES_CREATE = new SecurityProfilePermission('TaskTemplates.Create');
  /** Task templates - Delete. */
  public static readonly TASK_TEMPLATES_DELETE = new SecurityProfilePermission('TaskTemplates.Delete');
  /** Task templates - Edit. */
  public static readonly TASK_TEMPLATES_EDIT = new SecurityProfilePermission('TaskTemplates.Edit');
  /** Task templates - View. */
  public static readonly TASK_TEMPLATES_VIEW = new SecurityProfilePermission('TaskTemplates.View');

  // ---- Numbers and flows ----
  /** Prompts - Create. */
  public static readonly PROMPTS_CREATE = new SecurityProfilePermission('Prompts.Create');
  /** Prompts - Delete. */
  public static readonly PROMPTS_DELETE = new SecurityProfilePermission('Prompts.Delete');
  /** Prompts - Edit. */
  public static readonly PROMPTS_EDIT = new SecurityProfilePermission('Prompts.Edit');
  /** Prompts - View. */
  public static readonly PROMPTS_VIEW = new SecurityProfilePermission('Prompts.View');
  /** Flows - Create. */
  public static readonly CONTACT_FLOWS_CREATE = new SecurityProfilePermission('ContactFlows.Create');
  /** Flows - Delete. */
  public static readonly CONTACT_FLOWS_DELETE = new SecurityProfilePermission('ContactFlows.Delete');
  /** Flows - Edit. */
  public static readonly CONTACT_FLOWS_EDIT = new SecurityProfilePermission('ContactFlows.Edit');
  /** Flows - Publish. */
  public static readonly CONTACT_FLOWS_PUBLISH = new SecurityProfilePermission('ContactFlows.Publish');
  /** Flows - View. */
  public static readonly CONTACT_FLOWS_VIEW = new SecurityProfilePermission('ContactFlows.View');
  /** Flow modules - Create. */
  public static readonly CONTACT_FLOW_MODULES_CREATE = new SecurityProfilePermission('ContactFlowModules.Create');
  /** Flow modules - Delete. */
  public static readonly CONTACT_FLOW_MODULES_DELETE = new SecurityProfilePermission('ContactFlowModules.Delete');
  /** Flow modules - Edit. */
  public static readonly CONTACT_FLOW_MODULES_EDIT = new SecurityProfilePermission('ContactFlowModules.Edit');
  /** Flow modules - Publish. */
  public static readonly CONTACT_FLOW_MODULES_PUBLISH = new SecurityProfilePermission('ContactFlowModules.Publish');
  /** Flow modules - View. */
  public static readonly CONTACT_FLOW_MODULES_VIEW = new SecurityProfilePermission('ContactFlowModules.View');
  /** Phone numbers - Claim. */
  public static readonly PHONE_NUMBERS_CLAIM = new SecurityProfilePermission('PhoneNumbers.Claim');
  /** Phone numbers - Edit (attach a number to a flow). */
  public static readonly PHONE_NUMBERS_EDIT = new SecurityProfilePermission('PhoneNumbers.Edit');
  /** Phone numbers - Release. */
  public static readonly PHONE_NUMBERS_RELEASE = new SecurityProfilePermission('PhoneNumbers.Release');
  /** Phone numbers - View. */
  public static readonly PHONE_NUMBERS_VIEW = new SecurityProfilePermission('PhoneNumbers.View');
  /** Chat test mode - Enable/Disable. */
  public static readonly CHAT_TEST_MODE = new SecurityProfilePermission('ChatTestMode');
  /** Views. */
  public static readonly VIEWS_VIEW = new SecurityProfilePermission('Views.View');

  // ---- Users and permissions ----
  /** Users - Create (can lock administrators out: grant sparingly). */
  public static readonly USERS_CREATE = new SecurityProfilePermission('Users.Create');
  /** Users - Delete. */
  public static readonly USERS_DELETE = new SecurityProfilePermission('Users.Delete');
  /** Users - Edit (grant sparingly). */
  public static readonly USERS_EDIT = new SecurityProfilePermission('Users.Edit');
  /** Users - Edit permission (grant sparingly). */
  public static readonly USERS_EDIT_PERMISSION = new SecurityProfilePermission('Users.EditPermission');
  /** Users - View. */
  public static readonly USERS_VIEW = new SecurityProfilePermission('Users.View');
  /** Agent hierarchy - Create. */
  public static readonly AGENT_GROUPING_CREATE = new SecurityProfilePermission('AgentGrouping.Create');
  /** Agent hierarchy - Edit. */
  public static readonly AGENT_GROUPING_EDIT = new SecurityProfilePermission('AgentGrouping.Edit');
  /** Agent hierarchy - Enable/Disable. */
  public static readonly AGENT_GROUPING_ENABLE_AND_DISABLE = new SecurityProfilePermission('AgentGrouping.EnableAndDisable');
  /** Agent hierarchy - View. */
  public static readonly AGENT_GROUPING_VIEW = new SecurityProfilePermission('AgentGrouping.View');
  /** Security profiles - Create. */
  public static readonly SECURITY_PROFILES_CREATE = new SecurityProfilePermission('SecurityProfiles.Create');
  /** Security profiles - Delete. */
  public static readonly SECURITY_PROFILES_DELETE = new SecurityProfilePermission('SecurityProfiles.Delete');
  /** Security profiles - Edit. */
  public static readonly SECURITY_PROFILES_EDIT = new SecurityProfilePermission('SecurityProfiles.Edit');
  /** Security profiles - View. */
  public static readonly SECURITY_PROFILES_VIEW = new SecurityProfilePermission('SecurityProfiles.View');
  /** Agent status - Create. */
  public static readonly AGENT_STATES_CREATE = new SecurityProfilePermission('AgentStates.Create');
  /** Agent status - Edit. */
  public static readonly AGENT_STATES_EDIT = new SecurityProfilePermission('AgentStates.Edit');
  /** Agent status - Enable/Disable. */
  public static readonly AGENT_STATES_ENABLE_AND_DISABLE = new SecurityProfilePermission('AgentStates.EnableAndDisable');
  /** Agent status - View. */
  public static readonly AGENT_STATES_VIEW = new SecurityProfilePermission('AgentStates.View');

  // ---- Contact Control Panel (CCP) ----
  /** Access Contact Control Panel. */
  public static readonly BASIC_AGENT_ACCESS = new SecurityProfilePermission('BasicAgentAccess');
  /** Contact Lens data. */
  public static readonly REALTIME_CONTACT_LENS_VIEW = new SecurityProfilePermission('RealtimeContactLens.View');
  /** Make outbound calls. */
  public static readonly OUTBOUND_CALL_ACCESS = new SecurityProfilePermission('OutboundCallAccess');
  /** Voice ID. */
  public static readonly VOICE_ID_ACCESS = new SecurityProfilePermission('VoiceId.Access');
  /** Restrict task creation. */
  public static readonly RESTRICT_TASK_CREATION_ACCESS = new SecurityProfilePermission('RestrictTaskCreation.Access');

  // ---- Analytics ----
  /** Access metrics. */
  public static readonly ACCESS_METRICS = new SecurityProfilePermission('AccessMetrics');
  /** Real-time metrics. */
  public static readonly REAL_TIME_METRICS_ACCESS = new SecurityProfilePermission('RealTimeMetrics.Access');
  /** Historical metrics. */
  public static readonly HISTORICAL_METRICS_ACCESS = new SecurityProfilePermission('HistoricalMetrics.Access');
  /** Agent activity audit. */
  public static readonly AGENT_ACTIVITY_AUDIT_ACCESS = new SecurityProfilePermission('AgentActivityAudit.Access');
  /** Contact search. */
  public static readonly CONTACT_SEARCH_VIEW = new SecurityProfilePermission('ContactSearch.View');
  /** Restrict contact access (recordings). */
  public static readonly CONTACT_RECORDING_ACCESS = new SecurityProfilePermission('ContactRecording.Access');
  /** Contact attributes. */
  public static readonly CONTACT_ATTRIBUTES_VIEW = new SecurityProfilePermission('ContactAttributes.View');
  /** Recorded conversations (redacted). */
  public static readonly REDACTED_DATA_VIEW = new SecurityProfilePermission('RedactedData.View');
  /** Recorded conversations (unredacted) - View and Access. */
  public static readonly LISTEN_CALL_RECORDINGS = new SecurityProfilePermission('ListenCallRecordings');
  /** Recorded conversations (unredacted) - Enable download button. */
  public static readonly DOWNLOAD_CALL_RECORDINGS = new SecurityProfilePermission('DownloadCallRecordings');
  /** Recorded conversations (unredacted) - Delete. */
  public static readonly DELETE_CALL_RECORDINGS = new SecurityProfilePermission('DeleteCallRecordings');
  /** Manager monitor - Enable/Disable. */
  public static readonly MANAGER_LISTEN_IN = new SecurityProfilePermission('ManagerListenIn');
  /** Login/Logout report - View. */
  public static readonly AGENT_TIME_CARD_VIEW = new SecurityProfilePermission('AgentTimeCard.View');
  /** Saved reports - View. */
  public static readonly METRICS_REPORTS_VIEW = new SecurityProfilePermission('MetricsReports.View');
  /** Rules - View. */
  public static readonly RULES_VIEW = new SecurityProfilePermission('Rules.View');

  /** A permission by its API name, such as `Queues.View`: 1 to 128 characters, names of letters and digits joined by dots. */
  public static custom(name: string): SecurityProfilePermission {
    if (typeof name !== 'string' || (!Token.isUnresolved(name) && (name.length > 128 || !PERMISSION_NAME.test(name)))) {
      throw new Error(`security profile permission name must be a permission's API name, 1 to 128 characters of letters and digits joined by dots, such as "Queues.View", got ${JSON.stringify(name)}`);
    }
    return new SecurityProfilePermission(name);
  }

  private constructor(
    /** The permission's API name. */
    public readonly name: string,
  ) {}
}
