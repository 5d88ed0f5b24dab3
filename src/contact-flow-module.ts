import { IResource, Resource, Stack, Token } from 'aws-cdk-lib';
import { CfnContactFlowModule } from 'aws-cdk-lib/aws-connect';
import { Construct } from 'constructs';
import { FlowContent } from './flow-content';
import type { IConnectInstance } from './instance';
import { renderContent } from './private/contact-flow/render';
import { checkInstanceResourceArn, idFromInstanceResourceArn } from './private/resources/connect-arn';
import { defaultResourceName } from './private/resources/names';
import { PropValidator } from './private/validation';

/** A flow module of an Amazon Connect instance: a reusable part of flows. */
export interface IContactFlowModule extends IResource {
  /**
   * The ARN of the flow module.
   *
   * @attribute
   */
  readonly contactFlowModuleArn: string;

  /**
   * The id of the flow module.
   *
   * @attribute
   */
  readonly contactFlowModuleId: string;
}

/** A flow module to create for an instance. */
export interface ContactFlowModuleOptions {
  /** The content, in the Amazon Connect Flow language, checked at synth as a flow's. */
  readonly content: FlowContent;

  /** The name (1 to 127 characters, not only spaces). @default - a name unique in the app, built from the construct path */
  readonly contactFlowModuleName?: string;

  /** A description (at most 500 characters, not only spaces). @default - none */
  readonly description?: string;

  /**
   * Let systems other than flows invoke the module, such as an AI agent that uses it as a tool
   * (`ExternalInvocationConfiguration`).
   *
   * @default - not set: the module is invoked from flows only
   */
  readonly externalInvocation?: boolean;

  /**
   * The module's settings: the schemas of its inputs and outputs and its custom branches, as the
   * Settings tab of the flow designer defines them. CloudFormation and the API describe `Settings`
   * only as a string (at most 256,000 characters), so it is given as the JSON object to write there.
   *
   * @default - none: a module without inputs, outputs or custom branches
   */
  readonly settings?: { [key: string]: any };
}

/** The registry schema's Name and Description: something other than white space. */
const NOT_BLANK = /\S/;

/** Properties of a `ContactFlowModule`. */
export interface ContactFlowModuleProps extends ContactFlowModuleOptions {
  /** The instance the flow module belongs to. */
  readonly instance: IConnectInstance;
}

/**
 * A flow module of an Amazon Connect instance: a part of flows written once and invoked from several.
 *
 * @resource AWS::Connect::ContactFlowModule
 * @see https://docs.aws.amazon.com/connect/latest/adminguide/contact-flow-modules.html
 */
export class ContactFlowModule extends Resource implements IContactFlowModule {
  /** Imports a flow module by ARN. */
  public static fromContactFlowModuleArn(scope: Construct, id: string, contactFlowModuleArn: string): IContactFlowModule {
    checkInstanceResourceArn('contactFlowModuleArn', contactFlowModuleArn, 'flow-module', 'an Amazon Connect flow module');
    class Import extends Resource implements IContactFlowModule {
      public readonly contactFlowModuleArn = contactFlowModuleArn;
      public readonly contactFlowModuleId = idFromInstanceResourceArn(contactFlowModuleArn);
    }
    return new Import(scope, id, { environmentFromArn: contactFlowModuleArn });
  }

  /**
   * The ARN of the flow module.
   *
   * @attribute
   */
  public readonly contactFlowModuleArn: string;

  /**
   * The id of the flow module.
   *
   * @attribute
   */
  public readonly contactFlowModuleId: string;

  constructor(scope: Construct, id: string, props: ContactFlowModuleProps) {
    super(scope, id);
    const v = new PropValidator();
    v.checkRequired('instance', props.instance);
    // The registry schema's Name (1 to 127, pattern .*\S.*) and Description (at most 500, same pattern).
    v.checkString('contactFlowModuleName', props.contactFlowModuleName, {
      minLength: 1, maxLength: 127, pattern: NOT_BLANK, patternMessage: 'must contain a character other than white space',
    });
    v.checkString('description', props.description, {
      maxLength: 500, pattern: NOT_BLANK, patternMessage: 'must contain a character other than white space',
    });
    const content = renderContent(this, v, props.content, props.instance, 'FLOW_MODULE');
    const settings = props.settings;
    if (settings !== undefined && (typeof settings !== 'object' || settings === null || Array.isArray(settings))) {
      v.fail('settings', settings, 'must be a JSON object');
    } else if (settings !== undefined) {
      const text = JSON.stringify(settings);
      if (!Token.isUnresolved(text) && text.length > 256_000) {
        v.fail('settings', `${text.slice(0, 40)}…`, `must be at most 256000 characters as JSON (length ${text.length})`);
      }
    }
    if (props.externalInvocation !== undefined && typeof props.externalInvocation !== 'boolean') {
      v.fail('externalInvocation', props.externalInvocation, 'must be true or false');
    }
    v.throwIfAny(this, 'ContactFlowModule');

    const resource = new CfnContactFlowModule(this, 'Resource', {
      instanceArn: props.instance.instanceArn,
      name: props.contactFlowModuleName ?? defaultResourceName(this),
      description: props.description,
      content: content!,
    });
    // aws-cdk-lib types these properties since 2.234.0; overrides keep the older releases the peer range admits.
    // https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-connect-contactflowmodule.html
    if (settings !== undefined) {
      resource.addPropertyOverride('Settings', Stack.of(this).toJsonString(settings));
    }
    if (props.externalInvocation !== undefined) {
      resource.addPropertyOverride('ExternalInvocationConfiguration', { Enabled: props.externalInvocation });
    }
    this.contactFlowModuleArn = resource.attrContactFlowModuleArn;
    this.contactFlowModuleId = idFromInstanceResourceArn(this.contactFlowModuleArn);
  }
}
