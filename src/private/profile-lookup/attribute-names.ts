/** The lookup's `Data` attribute names, shared by handler and construct; Node.js built-ins only, for esbuild. */
import { createHash } from 'crypto';

/** The kind of value an attribute holds. */
export type ProfileAttributeKind = 'SecurityProfileArn' | 'RoutingProfileArn';

/** `<kind>.<12 hex digits of the name's SHA-256>`: an attribute per name, whatever its characters. */
export function profileAttributeName(kind: ProfileAttributeKind, name: string): string {
  return `${kind}.${createHash('sha256').update(name, 'utf8').digest('hex').slice(0, 12)}`;
}
