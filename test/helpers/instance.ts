import { Stack } from 'aws-cdk-lib';
import { Construct } from 'constructs';
import { newStack } from './stack';
import { ConnectInstance, IConnectInstance, IdentityManagement, IdentityManagementType } from '../../src';

/** The instance the next-step resources are tested on: imported, so that templates hold only the resource under test. */
export const INSTANCE_ARN = 'arn:aws:connect:us-east-1:123456789012:instance/11111111-2222-3333-4444-555555555555';

/** A strict stack (aws-cdk-lib's template validation on) and an imported instance. */
export function importedInstance(): { stack: Stack; instance: IConnectInstance } {
  const stack = newStack();
  const instance = ConnectInstance.fromInstanceArn(stack, 'ContactCenter', INSTANCE_ARN);
  return { stack, instance };
}

/** A Connect-managed instance (`ContactCenter`) created in `scope` with the alias `instanceAlias` and an admin. */
export function createdInstance(scope: Construct, instanceAlias: string): IConnectInstance {
  return new ConnectInstance(scope, 'ContactCenter', {
    identity: IdentityManagement.connectManaged({ instanceAlias }),
    admin: { username: 'admin', firstName: 'Ada', lastName: 'Admin', email: 'ada@example.com' },
  });
}

/** The test instance (`ContactCenter`) imported into `scope` with its ARN and identity management (Connect-managed). */
export function importedInstanceIn(scope: Construct): IConnectInstance {
  return ConnectInstance.fromInstanceAttributes(scope, 'ContactCenter', {
    instanceArn: INSTANCE_ARN,
    identityManagementType: IdentityManagementType.CONNECT_MANAGED,
  });
}

/** An ARN of a resource of the test instance, such as `arnOf('queue', 'q-1')`. */
export function arnOf(kind: string, id: string): string {
  return `${INSTANCE_ARN}/${kind}/${id}`;
}
