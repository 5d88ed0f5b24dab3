import * as fs from 'fs';
import * as path from 'path';

/**
 * Draws the example's contact center as a person would, from its
 * synthesized template: callers → number → flow → queue → agents along the
 * top, the Lambda functions the flows invoke under their flow, the instance
 * and where its data goes (recordings and transcripts to the bucket and its
 * key, flow logs to the log group) below, and the deploy-time function off
 * to the side. Every label is read from the
 * template (names, types, hours, usernames), and every arrow from a
 * reference in it, so the picture changes when the stack does.
 * Run by `npx projen example`.
 */
type Template = { Resources?: Record<string, Resource> };
type Resource = { Type: string; Properties?: Record<string, any> };

interface Box {
  readonly title: string;
  readonly lines: string[];
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  readonly fill: string;
}

/** What a flow does, by the Flow language actions it holds, in the order a call meets them. */
const FLOW_STEPS: Array<[type: string, step: string]> = [
  ['UpdateContactRecordingBehavior', 'records the call'],
  ['InvokeLambdaFunction', 'looks the caller up'],
  ['MessageParticipant', 'greets the caller'],
  ['GetParticipantInput', 'offers a menu'],
  ['CheckHoursOfOperation', 'checks the hours'],
  ['TransferContactToQueue', 'transfers to the queue'],
  ['CreateCallbackContact', 'offers a callback'],
];

const DAYS = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'];
const BOX_WIDTH = 210;
/** Room between two columns, for an arrow and its label. */
const GAP = 80;
const LINE = 15;
/**
 * The average advance of a Helvetica/Arial character, as a share of the
 * font size (regular text; bold is wider): enough to keep every label inside
 * its box without measuring glyphs.
 */
const CHAR_WIDTH = 0.58;
const BOLD_CHAR_WIDTH = 0.64;

