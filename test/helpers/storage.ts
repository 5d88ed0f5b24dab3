import { RemovalPolicy, Stack } from 'aws-cdk-lib';
import { CfnInstance } from 'aws-cdk-lib/aws-connect';
import { newStack } from './stack';
import { PropValidator } from '../../src/private/validation';
import { InstanceStorage, InstanceStorageProps, StorageOptions } from '../../src/storage';

/**
 * The storage of an instance with alias acme-support, as ConnectInstance
 * creates it: validation problems are thrown once, after construction.
 */
export function newInstanceStorage(options?: (stack: Stack) => StorageOptions, extra: Partial<InstanceStorageProps> = {}) {
  const stack = newStack();
  const instance = new CfnInstance(stack, 'Instance', {
    identityManagementType: 'CONNECT_MANAGED',
    instanceAlias: 'acme-support',
    attributes: { inboundCalls: true, outboundCalls: true },
  });
  const validator = new PropValidator();
  const storage = new InstanceStorage(stack, 'Storage', {
    instanceArn: instance.attrArn,
    flowLogGroupName: '/aws/connect/acme-support',
    contactFlowLogs: true,
    options: options?.(stack),
    removalPolicy: RemovalPolicy.RETAIN_ON_UPDATE_OR_DELETE,
    validator,
    ...extra,
  });
  validator.throwIfAny(stack, 'ConnectInstance');
  return { stack, storage };
}
