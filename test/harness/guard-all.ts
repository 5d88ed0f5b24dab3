/**
 * Runs the AWS Control Tower proactive controls (the cfn-guard rules that
 * ship in `@cdklabs/cdk-validator-cfnguard`, with the cfn-guard binary of
 * the package: nothing is downloaded) over every synthesized template of the
 * repository: `examples/cdk.out/*.template.json` when present, and every
 * harness scenario. Fails on any failure outside the documented exceptions
 * (`exceptions.ts`). Raw templates carry no acknowledgement, so this checks
 * the exceptions list itself, independently of the construct's metadata.
 *
 *   npx ts-node --transpile-only test/harness/guard-all.ts [template.json ...]
 *
 * The jest suite runs the same check over the templates it synthesizes
 * (test/harness/scenarios.test.ts, "guard-all").
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { CfnGuardValidator } from '@cdklabs/cdk-validator-cfnguard';
import {
  App, IPolicyValidationContextBeta1, IPolicyValidationPluginBeta1, PolicyValidationPluginReportBeta1,
} from 'aws-cdk-lib';
import { acknowledgementFor, Acknowledged, pathBelowStack, placeUnplaced } from './exceptions';
import { byContext, SCENARIOS, stackId } from './scenarios';

/** The plugin's name: acknowledgements of its rules are `cdk-validator-cfnguard::<rule>`. */
export const GUARD_PLUGIN = 'cdk-validator-cfnguard';

/** The Control Tower rules in the package, one `.guard` file each. */
export const CONTROL_TOWER_RULES_DIR = path.join(
  path.dirname(require.resolve('@cdklabs/cdk-validator-cfnguard/package.json')), 'rules', 'control-tower', 'cfn-guard');

/** A Control Tower rule file and the resource types it reports on (its "Reports on:" header). */
export interface ControlTowerRule {
  /** The file name without `.guard`, such as `ct-s3-pr-9`: what `disabledRules` takes. */
  readonly file: string;
  readonly resourceTypes: string[];
}

