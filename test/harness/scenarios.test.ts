import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { CfnResource, Stack } from 'aws-cdk-lib';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { ACKNOWLEDGED, acknowledgementFor, coversRule, Placement } from './exceptions';
import { controlTowerRules, exampleTemplates, guardTemplates } from './guard-all';
import { EXAMPLE, EXAMPLE_ALIAS, EXAMPLE_CONTEXT, EXAMPLE_STACK_NAME, MATRIX, Scenario, SCENARIOS } from './scenarios';
import { Batch, BUILTIN_PLUGIN, Finding, GUARD_PLUGIN, lines, NAG, NAG3, ScenarioResult, synthesizeAll } from './validators';

/**
 * Every scenario synthesized once, in one batch, with every validator on;
 * the tests below read the results. A canary stack in the batch holds what
 * each validator must report, so that "no finding" cannot come from a
 * validator that did not run.
 */

const ROOT = path.join(__dirname, '..', '..');

const CANARY: Scenario = {
  name: 'canary',
  build: (app, id) => {
    const stack = new Stack(app, id, { env: { account: '123456789012', region: 'us-east-1' } });
    new s3.CfnBucket(stack, 'PlainBucket');
    // 2 days is not a retention CloudWatch Logs accepts.
    new CfnResource(stack, 'BadRetention', { type: 'AWS::Logs::LogGroup', properties: { RetentionInDays: 2 } });
    return stack;
  },
};

let batch: Batch;
const results = new Map<Scenario, ScenarioResult>();

beforeAll(() => {
  batch = synthesizeAll([...SCENARIOS, CANARY]);
  batch.results.forEach((r) => results.set(r.scenario, r));
});

afterAll(() => batch?.cleanup());

const of = (findings: readonly Finding[], tool: string) => lines(findings.filter((f) => f.tool === tool));

describe('the validators run and report', () => {
  test('on the canary: CloudFormation Validate, the three packs of cdk-nag 2 and of cdk-nag 3, and Control Tower each find what they must', () => {
    const canary = results.get(CANARY)!;
    expect(canary.validatedBy).toEqual([BUILTIN_PLUGIN, GUARD_PLUGIN, NAG3]);
    expect(of(canary.findings, BUILTIN_PLUGIN)).toEqual([expect.stringMatching(/^CloudFormation Validate BadRetention /)]);
    expect(of(canary.findings, NAG)).toEqual(expect.arrayContaining([
      'cdk-nag PlainBucket AwsSolutions-S1',
      'cdk-nag PlainBucket HIPAA.Security-S3BucketLoggingEnabled',
      'cdk-nag PlainBucket NIST.800.53.R5-S3BucketLoggingEnabled',
    ]));
    expect(canary.nagAnnotations).toEqual(expect.arrayContaining(['PlainBucket AwsSolutions-S1']));
    expect(of(canary.findings, NAG3)).toEqual(expect.arrayContaining([
      'cdk-nag 3 PlainBucket AwsSolutions-S1',
      'cdk-nag 3 PlainBucket HIPAA.Security-S3BucketLoggingEnabled',
      'cdk-nag 3 PlainBucket NIST.800.53.R5-S3BucketLoggingEnabled',
    ]));
    expect(of(canary.findings, GUARD_PLUGIN)).toEqual(expect.arrayContaining([
      'cdk-validator-cfnguard PlainBucket s3_bucket_logging_enabled_check',
      'cdk-validator-cfnguard PlainBucket s3_bucket_object_lock_enabled_check',
      'cdk-validator-cfnguard BadRetention cloudwatch_log_group_retention_period_check',
    ]));
    expect(canary.acknowledged).toEqual([]);
  });

  test('the Control Tower rules evaluated are those that report on the resource types of the scenarios', () => {
    expect(batch.controlTowerRules).toEqual([
      // pr-1 and pr-4: the example's alarms have actions, enabled.
      'ct-cloudwatch-pr-1', 'ct-cloudwatch-pr-2', 'ct-cloudwatch-pr-3', 'ct-cloudwatch-pr-4',
      // ct-iam-pr-2 to 4 report on the example's managed policy (its caller lookup's); the deploy-time role's policy is inline.
      'ct-iam-pr-1', 'ct-iam-pr-2', 'ct-iam-pr-3', 'ct-iam-pr-4', 'ct-iam-pr-5',
      'ct-kms-pr-1', 'ct-kms-pr-2', 'ct-kms-pr-3',
      // ct-lambda-pr-2 (Lambda permissions) reports on the next-step scenario's integration association.
      'ct-lambda-pr-2', 'ct-lambda-pr-3',
      'ct-s3-pr-1', 'ct-s3-pr-10', 'ct-s3-pr-11', 'ct-s3-pr-2', 'ct-s3-pr-3', 'ct-s3-pr-4', 'ct-s3-pr-5', 'ct-s3-pr-6', 'ct-s3-pr-8', 'ct-s3-pr-9',
    ]);
    expect(controlTowerRules()).toHaveLength(237);
  });
});

