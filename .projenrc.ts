import { awscdk, javascript, release } from 'projen';
import { UpdateSnapshot } from 'projen/lib/javascript';
import { configureCfnLint } from './projenrc/cfn-lint';
import { configureRelease } from './projenrc/release';

/**
 * The oldest aws-cdk-lib a consumer may use (peer dependency minimum).
 * 2.220.0 shipped in October 2025, about a year before this library's first
 * release, so teams that upgrade yearly can still install it.
 */
const CDK_MIN_VERSION = '2.220.0';

/**
 * What the library is developed and tested with. 2.275.0 added the built-in
 * CloudFormation template validation that the tests rely on.
 */
const CDK_DEV_VERSION = '2.276.0';

const project = new awscdk.AwsCdkConstructLibrary({
  name: 'cdk-connect-instance',
  description:
    'AWS CDK L3 construct that creates a ready-to-use Amazon Connect instance the way the console wizard does, with secure defaults',
  // Construct Hub lists jsii packages that depend on aws-cdk-lib or carry one of
  // `cdk`, `aws-cdk`, `awscdk` (cdklabs/construct-hub, packument-processing).
  keywords: ['cdk', 'aws-cdk', 'awscdk', 'aws', 'amazon-connect', 'connect', 'contact-center', 'call-center'],
  // Pre-1.0: the API may still change in a minor release (see docs/releases.md).
  stability: 'experimental',
  license: 'Apache-2.0',
  author: 'cdk-connect-instance maintainers',
  authorAddress: 'maintainers@users.noreply.github.com',
  repositoryUrl: 'https://github.com/cdk-connect-instance/cdk-connect-instance.git',
  defaultReleaseBranch: 'main',
  packageManager: javascript.NodePackageManager.NPM,
  projenrcTs: true,
  tsconfigDevFile: 'tsconfig.dev.json',

  cdkVersion: CDK_MIN_VERSION,
  constructsVersion: '10.0.5',
  typescriptVersion: '~5.9.0',
  minNodeVersion: '20.0.0',
  peerDependencyOptions: { pinnedDevDependency: false },

  // CI runs from `.ci/run`; no GitHub workflows. Releases are cut by hand with
  // `npx projen release` (see projenrc/release.ts and docs/releases.md).
  github: false,
  release: true,
  releaseTrigger: release.ReleaseTrigger.manual({ gitPushCommand: '' }),
  // Stay on 0.x: commit-and-tag-version bumps the minor for a breaking change
  // while the version is below 1.0.0, and the bump fails if it reaches 1.x.
  majorVersion: 0,
  // The first release (no v0.* tag yet) is 0.1.0; later ones follow the commits.
  nextVersionCommand: 'scripts/next-version.sh',
  // Publishing is a separate, explicit step: the publish:* tasks.
  releaseToNpm: false,

  // jsii targets: a release builds the npm, PyPI, Maven and Go packages; .NET
  // is configured but needs a .NET SDK (see projenrc/release.ts).
  publishToPypi: {
    distName: 'cdk-connect-instance',
    module: 'cdk_connect_instance',
  },
  publishToMaven: {
    javaPackage: 'io.github.cdkconnectinstance',
    mavenGroupId: 'io.github.cdk-connect-instance',
    mavenArtifactId: 'cdk-connect-instance',
  },
  publishToNuget: {
    dotNetNamespace: 'CdkConnectInstance',
    packageId: 'CdkConnectInstance',
  },
  publishToGo: {
    moduleName: 'github.com/cdk-connect-instance/cdk-connect-instance-go',
    packageName: 'cdkconnectinstance',
  },

  // The lookup handler is bundled (below) but not wrapped in a generated
  // lambda.Function: the construct writes the function as an L1 resource, which
  // spares every synth the ~150 ms that Code.fromAsset's asset bucket import
  // costs (see src/private/deploy-time/provider.ts).
  lambdaAutoDiscover: false,

  devDeps: [
    '@aws-sdk/client-connect@^3',
    '@types/aws-lambda@^8',
    'aws-cdk@^2',
    'cdk-nag@^2',
    // cdk-nag 3 runs as an aws-cdk-lib Validations plugin and matches acknowledgements by
    // finding id; the harness runs it beside cdk-nag 2's aspects, under another name.
    'cdk-nag-v3@npm:cdk-nag@3.0.2',
    // test/integ: IntegTest and its AWS API assertions. The newest release in the npm
    // registry (no 2.276.0-alpha.0 is published); its peer range admits the dev aws-cdk-lib.
    '@aws-cdk/integ-tests-alpha@2.245.0-alpha.0',
    '@cdklabs/cdk-validator-cfnguard@^0.0.62',
    'fast-check@^4',
    // The local npm registry of the registry test (scripts/test-registry.sh).
    'verdaccio@6.8.0',
  ],

  eslintOptions: {
    dirs: ['src'],
    devdirs: ['test', 'examples'],
    tsconfigPath: './tsconfig.dev.json',
    projectService: false,
  },

  jestOptions: {
    // `test` never rewrites snapshots; `test:update` does.
    updateSnapshot: UpdateSnapshot.NEVER,
    jestConfig: {
      snapshotSerializers: ['<rootDir>/test/helpers/asset-hash-serializer.ts'],
      // The example imports the library by its package name; tests use the sources.
      moduleNameMapper: { '^cdk-connect-instance$': '<rootDir>/src/index.ts' },
      testPathIgnorePatterns: ['/node_modules/', '/examples/', '/lib/'],
      collectCoverage: false,
      testTimeout: 60_000,
    },
  },

  // Source maps beside the JavaScript (lib/*.js.map, sources embedded) rather
  // than inline: same debugging, but a `require` of the library reads and
  // scans half as many bytes (1–5 ms of every synth here; see bench/).
  tsconfig: {
    compilerOptions: { inlineSourceMap: false, sourceMap: true, inlineSources: true },
  },

  gitignore: ['/node_modules', '/.venv-cfnlint', 'cdk.out', 'examples/dist', 'examples/cdk.out', '.bench', '*.tsbuildinfo'],

});

