import { IResource, Resource } from 'aws-cdk-lib';
import { CfnRule } from 'aws-cdk-lib/aws-connect';
import { Construct } from 'constructs';
import type { IContactFlow } from './contact-flow';
import type { IEvaluationForm } from './evaluation-form';
import type { IConnectInstance } from './instance';
import type { IIntegrationAssociation } from './integration-association';
import { checkEnum, checkInInstance, checkList, checkReference, checkRequiredReference, checkRequiredString } from './private/resources/checks';
import { checkInstanceResourceArn, idFromInstanceResourceArn } from './private/resources/connect-arn';
import { defaultResourceName } from './private/resources/names';
import { PropValidator } from './private/validation';
import type { IUser } from './user';

/** A rule of an Amazon Connect instance: actions run when an event matches its condition. */
export interface IRule extends IResource {
  /** The ARN of the rule. @attribute */
  readonly ruleArn: string;

  /** The id of the rule. @attribute */
  readonly ruleId: string;
}

/**
 * The event that triggers a rule (the registry schema's `EventSourceName`).
 * @see https://docs.aws.amazon.com/connect/latest/adminguide/rules.html
 */
export enum RuleEventSource {
  /** Contact Lens post-call analysis is available. */
  ON_POST_CALL_ANALYSIS_AVAILABLE = 'OnPostCallAnalysisAvailable',
  /** Contact Lens real-time call analysis is available. */
  ON_REAL_TIME_CALL_ANALYSIS_AVAILABLE = 'OnRealTimeCallAnalysisAvailable',
  /** Contact Lens post-chat analysis is available. */
  ON_POST_CHAT_ANALYSIS_AVAILABLE = 'OnPostChatAnalysisAvailable',
  /** Contact Lens real-time chat analysis is available. */
  ON_REAL_TIME_CHAT_ANALYSIS_AVAILABLE = 'OnRealTimeChatAnalysisAvailable',
  /** Contact Lens e-mail analysis is available. */
  ON_EMAIL_ANALYSIS_AVAILABLE = 'OnEmailAnalysisAvailable',
  /** An evaluation was submitted. */
  ON_CONTACT_EVALUATION_SUBMIT = 'OnContactEvaluationSubmit',
  /** A real-time metric crossed the rule's threshold. */
  ON_METRIC_DATA_UPDATE = 'OnMetricDataUpdate',
  /** A case was created in Amazon Connect Cases. */
  ON_CASE_CREATE = 'OnCaseCreate',
  /** A case was updated in Amazon Connect Cases. */
  ON_CASE_UPDATE = 'OnCaseUpdate',
  /** A case's SLA was breached. */
  ON_SLA_BREACH = 'OnSlaBreach',
  /** A schedule was published. */
  ON_SCHEDULE_PUBLISH = 'OnSchedulePublish',
  /** A schedule was updated. */
  ON_SCHEDULE_UPDATE = 'OnScheduleUpdate',
  /** A time-off request changed. */
  ON_SCHEDULE_TIME_OFF_REQUEST_ACTIVITY = 'OnScheduleTimeOffRequestActivity',
  /** A Zendesk ticket was created: needs `integrationAssociation`. */
  ON_ZENDESK_TICKET_CREATE = 'OnZendeskTicketCreate',
  /** A Zendesk ticket's status changed: needs `integrationAssociation`. */
  ON_ZENDESK_TICKET_STATUS_UPDATE = 'OnZendeskTicketStatusUpdate',
  /** A Salesforce case was created: needs `integrationAssociation`. */
  ON_SALESFORCE_CASE_CREATE = 'OnSalesforceCaseCreate',
}

/** Whether a rule runs. */
export enum RulePublishStatus {
  /** Saved, not run. */
  DRAFT = 'DRAFT',
  /** Run on its events. */
  PUBLISHED = 'PUBLISHED',
}

/** A task a rule creates. */
export interface RuleTaskOptions {
  /** The task's name (1 to 512 characters), which may inject variables such as `$.ContactId`. */
  readonly name: string;

  /** The flow the task runs. */
  readonly contactFlow: IContactFlow;

  /** The task's description (at most 4,096 characters). @default - none */
  readonly description?: string;

