import { IResource, Resource } from 'aws-cdk-lib';
import { CfnTaskTemplate } from 'aws-cdk-lib/aws-connect';
import { Construct } from 'constructs';
import type { IContactFlow } from './contact-flow';
import type { IConnectInstance } from './instance';
import { checkEnum, checkList, checkReference, checkRequiredString, checkUnique } from './private/resources/checks';
import { checkInstanceResourceArn, idFromInstanceResourceArn } from './private/resources/connect-arn';
import { defaultResourceName } from './private/resources/names';
import { PropValidator } from './private/validation';

/** A task template of an Amazon Connect instance: the form agents and rules fill to create a task. */
export interface ITaskTemplate extends IResource {
  /** The ARN of the task template. @attribute */
  readonly taskTemplateArn: string;

  /** The id of the task template. @attribute */
  readonly taskTemplateId: string;
}

/**
 * The type of a task template's field (the registry schema's `FieldType`).
 * @see https://docs.aws.amazon.com/connect/latest/adminguide/task-templates.html
 */
export enum TaskTemplateFieldType {
  /** The task's name; a template has at least one. */
  NAME = 'NAME',
  /** The task's description. */
  DESCRIPTION = 'DESCRIPTION',
  /** When the task is scheduled. */
  SCHEDULED_TIME = 'SCHEDULED_TIME',
  /** The quick connect the task is transferred to. */
  QUICK_CONNECT = 'QUICK_CONNECT',
  /** A link. */
  URL = 'URL',
  /** A number. */
  NUMBER = 'NUMBER',
  /** A line of text. */
  TEXT = 'TEXT',
  /** Several lines of text. */
  TEXT_AREA = 'TEXT_AREA',
  /** A date and time. */
  DATE_TIME = 'DATE_TIME',
  /** A check box. */
  BOOLEAN = 'BOOLEAN',
  /** One of `options`. */
  SINGLE_SELECT = 'SINGLE_SELECT',
  /** An e-mail address. */
  EMAIL = 'EMAIL',
}

/** Whether agents can create tasks from a template. */
export enum TaskTemplateStatus {
  /** Agents can use the template. */
  ACTIVE = 'ACTIVE',
  /** The template is kept but not offered. */
  INACTIVE = 'INACTIVE',
}

/** A field of a task template, with what agents may do with it. */
export interface TaskTemplateField {
  /** The field's name (1 to 100 characters), unique in the template. */
  readonly name: string;

  /** The field's type. */
  readonly type: TaskTemplateFieldType;

  /** A description (at most 255 characters). @default - none */
  readonly description?: string;

  /** The choices of a `SINGLE_SELECT` field (at most 50, each 1 to 100 letters, digits, spaces and `_.,-`). @default - none */
  readonly options?: string[];

  /** Whether agents must fill the field. @default false */
  readonly required?: boolean;

  /** Whether agents can only read the field. @default false */
  readonly readOnly?: boolean;

  /** Whether the field is hidden from agents. @default false */
  readonly invisible?: boolean;

  /** The field's value when the task is created (1 to 4,096 characters). @default - none */
  readonly defaultValue?: string;
}

/**
 * A task template to create for an instance.
 * @see https://docs.aws.amazon.com/connect/latest/adminguide/task-templates.html
 * @see https://docs.aws.amazon.com/connect/latest/APIReference/API_CreateTaskTemplate.html
 */
export interface TaskTemplateOptions {
  /** The fields (1 to 50), at least one of type `NAME`, in the order agents see them. */
  readonly fields: TaskTemplateField[];

  /** The name (1 to 100 characters). @default - a name unique in the app, built from the construct path */
  readonly taskTemplateName?: string;

  /** A description (at most 255 characters). @default - none */
  readonly description?: string;

  /** The flow a task created from the template runs. @default - none: the creator of the task names the flow, or a `QUICK_CONNECT` field routes it */
  readonly contactFlow?: IContactFlow;

  /** The flow a task created from the template and assigned to its creator runs. @default - none */
  readonly selfAssignContactFlow?: IContactFlow;

  /** Whether agents can use the template. @default TaskTemplateStatus.ACTIVE */
  readonly status?: TaskTemplateStatus;
}

/** Properties of a `TaskTemplate`. */
export interface TaskTemplateProps extends TaskTemplateOptions {
  /** The instance the task template belongs to. */
  readonly instance: IConnectInstance;
}

/** The registry schema's `FieldOption`. */
const FIELD_OPTION = /^[A-Za-z0-9](?:[A-Za-z0-9_.,\s-]*[A-Za-z0-9_.,-])?$/;

/**
 * A task template of an Amazon Connect instance: the fields of a task, which of them agents must
 * fill, may edit or see, their defaults, and the flow the task runs.
 * @resource AWS::Connect::TaskTemplate
 */
