import { Stack } from 'aws-cdk-lib';
import type { Scenario } from './scenarios';
import { ConnectInstance, HoursOfOperation, IdentityManagement, InboundCallRouting, PhoneNumberType, TimeOfDay } from '../../src';

/** The account and Region of the scenario stacks (`ENV` in scenarios.ts, which imports this file). */
const ENV = { account: '123456789012', region: 'us-east-1' };

/**
 * A new instance that answers calls: a claimed number routed through
 * `InboundCallRouting` (hours, queue, flow, routing profile) to one agent.
 */
export const INBOUND: Scenario = {
  name: 'connect-managed / inbound call routing',
  build: (app, id) => {
    const stack = new Stack(app, id, { env: ENV });
    const instance = new ConnectInstance(stack, 'ContactCenter', {
      identity: IdentityManagement.connectManaged({ instanceAlias: 'acme-inbound' }),
    });
    const number = instance.addPhoneNumber('MainNumber', { countryCode: 'US', type: PhoneNumberType.TOLL_FREE });
    const support = new InboundCallRouting(stack, 'Support', {
      instance,
      phoneNumbers: [number],
      hours: HoursOfOperation.weekdays(TimeOfDay.of(8), TimeOfDay.of(18)),
      timeZone: 'America/Chicago',
    });
    support.addAgent('Agent', { username: 'agent1', firstName: 'First', lastName: 'Agent' });
    return stack;
  },
};
