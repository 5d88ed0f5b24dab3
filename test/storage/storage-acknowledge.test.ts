import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { CfnGuardValidator } from '@cdklabs/cdk-validator-cfnguard';
import { App, Aspects, CfnResource, RemovalPolicy, Stack, Validations } from 'aws-cdk-lib';
import { Annotations, Match, Template } from 'aws-cdk-lib/assertions';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { AwsSolutionsChecks, HIPAASecurityChecks, NIST80053R5Checks, NagSuppressions } from 'cdk-nag';
import { Construct } from 'constructs';
import { ConnectInstance, IdentityManagement } from '../../src';
import { ACKNOWLEDGED_RULES_METADATA_KEY, acknowledgeRules } from '../../src/private/acknowledge';

/** The parts of aws-cdk-lib's `validation-report.json` read here. */
interface Violation {
  readonly ruleName: string;
  readonly violatingConstructs: Array<{ readonly constructPath: string }>;
}
interface PluginReport {
  readonly pluginName: string;
  readonly violations: Violation[];
  readonly suppressedViolations: Violation[];
}

/** An instance with the default storage (no administrator), in a stack of `app`. */
function defaultStorage(app: App): Stack {
  const stack = new Stack(app, 'TestStack', { env: { account: '123456789012', region: 'us-east-1' } });
  new ConnectInstance(stack, 'ContactCenter', {
    identity: IdentityManagement.connectManaged({ instanceAlias: 'acme-support' }),
    removalPolicy: RemovalPolicy.RETAIN,
  });
  return stack;
}

describe('scanners over the default storage', () => {
  test('cdk-nag (AwsSolutions, HIPAA, NIST 800-53 rev5): nothing is left, the buckets\' findings are acknowledged with reasons', () => {
    const app = new App();
    const stack = defaultStorage(app);
    for (const pack of [new AwsSolutionsChecks(), new HIPAASecurityChecks(), new NIST80053R5Checks()]) {
      Aspects.of(app).add(pack);
    }
    const annotations = Annotations.fromStack(stack);
    const findings = [...annotations.findError('*', Match.anyValue()), ...annotations.findWarning('*', Match.anyValue())]
      .map((m) => `${m.id} ${String(m.entry.data).split(':')[0]}`)
      // cdk-nag's findings only, not the construct's own warnings (the permanent identity)
      .filter((finding) => / (AwsSolutions|HIPAA\.Security|NIST\.800\.53\.R5)-/.test(finding))
      .sort();
    // Replication to another Region is the data owner's choice (and cost): acknowledged, with the reason, on both buckets.
    expect(findings).toEqual([]);
    // The acknowledged findings are listed, with their reasons, in the template.
    Template.fromStack(stack).hasResource('AWS::S3::Bucket', {
      Metadata: {
        cdk_nag: {
          rules_to_suppress: Match.arrayWith([
            { id: 'AwsSolutions-S1', reason: Match.stringLikeRegexp('server access log destination') },
            { id: 'HIPAA.Security-S3DefaultEncryptionKMS', reason: Match.stringLikeRegexp('SSE-S3') },
            { id: 'HIPAA.Security-S3BucketReplicationEnabled', reason: Match.stringLikeRegexp('server access logs') },
          ]),
        },
      },
    });
  });

  test('Control Tower proactive controls (cfn-guard plugin): the log bucket\'s own findings are acknowledged there only', () => {
    const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'storage-guard-'));
    const quiet = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      const app = new App({ outdir, context: { '@aws-cdk/core:validationReportJson': true } });
      Validations.of(app).addPlugins(new CfnGuardValidator());
      const stack = defaultStorage(app);
      // A bucket of the app's own, without logging: its finding must stay.
      new s3.Bucket(stack, 'Unlogged', { enforceSSL: true, versioned: true });
      app.synth();

      const report: { pluginReports: PluginReport[] } = JSON.parse(fs.readFileSync(path.join(outdir, 'validation-report.json'), 'utf8'));
      const guard = report.pluginReports.find((r) => r.pluginName === 'cdk-validator-cfnguard')!;
      const paths = (violations: Violation[], rule?: string) => violations
        .filter((v) => rule === undefined || v.ruleName === rule)
        .flatMap((v) => v.violatingConstructs.map((c) => c.constructPath));
      const rulesOn = (constructPath: string) => guard.violations
        .filter((v) => v.violatingConstructs.some((c) => c.constructPath === constructPath))
        .map((v) => v.ruleName)
        .sort();

      expect(paths(guard.suppressedViolations, 's3_bucket_logging_enabled_check')).toEqual(['TestStack/ContactCenter/Storage/AccessLogsBucket/Resource']);
      expect(paths(guard.suppressedViolations, 's3_bucket_default_encryption_kms_check')).toEqual(['TestStack/ContactCenter/Storage/AccessLogsBucket/Resource']);
      expect(paths(guard.violations, 's3_bucket_logging_enabled_check')).toEqual(['TestStack/Unlogged/Resource']);
      // The key (rotation, grants for AWS resources only) and the log group (retention, encryption) pass.
      expect(paths(guard.violations)).not.toContain('TestStack/ContactCenter/Storage/Key/Resource');
      expect(paths(guard.violations)).not.toContain('TestStack/ContactCenter/Storage/FlowLogGroup/Resource');
      // Nothing remains on the data bucket: Object Lock and event notifications are the data owner's choice, acknowledged there.
      expect(rulesOn('TestStack/ContactCenter/Storage/Bucket/Resource')).toEqual([]);
      expect(paths(guard.suppressedViolations, 's3_bucket_object_lock_enabled_check').sort())
        .toEqual(['TestStack/ContactCenter/Storage/AccessLogsBucket/Resource', 'TestStack/ContactCenter/Storage/Bucket/Resource']);
    } finally {
      quiet.mockRestore();
      fs.rmSync(outdir, { recursive: true, force: true });
    }
  });
});

