import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import {
  App, Aspects, CloudFormationValidatePlugin, IPolicyValidationContext, IPolicyValidationPlugin, PolicyValidationPluginReport, Stack, Validations,
} from 'aws-cdk-lib';
import { CloudAssembly } from 'aws-cdk-lib/cx-api';
import {
  AwsSolutionsChecks, HIPAASecurityChecks, INagLogger, NagLoggerComplianceData, NagLoggerErrorData, NagLoggerNonComplianceData,
  NagLoggerSuppressedData, NagLoggerSuppressedErrorData, NIST80053R5Checks,
} from 'cdk-nag';
import * as cdkNag3 from 'cdk-nag-v3';
import { acknowledgementFor, pathBelowStack, placeUnplaced } from './exceptions';
import { ControlTowerRules, GUARD_PLUGIN } from './guard-all';
import { byContext, Scenario, stackId } from './scenarios';

export { GUARD_PLUGIN };

/** The name under which aws-cdk-lib reports construct warnings in the validation report (`@aws-cdk/core:annotationsInValidationReport`). */
const ANNOTATIONS_REPORT = 'Construct Annotations';
/** The name aws-cdk-lib's built-in template validation reports under. */
export const BUILTIN_PLUGIN = CloudFormationValidatePlugin.PLUGIN_NAME;
/** The tool name of cdk-nag 2's findings (its packs run as aspects). */
export const NAG = 'cdk-nag';
/** The tool name of cdk-nag 3's findings (its packs run as `Validations` plugins). */
export const NAG3 = 'cdk-nag 3';
/** The plugin names of cdk-nag 3's three packs run here. */
export const NAG3_PACKS = ['AwsSolutions', 'HIPAA.Security', 'NIST.800.53.R5'];
/** The annotations the three cdk-nag packs run here write (and cdk-nag's own rule errors). */
export const NAG_MESSAGE = /^(AwsSolutions-|HIPAA\.Security-|NIST\.800\.53\.R5-|CdkNagValidationFailure)/;

/**
 * The context of every harness app: aws-cdk-lib's built-in CloudFormation
 * template validation treats its findings as errors
 * (`validateAgainstDefaultRules`), warnings included
 * (`strictCfnValidateErrors`, what aws-cdk-lib's own tests use); path
 * metadata as the cdk CLI writes it.
 */
export const STRICT_VALIDATION_CONTEXT = {
  '@aws-cdk/core:validateAgainstDefaultRules': true,
  '@aws-cdk/core:strictCfnValidateErrors': true,
  'aws:cdk:enable-path-metadata': true,
};

/** One resource a validator flagged. */
export interface Finding {
  /** `cdk-nag`, `cdk-nag 3`, `cdk-validator-cfnguard` or `CloudFormation Validate`. */
  readonly tool: string;
  /**
   * The rule (cdk-nag rule id, cfn-guard rule name, CloudFormation Validate
   * rule). A cdk-nag rule that reports findings gives one per finding, as
   * cdk-nag 3 names it: `AwsSolutions-IAM5[Resource::<Instance1234.Arn>/security-profile/*]`.
   */
  readonly rule: string;
  /** The construct path of the resource below its stack. */
  readonly path: string;
  /** The acknowledgement's reason (acknowledged findings). */
  readonly reason?: string;
  /** What the rule says (unacknowledged findings). */
  readonly message?: string;
}

/** What the validators found in one scenario. */
export interface ScenarioResult {
  readonly scenario: Scenario;
  readonly stack: Stack;
  /** The synthesized template and its file (kept until `cleanup()`). */
  readonly template: any;
  readonly templatePath: string;
  /** Unacknowledged findings of every validator. */
  readonly findings: Finding[];
  /** Acknowledged findings of every validator, with their reasons. */
  readonly acknowledged: Finding[];
  /** cdk-nag errors and warnings in the stack's annotations, as `<path> <rule>` (`<rule>[<finding>]` for a finding). */
  readonly nagAnnotations: string[];
  /** The validators that were given this stack's template (proof that each ran, even when it found nothing). */
  readonly validatedBy: string[];
  /** The cdk-nag 2 packs that found some rule compliant on a resource of this stack (proof that each ran over it), sorted. */
  readonly nagPacksRun: string[];
  /**
   * The construct warnings aws-cdk-lib lists in the validation report (with
   * the recommended flag `@aws-cdk/core:annotationsInValidationReport`), as
   * `<path> <id>`: the construct's own messages to its user, not findings.
   */
  readonly annotations: string[];
}

