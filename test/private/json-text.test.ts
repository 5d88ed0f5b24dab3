import { Aws, CfnParameter, Fn, Lazy, Stack, Token } from 'aws-cdk-lib';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import { jsonText } from '../../src/private/json-text';
import { newStack } from '../helpers/stack';

/** What each writes into a template: the fast text must be exactly what Stack.toJsonString deploys. */
function both(stack: Stack, document: unknown) {
  return { fast: stack.resolve(jsonText(stack, document)), cdk: stack.resolve(stack.toJsonString(document)) };
}

function documentWith(text: unknown, extra: object = {}) {
  return { Version: '2019-10-30', StartAction: 'a', Actions: [{ Identifier: 'a', Type: 'MessageParticipant', Parameters: { Text: text, ...extra }, Transitions: {} }] };
}

describe('the JSON text of a document (a flow, a dashboard body) is what Stack.toJsonString writes', () => {
  test('without tokens: a plain string', () => {
    const stack = newStack();
    const { fast, cdk } = both(stack, documentWith('Say "hi" \\ and\nwait', { Timeout: 5, Loop: true, Nothing: null }));
    expect(fast).toEqual(cdk);
    expect(typeof fast).toBe('string');
    expect(JSON.parse(fast).Actions[0].Parameters.Text).toBe('Say "hi" \\ and\nwait');
  });

  test('with references: GetAtt, Ref, and an ARN joined with pseudo parameters', () => {
    const stack = newStack();
    const queue = new sqs.Queue(stack, 'Queue');
    const parameter = new CfnParameter(stack, 'Greeting');
    const document = documentWith(`Hello ${parameter.valueAsString}`, {
      QueueArn: queue.queueArn,
      QueueUrl: queue.queueUrl,
      Arn: stack.formatArn({ service: 'connect', resource: 'instance', resourceName: 'x' }),
      Partition: Aws.PARTITION,
    });
    const { fast, cdk } = both(stack, document);
    expect(fast).toEqual(cdk);
    expect(fast).toHaveProperty(['Fn::Join']);
  });

  test('a reference written many times, next to text and to other references', () => {
    const stack = newStack();
    const queue = new sqs.Queue(stack, 'Queue');
    const lines = Array.from({ length: 40 }, (_, i) => [`line ${i}`, queue.queueArn, queue.queueName, `${queue.queueName}-${i}`]);
    const { fast, cdk } = both(stack, documentWith('x', { Lines: lines }));
    expect(fast).toEqual(cdk);
  });

  test('a token that resolves to text JSON must escape: escaped, as Stack.toJsonString does', () => {
    const stack = newStack();
    const document = documentWith(Lazy.string({ produce: () => 'Press "1"\\2' }));
    const { fast, cdk } = both(stack, document);
    expect(fast).toEqual(cdk);
    expect(JSON.parse(fast).Actions[0].Parameters.Text).toBe('Press "1"\\2');
  });

  test('a token that resolves to clean text is written into the string', () => {
    const stack = newStack();
    const { fast, cdk } = both(stack, documentWith(Lazy.string({ produce: () => 'Press 1' })));
    expect(fast).toEqual(cdk);
    expect(JSON.parse(fast).Actions[0].Parameters.Text).toBe('Press 1');
  });

  test.each([
    ['a number token', () => documentWith('x', { Timeout: Token.asNumber(Lazy.number({ produce: () => 7 })) })],
    ['a list token', () => documentWith('x', { Options: Token.asList(Lazy.list({ produce: () => ['a', 'b'] })) })],
    ['an intrinsic other than Ref, GetAtt and Join', () => documentWith(Fn.select(0, Fn.split(',', Fn.importValue('Greetings'))))],
    ['a token as a whole object', () => documentWith(Lazy.any({ produce: () => ({ nested: 'x"y' }) }))],
    ['an undefined item in a list', () => documentWith('x', { List: ['a', undefined, 'b'] })],
  ])('%s: written by Stack.toJsonString', (_name, make) => {
    const stack = newStack();
    const { fast, cdk } = both(stack, make());
    expect(fast).toEqual(cdk);
  });
});