  /** Links shown with the task, by name: each a URL starting with `https:` (or `/`). @default - none */
  readonly urls?: { [name: string]: string };
}

/** An e-mail a rule sends to users. */
export interface RuleNotificationOptions {
  /** The message (1 to 1,024 characters, plain text), which may inject variables. */
  readonly content: string;

  /** The subject (1 to 200 characters). @default - none */
  readonly subject?: string;

  /** The users to notify (1 to 5). @default - none: `recipientUserTags` names them */
  readonly recipients?: IUser[];

  /** Notify the users with these tags. @default - none: `recipients` names them */
  readonly recipientUserTags?: { [key: string]: string };
}

/** The value a rule gives a field of a case. */
export class RuleCaseFieldValue {
  /** A text value. */
  public static text(value: string): RuleCaseFieldValue {
    return new RuleCaseFieldValue({ stringValue: value });
  }

  /** A number. */
  public static number(value: number): RuleCaseFieldValue {
    return new RuleCaseFieldValue({ doubleValue: value });
  }

  /** A yes or no. */
  public static boolean(value: boolean): RuleCaseFieldValue {
    return new RuleCaseFieldValue({ booleanValue: value });
  }

  /** No value: clears the field. */
  public static empty(): RuleCaseFieldValue {
    return new RuleCaseFieldValue({ emptyValue: {} });
  }

  private constructor(
    /** The value as CloudFormation takes it. */
    private readonly value: CfnRule.FieldValueProperty,
  ) {}

  /**
   * The value as CloudFormation takes it.
   * @internal
   */
  public _render(): CfnRule.FieldValueProperty {
    return this.value;
  }
}

/** A field of a case a rule creates or updates. */
export interface RuleCaseField {
  /** The field's id in the Cases domain (1 to 500 characters). */
  readonly fieldId: string;

  /** The field's value. */
  readonly value: RuleCaseFieldValue;
}

/**
 * An action a rule runs, on the resources it names. A rule has at most one of each kind.
 * @see https://docs.aws.amazon.com/connect/latest/APIReference/API_RuleAction.html
 */
export class RuleAction {
  /** Creates a task, run by a flow; a Zendesk or Salesforce rule must have one. */
  public static createTask(options: RuleTaskOptions): RuleAction {
    return new RuleAction('taskActions', options, undefined);
  }

  /** E-mails users. */
  public static sendNotification(options: RuleNotificationOptions): RuleAction {
    return new RuleAction('sendNotificationActions', options, undefined);
  }

  /**
   * Sends an EventBridge event.
   * @param name the name of the action (1 to 100 letters, digits and `._-`), in the event
   */
  public static generateEventBridgeEvent(name: string): RuleAction {
    return new RuleAction('eventBridgeActions', { name }, undefined);
  }

  /** Gives the contact a category named after the rule. */
  public static assignContactCategory(): RuleAction {
    return new RuleAction('assignContactCategoryActions', {}, undefined);
  }

  /** Ends the tasks linked to the case. */
  public static endAssociatedTasks(): RuleAction {
    return new RuleAction('endAssociatedTasksActions', {}, undefined);
  }

  /** Submits an automated evaluation of the contact with `form`. */
  public static submitAutoEvaluation(form: IEvaluationForm): RuleAction {
    return new RuleAction('submitAutoEvaluationActions', { form }, undefined);
  }

  /**
   * Creates a case in Amazon Connect Cases.
   * @param templateId the id of the case template (1 to 500 characters)
   * @param fields the case's fields (1 to 100)
   */
  public static createCase(templateId: string, fields: RuleCaseField[]): RuleAction {
    return new RuleAction('createCaseActions', { templateId }, fields);
  }

  /**
   * Updates the case.
   * @param fields the fields to change (1 to 100)
   */
  public static updateCase(fields: RuleCaseField[]): RuleAction {
    return new RuleAction('updateCaseActions', {}, fields);
  }

  private constructor(
    /** The key of the action list in `Actions`. */
    public readonly kind: string,
    private readonly options: Record<string, any>,
    private readonly fields: RuleCaseField[] | undefined,
  ) {}

