import { Stack } from 'aws-cdk-lib';
import { newStack } from './stack';
import { ConnectInstance, IConnectInstance } from '../../src';

/** The instance the next-step resources are tested on: imported, so that templates hold only the resource under test. */
export const INSTANCE_ARN = 'arn:aws:connect:us-east-1:123456789012:instance/11111111-2222-3333-4444-555555555555';

/** A strict stack (aws-cdk-lib's template validation on) and an imported instance. */
export function importedInstance(): { stack: Stack; instance: IConnectInstance } {
  const stack = newStack();
  const instance = ConnectInstance.fromInstanceArn(stack, 'ContactCenter', INSTANCE_ARN);
  return { stack, instance };
}

/** An ARN of a resource of the test instance, such as `arnOf('queue', 'q-1')`. */
export function arnOf(kind: string, id: string): string {
  return `${INSTANCE_ARN}/${kind}/${id}`;
}
