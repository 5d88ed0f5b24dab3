import { IResource, Names, Resource, Token } from 'aws-cdk-lib';
import { CfnPredefinedAttribute } from 'aws-cdk-lib/aws-connect';
import { Construct } from 'constructs';
import type { IConnectInstance } from './instance';
import { checkRequiredString } from './private/resources/checks';
import { MAX_PROFICIENCY_TEXT } from './private/resources/proficiency';
import { registerUniqueName } from './private/resources/unique-names';
import { PropValidator } from './private/validation';

/**
 * A predefined attribute of an Amazon Connect instance: a name and the values it takes, such as
 * `Language` with `English` and `Spanish`, given to users as proficiencies and matched by routing
 * criteria. It has no ARN: it is known by its name in its instance.
 */
export interface IPredefinedAttribute extends IResource {
  /**
   * The name of the attribute.
   *
   * @attribute
   */
  readonly predefinedAttributeName: string;

  /**
   * The values the attribute takes, when known: proficiencies are checked against them.
   *
   * @default - unknown for an attribute imported without them
   */
  readonly predefinedAttributeValues?: string[];
}

/** What an imported predefined attribute is made of. */
export interface PredefinedAttributeAttributes {
  /** The name of the attribute. */
  readonly predefinedAttributeName: string;

  /**
   * The values the attribute takes, against which users' proficiencies are checked.
   *
   * @default - unknown: proficiencies' values are not checked
   */
  readonly predefinedAttributeValues?: string[];
}

/**
 * A predefined attribute to create for an instance.
 *
 * @see https://docs.aws.amazon.com/connect/latest/adminguide/predefined-attributes.html
 * @see https://docs.aws.amazon.com/connect/latest/APIReference/API_CreatePredefinedAttribute.html
 */
export interface PredefinedAttributeOptions {
  /** The values the attribute takes: 1 to 500 distinct values of 1 to 100 characters (at most 64 to be a user's proficiency). */
  readonly values: string[];

  /**
   * The name (1 to 100 characters; at most 64 to be a user's proficiency), unique in the instance.
   * Changing it replaces the attribute.
   *
   * @default - a name unique in the app, built from the construct path (at most 64 characters)
   */
  readonly predefinedAttributeName?: string;

  /**
   * Labels that group the attribute in the admin website: 1 to 10 distinct labels of 1 to 100 characters.
   *
   * @default - none
   */
  readonly purposes?: string[];

  /**
   * Whether only the attribute's values may be given where it is used.
   *
   * @default - not sent: Amazon Connect's default
   */
  readonly enableValueValidationOnAssociation?: boolean;
}

/** Properties of a `PredefinedAttribute`. */
export interface PredefinedAttributeProps extends PredefinedAttributeOptions {
  /** The instance the attribute belongs to. */
  readonly instance: IConnectInstance;
}

/** The registry schema's bounds: Name 1 to 100; StringList 1 to 500 values of 1 to 100; Purposes 1 to 10 of 1 to 100. */
const MAX_NAME = 100;
const MAX_VALUES = 500;
const MAX_VALUE = 100;
const MAX_PURPOSES = 10;

/**
 * A predefined attribute of an Amazon Connect instance, for proficiency-based routing: users get
 * its values as proficiencies (`UserOptions.proficiencies`), and users that name it depend on it,
 * as CloudFormation requires the attribute to exist first.
 *
 * @resource AWS::Connect::PredefinedAttribute
 * @see https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-connect-predefinedattribute.html
 */
export class PredefinedAttribute extends Resource implements IPredefinedAttribute {
  /** Imports a predefined attribute by name; its values make users' proficiencies checked. */
  public static fromPredefinedAttributeAttributes(scope: Construct, id: string, attrs: PredefinedAttributeAttributes): IPredefinedAttribute {
    const v = new PropValidator();
    checkRequiredString(v, 'predefinedAttributeName', attrs.predefinedAttributeName, { minLength: 1, maxLength: MAX_NAME });
    if (attrs.predefinedAttributeValues !== undefined) {
      checkValues(v, 'predefinedAttributeValues', attrs.predefinedAttributeValues);
    }
    v.throwIfAnyIn('PredefinedAttributeAttributes', 'option');
    class Import extends Resource implements IPredefinedAttribute {
      public readonly predefinedAttributeName = attrs.predefinedAttributeName;
      public readonly predefinedAttributeValues = attrs.predefinedAttributeValues ? [...attrs.predefinedAttributeValues] : undefined;
    }
    return new Import(scope, id);
  }

