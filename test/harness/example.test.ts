import * as fs from 'fs';
import { App } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { lintTemplates } from './cfn-lint';
import { cfnLintFailures } from './cfn-lint-acknowledgements';
import { EXAMPLE, EXAMPLE_CDK_JSON_CONTEXT, EXAMPLE_CONTEXT, EXAMPLE_STACK_NAME } from './scenarios';
import { findResourceCycle } from '../../bench/deployability';
import { ALIAS_CONTEXT_KEY, instanceAliasFromContext } from '../../examples/contact-center-stack';
import { whenEquals } from '../helpers/flow';

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

/** The example's template, synthesized as `npx projen example` does, construct paths included (the harness validates it). */
function exampleTemplate(): Template {
  const app = new App({ context: { ...EXAMPLE_CONTEXT, 'aws:cdk:enable-path-metadata': true }, builtinCloudFormationValidation: false });
  return Template.fromStack(EXAMPLE.build(app, EXAMPLE_STACK_NAME));
}

/** A flow's `Content` (an `Fn::Join` around its references) as its document, each reference written `<logical id>`. */
function flowDocument(content: any): { StartAction: string; Actions: any[] } {
  const text = typeof content === 'string' ? content : content['Fn::Join'][1]
    .map((part: any) => (typeof part === 'string' ? part : `<${part.Ref ?? part['Fn::GetAtt'][0]}>`)).join('');
  return JSON.parse(text);
}

