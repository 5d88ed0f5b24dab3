import { Names, Token } from 'aws-cdk-lib';
import { IConstruct } from 'constructs';

/** A default name, unique in the app: letters and digits, at most `maxLength` (127, as most `Name`s allow) characters. */
export function defaultResourceName(scope: IConstruct, maxLength = 127): string {
  return Names.uniqueResourceName(scope, { maxLength });
}

/** Throws when a known imported name is not 1 to 127 characters. */
export function checkImportedName(prop: string, name: string): void {
  checkImportedString(prop, name, 'a name', 127);
}

/** Throws when a known imported `value` (`what`: a name, an id) is not 1 to `maxLength` characters. */
export function checkImportedString(prop: string, value: string, what: string, maxLength: number): void {
  if (typeof value !== 'string' || (!Token.isUnresolved(value) && (value.length < 1 || value.length > maxLength))) {
    throw new Error(`${prop} must be ${what} of 1 to ${maxLength} characters, got ${JSON.stringify(value)}`);
  }
}
