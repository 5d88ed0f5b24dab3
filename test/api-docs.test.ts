import * as fs from 'fs';
import * as path from 'path';
import * as ts from 'typescript';

/**
 * The public API's documentation rules, checked on the sources: every
 * optional property of an exported interface says what happens when it is
 * left out (`@default`), and every exported symbol and public member has a
 * doc comment.
 */
const SRC = path.resolve(__dirname, '..', 'src');

/** The sources of the public API: `src/` and its folders, but not `src/private/`. */
function publicSources(): ts.SourceFile[] {
  return (fs.readdirSync(SRC, { recursive: true }) as string[])
    .filter((f) => !f.startsWith(`private${path.sep}`))
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.lambda.ts') && !f.endsWith('-function.ts') && path.basename(f) !== 'index.ts')
    .map((f) => ts.createSourceFile(f, fs.readFileSync(path.join(SRC, f), 'utf-8'), ts.ScriptTarget.ES2022, true));
}

function hasModifier(node: ts.Node, ...kinds: ts.SyntaxKind[]): boolean {
  return ts.canHaveModifiers(node) && (ts.getModifiers(node) ?? []).some((m) => kinds.includes(m.kind));
}

function isExported(node: ts.Node): boolean {
  return hasModifier(node, ts.SyntaxKind.ExportKeyword);
}

function jsDocTags(node: ts.Node): string[] {
  return ts.getJSDocTags(node).map((t) => t.tagName.text);
}

function hasDoc(node: ts.Node): boolean {
  return ts.getJSDocCommentsAndTags(node).length > 0;
}

function isInternal(node: ts.Node): boolean {
  const tags = jsDocTags(node);
  const text = node.getFullText();
  return tags.includes('internal') || /@jsii ignore/.test(text);
}

function collect(check: (file: ts.SourceFile, node: ts.Node) => string | undefined): string[] {
  const problems: string[] = [];
  for (const file of publicSources()) {
    const visit = (node: ts.Node) => {
      const problem = check(file, node);
      if (problem) {
        problems.push(`${file.fileName}:${file.getLineAndCharacterOfPosition(node.getStart()).line + 1} ${problem}`);
      }
      ts.forEachChild(node, visit);
    };
    visit(file);
  }
  return problems;
}

test('every optional property of an exported interface has @default', () => {
  const problems = collect((_file, node) => {
    if (!ts.isPropertySignature(node) || !node.questionToken) {
      return undefined;
    }
    const owner = node.parent;
    if (!ts.isInterfaceDeclaration(owner) || !isExported(owner) || isInternal(owner)) {
      return undefined;
    }
    return jsDocTags(node).includes('default') ? undefined : `${owner.name.text}.${node.name.getText()} has no @default`;
  });
  expect(problems).toEqual([]);
});

test('every exported type and public member is documented', () => {
  const problems = collect((_file, node) => {
    const declaration = ts.isClassDeclaration(node) || ts.isInterfaceDeclaration(node) || ts.isEnumDeclaration(node);
    if (declaration && isExported(node) && !isInternal(node) && !hasDoc(node)) {
      return `${node.name?.getText()} is not documented`;
    }
    const member = ts.isPropertySignature(node) || ts.isMethodSignature(node) || ts.isEnumMember(node)
      || ((ts.isMethodDeclaration(node) || ts.isPropertyDeclaration(node) || ts.isGetAccessor(node))
        && !hasModifier(node, ts.SyntaxKind.PrivateKeyword, ts.SyntaxKind.ProtectedKeyword));
    if (!member) {
      return undefined;
    }
    const owner = node.parent as ts.Node;
    if (!(ts.isClassDeclaration(owner) || ts.isInterfaceDeclaration(owner) || ts.isEnumDeclaration(owner))
      || !isExported(owner) || isInternal(owner) || isInternal(node)) {
      return undefined;
    }
    if (ts.isClassDeclaration(owner) && (ts.isMethodDeclaration(node) || ts.isPropertyDeclaration(node) || ts.isGetAccessor(node))
      && owner.heritageClauses?.some((h) => h.getText().includes('implements')) && !hasDoc(node)) {
      // Members that implement an interface inherit its documentation.
      return undefined;
    }
    return hasDoc(node) ? undefined : `${(owner as ts.ClassDeclaration).name?.getText()}.${(node as ts.NamedDeclaration).name?.getText()} is not documented`;
  });
  expect(problems).toEqual([]);
});