describe('the example answers calls', () => {
  const template = exampleTemplate();
  const all = (type: string) => Object.entries(template.findResources(type)).map(([id, r]) => ({ id, props: r.Properties, dependsOn: r.DependsOn }));
  const only = (type: string) => {
    const found = all(type);
    expect(found).toHaveLength(1);
    return found[0];
  };
  const queueNamed = (name: string) => all('AWS::Connect::Queue').find((q) => q.props.Name === name)!;
  const flow = only('AWS::Connect::ContactFlow');
  const document = flowDocument(flow.props.Content);
  const action = (identifier: string) => document.Actions.find((a) => a.Identifier === identifier);

  test('its number rings the main menu, an inbound flow', () => {
    const number = only('AWS::Connect::PhoneNumber');
    const route = only('Custom::ConnectPhoneNumberContactFlow');
    expect(route.props.PhoneNumberArn).toEqual({ 'Fn::GetAtt': [number.id, 'PhoneNumberArn'] });
    expect(route.props.ContactFlowArn).toEqual({ 'Fn::GetAtt': [flow.id, 'ContactFlowArn'] });
    expect(flow.props.Type).toBe('CONTACT_FLOW');
    expect(document.StartAction).toBe('enable-flow-logs');
  });

  test('the flow logs, records the agent and the customer, looks the caller up, and greets them by name', () => {
    expect(action('enable-flow-logs').Parameters).toEqual({ FlowLoggingBehavior: 'Enabled' });
    expect(action('record-agent-and-customer')).toMatchObject({
      Type: 'UpdateContactRecordingBehavior',
      Parameters: { RecordingBehavior: { RecordedParticipants: ['Agent', 'Customer'] } },
    });
    const fn = all('AWS::Lambda::Function').find((f) => f.props.Code.ZipFile !== undefined)!;
    expect(action('look-up-caller')).toMatchObject({
      Type: 'InvokeLambdaFunction',
      Parameters: { LambdaFunctionARN: `<${fn.id}>`, LambdaInvocationAttributes: { phoneNumber: '$.CustomerEndpoint.Address' } },
      Transitions: { NextAction: 'check-caller', Errors: [{ ErrorType: 'NoMatchingError', NextAction: 'greet-caller' }] },
    });
    expect(action('greet-by-name').Parameters.Text).toMatch(/^Hello \$\.External\.firstName, /);
    expect(action('check-caller').Transitions.Conditions).toEqual([whenEquals('vip', 'put-vip-first'), whenEquals('customer', 'greet-by-name')]);
  });

  test('the function is associated with the instance, Amazon Connect may invoke it, and it runs a supported Node.js with its own log group', () => {
    const fn = all('AWS::Lambda::Function').find((f) => f.props.Code.ZipFile !== undefined)!;
    const instance = only('AWS::Connect::Instance');
    const association = only('AWS::Connect::IntegrationAssociation');
    expect(association.props).toEqual({
      InstanceId: { 'Fn::GetAtt': [instance.id, 'Arn'] },
      IntegrationArn: { 'Fn::GetAtt': [fn.id, 'Arn'] },
      IntegrationType: 'LAMBDA_FUNCTION',
    });
    // Amazon Connect checks a published flow's function when the flow is created.
    expect([flow.dependsOn].flat()).toContain(association.id);
    template.hasResourceProperties('AWS::Lambda::Permission', {
      FunctionName: { 'Fn::GetAtt': [fn.id, 'Arn'] },
      Principal: 'connect.amazonaws.com',
      SourceArn: { 'Fn::GetAtt': [instance.id, 'Arn'] },
      SourceAccount: { Ref: 'AWS::AccountId' },
    });
    expect(fn.props.Runtime).toMatch(/^nodejs2[24]\.x$/);
    const logGroup = fn.props.LoggingConfig.LogGroup.Ref;
    template.hasResourceProperties('AWS::Logs::LogGroup', { LogGroupName: '/aws/lambda/acme-support-example-caller-lookup', RetentionInDays: 365 });
    // The instance's storage key (the example's other key encrypts the alarm topic).
    const storageKey = all('AWS::KMS::Key').find((k) => k.id.startsWith('ContactCenterStorageKey'))!;
    expect(template.toJSON().Resources[logGroup].Properties.KmsKeyId).toEqual({ 'Fn::GetAtt': [storageKey.id, 'Arn'] });
  });

  test('a menu: 1 for sales, 2 for support, asked again once, then support', () => {
    const sales = queueNamed('Sales');
    const support = queueNamed('Support');
    expect(action('main-menu')).toMatchObject({
      Type: 'GetParticipantInput',
      Parameters: { Text: 'For sales, press 1. For support, press 2.', InputTimeLimitSeconds: '5', StoreInput: 'False' },
      Transitions: {
        NextAction: 'ask-again-once',
        Conditions: [whenEquals('1', 'set-sales-queue'), whenEquals('2', 'set-support-queue')],
      },
    });
    expect(action('ask-again-once')).toMatchObject({ Type: 'Loop', Parameters: { LoopCount: '1' } });
    expect(action('ask-again-once').Transitions.Conditions.map((c: any) => [c.Condition.Operands[0], c.NextAction]))
      .toEqual([['ContinueLooping', 'say-not-understood'], ['DoneLooping', 'set-support-queue']]);
    expect(action('set-sales-queue').Parameters).toEqual({ QueueId: `<${sales.id}>` });
    expect(action('set-support-queue').Parameters).toEqual({ QueueId: `<${support.id}>` });
  });

  test('each line\'s queue takes the call in its hours; closed or full, the caller may ask for a callback from the callback queue', () => {
    const hoursOf = (queue: { props: any }) => template.toJSON().Resources[queue.props.HoursOfOperationArn['Fn::GetAtt'][0]].Properties;
    const opening = (queue: { props: any }) => hoursOf(queue).Config.map((c: any) => `${c.Day} ${c.StartTime.Hours}-${c.EndTime.Hours}`);
    const weekdays = (from: number, to: number) => ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY'].map((day) => `${day} ${from}-${to}`);
    expect(opening(queueNamed('Support'))).toEqual(weekdays(8, 18));
    expect(opening(queueNamed('Sales'))).toEqual(weekdays(9, 17));
    expect(action('check-queue-hours').Transitions.Conditions.map((c: any) => c.NextAction)).toEqual(['transfer-to-queue', 'offer-callback']);
    expect(action('transfer-to-queue')).toMatchObject({
      Type: 'TransferContactToQueue',
      Transitions: { Errors: [{ ErrorType: 'QueueAtCapacity', NextAction: 'offer-callback' }, { ErrorType: 'NoMatchingError', NextAction: 'say-error' }] },
    });
    const callbacks = queueNamed('Callbacks');
    const number = only('AWS::Connect::PhoneNumber');
    expect(callbacks.props.OutboundCallerConfig).toEqual({ OutboundCallerIdNumberArn: { 'Fn::GetAtt': [number.id, 'PhoneNumberArn'] } });
    expect(action('offer-callback').Transitions.Conditions[0]).toEqual(whenEquals('1', 'set-callback-number'));
    expect(action('set-callback-number').Parameters).toEqual({ CallbackNumber: '$.CustomerEndpoint.Address' });
    expect(action('create-callback')).toMatchObject({
      Type: 'CreateCallbackContact',
      Parameters: { QueueId: `<${callbacks.id}>`, InitialCallDelaySeconds: '30', MaximumConnectionAttempts: '2', RetryDelaySeconds: '600' },
    });
  });

  test('an agent whose routing profile serves the three queues on VOICE at one priority', () => {
    const profile = only('AWS::Connect::RoutingProfile');
    expect(profile.props.QueueConfigs).toEqual(['Support', 'Sales', 'Callbacks'].map((name) => ({
      QueueReference: { QueueArn: { 'Fn::GetAtt': [queueNamed(name).id, 'QueueArn'] }, Channel: 'VOICE' }, Priority: 1, Delay: 0,
    })));
    expect(profile.props.DefaultOutboundQueueArn).toEqual({ 'Fn::GetAtt': [queueNamed('Callbacks').id, 'QueueArn'] });
    template.hasResourceProperties('AWS::Connect::User', { Username: 'jane.doe', RoutingProfileArn: { 'Fn::GetAtt': [profile.id, 'RoutingProfileArn'] } });
  });

  test('one deploy-time function: every custom resource runs on it; the other function is the caller lookup', () => {
    const functions = all('AWS::Lambda::Function');
    expect(functions).toHaveLength(2);
    const tokens = Object.values<any>(template.toJSON().Resources).filter((r) => r.Type.startsWith('Custom::')).map((r) => r.Properties.ServiceToken);
    expect(new Set(tokens.map((t) => JSON.stringify(t))).size).toBe(1);
    expect(functions.filter((f) => JSON.stringify(tokens[0]).includes(`"${f.id}"`)).map((f) => f.props.Description))
      .toEqual(['Resolves the ARNs of Amazon Connect security and routing profiles by name']);
  });
});