/** Every Control Tower rule of the package, with the resource types it reports on. */
export function controlTowerRules(): ControlTowerRule[] {
  return fs.readdirSync(CONTROL_TOWER_RULES_DIR).flatMap((service) =>
    fs.readdirSync(path.join(CONTROL_TOWER_RULES_DIR, service)).map((file) => {
      const text = fs.readFileSync(path.join(CONTROL_TOWER_RULES_DIR, service, file), 'utf8');
      const header = /Reports on:\s*\n((?:#.*\n)+?)#\s*\n/.exec(text);
      const types = header?.[1].match(/AWS::[A-Za-z0-9]+::[A-Za-z0-9]+/g) ?? [];
      if (types.length === 0) {
        throw new Error(`cannot read the resource types of the Control Tower rule ${file}`);
      }
      return { file: path.basename(file, '.guard'), resourceTypes: types };
    }));
}

/** The resource types of some templates. */
function resourceTypes(templatePaths: readonly string[]): Set<string> {
  return new Set(templatePaths.flatMap((p) =>
    Object.values<any>(JSON.parse(fs.readFileSync(p, 'utf8')).Resources ?? {}).map((r) => r.Type)));
}

/**
 * The Control Tower rules through cfn-guard (`new CfnGuardValidator({
 * controlTowerRulesEnabled: true })`), leaving out (`disabledRules`) only the
 * rules that report on no resource type present in the templates: each rule
 * passes (skips) a template without its resource type, so the result is the
 * same, in a fifth of the time (a test compares both). Records what it ran.
 */
export class ControlTowerRules implements IPolicyValidationPluginBeta1 {
  public readonly name = GUARD_PLUGIN;
  public readonly version: string;
  public readonly ruleIds: string[];
  /** The templates given to cfn-guard so far. */
  public readonly templatesValidated: string[] = [];
  /** The rule files evaluated in the last run. */
  public evaluatedRules: string[] = [];

  constructor(private readonly allRules = false) {
    const plugin = new CfnGuardValidator({ controlTowerRulesEnabled: true });
    this.version = plugin.version!;
    this.ruleIds = plugin.ruleIds!;
  }

  public validate(context: IPolicyValidationContextBeta1): PolicyValidationPluginReportBeta1 {
    const present = resourceTypes(context.templatePaths);
    const rules = controlTowerRules();
    const skipped = this.allRules ? [] : rules.filter((r) => !r.resourceTypes.some((t) => present.has(t)));
    this.evaluatedRules = rules.filter((r) => !skipped.includes(r)).map((r) => r.file);
    this.templatesValidated.push(...context.templatePaths);
    return new CfnGuardValidator({ controlTowerRulesEnabled: true, disabledRules: skipped.map((r) => r.file) }).validate(context);
  }
}

/** One Control Tower failure on one resource of one template. */
export interface GuardFailure {
  readonly template: string;
  readonly rule: string;
  readonly logicalId: string;
  /** The construct path below the stack (`aws:cdk:path` metadata), or the logical id when the template has none. */
  readonly path: string;
  /** The documented exception that covers it, if any. */
  readonly exception?: Acknowledged;
}

/**
 * Runs the Control Tower rules over templates, as they are (no
 * acknowledgement applies), and pairs each failure with its documented
 * exception, if there is one.
 */
export function guardTemplates(templatePaths: readonly string[], options: { allRules?: boolean } = {}): GuardFailure[] {
  const rules = new ControlTowerRules(options.allRules);
  const report = rules.validate({ templatePaths: [...templatePaths] } as IPolicyValidationContextBeta1);
  const failure = (templatePath: string, template: any, rule: string, logicalId: string): GuardFailure => {
    const below = pathBelowStack(template, logicalId);
    return { template: templatePath, rule, logicalId, path: below, exception: acknowledgementFor(GUARD_PLUGIN, rule, below) };
  };
  return report.violations.flatMap((v) => v.violatingResources.flatMap((r) => {
    const template = JSON.parse(fs.readFileSync(r.templatePath, 'utf8'));
    // A failure cfn-guard reports with no resource: placed by the rule's own test (exceptions.ts).
    const placed = r.resourceLogicalId === undefined ? placeUnplaced(v.ruleName, template) : undefined;
    return (placed ?? [r.resourceLogicalId]).map((id) => failure(r.templatePath, template, v.ruleName, id));
  }))
    // cfn-guard repeats a failure without a resource once per statement it tried: one per resource is the failure.
    .filter((f, i, all) => all.findIndex((g) => g.template === f.template && g.rule === f.rule && g.logicalId === f.logicalId) === i)
    .sort((a, b) => `${a.template} ${a.path} ${a.rule}`.localeCompare(`${b.template} ${b.path} ${b.rule}`));
}

/** The synthesized templates of the example app, when it has been synthesized (`npx projen example`). */
export function exampleTemplates(root = path.join(__dirname, '..', '..')): string[] {
  const outdir = path.join(root, 'examples', 'cdk.out');
  if (!fs.existsSync(outdir)) {
    return [];
  }
  return fs.readdirSync(outdir).filter((f) => f.endsWith('.template.json')).map((f) => path.join(outdir, f));
}

/**
 * Synthesizes every scenario (without validation plugins) into `outdir` and
 * returns the template paths. `aws:cdk:path` metadata is on, as with the cdk
 * CLI, so failures can be matched to construct paths.
 */
export function synthesizeScenarioTemplates(outdir: string): string[] {
  return byContext(SCENARIOS).flatMap((scenarios, i) => {
    const app = new App({ outdir: path.join(outdir, `app${i}`), context: { 'aws:cdk:enable-path-metadata': true, ...scenarios[0].context } });
    const stacks = scenarios.map((s) => s.build(app, stackId(s.name)));
    const assembly = app.synth();
    return stacks.map((stack) => assembly.getStackArtifact(stack.artifactId).templateFullPath);
  });
}

function main(args: string[]): number {
  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'guard-all-'));
  try {
    const templates = args.length > 0 ? args.map((a) => path.resolve(a)) : [...exampleTemplates(), ...synthesizeScenarioTemplates(outdir)];
    const failures = guardTemplates(templates);
    const outside = failures.filter((f) => !f.exception);
    console.log(`AWS Control Tower proactive controls (cfn-guard) over ${templates.length} templates: `
      + `${failures.length} failures, ${failures.length - outside.length} of them documented exceptions`);
    const counts = new Map<string, number>();
    for (const f of failures.filter((x) => x.exception)) {
      const key = `${f.exception!.control} ${f.rule} on ${f.path}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    for (const [key, n] of counts) {
      console.log(`  exception  ${key} (${n} templates)`);
    }
    for (const f of outside) {
      console.log(`  FAILURE    ${f.rule} on ${f.path} (${f.logicalId} in ${path.relative(process.cwd(), f.template)})`);
    }
    return outside.length === 0 ? 0 : 1;
  } finally {
    fs.rmSync(outdir, { recursive: true, force: true });
  }
}

if (require.main === module) {
  process.exitCode = main(process.argv.slice(2));
}
