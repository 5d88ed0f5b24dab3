import * as fs from 'fs';
import * as path from 'path';
import { Lazy } from 'aws-cdk-lib';
import { Match } from 'aws-cdk-lib/assertions';
import * as fc from 'fast-check';
import {
  ConnectInstance, ContactFlow, ContactFlowModule, ContactFlowModuleOptions, ContactFlowOptions, ContactFlowType, FlowContent, HoursOfOperation,
  IdentityManagement,
} from '../src';
import { arnOf, importedInstance, INSTANCE_ARN } from './helpers/instance';
import { errorOf, newStack, templateOf } from './helpers/stack';

/**
 * Flows and flow modules: content from a file, a string or an object,
 * checked at synth against the structure of the Amazon Connect Flow
 * language; types, names and the importers.
 */

const FIXTURE = path.join(__dirname, 'fixtures', 'greeting-flow.json');
const GREETING = JSON.parse(fs.readFileSync(FIXTURE, 'utf-8'));

/** A flow of one message and a disconnect, with the actions given. */
function flow(actions: unknown[], extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { Version: '2019-10-30', StartAction: 'start', Actions: actions, ...extra };
}
const DISCONNECT = { Identifier: 'end', Type: 'DisconnectParticipant', Parameters: {}, Transitions: {} };
function say(id: string, next: string): Record<string, unknown> {
  return { Identifier: id, Type: 'MessageParticipant', Parameters: { Text: 'Hello' }, Transitions: { NextAction: next } };
}

function build(options: ContactFlowOptions) {
  const { stack, instance } = importedInstance();
  const contactFlow = new ContactFlow(stack, 'Flow', { instance, ...options });
  return { stack, contactFlow };
}

function problems(options: ContactFlowOptions): string {
  return errorOf(() => build(options));
}

function problemsOf(content: unknown): string {
  return problems({ content: FlowContent.fromObject(content as Record<string, unknown>) });
}

describe('what is deployed', () => {
  test('content from a file, as written, an inbound flow with a generated name', () => {
    const { stack } = build({ content: FlowContent.fromFile(FIXTURE) });
    templateOf(stack).hasResourceProperties('AWS::Connect::ContactFlow', {
      InstanceArn: INSTANCE_ARN,
      Name: Match.stringLikeRegexp('^TestStackFlow[0-9A-F]{8}$'),
      Type: 'CONTACT_FLOW',
      Content: fs.readFileSync(FIXTURE, 'utf-8'),
      Description: Match.absent(),
    });
  });

  test('content from an object, with a type, a name and a description', () => {
    const { stack } = build({
      content: FlowContent.fromObject(GREETING),
      type: ContactFlowType.CUSTOMER_QUEUE,
      contactFlowName: 'Queue music',
      description: 'Played while waiting',
    });
    templateOf(stack).hasResourceProperties('AWS::Connect::ContactFlow', {
      Type: 'CUSTOMER_QUEUE',
      Name: 'Queue music',
      Description: 'Played while waiting',
      Content: JSON.stringify(GREETING),
    });
  });

  test('content from a string', () => {
    const text = JSON.stringify(flow([say('start', 'end'), DISCONNECT]));
    const { stack } = build({ content: FlowContent.fromString(text) });
    templateOf(stack).hasResourceProperties('AWS::Connect::ContactFlow', { Content: text });
  });

  test('an object holding a token (the ARN of hours this stack creates) is joined at deploy time', () => {
    const { stack, instance } = importedInstance();
    const hours = new HoursOfOperation(stack, 'Hours', { instance });
    const content = flow([
      {
        Identifier: 'start',
        Type: 'CheckHoursOfOperation',
        Parameters: { Hours: hours.hoursOfOperationArn },
        Transitions: { NextAction: 'end' },
      },
      DISCONNECT,
    ]);
    new ContactFlow(stack, 'Flow', { instance, content: FlowContent.fromObject(content) });
    const resource = Object.values(templateOf(stack).findResources('AWS::Connect::ContactFlow'))[0];
    expect(resource.Properties.Content['Fn::Join'][1]).toContainEqual({ 'Fn::GetAtt': [expect.stringMatching(/^Hours/), 'HoursOfOperationArn'] });
  });

  test('exposes the type, the ARN and the id', () => {
    const { stack, contactFlow } = build({ content: FlowContent.fromFile(FIXTURE), type: ContactFlowType.OUTBOUND_WHISPER });
    expect(contactFlow.type).toBe(ContactFlowType.OUTBOUND_WHISPER);
    expect(stack.resolve(contactFlow.contactFlowArn)).toEqual({ 'Fn::GetAtt': [expect.stringMatching(/^Flow/), 'ContactFlowArn'] });
    expect(stack.resolve(contactFlow.contactFlowId)).toEqual({ 'Fn::Select': [3, { 'Fn::Split': ['/', stack.resolve(contactFlow.contactFlowArn)] }] });
  });

  test('deploys a campaign flow (the CAMPAIGN type)', () => {
    const { stack } = build({ content: FlowContent.fromObject(flow([DISCONNECT], { StartAction: 'end' })), type: ContactFlowType.CAMPAIGN });
    templateOf(stack).hasResourceProperties('AWS::Connect::ContactFlow', { Type: 'CAMPAIGN' });
  });

  test('offers exactly the types of the registry schema', () => {
    expect(Object.values(ContactFlowType).sort()).toEqual([
      'AGENT_HOLD', 'AGENT_TRANSFER', 'AGENT_WHISPER', 'CONTACT_FLOW', 'CUSTOMER_HOLD', 'CUSTOMER_QUEUE', 'CUSTOMER_WHISPER',
      'OUTBOUND_WHISPER', 'QUEUE_TRANSFER', 'CAMPAIGN',
    ].sort());
  });

  test('snapshot: a greeting flow from a file', () => {
    const { stack } = build({ content: FlowContent.fromFile(FIXTURE), contactFlowName: 'Greeting' });
    expect(templateOf(stack).toJSON()).toMatchSnapshot();
  });
});

