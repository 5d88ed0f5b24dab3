import { App, Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';

/**
 * A stack in a fixed account and Region. aws-cdk-lib's built-in template
 * validation runs at every synth; with `strict` (the default) any finding it
 * reports fails the synth instead of printing a warning.
 */
export function newStack(id = 'TestStack', strict = true): Stack {
  const app = new App({ context: { '@aws-cdk/core:validateAgainstDefaultRules': strict } });
  return new Stack(app, id, { env: { account: '123456789012', region: 'us-east-1' } });
}

/** Synthesizes the stack's template. */
export function templateOf(stack: Stack): Template {
  return Template.fromStack(stack);
}

/** The message of the error `fn` throws, or fails the test. */
export function errorOf(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    if (e instanceof TypeError) {
      throw new Error(`expected a validation error, got a crash: ${e.stack}`);
    }
    return (e as Error).message;
  }
  throw new Error('expected an error, but none was thrown');
}

/** Expects `message` to contain each of `parts`: one check a part, so that a failure names the part missing. */
export function expectToContainEach(message: string, parts: string[]): void {
  for (const part of parts) {
    expect(message).toContain(part);
  }
}
