import * as fs from 'fs';
import * as path from 'path';
import * as ts from 'typescript';

/**
 * The library's own modules load each other one way only: a cycle of runtime
 * imports can leave a class `undefined` while its module loads. A cycle
 * through an `import type`, which is erased at compile, is fine: resources
 * that refer to each other's interfaces sit in their own files, as in
 * aws-cdk-lib (`log-group.ts` and `log-stream.ts`).
 */
const SRC = path.resolve(__dirname, '..', 'src');

/** Every TypeScript file under `dir`. */
function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? sources(full) : entry.name.endsWith('.ts') ? [full] : [];
  });
}

/**
 * The module names of the imports and re-exports of `source` that remain at
 * runtime: `export * from` included, `import type` and `export type` left out.
 */
function runtimeImports(source: string): string[] {
  const file = ts.createSourceFile('source.ts', source, ts.ScriptTarget.ES2022);
  return file.statements.flatMap((statement) => {
    if (ts.isImportDeclaration(statement) && !statement.importClause?.isTypeOnly) {
      return [(statement.moduleSpecifier as ts.StringLiteral).text];
    }
    if (ts.isExportDeclaration(statement) && statement.moduleSpecifier && !statement.isTypeOnly) {
      return [(statement.moduleSpecifier as ts.StringLiteral).text];
    }
    return [];
  });
}

/** The files of `src/` that `file` imports or re-exports at runtime. */
function importsOf(file: string): string[] {
  return runtimeImports(fs.readFileSync(file, 'utf-8'))
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

test('no module of src/ imports itself through others at runtime', () => {
  const graph = new Map(sources(SRC).map((file) => [file, importsOf(file)]));
  expect(graph.size).toBeGreaterThan(10);
  expect(cycles(graph).map((cycle) => cycle.map((f) => path.relative(SRC, f)).join(' -> '))).toEqual([]);
});

test('a cycle is found, and an `import type` is no edge', () => {
  const a = path.join(SRC, 'a.ts');
  const b = path.join(SRC, 'b.ts');
  expect(cycles(new Map([[a, [b]], [b, [a]]]))).toEqual([[a, b, a]]);
  expect(runtimeImports("import type { X } from './b';\nimport { Y } from './c';\nexport * from './d';\nexport type { Z } from './e';"))
    .toEqual(['./c', './d']);
});
