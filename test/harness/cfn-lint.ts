/**
 * cfn-lint, the CloudFormation linter (aws-cloudformation/cfn-lint), over
 * synthesized templates: every resource type's registry schema, property
 * types and patterns, `Ref` / `Fn::GetAtt` validity, dependency cycles, IAM
 * policy structure. It runs from the Python virtualenv that
 * `scripts/cfn-lint-venv.sh` installs into `.venv-cfnlint/` (the `test` task
 * runs that script before jest), at the version pinned in
 * `scripts/cfn-lint-requirements.txt`.
 *
 * `lintTemplates` lints any number of templates in one cfn-lint process (its
 * start-up, which loads every schema, costs seconds): the harness
 * (`cfn-lint.test.ts`) and the scale bench use it.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

const REQUIREMENTS = path.join('scripts', 'cfn-lint-requirements.txt');

/**
 * The repository: the nearest folder above this file that holds the
 * requirements file, so that the paths hold also where this file is compiled
 * to another folder (the bench compiles to `bench/dist/`).
 */
function repositoryRoot(): string {
  for (let dir = __dirname; ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, REQUIREMENTS))) {
      return dir;
    }
    if (path.dirname(dir) === dir) {
      throw new Error(`no ${REQUIREMENTS} in any folder above ${__dirname}`);
    }
  }
}

const ROOT = repositoryRoot();

/** The requirements file that pins cfn-lint (the one place its version is written). */
export const CFN_LINT_REQUIREMENTS = path.join(ROOT, REQUIREMENTS);

/** The virtualenv `scripts/cfn-lint-venv.sh` installs cfn-lint into. */
export const CFN_LINT_VENV = path.join(ROOT, '.venv-cfnlint');

/** The Regions the templates are checked for: those of the harness scenarios and the example. */
export const CFN_LINT_REGIONS = ['us-east-1'];

/** The cfn-lint version pinned in `scripts/cfn-lint-requirements.txt`. */
export function cfnLintPinnedVersion(): string {
  const pin = /^cfn-lint==(\S+)\s*$/m.exec(fs.readFileSync(CFN_LINT_REQUIREMENTS, 'utf8'));
  if (!pin) {
    throw new Error(`no cfn-lint==<version> line in ${CFN_LINT_REQUIREMENTS}`);
  }
  return pin[1];
}

/**
 * The venv's `cfn-lint` executable. Throws, saying what to run, when it is
 * not installed.
 */
export function cfnLintBinary(): string {
  const binary = process.platform === 'win32'
    ? path.join(CFN_LINT_VENV, 'Scripts', 'cfn-lint.exe')
    : path.join(CFN_LINT_VENV, 'bin', 'cfn-lint');
  if (!fs.existsSync(binary)) {
    throw new Error(`cfn-lint is not installed in ${CFN_LINT_VENV}: run scripts/cfn-lint-venv.sh (the test task does)`);
  }
  return binary;
}

/** cfn-lint's rule levels: E-rules are errors, W-rules warnings, I-rules informational. */
export type CfnLintLevel = 'Error' | 'Warning' | 'Informational';

/** One match cfn-lint reports. */
export interface CfnLintFinding {
  /** The key of the template in the record given to `lintTemplates`. */
  readonly template: string;
  /** The rule id, such as `E3002` or `W3005`. */
  readonly rule: string;
  readonly level: CfnLintLevel;
  /** The logical id of the resource (or output, parameter…) the finding is on, if any. */
  readonly logicalId?: string;
  /**
   * The construct path below the stack of that resource (its `aws:cdk:path`
   * metadata without the stack), or its logical id when the template has no
   * path metadata; for a finding outside `Resources`, the template path.
   */
  readonly resource: string;
  /** Where in the template, as cfn-lint gives it: `Resources/<id>/Properties/...`. */
  readonly location: string;
  readonly message: string;
}

/** The parts of cfn-lint's `--format json` output read here. */
interface RawMatch {
  readonly Filename: string;
  readonly Level: CfnLintLevel;
  readonly Message: string;
  readonly Rule: { readonly Id: string };
  readonly Location: { readonly Path?: Array<string | number> | null };
}

/** The exit codes of a run that linted: the sum of 2 (errors found), 4 (warnings) and 8 (informational); others are failures of cfn-lint. */
const LINTED_EXIT_CODES = new Set([0, 2, 4, 6, 8, 10, 12, 14]);

/** Options of `lintTemplates`. */
export interface LintOptions {
  /** @default CFN_LINT_REGIONS */
  readonly regions?: string[];
}

/**
 * Lints `templates` (name → template) with the venv's cfn-lint, all in one
 * process, and returns every match, sorted (template, resource, rule). Throws
 * when cfn-lint itself fails (a crash, output that is not its JSON).
 */
export function lintTemplates(templates: Record<string, object>, options: LintOptions = {}): CfnLintFinding[] {
  const names = Object.keys(templates);
  if (names.length === 0) {
    return [];
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cfn-lint-'));
  try {
    const files = new Map<string, string>();
    names.forEach((name, i) => {
      // An index keeps file names unique whatever the names hold.
      const file = path.join(dir, `${i}-${name.replace(/[^A-Za-z0-9._-]+/g, '_')}.template.json`);
      fs.writeFileSync(file, JSON.stringify(templates[name], undefined, 1));
      files.set(file, name);
    });
    // I-rules (informational) are off by default: asked for, so that callers see them (the harness does not fail on them).
    const run = spawnSync(cfnLintBinary(), [
      '--format', 'json', '--include-checks', 'I',
      '--regions', ...(options.regions ?? CFN_LINT_REGIONS),
      '--', ...files.keys(),
    ], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
    if (run.error || run.status === null || !LINTED_EXIT_CODES.has(run.status)) {
      throw new Error(`cfn-lint failed (exit ${run.status ?? run.signal}): ${run.error?.message ?? ''}${run.stderr}${run.stdout.slice(0, 2000)}`);
    }
    const matches: RawMatch[] = JSON.parse(run.stdout);
    return matches.map((m): CfnLintFinding => {
      const name = files.get(m.Filename) ?? files.get(path.resolve(m.Filename));
      if (name === undefined) {
        throw new Error(`cfn-lint reported on a file it was not given: ${m.Filename}`);
      }
      const where = m.Location.Path ?? [];
      const logicalId = where.length >= 2 ? String(where[1]) : undefined;
      const cdkPath = where[0] === 'Resources' && logicalId ? constructPath(templates[name], logicalId) : undefined;
      return {
        template: name,
        rule: m.Rule.Id,
        level: m.Level,
        logicalId,
        resource: cdkPath ?? (where[0] === 'Resources' && logicalId ? logicalId : where.slice(0, 2).join('/')),
        location: where.join('/'),
        message: m.Message,
      };
    }).sort((a, b) => `${a.template}\0${a.resource}\0${a.rule}\0${a.location}`.localeCompare(`${b.template}\0${b.resource}\0${b.rule}\0${b.location}`));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** A resource's construct path below its stack, from its `aws:cdk:path` metadata. */
function constructPath(template: any, logicalId: string): string | undefined {
  const cdkPath: unknown = template?.Resources?.[logicalId]?.Metadata?.['aws:cdk:path'];
  return typeof cdkPath === 'string' ? cdkPath.split('/').slice(1).join('/') : undefined;
}
