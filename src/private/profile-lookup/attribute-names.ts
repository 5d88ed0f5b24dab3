/**
 * The `Data` attribute names of the profile lookup custom resource, shared by
 * the deploy-time handler (which writes them) and the construct (which reads
 * them with `Fn::GetAtt`). Node.js built-ins only: esbuild bundles it into
 * the handler.
 */
import { createHash } from 'crypto';

/** The kind of value an attribute holds. */
export type ProfileAttributeKind = 'SecurityProfileArn' | 'RoutingProfileArn';

/**
 * The attribute that holds the ARN of the profile named `name`:
 * `<kind>.<the first 12 hexadecimal digits of the SHA-256 of the name>`, so
 * that every name, whatever its characters, has an attribute of its own.
 */
export function profileAttributeName(kind: ProfileAttributeKind, name: string): string {
  return `${kind}.${createHash('sha256').update(name, 'utf8').digest('hex').slice(0, 12)}`;
}
