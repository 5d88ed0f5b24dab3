import { CfnResource, Stack } from 'aws-cdk-lib';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as s3 from 'aws-cdk-lib/aws-s3';
import * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import { Node } from 'constructs';
import { ENV, MATRIX, Scenario, stackId } from './scenarios';
import { Batch, Finding, GUARD_PLUGIN, lines, NAG, NAG3, ScenarioResult, synthesizeAll } from './validators';
import { ConnectInstance, IdentityManagement } from '../../src';
import { ACKNOWLEDGED_RULES_METADATA_KEY, CDK_NAG_METADATA_KEY } from '../../src/private/acknowledge';

/**
 * Both forms of acknowledgement the construct writes are really honoured:
 * the same scenario is synthesized with its acknowledgements, without the
 * `cdk_nag` CloudFormation metadata (read by cdk-nag 2), and without the
 * `aws:cdk:acknowledged-rules` construct metadata (read by aws-cdk-lib's
 * policy validation for the cfn-guard plugin, and by cdk-nag 3). Each removal
 * brings back exactly the findings it acknowledged, for its own tools only.
 * And what the construct does not own, or leaves to the user, stays reported.
 */

const FULL = MATRIX.find((s) => s.name === 'connect-managed / customised storage / with admin')!;
const variant = (name: string): Scenario => ({ name, build: FULL.build });

const ACKNOWLEDGED = variant('acknowledged');
const NAG_METADATA_REMOVED = variant('nag metadata removed');
const VALIDATIONS_METADATA_REMOVED = variant('validations metadata removed');

/** The user's own resources next to the construct's, and a flow-log retention shorter than Control Tower wants. */
const USER_RESOURCES: Scenario = {
  name: 'user resources',
  build: (app, id) => {
    const stack = new Stack(app, id, { env: ENV });
    new ConnectInstance(stack, 'ContactCenter', {
      identity: IdentityManagement.connectManaged({ instanceAlias: 'acme-support' }),
      storage: { flowLogsRetention: logs.RetentionDays.THREE_MONTHS },
    });
    new s3.Bucket(stack, 'AppBucket', { encryption: s3.BucketEncryption.KMS_MANAGED, enforceSSL: true, versioned: true });
    new secretsmanager.Secret(stack, 'AppSecret');
    return stack;
  },
};

/** A shared key given by ARN: its policy cannot let CloudWatch Logs use it. */
const IMPORTED_KEY: Scenario = {
  name: 'imported key',
  build: (app, id) => {
    const stack = new Stack(app, id, { env: ENV });
    new ConnectInstance(stack, 'ContactCenter', {
      identity: IdentityManagement.connectManaged({ instanceAlias: 'acme-support' }),
      storage: { encryptionKey: kms.Key.fromKeyArn(stack, 'TeamKey', `arn:aws:kms:${ENV.region}:${ENV.account}:key/11111111-2222-3333-4444-555555555555`) },
    });
    return stack;
  },
};

let batch: Batch;
const results = new Map<Scenario, ScenarioResult>();

beforeAll(() => {
  const inStack = (scenario: Scenario, path: string) => path === stackId(scenario.name) || path.startsWith(`${stackId(scenario.name)}/`);
  // cdk-nag's form: the aspect that writes it runs at synthesis, so the spy stays on until then.
  const addCfnMetadata = CfnResource.prototype.addMetadata;
  const nagSpy = jest.spyOn(CfnResource.prototype, 'addMetadata').mockImplementation(function (this: CfnResource, key: string, value: any) {
    if (key === CDK_NAG_METADATA_KEY && inStack(NAG_METADATA_REMOVED, this.node.path)) {
      return;
    }
    addCfnMetadata.call(this, key, value);
  });
  // aws-cdk-lib's form: written when the construct acknowledges.
  const addNodeMetadata = Node.prototype.addMetadata;
  const validationsSpy = jest.spyOn(Node.prototype, 'addMetadata').mockImplementation(function (this: Node, type: string, data: any, options?: any) {
    if (type === ACKNOWLEDGED_RULES_METADATA_KEY && inStack(VALIDATIONS_METADATA_REMOVED, this.path)) {
      return;
    }
    addNodeMetadata.call(this, type, data, options);
  });
  try {
    batch = synthesizeAll([ACKNOWLEDGED, NAG_METADATA_REMOVED, VALIDATIONS_METADATA_REMOVED, USER_RESOURCES, IMPORTED_KEY]);
  } finally {
    nagSpy.mockRestore();
    validationsSpy.mockRestore();
  }
  batch.results.forEach((r) => results.set(r.scenario, r));
});

