import { Token } from 'aws-cdk-lib';

/**
 * Whether two instance ARNs are known to name different instances: both literal and unequal.
 * Tokens are not compared: one instance imported twice from an expression gives two tokens.
 */
export function differentInstances(a: string | undefined, b: string | undefined): boolean {
  if (a === undefined || b === undefined || Token.isUnresolved(a) || Token.isUnresolved(b)) {
    return false;
  }
  return a !== b;
}
