import { Names } from 'aws-cdk-lib';
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
