import * as fs from 'fs';
import * as path from 'path';

/**
 * Draws the example's CloudWatch dashboard as a person sees it in the
 * console: each widget a box at its place in the 24-column grid, with its
 * title and what it shows (metrics, alarms, the Logs Insights query). Read
 * from the synthesized template's `AWS::CloudWatch::Dashboard` body, so the
 * picture changes when the dashboard does. Run by `npx projen example`; the
 * tests use `dashboardWidgets` and `drawDashboard` too.
 */
type Template = { Resources?: Record<string, { Type: string; Properties?: Record<string, any> }> };

/** A widget of a dashboard body, its properties as written. */
export interface Widget {
  readonly type: string;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  readonly properties: Record<string, any>;
}

/** CloudWatch's grid: 24 columns. */
export const COLUMNS = 24;
const UNIT_X = 44;
const UNIT_Y = 26;
const MARGIN = 20;
const TOP = 56;
const CHAR_WIDTH = 0.58;

const FILL: Record<string, string> = { metric: '#eef4fb', alarm: '#fdf0ef', log: '#fbf6ec', text: '#ffffff' };

/**
 * A CloudFormation value as one string: `Ref` and `Fn::GetAtt` as
 * `${LogicalId}` and `${LogicalId.Attribute}`, `Fn::Join` joined.
 */
export function flatten(value: unknown): string {
  if (typeof value === 'string' || typeof value === 'number') {
    return String(value);
  }
  const v = value as Record<string, any>;
  if (v?.['Fn::Join']) {
    const [delimiter, items] = v['Fn::Join'];
    return (items as unknown[]).map(flatten).join(delimiter);
  }
  if (v?.Ref) {
    return `\${${v.Ref}}`;
  }
  if (v?.['Fn::GetAtt']) {
    return `\${${v['Fn::GetAtt'].join('.')}}`;
  }
  throw new Error(`cannot flatten ${JSON.stringify(value)}`);
}

/** The widgets of each dashboard of `template`, by logical id. */
export function dashboardWidgets(template: Template): Map<string, Widget[]> {
  const out = new Map<string, Widget[]>();
  for (const [id, resource] of Object.entries(template.Resources ?? {})) {
    if (resource.Type === 'AWS::CloudWatch::Dashboard') {
      out.set(id, JSON.parse(flatten(resource.Properties?.DashboardBody)).widgets);
    }
  }
  return out;
}

/** Widgets that overlap or leave the 24 columns: none in a readable dashboard. */
export function layoutProblems(widgets: readonly Widget[]): string[] {
  const problems: string[] = [];
  widgets.forEach((w, i) => {
    if (w.x < 0 || w.x + w.width > COLUMNS) {
      problems.push(`widget ${i} (${titleOf(w)}) spans columns ${w.x}–${w.x + w.width}`);
    }
    widgets.slice(i + 1).forEach((o, j) => {
      if (w.x < o.x + o.width && o.x < w.x + w.width && w.y < o.y + o.height && o.y < w.y + w.height) {
        problems.push(`widgets ${i} (${titleOf(w)}) and ${i + 1 + j} (${titleOf(o)}) overlap`);
      }
    });
  });
  return problems;
}

/** The title a person reads on the widget: its title, or a text widget's first line. */
export function titleOf(w: Widget): string {
  const title = w.properties.title ?? String(w.properties.markdown ?? '').split('\n')[0].replace(/^#+\s*/, '');
  return readable(title);
}

/** Values known only at deploy time, as a person would not see them: `…`. */
function readable(s: string): string {
  return s.replace(/\$\{[^}]+\}/g, '…');
}

