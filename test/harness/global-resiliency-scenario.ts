import { Stack } from 'aws-cdk-lib';
import type { Scenario } from './scenarios';
import { ConnectInstance, IdentityManagement } from '../../src';

/** The account and Region of the scenario stacks (`ENV` in scenarios.ts, which imports this file). */
const ENV = { account: '123456789012', region: 'us-east-1' };

/**
 * Global Resiliency: a SAML instance replicated to its paired Region by the
 * stack's deploy-time function (Custom::ConnectInstanceReplica), and a
 * traffic distribution group with its split of calls
 * (Custom::ConnectTrafficDistribution).
 */
export const GLOBAL_RESILIENCY: Scenario = {
  name: 'saml / global resiliency',
  build: (app, id) => {
    const stack = new Stack(app, id, { env: ENV });
    const instance = new ConnectInstance(stack, 'ContactCenter', {
      identity: IdentityManagement.saml({ instanceAlias: 'acme-east' }),
    });
    instance.addReplica('Replica', { region: 'us-west-2', alias: 'acme-west' });
    instance.addTrafficDistributionGroup('Calls', {
      description: 'Inbound calls, both Regions',
      telephonyDistribution: [{ region: 'us-east-1', percentage: 80 }, { region: 'us-west-2', percentage: 20 }],
    });
    return stack;
  },
};