describe('content checks', () => {
  test('invalid JSON fails, naming the file', () => {
    const bad = path.join(__dirname, 'fixtures', 'not-json.txt');
    fs.writeFileSync(bad, '{ "Version": "2019-10-30", ');
    try {
      const message = problems({ content: FlowContent.fromFile(bad) });
      expect(message).toMatch(new RegExp(`  - content \\(file ${bad.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}\\) must be valid JSON \\(.+\\), got "\\{ \\\\"Version`));
    } finally {
      fs.unlinkSync(bad);
    }
  });

  test('a file that cannot be read fails when the content is made', () => {
    expect(errorOf(() => FlowContent.fromFile('no/such/flow.json')))
      .toMatch(/^path must be a readable flow content file, got "no\/such\/flow.json": ENOENT/);
  });

  test('invalid JSON in a string fails', () => {
    expect(problems({ content: FlowContent.fromString('not json') })).toContain('  - content must be valid JSON (');
  });

  test.each([
    ['a list', [], '  - content must be a JSON object with Version, StartAction and Actions, got []'],
    ['a missing Version', { StartAction: 'end', Actions: [DISCONNECT] }, '  - content.Version must be "2019-10-30", the only version of the Flow language, got undefined'],
    ['another Version', flow([DISCONNECT], { StartAction: 'end', Version: '2020-01-01' }), '  - content.Version must be "2019-10-30", the only version of the Flow language, got "2020-01-01"'],
    ['missing Actions', { Version: '2019-10-30', StartAction: 'x' }, '  - content.Actions must be a list of actions, got undefined'],
    ['a missing StartAction', flow([DISCONNECT], { StartAction: undefined }), '  - content.StartAction must be the Identifier of the first action, got undefined'],
    ['a StartAction of no action', flow([DISCONNECT]), '  - content.StartAction must be the Identifier of an action in content.Actions, got "start"'],
  ])('%s fails', (_, content, expected) => {
    expect(problemsOf(content)).toContain(expected);
  });

  test('a NextAction to no action fails, naming the action and the target', () => {
    expect(problemsOf(flow([say('start', 'queue'), DISCONNECT]))).toBe(
      "ContactFlow at 'TestStack/Flow' has 1 invalid prop:\n"
      + '  - content.Actions[0] (action "start"): Transitions.NextAction "queue" is not the Identifier of any action in content.Actions');
  });

  test('conditions and errors to no action fail, each named', () => {
    const start = {
      Identifier: 'start',
      Type: 'GetParticipantInput',
      Parameters: { Text: 'Press 1' },
      Transitions: {
        NextAction: 'end',
        Conditions: [{ NextAction: 'end', Condition: { Operator: 'Equals', Operands: ['1'] } }, { NextAction: 'sales', Condition: { Operator: 'Equals', Operands: ['2'] } }],
        Errors: [{ NextAction: 'retry', ErrorType: 'InputTimeLimitExceeded' }, { ErrorType: 'NoMatchingError' }],
      },
    };
    const message = problemsOf(flow([start, DISCONNECT]));
    expect(message).toContain('3 invalid props');
    expect(message).toContain('  - content.Actions[0] (action "start"): Transitions.Conditions[1].NextAction "sales" is not the Identifier of any action in content.Actions');
    expect(message).toContain('  - content.Actions[0] (action "start"): Transitions.Errors[0].NextAction "retry" is not the Identifier of any action in content.Actions');
    expect(message).toContain('  - content.Actions[0] (action "start"): Transitions.Errors[1] must have a NextAction, got {"ErrorType":"NoMatchingError"}');
  });

  test('transitions of the wrong shape fail', () => {
    const message = problemsOf(flow([
      { ...say('start', 'end'), Transitions: { NextAction: 7, Conditions: {} } },
      { ...DISCONNECT, Transitions: 'end' },
    ]));
    expect(message).toContain('  - content.Actions[0] (action "start"): Transitions.NextAction must be the Identifier of an action, got 7');
    expect(message).toContain('  - content.Actions[0] (action "start"): Transitions.Conditions must be a list, got {}');
    expect(message).toContain('  - content.Actions[1] (action "end"): Transitions must be an object, got "end"');
  });

  test('identifiers: unique, at most 50 characters, no forbidden character or reserved name', () => {
    const message = problemsOf(flow([
      say('start', 'end'),
      say('start', 'end'),
      say('x'.repeat(51), 'end'),
      say('a:b', 'end'),
      say('constructor', 'end'),
      { Type: 'MessageParticipant' },
      DISCONNECT,
    ]));
    expect(message).toContain('  - content.Actions[1].Identifier must be unique among the actions of the flow, got "start"');
    expect(message).toContain(`  - content.Actions[2].Identifier must be at most 50 characters (length 51), got "${'x'.repeat(51)}"`);
    expect(message).toContain('  - content.Actions[3].Identifier must not contain any of % : ( \\ / ) = $ , ; [ ] { }, got "a:b"');
    expect(message).toContain('  - content.Actions[4].Identifier must not be a reserved name (such as constructor or toString), got "constructor"');
    expect(message).toContain('  - content.Actions[5].Identifier must be a non-empty string, got undefined');
  });

  test('an action without a Type, or not an object, fails', () => {
    const message = problemsOf(flow([{ Identifier: 'start', Transitions: { NextAction: 'end' } }, 'end', DISCONNECT]));
    expect(message).toContain('  - content.Actions[0].Type must name the action\'s type, such as "MessageParticipant" (action "start"), got undefined');
    expect(message).toContain('  - content.Actions[1] must be an action object with Identifier, Type and Transitions, got "end"');
  });

  test('at most 250 actions', () => {
    const actions = Array.from({ length: 250 }, (_, i) => say(i === 0 ? 'start' : `a${i}`, 'end'));
    expect(problemsOf(flow([...actions, DISCONNECT]))).toContain('  - content.Actions must have at most 250 actions, got "251 actions"');
  });

  test('at most 256,000 characters', () => {
    const long = flow([{ ...say('start', 'end'), Parameters: { Text: 'x'.repeat(256_000) } }, DISCONNECT]);
    expect(problems({ content: FlowContent.fromString(JSON.stringify(long)) })).toMatch(/ {2}- content must be at most 256000 characters, got "256\d{3} characters"/);
  });

  test('identifiers and targets known only at deploy time are not judged', () => {
    const later = Lazy.string({ produce: () => 'end' });
    const { stack } = build({ content: FlowContent.fromObject(flow([say('start', later), DISCONNECT])) });
    templateOf(stack).resourceCountIs('AWS::Connect::ContactFlow', 1);
  });

  test('every problem of the flow is reported at once, with the other props', () => {
    const message = problems({
      content: FlowContent.fromObject(flow([say('start', 'nowhere')], { Version: '1' })),
      contactFlowName: '',
      description: 'x'.repeat(501),
      type: 'INBOUND' as ContactFlowType,
    });
    expect(message).toContain('5 invalid props');
    expect(message).toContain('  - contactFlowName must be 1 to 127 characters long (length 0), got ""');
    expect(message).toContain('  - description must be 0 to 500 characters long (length 501)');
    expect(message).toContain('  - type must be one of CONTACT_FLOW, CUSTOMER_QUEUE, CUSTOMER_HOLD, CUSTOMER_WHISPER, AGENT_HOLD, AGENT_WHISPER, OUTBOUND_WHISPER, AGENT_TRANSFER, QUEUE_TRANSFER, CAMPAIGN, got "INBOUND"');
  });

  test('content that is not FlowContent fails (untyped JavaScript)', () => {
    expect(problems({ content: GREETING } as any))
      .toContain('  - content must be a FlowContent read from a file, a string or an object, got {');
    expect(problems({} as any)).toContain('  - content is required, got undefined');
  });
});

