import { RemovalPolicy, Stack } from 'aws-cdk-lib';
import { CfnInstance } from 'aws-cdk-lib/aws-connect';
import { newStack } from './stack';
import { CreatedInstanceStorage, InstanceStorage } from '../../src/private/storage/instance-storage';
import { StorageOptions } from '../../src/storage';

export function newInstanceStorage(options?: (stack: Stack) => StorageOptions, extra: Partial<CreatedInstanceStorage> = {}) {
  const stack = newStack();
  const instance = new CfnInstance(stack, 'Instance', {
    identityManagementType: 'CONNECT_MANAGED',
    instanceAlias: 'acme-support',
    attributes: { inboundCalls: true, outboundCalls: true },
  });
  const storage = new InstanceStorage(stack, 'Storage', {
    instanceArn: instance.attrArn,
    created: {
      instance,
      flowLogGroupName: '/aws/connect/acme-support',
      contactFlowLogs: true,
      options: options?.(stack),
      removalPolicy: RemovalPolicy.RETAIN_ON_UPDATE_OR_DELETE,
      ...extra,
    },
  });
  return { stack, storage };
}
