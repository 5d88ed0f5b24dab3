#!/usr/bin/env node
/**
 * Runs after jsii (the `compile` task): rewrites each index.js of lib/ that
 * only re-exports its modules (`export * from './x'`) so that an export loads
 * its module when first read, as aws-cdk-lib's own index does. An app then
 * pays at synth only for the parts of the library it uses: the resource types
 * it creates, the flow actions it writes (docs/performance.md).
 *
 * The names come from loading each module once here, in the order tsc wrote
 * them (the first module to export a name wins, as with `export *`). The
 * rewritten index is then loaded in a new process and must export the same
 * names, bound to the same values; the build fails otherwise.
 *
 * Usage: node scripts/lazy-index.js [lib]
 */
'use strict';
const { spawnSync } = require('child_process');
const fs = require('fs');
const path = require('path');

const EXPORT_STAR = /^__exportStar\(require\("(\.\/[^"]+)"\), exports\);$/;
const MARK = '// Rewritten by scripts/lazy-index.js';

/** The modules an index re-exports, or undefined when it does anything else (or was rewritten). */
function reExports(text) {
  if (text.includes(MARK)) {
    return undefined;
  }
  const body = text.slice(text.indexOf('Object.defineProperty(exports, "__esModule"'));
  const lines = body.split('\n').slice(1).map((line) => line.trim()).filter((line) => line && !line.startsWith('//#'));
  const modules = lines.map((line) => EXPORT_STAR.exec(line)?.[1]);
  return modules.length > 0 && modules.every(Boolean) ? modules : undefined;
}

/** Each module with the names it gives the index, in order. */
function exportedNames(dir, modules) {
  const seen = new Set();
  return modules.map((module) => {
    const names = Object.keys(require(path.join(dir, module))).filter((name) => name !== '__esModule' && name !== 'default' && !seen.has(name));
    names.forEach((name) => seen.add(name));
    return { module, names };
  });
}

function render(entries) {
  return [
    '"use strict";',
    `${MARK} after jsii: each export loads its module when first read.`,
    'Object.defineProperty(exports, "__esModule", { value: true });',
    'function lazy(names, load) {',
    '    let loaded;',
    '    for (const name of names) {',
    '        Object.defineProperty(exports, name, { enumerable: true, configurable: true, get: () => (loaded ??= load())[name] });',
    '    }',
    '}',
    ...entries.map(({ module, names }) => `lazy(${JSON.stringify(names)}, () => require(${JSON.stringify(module)}));`),
    '',
  ].join('\n');
}

/** Loads the rewritten index in a new process: the same names, the same values, nothing loaded before it is read. */
function verify(indexFile, entries) {
  const check = `
    const lazyIndex = require(${JSON.stringify(indexFile)});
    const entries = ${JSON.stringify(entries)};
    const dir = ${JSON.stringify(path.dirname(indexFile))};
    const problems = [];
    const loadedEarly = entries.filter((e) => require.cache[require.resolve(require('path').join(dir, e.module))] !== undefined);
    if (loadedEarly.length > 0) problems.push('loaded before any export was read: ' + loadedEarly.map((e) => e.module).join(', '));
    const actual = Object.keys(lazyIndex).sort();
    const expected = [...new Set(entries.flatMap((e) => Object.keys(require(require('path').join(dir, e.module)))))]
      .filter((name) => name !== '__esModule' && name !== 'default').sort();
    if (JSON.stringify(expected) !== JSON.stringify(actual)) problems.push('names differ: expected ' + expected.length + ', got ' + actual.length);
    for (const { module, names } of entries) {
      const eager = require(require('path').join(dir, module));
      for (const name of names) if (lazyIndex[name] !== eager[name]) problems.push(name + ' is not ' + module + '.' + name);
    }
    if (problems.length > 0) { console.error(problems.join('\\n')); process.exit(1); }
  `;
  const result = spawnSync(process.execPath, ['-e', check], { encoding: 'utf-8' });
  if (result.status !== 0) {
    throw new Error(`${indexFile}: the lazy index does not match the modules it re-exports:\n${result.stderr}`);
  }
}

function indexFiles(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      return indexFiles(full);
    }
    return entry.name === 'index.js' ? [full] : [];
  });
}

function main() {
  const lib = path.resolve(process.argv[2] ?? 'lib');
  let rewritten = 0;
  for (const indexFile of indexFiles(lib)) {
    const modules = reExports(fs.readFileSync(indexFile, 'utf-8'));
    if (modules === undefined) {
      continue;
    }
    const entries = exportedNames(path.dirname(indexFile), modules);
    fs.writeFileSync(indexFile, render(entries));
    verify(indexFile, entries);
    rewritten++;
  }
  console.log(`lazy-index: ${rewritten} index file(s) of ${path.relative(process.cwd(), lib) || '.'} export lazily`);
}

if (require.main === module) {
  try {
    main();
  } catch (e) {
    console.error(`lazy-index: ${e.message}`);
    process.exit(1);
  }
}
