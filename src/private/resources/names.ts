import { Names, Token } from 'aws-cdk-lib';
import { IConstruct } from 'constructs';

/** A default name, unique in the app: letters and digits, at most `maxLength` (127, as most `Name`s allow) characters. */
export function defaultResourceName(scope: IConstruct, maxLength = 127): string {
  return Names.uniqueResourceName(scope, { maxLength });
}

/** Throws when a known imported name is not 1 to 127 characters. */
export function checkImportedName(prop: string, name: string): void {
  if (typeof name !== 'string' || (!Token.isUnresolved(name) && (name.length < 1 || name.length > 127))) {
    throw new Error(`${prop} must be a name of 1 to 127 characters, got ${JSON.stringify(name)}`);
  }
}
