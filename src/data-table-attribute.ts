import { CfnResource, IResource, Resource, Token } from 'aws-cdk-lib';
import { Construct } from 'constructs';
import type { IDataTable } from './data-table';
import { checkDataTableDescription, checkDataTableName } from './private/data-table/checks';
import { checkEnum, checkRequiredReference } from './private/resources/checks';
import { checkImportedString } from './private/resources/names';
import { PropValidator } from './private/validation';

/** An attribute (a column) of a data table. */
export interface IDataTableAttribute extends IResource {
  /** The id of the attribute, which records name their values by. @attribute */
  readonly attributeId: string;

  /** The ARN of the attribute's data table. @attribute */
  readonly dataTableArn: string;
}

/** The type of an attribute's values (the registry schema's `ValueType`). */
export enum DataTableValueType {
  /** Text. */
  TEXT = 'TEXT',
  /** A number. */
  NUMBER = 'NUMBER',
  /** `true` or `false`. */
  BOOLEAN = 'BOOLEAN',
  /** A list of texts. */
  TEXT_LIST = 'TEXT_LIST',
  /** A list of numbers. */
  NUMBER_LIST = 'NUMBER_LIST',
}

/**
 * The rules an attribute's values follow (the registry schema's `Validation`).
 * @see https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-connect-datatableattribute-validation.html
 */
export interface DataTableAttributeValidation {
  /** The shortest text, 0 to 999 (`TEXT`, and each text of a `TEXT_LIST`). @default - no minimum */
  readonly minLength?: number;

  /** The longest text, 0 to 999 (`TEXT`, and each text of a `TEXT_LIST`). @default - no maximum */
  readonly maxLength?: number;

  /** The fewest values of a list, 0 to 99. @default - no minimum */
  readonly minValues?: number;

  /** The most values of a list, 0 to 99. @default - no maximum */
  readonly maxValues?: number;

  /** The smallest number, inclusive (`NUMBER`, `NUMBER_LIST`). @default - no minimum */
  readonly minimum?: number;

  /** The largest number, inclusive (`NUMBER`, `NUMBER_LIST`). @default - no maximum */
  readonly maximum?: number;

  /** What every number is a multiple of (`NUMBER`, `NUMBER_LIST`), 0 or more. @default - any number */
  readonly multipleOf?: number;

  /** The values allowed. @default - any value */
  readonly allowedValues?: string[];

  /** Whether only `allowedValues` are accepted, rather than suggested. @default true when `allowedValues` is given */
  readonly strictAllowedValues?: boolean;
}

/**
 * An attribute to add to a data table.
 * @see https://docs.aws.amazon.com/connect/latest/APIReference/API_CreateDataTableAttribute.html
 */
export interface DataTableAttributeOptions {
  /** The attribute's name (1 to 127 letters, digits, spaces and `-_.:=@'|`), unique in the table. */
  readonly attributeName: string;

  /** The type of its values. */
  readonly valueType: DataTableValueType;

  /** A description (1 to 250 characters, no control characters but line breaks and tabs). @default - none */
  readonly description?: string;

  /** Whether the attribute is part of the key that identifies a record. @default false */
  readonly primary?: boolean;

  /** The rules its values follow. @default - none */
  readonly validation?: DataTableAttributeValidation;
}

/** Properties of a `DataTableAttribute`. */
export interface DataTableAttributeProps extends DataTableAttributeOptions {
  /** The data table the attribute belongs to. */
  readonly dataTable: IDataTable;
}

/**
 * An attribute (a column) of a data table. aws-cdk-lib 2.220.0 has no `CfnDataTableAttribute`,
 * so the resource is a `CfnResource` of its type.
 * @resource AWS::Connect::DataTableAttribute
 */
export class DataTableAttribute extends Resource implements IDataTableAttribute {
  /** Imports an attribute of `dataTable` by id, for the records of a table created elsewhere. */
  public static fromAttributeId(scope: Construct, id: string, dataTable: IDataTable, attributeId: string): IDataTableAttribute {
    checkImportedString('attributeId', attributeId, 'an attribute id', 256);
    class Import extends Resource implements IDataTableAttribute {
      public readonly attributeId = attributeId;
      public readonly dataTableArn = dataTable.dataTableArn;
    }
    return new Import(scope, id);
  }

  /** The id of the attribute. @attribute */
  public readonly attributeId: string;

