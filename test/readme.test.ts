import * as fs from 'fs';
import * as path from 'path';
import { App } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import * as ts from 'typescript';

/**
 * Every TypeScript example in the README must compile against the current
 * API: a README that names props the code lacks is a bug. A block with its
 * own imports is compiled as a module; any other block is compiled inside a
 * Stack's constructor with the usual imports in scope.
 */
const ROOT = path.resolve(__dirname, '..');
const PREAMBLE = [
  "import { App, CfnOutput, Duration, RemovalPolicy, SecretValue, Stack, Tags } from 'aws-cdk-lib';",
  "import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';",
  "import * as iam from 'aws-cdk-lib/aws-iam';",
  "import * as kinesis from 'aws-cdk-lib/aws-kinesis';",
  "import * as kms from 'aws-cdk-lib/aws-kms';",
  "import * as logs from 'aws-cdk-lib/aws-logs';",
  "import * as s3 from 'aws-cdk-lib/aws-s3';",
  "import { Construct } from 'constructs';",
  "import * as connect from 'cdk-connect-instance';",
  "import { ConnectInstance, IdentityManagement, PhoneNumberType, RoutingProfile, SecurityProfile, StorageTarget, DeployerPolicy } from 'cdk-connect-instance';",
].join('\n');

function examples(): Array<{ line: number; code: string; section: string }> {
  const text = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf-8');
  const found: Array<{ line: number; code: string; section: string }> = [];
  const fence = /^```ts\n([\s\S]*?)^```/gm;
  for (let m = fence.exec(text); m; m = fence.exec(text)) {
    const before = text.slice(0, m.index);
    const headings = before.match(/^#+ .*$/gm) ?? [];
    found.push({ line: before.split('\n').length, code: m[1], section: headings[headings.length - 1] ?? '' });
  }
  return found;
}

function asModule(code: string): string {
  if (/^import /m.test(code)) {
    return code;
  }
  const lines = code.split('\n');
  const declarations = lines.filter((l) => l.startsWith('declare ')).join('\n');
  const body = lines.filter((l) => !l.startsWith('declare ')).join('\n');
  return `${PREAMBLE}\n${declarations}\nvoid [App, CfnOutput, Duration, RemovalPolicy, SecretValue, Tags, cloudwatch, iam, kinesis, kms, logs, s3, connect, ConnectInstance,
  IdentityManagement, PhoneNumberType, RoutingProfile, SecurityProfile, StorageTarget, DeployerPolicy];
export class Example extends Stack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
${body}
  }
}
`;
}

test('the README has TypeScript examples for every identity type', () => {
  const all = examples().map((e) => e.code).join('\n');
  expect(all).toContain('IdentityManagement.connectManaged(');
  expect(all).toContain('IdentityManagement.saml(');
  expect(all).toContain('IdentityManagement.existingDirectory(');
  expect(all).toContain('DeployerPolicy.forConnectInstance(');
});

test('every TypeScript example in the README compiles', () => {
  const blocks = examples();
  expect(blocks.length).toBeGreaterThan(5);
  const files = new Map(blocks.map((b, i) => [path.join(ROOT, `readme-example-${i}.ts`), asModule(b.code)]));
  const options: ts.CompilerOptions = {
    strict: true,
    noEmit: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.CommonJS,
    moduleResolution: ts.ModuleResolutionKind.Node10,
    esModuleInterop: true,
    skipLibCheck: true,
    noUnusedLocals: false,
    baseUrl: ROOT,
    paths: { 'cdk-connect-instance': ['src/index.ts'] },
    types: ['node'],
  };
  const host = ts.createCompilerHost(options);
  const readFile = host.readFile.bind(host);
  const fileExists = host.fileExists.bind(host);
  host.readFile = (name) => files.get(name) ?? readFile(name);
  host.fileExists = (name) => files.has(name) || fileExists(name);
  const program = ts.createProgram([...files.keys()], options, host);
  const problems = ts.getPreEmitDiagnostics(program)
    .filter((d) => d.file && files.has(d.file.fileName))
    .map((d) => {
      const index = [...files.keys()].indexOf(d.file!.fileName);
      return `README block at line ${blocks[index].line}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`;
    });
  expect(problems).toEqual([]);
});

test('the "An existing instance" example adds a user and a phone number to an imported instance, and synthesizes', () => {
  const block = examples().find((b) => b.section === '### An existing instance');
  expect(block).toBeDefined();
  const js = ts.transpileModule(asModule(block!.code), {
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, esModuleInterop: true },
  }).outputText;
  const exported: { Example?: new (scope: App, id: string) => import('aws-cdk-lib').Stack } = {};
  // The library by its package name, as the README imports it; the other
  // modules of the preamble as they are. The example is code compiled here,
  // so it can only be loaded with require.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const load = (name: string): unknown => (name === 'cdk-connect-instance' ? require('../src') : require(name));
  new Function('require', 'exports', 'module', js)(load, exported, { exports: exported });
  const app = new App();
  const stack = new exported.Example!(app, 'ReadmeExistingInstance');
  const template = Template.fromStack(stack);
  const instanceArn = 'arn:aws:connect:us-east-1:123456789012:instance/aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee';
  template.hasResourceProperties('AWS::Connect::User', { InstanceArn: instanceArn, Username: 'jane' });
  template.hasResourceProperties('AWS::Connect::PhoneNumber', { TargetArn: instanceArn, CountryCode: 'US', Type: 'DID' });
  template.resourceCountIs('AWS::Connect::Instance', 0);
});
