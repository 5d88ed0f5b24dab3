import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App, Aspects, CfnParameter, CfnResource, Fn, Stack, Validations } from 'aws-cdk-lib';
import { CfnPolicy } from 'aws-cdk-lib/aws-iam';
import { AwsSolutionsChecks, INagLogger, NagLoggerNonComplianceData, NagLoggerSuppressedData } from 'cdk-nag';
import { flattenCfnReference as flattenV2 } from 'cdk-nag/lib/utils/flatten-cfn-reference';
import * as nag3 from 'cdk-nag-v3';
import { flattenCfnReference as flattenV3 } from 'cdk-nag-v3/lib/utils/flatten-cfn-reference';
import { Construct } from 'constructs';
import { ConnectInstance, IdentityManagement } from '../src';
import { ACKNOWLEDGED_RULES_METADATA_KEY, acknowledgeRules, flattenCfnValue } from '../src/private/acknowledge';
import { ProfileLookup } from '../src/private/profile-lookup/profile-lookup';

/**
 * Acknowledgements of findings (cdk-nag's granular rules, such as
 * AwsSolutions-IAM5 with one finding per wildcard) are honoured by cdk-nag 2
 * (aspects, `cdk_nag` metadata with `applies_to`) and cdk-nag 3 (a
 * `Validations` plugin that matches `<rule>[<finding>]` exactly), cover only
 * the findings they name, and use ids aws-cdk-lib's validation framework
 * accepts.
 */

const ENV = { account: '123456789012', region: 'us-east-1' };

/** What cdk-nag 2 and cdk-nag 3 report on an app, as `<path> <rule>[<finding>]`. */
interface NagRun {
  readonly v2: string[];
  readonly v2Suppressed: string[];
  readonly v3: string[];
  /** The templates, by stack name. */
  readonly templates: Record<string, any>;
}

/** Runs AwsSolutions of cdk-nag 2 (aspect) and of cdk-nag 3 (plugin) over the stacks `build` adds to a new app. */
function runNag(build: (app: App) => void): NagRun {
  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'ack-'));
  const app = new App({ outdir, context: { '@aws-cdk/core:failSynthOnValidationErrors': false } });
  const v2: string[] = [];
  const v2Suppressed: string[] = [];
  const rule = (d: NagLoggerNonComplianceData) => `${d.resource.node.path} ${d.ruleId}${d.findingId ? `[${d.findingId}]` : ''}`;
  const logger: INagLogger = {
    onCompliance: () => undefined,
    onNotApplicable: () => undefined,
    onError: (d) => v2.push(`${d.resource.node.path} ${d.ruleId} (rule error)`),
    onSuppressedError: () => undefined,
    onNonCompliance: (d) => v2.push(rule(d)),
    onSuppressed: (d: NagLoggerSuppressedData) => v2Suppressed.push(rule(d)),
  };
  Aspects.of(app).add(new AwsSolutionsChecks({ reports: false, logIgnores: false, additionalLoggers: [logger] }));
  Validations.of(app).addPlugins(new nag3.AwsSolutionsChecks(app));
  build(app);
  const quiet = jest.spyOn(console, 'error').mockImplementation(() => undefined);
  const warn = jest.spyOn(process.stderr, 'write').mockImplementation(() => true);
  try {
    const assembly = app.synth();
    const report = JSON.parse(fs.readFileSync(path.join(outdir, 'validation-report.json'), 'utf8'));
    const v3 = (report.pluginReports as any[])
      .filter((r) => r.pluginName === 'AwsSolutions')
      .flatMap((r) => r.violations.flatMap((v: any) => v.violatingConstructs.map((c: any) => `${c.constructPath} ${v.ruleName}`)));
    return {
      v2: v2.sort(),
      v2Suppressed: v2Suppressed.sort(),
      v3: v3.sort(),
      templates: Object.fromEntries(assembly.stacks.map((s) => [s.stackName, s.template])),
    };
  } finally {
    quiet.mockRestore();
    warn.mockRestore();
    fs.rmSync(outdir, { recursive: true, force: true });
  }
}

/** A policy allowing `Get*` on `resources`, in a scope of its own. */
function policyWith(stack: Stack, id: string, resources: unknown[]): { scope: Construct; policy: CfnPolicy } {
  const scope = new Construct(stack, id);
  const policy = new CfnPolicy(scope, 'Resource', {
    policyName: 'p',
    roles: ['r'],
    policyDocument: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'connect:ListQueues', Resource: resources }] },
  });
  return { scope, policy };
}

