import { Match } from 'aws-cdk-lib/assertions';
import { DataTable, DataTableAttribute, DataTableLockLevel, DataTableRecord, DataTableValueType } from '../src';
import { arnOf, importedInstance, INSTANCE_ARN } from './helpers/instance';
import { errorOf, templateOf } from './helpers/stack';

/**
 * Data tables, their attributes and records: raw resources of their types (aws-cdk-lib 2.220.0
 * has no L1 for them), records naming their attributes, and the importers.
 */

const TABLE_ARN = arnOf('data-table', 'dt-1');

function table() {
  const { stack, instance } = importedInstance();
  const dataTable = instance.addDataTable('Holidays', { dataTableName: 'Holidays', timeZone: 'Europe/Paris', valueLockLevel: DataTableLockLevel.VALUE });
  return { stack, instance, dataTable };
}

describe('what is deployed', () => {
  test('a table with a primary attribute, a validated attribute, and a record of both', () => {
    const { stack, dataTable } = table();
    const day = dataTable.addAttribute('Day', { attributeName: 'day', valueType: DataTableValueType.TEXT, primary: true, validation: { minLength: 10, maxLength: 10 } });
    const open = dataTable.addAttribute('Open', {
      attributeName: 'open',
      valueType: DataTableValueType.NUMBER,
      description: 'Opening hour',
      validation: { minimum: 0, maximum: 23, multipleOf: 1, allowedValues: ['8', '9'] },
    });
    dataTable.addRecord('NewYear', { primaryValues: [{ attribute: day, value: '2027-01-01' }], values: [{ attribute: open, value: '9' }] });
    const template = templateOf(stack);
    template.hasResourceProperties('AWS::Connect::DataTable', {
      InstanceArn: INSTANCE_ARN, Name: 'Holidays', TimeZone: 'Europe/Paris', ValueLockLevel: 'VALUE', Status: 'PUBLISHED',
    });
    const tableArn = { 'Fn::GetAtt': [Match.stringLikeRegexp('^ContactCenterHolidays'), 'Arn'] };
    template.hasResourceProperties('AWS::Connect::DataTableAttribute', {
      InstanceArn: INSTANCE_ARN, DataTableArn: tableArn, Name: 'day', ValueType: 'TEXT', Primary: true, Validation: { MinLength: 10, MaxLength: 10 },
    });
    template.hasResourceProperties('AWS::Connect::DataTableAttribute', {
      Name: 'open',
      Description: 'Opening hour',
      Validation: { Minimum: 0, Maximum: 23, MultipleOf: 1, Enum: { Values: ['8', '9'], Strict: true } },
    });
    template.hasResourceProperties('AWS::Connect::DataTableRecord', {
      InstanceArn: INSTANCE_ARN,
      DataTableArn: tableArn,
      DataTableRecord: {
        PrimaryValues: [{ AttributeId: { 'Fn::GetAtt': [Match.stringLikeRegexp('Day'), 'AttributeId'] }, AttributeValue: '2027-01-01' }],
        Values: [{ AttributeId: { 'Fn::GetAtt': [Match.stringLikeRegexp('Open'), 'AttributeId'] }, AttributeValue: '9' }],
      },
    });
    expect(template.toJSON()).toMatchSnapshot();
  });

  test('a generated name in UTC, without locks', () => {
    const { stack, instance } = importedInstance();
    new DataTable(stack, 'Table', { instance });
    templateOf(stack).hasResourceProperties('AWS::Connect::DataTable', {
      Name: Match.stringLikeRegexp('^TestStackTable[0-9A-F]{8}$'), TimeZone: 'UTC', ValueLockLevel: 'NONE',
    });
  });

  test('an imported table takes attributes and records in its instance', () => {
    const { stack } = importedInstance();
    const imported = DataTable.fromDataTableArn(stack, 'Imported', TABLE_ARN);
    const code = DataTableAttribute.fromAttributeId(stack, 'Code', imported, 'attr-1');
    imported.addRecord('Row', { values: [{ attribute: code, value: 'FR' }] });
    templateOf(stack).hasResourceProperties('AWS::Connect::DataTableRecord', {
      InstanceArn: INSTANCE_ARN, DataTableArn: TABLE_ARN, DataTableRecord: { Values: [{ AttributeId: 'attr-1', AttributeValue: 'FR' }] },
    });
    expect(imported.instanceArn).toBe(INSTANCE_ARN);
    expect(DataTableRecord.fromRecordId(stack, 'Rec', 'r-1').recordId).toBe('r-1');
  });
});