afterAll(() => batch?.cleanup());

const of = (findings: readonly Finding[], tool: string) => lines(findings.filter((f) => f.tool === tool));

/** Whether a template holds CloudFormation metadata `key` on any resource. */
const hasMetadata = (template: any, key: string) => Object.values<any>(template.Resources).some((r) => r.Metadata?.[key] !== undefined);

describe('with both forms of acknowledgement', () => {
  test('nothing is reported, and each tool lists what it acknowledged', () => {
    const r = results.get(ACKNOWLEDGED)!;
    expect(r.findings).toEqual([]);
    expect(of(r.acknowledged, NAG).length).toBeGreaterThanOrEqual(12);
    expect(of(r.acknowledged, GUARD_PLUGIN)).toHaveLength(8);
    expect(hasMetadata(r.template, CDK_NAG_METADATA_KEY)).toBe(true);
  });
});

describe('cdk-nag reads the cdk_nag metadata', () => {
  test('without it, cdk-nag reports exactly the findings the construct acknowledged, as errors and warnings', () => {
    const acknowledged = results.get(ACKNOWLEDGED)!;
    const removed = results.get(NAG_METADATA_REMOVED)!;
    expect(hasMetadata(removed.template, CDK_NAG_METADATA_KEY)).toBe(false);
    expect(of(removed.findings, NAG)).toEqual(of(acknowledged.acknowledged, NAG));
    expect(removed.nagAnnotations).toEqual(acknowledged.acknowledged.filter((f) => f.tool === NAG).map((f) => `${f.path} ${f.rule}`).sort());
    expect(of(removed.acknowledged, NAG)).toEqual([]);
  });

  test('aws-cdk-lib\'s policy validation and cdk-nag 3 do not depend on it', () => {
    const removed = results.get(NAG_METADATA_REMOVED)!;
    expect(of(removed.findings, NAG3)).toEqual([]);
    expect(of(removed.findings, GUARD_PLUGIN)).toEqual([]);
    expect(of(removed.acknowledged, GUARD_PLUGIN)).toEqual(of(results.get(ACKNOWLEDGED)!.acknowledged, GUARD_PLUGIN));
  });
});

describe('aws-cdk-lib\'s Validations (for the cfn-guard plugin) and cdk-nag 3 read the aws:cdk:acknowledged-rules metadata', () => {
  test('without it, the Control Tower rules fail exactly where the construct acknowledged them', () => {
    const acknowledged = results.get(ACKNOWLEDGED)!;
    const removed = results.get(VALIDATIONS_METADATA_REMOVED)!;
    expect(of(removed.findings, GUARD_PLUGIN)).toEqual(of(acknowledged.acknowledged, GUARD_PLUGIN));
    expect(of(removed.acknowledged, GUARD_PLUGIN)).toEqual([]);
  });

  test('without it, cdk-nag 3 reports exactly what cdk-nag 2 reports acknowledged', () => {
    const acknowledged = results.get(ACKNOWLEDGED)!;
    const removed = results.get(VALIDATIONS_METADATA_REMOVED)!;
    const asNag3 = of(acknowledged.acknowledged, NAG).map((line) => line.replace(/^cdk-nag /, `${NAG3} `));
    expect(of(removed.findings, NAG3)).toEqual(asNag3);
  });

  test('cdk-nag 2 does not depend on it', () => {
    const removed = results.get(VALIDATIONS_METADATA_REMOVED)!;
    expect(of(removed.findings, NAG)).toEqual([]);
    expect(of(removed.acknowledged, NAG)).toEqual(of(results.get(ACKNOWLEDGED)!.acknowledged, NAG));
  });

  test('an acknowledgement carries the construct\'s reason into the validation report', () => {
    const bucketLock = results.get(ACKNOWLEDGED)!.acknowledged
      .find((f) => f.tool === GUARD_PLUGIN && f.path === 'ContactCenter/Storage/AccessLogsBucket/Resource' && f.rule === 's3_bucket_object_lock_enabled_check');
    expect(bucketLock?.reason).toMatch(/^S3 cannot deliver server access logs to a bucket with Object Lock enabled/);
  });
});

