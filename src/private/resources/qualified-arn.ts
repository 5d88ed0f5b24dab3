import { Fn, Token } from 'aws-cdk-lib';

/**
 * ARNs of versions and aliases: `…:instance/<instance id>/<kind>/<id>:<qualifier>`, as the registry
 * schemas of ContactFlowVersion, ContactFlowModuleVersion, ContactFlowModuleAlias and ViewVersion write them.
 *
 * @param qualifier the pattern of the part after the last `:`: digits for a version
 */
function qualifiedArnPattern(kind: string, qualifier: string): RegExp {
  return new RegExp(`^arn:aws[-a-z0-9]*:connect:[-a-z0-9]+:[0-9]{12}:instance/[-a-zA-Z0-9]+/${kind}/[-a-zA-Z0-9]+:${qualifier}$`);
}

/** Digits: the qualifier of a version. */
export const VERSION_QUALIFIER = '[0-9]+';

/** Letters, digits and `-`: the qualifier of an alias (its id). */
export const ALIAS_QUALIFIER = '[-a-zA-Z0-9]+';

/**
 * Throws when a known `arn` is not a qualified ARN of `kind`; at once, as an importer takes this one value.
 *
 * @param what what the ARN names, such as `an Amazon Connect flow version`
 */
export function checkQualifiedArn(prop: string, arn: string, kind: string, qualifier: string, what: string): void {
  if (typeof arn !== 'string') {
    // Possible from JavaScript.
    throw new Error(`${prop} must be a string, got ${JSON.stringify(arn)}`);
  }
  if (!Token.isUnresolved(arn) && !qualifiedArnPattern(kind, qualifier).test(arn)) {
    throw new Error(`${prop} must be the ARN of ${what} (arn:<partition>:connect:<region>:<account>:instance/<instance id>/${kind}/<id>:<${
      qualifier === VERSION_QUALIFIER ? 'version' : 'alias id'}>), got ${JSON.stringify(arn)}`);
  }
}

/** The ARN without its qualifier: the flow's or module's (a token if unresolved). */
export function unqualifiedArn(arn: string): string {
  if (Token.isUnresolved(arn)) {
    // arn:<partition>:connect:<region>:<account>:instance/<id>/<kind>/<id>:<qualifier> has six parts before the qualifier.
    return Fn.join(':', Fn.split(':', arn, 7).slice(0, 6));
  }
  return arn.slice(0, arn.lastIndexOf(':'));
}

/** The qualifier: the version number or the alias id (a token if unresolved). */
export function qualifierOf(arn: string): string {
  return Token.isUnresolved(arn) ? Fn.split(':', arn, 7)[6] : arn.slice(arn.lastIndexOf(':') + 1);
}

/** The version number of a version's ARN (a token if unresolved). */
export function versionOf(arn: string): number {
  return Token.isUnresolved(arn) ? Token.asNumber(qualifierOf(arn)) : Number(qualifierOf(arn));
}
