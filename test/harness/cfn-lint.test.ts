import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App } from 'aws-cdk-lib';
import { CfnLintFinding, cfnLintBinary, cfnLintPinnedVersion, lintTemplates } from './cfn-lint';
import { CFN_LINT_ACKNOWLEDGED, cfnLintAcknowledgementFor, cfnLintFailures } from './cfn-lint-acknowledgements';
import { byContext, Scenario, SCENARIOS, stackId } from './scenarios';
import { synthQuietly } from './validators';

/**
 * cfn-lint over the template of every harness scenario and of the example
 * app (the `EXAMPLE` scenario builds examples/'s stack as `npx projen example`
 * does), all in one cfn-lint run: no error, no warning but the acknowledged
 * ones (cfn-lint-acknowledgements.ts), no acknowledgement that matches
 * nothing. Informational findings (I-rules) are collected but never fail.
 * aws-cdk-lib's own template validation runs, strict, in scenarios.test.ts;
 * it is off here, where the templates are only written.
 *
 *   npx projen lint:cfn
 */

/** An unused parameter added to every template: the warning (W2001) it gives proves cfn-lint read that template. */
const SENTINEL = 'CfnLintSentinel';

/** A template with one error, one warning and one informational finding of cfn-lint's: proof that each level is reported. */
const CANARY = 'canary';
const CANARY_TEMPLATE = {
  Parameters: { Unused: { Type: 'String' } },
  Resources: {
    // 2 days is not a retention CloudWatch Logs accepts (E3030); a log group without DeletionPolicy and UpdateReplacePolicy (I3011).
    BadRetention: { Type: 'AWS::Logs::LogGroup', Properties: { RetentionInDays: 2 } },
  },
};

/**
 * The template of every stack of every scenario, by stack artifact id.
 * Scenarios with the same context share an app, as in the harness.
 */
function synthesizeTemplates(scenarios: readonly Scenario[]): { templates: Record<string, any>; byScenario: Map<Scenario, string[]> } {
  const templates: Record<string, any> = {};
  const byScenario = new Map<Scenario, string[]>();
  for (const group of byContext(scenarios)) {
    const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'cfn-lint-synth-'));
    try {
      const app = new App({
        outdir,
        context: { 'aws:cdk:enable-path-metadata': true, ...group[0].context },
        builtinCloudFormationValidation: false,
      });
      const stacks = group.map((s) => [s, s.build(app, stackId(s.name))] as const);
      // The example's flags put the construct's own warning in a validation report, which aws-cdk-lib also prints;
      // scenarios.test.ts checks it, the report file is not read here.
      const assembly = synthQuietly(app);
      // Every stack of the assembly, also one a scenario adds beside its own (nested stacks included).
      for (const artifact of assembly.stacksRecursively) {
        templates[artifact.hierarchicalId] = artifact.template;
      }
      for (const [s, stack] of stacks) {
        byScenario.set(s, assembly.stacksRecursively.filter((a) => a.hierarchicalId === stack.artifactId || a.hierarchicalId.startsWith(`${stack.artifactId}/`))
          .map((a) => a.hierarchicalId));
      }
    } finally {
      fs.rmSync(outdir, { recursive: true, force: true });
    }
  }
  return { templates, byScenario };
}

const withSentinel = (template: any) => ({ ...template, Parameters: { ...template.Parameters, [SENTINEL]: { Type: 'String', Default: 'unused' } } });
const isSentinel = (f: CfnLintFinding) => f.rule === 'W2001' && f.location === `Parameters/${SENTINEL}`;
const line = (f: CfnLintFinding) => `${f.template} ${f.resource} ${f.rule} ${f.message}`;

let templates: Record<string, any>;
let byScenario: Map<Scenario, string[]>;
let findings: CfnLintFinding[];
let sentinels: CfnLintFinding[];

beforeAll(() => {
  ({ templates, byScenario } = synthesizeTemplates(SCENARIOS));
  const linted: Record<string, object> = { [CANARY]: CANARY_TEMPLATE };
  for (const [name, template] of Object.entries(templates)) {
    linted[name] = withSentinel(template);
  }
  const all = lintTemplates(linted);
  sentinels = all.filter(isSentinel);
  findings = all.filter((f) => !isSentinel(f));
}, 180_000);

describe('cfn-lint runs and reports', () => {
  test('the venv holds the cfn-lint version pinned in scripts/cfn-lint-requirements.txt', () => {
    expect(execFileSync(cfnLintBinary(), ['--version'], { encoding: 'utf8' }).trim()).toBe(`cfn-lint ${cfnLintPinnedVersion()}`);
  });

  test('on the canary: an error, a warning and an informational finding', () => {
    expect(findings.filter((f) => f.template === CANARY).map((f) => `${f.level} ${f.rule} ${f.resource}`)).toEqual([
      'Error E3030 BadRetention',
      'Informational I3011 BadRetention',
      'Informational I3011 BadRetention',
      'Warning W2001 Parameters/Unused',
    ]);
  });

  test('every scenario\'s templates, the example\'s included, were in the one run', () => {
    // One stack each, no nested stack.
    expect(SCENARIOS.filter((s) => byScenario.get(s)?.length !== 1).map((s) => s.name)).toEqual([]);
    expect(Object.keys(templates)).toHaveLength(SCENARIOS.length);
    expect(sentinels.map((f) => f.template).sort()).toEqual(Object.keys(templates).sort());
  });
});

describe.each(SCENARIOS.map((s) => [s.name, s] as const))('%s', (_name, scenario) => {
  test('cfn-lint: no error, no warning but the acknowledged ones', () => {
    const mine = findings.filter((f) => byScenario.get(scenario)!.includes(f.template));
    expect(cfnLintFailures(mine).map(line)).toEqual([]);
  });
});

describe('the acknowledgements of cfn-lint warnings', () => {
  test('each covers some finding (a stale one fails here: remove it)', () => {
    const used = new Set(findings.map((f) => cfnLintAcknowledgementFor(f)).filter((a) => a !== undefined));
    expect(CFN_LINT_ACKNOWLEDGED.filter((a) => !used.has(a)).map((a) => `${a.rule} ${a.resource.source}`)).toEqual([]);
  });

  test('each is for a warning, and gives a reason', () => {
    for (const a of CFN_LINT_ACKNOWLEDGED) {
      expect(a.rule).toMatch(/^W\d{4}$/);
      expect(a.reason.length).toBeGreaterThanOrEqual(80);
    }
  });

  test('an error is never acknowledged, even on an acknowledged resource', () => {
    const acknowledged = findings.find((f) => cfnLintAcknowledgementFor(f))!;
    expect(acknowledged).toBeDefined();
    expect(cfnLintFailures([{ ...acknowledged, level: 'Error' }])).toHaveLength(1);
    expect(cfnLintFailures([acknowledged])).toEqual([]);
  });
});
