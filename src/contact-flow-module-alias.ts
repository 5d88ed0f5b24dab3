import { CfnResource, IResource, Resource, Stack, Token } from 'aws-cdk-lib';
import { Construct } from 'constructs';
import type { IContactFlowModuleVersion } from './contact-flow-module-version';
import { checkRequiredReference, checkRequiredString } from './private/resources/checks';
import { ALIAS_QUALIFIER, checkQualifiedArn, qualifierOf, unqualifiedArn } from './private/resources/qualified-arn';
import { registerUniqueName } from './private/resources/unique-names';
import { PropValidator } from './private/validation';

/** A named pointer to a version of a flow module, which flows invoke instead of the version. */
export interface IContactFlowModuleAlias extends IResource {
  /**
   * The ARN of the alias (`…/flow-module/<module id>:<alias id>`).
   *
   * @attribute
   */
  readonly contactFlowModuleAliasArn: string;

  /**
   * The id of the alias.
   *
   * @attribute
   */
  readonly contactFlowModuleAliasId: string;

  /** The ARN of the flow module the alias belongs to. */
  readonly contactFlowModuleArn: string;
}

/**
 * Properties of a `ContactFlowModuleAlias`. Amazon Connect has aliases of flow modules only:
 * CloudFormation and the Connect API have no flow alias.
 *
 * @see https://docs.aws.amazon.com/connect/latest/APIReference/API_CreateContactFlowModuleAlias.html
 */
export interface ContactFlowModuleAliasProps {
  /**
   * The version the alias points at. Another version of the same module moves the alias (an
   * update); a version of another module replaces it.
   */
  readonly version: IContactFlowModuleVersion;

  /**
   * The name, unique among the module's aliases: 1 to 100 letters, digits and `$`, each optionally
   * followed by one `_` or `-`, such as `live` or `blue-green`.
   */
  readonly aliasName: string;

  /**
   * A description (at most 500 characters).
   *
   * @default - none
   */
  readonly description?: string;
}

/** CreateContactFlowModuleAlias's AliasName: 1 to 100 characters of this pattern (the registry schema allows 127). */
const ALIAS_NAME = /^([$0-9a-zA-Z][_-]?)+$/;
const MAX_ALIAS_NAME = 100;
/** The registry schema's Description: at most 500 characters. */
const MAX_DESCRIPTION = 500;

/**
 * An alias of a flow module, pointing at one of its versions: move it by giving it another version.
 * Create it next to the versions, not below one, so that moving it keeps its construct path.
 *
 * aws-cdk-lib 2.220.0 has no `CfnContactFlowModuleAlias`: the resource is written as a `CfnResource`.
 *
 * @resource AWS::Connect::ContactFlowModuleAlias
 * @see https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-connect-contactflowmodulealias.html
 * @see https://docs.aws.amazon.com/connect/latest/APIReference/API_CreateContactFlowModuleAlias.html
 */
export class ContactFlowModuleAlias extends Resource implements IContactFlowModuleAlias {
  /** Imports a flow module alias by ARN (`…/flow-module/<module id>:<alias id>`). */
  public static fromContactFlowModuleAliasArn(scope: Construct, id: string, contactFlowModuleAliasArn: string): IContactFlowModuleAlias {
    checkQualifiedArn('contactFlowModuleAliasArn', contactFlowModuleAliasArn, 'flow-module', ALIAS_QUALIFIER, 'an Amazon Connect flow module alias');
    class Import extends Resource implements IContactFlowModuleAlias {
      public readonly contactFlowModuleAliasArn = contactFlowModuleAliasArn;
      public readonly contactFlowModuleAliasId = qualifierOf(contactFlowModuleAliasArn);
      public readonly contactFlowModuleArn = unqualifiedArn(contactFlowModuleAliasArn);
    }
    return new Import(scope, id, { environmentFromArn: contactFlowModuleAliasArn });
  }

  /**
   * The ARN of the alias.
   *
   * @attribute
   */
  public readonly contactFlowModuleAliasArn: string;

  /**
   * The id of the alias.
   *
   * @attribute
   */
  public readonly contactFlowModuleAliasId: string;

  /** The ARN of the flow module the alias belongs to. */
  public readonly contactFlowModuleArn: string;

  /** The name of the alias. */
  public readonly aliasName: string;

  constructor(scope: Construct, id: string, props: ContactFlowModuleAliasProps) {
    super(scope, id);
    const v = new PropValidator();
    const version = props.version;
    checkRequiredReference(v, 'version', version, 'contactFlowModuleVersionArn',
      'a flow module version (IContactFlowModuleVersion), such as a ContactFlowModuleVersion');
    checkRequiredString(v, 'aliasName', props.aliasName, {
      minLength: 1,
      maxLength: MAX_ALIAS_NAME,
      pattern: ALIAS_NAME,
      patternMessage: 'must be letters, digits and $, each optionally followed by one _ or -, such as "live"',
    });
    v.checkString('description', props.description, { maxLength: MAX_DESCRIPTION });
    v.throwIfAny(this, 'ContactFlowModuleAlias');

    registerUniqueName(Stack.of(this), {
      kind: 'ContactFlowModuleAlias', prop: 'aliasName', within: 'the flow module', group: version.contactFlowModuleArn,
    }, this, props.aliasName);
    // The registry schema's ContactFlowModuleId takes the module's ARN.
    const resource = new CfnResource(this, 'Resource', {
      type: 'AWS::Connect::ContactFlowModuleAlias',
      properties: {
        ContactFlowModuleId: version.contactFlowModuleArn,
        ContactFlowModuleVersion: version.version,
        Name: props.aliasName,
        Description: props.description,
      },
    });
    this.contactFlowModuleAliasArn = resource.getAtt('ContactFlowModuleAliasARN').toString();
    this.contactFlowModuleAliasId = Token.asString(resource.getAtt('AliasId'));
    this.contactFlowModuleArn = version.contactFlowModuleArn;
    this.aliasName = props.aliasName;
  }
}
