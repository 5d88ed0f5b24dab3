import * as fs from 'fs';
import * as path from 'path';
import { App } from 'aws-cdk-lib';
import { INTEG_APPS, INTEG_CONTEXT, SNAPSHOT_ALIAS } from './apps';
import { cdkJson, failedAssertions } from './deploy';

/**
 * The integration tests, offline: each app synthesizes (with the example's
 * feature flags and a fixed alias) to the committed snapshot of its test
 * stack and assertion stack, and the runner of `npx projen integ:deploy`
 * reads assertion results and builds its cdk.json as it must. Deploying
 * needs AWS: `INTEG_ALIAS=<alias> npx projen integ:deploy`.
 */

const ROOT = path.join(__dirname, '..', '..');

/** A template without what changes at every synth: the `salt` (a timestamp) of each assertion call. Asset hashes: the snapshot serializer. */
function comparable(template: any): any {
  const copy = JSON.parse(JSON.stringify(template));
  for (const resource of Object.values<any>(copy.Resources ?? {})) {
    if (resource.Properties?.salt !== undefined) {
      resource.Properties.salt = '[SALT]';
    }
  }
  return copy;
}

describe.each(INTEG_APPS.map((a) => [a.name, a] as const))('%s', (_name, integ) => {
  let templates: Record<string, any>;

  beforeAll(() => {
    const app = new App({ context: { ...INTEG_CONTEXT, 'alias': SNAPSHOT_ALIAS, '@aws-cdk/core:validateAgainstDefaultRules': true } });
    integ.build(app);
    const assembly = app.synth();
    templates = Object.fromEntries(assembly.stacks.map((s) => [s.stackName, s.template]));
  });

  test('synthesizes the committed snapshot (test stack and assertion stack)', () => {
    expect(Object.keys(templates).sort()).toMatchSnapshot('stacks');
    for (const [name, template] of Object.entries(templates)) {
      expect(comparable(template)).toMatchSnapshot(name);
    }
  });

  test('asserts with AWS API calls that wait until they hold, so a failed assertion fails `cdk deploy`', () => {
    const calls = Object.values(templates).flatMap((t) => Object.values<any>(t.Resources))
      .filter((r) => String(r.Type).startsWith('Custom::DeployAssert@SdkCall'));
    expect(calls.map((c) => c.Properties.api).sort()).toEqual([
      'describeAlarmsForMetric', 'describeInstance', 'describePhoneNumber', 'describeSecurityProfile', 'describeUser', 'getDashboard',
      'listInstanceStorageConfigs', 'listInstanceStorageConfigs', 'listInstanceStorageConfigs', 'listLambdaFunctions',
    ]);
    for (const call of calls) {
      expect(call.Properties.expected).toBeDefined();
      expect(call.Properties.stateMachineArn).toBeDefined();
    }
  });

  test('destroys everything it deployed, the lookup function\'s log group included', () => {
    const retained = Object.values(templates).flatMap((t) => Object.entries<any>(t.Resources))
      .filter(([, r]) => r.DeletionPolicy === 'Retain' || r.DeletionPolicy === 'RetainExceptOnCreate' || r.UpdateReplacePolicy === 'Retain')
      .map(([id, r]) => `${r.Type} ${id}`);
    expect(retained).toEqual([]);
  });
});

describe('the runner of npx projen integ:deploy', () => {
  test('takes every assertion output that is not a success as a failure', () => {
    expect(failedAssertions({
      Test: { InstanceArn: 'arn:aws:connect:us-east-1:123456789012:instance/abc' },
      Assertions: {
        AssertionResultsAwsApiCallConnectdescribeInstanceA: '{"status":"success"}',
        AssertionResultsAwsApiCallConnectdescribeUserB: '{"status":"fail","message":"Expected ACTIVE"}',
        AssertionResultsAwsApiCallConnectdescribePhoneNumberC: 'not json',
      },
    })).toEqual([
      'Assertions.AssertionResultsAwsApiCallConnectdescribeUserB: {"status":"fail","message":"Expected ACTIVE"}',
      'Assertions.AssertionResultsAwsApiCallConnectdescribePhoneNumberC: not json',
    ]);
    expect(failedAssertions({ Assertions: { AssertionResultsX: '{"status":"success"}' } })).toEqual([]);
  });

  test('takes a deployment without assertion outputs as a failure', () => {
    expect(failedAssertions({ Test: { InstanceArn: 'arn' } })).toEqual(['no assertion results in the deployment outputs']);
  });

  test('runs each app with the cdk CLI, the example\'s feature flags and the given alias', () => {
    const json = cdkJson('integ.contact-center.ts', 'acme-integ-1') as any;
    expect(json.app).toMatch(/ts-node.+--transpile-only -P \S+tsconfig\.dev\.json \S+test\/integ\/integ\.contact-center\.ts$/);
    expect(json.context).toEqual({ ...INTEG_CONTEXT, alias: 'acme-integ-1' });
  });

  test('is the projen task integ:deploy, which builds the library first and is not part of the tests', () => {
    const tasks = JSON.parse(fs.readFileSync(path.join(ROOT, '.projen', 'tasks.json'), 'utf8')).tasks;
    const steps = tasks['integ:deploy'].steps;
    expect(steps).toEqual(expect.arrayContaining([{ spawn: 'pre-compile' }, { spawn: 'compile' }, expect.objectContaining({ exec: expect.stringMatching(/test\/integ\/deploy\.ts$/) })]));
    expect(JSON.stringify(tasks.test)).not.toContain('integ:deploy');
  });
});