// The deploy-time handler (the profile lookup and phone number routing, dispatched on the
// resource type): bundled by esbuild at build time into
// assets/private/deploy-time/deploy-time.lambda/index.js. The Node.js 22 Lambda runtime ships
// AWS SDK v3, so nothing is bundled or downloaded for it: the asset is ~20 KB.
project.bundler.addBundle('src/private/deploy-time/deploy-time.lambda.ts', {
  platform: 'node',
  target: 'node22',
  externals: ['@aws-sdk/*'],
  sourcemap: false,
});

// Its SDK client is a devDependency: the runtime provides it, esbuild leaves it external.
project.eslint?.addOverride({
  files: ['src/**/*.lambda.ts'],
  rules: { 'import/no-extraneous-dependencies': ['error', { devDependencies: true, optionalDependencies: false, peerDependencies: true }] },
});

// Develop and test against a current aws-cdk-lib while the peer dependency
// keeps the year-old minimum (see CDK_MIN_VERSION).
project.addDevDeps(`aws-cdk-lib@${CDK_DEV_VERSION}`, 'constructs@10.5.1');
// verdaccio-audit asks for node-fetch by the dist-tag `cjs`, which does not resolve.
project.package.addField('overrides', { verdaccio: { 'node-fetch': '2.7.0' } });

// Lint and type-check the project definition with the tests.
project.tsconfigDev.addInclude('.projenrc.ts');
// The example imports the library by its published name (linked by the `example` task and
// type-checked there), which is not a dependency of itself.
project.eslint?.addOverride({
  files: ['examples/**/*.ts'],
  rules: { 'import/no-extraneous-dependencies': 'off', 'import/no-unresolved': 'off' },
});