describe.each(SCENARIOS.map((s) => [s.name, s] as const))('%s', (_name, scenario) => {
  const result = () => results.get(scenario)!;

  test('aws-cdk-lib\'s built-in template validation (strict, warnings included) finds nothing', () => {
    expect(result().validatedBy).toContain(BUILTIN_PLUGIN);
    expect(of(result().findings, BUILTIN_PLUGIN)).toEqual([]);
  });

  test('cdk-nag AwsSolutions, HIPAA Security and NIST 800-53 rev 5: no unacknowledged error or warning', () => {
    // Each pack ran over this stack: it evaluated rules on its resources.
    expect(result().nagPacksRun).toEqual(['AwsSolutions', 'HIPAA.Security', 'NIST.800.53.R5']);
    expect(of(result().findings, NAG)).toEqual([]);
    expect(result().nagAnnotations).toEqual([]);
  });

  test('cdk-nag 3 (the same three packs as Validations plugins): no finding, the construct\'s acknowledgements honoured', () => {
    expect(result().validatedBy).toContain(NAG3);
    expect(of(result().findings, NAG3)).toEqual([]);
  });

  test('AWS Control Tower proactive controls: no failure but the documented exceptions', () => {
    expect(result().validatedBy).toContain(GUARD_PLUGIN);
    expect(of(result().findings, GUARD_PLUGIN)).toEqual([]);
    expect(result().findings).toEqual([]);
  });

  test('every acknowledgement is documented, sits where it may, and gives a reason', () => {
    const undocumented = result().acknowledged.filter((f) => !acknowledgementFor(f.tool, f.rule, f.path));
    expect(lines(undocumented)).toEqual([]);
    for (const f of result().acknowledged) {
      expect(f.reason?.length ?? 0).toBeGreaterThanOrEqual(60);
    }
  });
});

