import { App, Duration, Stack } from 'aws-cdk-lib';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { line, placed, WidgetJson } from '../../../src/private/monitoring/layout';
import { newStack } from '../../helpers/stack';

/**
 * The dashboard's own widgets are written as JSON (docs/performance.md): each metric line and each
 * position must be what aws-cdk-lib's GraphWidget, Row and Column write for the same input.
 */

function functionIn(stack: Stack): lambda.Function {
  return new lambda.Function(stack, 'Fn', {
    runtime: lambda.Runtime.NODEJS_22_X,
    handler: 'index.handler',
    code: lambda.Code.fromInline('exports.handler = async () => ({})'),
  });
}

/** The line aws-cdk-lib's graph writes for `metric`, resolved in `stack`. */
function cdkLine(stack: Stack, metric: cloudwatch.IMetric): unknown {
  const [widget] = new cloudwatch.GraphWidget({ left: [metric] }).toJson();
  return stack.resolve(widget.properties.metrics[0]);
}

const connect = (options: Partial<cloudwatch.MetricProps> = {}) => new cloudwatch.Metric({
  namespace: 'AWS/Connect', metricName: 'QueueSize', dimensionsMap: { InstanceId: 'abc', MetricGroup: 'Queue', QueueName: 'Sales' }, ...options,
});

describe('a metric line is what aws-cdk-lib\'s graph writes', () => {
  test.each([
    ['a label, a statistic, a Region given', () => connect({ label: 'contacts (max)', statistic: 'Maximum', region: 'us-east-1' })],
    ['the default period and statistic, no label', () => connect()],
    ['a one-minute period, the average', () => connect({ period: Duration.minutes(1), statistic: 'Average', label: 'x' })],
    ['another account and Region', () => connect({ account: '210987654321', region: 'eu-west-1', label: 'x' })],
  ])('%s', (_name, make) => {
    const stack = newStack();
    expect(stack.resolve(line(make(), stack))).toEqual(cdkLine(stack, make()));
  });

  test('a function\'s metrics in the stack\'s account and Region: neither written', () => {
    const stack = newStack();
    const fn = functionIn(stack);
    const written = stack.resolve(line(fn.metricErrors({ label: 'errors' }), stack));
    expect(written).toEqual(cdkLine(stack, fn.metricErrors({ label: 'errors' })));
    expect(written[written.length - 1]).toEqual({ label: 'errors', stat: 'Sum' });
  });

  test('in a stack without an account or Region: the function\'s stays a reference to the stack\'s', () => {
    const stack = new Stack(new App(), 'Agnostic');
    const fn = functionIn(stack);
    expect(stack.resolve(line(fn.metricDuration({ label: 'ms' }), stack))).toEqual(cdkLine(stack, fn.metricDuration({ label: 'ms' })));
  });
});

describe('widgets are placed as aws-cdk-lib\'s Column of Rows places them', () => {
  const widget = (width: number, height: number): WidgetJson => ({ type: 'text', width, height, properties: { markdown: `${width}×${height}` } });
  const text = (width: number, height: number) => new cloudwatch.TextWidget({ markdown: `${width}×${height}`, width, height });

  test('rows of thirds and halves, a row that wraps past the 24th column, and an offset', () => {
    const sizes = [[[24, 2]], [[8, 6], [8, 6], [8, 6]], [[12, 6], [12, 4]], [[16, 3], [16, 5], [8, 2]], [[24, 8]]];
    const mine = placed(sizes.map((row) => row.map(([w, h]) => widget(w, h))), 3);
    const column = new cloudwatch.Column(...sizes.map((row) => new cloudwatch.Row(...row.map(([w, h]) => text(w, h)))));
    column.position(0, 3);
    const theirs = column.toJson().map((w) => ({ ...w, properties: { markdown: w.properties.markdown } }));
    expect(mine.widgets).toEqual(theirs);
    expect(mine.height).toBe(column.height);
  });
});
