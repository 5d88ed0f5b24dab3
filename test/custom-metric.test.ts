import { CustomMetric, CustomMetricFilter, CustomMetricOptions, CustomMetricStatus, CustomMetricTrend, CustomMetricUnit } from '../src';
import { arnOf, importedInstance, INSTANCE_ARN } from './helpers/instance';
import { errorOf, templateOf } from './helpers/stack';

/**
 * Custom metrics: a formula over components with filters, as a raw resource of its type
 * (aws-cdk-lib 2.220.0 has no L1 for it), and the importer.
 */

function build(options: Partial<CustomMetricOptions>) {
  const { stack, instance } = importedInstance();
  new CustomMetric(stack, 'Metric', {
    instance,
    calculation: 'handled',
    unit: CustomMetricUnit.INTEGER,
    components: [{ alias: 'handled', metricName: 'CONTACTS_HANDLED' }],
    ...options,
  });
  return stack;
}

describe('what is deployed', () => {
  test('a percentage of two filtered metrics, published, higher is better', () => {
    const { stack, instance } = importedInstance();
    const metric = instance.addCustomMetric('VoiceResolution', {
      metricName: 'Voice resolution rate',
      description: 'Handled voice contacts per offered',
      calculation: 'handled / offered * 100',
      unit: CustomMetricUnit.PERCENT,
      positiveTrend: CustomMetricTrend.POSITIVE,
      components: [
        { alias: 'handled', metricName: 'CONTACTS_HANDLED', filters: [CustomMetricFilter.matchesAny('CHANNEL', ['VOICE'])] },
        { alias: 'offered', metricName: 'CONTACTS_CREATED', filters: [CustomMetricFilter.matchesAny('CHANNEL', ['VOICE']), CustomMetricFilter.greaterThan('DURATION', 5)] },
      ],
    });
    const template = templateOf(stack);
    template.hasResourceProperties('AWS::Connect::Metric', {
      InstanceArn: INSTANCE_ARN,
      Name: 'Voice resolution rate',
      Description: 'Handled voice contacts per offered',
      Unit: 'PERCENT',
      Status: 'PUBLISHED',
      PositiveTrendIndicator: 'POSITIVE',
      MetricCalculation: {
        Calculation: 'handled / offered * 100',
        CalculationComponents: [
          { Alias: 'handled', MetricName: 'CONTACTS_HANDLED', MetricFilters: [{ MetricFilterKey: 'CHANNEL', StringCondition: { Comparison: 'MATCHES_ANY', Values: ['VOICE'] } }] },
          {
            Alias: 'offered',
            MetricName: 'CONTACTS_CREATED',
            MetricFilters: [
              { MetricFilterKey: 'CHANNEL', StringCondition: { Comparison: 'MATCHES_ANY', Values: ['VOICE'] } },
              { MetricFilterKey: 'DURATION', NumberCondition: { Comparison: 'GREATER', Values: [5] } },
            ],
          },
        ],
      },
    });
    expect(stack.resolve(metric.metricArn)).toEqual({ 'Fn::GetAtt': [expect.stringMatching(/^ContactCenterVoiceResolution/), 'MetricArn'] });
    expect(template.toJSON()).toMatchSnapshot();
  });

  test('every kind of filter, negated, a component by ARN, saved', () => {
    const other = arnOf('metric', 'm-1');
    const stack = build({
      status: CustomMetricStatus.SAVED,
      calculation: 'a + b',
      components: [
        {
          alias: 'a',
          metricName: 'X',
          negateFilters: true,
          filters: [
            CustomMetricFilter.matchesNone('Q', ['q']), CustomMetricFilter.greaterThanOrEqual('N', 1), CustomMetricFilter.lessThan('N', 9),
            CustomMetricFilter.lessThanOrEqual('N', 8), CustomMetricFilter.isTrue('B'),
          ],
        },
        { alias: 'b', metricArn: other, filters: [CustomMetricFilter.isFalse('B')] },
      ],
    });
    templateOf(stack).hasResourceProperties('AWS::Connect::Metric', {
      Status: 'SAVED',
      MetricCalculation: {
        CalculationComponents: [
          {
            Alias: 'a',
            MetricName: 'X',
            MetricFilters: [
              { MetricFilterKey: 'Q', Negate: true, StringCondition: { Comparison: 'MATCHES_NONE', Values: ['q'] } },
              { MetricFilterKey: 'N', Negate: true, NumberCondition: { Comparison: 'GREATER_OR_EQUAL', Values: [1] } },
              { MetricFilterKey: 'N', Negate: true, NumberCondition: { Comparison: 'LESSER', Values: [9] } },
              { MetricFilterKey: 'N', Negate: true, NumberCondition: { Comparison: 'LESSER_OR_EQUAL', Values: [8] } },
              { MetricFilterKey: 'B', Negate: true, BooleanCondition: { Comparison: 'IS_TRUE' } },
            ],
          },
          { Alias: 'b', MetricId: other, MetricFilters: [{ MetricFilterKey: 'B', BooleanCondition: { Comparison: 'IS_FALSE' } }] },
        ],
      },
    });
  });
});

