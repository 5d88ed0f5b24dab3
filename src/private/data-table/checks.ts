import { PropValidator } from '../validation';

/** CreateDataTable's and CreateDataTableAttribute's `Name`. */
const NAME = /^[\p{L}\p{Z}\p{N}\-_.:=@'|]+$/u;
/** Their `Description`: no control characters but line breaks and tabs. */
const DESCRIPTION = /^[\P{C}\r\n\t]+$/u;

/**
 * Records a name of a data table or attribute the service rejects.
 *
 * @see https://docs.aws.amazon.com/connect/latest/APIReference/API_CreateDataTable.html
 */
export function checkDataTableName(v: PropValidator, prop: string, name: string | undefined): void {
  v.checkString(prop, name, { minLength: 1, maxLength: 127, pattern: NAME, patternMessage: 'must be letters, digits, spaces and -_.:=@\'|' });
  if (typeof name === 'string' && /^(connect|aws):/i.test(name)) {
    v.fail(prop, name, 'must not start with connect: or aws:, which are reserved');
  }
}

/** Records a description of a data table or attribute the service rejects. */
export function checkDataTableDescription(v: PropValidator, description: string | undefined): void {
  v.checkString('description', description, { maxLength: 250, pattern: DESCRIPTION, patternMessage: 'must not be empty or hold control characters' });
}
