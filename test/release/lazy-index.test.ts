import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

// The index rewrite that runs after jsii (scripts/lazy-index.js), on a small library laid out as tsc writes it.
const SCRIPT = path.join(__dirname, '..', '..', 'scripts', 'lazy-index.js');

const TSC_PRELUDE = `"use strict";
var __createBinding = (this && this.__createBinding) || (function(o, m, k, k2) { if (k2 === undefined) k2 = k; Object.defineProperty(o, k2, { enumerable: true, get: function() { return m[k]; } }); });
var __exportStar = (this && this.__exportStar) || function(m, exports) {
    for (var p in m) if (p !== "default" && !Object.prototype.hasOwnProperty.call(exports, p)) __createBinding(exports, m, p);
};
Object.defineProperty(exports, "__esModule", { value: true });
`;

function exportStar(...modules: string[]): string {
  return TSC_PRELUDE + modules.map((m) => `__exportStar(require("./${m}"), exports);\n`).join('') + '//# sourceMappingURL=index.js.map\n';
}

/** A library: `queue` and `view` (both export `shared`), `flows/` with its own index, and `other/` whose index does more. */
function library(extra: Record<string, string> = {}): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lazy-index-'));
  const files: Record<string, string> = {
    'index.js': exportStar('queue', 'view', 'flows'),
    'queue.js': '"use strict";\nexports.Queue = class Queue {};\nexports.shared = "queue";\n',
    'view.js': '"use strict";\nexports.View = class View {};\nexports.shared = "view";\nexports.ViewType = { CUSTOMER: "CUSTOMER" };\n',
    'flows/index.js': exportStar('action'),
    'flows/action.js': '"use strict";\nexports.Action = class Action {};\n',
    'other/index.js': '"use strict";\nexports.loadedAt = Date.now();\n',
    ...extra,
  };
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

function run(dir: string) {
  return spawnSync(process.execPath, [SCRIPT, dir], { encoding: 'utf-8' });
}

/** What a new process sees: the modules loaded after requiring the index, then the index's exports. */
function load(dir: string, read: string[]) {
  const probe = `
    const index = require(${JSON.stringify(dir)});
    const loaded = () => Object.keys(require.cache).map((f) => require('path').relative(${JSON.stringify(dir)}, f)).sort();
    const before = loaded();
    const values = Object.fromEntries(${JSON.stringify(read)}.map((name) => [name, typeof index[name] === 'function' ? 'class ' + index[name].name : index[name]]));
    console.log(JSON.stringify({ before, after: loaded(), keys: Object.keys(index).sort(), values }));
  `;
  const result = spawnSync(process.execPath, ['-e', probe], { encoding: 'utf-8' });
  expect(result.stderr).toBe('');
  return JSON.parse(result.stdout);
}

test('an index of re-exports loads each module when one of its exports is first read', () => {
  const dir = library();
  const result = run(dir);
  expect(result.status).toBe(0);
  expect(result.stdout).toContain('2 index file(s)');

  const seen = load(dir, ['View']);
  expect(seen.before).toEqual(['index.js']);
  expect(seen.after).toEqual(['index.js', 'view.js']);
  expect(seen.keys).toEqual(['Action', 'Queue', 'View', 'ViewType', 'shared']);
  expect(seen.values).toEqual({ View: 'class View' });
});

test('the first module to export a name keeps it, as with export *', () => {
  const dir = library();
  expect(run(dir).status).toBe(0);
  expect(load(dir, ['shared', 'Action']).values).toEqual({ shared: 'queue', Action: 'class Action' });
});

test('an index that does more than re-export is left as it is, and a second run changes nothing', () => {
  const dir = library();
  expect(run(dir).status).toBe(0);
  const once = fs.readFileSync(path.join(dir, 'index.js'), 'utf-8');
  const again = run(dir);
  expect(again.status).toBe(0);
  expect(again.stdout).toContain('0 index file(s)');
  expect(fs.readFileSync(path.join(dir, 'index.js'), 'utf-8')).toBe(once);
  expect(fs.readFileSync(path.join(dir, 'other', 'index.js'), 'utf-8')).toBe('"use strict";\nexports.loadedAt = Date.now();\n');
});

test('the build fails when the lazy index would not export what the modules export', () => {
  // A module whose exports differ between the build and a later load: the check loads the rewritten index anew.
  const dir = library({
    'index.js': exportStar('queue', 'moving'),
    'moving.js': '"use strict";\nexports.Moving = 1;\nif (process.argv.length < 2) { exports.Late = 2; }\n',
  });
  const result = run(dir);
  expect(result.status).not.toBe(0);
  expect(result.stderr).toMatch(/index\.js: the lazy index does not match the modules it re-exports/);
  expect(result.stderr).toContain('names differ: expected 4, got 3');
});