  /** Imports a predefined attribute by name; its values are not known, so proficiencies' values are not checked. */
  public static fromPredefinedAttributeName(scope: Construct, id: string, predefinedAttributeName: string): IPredefinedAttribute {
    return PredefinedAttribute.fromPredefinedAttributeAttributes(scope, id, { predefinedAttributeName });
  }

  /**
   * The name of the attribute.
   *
   * @attribute
   */
  public readonly predefinedAttributeName: string;

  /** The values the attribute takes. */
  public readonly predefinedAttributeValues?: string[];

  /**
   * The ARN of the attribute's instance, for the checks of proficiencies.
   *
   * @internal
   */
  public readonly _instanceArn: string;

  constructor(scope: Construct, id: string, props: PredefinedAttributeProps) {
    super(scope, id);
    const v = new PropValidator();
    v.checkRequired('instance', props.instance);
    v.checkString('predefinedAttributeName', props.predefinedAttributeName, { minLength: 1, maxLength: MAX_NAME });
    if (v.checkRequired('values', props.values)) {
      checkValues(v, 'values', props.values);
    }
    if (props.purposes !== undefined) {
      checkDistinctStrings(v, 'purposes', props.purposes, MAX_PURPOSES, MAX_VALUE);
    }
    v.throwIfAny(this, 'PredefinedAttribute');

    this.predefinedAttributeName = props.predefinedAttributeName ?? Names.uniqueResourceName(this, { maxLength: MAX_PROFICIENCY_TEXT });
    this.predefinedAttributeValues = [...props.values];
    this._instanceArn = props.instance.instanceArn;
    // The name is the attribute's identifier in its instance (the schema's primary identifier).
    registerUniqueName(props.instance, { kind: 'PredefinedAttribute', prop: 'predefinedAttributeName', within: 'the instance' },
      this, this.predefinedAttributeName);
    new CfnPredefinedAttribute(this, 'Resource', {
      instanceArn: props.instance.instanceArn,
      name: this.predefinedAttributeName,
      values: { stringList: props.values },
      purposes: props.purposes,
      attributeConfiguration: props.enableValueValidationOnAssociation === undefined ? undefined : {
        enableValueValidationOnAssociation: props.enableValueValidationOnAssociation,
      },
    });
  }
}

/** Checks a list of values: 1 to 500, distinct, 1 to 100 characters each. */
function checkValues(v: PropValidator, prop: string, values: string[]): void {
  checkDistinctStrings(v, prop, values, MAX_VALUES, MAX_VALUE);
}

/** Checks a list of 1 to `maxItems` distinct strings of 1 to `maxLength` characters; tokens are skipped. */
function checkDistinctStrings(v: PropValidator, prop: string, values: string[], maxItems: number, maxLength: number): void {
  if (!Array.isArray(values)) {
    if (!Token.isUnresolved(values)) {
      v.fail(prop, values, `must be a list of 1 to ${maxItems} strings`);
    }
    return;
  }
  if (values.length < 1 || values.length > maxItems) {
    v.fail(prop, values, `must list 1 to ${maxItems} entries (${values.length} given)`);
  }
  const seen = new Set<string>();
  values.forEach((value, index) => {
    v.checkString(`${prop}[${index}]`, value, { minLength: 1, maxLength });
    if (typeof value === 'string' && !Token.isUnresolved(value)) {
      if (seen.has(value)) {
        v.fail(`${prop}[${index}]`, value, 'must appear once');
      }
      seen.add(value);
    }
  });
}
