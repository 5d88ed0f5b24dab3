import * as fs from 'fs';
import * as path from 'path';
import * as connect from 'aws-cdk-lib/aws-connect';

/** docs/coverage.md names, for every `Cfn*` class of aws-cdk-lib's `aws_connect`, the typed resource or why there is none. */

const TABLE = fs.readFileSync(path.join(__dirname, '..', 'docs', 'coverage.md'), 'utf-8');
/** The rows of the table, by class: `| \`CfnX\` | typed resource | at 2.220.0 | notes |`. */
const ROWS = new Map(TABLE.split('\n')
  .map((line) => /^\| `(Cfn\w+)` \|([^|]*)\|([^|]*)\|(.*)\|$/.exec(line))
  .filter((m): m is RegExpExecArray => m !== null)
  .map((m) => [m[1], { typed: m[2].trim(), at220: m[3].trim(), notes: m[4].trim() }]));
const CLASSES = Object.keys(connect).filter((name) => /^Cfn[A-Z]\w*$/.test(name) && typeof (connect as any)[name] === 'function');

test('aws-cdk-lib has the 39 classes the table was written for, or more', () => {
  expect(CLASSES.length).toBeGreaterThanOrEqual(39);
});

test.each(CLASSES)('%s has a row naming its typed resource, or why it has none', (name) => {
  const row = ROWS.get(name);
  expect(row).toBeDefined();
  expect(row!.typed).not.toMatch(/in progress/);
  // A class without a typed resource says why.
  expect(row!.typed.length > 0 || row!.notes.length > 0).toBe(true);
});

test('every typed resource the table names is exported by the library', () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const lib = require('../src');
  const named = [...ROWS.values()].flatMap((r) => [...r.typed.matchAll(/`([A-Z]\w+)`/g)].map((m) => m[1]));
  // Interfaces and option structs exist only in the types.
  expect(named.filter((n) => !/^I[A-Z]|Options$/.test(n) && !(n in lib))).toEqual([]);
});
