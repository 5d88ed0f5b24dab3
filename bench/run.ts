/**
 * `npx projen bench`: what the L3 construct costs its users, side by side
 * with the same CloudFormation written by hand with L1 constructs.
 *
 * - synth time of the example app (examples/app.ts) against two hand-written
 *   L1 stacks: the same template (l1-app), and the same stack without the
 *   deploy-time profile lookup, its users given placeholder profile ARNs as
 *   users of the other Connect libraries write them (`l1-app --peer`: the
 *   "peer" baseline). Whole `node` processes running the compiled
 *   JavaScript, alternating (ABC CBA), median of each, with aws-cdk-lib's
 *   built-in CloudFormation validation off (`CDK_VALIDATION=false`) and on;
 * - deploy-time Lambda functions per stack (those a custom resource runs on:
 *   the example's caller lookup, which a flow invokes, is not one) and the
 *   size of the handler asset, read from the synthesized cloud assembly
 *   (manifest, asset manifests, templates);
 * - synth time of one app holding 20 instances against one holding 1;
 * - what building a 100-action flow costs (bench/flow-app.ts: the same app
 *   with and without the flow), as a share of the example's synth:
 *   instructions under valgrind, else wall time.
 *
 * When valgrind is installed it also counts the instructions each app
 * executes (all threads, validation off): unlike time, the count does not
 * move with the load other tenants put on a shared machine, so it shows
 * whether a change made the construct cheaper (BENCH_INSTRUCTIONS=0 skips it).
 * It counts the three apps above and a stack with one bare instance (no
 * administrator, no users: `many-app 1 --bare`), which it divides by the peer
 * baseline, an app the library's changes cannot move.
 *
 * Scale (bench/center.ts, one generator of contact centers of three sizes):
 * for each of S, M and L (the largest center one stack holds), one line with
 * its resources, template bytes, largest IAM policy (as IAM counts it), the
 * dependency-cycle check and, under valgrind, its synth instructions and
 * instructions per resource; then the slope, L's instructions per resource
 * over S's. It fails, after printing, when a template would not deploy
 * (bench/deployability.ts: a cycle, a policy over IAM's quota, more than 500
 * resources, over 1 MB), when L is no longer the largest center that fits
 * (or no longer fits), or when the slope exceeds its goal.
 *
 * The peer figures (against `l1-app --peer`) are printed for information:
 * their goal (1.15) is retired. What remains is that the twin ratio (the
 * example's instructions over its hand-written L1 twin's) must not grow,
 * and that instructions per resource stay flat from S to L.
 *
 * Its last line is
 * `bench: synth ratio R (peer P), instruction ratio I (peer IP), bare instance B× peer L1, lambdas per stack L, handler asset K KB, 20-instance ratio R20, 100-action flow F% of a synth, scale slope SL`
 * (the instruction figures only when they were counted).
 *
 * Environment: BENCH_RUNS (runs of each app with validation off, default 41,
 * at least 5; on a shared 2-vCPU machine, windows of 21 runs of one series
 * gave ratios 0.96–1.19 where windows of 41 gave 0.98–1.15),
 * BENCH_RUNS_VALIDATION (with validation on, default 5), BENCH_INSTANCES
 * (default 20), BENCH_KEEP=1 keeps the cloud assemblies, BENCH_ONLY=scale runs
 * the scale part alone (its last line is then `bench: scale …`), BENCH_ONLY=flow
 * the flow part alone (`bench: flow …`).
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { L_FACTOR, L_STEP, SIZES, SizeName } from './center';
import { checkTemplate, DeployabilityReport, LIMITS } from './deployability';

const GOALS = {
  lambdasPerStack: 1,
  handlerAssetKb: 100,
  manyRatio: 3,
  /**
   * Instructions per resource, L / S, each net of the unit center (see
   * `scaleBench`): flat means L's resources cost no more each than S's.
   * Measured 0.58–0.69 in three runs (the JIT has warmed up by L, so later
   * resources are cheaper); S's net count moves by about ±100 M between runs,
   * ±0.15 on the ratio, so 1.0 is clear of the noise. A per-resource cost that grows with
   * the center (a check that scans every resource created before it, O(n²))
   * costs about 9× more per resource at L than at S, and fails this as soon
   * as it is a tenth of what a resource costs at L today.
   */
  scaleSlope: 1.0,
  /**
   * Instructions, L3 / its L1 twin, compared as printed (two decimals): the
   * twin ratio must not grow. 1.12 when the peer baseline was added; 1.198–1.205
   * since the example answers calls (hours, queue, flow, routing profile and
   * route added to both, docs/performance.md); 1.229 at f3c5854 and 1.225
   * after issue 21, counted on the same machine in one session; 1.232 with the
   * monitoring of issue 25, whose single-threaded count (docs/performance.md)
   * fell from 1.2275 to 1.2208. 1.303 once every
   * flow action was merged (02c37fd: L3 2,837 M, L1 2,178 M), and 1.29–1.31 with
   * the example's first week (L3 3,185–3,238 M, L1 2,463–2,471 M), counted in one session.
   * 1.27 once the twin holds the monitoring too (L3 3,458 M, L1 2,713 M; 1.25 single-threaded,
   * after the lazy index and the flows' JSON text); 1.21 without the monitoring on either side (1.198 at the start of the wave).
   * 1.21 once the dashboard body and a flow's text are built as one `Fn::Join` at each resolution
   * (L3 3,336 M, L1 2,750 M; single-threaded 1.208 with the monitoring, 1.219 without, docs/performance.md).
   * 1.20 once the modules an app does not use are not loaded and the dashboard's own widgets are
   * written as JSON (L3 3,257 M, L1 2,724 M; single-threaded 1.178 with the monitoring, 1.189 without).
   */
  instructionRatio: 1.23,
  /**
   * Instructions, bare instance / peer L1: must fall below what it was when
   * the peer baseline was added (1.25–1.26: a bare instance still deployed
   * the profile lookup).
   */
  bareRatio: 1.25,
};

