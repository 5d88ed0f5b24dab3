import { IResource, Resource } from 'aws-cdk-lib';
import { CfnContactFlowVersion } from 'aws-cdk-lib/aws-connect';
import { Construct } from 'constructs';
import { ContactFlow, IContactFlow } from './contact-flow';
import { checkRequiredReference } from './private/resources/checks';
import { checkQualifiedArn, unqualifiedArn, VERSION_QUALIFIER, versionOf } from './private/resources/qualified-arn';
import { PropValidator } from './private/validation';

/** A published version of a flow: its content at the time it was published. */
export interface IContactFlowVersion extends IResource {
  /**
   * The ARN of the version (`…/contact-flow/<flow id>:<version>`).
   *
   * @attribute
   */
  readonly contactFlowVersionArn: string;

  /**
   * The version number, 1 for the flow's first.
   *
   * @attribute
   */
  readonly version: number;

  /** The ARN of the flow the version belongs to. */
  readonly contactFlowArn: string;
}

/** Properties of a `ContactFlowVersion`. */
export interface ContactFlowVersionProps {
  /** The flow to publish (type `CAMPAIGN`). Changing it publishes a version of the new flow. */
  readonly contactFlow: IContactFlow;

  /**
   * A description (at most 500 characters). Changing it publishes a new version of the flow's content.
   *
   * @default - none
   */
  readonly description?: string;
}

/** The registry schema's Description: at most 500 characters. */
const MAX_DESCRIPTION = 500;

/**
 * A version of a flow: CloudFormation publishes the flow's content when it creates the version, and
 * again (a new version, the old one deleted) when the flow or the description changes; a change of
 * the flow's content alone publishes nothing. CreateContactFlowVersion takes only flows of type
 * `CAMPAIGN`, so any other type of flow created in the app fails at synth.
 *
 * @resource AWS::Connect::ContactFlowVersion
 * @see https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-connect-contactflowversion.html
 * @see https://docs.aws.amazon.com/connect/latest/APIReference/API_CreateContactFlowVersion.html
 */
export class ContactFlowVersion extends Resource implements IContactFlowVersion {
  /** Imports a flow version by ARN (`…/contact-flow/<flow id>:<version>`). */
  public static fromContactFlowVersionArn(scope: Construct, id: string, contactFlowVersionArn: string): IContactFlowVersion {
    checkQualifiedArn('contactFlowVersionArn', contactFlowVersionArn, 'contact-flow', VERSION_QUALIFIER, 'an Amazon Connect flow version');
    class Import extends Resource implements IContactFlowVersion {
      public readonly contactFlowVersionArn = contactFlowVersionArn;
      public readonly version = versionOf(contactFlowVersionArn);
      public readonly contactFlowArn = unqualifiedArn(contactFlowVersionArn);
    }
    return new Import(scope, id, { environmentFromArn: contactFlowVersionArn });
  }

  /**
   * The ARN of the version.
   *
   * @attribute
   */
  public readonly contactFlowVersionArn: string;

  /**
   * The version number.
   *
   * @attribute
   */
  public readonly version: number;

  /** The ARN of the flow the version belongs to. */
  public readonly contactFlowArn: string;

  constructor(scope: Construct, id: string, props: ContactFlowVersionProps) {
    super(scope, id);
    const v = new PropValidator();
    const flow = props.contactFlow;
    checkRequiredReference(v, 'contactFlow', flow, 'contactFlowArn',
      'a flow (IContactFlow), such as instance.addContactFlow() or ContactFlow.fromContactFlowArn()');
    v.checkString('description', props.description, { maxLength: MAX_DESCRIPTION });
    if (flow instanceof ContactFlow && String(flow.type) !== 'CAMPAIGN') {
      v.failCombination(`contactFlow must be a flow of type CAMPAIGN: CreateContactFlowVersion versions no other type, got the ${flow.type} flow '${flow.node.path}'`);
    }
    v.throwIfAny(this, 'ContactFlowVersion');

    // The registry schema's ContactFlowId takes the flow's ARN.
    const resource = new CfnContactFlowVersion(this, 'Resource', {
      contactFlowId: flow.contactFlowArn,
      description: props.description,
    });
    this.contactFlowVersionArn = resource.attrContactFlowVersionArn;
    this.version = resource.attrVersion;
    this.contactFlowArn = flow.contactFlowArn;
  }
}