describe('the acknowledgements', () => {
  test('every documented one is needed by some scenario', () => {
    const all = [...results.values()].flatMap((r) => r.acknowledged);
    const unused = ACKNOWLEDGED.filter((a) => !all.some((f) => f.tool === a.tool && coversRule(a, f.rule) && a.path.test(f.path)));
    expect(unused.map((a) => `${a.tool} ${a.rule} ${a.path.source}`)).toEqual([]);
  });

  test('the internal ones are on the lookup function and its log group, the access-log bucket, or the buckets\' auto-delete handler only', () => {
    const internal = ACKNOWLEDGED.filter((a) => a.placement === Placement.INTERNAL).map((a) => a.path.source);
    for (const p of internal) {
      expect(p).toMatch(/^\^(ConnectProfileLookupCustomResourceProvider\\\/(Handler\$|LogGroup\\\/)|ContactCenter\\\/Storage\\\/AccessLogsBucket\\\/|Custom::S3AutoDeleteObjectsCustomResourceProvider\\\/)/);
    }
  });

  test('scenarios without an administrator or users deploy no lookup', () => {
    const bare = MATRIX.filter((s) => s.name.endsWith('default storage / without admin'));
    expect(bare).toHaveLength(3);
    for (const s of bare) {
      const types = Object.values<any>(results.get(s)!.template.Resources).map((r) => r.Type);
      expect(types).not.toContain('AWS::Lambda::Function');
      expect(types).not.toContain('Custom::ConnectProfileLookup');
    }
  });

  test('the ones on user-facing resources are listed for review: replication, Object Lock and event notifications of the data bucket, the key\'s grant Deny, password rotation', () => {
    const review = ACKNOWLEDGED.filter((a) => a.placement === Placement.FOR_REVIEW).map((a) => `${a.rule} ${a.path.source}`);
    expect(review).toEqual([
      'HIPAA.Security-S3BucketReplicationEnabled ^ContactCenter\\/Storage\\/Bucket\\/Resource$',
      'NIST.800.53.R5-S3BucketReplicationEnabled ^ContactCenter\\/Storage\\/Bucket\\/Resource$',
      's3_bucket_object_lock_enabled_check ^ContactCenter\\/Storage\\/Bucket\\/Resource$',
      's3_event_notifications_enabled_check ^ContactCenter\\/Storage\\/Bucket\\/Resource$',
      'kms_create_grant_aws_service_check ^ContactCenter\\/Storage\\/Key\\/Resource$',
      'AwsSolutions-SMG4 ^ContactCenter\\/[^/]+\\/Password\\/Resource$',
      'HIPAA.Security-SecretsManagerRotationEnabled ^ContactCenter\\/[^/]+\\/Password\\/Resource$',
      'NIST.800.53.R5-SecretsManagerRotationEnabled ^ContactCenter\\/[^/]+\\/Password\\/Resource$',
    ]);
  });

  test('the example\'s own are on its caller lookup only, and only in the example: a dead-letter queue, reserved concurrency, a VPC', () => {
    const own = ACKNOWLEDGED.filter((a) => a.placement === Placement.EXAMPLE);
    expect(own.map((a) => `${a.rule} ${a.path.source}`)).toEqual([
      'HIPAA.Security-LambdaDLQ ^CallerLookup\\/Resource$',
      'NIST.800.53.R5-LambdaDLQ ^CallerLookup\\/Resource$',
      'HIPAA.Security-LambdaConcurrency ^CallerLookup\\/Resource$',
      'NIST.800.53.R5-LambdaConcurrency ^CallerLookup\\/Resource$',
      'HIPAA.Security-LambdaInsideVPC ^CallerLookup\\/Resource$',
      'NIST.800.53.R5-LambdaInsideVPC ^CallerLookup\\/Resource$',
      'lambda_inside_vpc_check ^CallerLookup\\/Resource$',
    ]);
    for (const s of SCENARIOS.filter((scenario) => scenario !== EXAMPLE)) {
      expect(results.get(s)!.acknowledged.filter((f) => own.some((a) => a.path.test(f.path)))).toEqual([]);
    }
  });
});

describe('guard-all: the Control Tower rules over every synthesized template of the repository', () => {
  test('no failure outside the documented exceptions (examples/cdk.out when present, and every scenario)', () => {
    const templates = [...exampleTemplates(ROOT), ...SCENARIOS.map((s) => results.get(s)!.templatePath)];
    const failures = guardTemplates(templates);
    expect(failures.filter((f) => !f.exception).map((f) => `${f.rule} ${f.path} ${path.basename(f.template)}`)).toEqual([]);

    // Without acknowledgements, each scenario fails exactly the rules the construct acknowledges, where it does.
    for (const s of SCENARIOS) {
      const r = results.get(s)!;
      const raw = failures.filter((f) => f.template === r.templatePath).map((f) => `${f.path} ${f.rule}`).sort();
      expect(raw).toEqual(r.acknowledged.filter((f) => f.tool === GUARD_PLUGIN).map((f) => `${f.path} ${f.rule}`).sort());
    }
  });

  test('leaving out the rules for resource types a template does not have changes no result', () => {
    const templates = [results.get(MATRIX[2])!.templatePath, results.get(EXAMPLE)!.templatePath];
    const key = (f: { template: string; rule: string; logicalId: string }) => `${path.basename(f.template)} ${f.logicalId} ${f.rule}`;
    const some = guardTemplates(templates).map(key);
    expect(some.length).toBeGreaterThan(0);
    expect(guardTemplates(templates, { allRules: true }).map(key)).toEqual(some);
  });

  test('the cfn-guard binary shipped in the npm package runs here, offline', () => {
    const pkg = path.dirname(require.resolve('@cdklabs/cdk-validator-cfnguard/package.json'));
    const platform = ({ linux: 'ubuntu', darwin: 'macos' } as Record<string, string>)[os.platform()];
    const arch = ({ x64: 'x86_64', arm64: 'aarch64' } as Record<string, string>)[os.arch()];
    const binary = path.join(pkg, 'bin', platform, arch, 'cfn-guard');
    const { version } = JSON.parse(fs.readFileSync(path.join(pkg, 'guard-version.json'), 'utf8'));
    expect(execFileSync(binary, ['--version'], { encoding: 'utf8', env: { PATH: '' } }).trim()).toBe(`cfn-guard ${version}`);
  });
});

