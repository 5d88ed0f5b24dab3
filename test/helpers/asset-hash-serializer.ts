/**
 * Jest snapshot serializer that replaces asset hashes (64 hexadecimal
 * characters, as in asset object keys and `aws:asset:path` metadata) with a
 * fixed marker, so snapshots survive dependency upgrades and handler edits.
 */
const ASSET_HASH = /[0-9a-f]{64}/g;
const MARKER = '[ASSET-HASH]';

const serializer: jest.SnapshotSerializerPlugin = {
  test: (value: unknown) => typeof value === 'string' && ASSET_HASH.test(resetting(value)),
  serialize: (value: string) => JSON.stringify(value.replace(ASSET_HASH, MARKER)),
};

/** A global regex keeps state between `test` calls; reset it first. */
function resetting(value: string): string {
  ASSET_HASH.lastIndex = 0;
  return value;
}

export = serializer;
