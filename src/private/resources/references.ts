import { Stack, Token } from 'aws-cdk-lib';
import { IConstruct } from 'constructs';

/**
 * A profile name the lookup can search for: known at synth time, not empty.
 *
 * @param what the concept, for the message, such as `security profile`
 */
export function checkProfileName(what: string, name: string): string {
  if (typeof name !== 'string') {
    // Possible from JavaScript.
    throw new Error(`${what} name must be a string, got ${JSON.stringify(name)}`);
  }
  if (Token.isUnresolved(name)) {
    throw new Error(`${what} name must be known at synth time, got the token ${name}: a profile known only at deploy time can be imported by ARN instead`);
  }
  if (name === '') {
    throw new Error(`${what} name must not be empty, got ""`);
  }
  return name;
}

/** The ARN of the instance a resource's ARN is below; undefined for a token. */
export function instanceArnOf(resourceArn: string): string | undefined {
  return Token.isUnresolved(resourceArn) ? undefined : resourceArn.split('/').slice(0, 2).join('/');
}

/**
 * Throws when `resource` of `ownerInstanceArn` is used with another instance.
 *
 * @param what what the resource is, for the message, such as `security profile`
 */
export function checkSameInstance(
  what: string, resource: IConstruct, ownerInstanceArn: string | undefined, instance: IConstruct & { readonly instanceArn: string },
): void {
  if (ownerInstanceArn === undefined || ownerInstanceArn === instance.instanceArn) {
    return;
  }
  const ownerToken = Token.isUnresolved(ownerInstanceArn);
  const token = Token.isUnresolved(instance.instanceArn);
  const differ = (!ownerToken && !token) || (ownerToken && token && Stack.of(resource) === Stack.of(instance));
  if (differ) {
    const owner = ownerToken ? 'another instance' : `the instance ${JSON.stringify(ownerInstanceArn)}`;
    throw new Error(`the ${what} at '${resource.node.path}' belongs to ${owner}, not to the instance at '${instance.node.path}': `
      + 'a profile is used with the instance it belongs to');
  }
}
