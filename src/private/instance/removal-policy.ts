import { RemovalPolicy } from 'aws-cdk-lib';
import type { IConnectInstance } from '../../instance';

/**
 * How `instance` keeps its data: the removal policy of a `ConnectInstance`
 * created in this app, undefined for an imported instance (whose owner
 * decides elsewhere). What the instance's numbers and the deploy-time
 * function's log group follow.
 */
export function instanceRemovalPolicy(instance: IConnectInstance): RemovalPolicy | undefined {
  return (instance as { _deployTimeRemovalPolicy?: () => RemovalPolicy | undefined })._deployTimeRemovalPolicy?.();
}

/**
 * `policy` for a resource type without snapshots (log groups, phone
 * numbers): SNAPSHOT keeps the resource, as RETAIN.
 */
export function withoutSnapshot(policy: RemovalPolicy): RemovalPolicy {
  return policy === RemovalPolicy.SNAPSHOT ? RemovalPolicy.RETAIN : policy;
}