describe('what the construct does not own, or leaves to the user, stays reported', () => {
  test('the same rules on the application\'s own bucket and secret, and a flow-log retention under a year', () => {
    const r = results.get(USER_RESOURCES)!;
    expect(of(r.findings, NAG)).toEqual(expect.arrayContaining([
      'cdk-nag AppBucket/Resource AwsSolutions-S1',
      'cdk-nag AppBucket/Resource HIPAA.Security-S3BucketReplicationEnabled',
      'cdk-nag AppBucket/Resource NIST.800.53.R5-S3BucketReplicationEnabled',
      'cdk-nag AppSecret/Resource AwsSolutions-SMG4',
      'cdk-nag AppSecret/Resource HIPAA.Security-SecretsManagerRotationEnabled',
    ]));
    // cdk-nag 3 reports the same: the construct's acknowledgements do not reach the application's resources.
    expect(of(r.findings, NAG3)).toEqual(of(r.findings, NAG).map((line) => line.replace(/^cdk-nag /, `${NAG3} `)));
    expect(of(r.findings, GUARD_PLUGIN)).toEqual([
      'cdk-validator-cfnguard AppBucket/Resource s3_bucket_level_public_access_prohibited_check',
      'cdk-validator-cfnguard AppBucket/Resource s3_bucket_logging_enabled_check',
      'cdk-validator-cfnguard AppBucket/Resource s3_bucket_object_lock_enabled_check',
      'cdk-validator-cfnguard AppBucket/Resource s3_event_notifications_enabled_check',
      'cdk-validator-cfnguard AppBucket/Resource s3_lifecycle_policy_check',
      'cdk-validator-cfnguard AppBucket/Resource s3_version_lifecycle_policy_check',
      'cdk-validator-cfnguard ContactCenter/Storage/FlowLogGroup/Resource cloudwatch_log_group_retention_period_check',
    ]);
    expect(r.findings.filter((f) => f.path.startsWith('ContactCenter/')).map((f) => f.rule)).toEqual(['cloudwatch_log_group_retention_period_check']);
    expect(r.acknowledged.filter((f) => f.path.startsWith('App'))).toEqual([]);
  });

  test('with a shared key given by ARN, the flow-log group keeps CloudWatch Logs\' default encryption, and that is reported', () => {
    const r = results.get(IMPORTED_KEY)!;
    expect(lines(r.findings)).toEqual([
      'cdk-nag 3 ContactCenter/Storage/FlowLogGroup/Resource HIPAA.Security-CloudWatchLogGroupEncrypted',
      'cdk-nag 3 ContactCenter/Storage/FlowLogGroup/Resource NIST.800.53.R5-CloudWatchLogGroupEncrypted',
      'cdk-nag ContactCenter/Storage/FlowLogGroup/Resource HIPAA.Security-CloudWatchLogGroupEncrypted',
      'cdk-nag ContactCenter/Storage/FlowLogGroup/Resource NIST.800.53.R5-CloudWatchLogGroupEncrypted',
      'cdk-validator-cfnguard ContactCenter/Storage/FlowLogGroup/Resource cloudwatch_log_group_encrypted_check',
    ]);
  });
});