describe('flow modules', () => {
  function buildModule(options: ContactFlowModuleOptions) {
    const { stack, instance } = importedInstance();
    const module = new ContactFlowModule(stack, 'Module', { instance, ...options });
    return { stack, module };
  }

  test('deploys checked content with a name and a description', () => {
    const { stack, module } = buildModule({
      content: FlowContent.fromObject(flow([say('start', 'end'), DISCONNECT])),
      contactFlowModuleName: 'Greeting',
      description: 'Says hello',
    });
    templateOf(stack).hasResourceProperties('AWS::Connect::ContactFlowModule', {
      InstanceArn: INSTANCE_ARN, Name: 'Greeting', Description: 'Says hello', Content: JSON.stringify(flow([say('start', 'end'), DISCONNECT])),
    });
    expect(stack.resolve(module.contactFlowModuleArn)).toEqual({ 'Fn::GetAtt': [expect.stringMatching(/^Module/), 'ContactFlowModuleArn'] });
  });

  test('checks content as a flow does', () => {
    expect(errorOf(() => buildModule({ content: FlowContent.fromObject(flow([say('start', 'gone')])) })))
      .toBe("ContactFlowModule at 'TestStack/Module' has 1 invalid prop:\n"
        + '  - content.Actions[0] (action "start"): Transitions.NextAction "gone" is not the Identifier of any action in content.Actions');
  });

  test('a name or description of white space only fails', () => {
    const message = errorOf(() => buildModule({ content: FlowContent.fromFile(FIXTURE), contactFlowModuleName: '  ', description: ' ' }));
    expect(message).toContain('  - contactFlowModuleName must contain a character other than white space, got "  "');
    expect(message).toContain('  - description must contain a character other than white space, got " "');
  });

  test('writes settings as a JSON string and the external invocation configuration', () => {
    // The settings' shape is the flow designer's (inputs, outputs, branches): the construct writes it as given.
    const settings = { InputParameters: [{ Name: 'phone', Type: 'String' }], Account: Lazy.string({ produce: () => '123456789012' }) };
    const { stack } = buildModule({ content: FlowContent.fromFile(FIXTURE), settings, externalInvocation: true });
    templateOf(stack).hasResourceProperties('AWS::Connect::ContactFlowModule', {
      Settings: JSON.stringify({ InputParameters: [{ Name: 'phone', Type: 'String' }], Account: '123456789012' }),
      ExternalInvocationConfiguration: { Enabled: true },
    });
  });

  test('leaves settings and external invocation out when not given, and writes external invocation off', () => {
    const { stack } = buildModule({ content: FlowContent.fromFile(FIXTURE) });
    templateOf(stack).hasResourceProperties('AWS::Connect::ContactFlowModule', { Settings: Match.absent(), ExternalInvocationConfiguration: Match.absent() });
    const off = buildModule({ content: FlowContent.fromFile(FIXTURE), externalInvocation: false });
    templateOf(off.stack).hasResourceProperties('AWS::Connect::ContactFlowModule', { ExternalInvocationConfiguration: { Enabled: false } });
  });

  test('settings that are not a JSON object, or too long, and a non-boolean external invocation fail together', () => {
    const list = errorOf(() => buildModule({ content: FlowContent.fromFile(FIXTURE), settings: [1] as any, externalInvocation: 'yes' as any }));
    expect(list).toContain('  - settings must be a JSON object, got [1]');
    expect(list).toContain('  - externalInvocation must be true or false, got "yes"');
    const long = errorOf(() => buildModule({ content: FlowContent.fromFile(FIXTURE), settings: { text: 'x'.repeat(256_000) } }));
    expect(long).toContain('  - settings must be at most 256000 characters as JSON (length 256011), got "{\\"text\\":\\"xxx');
  });

  test('snapshot: a module with settings, invocable from outside flows', () => {
    const { stack } = buildModule({
      content: FlowContent.fromFile(FIXTURE), contactFlowModuleName: 'Lookup', settings: { InputParameters: [] }, externalInvocation: true,
    });
    expect(templateOf(stack).toJSON()).toMatchSnapshot();
  });

  test('snapshot: a module', () => {
    const { stack } = buildModule({ content: FlowContent.fromFile(FIXTURE), contactFlowModuleName: 'Greeting' });
    expect(templateOf(stack).toJSON()).toMatchSnapshot();
  });
});