describe('the example app', () => {
  test('the harness builds examples/app.ts\'s stack with the same name, alias and context', () => {
    const app = fs.readFileSync(path.join(ROOT, 'examples', 'app.ts'), 'utf8');
    expect(app).toContain(`new ContactCenterStack(app, '${EXAMPLE_STACK_NAME}'`);
    expect(app).toContain('instanceAlias = instanceAliasFromContext(app)');
    // `npx projen example` passes the harness's alias on the command line.
    const tasks = JSON.parse(fs.readFileSync(path.join(ROOT, '.projen', 'tasks.json'), 'utf8'));
    const synth = tasks.tasks.example.steps.find((step: { exec?: string }) => step.exec?.startsWith('cdk synth'));
    expect(synth.exec).toContain(` -c alias=${EXAMPLE_ALIAS}`);
    expect(EXAMPLE_CONTEXT).toEqual({ ...JSON.parse(fs.readFileSync(path.join(ROOT, 'examples', 'cdk.json'), 'utf8')).context, alias: EXAMPLE_ALIAS });
    // With the recommended flags the construct's permanent-identity warning is in the validation report too, and nothing else.
    expect(results.get(EXAMPLE)!.annotations).toEqual(['ContactCenter Annotation::cdk-connect-instance:permanentIdentity']);
    expect(results.get(EXAMPLE)!.template.Resources).toEqual(expect.objectContaining({
      ContactCenter6F86BFBF: expect.objectContaining({ Properties: expect.objectContaining({ InstanceAlias: EXAMPLE_ALIAS }) }),
    }));
  });

  const synthesized = path.join(ROOT, 'examples', 'cdk.out', `${EXAMPLE_STACK_NAME}.template.json`);
  const fresh = exampleOutputIsFresh(synthesized);
  (fresh ? test : test.skip)(`the example stack synthesizes the template of examples/cdk.out${fresh ? '' : ' (skipped: absent, or older than src/, lib/ or examples/app.ts: run `npx projen compile && npx projen example`)'}`, () => {
    expect(comparable(results.get(EXAMPLE)!.template)).toEqual(comparable(JSON.parse(fs.readFileSync(synthesized, 'utf8'))));
  });
});

/**
 * Whether `examples/cdk.out` was synthesized from the current sources: the
 * template is newer than every source of the library and of the example, and
 * the compiled library it was built from (lib/) is newer than the sources.
 */
function exampleOutputIsFresh(template: string): boolean {
  const lib = path.join(ROOT, 'lib', 'index.js');
  if (!fs.existsSync(template) || !fs.existsSync(lib)) {
    return false;
  }
  const sources = [path.join(ROOT, 'examples', 'app.ts'), path.join(ROOT, 'examples', 'contact-center-stack.ts'), ...walk(path.join(ROOT, 'src'))];
  const newest = Math.max(...sources.map((f) => fs.statSync(f).mtimeMs));
  return fs.statSync(template).mtimeMs > newest && fs.statSync(lib).mtimeMs > newest;
}

function walk(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)]));
}

/** A template without what only the cdk CLI or the asset location adds: version reporting, path and asset metadata. */
function comparable(template: any): any {
  const copy = JSON.parse(JSON.stringify(template));
  delete copy.Resources.CDKMetadata;
  delete copy.Conditions?.CDKMetadataAvailable;
  if (copy.Conditions && Object.keys(copy.Conditions).length === 0) {
    delete copy.Conditions;
  }
  for (const resource of Object.values<any>(copy.Resources)) {
    for (const key of Object.keys(resource.Metadata ?? {})) {
      if (key.startsWith('aws:cdk:path') || key.startsWith('aws:asset:')) {
        delete resource.Metadata[key];
      }
    }
    if (resource.Metadata && Object.keys(resource.Metadata).length === 0) {
      delete resource.Metadata;
    }
  }
  return copy;
}