describe('checks', () => {
  test('every problem at once: aliases, the metric of a component, filters, enums, lengths', () => {
    const message = errorOf(() => build({
      metricName: 'x'.repeat(129),
      description: 'x'.repeat(501),
      calculation: ' ',
      unit: 'HOURS' as any,
      components: [
        { alias: '1st', metricName: 'X', metricArn: 'Y' },
        { alias: 'dup' },
        { alias: 'dup', metricName: 'Z', filters: Array.from({ length: 6 }, () => CustomMetricFilter.isTrue('B')) },
        { alias: 'f', metricName: 'Z', filters: [CustomMetricFilter.matchesAny('', []), { key: 'K' } as any] },
      ],
    }));
    expect(message).toContain('  - metricName must be 1 to 128 characters long (length 129)');
    expect(message).toContain('  - description must be 0 to 500 characters long (length 501)');
    expect(message).toContain('  - calculation must not be empty, got " "');
    expect(message).toContain('  - unit must be one of DOUBLE, INTEGER, PERCENT, SECONDS, got "HOURS"');
    expect(message).toContain('  - components[0].alias must be 1 to 128 letters, digits and _, not starting with a digit, got "1st"');
    expect(message).toContain('  - components[0] must name its metric by metricName or metricArn, one of them, got "1st"');
    expect(message).toContain('  - components[1] must name its metric by metricName or metricArn, one of them, got "dup"');
    expect(message).toContain('  - components[2].filters must have 0 to 5 items, got "6 items"');
    expect(message).toContain('  - components[3].filters[0].key must not be empty, got ""');
    expect(message).toContain('  - components[3].filters[0].values must list one or more values, got []');
    expect(message).toContain('  - components[3].filters[1] must be a CustomMetricFilter, such as CustomMetricFilter.matchesAny(), got {"key":"K"}');
    expect(message).toContain('  - components[].alias must be unique in the metric, got "dup"');
  });

  test('no components, and a missing unit (untyped JavaScript)', () => {
    const { stack, instance } = importedInstance();
    const message = errorOf(() => new CustomMetric(stack, 'Metric', { instance, calculation: 'a', components: [] } as any));
    expect(message).toContain('  - unit is required, got undefined');
    expect(message).toContain('  - components must have at least 1 item, got "0 items"');
  });
});

describe('importing', () => {
  test('by ARN', () => {
    const { stack } = importedInstance();
    expect(CustomMetric.fromMetricArn(stack, 'Imported', arnOf('metric', 'm-1')).metricArn).toBe(arnOf('metric', 'm-1'));
    expect(errorOf(() => CustomMetric.fromMetricArn(stack, 'Bad', 'metric/m-1'))).toMatch(/^metricArn must be the ARN of an Amazon Connect metric/);
  });
});
