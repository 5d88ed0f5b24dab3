import { Duration, Token } from 'aws-cdk-lib';
import { FlowAction } from './flow-action';
import type { FlowDefinition } from './flow-definition';
import type { FlowValue } from './flow-value';
import type { IContactFlow } from '../contact-flow';
import { definedOnly, renderValues, secondsProblems, secondsText, show, valueMapProblems, valueProblems } from '../private/flows/parameters';

/** Properties of a `CreateCase` action. */
export interface CreateCaseProps {
  /** The id of the case template the case is created from. */
  readonly caseTemplateId: string;

  /** Case fields to set, by field id: literals or references. @default - the template's defaults */
  readonly fields?: { [fieldId: string]: FlowValue };

  /**
   * Link the contact to the case, so that the case opens when the agent accepts the contact;
   * the action then raises ContactNotLinked when the link fails.
   *
   * @default false
   */
  readonly linkContactToCase?: boolean;
}

/**
 * Creates a case from a case template (Amazon Connect Cases). Errors: ContactNotLinked (with
 * `linkContactToCase`), NoMatchingError. Allowed in every flow type.
 *
 * @see https://docs.aws.amazon.com/connect/latest/APIReference/createcase.html
 */
export class CreateCase extends FlowAction {
  constructor(definition: FlowDefinition, id: string, props: CreateCaseProps) {
    super(definition, id, {
      type: 'CreateCase',
      parameters: definedOnly({
        LinkContactToCase: linkText(props.linkContactToCase),
        CaseTemplateId: props.caseTemplateId,
        CaseRequestFields: renderValues(props.fields),
      }),
      errors: props.linkContactToCase ? ['ContactNotLinked'] : [],
      raisesErrors: true,
    });
    [
      ...(typeof props.caseTemplateId !== 'string' || props.caseTemplateId.length === 0
        ? [`caseTemplateId must be the id of a case template, got ${show(props.caseTemplateId)}`] : []),
      ...valueMapProblems('fields', props.fields, false),
    ].forEach(p => this.addProblem(p));
  }

  /** Where the flow goes when the case was created but the contact could not be linked to it. */
  public onContactNotLinked(action: FlowAction): FlowAction {
    return this.branchOnError('ContactNotLinked', action);
  }
}

/** Properties of a `GetCase` action. */
export interface GetCaseProps {
  /** The customer whose cases are searched, such as `FlowValue.jsonPath('$.Customer.ProfileARN')`. */
  readonly customerId: FlowValue;

  /** Case fields the cases must match, by field id. @default - every case of the customer */
  readonly fields?: { [fieldId: string]: FlowValue };

  /** Field ids of the found case to keep in the flow's case data. @default - none */
  readonly responseFields?: string[];

  /** Keep only the case updated last. @default false */
  readonly lastUpdatedCaseOnly?: boolean;

  /** Link the contact to the case found; the action then raises ContactNotLinked when the link fails. @default false */
  readonly linkContactToCase?: boolean;
}

/**
 * Finds a case of a customer (Amazon Connect Cases). Errors: MultipleFound, NoneFound, ContactNotLinked
 * (with `linkContactToCase`), NoMatchingError. Allowed in every flow type.
 *
 * @see https://docs.aws.amazon.com/connect/latest/APIReference/getcase.html
 */
export class GetCase extends FlowAction {
  constructor(definition: FlowDefinition, id: string, props: GetCaseProps) {
    super(definition, id, {
      type: 'GetCase',
      parameters: definedOnly({
        LinkContactToCase: linkText(props.linkContactToCase),
        GetLastUpdatedCase: props.lastUpdatedCaseOnly === undefined ? undefined : String(props.lastUpdatedCaseOnly),
        CustomerId: props.customerId?.toString(),
        CaseRequestFields: renderValues(props.fields),
        CaseResponseFields: props.responseFields,
      }),
      errors: ['MultipleFound', 'NoneFound', ...(props.linkContactToCase ? ['ContactNotLinked'] : [])],
    });
    const problems = [
      ...valueProblems('customerId', props.customerId, { required: true }),
      ...valueMapProblems('fields', props.fields, false),
    ];
    if (props.responseFields !== undefined && (!Array.isArray(props.responseFields) || props.responseFields.some(f => typeof f !== 'string' || f.length === 0))) {
      problems.push(`responseFields must be a list of field ids, got ${show(props.responseFields)}`);
    }
    problems.forEach(p => this.addProblem(p));
  }

  /** Where the flow goes when more than one case matches. */
  public onMultipleFound(action: FlowAction): FlowAction {
    return this.branchOnError('MultipleFound', action);
  }

  /** Where the flow goes when no case matches. */
  public onNoneFound(action: FlowAction): FlowAction {
    return this.branchOnError('NoneFound', action);
  }

  /** Where the flow goes when the case was found but the contact could not be linked to it. */
  public onContactNotLinked(action: FlowAction): FlowAction {
    return this.branchOnError('ContactNotLinked', action);
  }
}