/** What the widget shows, in a few words a line. */
function linesOf(w: Widget): string[] {
  switch (w.type) {
    case 'metric':
      return (w.properties.metrics as unknown[][]).map((m) => {
        const options = m[m.length - 1] as Record<string, string> | string;
        const label = typeof options === 'object' ? options.label : undefined;
        return `${m[1]}${label ? ` — ${label}` : ''}`;
      });
    case 'alarm':
      return [`${w.properties.alarms.length} alarms: OK / ALARM / no data`];
    case 'log':
      // `SOURCE '<group>' | <line>`, then one `\n| <line>` per line of the query.
      return String(w.properties.query).split('\n').map((line) => readable(line.replace(/^(SOURCE '[^']*' \| )+|^\| /, '')));
    default:
      return String(w.properties.markdown ?? '').split('\n').slice(1).map((line) => readable(line).replace(/\[([^\]]+)\]\([^)]*\)/g, '$1'));
  }
}

function escape(raw: string): string {
  return raw.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** `text` cut to what fits in `width` pixels at `size`. */
function fit(text: string, width: number, size: number): string {
  const max = Math.floor(width / (size * CHAR_WIDTH));
  return text.length <= max ? text : `${text.slice(0, Math.max(1, max - 1))}…`;
}

/** The dashboard as an SVG picture: one box per widget, at its place in the grid. */
export function drawDashboard(widgets: readonly Widget[], title: string): string {
  const rows = Math.max(0, ...widgets.map((w) => w.y + w.height));
  const width = MARGIN * 2 + COLUMNS * UNIT_X;
  const height = TOP + rows * UNIT_Y + MARGIN;
  const parts: string[] = [];
  for (const w of widgets) {
    const [x, y, wd, ht] = [MARGIN + w.x * UNIT_X + 3, TOP + w.y * UNIT_Y + 3, w.width * UNIT_X - 6, w.height * UNIT_Y - 6];
    const text = w.type === 'text';
    parts.push(`<rect x="${x}" y="${y}" width="${wd}" height="${ht}" rx="4" fill="${FILL[w.type] ?? '#f4f4f4'}" stroke="${text ? '#dddddd' : '#7a9cc6'}"/>`);
    const size = text && w.height <= 1 ? 13 : text ? 16 : 12;
    parts.push(`<text x="${x + 8}" y="${y + (w.height <= 1 ? 15 : 18)}" font-size="${size}" font-weight="bold">${escape(fit(titleOf(w), wd - 16, size))}</text>`);
    const room = Math.floor((ht - 28) / 14);
    linesOf(w).slice(0, Math.max(0, room)).forEach((line, i) => {
      parts.push(`<text x="${x + 8}" y="${y + 36 + i * 14}" font-size="10" fill="#444">${escape(fit(line, wd - 16, 10))}</text>`);
    });
  }
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="Helvetica, Arial, sans-serif">`,
    '<rect width="100%" height="100%" fill="#ffffff"/>',
    `<text x="${MARGIN}" y="32" font-size="16" font-weight="bold">${escape(title)}</text>`,
    `<!-- ${widgets.length} widgets in a ${COLUMNS}-column grid, ${rows} units high -->`,
    ...parts,
    '</svg>',
  ].join('\n') + '\n';
}

function main(): void {
  const root = path.resolve(__dirname, '..', '..');
  const template = JSON.parse(fs.readFileSync(path.join(root, 'examples', 'cdk.out', 'ContactCenterExample.template.json'), 'utf-8'));
  const [widgets] = [...dashboardWidgets(template).values()];
  if (!widgets) {
    throw new Error('the example has no AWS::CloudWatch::Dashboard');
  }
  const problems = layoutProblems(widgets);
  if (problems.length > 0) {
    throw new Error(`the dashboard's layout is broken:\n${problems.join('\n')}`);
  }
  const out = path.join(root, 'docs', 'dashboard.svg');
  fs.writeFileSync(out, drawDashboard(widgets, 'The example\'s CloudWatch dashboard, as laid out in the console'));
  console.log(`Dashboard: ${path.relative(process.cwd(), out)}`);
}

if (require.main === module) {
  main();
}
