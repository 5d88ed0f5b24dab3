import * as fs from 'fs';
import * as path from 'path';
import * as ts from 'typescript';

/**
 * The library's own modules import each other one way only: a cycle, even
 * through `import type`, means two concepts that cannot be read apart.
 */
const SRC = path.resolve(__dirname, '..', 'src');

/** Every TypeScript file under `dir`. */
function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? sources(full) : entry.name.endsWith('.ts') ? [full] : [];
  });
}

/** The files of `src/` that `file` imports or re-exports, `import type` and `export * from` included. */
function importsOf(file: string): string[] {
  const info = ts.preProcessFile(fs.readFileSync(file, 'utf-8'), true, true);
  return info.importedFiles
    .map((f) => f.fileName)
    .filter((name) => name.startsWith('.'))
    .map((name) => {
      const base = path.resolve(path.dirname(file), name);
      const found = [`${base}.ts`, path.join(base, 'index.ts')].find((candidate) => fs.existsSync(candidate));
      if (!found) {
        throw new Error(`${path.relative(SRC, file)} imports ${name}, which is not a file of src/`);
      }
      return found;
    });
}

/** The import cycles of `graph`, each as the files around it. */
function cycles(graph: Map<string, string[]>): string[][] {
  const found: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (file: string) => {
    state.set(file, 'open');
    stack.push(file);
    for (const next of graph.get(file) ?? []) {
      if (state.get(next) === 'open') {
        found.push([...stack.slice(stack.indexOf(next)), next]);
      } else if (!state.has(next)) {
        visit(next);
      }
    }
    stack.pop();
    state.set(file, 'done');
  };
  [...graph.keys()].sort().forEach((file) => state.has(file) || visit(file));
  return found;
}

test('no module of src/ imports itself through others, type-only imports included', () => {
  const graph = new Map(sources(SRC).map((file) => [file, importsOf(file)]));
  expect(graph.size).toBeGreaterThan(10);
  expect(cycles(graph).map((cycle) => cycle.map((f) => path.relative(SRC, f)).join(' -> '))).toEqual([]);
});

test('a cycle through an `import type` is found', () => {
  const a = path.join(SRC, 'a.ts');
  const b = path.join(SRC, 'b.ts');
  expect(cycles(new Map([[a, [b]], [b, [a]]]))).toEqual([[a, b, a]]);
  expect(ts.preProcessFile("import type { X } from './b';\nexport * from './c';", true, true).importedFiles.map((f) => f.fileName))
    .toEqual(['./b', './c']);
});