/** The results of a batch, by scenario, and the files to remove afterwards. */
export interface Batch {
  readonly results: ScenarioResult[];
  /** The Control Tower rule files evaluated. */
  readonly controlTowerRules: string[];
  /** Deletes the synthesized files. */
  cleanup(): void;
}

/** The parts of `validation-report.json` read here. */
interface ReportedViolation {
  readonly ruleName: string;
  readonly description?: string;
  readonly reason?: string;
  readonly violatingConstructs: Array<{
    readonly constructPath: string;
    readonly cloudFormationResource?: { readonly logicalId: string; readonly templatePath: string };
  }>;
}
interface PluginReport {
  readonly pluginName: string;
  readonly metadata?: { readonly error?: string };
  readonly violations: ReportedViolation[];
  readonly suppressedViolations?: ReportedViolation[];
}

/** A cdk-nag logger that keeps what it is told in memory, by stack. */
class NagCollector implements INagLogger {
  public readonly findings: Array<Finding & { stack: Stack }> = [];
  public readonly acknowledged: Array<Finding & { stack: Stack }> = [];
  /** The packs that evaluated a resource of each stack. */
  public readonly packsRun = new Map<Stack, Set<string>>();

  public onCompliance(data: NagLoggerComplianceData): void {
    const stack = Stack.of(data.resource);
    this.packsRun.set(stack, (this.packsRun.get(stack) ?? new Set<string>()).add(data.nagPackName));
  }
  public onNotApplicable(): void {}
  public onNonCompliance(data: NagLoggerNonComplianceData): void {
    this.findings.push({ ...where(data), rule: findingRule(data), message: data.ruleInfo });
  }
  public onSuppressed(data: NagLoggerSuppressedData): void {
    this.acknowledged.push({ ...where(data), rule: findingRule(data), reason: data.suppressionReason });
  }
  public onError(data: NagLoggerErrorData): void {
    this.findings.push({ ...where(data), rule: `${data.ruleId} (rule error)`, message: data.errorMessage });
  }
  public onSuppressedError(data: NagLoggerSuppressedErrorData): void {
    this.acknowledged.push({ ...where(data), rule: `${data.ruleId} (rule error)`, reason: data.errorSuppressionReason });
  }
}

/** The rule id, with its finding as cdk-nag 3 writes it (`<rule>[<finding>]`) when the rule reports findings. */
function findingRule(data: NagLoggerNonComplianceData): string {
  return data.findingId ? `${data.ruleId}[${data.findingId}]` : data.ruleId;
}

/**
 * A `Validations` plugin that runs `plugin` and records the templates of the
 * apps it was given (proof that it ran over a stack, even when it found nothing).
 */
class Recorded implements IPolicyValidationPlugin {
  public readonly name: string;
  public readonly version?: string;
  public readonly templatesValidated: string[] = [];

  constructor(private readonly plugin: IPolicyValidationPlugin) {
    this.name = plugin.name;
    this.version = plugin.version;
  }

  public validate(context: IPolicyValidationContext): PolicyValidationPluginReport {
    this.templatesValidated.push(...context.templatePaths);
    return this.plugin.validate(context);
  }
}

function where(data: NagLoggerNonComplianceData | NagLoggerErrorData): { tool: string; stack: Stack; path: string } {
  const stack = Stack.of(data.resource);
  return { tool: NAG, stack, path: below(stack.node.path, data.resource.node.path) };
}

