import { RemovalPolicy } from 'aws-cdk-lib';
import { IConstruct } from 'constructs';

/** Where an instance of the library keeps how it keeps its data (the symbol pattern of `isConnectInstance`). */
const REMOVAL_POLICY = Symbol.for('cdk-connect-instance.instanceRemovalPolicy');

/** Registers how `instance` keeps its data (read when first needed), on the instance itself. */
export function registerInstanceRemovalPolicy(instance: IConstruct, policy: () => RemovalPolicy | undefined): void {
  Object.defineProperty(instance, REMOVAL_POLICY, { value: policy });
}

/**
 * How `instance` keeps its data: the removal policy of a `ConnectInstance`
 * created in this app, undefined for an imported instance (whose owner
 * decides elsewhere) or an `IConnectInstance` implemented elsewhere. What
 * the instance's numbers and the deploy-time function's log group follow.
 */
export function instanceRemovalPolicy(instance: IConstruct): RemovalPolicy | undefined {
  return (instance as { [REMOVAL_POLICY]?: () => RemovalPolicy | undefined })[REMOVAL_POLICY]?.();
}

/**
 * `policy` for a resource type without snapshots (log groups, phone
 * numbers): SNAPSHOT keeps the resource, as RETAIN.
 */
export function withoutSnapshot(policy: RemovalPolicy): RemovalPolicy {
  return policy === RemovalPolicy.SNAPSHOT ? RemovalPolicy.RETAIN : policy;
}
