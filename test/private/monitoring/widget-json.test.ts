import { App, Duration, Lazy, Stack, Token, Tokenization } from 'aws-cdk-lib';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import { jsonText } from '../../../src/private/json-text';
import { unwrappedWidgets } from '../../../src/private/monitoring/widget-json';
import { newStack } from '../../helpers/stack';

/**
 * The dashboard body is written from the widgets' JSON with aws-cdk-lib's metric-line and
 * account/Region tokens taken out: the template must be exactly what `Stack.toJsonString` writes
 * from the widgets as aws-cdk-lib renders them.
 */

function functionIn(stack: Stack): lambda.Function {
  return new lambda.Function(stack, 'Fn', {
    runtime: lambda.Runtime.NODEJS_22_X,
    handler: 'index.handler',
    code: lambda.Code.fromInline('exports.handler = async () => ({})'),
  });
}

/** The widgets' JSON as aws-cdk-lib renders it, laid out in one column. */
function widgetJson(...rows: cloudwatch.IWidget[][]): unknown[] {
  const column = new cloudwatch.Column(...rows.map((row) => new cloudwatch.Row(...row)));
  column.position(0, 0);
  return column.toJson();
}

/** The body both ways, and whether the fast one left a token outside a string. */
function bothWays(stack: Stack, widgets: unknown[]) {
  const unwrapped = unwrappedWidgets(widgets, stack);
  const spy = jest.spyOn(Stack.prototype, 'toJsonString');
  const fast = stack.resolve(jsonText(stack, { widgets: unwrapped }));
  const fellBack = spy.mock.calls.length > 0;
  spy.mockRestore();
  return { fast, fellBack, cdk: stack.resolve(stack.toJsonString({ widgets })) };
}

function connectMetric(metricName: string, dimensionsMap: Record<string, string>, options: Partial<cloudwatch.MetricProps> = {}) {
  return new cloudwatch.Metric({ namespace: 'AWS/Connect', metricName, dimensionsMap, statistic: 'Sum', period: Duration.minutes(5), ...options });
}

describe('the dashboard body: what Stack.toJsonString writes, without its cost', () => {
  test('graphs of metrics with labels, a function\'s metrics in the stack\'s Region, text, and a log query', () => {
    const stack = newStack();
    const queue = new sqs.Queue(stack, 'Queue');
    const fn = functionIn(stack);
    const widgets = widgetJson(
      [new cloudwatch.TextWidget({ markdown: `# Queue ${queue.queueName}`, width: 24, height: 2 })],
      [
        new cloudwatch.GraphWidget({ title: 'Size', left: [connectMetric('QueueSize', { QueueName: queue.queueName }, { label: 'contacts' })], region: 'us-east-1' }),
        new cloudwatch.GraphWidget({ title: 'Errors', left: [fn.metricErrors({ label: 'errors' }), fn.metricDuration({ label: 'duration' })] }),
      ],
      [new cloudwatch.LogQueryWidget({ title: 'Failed', logGroupNames: [queue.queueName], queryLines: ['fields @timestamp', 'limit 5'] })],
    );
    const { fast, fellBack, cdk } = bothWays(stack, widgets);
    expect(fellBack).toBe(false);
    expect(fast).toEqual(cdk);
    // The function's Region is the stack's: no "region" in its lines.
    expect(JSON.stringify(cdk)).toContain('{\\"label\\":\\"errors\\",\\"stat\\":\\"Sum\\"}');
  });

  test('a metric line is unwrapped only when its options can never be empty', () => {
    const stack = newStack();
    const fn = functionIn(stack);
    const withLabel = unwrappedWidgets(widgetJson([new cloudwatch.GraphWidget({ left: [fn.metricErrors({ label: 'errors' })] })]), stack);
    // No label, the default period and statistic: options of only a Region, which resolves to nothing here.
    const bare = connectMetric('QueueSize', { QueueName: 'Sales' }, { statistic: 'Average' }).attachTo(fn);
    const withoutLabel = unwrappedWidgets(widgetJson([new cloudwatch.GraphWidget({ left: [bare] })]), stack);
    const lines = (json: unknown) => ((json as any)[0].properties.metrics as unknown[]);
    expect(Array.isArray(lines(withLabel)[0])).toBe(true);
    expect(Tokenization.isResolvable(lines(withoutLabel)[0])).toBe(true);
    // Still the template aws-cdk-lib writes, through Stack.toJsonString: the empty options dropped.
    const { fast, fellBack, cdk } = bothWays(stack, widgetJson([new cloudwatch.GraphWidget({ left: [bare] })]));
    expect(fellBack).toBe(true);
    expect(fast).toEqual(cdk);
    expect(JSON.stringify(cdk)).toContain('[\\"AWS/Connect\\",\\"QueueSize\\",\\"QueueName\\",\\"Sales\\"]');
  });

  test('a metric of another Region or account keeps its Region and account on its line', () => {
    const stack = newStack();
    const elsewhere = connectMetric('ThrottledCalls', { InstanceId: 'abc' }, { label: 'throttled', region: 'eu-west-1', account: '210987654321' });
    const { fast, fellBack, cdk } = bothWays(stack, widgetJson([new cloudwatch.GraphWidget({ left: [elsewhere] })]));
    expect(fellBack).toBe(false);
    expect(fast).toEqual(cdk);
    expect(JSON.stringify(fast)).toContain('\\"region\\":\\"eu-west-1\\"');
    expect(JSON.stringify(fast)).toContain('\\"accountId\\":\\"210987654321\\"');
  });

  test('in a stack without an account or Region: the function\'s Region stays a reference to the stack\'s', () => {
    const stack = new Stack(new App(), 'Agnostic');
    const fn = functionIn(stack);
    const { fast, cdk } = bothWays(stack, widgetJson([new cloudwatch.GraphWidget({ left: [fn.metricErrors({ label: 'errors' })] })]));
    expect(fast).toEqual(cdk);
  });

  test('a widget of the app\'s own with a token outside a string: written by Stack.toJsonString', () => {
    const stack = newStack();
    class Checklist extends cloudwatch.ConcreteWidget {
      constructor(private readonly items: string[]) {
        super(6, 6);
      }
      public toJson(): any[] {
        return [{ type: 'text', width: this.width, height: this.height, x: this.x, y: this.y, properties: { markdown: 'Runbook', items: this.items } }];
      }
    }
    const { fast, fellBack, cdk } = bothWays(stack, widgetJson([new Checklist(Token.asList(Lazy.list({ produce: () => ['page', 'escalate'] })))]));
    expect(fellBack).toBe(true);
    expect(fast).toEqual(cdk);
  });
});
