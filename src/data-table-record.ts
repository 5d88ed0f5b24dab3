import { CfnResource, IResource, Resource } from 'aws-cdk-lib';
import { Construct } from 'constructs';
import type { IDataTable } from './data-table';
import type { IDataTableAttribute } from './data-table-attribute';
import { checkList, checkReference, checkRequiredReference, checkUnique } from './private/resources/checks';
import { checkImportedString } from './private/resources/names';
import { PropValidator } from './private/validation';

/** A record (a row) of a data table. */
export interface IDataTableRecord extends IResource {
  /** The id of the record. @attribute */
  readonly recordId: string;
}

/** The value of one attribute in a record. */
export interface DataTableValue {
  /** The attribute (of the record's table). */
  readonly attribute: IDataTableAttribute;

  /** The value, as text: a number, `true` or `false`, or a list as the attribute's type takes it. */
  readonly value: string;
}

/**
 * A record to add to a data table.
 * @see https://docs.aws.amazon.com/connect/latest/APIReference/API_BatchCreateDataTableValue.html
 */
export interface DataTableRecordOptions {
  /** The values of the record's attributes (at least one), each attribute once. */
  readonly values: DataTableValue[];

  /** The values of the table's primary attributes, which identify the record. @default - none */
  readonly primaryValues?: DataTableValue[];
}

/** Properties of a `DataTableRecord`. */
export interface DataTableRecordProps extends DataTableRecordOptions {
  /** The data table the record belongs to. */
  readonly dataTable: IDataTable;
}

/**
 * A record (a row) of a data table. aws-cdk-lib 2.220.0 has no `CfnDataTableRecord`, so the
 * resource is a `CfnResource` of its type.
 * @resource AWS::Connect::DataTableRecord
 */
export class DataTableRecord extends Resource implements IDataTableRecord {
  /** Imports a record by id. */
  public static fromRecordId(scope: Construct, id: string, recordId: string): IDataTableRecord {
    checkImportedString('recordId', recordId, 'a record id', 256);
    class Import extends Resource implements IDataTableRecord {
      public readonly recordId = recordId;
    }
    return new Import(scope, id);
  }

  /** The id of the record. @attribute */
  public readonly recordId: string;

  constructor(scope: Construct, id: string, props: DataTableRecordProps) {
    super(scope, id);
    const v = new PropValidator();
    checkRequiredReference(v, 'dataTable', props.dataTable, 'dataTableArn', 'a data table (IDataTable)');
    // https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-connect-datatablerecord.html
    const values = checkList(v, 'values', props.values, 1, Number.MAX_SAFE_INTEGER) ? props.values : [];
    const primary = props.primaryValues !== undefined && checkList(v, 'primaryValues', props.primaryValues, 0, Number.MAX_SAFE_INTEGER)
      ? props.primaryValues : [];
    const render = (prop: string, list: DataTableValue[], mustBePrimary: boolean) => list.map((value, i) => {
      const p = `${prop}[${i}]`;
      if (!v.checkRequired(p, value) || !checkReference(v, `${p}.attribute`, value.attribute, 'attributeId', 'a data table attribute (IDataTableAttribute)')) {
        return {};
      }
      if (typeof value.value !== 'string') {
        v.fail(`${p}.value`, value.value, 'must be a string');
      }
      const attribute = value.attribute as IDataTableAttribute & { primary?: boolean };
      if (props.dataTable && attribute.dataTableArn !== props.dataTable.dataTableArn) {
        v.fail(`${p}.attribute`, attribute.node.path, 'must be an attribute of the record\'s data table');
      }
      if (mustBePrimary && attribute.primary === false) {
        v.fail(`${p}.attribute`, attribute.node.path, 'must be a primary attribute (primary: true)');
      }
      return { AttributeId: attribute.attributeId, AttributeValue: value.value };
    });
    const rendered = { Values: render('values', values, false), PrimaryValues: primary.length > 0 ? render('primaryValues', primary, true) : undefined };
    checkUnique(v, 'values[].attribute', values.map((x) => x?.attribute?.node?.path), 'must name each attribute once');
    v.throwIfAny(this, 'DataTableRecord');

    const resource = new CfnResource(this, 'Resource', {
      type: 'AWS::Connect::DataTableRecord',
      properties: {
        InstanceArn: props.dataTable.instanceArn,
        DataTableArn: props.dataTable.dataTableArn,
        DataTableRecord: rendered,
      },
    });
    this.recordId = resource.getAtt('RecordId').toString();
  }
}