/** Properties of an `UpdateCase` action. */
export interface UpdateCaseProps {
  /** The case to update, such as `FlowValue.jsonPath('$.Case.case_id')`. */
  readonly caseId: FlowValue;

  /** Case fields to set, by field id. @default - none */
  readonly fields?: { [fieldId: string]: FlowValue };

  /** Link the contact to the case; the action then raises ContactNotLinked when the link fails. @default false */
  readonly linkContactToCase?: boolean;
}

/**
 * Updates fields of a case (Amazon Connect Cases). Errors: ContactNotLinked (with `linkContactToCase`),
 * NoMatchingError. Allowed in every flow type.
 *
 * @see https://docs.aws.amazon.com/connect/latest/APIReference/updatecase.html
 */
export class UpdateCase extends FlowAction {
  constructor(definition: FlowDefinition, id: string, props: UpdateCaseProps) {
    super(definition, id, {
      type: 'UpdateCase',
      parameters: definedOnly({
        LinkContactToCase: linkText(props.linkContactToCase),
        CaseId: props.caseId?.toString(),
        CaseRequestFields: renderValues(props.fields),
      }),
      errors: props.linkContactToCase ? ['ContactNotLinked'] : [],
      raisesErrors: true,
    });
    [
      ...valueProblems('caseId', props.caseId, { required: true }),
      ...valueMapProblems('fields', props.fields, false),
    ].forEach(p => this.addProblem(p));
  }

  /** Where the flow goes when the case was updated but the contact could not be linked to it. */
  public onContactNotLinked(action: FlowAction): FlowAction {
    return this.branchOnError('ContactNotLinked', action);
  }
}

/** Properties of a `CreateTask` action. */
export interface CreateTaskProps {
  /** The flow that runs the task. */
  readonly flow: IContactFlow;

  /** The task's name, shown to the agent. */
  readonly name: string;

  /** The task's description, shown to the agent. @default - none */
  readonly description?: string;

  /** Contact attributes of the task, by name: literals or references. @default - none */
  readonly attributes?: { [name: string]: FlowValue };

  /** Create the task after this delay: 1 second to 6 days. Not with `scheduledTime`. @default - now */
  readonly delay?: Duration;

  /** Create the task at this date and time. Not with `delay`. @default - now */
  readonly scheduledTime?: FlowValue;

  /** The id of the task template the task is created from. @default - no template */
  readonly taskTemplateId?: string;
}

/**
 * Creates a task that runs a flow, now or later. Errors: NoMatchingError. Allowed in every flow type and
 * channel. `References` is left out: the page does not show its shape.
 *
 * @see https://docs.aws.amazon.com/connect/latest/APIReference/createtask.html
 */
export class CreateTask extends FlowAction {
  constructor(definition: FlowDefinition, id: string, props: CreateTaskProps) {
    super(definition, id, {
      type: 'CreateTask',
      parameters: definedOnly({
        ContactFlowId: props.flow?.contactFlowArn,
        Attributes: renderValues(props.attributes),
        Name: props.name,
        Description: props.description,
        DelaySeconds: secondsText(props.delay),
        ScheduledTime: props.scheduledTime?.toString(),
        TaskTemplateId: props.taskTemplateId,
      }),
      raisesErrors: true,
    });
    const problems = [
      ...valueMapProblems('attributes', props.attributes, false),
      ...secondsProblems('delay', props.delay, 1, 518_400),
      ...valueProblems('scheduledTime', props.scheduledTime),
    ];
    if (props.flow === undefined) {
      problems.push('flow is required');
    }
    // StartTaskContact's limits (https://docs.aws.amazon.com/connect/latest/APIReference/API_StartTaskContact.html).
    if (typeof props.name !== 'string' || (!Token.isUnresolved(props.name) && (props.name.length < 1 || props.name.length > 512))) {
      problems.push(`name must be 1 to 512 characters long, got ${show(props.name)}`);
    }
    if (props.description !== undefined && !Token.isUnresolved(props.description) && props.description.length > 4096) {
      problems.push(`description must be at most 4096 characters long (length ${props.description.length})`);
    }
    if (props.delay !== undefined && props.scheduledTime !== undefined) {
      problems.push(`takes only one of delay or scheduledTime, got delay ${props.delay.toHumanString()} and scheduledTime ${show(props.scheduledTime)}`);
    }
    if (props.taskTemplateId !== undefined) {
      problems.push(...staticIdProblems('taskTemplateId', props.taskTemplateId));
    }
    problems.forEach(p => this.addProblem(p));
  }
}

/** `LinkContactToCase` as the page writes it: "true" or "false". */
function linkText(link: boolean | undefined): string | undefined {
  return link === undefined ? undefined : String(link);
}

/** An id that "must be defined statically": not empty, not a JSONPath. */
function staticIdProblems(prop: string, id: string | undefined): string[] {
  if (typeof id !== 'string' || (!Token.isUnresolved(id) && (id.length === 0 || id.startsWith('$.')))) {
    return [`${prop} must be a literal id (not a JSONPath), got ${show(id)}`];
  }
  return [];
}