/** `Stack/Scope/Resource` → `Scope/Resource`. */
function below(stackPath: string, constructPath: string): string {
  const p = constructPath.replace(/^\//, '');
  return p.startsWith(`${stackPath}/`) ? p.slice(stackPath.length + 1) : p;
}

/** Synthesizes `app` without the validation reports aws-cdk-lib also prints to stderr (tests read the report file). */
export function synthQuietly(app: App): CloudAssembly {
  const quiet = jest.spyOn(console, 'error').mockImplementation(() => undefined);
  try {
    return app.synth();
  } finally {
    quiet.mockRestore();
  }
}

/**
 * Synthesizes scenarios with every validator on, each scenario once:
 * aws-cdk-lib's built-in template validation in strict mode, cdk-nag 2's
 * three packs (aspects, before synthesis), the same three packs of cdk-nag 3
 * (policy-validation plugins, their documented v3 form, which read the
 * construct's `aws:cdk:acknowledged-rules`) and the AWS Control Tower
 * proactive controls through cfn-guard (a policy-validation plugin, so that
 * the construct's `aws:cdk:acknowledged-rules` apply). Scenarios that need the
 * same context share one app, so each validator starts once per app.
 * Validation failures do not stop synthesis here
 * (`failSynthOnValidationErrors: false`): they are returned, for precise
 * assertions.
 */
export function synthesizeAll(scenarios: readonly Scenario[]): Batch {
  const outdirs: string[] = [];
  const results: ScenarioResult[] = [];
  const controlTowerRules = new Set<string>();
  for (const group of byContext(scenarios)) {
    const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'harness-'));
    outdirs.push(outdir);
    const { results: groupResults, guard } = synthesizeApp(outdir, group);
    results.push(...groupResults);
    guard.evaluatedRules.forEach((r) => controlTowerRules.add(r));
  }
  const byScenario = new Map(results.map((r) => [r.scenario, r]));
  return {
    results: scenarios.map((s) => byScenario.get(s)!),
    controlTowerRules: [...controlTowerRules].sort(),
    cleanup: () => outdirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true })),
  };
}

