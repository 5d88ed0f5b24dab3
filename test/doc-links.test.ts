import * as fs from 'fs';
import * as path from 'path';

/**
 * The README is for users and links to the longer documents in docs/ and to
 * CONTRIBUTING.md, which link back. Every relative link and `#anchor` in them
 * must resolve: a file or directory of the repository, and a heading of the
 * linked Markdown file as GitHub names its anchor.
 */
const ROOT = path.resolve(__dirname, '..');

/** The README's size limit: 30 KiB, so that it stays a README for users. */
const README_MAX_BYTES = 30_720;

function documents(): string[] {
  const docs = fs.readdirSync(path.join(ROOT, 'docs'))
    .filter((f) => f.endsWith('.md'))
    .map((f) => path.join('docs', f));
  return ['README.md', 'CONTRIBUTING.md', ...docs];
}

/** The text outside fenced code blocks, with inline code spans emptied. */
function prose(markdown: string): string[] {
  const lines: string[] = [];
  let fenced = false;
  for (const line of markdown.split('\n')) {
    if (/^\s*```/.test(line)) {
      fenced = !fenced;
      lines.push('');
      continue;
    }
    lines.push(fenced ? '' : line.replace(/(`+)(?:[\s\S]*?[^`])?\1(?!`)/g, '`code`'));
  }
  return lines;
}

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces to hyphens, repeats numbered. */
function anchors(markdown: string): Set<string> {
  const found = new Set<string>();
  const counts = new Map<string, number>();
  let fenced = false;
  for (const line of markdown.split('\n')) {
    if (/^\s*```/.test(line)) {
      fenced = !fenced;
      continue;
    }
    const heading = fenced ? null : /^#{1,6} (.*)$/.exec(line);
    if (!heading) continue;
    const text = heading[1].replace(/\[([^\]]*)\]\([^)]*\)/g, '$1');
    const slug = text.trim().toLowerCase()
      .replace(/[^\p{L}\p{M}\p{N}\p{Pc}\- ]/gu, '')
      .replace(/ /g, '-');
    const n = counts.get(slug) ?? 0;
    counts.set(slug, n + 1);
    found.add(n === 0 ? slug : `${slug}-${n}`);
  }
  return found;
}

interface Link {
  readonly file: string;
  readonly line: number;
  readonly target: string;
}

function relativeLinks(file: string): Link[] {
  const links: Link[] = [];
  prose(fs.readFileSync(path.join(ROOT, file), 'utf-8')).forEach((text, i) => {
    const re = /!?\[(?:[^[\]]|\[[^\]]*\])*\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (!/^[a-z][a-z0-9+.-]*:/i.test(m[1])) links.push({ file, line: i + 1, target: m[1] });
    }
  });
  return links;
}

test('every relative link and #anchor in README.md, CONTRIBUTING.md and docs/*.md resolves', () => {
  const problems: string[] = [];
  let checked = 0;
  for (const file of documents()) {
    for (const link of relativeLinks(file)) {
      checked++;
      const [target, anchor] = link.target.split('#', 2);
      const resolved = target ? path.resolve(ROOT, path.dirname(file), target) : path.join(ROOT, file);
      const where = `${link.file}:${link.line} ${link.target}`;
      if (!resolved.startsWith(ROOT + path.sep) && resolved !== ROOT) {
        problems.push(`${where}: outside the repository`);
      } else if (!fs.existsSync(resolved)) {
        problems.push(`${where}: no such file`);
      } else if (anchor !== undefined) {
        if (!resolved.endsWith('.md')) {
          problems.push(`${where}: an anchor into a file that is not Markdown`);
        } else if (!anchors(fs.readFileSync(resolved, 'utf-8')).has(decodeURIComponent(anchor))) {
          problems.push(`${where}: no heading with this anchor`);
        }
      }
    }
  }
  expect(problems).toEqual([]);
  // A sentinel that the links were found at all.
  expect(checked).toBeGreaterThan(50);
});

test('the README links to every document in docs/ and to CONTRIBUTING.md', () => {
  const targets = new Set(relativeLinks('README.md').map((l) => l.target.split('#')[0]));
  for (const file of documents().filter((f) => f !== 'README.md')) {
    expect({ file, linked: targets.has(file) }).toEqual({ file, linked: true });
  }
});

test(`the README is at most ${README_MAX_BYTES} bytes`, () => {
  expect(fs.statSync(path.join(ROOT, 'README.md')).size).toBeLessThanOrEqual(README_MAX_BYTES);
});

test('the anchors follow GitHub: punctuation dropped, spaces to hyphens, repeats numbered', () => {
  const headings = [
    '## Breaking changes before 1.0',
    '### `removalPolicy: DESTROY` deletes the data',
    "### The storage key's grant (unverified)",
    '## Deploying for real (integration tests)',
    '## Next steps: hours, flows, queues, routing (typed resources)',
    '## Next steps: hours, flows, queues, routing (typed resources)',
    '```sh',
    '# a comment in a code block',
    '```',
  ].join('\n');
  expect([...anchors(headings)]).toEqual([
    'breaking-changes-before-10',
    'removalpolicy-destroy-deletes-the-data',
    'the-storage-keys-grant-unverified',
    'deploying-for-real-integration-tests',
    'next-steps-hours-flows-queues-routing-typed-resources',
    'next-steps-hours-flows-queues-routing-typed-resources-1',
  ]);
});