  /**
   * The action as CloudFormation takes it, its problems recorded in `v`.
   * @internal
   */
  public _render(v: PropValidator, prop: string, instanceArn: string | undefined): object {
    const o = this.options ?? {};
    switch (this.kind) {
      case 'taskActions':
        return renderTask(v, prop, o as RuleTaskOptions, instanceArn);
      case 'sendNotificationActions':
        return renderNotification(v, prop, o as RuleNotificationOptions, instanceArn);
      case 'eventBridgeActions':
        v.checkString(`${prop}.name`, o.name, { pattern: /^[a-zA-Z0-9._-]{1,100}$/, patternMessage: 'must be 1 to 100 letters, digits and ._-' });
        return { name: o.name };
      case 'submitAutoEvaluationActions':
        if (checkReference(v, `${prop}.form`, o.form, 'evaluationFormArn', 'an evaluation form (IEvaluationForm)')) {
          checkInInstance(v, `${prop}.form`, o.form.evaluationFormArn, instanceArn, 'an evaluation form');
        }
        return { evaluationFormArn: o.form?.evaluationFormArn };
      case 'createCaseActions':
        v.checkString(`${prop}.templateId`, o.templateId, { minLength: 1, maxLength: 500 });
        return { templateId: o.templateId, fields: renderCaseFields(v, `${prop}.fields`, this.fields) };
      case 'updateCaseActions':
        return { fields: renderCaseFields(v, `${prop}.fields`, this.fields) };
      default:
        return {};
    }
  }
}

/**
 * A rule to create for an instance.
 * @see https://docs.aws.amazon.com/connect/latest/adminguide/rules.html
 * @see https://docs.aws.amazon.com/connect/latest/APIReference/API_CreateRule.html
 */
export interface RuleOptions {
  /** The event the rule runs on. */
  readonly eventSource: RuleEventSource;

  /**
   * The rule's condition, in the Amazon Connect rules function language, such as
   * `$.ContactLens.PostCall.Sentiment.Overall.Customer < 0` (as JSON for most event sources).
   * @see https://docs.aws.amazon.com/connect/latest/APIReference/connect-rules-language.html
   */
  readonly condition: string;

  /** The actions (at least one, at most one of each kind), run when the condition matches. */
  readonly actions: RuleAction[];

  /** The association of the Zendesk or Salesforce application, for those event sources only. @default - none */
  readonly integrationAssociation?: IIntegrationAssociation;

  /** The name (1 to 200 letters, digits and `._-`). @default - a name unique in the app, built from the construct path */
  readonly ruleName?: string;

  /** Whether the rule runs. @default RulePublishStatus.PUBLISHED */
  readonly publishStatus?: RulePublishStatus;
}

/** Properties of a `Rule`. */
export interface RuleProps extends RuleOptions {
  /** The instance the rule belongs to. */
  readonly instance: IConnectInstance;
}

/** The event sources of third-party applications, which need an integration association and a task action. */
const THIRD_PARTY = [
  RuleEventSource.ON_ZENDESK_TICKET_CREATE, RuleEventSource.ON_ZENDESK_TICKET_STATUS_UPDATE, RuleEventSource.ON_SALESFORCE_CASE_CREATE,
];
const ANALYSIS = [
  RuleEventSource.ON_POST_CALL_ANALYSIS_AVAILABLE, RuleEventSource.ON_REAL_TIME_CALL_ANALYSIS_AVAILABLE,
  RuleEventSource.ON_REAL_TIME_CHAT_ANALYSIS_AVAILABLE, RuleEventSource.ON_POST_CHAT_ANALYSIS_AVAILABLE,
];
/**
 * The event sources each action supports, as the API reference's RuleAction lists them; a source
 * it lists for none of them (e-mail analysis, SLA, schedules) is not checked.
 * @see https://docs.aws.amazon.com/connect/latest/APIReference/API_RuleAction.html
 */