describe('the issue\'s check', () => {
  test('a flow with GetParticipantInput, InvokeLambdaFunction, UpdateContactRecordingBehavior and TransferContactToQueue, an integration association for the function, no cycle, cfn-lint clean', () => {
    const template = exampleTemplate().toJSON();
    const resources = Object.entries<any>(template.Resources);
    const flows = resources.filter(([, r]) => r.Type === 'AWS::Connect::ContactFlow')
      .map(([, r]) => new Set(flowDocument(r.Properties.Content).Actions.map((a) => a.Type)));
    expect(flows.some((types) => ['GetParticipantInput', 'InvokeLambdaFunction', 'UpdateContactRecordingBehavior', 'TransferContactToQueue']
      .every((type) => types.has(type)))).toBe(true);
    const functions = resources.filter(([, r]) => r.Type === 'AWS::Lambda::Function' && r.Properties.Code.ZipFile !== undefined).map(([id]) => id);
    const associated = resources.filter(([, r]) => r.Type === 'AWS::Connect::IntegrationAssociation').map(([, r]) => r.Properties.IntegrationArn);
    expect(associated).toEqual(functions.map((id) => ({ 'Fn::GetAtt': [id, 'Arn'] })));
    expect(findResourceCycle(template)).toBeUndefined();
    expect(cfnLintFailures(lintTemplates({ example: template }))).toEqual([]);
  });
});
