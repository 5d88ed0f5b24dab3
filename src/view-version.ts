import { IResource, Resource } from 'aws-cdk-lib';
import { CfnViewVersion } from 'aws-cdk-lib/aws-connect';
import { Construct } from 'constructs';
import { checkRequiredReference } from './private/resources/checks';
import { checkQualifiedArn, unqualifiedArn, VERSION_QUALIFIER, versionOf } from './private/resources/qualified-arn';
import { PropValidator } from './private/validation';
import type { IView } from './view';

/** A published version of a view, which a flow's **Show view** block can pin. */
export interface IViewVersion extends IResource {
  /**
   * The ARN of the version (`…/view/<view id>:<version>`).
   *
   * @attribute
   */
  readonly viewVersionArn: string;

  /**
   * The version number.
   *
   * @attribute
   */
  readonly version: number;

  /** The ARN of the view the version belongs to. */
  readonly viewArn: string;
}

/** Properties of a `ViewVersion`. */
export interface ViewVersionProps {
  /** The view to publish. Changing it publishes a version of the new view. */
  readonly view: IView;

  /**
   * A description (1 to 4,096 characters: letters, digits, spaces and `_ . : / = + - @ , ( ) '`, not
   * starting with a space). Changing it publishes a new version of the view's content.
   *
   * @default - none
   */
  readonly versionDescription?: string;
}

/** The registry schema's VersionDescription. */
const DESCRIPTION = /^([\p{L}\p{N}_.:/=+\-@,()']+[\p{L}\p{Z}\p{N}_.:/=+\-@,()']*)$/u;
const MAX_DESCRIPTION = 4096;

/**
 * A version of a view: CloudFormation publishes the view's content when it creates the version, and
 * again (a new version, the old one deleted) when the view or the description changes; a change of
 * the view's template alone publishes nothing.
 *
 * @resource AWS::Connect::ViewVersion
 * @see https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-connect-viewversion.html
 * @see https://docs.aws.amazon.com/connect/latest/APIReference/API_CreateViewVersion.html
 */
export class ViewVersion extends Resource implements IViewVersion {
  /** Imports a view version by ARN (`…/view/<view id>:<version>`). */
  public static fromViewVersionArn(scope: Construct, id: string, viewVersionArn: string): IViewVersion {
    checkQualifiedArn('viewVersionArn', viewVersionArn, 'view', VERSION_QUALIFIER, 'an Amazon Connect view version');
    class Import extends Resource implements IViewVersion {
      public readonly viewVersionArn = viewVersionArn;
      public readonly version = versionOf(viewVersionArn);
      public readonly viewArn = unqualifiedArn(viewVersionArn);
    }
    return new Import(scope, id, { environmentFromArn: viewVersionArn });
  }

  /**
   * The ARN of the version.
   *
   * @attribute
   */
  public readonly viewVersionArn: string;

  /**
   * The version number.
   *
   * @attribute
   */
  public readonly version: number;

  /** The ARN of the view the version belongs to. */
  public readonly viewArn: string;

  constructor(scope: Construct, id: string, props: ViewVersionProps) {
    super(scope, id);
    const v = new PropValidator();
    checkRequiredReference(v, 'view', props.view, 'viewArn', 'a view (IView), such as instance.addView() or View.fromViewArn()');
    v.checkString('versionDescription', props.versionDescription, {
      minLength: 1,
      maxLength: MAX_DESCRIPTION,
      pattern: DESCRIPTION,
      patternMessage: 'must be letters, digits, spaces and _ . : / = + - @ , ( ) \', not starting with a space',
    });
    v.throwIfAny(this, 'ViewVersion');

    const resource = new CfnViewVersion(this, 'Resource', {
      viewArn: props.view.viewArn,
      versionDescription: props.versionDescription,
    });
    this.viewVersionArn = resource.attrViewVersionArn;
    this.version = resource.attrVersion;
    this.viewArn = props.view.viewArn;
  }
}