const SUPPORTED: { [kind: string]: RuleEventSource[] } = {
  eventBridgeActions: [...ANALYSIS, RuleEventSource.ON_CONTACT_EVALUATION_SUBMIT, RuleEventSource.ON_METRIC_DATA_UPDATE],
  sendNotificationActions: [...ANALYSIS, RuleEventSource.ON_CONTACT_EVALUATION_SUBMIT, RuleEventSource.ON_METRIC_DATA_UPDATE],
  assignContactCategoryActions: [...ANALYSIS, ...THIRD_PARTY],
  createCaseActions: [RuleEventSource.ON_POST_CALL_ANALYSIS_AVAILABLE, RuleEventSource.ON_POST_CHAT_ANALYSIS_AVAILABLE],
  updateCaseActions: [RuleEventSource.ON_CASE_CREATE, RuleEventSource.ON_CASE_UPDATE],
  endAssociatedTasksActions: [RuleEventSource.ON_CASE_UPDATE],
};
const DOCUMENTED_SOURCES = new Set(Object.values(SUPPORTED).flat());
/** The kinds of `RuleAction`, of which a rule has one each at most. */
const ACTION_KINDS = 8;

/**
 * A rule of an Amazon Connect instance (Contact Lens, evaluation, metric, case and third-party
 * rules): when its event matches its condition, it runs actions on the flows, users and forms it names.
 * @resource AWS::Connect::Rule
 */
export class Rule extends Resource implements IRule {
  /** Imports a rule by ARN. */
  public static fromRuleArn(scope: Construct, id: string, ruleArn: string): IRule {
    checkInstanceResourceArn('ruleArn', ruleArn, 'rule', 'an Amazon Connect rule');
    class Import extends Resource implements IRule {
      public readonly ruleArn = ruleArn;
      public readonly ruleId = idFromInstanceResourceArn(ruleArn);
    }
    return new Import(scope, id, { environmentFromArn: ruleArn });
  }

  /** The ARN of the rule. @attribute */
  public readonly ruleArn: string;

  /** The id of the rule. @attribute */
  public readonly ruleId: string;

  constructor(scope: Construct, id: string, props: RuleProps) {
    super(scope, id);
    const v = new PropValidator();
    v.checkRequired('instance', props.instance);
    const instanceArn = props.instance?.instanceArn;
    // https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-connect-rule.html
    v.checkString('ruleName', props.ruleName, { pattern: /^[a-zA-Z0-9._-]{1,200}$/, patternMessage: 'must be 1 to 200 letters, digits and ._-' });
    if (v.checkRequired('eventSource', props.eventSource)) {
      checkEnum(v, 'eventSource', props.eventSource, RuleEventSource);
    }
    checkRequiredString(v, 'condition', props.condition, { pattern: /\S/, patternMessage: 'must not be empty' });
    checkEnum(v, 'publishStatus', props.publishStatus, RulePublishStatus);
    const source = props.eventSource;
    const thirdParty = THIRD_PARTY.includes(source);
    if (thirdParty) {
      // "IntegrationAssociationArn is required if TriggerEventSource is one of …"
      checkRequiredReference(v, 'integrationAssociation', props.integrationAssociation, 'integrationAssociationId',
        'an integration association (IIntegrationAssociation)');
    } else if (props.integrationAssociation !== undefined) {
      v.fail('integrationAssociation', props.integrationAssociation.node?.path, `is only for ${THIRD_PARTY.join(', ')} rules, not ${source}`);
    }

    const actions: Record<string, unknown[]> = {};
    const list = checkList(v, 'actions', props.actions, 1, ACTION_KINDS) ? props.actions : [];
    list.forEach((action, i) => {
      const prop = `actions[${i}]`;
      if (!(action instanceof RuleAction)) {
        v.fail(prop, action, 'must be a RuleAction, such as RuleAction.createTask()');
        return;
      }
      if (actions[action.kind]) {
        v.fail(prop, action.kind, 'must not repeat a kind of action: a rule has at most one of each');
      }
      const supported = SUPPORTED[action.kind];
      if (supported && DOCUMENTED_SOURCES.has(source) && !supported.includes(source)) {
        v.fail(prop, action.kind, `is not supported on ${source} rules, only on ${supported.join(', ')}`);
      }
      actions[action.kind] = [action._render(v, prop, instanceArn)];
    });
    if (thirdParty && !actions.taskActions) {
      v.failCombination(`actions must include RuleAction.createTask(): ${source} rules create a task`);
    }
    v.throwIfAny(this, 'Rule');

    // The service authorizes the association by ARN, which is under the instance's.
    // https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazonconnect.html#amazonconnect-resources-for-iam-policies
    const associationArn = thirdParty ? `${instanceArn}/integration-association/${props.integrationAssociation!.integrationAssociationId}` : undefined;
    const resource = new CfnRule(this, 'Resource', {
      instanceArn: props.instance.instanceArn,
      name: props.ruleName ?? defaultResourceName(this),
      triggerEventSource: {
        eventSourceName: source,
        integrationAssociationArn: associationArn,
      },
      function: props.condition,
      actions: actions as CfnRule.ActionsProperty,
      publishStatus: props.publishStatus ?? RulePublishStatus.PUBLISHED,
    });
    this.ruleArn = resource.attrRuleArn;
    this.ruleId = idFromInstanceResourceArn(this.ruleArn);
  }
}

