/**
 * Deployable at any shape and size: the contact centers of bench/center.ts
 * (the bench's generator), built in-process, hold CloudFormation's and
 * IAM's quotas and have no dependency cycle (bench/deployability.ts, the
 * bench's checks). aws-cdk-lib's built-in template validation stays on,
 * strict, in every app here.
 */
import * as fs from 'fs';
import * as path from 'path';
import { App, Stack } from 'aws-cdk-lib';
import { buildCenter, CenterStacks, SIZES } from '../../bench/center';
import { checkTemplate, DeployabilityReport, findCycle, LIMITS } from '../../bench/deployability';
import {
  ConnectInstance, ContactFlow, FlowContent, IdentityManagement, PhoneNumberType, RoutingProfile, SecurityProfile,
} from '../../src';
import { STRICT_VALIDATION_CONTEXT } from '../harness/validators';

const ENV = { account: '123456789012', region: 'us-east-1' };

/** Synthesizes the app (built-in validation on, strict: a finding throws) and checks each stack's template as written. */
function synthAndCheck(app: App): Map<string, DeployabilityReport> {
  const assembly = app.synth();
  const reports = new Map<string, DeployabilityReport>();
  for (const stack of assembly.stacks) {
    const file = path.join(assembly.directory, stack.templateFile);
    reports.set(stack.stackName, checkTemplate(stack.template, fs.statSync(file).size, ENV));
  }
  return reports;
}

/** Every problem of every stack, as `<stack>: <problem>`: what the assertions compare with `[]`, so that a failure says what is wrong. */
function problemsOf(reports: Map<string, DeployabilityReport>): string[] {
  return [...reports].flatMap(([stack, report]) => report.problems.map((problem) => `${stack}: ${problem}`));
}

function newApp(): App {
  return new App({ context: STRICT_VALIDATION_CONTEXT });
}

describe.each(['S', 'M'] as const)('the %s center in one stack', (size) => {
  let report: DeployabilityReport;
  beforeAll(() => {
    const app = newApp();
    buildCenter(new Stack(app, 'Center', { env: ENV }), SIZES[size], `acme-scale-${size.toLowerCase()}`);
    const reports = synthAndCheck(app);
    expect(problemsOf(reports)).toEqual([]);
    report = reports.get('Center')!;
  });

  test('has no dependency cycle', () => {
    expect(report.cycle).toBeUndefined();
  });

  test('keeps every policy under its IAM quota', () => {
    expect(report.policies.filter((p) => p.chars > p.limit)).toEqual([]);
  });

  test(`holds at most ${LIMITS.resources} resources in a template under ${LIMITS.templateBytes} bytes`, () => {
    expect(report.resources).toBeLessThanOrEqual(LIMITS.resources);
    expect(report.bytes).toBeLessThan(LIMITS.templateBytes);
  });
});