describe('acknowledgeRules', () => {
  const RULES = [
    { id: 'AwsSolutions-S1', reason: 'a reason a reviewer accepts' },
    { id: 'cdk-validator-cfnguard::s3_bucket_logging_enabled_check', reason: 'a reason a reviewer accepts' },
  ];

  test('covers L1 resources added after the call, and keeps suppressions already there', () => {
    const stack = new Stack();
    const scope = new Construct(stack, 'Scope');
    acknowledgeRules(scope, RULES);
    acknowledgeRules(scope, [{ id: 'AwsSolutions-IAM5', reason: 'another reason for the review' }]);
    const later = new CfnResource(scope, 'Later', { type: 'AWS::SNS::Topic' });
    NagSuppressions.addResourceSuppressions(later, [{ id: 'AwsSolutions-SNS2', reason: 'set by the application itself' }]);

    Template.fromStack(stack).hasResource('AWS::SNS::Topic', {
      Metadata: {
        cdk_nag: {
          rules_to_suppress: [
            { id: 'AwsSolutions-SNS2', reason: 'set by the application itself' },
            { id: 'AwsSolutions-S1', reason: 'a reason a reviewer accepts' },
            { id: 'AwsSolutions-IAM5', reason: 'another reason for the review' },
          ],
        },
      },
    });
  });

  test('records every rule for aws-cdk-lib\'s validation plugins on the construct', () => {
    const scope = new Construct(new Stack(), 'Scope');
    acknowledgeRules(scope, RULES);
    const entries = scope.node.metadata.filter((m) => m.type === ACKNOWLEDGED_RULES_METADATA_KEY).map((m) => m.data);
    expect(entries).toEqual([
      { 'Annotation::AwsSolutions-S1': 'a reason a reviewer accepts' },
      { 'cdk-validator-cfnguard::s3_bucket_logging_enabled_check': 'a reason a reviewer accepts' },
    ]);
  });

  test('leaves plugin rules out for aws-cdk-lib versions that would apply them to the whole app', () => {
    const rtti = Symbol.for('jsii.rtti');
    const holder = Stack as unknown as Record<symbol, unknown>;
    const saved = Object.getOwnPropertyDescriptor(holder, rtti)!;
    Object.defineProperty(holder, rtti, { value: { fqn: 'aws-cdk-lib.Stack', version: '2.265.0' }, configurable: true });
    try {
      const scope = new Construct(new Stack(), 'Scope');
      acknowledgeRules(scope, RULES);
      expect(scope.node.metadata.filter((m) => m.type === ACKNOWLEDGED_RULES_METADATA_KEY).map((m) => m.data))
        .toEqual([{ 'Annotation::AwsSolutions-S1': 'a reason a reviewer accepts' }]);
    } finally {
      Object.defineProperty(holder, rtti, saved);
    }
  });
});
