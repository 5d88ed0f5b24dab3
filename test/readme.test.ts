import * as fs from 'fs';
import * as path from 'path';

/**
 * The README's TypeScript examples are compiled by jsii-rosetta in strict mode
 * (`npx projen rosetta:extract`, part of `post-compile`), with the fixtures in
 * rosetta/: the same compilation Construct Hub relies on to show them in every
 * jsii language. This test checks what rosetta does not: that the examples
 * cover every identity type and the deployer policy.
 */
const ROOT = path.resolve(__dirname, '..');

function examples(): string[] {
  const text = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf-8');
  const found: string[] = [];
  // ```ts, also with rosetta's parameters (```ts nofixture, ```ts fixture=name)
  const fence = /^```ts(?: [^\n]*)?\n([\s\S]*?)^```/gm;
  for (let m = fence.exec(text); m; m = fence.exec(text)) {
    found.push(m[1]);
  }
  return found;
}

test('the README has TypeScript examples for every identity type', () => {
  const all = examples().join('\n');
  expect(all).toContain('IdentityManagement.connectManaged(');
  expect(all).toContain('IdentityManagement.saml(');
  expect(all).toContain('IdentityManagement.existingDirectory(');
  expect(all).toContain('DeployerPolicy.forConnectInstance(');
});

test('rosetta has a default fixture for the README examples', () => {
  const fixture = fs.readFileSync(path.join(ROOT, 'rosetta', 'default.ts-fixture'), 'utf-8');
  expect(fixture).toMatch(/^\s*\/\/\/ here\s*$/m);
  expect(examples().length).toBeGreaterThan(5);
});
