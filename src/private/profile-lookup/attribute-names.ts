/**
 * The `Data` attribute names of the profile lookup custom resource, shared by
 * the deploy-time handler (which writes them) and the construct (which reads
 * them with `Fn::GetAtt`). Pure TypeScript with no imports: esbuild bundles it
 * into the handler.
 */

/** The kind of value an attribute holds. */
export type ProfileAttributeKind = 'SecurityProfileArn' | 'SecurityProfileId' | 'RoutingProfileArn' | 'RoutingProfileId';

/** The attribute-name suffix of a profile name: its ASCII letters and digits. */
export function profileAttributeKey(name: string): string {
  return name.replace(/[^A-Za-z0-9]/g, '');
}

/** The attribute that holds one value of one profile, e.g. `RoutingProfileArn.BasicRoutingProfile`. */
export function profileAttributeName(kind: ProfileAttributeKind, name: string): string {
  return `${kind}.${profileAttributeKey(name)}`;
}

/**
 * A name among `names` whose attribute key is the same as `name`'s (the
 * lookup could return only one of the two), or undefined.
 */
export function keyTwin(names: Iterable<string>, name: string): string | undefined {
  const key = profileAttributeKey(name);
  for (const other of names) {
    if (profileAttributeKey(other) === key) {
      return other;
    }
  }
  return undefined;
}
