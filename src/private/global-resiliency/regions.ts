/**
 * The Regions Global Resiliency replicates an instance to, by the instance's Region: US East (N. Virginia) and
 * US West (Oregon) both ways, Europe (Frankfurt) and Europe (London) both ways, Asia Pacific (Tokyo) to Asia
 * Pacific (Osaka) only.
 * @see https://docs.aws.amazon.com/connect/latest/adminguide/setup-connect-global-resiliency.html
 * @see https://docs.aws.amazon.com/connect/latest/adminguide/create-replica-connect-instance.html
 */
export const REPLICA_REGIONS: Readonly<Record<string, string>> = {
  'us-east-1': 'us-west-2',
  'us-west-2': 'us-east-1',
  'eu-central-1': 'eu-west-2',
  'eu-west-2': 'eu-central-1',
  'ap-northeast-1': 'ap-northeast-3',
};

/** ReplicateInstance's `ReplicaRegion`: 8 to 31 characters of this pattern (API reference). */
export const REGION_NAME = /^[a-z]{2}(-[a-z]+){1,2}(-[0-9])?$/;

/** Why `replicaRegion` cannot hold a replica of an instance in `sourceRegion` (a token: unknown), or undefined. */
export function replicaRegionProblem(sourceRegion: string | undefined, replicaRegion: string): string | undefined {
  if (sourceRegion === undefined) {
    const targets = [...new Set(Object.values(REPLICA_REGIONS))].sort();
    return targets.includes(replicaRegion) ? undefined
      : `must be a Region Global Resiliency replicates to (${targets.join(', ')})`;
  }
  if (replicaRegion === sourceRegion) {
    return `must differ from the instance's Region (${sourceRegion})`;
  }
  const paired = REPLICA_REGIONS[sourceRegion];
  if (paired === undefined) {
    return `cannot hold a replica of an instance in ${sourceRegion}: Global Resiliency replicates instances of ${Object.keys(REPLICA_REGIONS).join(', ')} only`;
  }
  return paired === replicaRegion ? undefined
    : `must be ${paired}, the Region Global Resiliency pairs with the instance's Region ${sourceRegion}`;
}