/** Logical ids `value` refers to (Ref, Fn::GetAtt). */
function references(value: unknown, found = new Set<string>()): Set<string> {
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

function escape(raw: string): string {
  return raw.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** A literal string, or what stands for a value known only at deploy time. */
function text(value: unknown, unknown = '(set at deploy)'): string {
  return typeof value === 'string' ? value : unknown;
}

/** How many characters of `fontSize` fit in `width`. */
function fits(width: number, fontSize: number, bold = false): number {
  return Math.floor(width / (fontSize * (bold ? BOLD_CHAR_WIDTH : CHAR_WIDTH)));
}

/**
 * `line` broken into lines of at most `max` characters: at spaces and
 * slashes when it can, inside a word (a generated name) when it must.
 */
function wrap(line: string, max: number): string[] {
  const out: string[] = [];
  let rest = line;
  while (rest.length > max) {
    const head = rest.slice(0, max + 1);
    const cut = Math.max(head.lastIndexOf(' '), head.lastIndexOf('/'));
    const at = cut > max / 3 ? (head[cut] === ' ' ? cut : cut + 1) : max;
    out.push(rest.slice(0, at));
    rest = rest.slice(at).replace(/^ /, '');
  }
  return [...out, rest];
}

function time(t: { Hours: number; Minutes: number }): string {
  return `${String(t.Hours).padStart(2, '0')}:${String(t.Minutes).padStart(2, '0')}`;
}

/** "open 24×7", or runs of days with the same ranges: "MON–FRI 08:00–18:00". */
function hoursSummary(config: Array<{ Day: string; StartTime: any; EndTime: any }>): string[] {
  const byDay = new Map<string, string[]>();
  for (const entry of config) {
    const range = time(entry.StartTime) === time(entry.EndTime) ? 'all day' : `${time(entry.StartTime)}–${time(entry.EndTime)}`;
    byDay.set(entry.Day, [...(byDay.get(entry.Day) ?? []), range]);
  }
  if (DAYS.every((day) => byDay.get(day)?.join() === 'all day')) {
    return ['open 24×7'];
  }
  const runs: string[] = [];
  let start = 0;
  for (let i = 1; i <= DAYS.length; i++) {
    const same = i < DAYS.length && byDay.get(DAYS[i])?.join(', ') === byDay.get(DAYS[start])?.join(', ');
    if (!same) {
      const ranges = byDay.get(DAYS[start]);
      if (ranges) {
        const days = i - 1 === start ? DAYS[start].slice(0, 3) : `${DAYS[start].slice(0, 3)}–${DAYS[i - 1].slice(0, 3)}`;
        runs.push(`${days} ${ranges.join(', ')}`);
      }
      start = i;
    }
  }
  return runs;
}

/** The resources of `type`, as [logical id, properties]. */
function ofType(template: Template, type: string): Array<[string, Record<string, any>]> {
  return Object.entries(template.Resources ?? {})
    .filter(([, r]) => r.Type === type)
    .map(([id, r]) => [id, r.Properties ?? {}]);
}

function boxSvg(b: Box): string[] {
  const parts = [
    `<rect x="${b.x}" y="${b.y}" width="${b.width}" height="${b.height}" rx="8" fill="${b.fill}" stroke="#3b6ea5"/>`,
    `<text x="${b.x + 10}" y="${b.y + 20}" font-size="13" font-weight="bold">${escape(b.title)}</text>`,
  ];
  b.lines.forEach((line, i) => parts.push(`<text x="${b.x + 10}" y="${b.y + 38 + i * LINE}" font-size="11" fill="#333">${escape(line)}</text>`));
  return parts;
}

function arrow(from: Box, to: Box, label?: string, dashed = false): string[] {
  const horizontal = Math.abs(from.y - to.y) < from.height && from.x !== to.x;
  const [x1, y1, x2, y2] = horizontal
    ? [from.x + from.width, from.y + from.height / 2, to.x, to.y + to.height / 2]
    : [from.x + from.width / 2, from.y + from.height, to.x + to.width / 2, to.y];
  const parts = [`<path d="M ${x1} ${y1} L ${x2} ${y2}" fill="none" stroke="#555" stroke-width="1.4"${dashed ? ' stroke-dasharray="5 4"' : ''} marker-end="url(#arrow)"/>`];
  if (label) {
    // Centred above the arrow's middle.
    parts.push(`<text x="${(x1 + x2) / 2}" y="${Math.min(y1, y2) + Math.abs(y2 - y1) / 2 - 6}" font-size="10" fill="#555" text-anchor="middle">${escape(label)}</text>`);
  }
  return parts;
}

/** A box whose title and lines are wrapped to its width. */
function box(title: string, lines: string[], x: number, y: number, fill = '#f4f7fb', width = BOX_WIDTH): Box {
  const titleLines = wrap(title, fits(width - 20, 13, true));
  const wrapped = lines.flatMap((line) => wrap(line, fits(width - 20, 11)));
  // A title too long for one line continues among the text lines.
  const all = [...titleLines.slice(1), ...wrapped];
  return { title: titleLines[0], lines: all, x, y, width, height: 30 + Math.max(1, all.length) * LINE, fill };
}

function draw(template: Template, title: string): string {
  const resources = template.Resources ?? {};
  const top = 70;
  const column = (i: number) => 20 + i * (BOX_WIDTH + GAP);
  const parts: string[] = [];
  const arrows: string[] = [];

  const [instanceId, instance] = ofType(template, 'AWS::Connect::Instance')[0] ?? [];
  const numbers = ofType(template, 'AWS::Connect::PhoneNumber');
  const flows = ofType(template, 'AWS::Connect::ContactFlow');
  const queues = ofType(template, 'AWS::Connect::Queue');
  const profiles = ofType(template, 'AWS::Connect::RoutingProfile');
  const users = ofType(template, 'AWS::Connect::User');

  // The call path, one column per step; several resources of a step stack up.
  const callers = box('Callers', ['dial the number'], column(0), top, '#ffffff');
  const numberBoxes = new Map(numbers.map(([id, p], i) => [id, box('Phone number', [`${text(p.Type)} in ${text(p.CountryCode)}`, text(p.Description, '')].filter(Boolean), column(1), top + i * 130)]));
  const flowBoxes = new Map(flows.map(([id, p], i) => {
    const types = new Set<string>((JSON.stringify(p.Content).match(/\\"Type\\":\\"(\w+)\\"/g) ?? []).map((m) => m.replace(/.*:\\"(\w+)\\"/, '$1')));
    const does = FLOW_STEPS.filter(([type]) => types.has(type)).map(([, step]) => step);
    return [id, box('Flow', [text(p.Name), ...does], column(2), top + i * 130)];
  }));
  // The functions a flow invokes, under the flows.
  const flowsBottom = Math.max(top, ...[...flowBoxes.values()].map((b) => b.y + b.height));
  const invoked = ofType(template, 'AWS::Lambda::Function').filter(([id]) => flows.some(([, p]) => references(p.Content).has(id)));
  const functionBoxes = new Map(invoked.map(([id, p], i) => [id, box('Lambda function', [text(p.Description, ''), text(p.Runtime)].filter(Boolean),
    column(2), flowsBottom + 40 + i * 100)]));
  const queueBoxes = new Map(queues.map(([id, p], i) => {
    const hoursId = [...references(p.HoursOfOperationArn)][0];
    const hours = resources[hoursId]?.Properties;
    const lines = hours ? [...hoursSummary(hours.Config ?? []), text(hours.TimeZone)] : ['hours of its own'];
    return [id, box(`Queue ${text(p.Name)}`, lines, column(3), top + i * 130)];
  }));
  const agentBoxes = new Map(profiles.map(([id, p], i) => {
    const agents = users.filter(([, u]) => references(u.RoutingProfileArn).has(id)).map(([, u]) => text(u.Username));
    return [id, box('Agents', ['routing profile', text(p.Name), ...(agents.length > 0 ? agents.map((a) => `user ${a}`) : ['no user yet'])], column(4), top + i * 130)];
  }));
  parts.push(...boxSvg(callers));
  [...numberBoxes.values(), ...flowBoxes.values(), ...functionBoxes.values(), ...queueBoxes.values(), ...agentBoxes.values()]
    .forEach((b) => parts.push(...boxSvg(b)));

  // Arrows of the call path, each from a reference in the template.
  numberBoxes.forEach((b) => arrows.push(...arrow(callers, b)));
  for (const [, r] of Object.entries(resources)) {
    const refs = references(r.Properties ?? {});
    const number = [...refs].find((id) => numberBoxes.has(id));
    const flow = [...refs].find((id) => flowBoxes.has(id));
    if (r.Type.startsWith('Custom::') && number && flow) {
      arrows.push(...arrow(numberBoxes.get(number)!, flowBoxes.get(flow)!, 'routed to'));
    }
  }
  flows.forEach(([id, p]) => references(p.Content)
    .forEach((q) => queueBoxes.has(q) && arrows.push(...arrow(flowBoxes.get(id)!, queueBoxes.get(q)!))));
  flows.forEach(([id, p]) => references(p.Content)
    .forEach((f) => functionBoxes.has(f) && arrows.push(...arrow(flowBoxes.get(id)!, functionBoxes.get(f)!, 'invokes'))));
  profiles.forEach(([id, p]) => references(p.QueueConfigs)
    .forEach((q) => queueBoxes.has(q) && arrows.push(...arrow(queueBoxes.get(q)!, agentBoxes.get(id)!, 'offered to'))));

  // The instance and where its data goes.
  const topBoxes = [...numberBoxes.values(), ...flowBoxes.values(), ...functionBoxes.values(), ...queueBoxes.values(), ...agentBoxes.values()];
  const middle = Math.max(top + 130, ...topBoxes.map((b) => b.y + b.height)) + 60;
  const admin = users.find(([, u]) => u.SecurityProfileArns !== undefined && !profiles.some(([pid]) => references(u.RoutingProfileArn).has(pid)));
  const instanceBox = box(`Amazon Connect instance ${text(instance?.InstanceAlias, '')}`.trim(), [
    `${text(instance?.IdentityManagementType)} users${admin ? `, administrator ${text(admin[1].Username)}` : ''}`,
  ], column(1), middle, '#eef6ee', BOX_WIDTH * 2 + GAP);
  parts.push(...boxSvg(instanceBox));
  const bottom = middle + 120;
  const storage = ofType(template, 'AWS::Connect::InstanceStorageConfig');
  const buckets = new Map<string, string[]>();
  const keys = new Set<string>();
  for (const [, p] of storage) {
    const bucket = [...references(p.S3Config?.BucketName)][0];
    if (bucket) {
      buckets.set(bucket, [...(buckets.get(bucket) ?? []), String(p.ResourceType).toLowerCase().replace(/_/g, ' ')]);
      references(p.S3Config?.EncryptionConfig).forEach((k) => keys.add(k));
    }
  }
  const bucketBoxes = [...buckets.entries()].map(([, kinds], i) => box('S3 bucket', kinds, column(0) + i * (BOX_WIDTH + GAP), bottom));
  bucketBoxes.forEach((b) => {
    parts.push(...boxSvg(b));
    arrows.push(...arrow(instanceBox, b, 'recordings, transcripts'));
  });
  const keyBox = keys.size > 0 ? box('KMS key', ['encrypts the data', 'rotated yearly'], column(2), bottom) : undefined;
  if (keyBox) {
    parts.push(...boxSvg(keyBox));
    bucketBoxes.forEach((b) => arrows.push(...arrow(b, keyBox, 'encrypted with')));
  }
  const logGroup = ofType(template, 'AWS::Logs::LogGroup').find(([, p]) => text(p.LogGroupName, '').startsWith('/aws/connect/'));
  if (logGroup) {
    const logBox = box('CloudWatch log group', [text(logGroup[1].LogGroupName), `kept ${logGroup[1].RetentionInDays ?? 'forever'} days`], column(3), bottom);
    parts.push(...boxSvg(logBox));
    arrows.push(...arrow(instanceBox, logBox, 'flow logs', true));
  }

  // Off to the side: what runs only while CloudFormation deploys (the functions custom resources run on).
  const customs = Object.values(resources).filter((r) => r.Type.startsWith('Custom::'));
  if (customs.length > 0) {
    const deployTime = new Set(customs.flatMap((r) => [...references(r.Properties?.ServiceToken)]));
    const count = deployTime.size === 1 ? 'one Lambda function' : `${deployTime.size} Lambda functions`;
    const kinds = [...new Set(customs.map((r) => r.Type.replace('Custom::', '')))];
    const side = box('At deploy time only', [`${count}:`, ...kinds.map((c) => c.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase())],
      column(4), middle, '#fbf6ec');
    parts.push(...boxSvg(side));
  }

  const height = bottom + 120;
  const width = column(5);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="Helvetica, Arial, sans-serif">`,
    '<defs><marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M 0 0 L 10 5 L 0 10 z" fill="#555"/></marker></defs>',
    '<rect width="100%" height="100%" fill="#ffffff"/>',
    `<text x="20" y="30" font-size="16" font-weight="bold">${escape(title)}</text>`,
    `<!-- drawn from the template's ${Object.keys(resources).length} resources (instance ${escape(instanceId ?? 'none')}) -->`,
    ...arrows,
    ...parts,
    '</svg>',
  ].join('\n') + '\n';
}

function main(): void {
  const root = path.resolve(__dirname, '..', '..');
  const templatePath = path.join(root, 'examples', 'cdk.out', 'ContactCenterExample.template.json');
  const template = JSON.parse(fs.readFileSync(templatePath, 'utf-8'));
  const out = path.join(root, 'docs', 'architecture.svg');
  fs.writeFileSync(out, draw(template, 'The example contact center: how a call is answered, and where its data goes'));
  console.log(`Diagram: ${path.relative(process.cwd(), out)}`);
}

main();