describe('findings with tokens', () => {
  const reason = 'the wildcard is the children of one instance, which List calls need';
  let run: NagRun;
  let stack: Stack;

  beforeAll(() => {
    run = runNag((app) => {
      stack = new Stack(app, 'S', { env: ENV });
      const instance = new CfnResource(stack, 'Instance', { type: 'AWS::Connect::Instance' });
      const arn = instance.getAtt('Arn').toString();
      const { scope } = policyWith(stack, 'Lookup', [`${arn}/queue/*`, `${arn}/agent/*`]);
      // Only the queue wildcard is acknowledged: the agent one must stay reported.
      acknowledgeRules(scope, [{ id: 'AwsSolutions-IAM5', reason, findings: [`Resource::${arn}/queue/*`] }]);
    });
  });

  test('cdk-nag 2 and cdk-nag 3 report exactly the wildcard that was not acknowledged', () => {
    expect(run.v2).toEqual(['S/Lookup/Resource AwsSolutions-IAM5[Resource::<Instance.Arn>/agent/*]']);
    expect(run.v3).toEqual(['S/Lookup/Resource AwsSolutions-IAM5[Resource::<Instance.Arn>/agent/*]']);
    expect(run.v2Suppressed).toEqual(['S/Lookup/Resource AwsSolutions-IAM5[Resource::<Instance.Arn>/queue/*]']);
  });

  test('cdk-nag 2 gets the finding as applies_to, resolved and flattened', () => {
    const policy = Object.values<any>(run.templates.S.Resources).find((r) => r.Type === 'AWS::IAM::Policy');
    expect(policy.Metadata).toEqual({
      cdk_nag: { rules_to_suppress: [{ id: 'AwsSolutions-IAM5', reason, applies_to: ['Resource::<Instance.Arn>/queue/*'] }] },
    });
  });

  test('aws-cdk-lib\'s metadata gets one id per finding, written at synthesis on the acknowledging construct', () => {
    const scope = stack.node.findChild('Lookup');
    expect(scope.node.metadata.filter((m) => m.type === ACKNOWLEDGED_RULES_METADATA_KEY).map((m) => m.data))
      .toEqual([{ 'Annotation::AwsSolutions-IAM5[Resource::<Instance.Arn>/queue/*]': reason }]);
  });
});

test('without findings, cdk-nag 2 takes a rule for every finding, cdk-nag 3 for none of them', () => {
  const run = runNag((app) => {
    const stack = new Stack(app, 'S', { env: ENV });
    const { scope } = policyWith(stack, 'Lookup', ['arn:aws:connect:us-east-1:123456789012:instance/abc/queue/*']);
    acknowledgeRules(scope, [{ id: 'AwsSolutions-IAM5', reason: 'a bare rule id, as before cdk-nag 3' }]);
  });
  expect(run.v2).toEqual([]);
  expect(run.v3).toEqual(['S/Lookup/Resource AwsSolutions-IAM5[Resource::arn:aws:connect:us-east-1:123456789012:instance/abc/queue/*]']);
});

describe('the profile lookup of instances given in every form', () => {
  test.each([
    ['an instance created here', (stack: Stack) => new CfnResource(stack, 'Instance', { type: 'AWS::Connect::Instance' }).getAtt('Arn').toString()],
    ['a literal ARN', () => 'arn:aws:connect:us-east-1:123456789012:instance/11111111-2222-3333-4444-555555555555'],
    ['another stack\'s export', () => Fn.importValue('ContactCenterArn')],
    ['a parameter', (stack: Stack) => new CfnParameter(stack, 'InstanceArn').valueAsString],
    ['formatArn with an imported id', (stack: Stack) => stack.formatArn({ service: 'connect', resource: 'instance', resourceName: Fn.importValue('InstanceId') })],
  ])('%s: cdk-nag 2 and 3 report nothing on the lookup, and nothing needs acknowledging on its role', (_name, instanceArn) => {
    const run = runNag((app) => {
      const stack = new Stack(app, 'S', { env: ENV });
      const instance = Object.assign(new Construct(stack, 'ContactCenter'), { instanceArn: instanceArn(stack) });
      const lookup = ProfileLookup.of(instance);
      lookup.securityProfileArn('Agent');
      lookup.routingProfileArn('Basic Routing Profile');
    });
    // The function and role are CustomResourceProvider's generic CfnResources, which cdk-nag's Lambda and IAM rules do not inspect.
    expect(run.v2.filter((f) => f.includes('ConnectProfileLookup'))).toEqual([]);
    expect(run.v3.filter((f) => f.includes('ConnectProfileLookup'))).toEqual([]);
    expect(run.v2Suppressed).toEqual([]);
    const role = Object.values<any>(run.templates.S.Resources).find((r) => r.Type === 'AWS::IAM::Role');
    expect(role.Metadata?.cdk_nag).toBeUndefined();
  });
});