/** Compiled by `tsc -p bench/tsconfig.json` into bench/dist/bench and bench/dist/examples. */
const HERE = __dirname;
const ROOT = path.resolve(HERE, '..', '..', '..');
const L1_APP = path.join(HERE, 'l1-app.js');
const L3_APP = path.resolve(HERE, '..', 'examples', 'app.js');
const MANY_APP = path.join(HERE, 'many-app.js');
const FLOW_APP = path.join(HERE, 'flow-app.js');
/** The actions of the flow whose cost is measured. */
const FLOW_ACTIONS = 100;
const SCALE_APP = path.join(HERE, 'scale-app.js');

/** An app to synthesize: label, compiled script, arguments. */
type AppSpec = [label: string, app: string, args: string[]];
const L1: AppSpec = ['L1 hand-written', L1_APP, []];
const PEER: AppSpec = ['peer L1 (no lookup)', L1_APP, ['--peer']];
const L3: AppSpec = ['L3 example', L3_APP, []];
const BARE: AppSpec = ['bare instance', MANY_APP, ['1', '--bare']];

/**
 * The context `cdk synth` gives the example: examples/cdk.json, and the
 * CLI's path and asset metadata. Version reporting (the CDKMetadata resource)
 * is off: it loads aws-cdk-lib/region-info, about 150 ms, in every app, a
 * fixed cost that, like the built-in validation, would hide the construct's
 * own (`cdk synth --no-version-reporting`, `"versionReporting": false`).
 */
const CONTEXT = {
  ...JSON.parse(fs.readFileSync(path.join(ROOT, 'examples', 'cdk.json'), 'utf-8')).context,
  // What `npx projen example` gives the example on the command line (`-c alias=...`); l1-app.ts uses the same.
  'alias': 'acme-support-example',
  'aws:cdk:enable-path-metadata': true,
  'aws:cdk:enable-asset-metadata': true,
  'aws:cdk:version-reporting': false,
};

interface Run {
  readonly wallMs: number;
  /** CPU time (user + system) of the process, when the platform tells it. */
  readonly cpuMs: number;
  readonly outdir: string;
}

interface Measure {
  readonly label: string;
  readonly runs: Run[];
}

/** Instructions of one synth of each app (valgrind). */
interface Counted {
  readonly l1: number;
  readonly peer: number;
  readonly l3: number;
  readonly bare: number;
}

interface AssetInfo {
  readonly id: string;
  readonly path: string;
  readonly packaging: string;
  readonly bytes: number;
}

interface StackInfo {
  readonly name: string;
  readonly template: Template;
  /** Bytes of the template file. */
  readonly templateBytes: number;
  /** Deploy-time Lambda functions: those a custom resource runs on (its `ServiceToken`). */
  readonly lambdas: number;
  /** Every Lambda function of the template. */
  readonly allLambdas: number;
}

interface Template {
  Resources?: Record<string, Resource>;
  Outputs?: Record<string, unknown>;
  [section: string]: unknown;
}

interface Resource {
  Type: string;
  Properties?: Record<string, any>;
  DependsOn?: string | string[];
  Metadata?: Record<string, unknown>;
  [attribute: string]: unknown;
}

function intFromEnv(name: string, fallback: number, min: number): number {
  const raw = process.env[name];
  const value = raw === undefined || raw === '' ? fallback : Number(raw);
  if (!Number.isInteger(value) || value < min) {
    throw new Error(`${name} must be an integer of at least ${min}, got ${JSON.stringify(raw)}`);
  }
  return value;
}

const RUNS = intFromEnv('BENCH_RUNS', 41, 5);
const RUNS_VALIDATION = intFromEnv('BENCH_RUNS_VALIDATION', 5, 5);
const INSTANCES = intFromEnv('BENCH_INSTANCES', 20, 2);
const KEEP = process.env.BENCH_KEEP === '1';
const COUNT_INSTRUCTIONS = process.env.BENCH_INSTRUCTIONS !== '0';
const ONLY = process.env.BENCH_ONLY ?? '';
if (!['', 'scale', 'flow'].includes(ONLY)) {
  throw new Error(`BENCH_ONLY must be empty, scale or flow, got ${JSON.stringify(ONLY)}`);
}

const tempDirs: string[] = [];
const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cdk-connect-instance-bench-'));
tempDirs.push(workDir);
let outdirCount = 0;

/** A failure to measure, reported without a stack trace. */
class BenchError extends Error {}

function fail(message: string): never {
  throw new BenchError(message);
}

/** Checks that the library is built and linked where the apps import it from. */
function checkPrerequisites(): void {
  const missing = [
    ['lib/index.js', 'run `npx projen compile`'],
    ['assets/private/deploy-time/deploy-time.lambda/index.js', 'run `npx projen bundle`'],
    ['bench/dist/bench/l1-app.js', 'run `npx projen bench`, which compiles bench/ with tsc'],
    ['bench/dist/examples/app.js', 'run `npx projen bench`, which compiles bench/ with tsc'],
    ['bench/dist/bench/scale-app.js', 'run `npx projen bench`, which compiles bench/ with tsc'],
    ['bench/dist/bench/flow-app.js', 'run `npx projen bench`, which compiles bench/ with tsc'],
  ].filter(([file]) => !fs.existsSync(path.join(ROOT, file)));
  if (missing.length > 0) {
    fail(`missing ${missing.map(([file, fix]) => `${file} (${fix})`).join(', ')}`);
  }
  let linked: string | undefined;
  try {
    linked = fs.realpathSync(path.join(ROOT, 'node_modules', 'cdk-connect-instance'));
  } catch {
    linked = undefined;
  }
  if (linked !== fs.realpathSync(ROOT)) {
    fail('node_modules/cdk-connect-instance must link to the repository root: run `mkdir -p node_modules && ln -sfn .. node_modules/cdk-connect-instance`');
  }
}

/**
 * CPU time, in ms, of the terminated and waited-for children of this process
 * (Linux /proc/self/stat cutime + cstime); NaN elsewhere.
 */