// Releases, packaging, the package checks and publishing: projenrc/release.ts.
configureRelease(project);

// cfn-lint, a second template validator, installed into a virtualenv before the tests: projenrc/cfn-lint.ts.
configureCfnLint(project);

// The example app imports the library by its package name, as a team would.
const linkSelf = 'mkdir -p node_modules && ln -sfn .. node_modules/cdk-connect-instance';
const example = project.addTask('example', {
  description: 'Synthesize the example contact-center app with the cdk CLI and summarize what it would deploy',
  env: { AWS_REGION: 'us-east-1', CDK_DISABLE_VERSION_CHECK: 'true' },
});
example.exec(linkSelf);
example.exec('tsc -p examples/tsconfig.json');
// Instance aliases are global, so the example takes one from the command line
// (`-c alias=...`); this alias is for synthesizing only, never deployed from here.
example.exec('cdk synth --quiet --no-notices -c alias=acme-support-example', { cwd: 'examples' });
example.exec('node examples/dist/summarize.js');
example.exec('node examples/dist/diagram.js');
// One Mermaid diagram per flow of the template, in docs/flows.md.
example.exec('node examples/dist/flows.js');
// The dashboard's layout as a picture (docs/dashboard.svg), from the same template.
example.exec('node examples/dist/dashboard.js');

// After jsii: the package index loads each module when one of its exports is first read (scripts/lazy-index.js).
project.compileTask.exec('node scripts/lazy-index.js lib');

// ---- integration tests (test/integ/**): `INTEG_ALIAS=<alias> npx projen integ:deploy` ----
// Deploys each integ app to the account of the caller's credentials with the cdk CLI, checks its
// assertions and destroys it. Never part of `test` or CI (no AWS there); their snapshots are
// verified offline by test/integ/integ.test.ts. See docs/verification.md, "Deploying for real".
const integDeploy = project.addTask('integ:deploy', {
  description: 'Deploy the integration tests for real (AWS credentials and INTEG_ALIAS=<globally unique alias>), assert with AWS API calls, destroy them',
  env: { CDK_DISABLE_VERSION_CHECK: 'true' },
});
integDeploy.spawn(project.tasks.tryFind('pre-compile')!);
integDeploy.spawn(project.compileTask);
integDeploy.exec(linkSelf);
integDeploy.exec('ts-node --transpile-only -P tsconfig.dev.json test/integ/deploy.ts');
// ---- end integration tests ----------------------------------------------------

project.addTask('test:consumer', {
  description: 'Install the packed tarball into a scratch app with the oldest supported aws-cdk-lib and synthesize it',
  exec: 'scripts/consumer-test.sh',
});

for (const pattern of ['/examples/', '/.ci/', '/scripts/', '/.bench/']) {
  project.addPackageIgnore(pattern);
}

// ---- bench (bench/**): `npx projen bench` -----------------------------------
// Synth time of the example against the same stack hand-written with L1
// constructs, Lambda functions per stack, handler asset size, 20-instance
// scaling, and the S, M and L contact centers of bench/center.ts (deployable,
// instructions per resource; BENCH_ONLY=scale runs that part alone). Not part
// of the tests and not run in CI; see bench/run.ts.
project.gitignore.exclude('/bench/dist/');
project.addPackageIgnore('/bench/');
const bench = project.addTask('bench', {
  description: 'Measure the construct: synth time vs hand-written L1, Lambda functions per stack, handler asset size, 20-instance scaling, S/M/L centers deployable and flat per resource',
});
bench.spawn(project.tasks.tryFind('bundle')!);
bench.spawn(project.compileTask);
bench.exec('mkdir -p node_modules && ln -sfn .. node_modules/cdk-connect-instance');
bench.exec('tsc -p bench/tsconfig.json');
bench.exec('node bench/dist/bench/run.js');
// ---- end bench ----------------------------------------------------------------

project.synth();
