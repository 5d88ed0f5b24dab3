import { RemovalPolicy } from 'aws-cdk-lib';
import { IConstruct } from 'constructs';

/**
 * The removal policy of each instance of the library, registered by the
 * instance's base class when it is constructed: an `IConnectInstance`
 * implemented elsewhere has none.
 */
const POLICIES = new WeakMap<IConstruct, () => RemovalPolicy | undefined>();

/** Registers how `instance` keeps its data (read when first needed). */
export function registerInstanceRemovalPolicy(instance: IConstruct, policy: () => RemovalPolicy | undefined): void {
  POLICIES.set(instance, policy);
}

/**
 * How `instance` keeps its data: the removal policy of a `ConnectInstance`
 * created in this app, undefined for an imported instance (whose owner
 * decides elsewhere). What the instance's numbers and the deploy-time
 * function's log group follow.
 */
export function instanceRemovalPolicy(instance: IConstruct): RemovalPolicy | undefined {
  return POLICIES.get(instance)?.();
}

/**
 * `policy` for a resource type without snapshots (log groups, phone
 * numbers): SNAPSHOT keeps the resource, as RETAIN.
 */
export function withoutSnapshot(policy: RemovalPolicy): RemovalPolicy {
  return policy === RemovalPolicy.SNAPSHOT ? RemovalPolicy.RETAIN : policy;
}
