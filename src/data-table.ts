import { CfnResource, IResource, Resource } from 'aws-cdk-lib';
import { Construct } from 'constructs';
import { DataTableAttribute, DataTableAttributeOptions, IDataTableAttribute } from './data-table-attribute';
import { DataTableRecord, DataTableRecordOptions, IDataTableRecord } from './data-table-record';
import type { IConnectInstance } from './instance';
import { checkDataTableDescription, checkDataTableName } from './private/data-table/checks';
import { checkTimeZone } from './private/hours-of-operation/checks';
import { checkEnum, checkInstanceChildArn } from './private/resources/checks';
import { defaultResourceName } from './private/resources/names';
import { instanceArnOf } from './private/resources/references';
import { PropValidator } from './private/validation';

/**
 * A data table of an Amazon Connect instance: values flows, views and workspaces look up,
 * in attributes (columns) and records (rows).
 */
export interface IDataTable extends IResource {
  /** The ARN of the data table. @attribute */
  readonly dataTableArn: string;

  /** The ARN of the table's instance. @attribute */
  readonly instanceArn: string;

  /** Adds an attribute (a column). */
  addAttribute(id: string, options: DataTableAttributeOptions): IDataTableAttribute;

  /** Adds a record (a row): a value for each attribute it names. */
  addRecord(id: string, options: DataTableRecordOptions): IDataTableRecord;
}

/**
 * What concurrent edits of a table's values lock (the registry schema's `ValueLockLevel`).
 * @see https://docs.aws.amazon.com/connect/latest/APIReference/API_CreateDataTable.html
 */
export enum DataTableLockLevel {
  /** Nothing: the last edit wins. */
  NONE = 'NONE',
  /** The whole table. */
  DATA_TABLE = 'DATA_TABLE',
  /** The record of a primary value. */
  PRIMARY_VALUE = 'PRIMARY_VALUE',
  /** An attribute. */
  ATTRIBUTE = 'ATTRIBUTE',
  /** A single value. */
  VALUE = 'VALUE',
}

/**
 * A data table to create for an instance.
 * @see https://docs.aws.amazon.com/connect/latest/APIReference/API_CreateDataTable.html
 */
export interface DataTableOptions {
  /** The IANA time zone of time-based values, such as `America/New_York`. @default 'UTC' */
  readonly timeZone?: string;

  /**
   * The name (1 to 127 letters, digits, spaces and `-_.:=@'|`), not starting with `connect:` or `aws:`.
   * @default - a name unique in the app, built from the construct path
   */
  readonly dataTableName?: string;

  /** A description (1 to 250 characters, no control characters but line breaks and tabs). @default - none */
  readonly description?: string;

  /** What concurrent edits of the values lock. @default DataTableLockLevel.NONE */
  readonly valueLockLevel?: DataTableLockLevel;
}

/** Properties of a `DataTable`. */
export interface DataTableProps extends DataTableOptions {
  /** The instance the data table belongs to. */
  readonly instance: IConnectInstance;
}

/** What imported and created tables share: their attributes and records. */
abstract class DataTableBase extends Resource implements IDataTable {
  public abstract readonly dataTableArn: string;
  public abstract readonly instanceArn: string;

  public addAttribute(id: string, options: DataTableAttributeOptions): IDataTableAttribute {
    return new DataTableAttribute(this, id, { ...options, dataTable: this });
  }

  public addRecord(id: string, options: DataTableRecordOptions): IDataTableRecord {
    return new DataTableRecord(this, id, { ...options, dataTable: this });
  }
}

/**
 * A data table of an Amazon Connect instance, published. aws-cdk-lib 2.220.0 has no
 * `CfnDataTable`, so the resource is a `CfnResource` of its type.
 * @resource AWS::Connect::DataTable
 */
export class DataTable extends DataTableBase {
  /** Imports a data table by ARN, to add attributes or records to it. */
  public static fromDataTableArn(scope: Construct, id: string, dataTableArn: string): IDataTable {
    checkInstanceChildArn('dataTableArn', dataTableArn, 'an Amazon Connect data table');
    class Import extends DataTableBase {
      public readonly dataTableArn = dataTableArn;
      public readonly instanceArn = instanceArnOf(dataTableArn)!;
    }
    return new Import(scope, id, { environmentFromArn: dataTableArn });
  }

  /** The ARN of the data table. @attribute */
  public readonly dataTableArn: string;

  /** The ARN of the table's instance. @attribute */
  public readonly instanceArn: string;

  constructor(scope: Construct, id: string, props: DataTableProps) {
    super(scope, id);
    const v = new PropValidator();
    v.checkRequired('instance', props.instance);
    checkDataTableName(v, 'dataTableName', props.dataTableName);
    checkDataTableDescription(v, props.description);
    checkTimeZone(v, props.timeZone);
    checkEnum(v, 'valueLockLevel', props.valueLockLevel, DataTableLockLevel);
    v.throwIfAny(this, 'DataTable');

    // https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-connect-datatable.html
    const resource = new CfnResource(this, 'Resource', {
      type: 'AWS::Connect::DataTable',
      properties: {
        InstanceArn: props.instance.instanceArn,
        Name: props.dataTableName ?? defaultResourceName(this),
        Description: props.description,
        TimeZone: props.timeZone ?? 'UTC',
        ValueLockLevel: props.valueLockLevel ?? DataTableLockLevel.NONE,
        // The only status CloudFormation takes.
        Status: 'PUBLISHED',
      },
    });
    this.dataTableArn = resource.getAtt('Arn').toString();
    this.instanceArn = props.instance.instanceArn;
  }
}