export class TaskTemplate extends Resource implements ITaskTemplate {
  /** Imports a task template by ARN. */
  public static fromTaskTemplateArn(scope: Construct, id: string, taskTemplateArn: string): ITaskTemplate {
    checkInstanceResourceArn('taskTemplateArn', taskTemplateArn, 'task-template', 'an Amazon Connect task template');
    class Import extends Resource implements ITaskTemplate {
      public readonly taskTemplateArn = taskTemplateArn;
      public readonly taskTemplateId = idFromInstanceResourceArn(taskTemplateArn);
    }
    return new Import(scope, id, { environmentFromArn: taskTemplateArn });
  }

  /** The ARN of the task template. @attribute */
  public readonly taskTemplateArn: string;

  /** The id of the task template. @attribute */
  public readonly taskTemplateId: string;

  constructor(scope: Construct, id: string, props: TaskTemplateProps) {
    super(scope, id);
    const v = new PropValidator();
    v.checkRequired('instance', props.instance);
    // The registry schema's bounds: Name 1 to 100, Description and a field's at most 255, 50 fields.
    // https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-connect-tasktemplate.html
    v.checkString('taskTemplateName', props.taskTemplateName, { minLength: 1, maxLength: 100 });
    v.checkString('description', props.description, { maxLength: 255 });
    checkReference(v, 'contactFlow', props.contactFlow, 'contactFlowArn', 'a flow (IContactFlow)');
    checkReference(v, 'selfAssignContactFlow', props.selfAssignContactFlow, 'contactFlowArn', 'a flow (IContactFlow)');
    checkEnum(v, 'status', props.status, TaskTemplateStatus);
    const fields = checkList(v, 'fields', props.fields, 1, 50) ? props.fields : [];
    fields.forEach((field, i) => checkField(v, `fields[${i}]`, field));
    checkUnique(v, 'fields[].name', fields.map((f) => f?.name), 'must be unique in the template');
    // "A template requires at least one field that has type Name."
    if (fields.length > 0 && !fields.some((f) => f?.type === TaskTemplateFieldType.NAME)) {
      v.failCombination('fields must include a field of type NAME, the task\'s name');
    }
    v.throwIfAny(this, 'TaskTemplate');

    const ids = (wanted: (f: TaskTemplateField) => boolean | undefined) => {
      const named = fields.filter((f) => wanted(f)).map((f) => ({ Id: { Name: f.name } }));
      return named.length > 0 ? named : undefined;
    };
    const required = ids((f) => f.required);
    const readOnly = ids((f) => f.readOnly);
    const invisible = ids((f) => f.invisible);
    const defaults = fields.filter((f) => f.defaultValue !== undefined).map((f) => ({ id: { name: f.name }, defaultValue: f.defaultValue! }));
    const resource = new CfnTaskTemplate(this, 'Resource', {
      instanceArn: props.instance.instanceArn,
      name: props.taskTemplateName ?? defaultResourceName(this, 100),
      description: props.description,
      contactFlowArn: props.contactFlow?.contactFlowArn,
      selfAssignContactFlowArn: props.selfAssignContactFlow?.contactFlowArn,
      status: props.status ?? TaskTemplateStatus.ACTIVE,
      fields: fields.map((f) => ({ id: { name: f.name }, type: f.type, description: f.description, singleSelectOptions: f.options })),
      // Typed `any` by the L1, so passed as CloudFormation writes it.
      constraints: required || readOnly || invisible ? { RequiredFields: required, ReadOnlyFields: readOnly, InvisibleFields: invisible } : undefined,
      defaults: defaults.length > 0 ? defaults : undefined,
    });
    this.taskTemplateArn = resource.attrArn;
    this.taskTemplateId = idFromInstanceResourceArn(this.taskTemplateArn);
  }
}

function checkField(v: PropValidator, prop: string, field: TaskTemplateField): void {
  if (!v.checkRequired(prop, field)) {
    return;
  }
  checkRequiredString(v, `${prop}.name`, field.name, { minLength: 1, maxLength: 100 });
  if (v.checkRequired(`${prop}.type`, field.type)) {
    checkEnum(v, `${prop}.type`, field.type, TaskTemplateFieldType);
  }
  v.checkString(`${prop}.description`, field.description, { maxLength: 255 });
  v.checkString(`${prop}.defaultValue`, field.defaultValue, { minLength: 1, maxLength: 4096 });
  if (field.options !== undefined) {
    if (field.type !== TaskTemplateFieldType.SINGLE_SELECT) {
      v.fail(`${prop}.options`, field.options, `are only for a SINGLE_SELECT field, not ${field.type}`);
    } else if (checkList(v, `${prop}.options`, field.options, 0, 50)) {
      field.options.forEach((o, j) => v.checkString(`${prop}.options[${j}]`, o, {
        minLength: 1,
        maxLength: 100,
        pattern: FIELD_OPTION,
        patternMessage: 'must be letters, digits, spaces and _.,- starting with a letter or digit and not ending with a space',
      }));
    }
  }
}
