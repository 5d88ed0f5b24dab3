import * as fs from 'fs';
import * as path from 'path';

/**
 * Draws what the example stack deploys, from its synthesized template, as an
 * SVG: one box per resource, grouped by the wizard step it belongs to, and an
 * arrow for every reference (Ref, Fn::GetAtt, DependsOn) between them.
 * Run by `npx projen example`, so the picture in the README stays true.
 */
interface Box { id: string; type: string; x: number; y: number }

/** Columns, left to right; a resource goes to the first whose pattern matches "<type> <logical id>". */
const GROUPS: Array<{ title: string; match: RegExp; order: number }> = [
  { title: 'Instance, administrator and numbers', match: /^AWS::Connect::(Instance|User|PhoneNumber) |^AWS::SecretsManager::/, order: 0 },
  { title: 'Deploy-time profile lookup', match: /^AWS::(Lambda|IAM)::|^Custom::| ConnectProfileLookup/, order: 2 },
  { title: 'Data storage', match: /^AWS::Connect::InstanceStorageConfig |^AWS::(S3|KMS|Logs|Kinesis\w*)::/, order: 1 },
];
const WIDTH = 300;
const HEIGHT = 46;
const GAP = 14;
const COLUMN = 360;
const TOP = 70;

function references(value: unknown, found: Set<string>): Set<string> {
  if (Array.isArray(value)) {
    value.forEach((v) => references(v, found));
  } else if (value && typeof value === 'object') {
    for (const [key, v] of Object.entries(value)) {
      if (key === 'Ref' && typeof v === 'string') {
        found.add(v);
      } else if (key === 'Fn::GetAtt' && Array.isArray(v)) {
        found.add(String(v[0]));
      } else {
        references(v, found);
      }
    }
  }
  return found;
}

function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function draw(template: any, title: string): string {
  const resources: Record<string, any> = template.Resources ?? {};
  const boxes = new Map<string, Box>();
  const columnHeights = GROUPS.map(() => TOP);
  for (const [id, resource] of Object.entries(resources).sort(([, a], [, b]) => String(a.Type).localeCompare(String(b.Type)))) {
    const group = GROUPS.find((g) => g.match.test(`${resource.Type} ${id}`));
    if (!group) {
      continue;
    }
    const column = group.order;
    boxes.set(id, { id, type: resource.Type, x: 20 + column * COLUMN, y: columnHeights[column] });
    columnHeights[column] += HEIGHT + GAP;
  }
  const height = Math.max(...columnHeights) + 20;
  const width = 20 + GROUPS.length * COLUMN;
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="Helvetica, Arial, sans-serif">`,
    '<defs><marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="6" markerHeight="6" orient="auto-start-reverse"><path d="M 0 0 L 10 5 L 0 10 z" fill="#8a8a8a"/></marker></defs>',
    '<rect width="100%" height="100%" fill="#ffffff"/>',
    `<text x="20" y="26" font-size="16" font-weight="bold">${escape(title)}</text>`,
  ];
  for (const group of GROUPS) {
    parts.push(`<text x="${20 + group.order * COLUMN}" y="${TOP - 12}" font-size="13" fill="#444">${escape(group.title)}</text>`);
  }
  for (const [id, resource] of Object.entries(resources)) {
    const from = boxes.get(id);
    if (!from) {
      continue;
    }
    const targets = references(resource.Properties ?? {}, new Set<string>());
    for (const dep of [resource.DependsOn ?? []].flat()) {
      targets.add(dep);
    }
    for (const target of targets) {
      const to = boxes.get(target);
      if (!to || to === from) {
        continue;
      }
      const sameColumn = to.x === from.x;
      const x1 = sameColumn ? from.x + WIDTH : (to.x > from.x ? from.x + WIDTH : from.x);
      const x2 = sameColumn ? to.x + WIDTH : (to.x > from.x ? to.x : to.x + WIDTH);
      const y1 = from.y + HEIGHT / 2;
      const y2 = to.y + HEIGHT / 2;
      const bend = sameColumn ? x1 + 30 : (x1 + x2) / 2;
      parts.push(`<path d="M ${x1} ${y1} C ${bend} ${y1}, ${bend} ${y2}, ${x2} ${y2}" fill="none" stroke="#b0b0b0" stroke-width="1" marker-end="url(#arrow)"/>`);
    }
  }
  for (const box of boxes.values()) {
    parts.push(
      `<rect x="${box.x}" y="${box.y}" width="${WIDTH}" height="${HEIGHT}" rx="6" fill="#f4f7fb" stroke="#3b6ea5"/>`,
      `<text x="${box.x + 10}" y="${box.y + 19}" font-size="12" font-weight="bold">${escape(box.type)}</text>`,
      `<text x="${box.x + 10}" y="${box.y + 36}" font-size="11" fill="#555">${escape(box.id)}</text>`,
    );
  }
  parts.push('</svg>');
  return parts.join('\n') + '\n';
}

function main(): void {
  const root = path.resolve(__dirname, '..', '..');
  const templatePath = path.join(root, 'examples', 'cdk.out', 'ContactCenterExample.template.json');
  const template = JSON.parse(fs.readFileSync(templatePath, 'utf-8'));
  const out = path.join(root, 'docs', 'architecture.svg');
  fs.writeFileSync(out, draw(template, 'What one ConnectInstance deploys (examples/app.ts)'));
  console.log(`Diagram: ${path.relative(process.cwd(), out)}`);
}

main();