function renderTask(v: PropValidator, prop: string, o: RuleTaskOptions, instanceArn: string | undefined): CfnRule.TaskActionProperty {
  checkRequiredString(v, `${prop}.name`, o.name, { minLength: 1, maxLength: 512 });
  v.checkString(`${prop}.description`, o.description, { maxLength: 4096 });
  if (checkRequiredReference(v, `${prop}.contactFlow`, o.contactFlow, 'contactFlowArn', 'a flow (IContactFlow)')) {
    checkInInstance(v, `${prop}.contactFlow`, o.contactFlow.contactFlowArn, instanceArn, 'a flow');
  }
  const urls = o.urls ?? {};
  for (const [name, url] of Object.entries(urls)) {
    v.checkString(`${prop}.urls.${name}`, url, { pattern: /^(\/|https:)/, patternMessage: 'must be a URL starting with https: (or /)' });
  }
  const references = Object.keys(urls).length > 0
    ? Object.fromEntries(Object.entries(urls).map(([name, url]) => [name, { type: 'URL', value: url }]))
    : undefined;
  return { name: o.name, description: o.description, contactFlowArn: o.contactFlow?.contactFlowArn, references };
}

function renderNotification(
  v: PropValidator, prop: string, o: RuleNotificationOptions, instanceArn: string | undefined,
): CfnRule.SendNotificationActionProperty {
  checkRequiredString(v, `${prop}.content`, o.content, { minLength: 1, maxLength: 1024 });
  v.checkString(`${prop}.subject`, o.subject, { minLength: 1, maxLength: 200 });
  const users = o.recipients !== undefined && checkList(v, `${prop}.recipients`, o.recipients, 1, 5) ? o.recipients : undefined;
  users?.forEach((user, i) => {
    if (checkReference(v, `${prop}.recipients[${i}]`, user, 'userArn', 'a user (IUser)')) {
      checkInInstance(v, `${prop}.recipients[${i}]`, user.userArn, instanceArn, 'a user');
    }
  });
  const tags = o.recipientUserTags !== undefined && Object.keys(o.recipientUserTags).length > 0 ? o.recipientUserTags : undefined;
  if (!users && !tags) {
    v.fail(`${prop}.recipients`, undefined, 'or recipientUserTags must name who is notified');
  }
  return {
    deliveryMethod: 'EMAIL',
    contentType: 'PLAIN_TEXT',
    subject: o.subject,
    content: o.content,
    recipient: { userArns: users?.map((u) => u.userArn), userTags: tags },
  };
}

function renderCaseFields(v: PropValidator, prop: string, fields: RuleCaseField[] | undefined): CfnRule.FieldProperty[] {
  const list = checkList(v, prop, fields, 1, 100) ? fields : [];
  return list.map((f, i) => {
    if (!v.checkRequired(`${prop}[${i}]`, f)) {
      return { id: '', value: {} };
    }
    v.checkString(`${prop}[${i}].fieldId`, f.fieldId, { minLength: 1, maxLength: 500 });
    if (!(f.value instanceof RuleCaseFieldValue)) {
      v.fail(`${prop}[${i}].value`, f.value, 'must be a RuleCaseFieldValue, such as RuleCaseFieldValue.text()');
      return { id: f.fieldId, value: {} };
    }
    return { id: f.fieldId, value: f.value._render() };
  });
}
