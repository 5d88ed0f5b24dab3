import { Annotations, IResource, Resource, Stack, Token } from 'aws-cdk-lib';
import { CfnView } from 'aws-cdk-lib/aws-connect';
import { Construct } from 'constructs';
import type { IConnectInstance } from './instance';
import { checkInstanceResourceArn, idFromInstanceResourceArn } from './private/resources/connect-arn';
import { defaultResourceName } from './private/resources/names';
import { registerUniqueName } from './private/resources/unique-names';
import { PropValidator } from './private/validation';

/** A view of an Amazon Connect instance: a page agents see in their workspace, which flows show. */
export interface IView extends IResource {
  /**
   * The ARN of the view, as a flow's **Show view** block takes it.
   *
   * @attribute
   */
  readonly viewArn: string;

  /**
   * The id of the view.
   *
   * @attribute
   */
  readonly viewId: string;
}

/**
 * A view to create for an instance: a template of components and the actions they raise.
 *
 * @see https://docs.aws.amazon.com/connect/latest/adminguide/view-resources-custom-view.html
 * @see https://docs.aws.amazon.com/connect/latest/APIReference/API_CreateView.html
 */
export interface ViewOptions {
  /** The template: the view's structure as a JSON object, such as one exported from the admin website's UI builder. */
  readonly template: { [key: string]: any };

  /** The actions the view's components raise (at most 1,000 names of 1 to 255 characters), which a flow branches on. */
  readonly actions: string[];

  /**
   * The name (1 to 512 characters: letters, digits, spaces and `_ . : / = + - @ ( ) '`, not starting with a space),
   * unique in the instance.
   *
   * @default - a name unique in the app, built from the construct path
   */
  readonly viewName?: string;

  /**
   * A description (at most 4,096 characters: as the name, and `,`).
   *
   * @default - none
   */
  readonly description?: string;
}

/** Properties of a `View`. */
export interface ViewProps extends ViewOptions {
  /** The instance the view belongs to. */
  readonly instance: IConnectInstance;
}

/** The registry schema's Name, Description and Actions patterns and bounds. */
const NAME = /^([\p{L}\p{N}_.:/=+\-@()']+[\p{L}\p{Z}\p{N}_.:/=+\-@()']*)$/u;
const DESCRIPTION = /^([\p{L}\p{N}_.:/=+\-@,()']+[\p{L}\p{Z}\p{N}_.:/=+\-@,()']*)$/u;
const ACTION = /^([\p{L}\p{N}_.:/=+\-@]+[\p{L}\p{Z}\p{N}_.:/=+\-@]*)$/u;
const MAX_NAME = 512;
const MAX_DESCRIPTION = 4096;
const MAX_ACTIONS = 1000;
const MAX_ACTION = 255;
/** CreateView: the uncompressed content (template and actions) is at most 400 kB. */
const MAX_CONTENT_BYTES = 400 * 1024;

/**
 * A view of an Amazon Connect instance. Publish it with a `ViewVersion` to pin what a flow shows.
 *
 * @resource AWS::Connect::View
 * @see https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-connect-view.html
 */
export class View extends Resource implements IView {
  /** Imports a view by ARN (`…/view/<id>`). */
  public static fromViewArn(scope: Construct, id: string, viewArn: string): IView {
    checkInstanceResourceArn('viewArn', viewArn, 'view', 'an Amazon Connect view');
    class Import extends Resource implements IView {
      public readonly viewArn = viewArn;
      public readonly viewId = idFromInstanceResourceArn(viewArn);
    }
    return new Import(scope, id, { environmentFromArn: viewArn });
  }

  /**
   * The ARN of the view.
   *
   * @attribute
   */
  public readonly viewArn: string;

  /**
   * The id of the view.
   *
   * @attribute
   */
  public readonly viewId: string;

  /**
   * The checksum of the view's content, which changes with the template and the actions.
   *
   * @attribute
   */
  public readonly viewContentSha256: string;

