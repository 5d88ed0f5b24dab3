#!/usr/bin/env node
// Package hygiene: what `npm pack` would put in the npm tarball, checked
// against an allow-list and a byte budget, and the package.json fields that
// npm and Construct Hub show. Run after `npx projen compile` (lib/, .jsii) and
// `rosetta:extract` (.jsii.tabl.json): `npx projen check:package`.
'use strict';
const { execFileSync } = require('child_process');
const path = require('path');

const ROOT = path.resolve(__dirname, '..');

/**
 * The budget, with room for the library to grow by about a quarter. Set at
 * 71 files, 189 KB packed, 1.03 MB unpacked; raised when the resource model
 * was split into one concept per file (src/storage/, src/private/<concept>/),
 * measured then at 113 files, 277 KB packed, 1.36 MB unpacked; raised again
 * for the next-step resources (hours, flows, queues, routing and security
 * profiles, prompts, quick connects, origins, integrations), measured then at
 * 197 files, 358 KB packed, 1.82 MB unpacked; raised again for the flow builder
 * (about 70 action classes) and the 24 newly typed resource types, measured then
 * at 365 files, 678 KB packed, 3.80 MB unpacked (the .jsii assembly, 1.5 MB, holds
 * every doc comment), with room for the monitoring and the grown example.
 */
const BUDGET = { packedBytes: 900_000, unpackedBytes: 5_000_000, files: 480 };

/** Every file in the tarball must match one of these. */
const ALLOWED = [
  [/^(package\.json|README\.md|LICENSE)$/, 'package metadata'],
  [/^\.jsii(\.tabl\.json)?$/, 'jsii assembly and its example translations'],
  [/^lib\/.+\.(js|d\.ts|js\.map)$/, 'compiled library, types and source maps'],
  [/^assets\/(?:[^/]+\/)+index\.js$/, 'bundled deploy-time handler'],
  [/^rosetta\/[^/]+\.ts-fixture$/, 'rosetta fixtures of the examples'],
];

/** Files that match the allow-list but must not ship. */
const FORBIDDEN = [
  [/^lib\/.*\.lambda\.[^/]+$/, 'the handler compiled by tsc (assets/ has the bundled one)'],
  [/(^|\/)(test|__snapshots__)\//, 'tests'],
];

/** Files without which the package does not work. */
const REQUIRED = ['package.json', 'README.md', 'LICENSE', '.jsii', '.jsii.tabl.json', 'lib/index.js', 'lib/index.d.ts'];

function pack() {
  const out = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
    cwd: ROOT,
    encoding: 'utf-8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return JSON.parse(out)[0];
}

function check(tarball, manifest) {
  const problems = [];
  const paths = tarball.files.map((f) => f.path);
  for (const file of paths) {
    const forbidden = FORBIDDEN.find(([re]) => re.test(file));
    if (forbidden) {
      problems.push(`${file} must not be in the tarball: ${forbidden[1]}`);
    } else if (!ALLOWED.some(([re]) => re.test(file))) {
      problems.push(`${file} is not in the allow-list of scripts/check-package.js`);
    }
    if (file.endsWith('.js.map') && !paths.includes(file.slice(0, -'.map'.length))) {
      problems.push(`${file} has no JavaScript file beside it`);
    }
  }
  for (const file of REQUIRED) {
    if (!paths.includes(file)) problems.push(`${file} is missing from the tarball`);
  }
  if (!paths.some((p) => /^assets\/(?:[^/]+\/)+index\.js$/.test(p))) {
    problems.push('no bundled handler (assets/*/index.js): run `npx projen bundle` first');
  }
  const sizes = [
    ['packed size', tarball.size, BUDGET.packedBytes],
    ['unpacked size', tarball.unpackedSize, BUDGET.unpackedBytes],
    ['file count', tarball.entryCount, BUDGET.files],
  ];
  for (const [what, actual, budget] of sizes) {
    if (actual > budget) problems.push(`${what} ${actual} is over the budget of ${budget}`);
  }

  const keywords = manifest.keywords ?? [];
  for (const keyword of ['awscdk', 'aws-cdk', 'cdk', 'amazon-connect']) {
    if (!keywords.includes(keyword)) problems.push(`package.json keywords lack "${keyword}"`);
  }
  if (!manifest.description || manifest.description.length < 40) problems.push('package.json description is missing or too short');
  if (manifest.stability !== 'experimental' && /^0\./.test(manifest.version)) {
    problems.push(`package.json stability is "${manifest.stability}": a 0.x release is "experimental"`);
  }
  for (const field of ['license', 'repository', 'author', 'jsii', 'types', 'main']) {
    if (!manifest[field]) problems.push(`package.json has no "${field}"`);
  }
  return { problems, sizes };
}

function main() {
  const tarball = pack();
  const manifest = require(path.join(ROOT, 'package.json'));
  const { problems, sizes } = check(tarball, manifest);
  for (const [what, actual, budget] of sizes) {
    console.log(`check-package: ${what} ${actual} of ${budget} (${Math.round((100 * actual) / budget)}%)`);
  }
  if (problems.length > 0) {
    console.error(`check-package: ${tarball.filename} fails ${problems.length} check(s):\n  ${problems.join('\n  ')}`);
    process.exit(1);
  }
  console.log(`check-package: ${tarball.filename} OK`);
}

if (require.main === module) {
  main();
}

module.exports = { check, BUDGET };