describe('importing', () => {
  test('a flow by ARN', () => {
    const { stack } = importedInstance();
    const arn = arnOf('contact-flow', 'f-1');
    const imported = ContactFlow.fromContactFlowArn(stack, 'Imported', arn);
    expect([imported.contactFlowArn, imported.contactFlowId]).toEqual([arn, 'f-1']);
  });

  test('a flow module by ARN', () => {
    const { stack } = importedInstance();
    const arn = arnOf('flow-module', 'm-1');
    const imported = ContactFlowModule.fromContactFlowModuleArn(stack, 'Imported', arn);
    expect([imported.contactFlowModuleArn, imported.contactFlowModuleId]).toEqual([arn, 'm-1']);
  });

  test('a flow ARN that is not one fails', () => {
    const { stack } = importedInstance();
    expect(errorOf(() => ContactFlow.fromContactFlowArn(stack, 'Imported', arnOf('flow-module', 'm-1'))))
      .toContain(`contactFlowArn must be the ARN of an Amazon Connect flow (arn:<partition>:connect:<region>:<account>:instance/<instance id>/contact-flow/<id>), got "${arnOf('flow-module', 'm-1')}"`);
    expect(errorOf(() => ContactFlowModule.fromContactFlowModuleArn(stack, 'Imported2', 'm-1')))
      .toContain('contactFlowModuleArn must be the ARN of an Amazon Connect flow module');
  });
});

