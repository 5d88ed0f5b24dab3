import { Template } from 'aws-cdk-lib/assertions';
import { ConnectInstance, IdentityManagement, PhoneNumberType } from '../../../src';
import { newStack } from '../../helpers/stack';

/**
 * Bulk creation: users and phone numbers of a stack are created at most five
 * at a time (Amazon Connect's API burst), through DependsOn chains.
 */

function center(users: number, numbers: number): Template {
  const stack = newStack();
  const cc = new ConnectInstance(stack, 'ContactCenter', { identity: IdentityManagement.connectManaged({ instanceAlias: 'acme' }) });
  for (let i = 0; i < users; i++) {
    cc.addUser(`Agent${i}`, { username: `agent${i}`, firstName: 'A', lastName: `Agent ${i}` });
  }
  for (let i = 0; i < numbers; i++) {
    cc.addPhoneNumber(`Line${i}`, { countryCode: 'US', type: PhoneNumberType.DID });
  }
  return Template.fromStack(stack);
}

/** The longest chain of DependsOn between resources of `type`, and how many of them start at once. */
function lanesOf(template: Template, type: string): { depth: number; starting: number } {
  const resources = template.findResources(type);
  const dependsOn = (id: string): string[] => [resources[id].DependsOn ?? []].flat().filter((d: string) => d in resources);
  const depth = new Map<string, number>();
  const depthOf = (id: string): number => {
    if (!depth.has(id)) {
      depth.set(id, 1 + Math.max(0, ...dependsOn(id).map(depthOf)));
    }
    return depth.get(id)!;
  };
  const ids = Object.keys(resources);
  return { depth: Math.max(...ids.map(depthOf)), starting: ids.filter((id) => dependsOn(id).length === 0).length };
}

test.each([
  [1, 1, 1, 1],
  [5, 5, 1, 5],
  [6, 6, 2, 5],
  [200, 50, 40, 5],
])('%i users and %i numbers: chains of at most %i, %i starting at once', (users, numbers, depth, starting) => {
  const template = center(users, numbers);
  expect(lanesOf(template, 'AWS::Connect::User')).toEqual({ depth, starting: Math.min(starting, users) });
  expect(lanesOf(template, 'AWS::Connect::PhoneNumber')).toEqual({ depth: Math.ceil(numbers / 5), starting: Math.min(5, numbers) });
});

test('each user waits for the user five before it, and depends on no other user', () => {
  const template = center(7, 0);
  const users = template.findResources('AWS::Connect::User');
  const ids = Object.keys(users);
  const waitsFor = ids.map((id) => [users[id].DependsOn ?? []].flat().filter((d: string) => d in users));
  expect(waitsFor).toEqual([[], [], [], [], [], [ids[0]], [ids[1]]]);
});
