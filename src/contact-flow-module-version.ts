import { CfnResource, IResource, Resource, Token } from 'aws-cdk-lib';
import { Construct } from 'constructs';
import type { IContactFlowModule } from './contact-flow-module';
import { checkRequiredReference } from './private/resources/checks';
import { checkQualifiedArn, unqualifiedArn, VERSION_QUALIFIER, versionOf } from './private/resources/qualified-arn';
import { PropValidator } from './private/validation';

/** A published version of a flow module: its content at the time it was published. */
export interface IContactFlowModuleVersion extends IResource {
  /**
   * The ARN of the version (`…/flow-module/<module id>:<version>`).
   *
   * @attribute
   */
  readonly contactFlowModuleVersionArn: string;

  /**
   * The version number, 1 for the module's first.
   *
   * @attribute
   */
  readonly version: number;

  /** The ARN of the flow module the version belongs to. */
  readonly contactFlowModuleArn: string;
}

/** Properties of a `ContactFlowModuleVersion`. */
export interface ContactFlowModuleVersionProps {
  /** The flow module to publish. Changing it publishes a version of the new module. */
  readonly contactFlowModule: IContactFlowModule;

  /**
   * A description (at most 500 characters, not only spaces). Changing it publishes a new version
   * of the module's content.
   *
   * @default - none
   */
  readonly description?: string;
}

/** The registry schema's Description (at most 500) and the API's pattern `.*\S.*`. */
const MAX_DESCRIPTION = 500;
const NOT_BLANK = /\S/;

/**
 * A version of a flow module: CloudFormation publishes the module's content when it creates the
 * version, and again (a new version, the old one deleted) when the module or the description
 * changes; a change of the module's content alone publishes nothing. Flows invoke a version through
 * a `ContactFlowModuleAlias`, which moves from version to version without being replaced.
 *
 * aws-cdk-lib 2.220.0 has no `CfnContactFlowModuleVersion`: the resource is written as a `CfnResource`.
 *
 * @resource AWS::Connect::ContactFlowModuleVersion
 * @see https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-connect-contactflowmoduleversion.html
 * @see https://docs.aws.amazon.com/connect/latest/APIReference/API_CreateContactFlowModuleVersion.html
 */
export class ContactFlowModuleVersion extends Resource implements IContactFlowModuleVersion {
  /** Imports a flow module version by ARN (`…/flow-module/<module id>:<version>`). */
  public static fromContactFlowModuleVersionArn(scope: Construct, id: string, contactFlowModuleVersionArn: string): IContactFlowModuleVersion {
    checkQualifiedArn('contactFlowModuleVersionArn', contactFlowModuleVersionArn, 'flow-module', VERSION_QUALIFIER, 'an Amazon Connect flow module version');
    class Import extends Resource implements IContactFlowModuleVersion {
      public readonly contactFlowModuleVersionArn = contactFlowModuleVersionArn;
      public readonly version = versionOf(contactFlowModuleVersionArn);
      public readonly contactFlowModuleArn = unqualifiedArn(contactFlowModuleVersionArn);
    }
    return new Import(scope, id, { environmentFromArn: contactFlowModuleVersionArn });
  }

  /**
   * The ARN of the version.
   *
   * @attribute
   */
  public readonly contactFlowModuleVersionArn: string;

  /**
   * The version number.
   *
   * @attribute
   */
  public readonly version: number;

  /** The ARN of the flow module the version belongs to. */
  public readonly contactFlowModuleArn: string;

  constructor(scope: Construct, id: string, props: ContactFlowModuleVersionProps) {
    super(scope, id);
    const v = new PropValidator();
    const module = props.contactFlowModule;
    checkRequiredReference(v, 'contactFlowModule', module, 'contactFlowModuleArn',
      'a flow module (IContactFlowModule), such as instance.addContactFlowModule() or ContactFlowModule.fromContactFlowModuleArn()');
    v.checkString('description', props.description, {
      maxLength: MAX_DESCRIPTION, pattern: NOT_BLANK, patternMessage: 'must contain a character other than white space',
    });
    v.throwIfAny(this, 'ContactFlowModuleVersion');

    // The registry schema's ContactFlowModuleId takes the module's ARN.
    const resource = new CfnResource(this, 'Resource', {
      type: 'AWS::Connect::ContactFlowModuleVersion',
      properties: { ContactFlowModuleId: module.contactFlowModuleArn, Description: props.description },
    });
    this.contactFlowModuleVersionArn = resource.getAtt('ContactFlowModuleVersionARN').toString();
    this.version = Token.asNumber(resource.getAtt('Version'));
    this.contactFlowModuleArn = module.contactFlowModuleArn;
  }
}