describe('property: every transition target is judged', () => {
  const ids = ['start', 'a', 'b', 'c', 'end'];
  const target = fc.constantFrom(...ids, 'missing', 'gone');
  const action = (id: string) => fc.record({
    next: fc.option(target, { nil: undefined }),
    conditions: fc.array(target, { maxLength: 2 }),
    errors: fc.array(target, { maxLength: 2 }),
  }).map((t) => ({
    Identifier: id,
    Type: 'MessageParticipant',
    Parameters: {},
    Transitions: {
      ...(t.next === undefined ? {} : { NextAction: t.next }),
      Conditions: t.conditions.map((NextAction) => ({ NextAction, Condition: { Operator: 'Equals', Operands: ['1'] } })),
      Errors: t.errors.map((NextAction) => ({ NextAction, ErrorType: 'NoMatchingError' })),
    },
  }));

  test('accepted exactly when every target is an action, and each bad target is named with its action', () => {
    fc.assert(fc.property(fc.tuple(...ids.map(action)), (actions) => {
      const missing: string[] = [];
      for (const a of actions) {
        const t = a.Transitions as any;
        const targets = [t.NextAction, ...t.Conditions.map((c: any) => c.NextAction), ...t.Errors.map((e: any) => e.NextAction)];
        for (const next of targets.filter((n) => n !== undefined && !ids.includes(n))) {
          missing.push(`(action "${a.Identifier}"): `);
          missing.push(`"${next}" is not the Identifier of any action`);
        }
      }
      let error = '';
      try {
        build({ content: FlowContent.fromObject(flow(actions)) });
      } catch (e) {
        error = (e as Error).message;
      }
      expect(error === '').toBe(missing.length === 0);
      for (const part of missing) {
        expect(error).toContain(part);
      }
    }), { seed: 20251125, numRuns: 100 });
  });
});

