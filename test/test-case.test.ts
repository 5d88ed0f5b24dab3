import { ContactFlow, TestCase, TestCaseEntryPoint, TestCaseOptions, TestCaseStatus } from '../src';
import { arnOf, importedInstance, INSTANCE_ARN } from './helpers/instance';
import { errorOf, templateOf } from './helpers/stack';

/**
 * Test cases: content, entry points into flows, as a raw resource of its type (aws-cdk-lib
 * 2.220.0 has no L1 for it), and the importer.
 */

const CONTENT = JSON.stringify({ Version: '2019-10-30', Steps: [] });

function build(options: Partial<TestCaseOptions>) {
  const { stack, instance } = importedInstance();
  new TestCase(stack, 'Test', { instance, content: CONTENT, ...options });
  return stack;
}

describe('what is deployed', () => {
  test('a voice call into a flow, with initial attributes', () => {
    const { stack, instance } = importedInstance();
    const flow = ContactFlow.fromContactFlowArn(stack, 'Inbound', arnOf('contact-flow', 'inbound'));
    const test = instance.addTestCase('Greeting', {
      testCaseName: 'Greets the caller',
      description: 'The welcome prompt plays',
      content: CONTENT,
      initializationData: '{"language":"en"}',
      entryPoint: TestCaseEntryPoint.voiceCall(flow),
    });
    const template = templateOf(stack);
    template.hasResourceProperties('AWS::Connect::TestCase', {
      InstanceArn: INSTANCE_ARN,
      Name: 'Greets the caller',
      Description: 'The welcome prompt plays',
      Content: CONTENT,
      InitializationData: '{"language":"en"}',
      Status: 'PUBLISHED',
      EntryPoint: {
        Type: 'VOICE_CALL',
        VoiceCallEntryPointParameters: { FlowId: 'inbound' },
      },
    });
    expect(stack.resolve(test.testCaseArn)).toEqual({ 'Fn::GetAtt': [expect.stringMatching(/^ContactCenterGreeting/), 'TestCaseArn'] });
    expect(template.toJSON()).toMatchSnapshot();
  });

  test('a chat into a flow, saved', () => {
    const { stack, instance } = importedInstance();
    new TestCase(stack, 'Test', {
      instance, content: CONTENT, status: TestCaseStatus.SAVED, entryPoint: TestCaseEntryPoint.chat(ContactFlow.fromContactFlowArn(stack, 'Chat', arnOf('contact-flow', 'chat'))),
    });
    templateOf(stack).hasResourceProperties('AWS::Connect::TestCase', { Status: 'SAVED', EntryPoint: { Type: 'CHAT', ChatEntryPointParameters: { FlowId: 'chat' } } });
  });
});

describe('checks', () => {
  test('content that is not JSON, blank names, a flow of another instance', () => {
    const { stack } = importedInstance();
    const other = ContactFlow.fromContactFlowArn(stack, 'Other', 'arn:aws:connect:us-east-1:123456789012:instance/99999999-2222-3333-4444-555555555555/contact-flow/f');
    const message = errorOf(() => build({
      content: 'steps: []',
      testCaseName: '   ',
      entryPoint: TestCaseEntryPoint.voiceCall(other),
    }));
    expect(message).toContain('  - content must be JSON (');
    expect(message).toContain('  - testCaseName must not be blank, got "   "');
    expect(message).toContain(`  - entryPoint.contactFlow must be a flow of the instance ${INSTANCE_ARN}`);
  });

  test('lengths, a chat without a flow, a plain object as entry point (untyped JavaScript)', () => {
    expect(errorOf(() => build({ content: 'x'.repeat(256_001) }))).toContain('  - content must be 1 to 256000 characters long (length 256001)');
    expect(errorOf(() => build({ entryPoint: TestCaseEntryPoint.chat(undefined as any) }))).toContain('  - entryPoint.contactFlow is required, got undefined');
    expect(errorOf(() => build({ entryPoint: { type: 'CHAT' } as any })))
      .toContain('  - entryPoint must be a TestCaseEntryPoint, such as TestCaseEntryPoint.chat(), got {"type":"CHAT"}');
  });
});

describe('importing', () => {
  test('by ARN', () => {
    const { stack } = importedInstance();
    const test = TestCase.fromTestCaseArn(stack, 'Imported', arnOf('test-case', 't-1'));
    expect([test.testCaseArn, test.testCaseId]).toEqual([arnOf('test-case', 't-1'), 't-1']);
    expect(errorOf(() => TestCase.fromTestCaseArn(stack, 'Bad', arnOf('rule', 'r')))).toMatch(/^testCaseArn must be the ARN of an Amazon Connect test case/);
  });
});
