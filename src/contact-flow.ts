import { Resource } from 'aws-cdk-lib';
import { CfnContactFlow } from 'aws-cdk-lib/aws-connect';
import { Construct } from 'constructs';
import { ContactFlowOptions, ContactFlowType, IContactFlow } from './contact-flow-options';
import type { IConnectInstance } from './instance';
import { renderContent } from './private/contact-flow/render';
import { checkInstanceResourceArn, idFromInstanceResourceArn } from './private/resources/connect-arn';
import { defaultResourceName } from './private/resources/names';
import { PropValidator } from './private/validation';

/**
 * Properties of a `ContactFlow`.
 */
export interface ContactFlowProps extends ContactFlowOptions {
  /** The instance the flow belongs to. */
  readonly instance: IConnectInstance;
}

/**
 * A flow of an Amazon Connect instance (`AWS::Connect::ContactFlow`), from
 * content in the Amazon Connect Flow language, published when created.
 *
 * @resource AWS::Connect::ContactFlow
 * @see https://docs.aws.amazon.com/connect/latest/APIReference/flow-language.html
 */
export class ContactFlow extends Resource implements IContactFlow {
  /**
   * Imports a flow by ARN
   * (`arn:<partition>:connect:<region>:<account>:instance/<instance id>/contact-flow/<id>`).
   */
  public static fromContactFlowArn(scope: Construct, id: string, contactFlowArn: string): IContactFlow {
    checkInstanceResourceArn('contactFlowArn', contactFlowArn, 'contact-flow', 'an Amazon Connect flow');
    class Import extends Resource implements IContactFlow {
      public readonly contactFlowArn = contactFlowArn;
      public readonly contactFlowId = idFromInstanceResourceArn(contactFlowArn);
    }
    return new Import(scope, id, { environmentFromArn: contactFlowArn });
  }

  /**
   * The ARN of the flow.
   *
   * @attribute
   */
  public readonly contactFlowArn: string;

  /**
   * The id of the flow.
   *
   * @attribute
   */
  public readonly contactFlowId: string;

  /** The type of the flow. */
  public readonly type: ContactFlowType;

  constructor(scope: Construct, id: string, props: ContactFlowProps) {
    super(scope, id);
    const v = new PropValidator();
    v.checkRequired('instance', props.instance);
    // The registry schema's Name (1 to 127) and Description (at most 500).
    v.checkString('contactFlowName', props.contactFlowName, { minLength: 1, maxLength: 127 });
    v.checkString('description', props.description, { maxLength: 500 });
    if (props.type !== undefined && !Object.values<string>(ContactFlowType).includes(props.type)) {
      v.fail('type', props.type, `must be one of ${Object.values(ContactFlowType).join(', ')}`);
    }
    const content = renderContent(this, v, props.content);
    v.throwIfAny(this, 'ContactFlow');

    this.type = props.type ?? ContactFlowType.CONTACT_FLOW;
    const resource = new CfnContactFlow(this, 'Resource', {
      instanceArn: props.instance.instanceArn,
      name: props.contactFlowName ?? defaultResourceName(this),
      description: props.description,
      type: this.type,
      content: content!,
    });
    this.contactFlowArn = resource.attrContactFlowArn;
    this.contactFlowId = idFromInstanceResourceArn(this.contactFlowArn);
  }
}
