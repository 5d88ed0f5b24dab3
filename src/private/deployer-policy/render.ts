import * as iam from 'aws-cdk-lib/aws-iam';

/** Where a deployer policy applies: written into its ARNs. */
export interface PolicyEnvironment {
  readonly partition: string;
  readonly region: string;
  readonly account: string;
}

/** Actions a resource type needs, and the statement that grants them. */
export interface Need<S extends string = string> {
  readonly sid: S;
  readonly actions: readonly string[];
}

/** The resources and conditions of one statement. */
export interface Placement<T extends PolicyEnvironment> {
  readonly resources: (t: T) => string[];
  readonly conditions?: (t: T) => { [operator: string]: { [key: string]: unknown } };
}

export const connectArn = (e: PolicyEnvironment, resource: string) => `arn:${e.partition}:connect:${e.region}:${e.account}:${resource}`;
export const regional = (e: PolicyEnvironment, service: string, resource: string) => `arn:${e.partition}:${service}:${e.region}:${e.account}:${resource}`;
export const globalArn = (e: PolicyEnvironment, service: string, resource: string) => `arn:${e.partition}:${service}::${e.account}:${resource}`;

/**
 * The name of Amazon Connect's service-linked roles: one per instance,
 * `AWSServiceRoleForAmazonConnect_<id>`, under the service's role path.
 */
export const CONNECT_SLR = 'role/aws-service-role/connect.amazonaws.com/AWSServiceRoleForAmazonConnect*';

/** One statement per needed statement id, in `placements`' order, with the sorted union of its actions. */
export function renderPolicy<T extends PolicyEnvironment>(
  needs: readonly Need[],
  placements: ReadonlyArray<readonly [string, Placement<T>]>,
  target: T,
): iam.PolicyDocument {
  const actions = new Map<string, Set<string>>();
  for (const need of needs) {
    const set = actions.get(need.sid) ?? new Set<string>();
    need.actions.forEach((a) => set.add(a));
    actions.set(need.sid, set);
  }
  const unplaced = [...actions.keys()].filter((sid) => !placements.some(([id]) => id === sid));
  if (unplaced.length > 0) {
    throw new Error(`deployer policy statements ${unplaced.join(', ')} have no resources: add them to STATEMENTS`);
  }
  return new iam.PolicyDocument({
    statements: placements
      .filter(([sid]) => actions.has(sid))
      .map(([sid, placement]) => new iam.PolicyStatement({
        sid,
        effect: iam.Effect.ALLOW,
        actions: [...actions.get(sid)!].sort(),
        resources: placement.resources(target),
        conditions: placement.conditions?.(target),
      })),
  });
}
