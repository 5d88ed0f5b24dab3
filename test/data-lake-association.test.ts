import { DataLakeAssociation } from '../src';
import { importedInstance } from './helpers/instance';
import { errorOf, templateOf } from './helpers/stack';

/**
 * Data lake associations: a data set shared with an account, as a raw resource of its type
 * (aws-cdk-lib 2.220.0 has no L1 for it), and the importer by share ARN.
 */

const SHARE_ARN = 'arn:aws:ram:us-east-1:123456789012:resource-share/7ab63972-b505-7e2a-420d-6f5d3example';

describe('what is deployed', () => {
  test('a data set shared with another account, by the instance\'s id', () => {
    const { stack, instance } = importedInstance();
    const association = instance.addDataLakeAssociation('ContactRecords', { dataSetId: 'contact_record', targetAccountId: '210987654321' });
    const template = templateOf(stack);
    template.hasResourceProperties('AWS::Connect::DataLakeAssociation', {
      InstanceId: '11111111-2222-3333-4444-555555555555',
      DataSetId: 'contact_record',
      TargetAccountId: '210987654321',
    });
    expect(stack.resolve(association.resourceShareArn)).toEqual({ 'Fn::GetAtt': [expect.stringMatching(/^ContactCenterContactRecords/), 'ResourceShareArn'] });
    expect(template.toJSON()).toMatchSnapshot();
  });

  test('in the instance\'s account unless told', () => {
    const { stack, instance } = importedInstance();
    new DataLakeAssociation(stack, 'Association', { instance, dataSetId: 'contact_record' });
    expect(Object.values(templateOf(stack).findResources('AWS::Connect::DataLakeAssociation'))[0].Properties).toEqual({
      InstanceId: '11111111-2222-3333-4444-555555555555',
      DataSetId: 'contact_record',
    });
  });
});

describe('checks', () => {
  test('an empty or long data set id and a malformed account fail at once', () => {
    const { stack, instance } = importedInstance();
    expect(errorOf(() => new DataLakeAssociation(stack, 'Association', { instance, dataSetId: '', targetAccountId: '1234' }))).toEqual([
      "DataLakeAssociation at 'TestStack/Association' has 2 invalid props:",
      '  - dataSetId must be 1 to 255 characters long (length 0), got ""',
      '  - targetAccountId must be an account id of 12 digits, got "1234"',
    ].join('\n'));
    expect(errorOf(() => new DataLakeAssociation(stack, 'Long', { instance, dataSetId: 'x'.repeat(256) }))).toContain('  - dataSetId must be 1 to 255 characters long (length 256)');
    expect(errorOf(() => new DataLakeAssociation(stack, 'None', {} as any))).toContain('  - dataSetId is required, got undefined');
  });
});

describe('importing', () => {
  test('by the ARN of its share', () => {
    const { stack } = importedInstance();
    expect(DataLakeAssociation.fromResourceShareArn(stack, 'Imported', SHARE_ARN).resourceShareArn).toBe(SHARE_ARN);
    expect(errorOf(() => DataLakeAssociation.fromResourceShareArn(stack, 'Bad', 'resource-share/1')))
      .toBe('resourceShareArn must be the ARN of an AWS RAM resource share (arn:<partition>:ram:<region>:<account>:resource-share/<id>), got "resource-share/1"');
  });
});