describe('checks', () => {
  test('table: reserved and invalid names, the time zone and the lock level', () => {
    const { stack, instance } = importedInstance();
    expect(errorOf(() => new DataTable(stack, 'Table', { instance, dataTableName: 'aws:holidays', timeZone: 'Paris', valueLockLevel: 'ROW' as any }))).toEqual([
      "DataTable at 'TestStack/Table' has 3 invalid props:",
      '  - dataTableName must not start with connect: or aws:, which are reserved, got "aws:holidays"',
      '  - timeZone must be an IANA time zone name, such as "America/New_York", "Europe/London" or "UTC", got "Paris"',
      '  - valueLockLevel must be one of NONE, DATA_TABLE, PRIMARY_VALUE, ATTRIBUTE, VALUE, got "ROW"',
    ].join('\n'));
    expect(errorOf(() => new DataTable(stack, 'Other', { instance, dataTableName: 'a/b', description: '' }))).toContain('  - dataTableName must be letters, digits, spaces and -_.:=@\'|, got "a/b"');
  });

  test('attribute: rules for another type, bounds, order, strict without values', () => {
    const { dataTable } = table();
    const message = errorOf(() => dataTable.addAttribute('Bad', {
      attributeName: 'connect:x',
      valueType: DataTableValueType.BOOLEAN,
      validation: { minLength: 1000, minValues: 1, minimum: 5, maximum: 1, strictAllowedValues: false },
    }));
    expect(message).toContain('  - attributeName must not start with connect: or aws:, which are reserved, got "connect:x"');
    expect(message).toContain('  - validation.minLength must be a whole number from 0 to 999, got 1000');
    expect(message).toContain('  - validation.minLength is only for TEXT and TEXT_LIST attributes, not BOOLEAN, got 1000');
    expect(message).toContain('  - validation.minValues is only for TEXT_LIST and NUMBER_LIST attributes, not BOOLEAN, got 1');
    expect(message).toContain('  - validation.minimum is only for NUMBER and NUMBER_LIST attributes, not BOOLEAN, got 5');
    expect(message).toContain('  - validation.minimum (5) must not be above validation.maximum (1)');
    expect(message).toContain('  - validation.strictAllowedValues needs validation.allowedValues, got false');
  });

  test('record: no values, an attribute of another table, a non-primary attribute as a primary value, a repeated attribute', () => {
    const { stack, dataTable } = table();
    const day = dataTable.addAttribute('Day', { attributeName: 'day', valueType: DataTableValueType.TEXT });
    const other = DataTable.fromDataTableArn(stack, 'Other', TABLE_ARN);
    const foreign = DataTableAttribute.fromAttributeId(stack, 'Foreign', other, 'attr-9');
    expect(errorOf(() => dataTable.addRecord('Empty', { values: [] }))).toContain('  - values must have at least 1 item, got "0 items"');
    const message = errorOf(() => dataTable.addRecord('Row', {
      primaryValues: [{ attribute: day, value: 'x' }],
      values: [{ attribute: foreign, value: 'y' }, { attribute: day, value: 'x' }, { attribute: day, value: 'z' }, { attribute: 'attr-1' as any, value: 'w' }],
    }));
    expect(message).toContain("  - values[0].attribute must be an attribute of the record's data table, got \"TestStack/Foreign\"");
    expect(message).toContain('  - values[3].attribute must be a data table attribute (IDataTableAttribute), got "attr-1"');
    expect(message).toContain('  - primaryValues[0].attribute must be a primary attribute (primary: true), got "TestStack/ContactCenter/Holidays/Day"');
    expect(message).toContain('  - values[].attribute must name each attribute once, got "TestStack/ContactCenter/Holidays/Day"');
  });
});

describe('importing', () => {
  test('an ARN outside an instance, and attribute and record ids out of bounds, fail', () => {
    const { stack } = importedInstance();
    expect(errorOf(() => DataTable.fromDataTableArn(stack, 'Bad', 'arn:aws:connect:us-east-1:123456789012:data-table/1')))
      .toMatch(/^dataTableArn must be the ARN of an Amazon Connect data table/);
    const imported = DataTable.fromDataTableArn(stack, 'Imported', TABLE_ARN);
    expect(errorOf(() => DataTableAttribute.fromAttributeId(stack, 'A', imported, ''))).toBe('attributeId must be an attribute id of 1 to 256 characters, got ""');
    expect(errorOf(() => DataTableRecord.fromRecordId(stack, 'R', 'x'.repeat(257)))).toMatch(/^recordId must be a record id of 1 to 256 characters/);
  });
});