/** The smallest flow, for the metrics tests. */
const METRIC_FLOW = {
  Version: '2019-10-30',
  StartAction: 'end',
  Actions: [{ Identifier: 'end', Type: 'DisconnectParticipant', Parameters: {}, Transitions: {} }],
};

describe('metrics', () => {
  test('a created flow: InstanceId, MetricGroup ContactFlow and ContactFlowName, Sum', () => {
    const { stack, instance } = importedInstance();
    const metered = instance.addContactFlow('Inbound', { content: FlowContent.fromObject(METRIC_FLOW), contactFlowName: 'Inbound' });
    const dimensions = { InstanceId: '11111111-2222-3333-4444-555555555555', MetricGroup: 'ContactFlow', ContactFlowName: 'Inbound' };
    expect([metered.metricContactFlowErrors(), metered.metricContactFlowFatalErrors()].map((m) => ({
      namespace: m.namespace, metricName: m.metricName, statistic: m.statistic, period: m.period.toMinutes(), dimensions: stack.resolve(m.dimensions),
    }))).toEqual([
      { namespace: 'AWS/Connect', metricName: 'ContactFlowErrors', statistic: 'Sum', period: 5, dimensions },
      { namespace: 'AWS/Connect', metricName: 'ContactFlowFatalErrors', statistic: 'Sum', period: 5, dimensions },
    ]);
    expect(metered.metric('CallBackNotDialableNumber', { dimensionsMap: { Extra: 'x' } }).dimensions).toEqual({ ...dimensions, Extra: 'x' });
  });

  test('a created flow on a created instance: the instance id is the instance\'s', () => {
    const stack = newStack();
    const cc = new ConnectInstance(stack, 'ContactCenter', { identity: IdentityManagement.connectManaged({ instanceAlias: 'acme' }) });
    const metered = cc.addContactFlow('Inbound', { content: FlowContent.fromObject(METRIC_FLOW) });
    expect(stack.resolve(metered.metricContactFlowErrors().dimensions!.InstanceId)).toEqual(stack.resolve(cc.instanceId));
    expect(metered.metricContactFlowErrors().dimensions!.ContactFlowName).toBe((metered as ContactFlow).contactFlowName);
  });

  test('an imported flow with its name', () => {
    const { stack } = importedInstance();
    const metered = ContactFlow.fromContactFlowAttributes(stack, 'Default', {
      contactFlowArn: 'arn:aws:connect:us-east-1:123456789012:instance/abcd/contact-flow/f-1', contactFlowName: 'Default agent transfer',
    });
    expect(metered.metricContactFlowFatalErrors().dimensions).toEqual({ InstanceId: 'abcd', MetricGroup: 'ContactFlow', ContactFlowName: 'Default agent transfer' });
    expect(metered.contactFlowId).toBe('f-1');
  });

  test('an imported flow without its name has no metrics, and says how to import it', () => {
    const { stack } = importedInstance();
    const metered = ContactFlow.fromContactFlowArn(stack, 'Default', 'arn:aws:connect:us-east-1:123456789012:instance/abcd/contact-flow/f-1');
    expect(() => metered.metricContactFlowErrors()).toThrow(
      "contactFlowName is required for the metric ContactFlowErrors of 'TestStack/Default', imported without it: Amazon Connect publishes ContactFlow metrics by name; "
      + 'import it with ContactFlow.fromContactFlowAttributes(scope, id, { contactFlowArn, contactFlowName })');
  });
});