  /** The name of the view. */
  public readonly viewName: string;

  constructor(scope: Construct, id: string, props: ViewProps) {
    super(scope, id);
    const v = new PropValidator();
    v.checkRequired('instance', props.instance);
    v.checkString('viewName', props.viewName, {
      minLength: 1, maxLength: MAX_NAME, pattern: NAME, patternMessage: 'must be letters, digits, spaces and _ . : / = + - @ ( ) \', not starting with a space',
    });
    v.checkString('description', props.description, {
      maxLength: MAX_DESCRIPTION, pattern: DESCRIPTION, patternMessage: 'must be letters, digits, spaces and _ . : / = + - @ , ( ) \', not starting with a space',
    });
    checkContent(this, v, props);
    v.throwIfAny(this, 'View');

    this.viewName = props.viewName ?? defaultResourceName(this);
    // CreateView: "The views will have a unique name for each connect instance."
    registerUniqueName(props.instance, { kind: 'View', prop: 'viewName', within: 'the instance' }, this, this.viewName);
    const resource = new CfnView(this, 'Resource', {
      instanceArn: props.instance.instanceArn,
      name: this.viewName,
      description: props.description,
      template: props.template,
      actions: props.actions,
    });
    this.viewArn = resource.attrViewArn;
    this.viewId = resource.attrViewId;
    this.viewContentSha256 = resource.attrViewContentSha256;
    const unlisted = [...componentActions(props.template)].filter((action) => !props.actions.includes(action));
    if (unlisted.length > 0) {
      Annotations.of(this).addWarningV2('cdk-connect-instance:viewActions',
        `the template's components raise ${unlisted.map((a) => JSON.stringify(a)).join(', ')}, which actions does not list: a flow's Show view block branches only on listed actions`);
    }
  }
}

/** The literal `Action` names of the template's components (`Props.Action`), as the admin guide's example lists them in `Actions`. */
function componentActions(node: unknown, found = new Set<string>()): Set<string> {
  if (Array.isArray(node)) {
    node.forEach((child) => componentActions(child, found));
  } else if (typeof node === 'object' && node !== null) {
    const props = (node as { Props?: { Action?: unknown } }).Props;
    if (typeof props?.Action === 'string' && !Token.isUnresolved(props.Action)) {
      found.add(props.Action);
    }
    Object.values(node).forEach((child) => componentActions(child, found));
  }
  return found;
}

/** Records the problems of the template and the actions. */
function checkContent(scope: Construct, v: PropValidator, props: ViewOptions): void {
  const template = props.template;
  if (v.checkRequired('template', template) && !Token.isUnresolved(template)
    && (typeof template !== 'object' || Array.isArray(template))) {
    v.fail('template', template, 'must be a JSON object');
  }
  const actions = props.actions;
  if (!v.checkRequired('actions', actions)) {
    return;
  }
  if (!Array.isArray(actions)) {
    if (!Token.isUnresolved(actions)) {
      v.fail('actions', actions, 'must be a list of action names');
    }
    return;
  }
  if (actions.length > MAX_ACTIONS) {
    v.fail('actions', `${actions.length} actions`, `must list at most ${MAX_ACTIONS} actions`);
  }
  actions.forEach((action, index) => v.checkString(`actions[${index}]`, action, {
    minLength: 1, maxLength: MAX_ACTION, pattern: ACTION, patternMessage: 'must be letters, digits, spaces and _ . : / = + - @, not starting with a space',
  }));
  if (typeof template === 'object' && template !== null && !v.hasProblems) {
    const resolved = JSON.stringify(Stack.of(scope).resolve({ template, actions }));
    const bytes = Buffer.byteLength(resolved, 'utf8');
    if (bytes > MAX_CONTENT_BYTES) {
      v.fail('template', `${bytes} bytes with the actions`, `must make a content of at most ${MAX_CONTENT_BYTES} bytes`);
    }
  }
}
