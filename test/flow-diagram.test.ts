import * as fs from 'fs';
import * as path from 'path';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import {
  ContactFlow, DisconnectParticipant, FlowContent, FlowDefinition, FlowDiagram, FlowMessage, FlowReference, HoursOfOperation, MessageParticipant,
  Prompt, Queue, TransferContactToQueue, UpdateContactTargetQueue,
} from '../src';
import { queueThenTransfer } from './helpers/flow';
import { arnOf, importedInstance } from './helpers/instance';
import { errorOf, templateOf } from './helpers/stack';

/**
 * Flows drawn as Mermaid flowcharts: from a builder definition, an imported flow and a synthesized
 * template's `Content`, which all draw the same.
 */

const FIXTURES = path.join(__dirname, 'fixtures');

function builderFlow() {
  const { stack, instance } = importedInstance();
  const hours = new HoursOfOperation(stack, 'Hours', { instance });
  const queue = new Queue(stack, 'Support', { instance, hoursOfOperation: hours });
  const definition = new FlowDefinition();
  const hello = new MessageParticipant(definition, 'Hello', { message: FlowMessage.ssml('<speak>Welcome to "Acme" #1 | support</speak>') });
  const target = new UpdateContactTargetQueue(definition, 'SetQueue', { queue });
  const transfer = new TransferContactToQueue(definition, 'Transfer');
  queueThenTransfer(hello, target, transfer, new DisconnectParticipant(definition, 'Bye'));
  return { stack, instance, content: FlowContent.fromDefinition(definition) };
}

const BUILDER_DIAGRAM = `flowchart TD
  start(("Start")) --> a0
  a0["Hello<br/>MessageParticipant<br/>SSML: #lt;speak#gt;Welcome to #quot;Acme#quot; #35;1 #124; support#lt;/sp…"]
  a0 -->|next| a1
  a0 -.->|NoMatchingError| a3
  a1["SetQueue<br/>UpdateContactTargetQueue<br/>QueueId: Support5CFB64A3"]
  a1 -->|next| a2
  a1 -.->|NoMatchingError| a3
  a2["Transfer<br/>TransferContactToQueue"]
  a2 -.->|QueueAtCapacity, NoMatchingError| a3
  a3["Bye<br/>DisconnectParticipant"]
`;

describe('a flow written with the builder', () => {
  test('one node per action with its parameters, references as their logical ids, text escaped for Mermaid', () => {
    expect(builderFlow().content.toMermaid()).toBe(BUILDER_DIAGRAM);
  });

  test('the synthesized template\'s Content (an Fn::Join with Fn::GetAtt) draws the same', () => {
    const { stack, instance, content } = builderFlow();
    new ContactFlow(stack, 'Flow', { instance, content });
    const [flow] = Object.values(templateOf(stack).findResources('AWS::Connect::ContactFlow'));
    expect(flow.Properties.Content['Fn::Join']).toBeDefined();
    expect(FlowDiagram.mermaid(flow.Properties.Content)).toBe(BUILDER_DIAGRAM);
  });
});

describe('a flow exported from another instance', () => {
  const EXPORTED = path.join(FIXTURES, 'exported-flow.json');

  test('unmapped, its references show by the names the designer recorded (parameters or older id/text records)', () => {
    expect(FlowContent.fromFile(EXPORTED).toMermaid()).toBe(`flowchart TD
  start(("Start")) --> a0
  a0["log<br/>UpdateFlowLoggingBehavior<br/>FlowLoggingBehavior: Enabled"]
  a0 -->|next| a1
  a1["greet<br/>MessageParticipant<br/>PromptId: Welcome.wav"]
  a1 -->|next| a2
  a1 -.->|NoMatchingError| a2
  a2["lookup<br/>InvokeLambdaFunction<br/>LambdaFunctionARN: customer-lookup<br/>InvocationTimeLimitSeconds: 8<br/>ResponseValidation: ResponseType=STRING_MAP"]
  a2 -->|next| a3
  a2 -.->|NoMatchingError| a3
  a3["menu<br/>GetParticipantInput<br/>Text: For sales, press 1. For support, press 2.<br/>StoreInput: False<br/>InputTimeLimitSeconds: 5"]
  a3 -->|pressed 1, next| a4
  a3 -->|pressed 2| a6
  a3 -.->|InputTimeLimitExceeded, NoMatchingCondition| a4
  a3 -.->|NoMatchingError| a7
  a4["set-sales-queue<br/>UpdateContactTargetQueue<br/>QueueId: Sales"]
  a4 -->|next| a5
  a4 -.->|NoMatchingError| a7
  a5["transfer<br/>TransferContactToQueue"]
  a5 -.->|QueueAtCapacity, NoMatchingError| a7
  a6["to-support-flow<br/>TransferToFlow<br/>ContactFlowId: Support flow"]
  a6 -.->|NoMatchingError| a7
  a7["goodbye<br/>DisconnectParticipant"]
`);
  });

  test('mapped, the stack\'s resources show by their logical ids, and what is left by its short ARN', () => {
    const { stack, instance } = importedInstance();
    const hours = new HoursOfOperation(stack, 'Hours', { instance });
    const queue = new Queue(stack, 'SalesQueue', { instance, hoursOfOperation: hours });
    const fn = new lambda.Function(stack, 'Lookup', {
      runtime: lambda.Runtime.NODEJS_22_X, handler: 'index.handler', code: lambda.Code.fromInline('exports.handler = async () => ({})'),
    });
    const text = fs.readFileSync(EXPORTED, 'utf-8').replace('"parameters": { "PromptId": { "displayName": "Welcome.wav" } },', '');
    const content = FlowContent.fromString(text, {
      references: [FlowReference.queue('Sales', queue), FlowReference.lambdaFunction('customer-lookup', fn)],
    });
    const lines = content.toMermaid().split('\n');
    expect(lines).toContain('  a1["greet<br/>MessageParticipant<br/>PromptId: prompt/b1b1b1b1-5555-6666-7777-888888…"]');
    expect(lines).toContain('  a2["lookup<br/>InvokeLambdaFunction<br/>LambdaFunctionARN: LookupC0159C21<br/>InvocationTimeLimitSeconds: 8<br/>ResponseValidation: ResponseType=STRING_MAP"]');
    expect(lines).toContain('  a4["set-sales-queue<br/>UpdateContactTargetQueue<br/>QueueId: SalesQueueFC93460D"]');
    const prompt = Prompt.fromPromptArn(stack, 'Prompt', arnOf('prompt', 'p1'));
    const source = 'arn:aws:connect:us-west-2:111122223333:instance/aaaaaaaa-1111-2222-3333-444444444444/prompt/b1b1b1b1-5555-6666-7777-888888888888';
    expect(FlowContent.fromString(text, { references: [FlowReference.prompt(source, prompt)] }).toMermaid())
      .toContain('  a1["greet<br/>MessageParticipant<br/>PromptId: prompt/p1"]');
  });
});

