import { Names, Token } from 'aws-cdk-lib';
import { IConstruct } from 'constructs';

/**
 * The name a resource gets when none is given: unique in the app, built
 * from the construct path (letters and digits only, so that it fits every
 * name pattern of the Amazon Connect registry schemas), at most 127
 * characters as every one of those `Name` properties allows.
 */
export function defaultResourceName(scope: IConstruct): string {
  return Names.uniqueResourceName(scope, { maxLength: 127 });
}

/**
 * Throws when the name of an imported resource, known at synth time, is
 * not 1 to 127 characters (every `Name` of the Amazon Connect registry
 * schemas).
 */
export function checkImportedName(prop: string, name: string): void {
  if (typeof name !== 'string' || (!Token.isUnresolved(name) && (name.length < 1 || name.length > 127))) {
    throw new Error(`${prop} must be a name of 1 to 127 characters, got ${JSON.stringify(name)}`);
  }
}
