import * as fs from 'fs';
import * as path from 'path';
import { App, Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import * as ts from 'typescript';
import { FlowDiagram } from '../src';

/**
 * The README's TypeScript examples are compiled by jsii-rosetta in strict mode
 * (`npx projen rosetta:extract`, part of `post-compile`), with the fixtures in
 * rosetta/: the same compilation Construct Hub relies on to show them in every
 * jsii language. This test checks what rosetta does not: that the examples
 * cover every identity type and the deployer policy, and that the "An existing
 * instance" example really synthesizes what it says.
 */
const ROOT = path.resolve(__dirname, '..');

interface Example {
  readonly code: string;
  readonly section: string;
}

function examples(): Example[] {
  const text = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf-8');
  const found: Example[] = [];
  // ```ts, also with rosetta's parameters (```ts nofixture, ```ts fixture=name)
  const fence = /^```ts(?: [^\n]*)?\n([\s\S]*?)^```/gm;
  for (let m = fence.exec(text); m; m = fence.exec(text)) {
    const headings = text.slice(0, m.index).match(/^#+ .*$/gm) ?? [];
    found.push({ code: m[1], section: headings[headings.length - 1] ?? '' });
  }
  return found;
}

/** An example placed in rosetta's default fixture, as rosetta compiles it, with the fixture's stack exported. */
function inDefaultFixture(code: string): string {
  const fixture = fs.readFileSync(path.join(ROOT, 'rosetta', 'default.ts-fixture'), 'utf-8');
  return `${fixture.replace('/// here', code).replace('class Fixture', 'export class Fixture')}\n`;
}

test('the README has TypeScript examples for every identity type', () => {
  const all = examples().map((e) => e.code).join('\n');
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

test('the "An existing instance" example adds a user and a phone number to an imported instance, and synthesizes', () => {
  const block = examples().find((b) => b.section === '### An existing instance');
  expect(block).toBeDefined();
  const js = ts.transpileModule(inDefaultFixture(block!.code), {
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, esModuleInterop: true },
  }).outputText;
  const exported: { Fixture?: new (scope: App, id: string) => Stack } = {};
  // The library by its package name, as the README imports it; the other
  // modules of the fixture as they are. The example is code compiled here,
  // so it can only be loaded with require.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const load = (name: string): unknown => (name === 'cdk-connect-instance' ? require('../src') : require(name));
  new Function('require', 'exports', 'module', js)(load, exported, { exports: exported });
  const app = new App();
  const stack = new exported.Fixture!(app, 'ReadmeExistingInstance');
  const template = Template.fromStack(stack);
  const instanceArn = 'arn:aws:connect:us-east-1:123456789012:instance/aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee';
  template.hasResourceProperties('AWS::Connect::User', { InstanceArn: instanceArn, Username: 'jane' });
  template.hasResourceProperties('AWS::Connect::PhoneNumber', { TargetArn: instanceArn, CountryCode: 'US', Type: 'DID' });
  template.resourceCountIs('AWS::Connect::Instance', 0);
});

test('the "Seeing a flow" diagram is what FlowDiagram draws for the "Flows as code" example, synthesized', () => {
  const text = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf-8');
  const diagram = /```mermaid\n([\s\S]*?)```/.exec(text.slice(text.indexOf('### Seeing a flow')))?.[1];
  const block = examples().find((b) => b.section === '### Flows as code');
  const instanceArn = 'arn:aws:connect:us-east-1:123456789012:instance/aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee';
  const code = block!.code
    .replace('declare const contactCenter: ConnectInstance;', `const contactCenter = ConnectInstance.fromInstanceArn(this, 'ContactCenter', '${instanceArn}');`)
    .replace('declare const queue: connect.IQueue;', `const queue = connect.Queue.fromQueueArn(this, 'Queue', '${instanceArn}/queue/support');`);
  expect(code).not.toContain('declare const');
  const js = ts.transpileModule(inDefaultFixture(code), {
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, esModuleInterop: true },
  }).outputText;
  const exported: { Fixture?: new (scope: App, id: string) => Stack } = {};
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const load = (name: string): unknown => (name === 'cdk-connect-instance' ? require('../src') : require(name));
  new Function('require', 'exports', 'module', js)(load, exported, { exports: exported });
  const stack = new exported.Fixture!(new App(), 'ReadmeFlowsAsCode');
  const [flow] = Object.values(Template.fromStack(stack).findResources('AWS::Connect::ContactFlow'));
  expect(diagram).toBe(FlowDiagram.mermaid(flow.Properties.Content));
});