describe('phone number routes', () => {
  function newCenter(): { app: App; stack: Stack; instance: ConnectInstance } {
    const app = newApp();
    const stack = new Stack(app, 'Routes', { env: ENV });
    const instance = new ConnectInstance(stack, 'ContactCenter', { identity: IdentityManagement.connectManaged({ instanceAlias: 'acme-routes' }) });
    return { app, stack, instance };
  }

  /** A flow that greets the caller and hangs up. */
  const GREETING = FlowContent.fromObject({
    Version: '2019-10-30',
    StartAction: 'greet',
    Actions: [
      { Identifier: 'greet', Type: 'MessageParticipant', Parameters: { Text: 'Hello.' }, Transitions: { NextAction: 'end', Errors: [{ NextAction: 'end', ErrorType: 'NoMatchingError' }] } },
      { Identifier: 'end', Type: 'DisconnectParticipant', Parameters: {}, Transitions: {} },
    ],
  });

  /** A flow that hands the call to an agent's own queue. */
  function agentFlow(agentArn: string) {
    return FlowContent.fromObject({
      Version: '2019-10-30',
      StartAction: 'agent',
      Actions: [
        {
          Identifier: 'agent',
          Type: 'UpdateContactTargetQueue',
          Parameters: { AgentId: agentArn },
          Transitions: { NextAction: 'transfer', Errors: [{ NextAction: 'end', ErrorType: 'NoMatchingError' }] },
        },
        {
          Identifier: 'transfer',
          Type: 'TransferContactToQueue',
          Parameters: {},
          Transitions: { NextAction: 'end', Errors: [{ NextAction: 'end', ErrorType: 'QueueAtCapacity' }, { NextAction: 'end', ErrorType: 'NoMatchingError' }] },
        },
        { Identifier: 'end', Type: 'DisconnectParticipant', Parameters: {}, Transitions: {} },
      ],
    });
  }

  test('a flow that names an agent (on profiles looked up by name), routed from a number: no cycle, policies under their quotas', () => {
    const { app, stack, instance } = newCenter();
    const agent = instance.addUser('Agent', {
      username: 'jane',
      firstName: 'Jane',
      lastName: 'Doe',
      securityProfiles: [SecurityProfile.AGENT],
      routingProfile: RoutingProfile.BASIC,
    });
    const flow = new ContactFlow(stack, 'ToJane', { instance, content: agentFlow(agent.userArn) });
    instance.addPhoneNumber('Line', { countryCode: 'US', type: PhoneNumberType.DID, contactFlow: flow });

    expect(problemsOf(synthAndCheck(app))).toEqual([]);
  });

  test('40 numbers routed to 8 flows keep every policy under its quota', () => {
    const { app, stack, instance } = newCenter();
    const flows = Array.from({ length: 8 }, (_, i) => new ContactFlow(stack, `Flow${i}`, { instance, content: GREETING }));
    for (let i = 0; i < 40; i++) {
      instance.addPhoneNumber(`Line${i}`, { countryCode: 'US', type: PhoneNumberType.DID, contactFlow: flows[i % flows.length] });
    }

    const reports = synthAndCheck(app);
    expect(problemsOf(reports)).toEqual([]);
    expect([...reports.values()].flatMap((r) => r.policies).filter((p) => p.chars > p.limit)).toEqual([]);
  });
});

describe('the M center split: the instance in one stack, agents, flows and numbers in stacks of their own', () => {
  let stacks: CenterStacks;
  let reports: Map<string, DeployabilityReport>;
  beforeAll(() => {
    const app = newApp();
    const stack = (id: string) => new Stack(app, id, { env: ENV });
    stacks = { instance: stack('CenterInstance'), agents: stack('CenterAgents'), flows: stack('CenterFlows'), numbers: stack('CenterNumbers') };
    buildCenter(stacks, SIZES.M, 'acme-scale-split');
    reports = synthAndCheck(app);
  });

  test('every stack deploys: no cycle within it, policies under their quotas, at most 500 resources, under 1 MB', () => {
    expect([...reports.keys()].sort()).toEqual(['CenterAgents', 'CenterFlows', 'CenterInstance', 'CenterNumbers']);
    expect(problemsOf(reports)).toEqual([]);
  });

  test('the stacks depend on one another in one order: instance, agents, flows, numbers', () => {
    const graph = new Map(Object.values(stacks).map((s: Stack) => [s.stackName, s.dependencies.map((d) => d.stackName)]));
    expect(findCycle(graph)).toBeUndefined();
    expect(Object.fromEntries([...graph].map(([s, deps]) => [s, deps.sort()]))).toEqual({
      CenterInstance: [],
      CenterAgents: ['CenterInstance'],
      CenterFlows: ['CenterAgents', 'CenterInstance'],
      CenterNumbers: ['CenterFlows', 'CenterInstance'],
    });
  });

  test('each part imports the instance instead of holding a copy', () => {
    for (const part of [stacks.agents, stacks.flows, stacks.numbers]) {
      expect(part.node.findAll().filter((c) => ConnectInstance.isConnectInstance(c))).toEqual([]);
    }
  });
});