function childrenCpuMs(): number {
  try {
    const stat = fs.readFileSync('/proc/self/stat', 'utf-8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // Fields 16 and 17 of proc(5), counted from the state field (3).
    const ticks = Number(fields[16 - 3]) + Number(fields[17 - 3]);
    return (ticks * 1000) / 100;
  } catch {
    return NaN;
  }
}

/** The environment of a synth: the caller's, without CDK settings that would change what is synthesized. */
function childEnv(outdir: string, validation: boolean, context: Record<string, unknown> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const name of Object.keys(env)) {
    if (name.startsWith('CDK_') || name === 'NODE_OPTIONS') {
      delete env[name];
    }
  }
  env.CDK_OUTDIR = outdir;
  env.CDK_CONTEXT_JSON = JSON.stringify({ ...CONTEXT, ...context });
  env.CDK_VALIDATION = validation ? 'true' : 'false';
  return env;
}

/** Synthesizes one app in a new `node` process and times it. */
function synth(app: string, args: string[], validation: boolean, context: Record<string, unknown> = {}): Run {
  const outdir = path.join(workDir, `out${++outdirCount}`);
  const cpuBefore = childrenCpuMs();
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, [app, ...args], {
    cwd: ROOT,
    env: childEnv(outdir, validation, context),
    stdio: ['ignore', 'ignore', 'pipe'],
    encoding: 'utf-8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const wallMs = Number(process.hrtime.bigint() - start) / 1e6;
  const cpuMs = childrenCpuMs() - cpuBefore;
  if (result.error || result.status !== 0) {
    fail(`${path.relative(ROOT, app)} ${args.join(' ')} failed (${result.error?.message ?? `exit ${result.status}`}):\n${tail(result.stderr)}`);
  }
  return { wallMs, cpuMs, outdir };
}

/**
 * The instructions one synth executes, counted by valgrind (cachegrind
 * without cache simulation); undefined when valgrind is not installed.
 */
function instructions([, app, args]: AppSpec): number | undefined {
  const outdir = path.join(workDir, `out${++outdirCount}`);
  const result = spawnSync('valgrind', [
    '--tool=cachegrind', '--cache-sim=no', '--cachegrind-out-file=/dev/null',
    // Node generates code at run time: valgrind must notice it.
    '--smc-check=all-non-file',
    process.execPath, app, ...args,
  ], { cwd: ROOT, env: childEnv(outdir, false), stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf-8', maxBuffer: 64 * 1024 * 1024 });
  fs.rmSync(outdir, { recursive: true, force: true });
  if (result.error && (result.error as NodeJS.ErrnoException).code === 'ENOENT') {
    return undefined;
  }
  const refs = /I\s+refs:\s+([\d,]+)/.exec(result.stderr ?? '');
  if (result.error || result.status !== 0 || !refs) {
    fail(`valgrind ${path.relative(ROOT, app)} ${args.join(' ')} failed (${result.error?.message ?? `exit ${result.status}`}):\n${result.stderr}`);
  }
  return Number(refs[1].replace(/,/g, ''));
}

/** The end of a child's error output, without the minified source lines Node prints above an uncaught error. */
function tail(stderr: string | undefined): string {
  return (stderr ?? '').split('\n').filter((line) => line.length <= 2000).slice(-40).join('\n');
}

function discard(run: Run): void {
  if (!KEEP) {
    fs.rmSync(run.outdir, { recursive: true, force: true });
  }
}

/**
 * Runs apps alternately, A B C C B A A B C…, `runs` times each, after one
 * untimed warm-up of each. Keeps the last cloud assembly of each.
 */
function alternate(apps: AppSpec[], runs: number, validation: boolean): Measure[] {
  const measures: Measure[] = apps.map(([label]) => ({ label, runs: [] }));
  for (const [, app, args] of apps) {
    discard(synth(app, args, validation));
  }
  const forward = apps.map((_, which) => which);
  for (let i = 0; i < runs; i++) {
    const order = i % 2 === 0 ? forward : [...forward].reverse();
    for (const which of order) {
      const [, app, args] = apps[which];
      const run = synth(app, args, validation);
      const previous = measures[which].runs[measures[which].runs.length - 1];
      if (previous) {
        discard(previous);
      }
      measures[which].runs.push(run);
    }
  }
  return measures;
}

function median(values: number[]): number {
  const sorted = [...values].sort((x, y) => x - y);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

const medianWall = (m: Measure) => median(m.runs.map((r) => r.wallMs));
const medianCpu = (m: Measure) => median(m.runs.map((r) => r.cpuMs));
const lastOutdir = (m: Measure) => m.runs[m.runs.length - 1].outdir;

/** A small deterministic PRNG (mulberry32), so that the interval below is reproducible from the same runs. */
function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * The 95% bootstrap interval of median(b) / median(a) over the wall times:
 * how far the ratio could move with other draws of the same machine noise.
 */
function ratioInterval(a: Measure, b: Measure, resamples = 2000): [number, number] {
  const random = prng(0x5eed);
  const draw = (values: number[]) => values.map(() => values[Math.floor(random() * values.length)]);
  const wa = a.runs.map((r) => r.wallMs);
  const wb = b.runs.map((r) => r.wallMs);
  const ratios: number[] = [];
  for (let i = 0; i < resamples; i++) {
    ratios.push(median(draw(wb)) / median(draw(wa)));
  }
  ratios.sort((x, y) => x - y);
  return [ratios[Math.floor(resamples * 0.025)], ratios[Math.ceil(resamples * 0.975) - 1]];
}

function bytesOf(file: string): number {
  const stat = fs.statSync(file);
  if (!stat.isDirectory()) {
    return stat.size;
  }
  return fs.readdirSync(file).reduce((sum, entry) => sum + bytesOf(path.join(file, entry)), 0);
}

/** The stacks of a cloud assembly, with their templates and Lambda function counts. */
function stacksOf(outdir: string): StackInfo[] {
  const manifest = JSON.parse(fs.readFileSync(path.join(outdir, 'manifest.json'), 'utf-8'));
  return Object.entries<any>(manifest.artifacts ?? {})
    .filter(([, artifact]) => artifact.type === 'aws:cloudformation:stack')
    .map(([name, artifact]) => {
      const file = path.join(outdir, artifact.properties.templateFile);
      const template: Template = JSON.parse(fs.readFileSync(file, 'utf-8'));
      const functions = Object.entries(template.Resources ?? {}).filter(([, r]) => r.Type === 'AWS::Lambda::Function').map(([id]) => id);
      const serviceTokens = Object.values(template.Resources ?? {})
        .filter((r) => r.Type.startsWith('Custom::') || r.Type === 'AWS::CloudFormation::CustomResource')
        .map((r) => JSON.stringify(r.Properties?.ServiceToken ?? ''));
      const lambdas = functions.filter((id) => serviceTokens.some((token) => token.includes(`"${id}"`))).length;
      return { name, template, templateBytes: fs.statSync(file).size, lambdas, allLambdas: functions.length };
    });
}

/** The file assets of a cloud assembly (from its asset manifests), with their sizes as staged. */
function assetsOf(outdir: string): AssetInfo[] {
  const manifest = JSON.parse(fs.readFileSync(path.join(outdir, 'manifest.json'), 'utf-8'));
  const assets: AssetInfo[] = [];
  for (const artifact of Object.values<any>(manifest.artifacts ?? {})) {
    if (artifact.type !== 'cdk:asset-manifest') {
      continue;
    }
    const assetManifest = JSON.parse(fs.readFileSync(path.join(outdir, artifact.properties.file), 'utf-8'));
    for (const [id, asset] of Object.entries<any>(assetManifest.files ?? {})) {
      const file = path.join(outdir, asset.source.path);
      assets.push({ id, path: asset.source.path, packaging: asset.source.packaging ?? 'file', bytes: bytesOf(file) });
    }
  }
  return assets;
}

/** The assets the Lambda functions of a stack run (their `Code.S3Key` names the asset hash). */
function handlerAssets(stack: StackInfo, assets: AssetInfo[]): AssetInfo[] {
  const keys = Object.values(stack.template.Resources ?? {})
    .filter((r) => r.Type === 'AWS::Lambda::Function')
    .map((r) => JSON.stringify(r.Properties?.Code ?? {}));
  return assets.filter((asset) => keys.some((code) => code.includes(asset.id)));
}

/**
 * A template with only what CloudFormation deploys, in a comparable form:
 * no resource Metadata (cdk-nag suppressions, construct paths), no
 * CDKMetadata (it lists the constructs used), DependsOn sorted.
 */
function normalize(template: Template): Template {
  const copy: Template = JSON.parse(JSON.stringify(template));
  delete copy.Resources?.CDKMetadata;
  for (const resource of Object.values(copy.Resources ?? {})) {
    if (resource.DependsOn !== undefined) {
      resource.DependsOn = [resource.DependsOn].flat().sort();
    }
    delete resource.Metadata;
  }
  return copy;
}

function resourceCount(template: Template): number {
  return Object.keys(template.Resources ?? {}).filter((id) => id !== 'CDKMetadata').length;
}

function typeCounts(template: Template): Map<string, number> {
  const counts = new Map<string, number>();
  for (const [id, resource] of Object.entries(template.Resources ?? {})) {
    if (id !== 'CDKMetadata') {
      counts.set(resource.Type, (counts.get(resource.Type) ?? 0) + 1);
    }
  }
  return counts;
}

/**
 * Compares the hand-written stack with the example's: the same resource
 * types and counts are required (otherwise the ratio means nothing); other
 * differences are reported.
 */
function compareTemplates(l1: Template, l3: Template): string {
  const c1 = typeCounts(l1);
  const c3 = typeCounts(l3);
  const types = [...new Set([...c1.keys(), ...c3.keys()])].sort();
  const countDiffs = types.filter((t) => c1.get(t) !== c3.get(t)).map((t) => `${t}: L1 ${c1.get(t) ?? 0}, L3 ${c3.get(t) ?? 0}`);
  if (countDiffs.length > 0) {
    fail(`bench/l1-app.ts no longer produces the example's resources (${countDiffs.join('; ')}): update it to match the example stack`);
  }
  const n1 = normalize(l1);
  const n3 = normalize(l3);
  const resources = Object.keys(n3.Resources ?? {}).length;
  const summary = `${resources} resources: ${types.map((t) => `${c3.get(t)} ${t.replace(/^AWS::/, '')}`).join(', ')}`;
  const differing: string[] = [];
  for (const id of new Set([...Object.keys(n1.Resources ?? {}), ...Object.keys(n3.Resources ?? {})])) {
    if (JSON.stringify(n1.Resources?.[id]) !== JSON.stringify(n3.Resources?.[id])) {
      differing.push(id);
    }
  }
  for (const section of new Set([...Object.keys(n1), ...Object.keys(n3)])) {
    if (section !== 'Resources' && JSON.stringify(n1[section]) !== JSON.stringify(n3[section])) {
      differing.push(section);
    }
  }
  const withMetadata = Object.entries(l3.Resources ?? {})
    .filter(([id, r]) => id !== 'CDKMetadata' && Object.keys(r.Metadata ?? {}).some((key) => !key.startsWith('aws:'))).length;
  const metadataNote = `; only the L3 writes resource Metadata beyond aws:* (${withMetadata} resources: cdk-nag suppressions)`;
  return differing.length === 0
    ? `same deployed template (${summary})${withMetadata > 0 ? metadataNote : ''}`
    : `same resource types and counts (${summary}), but differences in ${differing.join(', ')}: update bench/l1-app.ts`;
}

/** A copy of a resource without what depends on where the users' profile ARNs come from. */
function withoutProfileSource(resource: Resource, lookupIds: Set<string>): Resource {
  const copy: Resource = JSON.parse(JSON.stringify(resource));
  if (copy.Type === 'AWS::Connect::User') {
    delete copy.Properties?.SecurityProfileArns;
    delete copy.Properties?.RoutingProfileArn;
  }
  // The dashboard shows the deploy-time function only where there is one.
  if (copy.Type === 'AWS::CloudWatch::Dashboard') {
    delete copy.Properties?.DashboardBody;
  }
  if (copy.DependsOn !== undefined) {
    const kept = [copy.DependsOn].flat().filter((id) => !lookupIds.has(id));
    copy.DependsOn = kept.length > 0 ? kept : undefined;
  }
  return copy;
}

/**
 * Checks that the peer stack is the hand-written L1 stack without the
 * profile lookup: every resource and every other section of its template is
 * the L1 stack's, the same but for the users' profile ARNs, and it has no
 * Lambda function. Returns what only the L1 stack has (the lookup).
 */
function comparePeer(l1: StackInfo, peer: StackInfo): string {
  const n1 = normalize(l1.template);
  const np = normalize(peer.template);
  const lookupIds = new Set(Object.keys(n1.Resources ?? {}).filter((id) => !(id in (np.Resources ?? {}))));
  const problems: string[] = [];
  for (const [id, resource] of Object.entries(np.Resources ?? {})) {
    const full = n1.Resources?.[id];
    if (full === undefined) {
      problems.push(`${id} is not in the L1 stack`);
    } else if (JSON.stringify(withoutProfileSource(resource, lookupIds)) !== JSON.stringify(withoutProfileSource(full, lookupIds))) {
      problems.push(`${id} differs`);
    }
  }
  for (const section of new Set([...Object.keys(n1), ...Object.keys(np)])) {
    if (section !== 'Resources' && JSON.stringify(n1[section]) !== JSON.stringify(np[section])) {
      problems.push(`${section} differs`);
    }
  }
  if (peer.lambdas > 0) {
    problems.push(`it has ${peer.lambdas} deploy-time Lambda function(s)`);
  }
  if (problems.length > 0) {
    fail(`bench/l1-app.ts --peer is no longer the L1 stack without the profile lookup (${problems.join('; ')}): update it`);
  }
  const types = [...lookupIds].map((id) => n1.Resources![id].Type.replace(/^AWS::/, '')).sort();
  return `the L1 stack without the ${lookupIds.size} resources of the lookup (${types.join(', ')}), placeholder profile ARNs`;
}

function awsCdkLibVersion(): string {
  try {
    return JSON.parse(fs.readFileSync(path.join(ROOT, 'node_modules', 'aws-cdk-lib', 'package.json'), 'utf-8')).version;
  } catch {
    return 'unknown';
  }
}

function machine(): string {
  const cpus = os.cpus();
  const model = cpus[0]?.model.replace(/\s+/g, ' ').trim() ?? 'unknown CPU';
  const load = os.loadavg()[0].toFixed(1);
  return `${os.type()} ${os.arch()}, ${cpus.length} × ${model}, ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB, Node ${process.version}, aws-cdk-lib ${awsCdkLibVersion()}, load ${load}`;
}

const ms = (value: number) => (Number.isNaN(value) ? 'n/a' : `${Math.round(value)} ms`);
const ratioText = (value: number) => (Number.isNaN(value) ? 'n/a' : `${value.toFixed(2)}×`);
const kb = (bytes: number) => bytes / 1024;
const intervalText = (a: Measure, b: Measure) => ratioInterval(a, b).map(ratioText).join('–');
const met = (ok: boolean) => (ok ? 'met' : 'MISSED');

function table(rows: string[][]): string {
  const widths = rows[0].map((_, col) => Math.max(...rows.map((row) => (row[col] ?? '').length)));
  return rows
    .map((row) => row.map((cell, col) => (col === 0 ? cell.padEnd(widths[col]) : cell.padStart(widths[col]))).join('  ').trimEnd())
    .join('\n');
}

/** One size of the scale part: what its template holds, and what its synth executes. */
interface ScaleRow {
  readonly size: string;
  readonly report: DeployabilityReport;
  readonly instructions?: number;
}

/** What the scale part found. */
interface ScaleResult {
  readonly rows: ScaleRow[];
  /** Instructions per resource, L / S, net of the unit center; undefined when not counted. */
  readonly slope?: number;
  /** Why the bench fails: templates that would not deploy, L no longer the largest, the slope over its goal. */
  readonly problems: string[];
}

const grouped = (n: number) => n.toLocaleString('en-US');
const fitsOneStack = (r: DeployabilityReport) => r.resources <= LIMITS.resources && r.bytes <= LIMITS.templateBytes && r.outputs <= LIMITS.outputs;

/** Synthesizes one center of bench/scale-app.ts (validation off) and checks its one template. */
function scaleTemplate(arg: string, context: Record<string, unknown> = {}): DeployabilityReport {
  const run = synth(SCALE_APP, [arg], false, context);
  const stacks = stacksOf(run.outdir);
  discard(run);
  if (stacks.length !== 1) {
    fail(`expected one stack in bench/scale-app.ts ${arg}, found ${stacks.length}`);
  }
  return checkTemplate(stacks[0].template, stacks[0].templateBytes, { region: 'us-east-1' });
}

/**
 * The scale part: the S, M and L centers of bench/center.ts, each checked
 * for deployability (bench/deployability.ts) and, under valgrind, counted.
 *
 * Instructions per resource are given twice: the whole synth over the
 * template's resources, and net of the unit center (`scale-app unit`, one
 * of each resource: Node, aws-cdk-lib and every module the center uses
 * loaded, the instance, its storage and the deploy-time function built),
 * `(I − I₀) / (R − R₀)`: what each further resource costs. The slope
 * compares the net figures: the whole-synth ones fall with size whatever
 * the construct does, as the ~2.5 G instructions every center pays once are
 * spread over more resources.
 */
function scaleBench(log: (line: string) => void): ScaleResult {
  const sizes = Object.keys(SIZES) as SizeName[];
  log(`synthesizing the ${sizes.join(', ')} centers of bench/center.ts and M × ${(L_FACTOR + L_STEP).toFixed(2)} (the step after L), validation off…`);
  const reports = sizes.map((size) => scaleTemplate(size));
  // Past L the stack holds more than aws-cdk-lib allows: lift its check to count what it would hold.
  const next = scaleTemplate(`x${(L_FACTOR + L_STEP).toFixed(2)}`, { '@aws-cdk/core:stackResourceLimit': 0 });
  const unit = scaleTemplate('unit');
  let counts: number[] | undefined;
  let base: number | undefined;
  if (COUNT_INSTRUCTIONS) {
    log(`counting the instructions of one synth of the unit center and of ${sizes.join(', ')} with valgrind, validation off…`);
    base = instructions(['unit center', SCALE_APP, ['unit']]);
    const counted = base === undefined ? undefined : sizes.map((size) => instructions([size, SCALE_APP, [size]]));
    counts = counted?.every((n): n is number => n !== undefined) ? counted : undefined;
    if (counts === undefined) {
      log('instructions: not counted (valgrind is not installed)');
    }
  }
  const rows = sizes.map((size, i) => ({ size, report: reports[i], instructions: counts?.[i] }));
  const net = (row: ScaleRow) => (row.instructions! - base!) / (row.report.resources - unit.resources);
  const mega = (n: number) => `${grouped(Math.round(n / 1e6))} M`;
  log('');
  for (const { size, report, instructions: count } of rows) {
    const spec = SIZES[size as SizeName];
    const shape = `${spec.numbers} numbers, ${spec.users} users, ${spec.queues} queues, ${spec.flows} flows`;
    const largest = report.policies[0];
    const parts = [
      `${report.resources} / ${LIMITS.resources} resources`,
      `${grouped(report.bytes)} / ${grouped(LIMITS.templateBytes)} bytes${report.bytes > LIMITS.templateBodyBytes ? ` (over the ${grouped(LIMITS.templateBodyBytes)} of a direct upload: deploy through S3)` : ''}`,
      `largest policy ${largest ? `${grouped(largest.chars)} / ${grouped(largest.limit)} chars (${largest.name})` : 'none'}`,
      report.cycle ? `CYCLE ${report.cycle.join(' → ')}` : 'no cycle',
    ];
    if (count !== undefined) {
      parts.push(`${mega(count)} instructions`, `${mega(count / report.resources)} per resource (net of the unit center: ${mega(net({ size, report, instructions: count }))})`);
    }
    log(`scale ${size} (${shape}): ${parts.join(', ')}`);
  }
  log(`scale L is M × ${L_FACTOR}: ${rows[rows.length - 1].report.resources} resources; M × ${(L_FACTOR + L_STEP).toFixed(2)} would be ${next.resources} `
    + `(${grouped(next.bytes)} bytes); the unit center (one of each) is ${unit.resources}`);

  const problems: string[] = [];
  for (const { size, report } of rows) {
    if (report.problems.length > 0) {
      problems.push(`the ${size} center would not deploy: ${report.problems.join('; ')}`);
    }
  }
  const l = rows[rows.length - 1].report;
  if (!fitsOneStack(l)) {
    problems.push(`L (M × ${L_FACTOR}) no longer fits one stack (${l.resources} resources, ${grouped(l.bytes)} bytes, ${l.outputs} outputs): lower L_FACTOR in bench/center.ts`);
  } else if (fitsOneStack(next)) {
    problems.push(`M × ${(L_FACTOR + L_STEP).toFixed(2)} fits one stack too (${next.resources} resources): L is no longer the largest center, raise L_FACTOR in bench/center.ts`);
  }
  let slope: number | undefined;
  if (counts !== undefined) {
    slope = net(rows[rows.length - 1]) / net(rows[0]);
    const raw = (counts[counts.length - 1] / l.resources) / (counts[0] / rows[0].report.resources);
    log(`scale slope: instructions per resource L / S ${slope.toFixed(2)} net of the unit center (goal ≤ ${GOALS.scaleSlope}: ${met(slope <= GOALS.scaleSlope)}); `
      + `${raw.toFixed(2)} for the whole synth (unit center: ${mega(base!)})`);
    if (slope > GOALS.scaleSlope) {
      problems.push(`instructions per resource grow from S to L: L / S is ${slope.toFixed(2)}, over the goal of ${GOALS.scaleSlope}`);
    }
  }
  return { rows, slope, problems };
}

/** What building a flow costs in one unit: the same app with and without it, against the example's synth. */
interface FlowCostIn {
  /** The app with the flow, less the app without it. */
  readonly cost: number;
  readonly withFlow: number;
  readonly without: number;
  /** The example's synth. */
  readonly synth: number;
}

/** What building a flow costs: wall time always, instructions when valgrind counted them. */
interface FlowCost {
  readonly wallMs: FlowCostIn;
  readonly instructions?: FlowCostIn;
}

/**
 * The cost of building, checking and rendering a `FLOW_ACTIONS`-action flow
 * (bench/flow-app.ts with the flow, less without it), against the example's
 * synth (given, or measured here): the median wall time of
 * `BENCH_RUNS_VALIDATION` alternating runs, and instructions under valgrind.
 */
function flowBench(log: (line: string) => void, l3: { instructions?: number; wallMs?: number } = {}): FlowCost {
  const without: AppSpec = ['flow-app without a flow', FLOW_APP, ['0']];
  const withFlow: AppSpec = [`flow-app with a ${FLOW_ACTIONS}-action flow`, FLOW_APP, [String(FLOW_ACTIONS)]];
  log(`synthesizing flow-app with and without a ${FLOW_ACTIONS}-action flow${l3.wallMs === undefined ? ' and L3' : ''} alternately, `
    + `${RUNS_VALIDATION} timed runs each, validation off…`);
  const measures = alternate([without, withFlow, ...(l3.wallMs === undefined ? [L3] : [])], RUNS_VALIDATION, false);
  measures.forEach((m) => discard(m.runs[m.runs.length - 1]));
  const [a, b, l3Wall] = measures.map(medianWall);
  const wallMs = { cost: b - a, withFlow: b, without: a, synth: l3.wallMs ?? l3Wall };
  if (!COUNT_INSTRUCTIONS) {
    return { wallMs };
  }
  log(`counting the instructions of flow-app with and without the flow${l3.instructions === undefined ? ', and of L3,' : ''} with valgrind, validation off…`);
  const [ia, ib, il3] = [without, withFlow, ...(l3.instructions === undefined ? [L3] : [])].map(instructions);
  const synthCount = l3.instructions ?? il3;
  if (ia === undefined || ib === undefined || synthCount === undefined) {
    log('instructions: not counted (valgrind is not installed)');
    return { wallMs };
  }
  return { wallMs, instructions: { cost: ib - ia, withFlow: ib, without: ia, synth: synthCount } };
}

/** The flow's share of the example's synth: of its instructions when counted, else of its wall time. */
function flowShare(flow: FlowCost): string {
  const { cost, synth } = flow.instructions ?? flow.wallMs;
  return `${(100 * cost / synth).toFixed(1)}% of a synth${flow.instructions ? '' : ' (wall time)'}`;
}

/** The flow lines of the output. */
function flowText(flow: FlowCost): string {
  const mega = (n: number) => `${grouped(Math.round(n / 1e6))} M`;
  const line = (c: FlowCostIn, value: (n: number) => string, unit: string) => `a ${FLOW_ACTIONS}-action flow costs ${value(c.cost)}${unit} `
    + `(flow-app ${value(c.withFlow)} with it, ${value(c.without)} without), ${(100 * c.cost / c.synth).toFixed(1)}% of the example's synth (L3 ${value(c.synth)})`;
  return [
    `flow builder (wall time, median): ${line(flow.wallMs, ms, '')}`,
    ...(flow.instructions ? [`flow builder (instructions, valgrind): ${line(flow.instructions, mega, ' instructions')}`] : []),
  ].join('\n');
}

function main(): void {
  checkPrerequisites();
  const started = Date.now();
  const log = (line: string) => process.stdout.write(`${line}\n`);
  log(`machine: ${machine()}`);

  if (ONLY === 'scale') {
    const scale = scaleBench(log);
    log(`took ${((Date.now() - started) / 1000).toFixed(0)} s${KEEP ? `; cloud assemblies kept in ${workDir}` : ''}`);
    log(`bench: scale ${scaleSummary(scale)}`);
    failOnScale(scale);
    return;
  }
  if (ONLY === 'flow') {
    const flow = flowBench(log);
    log('');
    log(flowText(flow));
    log(`bench: flow ${FLOW_ACTIONS}-action flow ${flowShare(flow)}`);
    return;
  }

  log(`synthesizing L1, peer L1 and L3 alternately, ${RUNS} timed runs each, validation off…`);
  const [l1Off, peerOff, l3Off] = alternate([L1, PEER, L3], RUNS, false);
  log(`synthesizing L1, peer L1 and L3 alternately, ${RUNS_VALIDATION} timed runs each, validation on…`);
  const [l1On, peerOn, l3On] = alternate([L1, PEER, L3], RUNS_VALIDATION, true);
  log(`synthesizing 1 and ${INSTANCES} instances alternately, ${RUNS} timed runs each, validation off…`);
  const [one, many] = alternate([['1 instance', MANY_APP, ['1']], [`${INSTANCES} instances`, MANY_APP, [String(INSTANCES)]]], RUNS, false);
  const bareRun = synth(BARE[1], BARE[2], false);

  // The cloud assemblies.
  const l1Stacks = stacksOf(lastOutdir(l1Off));
  const peerStacks = stacksOf(lastOutdir(peerOff));
  const l3Stacks = stacksOf(lastOutdir(l3Off));
  const manyStacks = stacksOf(lastOutdir(many));
  const bareStacks = stacksOf(bareRun.outdir);
  discard(bareRun);
  if (l1Stacks.length !== 1 || peerStacks.length !== 1 || l3Stacks.length !== 1 || bareStacks.length !== 1) {
    fail(`expected one stack in each of the L1, peer L1, L3 and bare-instance apps, found ${[l1Stacks, peerStacks, l3Stacks, bareStacks].map((s) => s.length).join(', ')}`);
  }
  const equivalence = compareTemplates(l1Stacks[0].template, l3Stacks[0].template);
  const peerEquivalence = comparePeer(l1Stacks[0], peerStacks[0]);
  const l3Assets = assetsOf(lastOutdir(l3Off));
  const manyAssets = assetsOf(lastOutdir(many));
  const handlers = handlerAssets(l3Stacks[0], l3Assets);
  const handlerBytes = Math.max(0, ...handlers.map((a) => a.bytes));
  const lambdasPerStack = Math.max(...[...l3Stacks, ...manyStacks].map((s) => s.lambdas));
  const largest = [...l3Assets].sort((x, y) => y.bytes - x.bytes)[0];
  const manyLargest = [...manyAssets].sort((x, y) => y.bytes - x.bytes)[0];

  const ratio = medianWall(l3Off) / medianWall(l1Off);
  const peerRatio = medianWall(l3Off) / medianWall(peerOff);
  const ratioOn = medianWall(l3On) / medianWall(l1On);
  const peerRatioOn = medianWall(l3On) / medianWall(peerOn);
  const manyRatio = medianWall(many) / medianWall(one);
  let counted: Counted | undefined;
  if (COUNT_INSTRUCTIONS) {
    log('counting the instructions of one L1, peer L1, L3 and bare-instance synth with valgrind, validation off…');
    const [l1, peer, l3, bare] = [L1, PEER, L3, BARE].map(instructions);
    counted = l1 !== undefined && peer !== undefined && l3 !== undefined && bare !== undefined ? { l1, peer, l3, bare } : undefined;
  }

  log('');
  log(table([
    ['synth (whole process, median)', 'runs', 'wall', 'cpu', 'wall min–max / 95% interval'],
    ...([[l1Off, peerOff, l3Off, 'validation off'], [l1On, peerOn, l3On, 'validation on']] as const).flatMap(([m1, mp, m3, title]) => [
      ...[m1, mp, m3].map((m) => [
        `${title}: ${m.label}`, String(m.runs.length), ms(medianWall(m)), ms(medianCpu(m)),
        `${ms(Math.min(...m.runs.map((r) => r.wallMs)))}–${ms(Math.max(...m.runs.map((r) => r.wallMs)))}`,
      ]),
      ...([[m1, 'ratio L3 / L1'], [mp, 'peer ratio L3 / peer L1']] as const).map(([base, name]) => [
        `${title}: ${name}`, '', ratioText(medianWall(m3) / medianWall(base)), ratioText(medianCpu(m3) / medianCpu(base)),
        intervalText(base, m3),
      ]),
    ]),
    ...[one, many].map((m) => [
      `validation off: app with ${m.label}`, String(m.runs.length), ms(medianWall(m)), ms(medianCpu(m)),
      `${ms(Math.min(...m.runs.map((r) => r.wallMs)))}–${ms(Math.max(...m.runs.map((r) => r.wallMs)))}`,
    ]),
    [`validation off: ratio ${INSTANCES} / 1 instances`, '', ratioText(manyRatio), ratioText(medianCpu(many) / medianCpu(one)),
      intervalText(one, many)],
  ]));
  log('');
  log(table([
    ['cloud assembly', 'value'],
    ['deploy-time Lambda functions per stack (example)', `${l3Stacks[0].lambdas} (of ${l3Stacks[0].allLambdas} functions)`],
    [`deploy-time Lambda functions per stack (${INSTANCES} instances)`, String(manyStacks[0]?.lambdas ?? 0)],
    ['deploy-time Lambda functions per stack (bare instance)', String(bareStacks[0].lambdas)],
    ...handlers.map((a) => [`handler asset ${a.path} (${a.packaging})`, `${kb(a.bytes).toFixed(1)} KB`]),
    [`largest asset (example): ${largest?.path ?? '-'}`, largest ? `${kb(largest.bytes).toFixed(1)} KB` : '-'],
    [`largest asset (${INSTANCES} instances): ${manyLargest?.path ?? '-'}`, manyLargest ? `${kb(manyLargest.bytes).toFixed(1)} KB` : '-'],
    [`resources (example / ${INSTANCES} instances / bare instance)`,
      `${resourceCount(l3Stacks[0].template)} / ${manyStacks[0] ? resourceCount(manyStacks[0].template) : 0} / ${resourceCount(bareStacks[0].template)}`],
  ]));
  log('');
  log(`L1 vs L3: ${equivalence}`);
  log(`peer L1: ${peerEquivalence}`);
  log(`validation on: ratio ${ratioOn.toFixed(2)}, peer ratio ${peerRatioOn.toFixed(2)} (L1 ${ms(medianWall(l1On))}, peer L1 ${ms(medianWall(peerOn))}, L3 ${ms(medianWall(l3On))})`);
  // R and the peer figures are information: their goal (1.15) is retired.
  log(`information: synth ratio R ${ratio.toFixed(2)}, peer ratio ${peerRatio.toFixed(2)} (wall time, validation off; no goal)`);
  const goals = [
    `L ${lambdasPerStack} ≤ ${GOALS.lambdasPerStack} ${met(lambdasPerStack <= GOALS.lambdasPerStack)}`,
    `K ${kb(handlerBytes).toFixed(1)} ≤ ${GOALS.handlerAssetKb} ${met(kb(handlerBytes) <= GOALS.handlerAssetKb)}`,
    `R20 ${manyRatio.toFixed(2)} ≤ ${GOALS.manyRatio} ${met(manyRatio <= GOALS.manyRatio)}`,
  ];
  let instructionSummary = '';
  if (counted) {
    const { l1, peer, l3, bare } = counted;
    const [ir, ip, ib] = [l3 / l1, l3 / peer, bare / peer];
    const mega = (value: number) => `${(value / 1e6).toFixed(0)} M`;
    log(`instructions (valgrind, validation off): L1 ${mega(l1)}, peer L1 ${mega(peer)}, L3 ${mega(l3)}, bare instance ${mega(bare)}; `
      + `ratio L3 / L1 ${ir.toFixed(3)}, peer ratio L3 / peer L1 ${ip.toFixed(3)}, bare instance / peer L1 ${ib.toFixed(3)}`);
    goals.push(
      `I ${ir.toFixed(2)} ≤ ${GOALS.instructionRatio} ${met(Number(ir.toFixed(2)) <= GOALS.instructionRatio)}`,
      `B ${ib.toFixed(3)} < ${GOALS.bareRatio} ${met(ib < GOALS.bareRatio)}`,
    );
    log(`information: peer instruction ratio IP ${ip.toFixed(2)} (the peer goal is retired)`);
    instructionSummary = `, instruction ratio ${ir.toFixed(2)} (peer ${ip.toFixed(2)}), bare instance ${ib.toFixed(2)}× peer L1`;
  } else if (COUNT_INSTRUCTIONS) {
    log('instructions: not counted (valgrind is not installed)');
  }
  const flow = flowBench(log, counted ? { instructions: counted.l3 } : { wallMs: medianWall(l3Off) });
  log(flowText(flow));
  log('');
  const scale = scaleBench(log);
  if (scale.slope !== undefined) {
    goals.push(`SL ${scale.slope.toFixed(2)} ≤ ${GOALS.scaleSlope} ${met(scale.slope <= GOALS.scaleSlope)}`);
  }
  log('');
  log(`goals: ${goals.join('; ')}`);
  log(`took ${((Date.now() - started) / 1000).toFixed(0)} s${KEEP ? `; cloud assemblies kept in ${workDir}` : ''}`);
  log(`bench: synth ratio ${ratio.toFixed(2)} (peer ${peerRatio.toFixed(2)})${instructionSummary}, lambdas per stack ${lambdasPerStack}, `
    + `handler asset ${kb(handlerBytes).toFixed(1)} KB, ${INSTANCES}-instance ratio ${manyRatio.toFixed(2)}, `
    + `${FLOW_ACTIONS}-action flow ${flowShare(flow)}, scale ${scaleSummary(scale)}`);
  failOnScale(scale);
}

/** `S 64 res, M 414 res, L 494 res, slope 1.02` (or `deployable: no`). */
function scaleSummary(scale: ScaleResult): string {
  const sizes = scale.rows.map((row) => `${row.size} ${row.report.resources} resources`).join(', ');
  const slope = scale.slope === undefined ? '' : `, slope ${scale.slope.toFixed(2)}`;
  return `${sizes}${slope}${scale.problems.length > 0 ? ', FAILED' : ', deployable'}`;
}

/** Fails the bench, after everything was printed, when the scale part found a problem. */
function failOnScale(scale: ScaleResult): void {
  if (scale.problems.length > 0) {
    fail(`FAILED: ${scale.problems.length} problem(s) of scale:\n${scale.problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

try {
  main();
} catch (error) {
  process.stderr.write(`bench: ${error instanceof BenchError ? error.message : (error as Error).stack}\n`);
  process.exitCode = 1;
} finally {
  if (!KEEP) {
    for (const dir of tempDirs) {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }
}
