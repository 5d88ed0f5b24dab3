import * as path from 'path';

// The package-hygiene check of `npx projen check:package` (scripts/check-package.js).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { check, BUDGET } = require(path.join(__dirname, '..', '..', 'scripts', 'check-package.js'));

const MANIFEST = {
  name: 'cdk-connect-instance',
  version: '0.1.0',
  description: 'AWS CDK L3 construct that creates a ready-to-use Amazon Connect instance',
  keywords: ['cdk', 'aws-cdk', 'awscdk', 'amazon-connect'],
  stability: 'experimental',
  license: 'Apache-2.0',
  repository: { url: 'https://example.com/repo.git' },
  author: { name: 'maintainers' },
  jsii: {},
  types: 'lib/index.d.ts',
  main: 'lib/index.js',
};

const FILES = [
  'package.json', 'README.md', 'LICENSE', '.jsii', '.jsii.tabl.json',
  'lib/index.js', 'lib/index.d.ts', 'lib/index.js.map', 'lib/private/x.js', 'lib/private/x.d.ts',
  'assets/default-profiles.lambda/index.js', 'rosetta/default.ts-fixture',
];

function tarball(paths: string[], sizes: Partial<{ size: number; unpackedSize: number }> = {}) {
  return {
    filename: 'cdk-connect-instance-0.1.0.tgz',
    files: paths.map((p) => ({ path: p, size: 100 })),
    entryCount: paths.length,
    size: sizes.size ?? 1000,
    unpackedSize: sizes.unpackedSize ?? 5000,
  };
}

test('a tarball of the library, its types, maps, assembly and handler bundle passes', () => {
  expect(check(tarball(FILES), MANIFEST).problems).toEqual([]);
});

test('files outside the allow-list, tests and the tsc-compiled handler are reported', () => {
  const { problems } = check(tarball([...FILES, 'API.md', 'src/index.ts', 'test/x.test.js', 'lib/default-profiles.lambda.js']), MANIFEST);
  expect(problems).toEqual([
    'API.md is not in the allow-list of scripts/check-package.js',
    'src/index.ts is not in the allow-list of scripts/check-package.js',
    'test/x.test.js must not be in the tarball: tests',
    'lib/default-profiles.lambda.js must not be in the tarball: the handler compiled by tsc (assets/ has the bundled one)',
  ]);
});

test('missing files, orphan source maps and sizes over the budget are reported', () => {
  const files = FILES.filter((f) => !['lib/index.js', '.jsii', 'assets/default-profiles.lambda/index.js'].includes(f));
  const { problems } = check(tarball(files, { size: BUDGET.packedBytes + 1, unpackedSize: BUDGET.unpackedBytes + 1 }), MANIFEST);
  expect(problems).toEqual([
    'lib/index.js.map has no JavaScript file beside it',
    '.jsii is missing from the tarball',
    'lib/index.js is missing from the tarball',
    'no bundled handler (assets/*/index.js): run `npx projen bundle` first',
    `packed size ${BUDGET.packedBytes + 1} is over the budget of ${BUDGET.packedBytes}`,
    `unpacked size ${BUDGET.unpackedBytes + 1} is over the budget of ${BUDGET.unpackedBytes}`,
  ]);
});

test('package.json fields that npm and Construct Hub show are checked', () => {
  const { problems } = check(tarball(FILES), { ...MANIFEST, keywords: ['cdk'], stability: 'stable', license: undefined });
  expect(problems).toEqual([
    'package.json keywords lack "awscdk"',
    'package.json keywords lack "aws-cdk"',
    'package.json keywords lack "amazon-connect"',
    'package.json stability is "stable": a 0.x release is "experimental"',
    'package.json has no "license"',
  ]);
});