test('every id is written with aws-cdk-lib\'s Validations.acknowledge, which files it under its annotations (a `::` inside the finding is not a prefix)', () => {
  const app = new App();
  const stack = new Stack(app, 'S', { env: ENV });
  const cc = new ConnectInstance(stack, 'ContactCenter', {
    identity: IdentityManagement.connectManaged({ instanceAlias: 'acme-support' }),
    admin: { username: 'admin', firstName: 'Ada', lastName: 'Admin', email: 'ada@example.com' },
  });
  // A finding id with a token, as an acknowledgement of a wildcard below an instance writes it.
  const { scope } = policyWith(stack, 'Lookup', [`${cc.instanceArn}/security-profile/*`]);
  acknowledgeRules(scope, [{ id: 'AwsSolutions-IAM5', reason: 'the profiles of one instance', findings: [`Resource::${cc.instanceArn}/security-profile/*`] }]);
  app.synth();
  const ids = [stack, ...stack.node.findAll()].flatMap((c) => c.node.metadata
    .filter((m) => m.type === ACKNOWLEDGED_RULES_METADATA_KEY)
    .flatMap((m) => Object.keys(m.data)));
  expect(ids).toEqual(expect.arrayContaining([expect.stringMatching(/^Annotation::AwsSolutions-IAM5\[Resource::<ContactCenter[0-9A-F]{8}\.Arn>\/security-profile\/\*\]$/)]));
  // Only plugin rules keep their own prefix.
  expect(ids.filter((i) => !i.startsWith('Annotation::') && !i.startsWith('cdk-validator-cfnguard::'))).toEqual([]);
});

test('without Validations.acknowledge (aws-cdk-lib before it), the same entries are written as metadata by key', () => {
  const proto = Validations.prototype as unknown as Record<string, unknown>;
  const saved = Object.getOwnPropertyDescriptor(proto, 'acknowledge')!;
  delete proto.acknowledge;
  try {
    const scope = new Construct(new Stack(), 'Scope');
    acknowledgeRules(scope, [{ id: 'AwsSolutions-S1', reason: 'a reason a reviewer accepts' }]);
    expect(scope.node.metadata.filter((m) => m.type === ACKNOWLEDGED_RULES_METADATA_KEY).map((m) => m.data))
      .toEqual([{ 'AwsSolutions-S1': 'a reason a reviewer accepts' }]);
  } finally {
    Object.defineProperty(proto, 'acknowledge', saved);
  }
});

test('the flattening of a finding is cdk-nag\'s (2 and 3), for every kind of value', () => {
  const values: unknown[] = [
    'arn:aws:s3:::bucket/*',
    'arn:${AWS::Partition}:s3:::b/*',
    { 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':connect:', { 'Fn::GetAtt': ['Instance', 'Arn'] }, '/*']] },
    { 'Fn::Join': [':', [{ 'Fn::Join': ['', ['a', 'b']] }, 'c']] },
    { 'Fn::Sub': 'arn:${AWS::Partition}:connect:*' },
    { 'Fn::Sub': ['${Arn}/*', { Arn: { 'Fn::GetAtt': ['I', 'Arn'] } }] },
    { 'Fn::ImportValue': 'ContactCenterArn' },
    { 'Fn::ImportValue': { 'Fn::Sub': '${AWS::StackName}-Arn' } },
    { 'Fn::Select': [0, { 'Fn::Split': ['/', { Ref: 'Arn' }] }] },
    { Ref: 'InstanceArn' },
    undefined,
    42,
  ];
  for (const value of values) {
    expect(flattenCfnValue(value)).toBe(flattenV3(value));
    expect(flattenCfnValue(value)).toBe(flattenV2(value));
  }
});