describe('FlowDiagram.mermaid', () => {
  const compare = {
    Version: '2019-10-30',
    StartAction: 'tier',
    Actions: [
      {
        Identifier: 'tier',
        Type: 'Compare',
        Parameters: { ComparisonValue: '$.Attributes.tier' },
        Transitions: {
          NextAction: 'standard',
          Conditions: [
            { NextAction: 'gold', Condition: { Operator: 'Equals', Operands: ['gold'] } },
            { NextAction: 'standard', Condition: { Operator: 'NumberGreaterThan', Operands: ['5'] } },
          ],
          Errors: [{ NextAction: 'nowhere', ErrorType: 'NoMatchingCondition' }],
        },
      },
      { Identifier: 'gold', Type: 'EndFlowExecution', Parameters: {}, Transitions: {} },
      { Identifier: 'standard', Type: 'EndFlowExecution', Parameters: { A: 1, B: [true, 'x'], C: 'c', D: 'd' }, Transitions: {} },
    ],
  };
  const COMPARE_DIAGRAM = `flowchart TD
  start(("Start")) --> a0
  a0["tier<br/>Compare<br/>ComparisonValue: $.Attributes.tier"]
  a0 -->|= gold| a1
  a0 -->|NumberGreaterThan 5, next| a2
  a0 -.->|NoMatchingCondition| u0
  a1["gold<br/>EndFlowExecution"]
  a2["standard<br/>EndFlowExecution<br/>A: 1<br/>B: true, x<br/>C: c<br/>+1 more"]
  u0["missing action nowhere"]
`;

  test('takes a document, its JSON, a DescribeContactFlow response; draws conditions, unknown targets and long parameter lists', () => {
    expect(FlowDiagram.mermaid(compare)).toBe(COMPARE_DIAGRAM);
    expect(FlowDiagram.mermaid(JSON.stringify(compare))).toBe(COMPARE_DIAGRAM);
    expect(FlowDiagram.mermaid({ ContactFlow: { Content: JSON.stringify(compare) } })).toBe(COMPARE_DIAGRAM);
    expect(FlowDiagram.mermaid(JSON.stringify({ ContactFlowModule: { Content: JSON.stringify(compare) } }))).toBe(COMPARE_DIAGRAM);
  });

  test('an Fn::Join shows Ref and nested intrinsics by the logical id they refer to', () => {
    const join = {
      'Fn::Join': ['', [
        '{"StartAction":"a","Actions":[{"Identifier":"a","Type":"InvokeFlowModule","Parameters":{"FlowModuleId":"',
        { 'Fn::Select': [3, { 'Fn::Split': ['/', { 'Fn::GetAtt': ['Module1234', 'ContactFlowModuleArn'] }] }] },
        '","Name":"',
        { Ref: 'NameParameter' },
        '","Other":"',
        { 'Fn::ImportValue': 'Shared' },
        '"},"Transitions":{}}]}',
      ]],
    };
    expect(FlowDiagram.mermaid(join)).toBe(`flowchart TD
  start(("Start")) --> a0
  a0["a<br/>InvokeFlowModule<br/>FlowModuleId: Module1234<br/>Name: NameParameter<br/>Other: deploy-time value"]
`);
  });

  test('content that is not a flow fails with what it got', () => {
    expect(errorOf(() => FlowDiagram.mermaid('{ "Version": '))).toMatch(/^content must be a Flow language document as JSON \(/);
    expect(errorOf(() => FlowDiagram.mermaid({ Version: '2019-10-30' })))
      .toBe('the content must be a Flow language document with Actions, got {"Version":"2019-10-30"}');
    expect(errorOf(() => FlowDiagram.mermaid({ 'Fn::Join': ['', 'x'] }))).toBe('content must be an Fn::Join of a separator and a list, got ["","x"]');
    expect(errorOf(() => FlowContent.fromString('nope').toMermaid())).toMatch(/^content must be valid JSON to be drawn \(/);
  });
});