  /** The ARN of the attribute's data table. @attribute */
  public readonly dataTableArn: string;

  /** Whether the attribute is part of the key of a record. */
  public readonly primary: boolean;

  constructor(scope: Construct, id: string, props: DataTableAttributeProps) {
    super(scope, id);
    const v = new PropValidator();
    checkRequiredReference(v, 'dataTable', props.dataTable, 'dataTableArn', 'a data table (IDataTable)');
    // https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-connect-datatableattribute.html
    if (v.checkRequired('attributeName', props.attributeName)) {
      checkDataTableName(v, 'attributeName', props.attributeName);
    }
    checkDataTableDescription(v, props.description);
    if (v.checkRequired('valueType', props.valueType)) {
      checkEnum(v, 'valueType', props.valueType, DataTableValueType);
    }
    const validation = props.validation ? checkValidation(v, props.valueType, props.validation) : undefined;
    v.throwIfAny(this, 'DataTableAttribute');

    const resource = new CfnResource(this, 'Resource', {
      type: 'AWS::Connect::DataTableAttribute',
      properties: {
        InstanceArn: props.dataTable.instanceArn,
        DataTableArn: props.dataTable.dataTableArn,
        Name: props.attributeName,
        ValueType: props.valueType,
        Description: props.description,
        Primary: props.primary,
        Validation: validation,
      },
    });
    this.attributeId = resource.getAtt('AttributeId').toString();
    this.dataTableArn = props.dataTable.dataTableArn;
    this.primary = props.primary ?? false;
  }
}

const LIST = [DataTableValueType.TEXT_LIST, DataTableValueType.NUMBER_LIST];
const TEXT = [DataTableValueType.TEXT, DataTableValueType.TEXT_LIST];
const NUMBER = [DataTableValueType.NUMBER, DataTableValueType.NUMBER_LIST];

/** The rules as CloudFormation takes them, with what the attribute's type and the bounds reject recorded. */
function checkValidation(v: PropValidator, type: DataTableValueType, r: DataTableAttributeValidation): Record<string, unknown> {
  const bound = (prop: keyof DataTableAttributeValidation, max: number, types: DataTableValueType[]) => {
    const value = r[prop] as number | undefined;
    if (value === undefined) {
      return;
    }
    v.checkInteger(`validation.${prop}`, value, 0, max);
    if (!types.includes(type)) {
      v.fail(`validation.${prop}`, value, `is only for ${types.join(' and ')} attributes, not ${type}`);
    }
  };
  // LengthBoundary: 0 to 999; ValueBoundary: 0 to 99.
  bound('minLength', 999, TEXT);
  bound('maxLength', 999, TEXT);
  bound('minValues', 99, LIST);
  bound('maxValues', 99, LIST);
  for (const prop of ['minimum', 'maximum', 'multipleOf'] as const) {
    if (r[prop] !== undefined && !NUMBER.includes(type)) {
      v.fail(`validation.${prop}`, r[prop], `is only for ${NUMBER.join(' and ')} attributes, not ${type}`);
    }
  }
  if (r.strictAllowedValues !== undefined && r.allowedValues === undefined) {
    v.fail('validation.strictAllowedValues', r.strictAllowedValues, 'needs validation.allowedValues');
  }
  if (r.multipleOf !== undefined && !Token.isUnresolved(r.multipleOf) && r.multipleOf < 0) {
    v.fail('validation.multipleOf', r.multipleOf, 'must be 0 or more');
  }
  const ordered = (min: keyof DataTableAttributeValidation, max: keyof DataTableAttributeValidation) => {
    const [a, b] = [r[min], r[max]] as Array<number | undefined>;
    if (typeof a === 'number' && typeof b === 'number' && !Token.isUnresolved(a) && !Token.isUnresolved(b) && a > b) {
      v.failCombination(`validation.${min} (${a}) must not be above validation.${max} (${b})`);
    }
  };
  ordered('minLength', 'maxLength');
  ordered('minValues', 'maxValues');
  ordered('minimum', 'maximum');
  return {
    MinLength: r.minLength,
    MaxLength: r.maxLength,
    MinValues: r.minValues,
    MaxValues: r.maxValues,
    Minimum: r.minimum,
    Maximum: r.maximum,
    MultipleOf: r.multipleOf,
    Enum: r.allowedValues ? { Values: r.allowedValues, Strict: r.strictAllowedValues ?? true } : undefined,
  };
}
