import * as fs from 'fs';
import { App } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { EXAMPLE, EXAMPLE_CDK_JSON_CONTEXT, EXAMPLE_CONTEXT, EXAMPLE_STACK_NAME } from './scenarios';
import { ALIAS_CONTEXT_KEY, instanceAliasFromContext } from '../../examples/contact-center-stack';

/**
 * The example can be deployed by anyone: its alias comes from the command
 * line, and its cdk.json sets aws-cdk-lib's recommended feature flags, so the
 * cdk CLI has no "feature flags are not configured" notice for it.
 */

/** One entry of the feature-flag report aws-cdk-lib writes into the cloud assembly. */
interface FlagReport {
  readonly userValue?: unknown;
  readonly recommendedValue?: unknown;
  readonly unconfiguredBehavesLike?: { readonly v2?: unknown };
}

/**
 * The flags the cdk CLI counts in "N feature flags are not configured": not
 * set by the user, and behaving unlike the recommended value when unset
 * (aws-cdk CLI 2.1148.1, `FlagOperations.filterNeedsAttention` and
 * `displayFlagsMessage`; flags the CLI lists as obsolete left out).
 */
function flagsNeedingAttention(context: Record<string, unknown>): string[] {
  // The template is validated by the harness (scenarios.test.ts); only the flag report is read here.
  const app = new App({ context, builtinCloudFormationValidation: false });
  EXAMPLE.build(app, EXAMPLE_STACK_NAME);
  const assembly = app.synth();
  const report = Object.values<any>(assembly.manifest.artifacts ?? {}).find((a) => a.type === 'cdk:feature-flag-report');
  const flags: Record<string, FlagReport> = report.properties.flags;
  const obsolete = ['@aws-cdk/core:enableStackNameDuplicates', '@aws-cdk/aws-s3:grantWriteWithoutAcl', '@aws-cdk/aws-kms:defaultKeyPolicies'];
  return Object.entries(flags)
    .filter(([name, flag]) => !obsolete.includes(name) && flag.userValue === undefined)
    .filter(([, flag]) => (flag.unconfiguredBehavesLike?.v2 ?? false) !== flag.recommendedValue)
    .map(([name]) => name)
    .sort();
}

describe('examples/cdk.json', () => {
  test('sets the recommended feature flags of the aws-cdk-lib in use, sorted, as `cdk init` writes them', () => {
    const recommended = JSON.parse(fs.readFileSync(require.resolve('aws-cdk-lib/recommended-feature-flags.json'), 'utf8'));
    expect(EXAMPLE_CDK_JSON_CONTEXT).toEqual(recommended);
    expect(Object.keys(EXAMPLE_CDK_JSON_CONTEXT)).toEqual(Object.keys(recommended).sort());
    // No alias: each deployer gives their own.
    expect(EXAMPLE_CDK_JSON_CONTEXT).not.toHaveProperty(ALIAS_CONTEXT_KEY);
  });

  test('leaves no feature flag for the cdk CLI to report as not configured (without it: dozens)', () => {
    expect(flagsNeedingAttention(EXAMPLE_CONTEXT)).toEqual([]);
    expect(flagsNeedingAttention({ [ALIAS_CONTEXT_KEY]: 'acme-support-example' }).length).toBeGreaterThan(50);
  });

});

describe('the alias comes from the command line', () => {
  test('`-c alias=<alias>` is the instance alias', () => {
    const app = new App({ context: { [ALIAS_CONTEXT_KEY]: 'team-x-support' } });
    expect(instanceAliasFromContext(app)).toBe('team-x-support');
  });

  test.each([
    ['absent', {}],
    ['empty', { [ALIAS_CONTEXT_KEY]: '' }],
    ['blank', { [ALIAS_CONTEXT_KEY]: '  ' }],
  ])('%s: a message that says why and what to run', (_name, context) => {
    expect(() => instanceAliasFromContext(new App({ context }))).toThrow(
      /^the example needs an Amazon Connect instance alias of your own \(aliases are unique across all AWS accounts and Regions\): run it with -c alias=<alias>, for example `npx cdk deploy -c alias=acme-support-1234`/,
    );
  });

  test('an alias Amazon Connect would reject fails at synth, naming it', () => {
    const app = new App({ context: { ...EXAMPLE_CDK_JSON_CONTEXT, [ALIAS_CONTEXT_KEY]: 'd-not-allowed' } });
    expect(() => EXAMPLE.build(app, EXAMPLE_STACK_NAME)).toThrow(/d-not-allowed/);
  });
});

describe('the example answers calls', () => {
  test('its number is routed to a flow that records, sets the queue and transfers to it; the queue has hours and an agent serves it', () => {
    const app = new App({ context: EXAMPLE_CONTEXT, builtinCloudFormationValidation: false });
    const template = Template.fromStack(EXAMPLE.build(app, EXAMPLE_STACK_NAME));
    const only = (type: string) => {
      const found = Object.entries(template.findResources(type));
      expect(found).toHaveLength(1);
      return { id: found[0][0], props: found[0][1].Properties };
    };
    const hours = only('AWS::Connect::HoursOfOperation');
    const queue = only('AWS::Connect::Queue');
    const flow = only('AWS::Connect::ContactFlow');
    const profile = only('AWS::Connect::RoutingProfile');
    const number = only('AWS::Connect::PhoneNumber');
    const route = only('Custom::ConnectPhoneNumberContactFlow');
    expect(queue.props.HoursOfOperationArn).toEqual({ 'Fn::GetAtt': [hours.id, 'HoursOfOperationArn'] });
    expect(route.props.PhoneNumberArn).toEqual({ 'Fn::GetAtt': [number.id, 'PhoneNumberArn'] });
    expect(route.props.ContactFlowArn).toEqual({ 'Fn::GetAtt': [flow.id, 'ContactFlowArn'] });
    expect(flow.props.Type).toBe('CONTACT_FLOW');
    const content = JSON.stringify(flow.props.Content);
    for (const action of ['UpdateContactRecordingBehavior', 'UpdateContactTargetQueue', 'CheckHoursOfOperation', 'TransferContactToQueue']) {
      expect(content).toContain(`\\"Type\\":\\"${action}\\"`);
    }
    expect(content).toContain(`"Fn::GetAtt":["${queue.id}","QueueArn"]`);
    expect(profile.props.QueueConfigs).toEqual([{ QueueReference: { QueueArn: { 'Fn::GetAtt': [queue.id, 'QueueArn'] }, Channel: 'VOICE' }, Priority: 1, Delay: 0 }]);
    template.hasResourceProperties('AWS::Connect::User', { Username: 'jane.doe', RoutingProfileArn: { 'Fn::GetAtt': [profile.id, 'RoutingProfileArn'] } });
  });
});