function synthesizeApp(outdir: string, scenarios: Scenario[]): { results: ScenarioResult[]; guard: ControlTowerRules } {
  const app = new App({
    outdir,
    context: { ...STRICT_VALIDATION_CONTEXT, '@aws-cdk/core:failSynthOnValidationErrors': false, ...scenarios[0].context },
  });
  const guard = new ControlTowerRules();
  Validations.of(app).addPlugins(guard);
  const nag3 = [new cdkNag3.AwsSolutionsChecks(app), new cdkNag3.HIPAASecurityChecks(app), new cdkNag3.NIST80053R5Checks(app)]
    .map((pack) => new Recorded(pack));
  Validations.of(app).addPlugins(...nag3);
  const nag = new NagCollector();
  const props = { reports: false, additionalLoggers: [nag] };
  for (const pack of [new AwsSolutionsChecks(props), new HIPAASecurityChecks(props), new NIST80053R5Checks(props)]) {
    Aspects.of(app).add(pack);
  }
  const stacks = scenarios.map((s) => s.build(app, stackId(s.name)));

  const builtin = recordBuiltinRuns();
  let assembly: CloudAssembly;
  try {
    // Both write their reports to stderr as well; the report file is read instead.
    assembly = synthQuietly(app);
  } finally {
    builtin.restore();
  }

  const report: { pluginReports: PluginReport[] } = JSON.parse(fs.readFileSync(path.join(outdir, 'validation-report.json'), 'utf8'));
  const results = stacks.map((stack, i): ScenarioResult => {
    const artifact = assembly.getStackArtifact(stack.artifactId);
    const mine = (f: { stack: Stack }) => f.stack === stack;
    const strip = ({ stack: _, ...f }: Finding & { stack: Stack }): Finding => f;
    const findings: Finding[] = nag.findings.filter(mine).map(strip);
    const acknowledged: Finding[] = nag.acknowledged.filter(mine).map(strip);
    const inStack = (constructPath: string) => constructPath === stack.node.path || constructPath.startsWith(`${stack.node.path}/`);
    const annotations: string[] = [];
    /** Findings cfn-guard reported without a resource, placed by the rule's own test. */
    const placedFindings: Finding[] = [];
    for (const plugin of report.pluginReports) {
      if (plugin.pluginName === ANNOTATIONS_REPORT) {
        for (const v of plugin.violations) {
          annotations.push(...v.violatingConstructs.filter((vc) => inStack(vc.constructPath)).map((c) => `${below(stack.node.path, c.constructPath)} ${v.ruleName}`));
        }
        continue;
      }
      const tool = NAG3_PACKS.includes(plugin.pluginName) ? NAG3 : plugin.pluginName;
      if (plugin.metadata?.error) {
        findings.push({ tool, rule: '(plugin failure)', path: '', message: plugin.metadata.error });
      }
      for (const v of plugin.violations) {
        for (const c of v.violatingConstructs.filter((vc) => inStack(vc.constructPath))) {
          findings.push({ tool, rule: v.ruleName, path: below(stack.node.path, c.constructPath), message: v.description });
        }
        // A resource whose construct is unknown counts for the stack of its template (or for every stack, if that is unknown too).
        const unknown = v.violatingConstructs.filter((vc) => !vc.constructPath
          && (!vc.cloudFormationResource || path.basename(vc.cloudFormationResource.templatePath) === artifact.templateFile));
        for (const c of unknown) {
          // A rule cfn-guard reports with no resource is placed by the rule's own test, and its documented
          // exception stands in for the acknowledgement aws-cdk-lib cannot apply to a finding without a resource.
          const placed = c.cloudFormationResource ? undefined : placeUnplaced(v.ruleName, artifact.template);
          if (placed === undefined) {
            findings.push({ tool, rule: v.ruleName, path: c.cloudFormationResource?.logicalId ?? '(unknown)', message: v.description });
            continue;
          }
          placedFindings.push(...placed.map((id) => ({
            tool, rule: v.ruleName, path: pathBelowStack(artifact.template, id), message: v.description,
          })));
        }
      }
      for (const v of plugin.suppressedViolations ?? []) {
        for (const c of v.violatingConstructs.filter((vc) => inStack(vc.constructPath))) {
          acknowledged.push({ tool, rule: v.ruleName, path: below(stack.node.path, c.constructPath), reason: v.reason });
        }
      }
    }
    // cfn-guard repeats such a failure once per statement it tried, and aws-cdk-lib applies the construct's
    // acknowledgement to the repeats it can place: one per resource is the finding, and where aws-cdk-lib could
    // not apply the acknowledgement, its documented exception stands in for it.
    for (const f of placedFindings) {
      const same = (g: Finding) => g.tool === f.tool && g.rule === f.rule && g.path === f.path;
      if (findings.some(same) || acknowledged.some(same)) {
        continue;
      }
      const exception = acknowledgementFor(f.tool, f.rule, f.path);
      if (exception) {
        acknowledged.push({ tool: f.tool, rule: f.rule, path: f.path, reason: exception.why });
      } else {
        findings.push(f);
      }
    }
    const validatedBy = [
      ...(builtin.templates.includes(artifact.templateFullPath) ? [BUILTIN_PLUGIN] : []),
      ...(guard.templatesValidated.includes(artifact.templateFullPath) ? [GUARD_PLUGIN] : []),
      ...(nag3.every((pack) => pack.templatesValidated.includes(artifact.templateFullPath)) ? [NAG3] : []),
    ];
    return {
      scenario: scenarios[i],
      stack,
      template: artifact.template,
      templatePath: artifact.templateFullPath,
      findings: sortFindings(findings),
      acknowledged: sortFindings(acknowledged),
      nagAnnotations: artifact.messages
        .filter((m) => (m.level === 'error' || m.level === 'warning') && NAG_MESSAGE.test(String(m.entry.data)))
        .map((m) => `${below(stack.node.path, m.id)} ${/^[\w.-]+(?:\[.*\])?(?=: )/s.exec(String(m.entry.data))![0]}`)
        .sort(),
      validatedBy,
      nagPacksRun: [...(nag.packsRun.get(stack) ?? [])].sort(),
      annotations: annotations.sort(),
    };
  });
  return { results, guard };
}

/** Records the templates aws-cdk-lib's built-in validation is given, without changing what it does. */
function recordBuiltinRuns(): { templates: string[]; restore(): void } {
  const original = CloudFormationValidatePlugin.prototype.validate;
  const templates: string[] = [];
  const spy = jest.spyOn(CloudFormationValidatePlugin.prototype, 'validate').mockImplementation(function (this: CloudFormationValidatePlugin, context) {
    templates.push(...context.templatePaths);
    return original.call(this, context);
  });
  return { templates, restore: () => spy.mockRestore() };
}

function sortFindings(findings: Finding[]): Finding[] {
  return findings.sort((a, b) => `${a.tool} ${a.path} ${a.rule}`.localeCompare(`${b.tool} ${b.path} ${b.rule}`));
}

/** `<tool> <path> <rule>` lines, for readable assertions. */
export function lines(findings: readonly Finding[]): string[] {
  return findings.map((f) => `${f.tool} ${f.path} ${f.rule}`);
}
