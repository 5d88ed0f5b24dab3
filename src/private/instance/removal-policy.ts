import { RemovalPolicy } from 'aws-cdk-lib';
import { IConstruct } from 'constructs';

/** Where an instance of the library keeps how it keeps its data (the symbol pattern of `isConnectInstance`). */
const REMOVAL_POLICY = Symbol.for('cdk-connect-instance.instanceRemovalPolicy');

/** Registers how `instance` keeps its data (read when first needed), on the instance itself. */
export function registerInstanceRemovalPolicy(instance: IConstruct, policy: () => RemovalPolicy | undefined): void {
  Object.defineProperty(instance, REMOVAL_POLICY, { value: policy });
}

/** The removal policy of a `ConnectInstance` of this app; undefined for any other instance. */
export function instanceRemovalPolicy(instance: IConstruct): RemovalPolicy | undefined {
  return (instance as { [REMOVAL_POLICY]?: () => RemovalPolicy | undefined })[REMOVAL_POLICY]?.();
}

/** `policy` for a resource type without snapshots: SNAPSHOT as RETAIN. */
export function withoutSnapshot(policy: RemovalPolicy): RemovalPolicy {
  return policy === RemovalPolicy.SNAPSHOT ? RemovalPolicy.RETAIN : policy;
}
