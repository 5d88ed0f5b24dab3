import { CfnResource, IResource, Resource } from 'aws-cdk-lib';
import { Construct } from 'constructs';
import type { IConnectInstance } from './instance';
import { checkEnum, checkInstanceChildArn, checkList, checkRequiredString, checkUnique } from './private/resources/checks';
import { defaultResourceName } from './private/resources/names';
import { PropValidator } from './private/validation';

/** A string with something in it. */
const NOT_EMPTY = { pattern: /\S/, patternMessage: 'must not be empty' };

/** A custom metric of an Amazon Connect instance: a formula over Amazon Connect's metrics. */
export interface ICustomMetric extends IResource {
  /** The ARN of the metric. @attribute */
  readonly metricArn: string;
}

/** How a metric's values are shown (CreateMetric's `Unit`). */
export enum CustomMetricUnit {
  /** A decimal number. */
  DOUBLE = 'DOUBLE',
  /** A whole number. */
  INTEGER = 'INTEGER',
  /** A percentage. */
  PERCENT = 'PERCENT',
  /** A duration in seconds. */
  SECONDS = 'SECONDS',
}

/** Whether a metric can be used. */
export enum CustomMetricStatus {
  /** In dashboards and reports. */
  PUBLISHED = 'PUBLISHED',
  /** A draft. */
  SAVED = 'SAVED',
}

/** Which way a metric is better (CreateMetric's `PositiveTrendIndicator`). */
export enum CustomMetricTrend {
  /** Higher is better. */
  POSITIVE = 'POSITIVE',
  /** Lower is better. */
  NEGATIVE = 'NEGATIVE',
  /** Neither. */
  NEUTRAL = 'NEUTRAL',
}

/**
 * A filter of the values a component of a custom metric counts.
 * @see https://docs.aws.amazon.com/connect/latest/APIReference/API_CreateMetric.html
 */
export class CustomMetricFilter {
  /** Values whose `key` is one of `values`. */
  public static matchesAny(key: string, values: string[]): CustomMetricFilter {
    return new CustomMetricFilter(key, { StringCondition: { Comparison: 'MATCHES_ANY', Values: values } }, values);
  }

  /** Values whose `key` is none of `values`. */
  public static matchesNone(key: string, values: string[]): CustomMetricFilter {
    return new CustomMetricFilter(key, { StringCondition: { Comparison: 'MATCHES_NONE', Values: values } }, values);
  }

  /** Values whose `key` is greater than `value`. */
  public static greaterThan(key: string, value: number): CustomMetricFilter {
    return new CustomMetricFilter(key, { NumberCondition: { Comparison: 'GREATER', Values: [value] } }, [value]);
  }

  /** Values whose `key` is at least `value`. */
  public static greaterThanOrEqual(key: string, value: number): CustomMetricFilter {
    return new CustomMetricFilter(key, { NumberCondition: { Comparison: 'GREATER_OR_EQUAL', Values: [value] } }, [value]);
  }

  /** Values whose `key` is less than `value`. */
  public static lessThan(key: string, value: number): CustomMetricFilter {
    return new CustomMetricFilter(key, { NumberCondition: { Comparison: 'LESSER', Values: [value] } }, [value]);
  }

  /** Values whose `key` is at most `value`. */
  public static lessThanOrEqual(key: string, value: number): CustomMetricFilter {
    return new CustomMetricFilter(key, { NumberCondition: { Comparison: 'LESSER_OR_EQUAL', Values: [value] } }, [value]);
  }

  /** Values whose `key` is true. */
  public static isTrue(key: string): CustomMetricFilter {
    return new CustomMetricFilter(key, { BooleanCondition: { Comparison: 'IS_TRUE' } }, undefined);
  }

  /** Values whose `key` is false. */
  public static isFalse(key: string): CustomMetricFilter {
    return new CustomMetricFilter(key, { BooleanCondition: { Comparison: 'IS_FALSE' } }, undefined);
  }

  private constructor(
    /** The filter key, such as `QUEUE` or `CHANNEL`. */
    public readonly key: string,
    private readonly condition: Record<string, unknown>,
    private readonly values: unknown[] | undefined,
  ) {}

  /**
   * The filter as CloudFormation takes it, its problems recorded in `v`.
   * @internal
   */
  public _render(v: PropValidator, prop: string, negate: boolean | undefined): Record<string, unknown> {
    v.checkString(`${prop}.key`, this.key, NOT_EMPTY);
    if (this.values !== undefined && (!Array.isArray(this.values) || this.values.length === 0)) {
      v.fail(`${prop}.values`, this.values, 'must list one or more values');
    }
    return { MetricFilterKey: this.key, Negate: negate, ...this.condition };
  }
}

/** A metric a custom metric's formula uses, by alias. */
export interface CustomMetricComponent {
  /** The name the formula uses (1 to 128 letters, digits and `_`, not starting with a digit), unique in the metric. */
  readonly alias: string;

  /** The name of the Amazon Connect metric, such as `CONTACTS_HANDLED`. @default - `metricArn` names it */
  readonly metricName?: string;

  /** The ARN of the metric, such as another custom metric's. @default - `metricName` names it */
  readonly metricArn?: string;

  /** Filters of the values it counts (at most 5). @default - none */
  readonly filters?: CustomMetricFilter[];

  /** Whether the filters exclude rather than include. @default false */
  readonly negateFilters?: boolean;
}

/**
 * A custom metric to create for an instance.
 * @see https://docs.aws.amazon.com/connect/latest/APIReference/API_CreateMetric.html
 */
export interface CustomMetricOptions {
  /** The formula, over the components' aliases, such as `handled / offered * 100`. */
  readonly calculation: string;

  /** The metrics the formula uses (at least one). */
  readonly components: CustomMetricComponent[];

  /** How the values are shown. */
  readonly unit: CustomMetricUnit;

  /** The name (1 to 128 characters). @default - a name unique in the app, built from the construct path */
  readonly metricName?: string;

  /** A description (at most 500 characters). @default - none */
  readonly description?: string;

  /** Whether the metric can be used. @default CustomMetricStatus.PUBLISHED */
  readonly status?: CustomMetricStatus;

  /** Which way the metric is better, for its trend in dashboards. @default - as Amazon Connect decides */
  readonly positiveTrend?: CustomMetricTrend;
}

/** Properties of a `CustomMetric`. */
export interface CustomMetricProps extends CustomMetricOptions {
  /** The instance the metric belongs to. */
  readonly instance: IConnectInstance;
}

/** The registry schema's `CalculationComponent.Alias`. */
const ALIAS = /^[a-zA-Z_][a-zA-Z0-9_]{0,127}$/;

/**
 * A custom metric of an Amazon Connect instance, computed from its metrics. aws-cdk-lib 2.220.0
 * has no `CfnMetric`, so the resource is a `CfnResource` of its type.
 * @resource AWS::Connect::Metric
 */
export class CustomMetric extends Resource implements ICustomMetric {
  /** Imports a custom metric by ARN. */
  public static fromMetricArn(scope: Construct, id: string, metricArn: string): ICustomMetric {
    checkInstanceChildArn('metricArn', metricArn, 'an Amazon Connect metric');
    class Import extends Resource implements ICustomMetric {
      public readonly metricArn = metricArn;
    }
    return new Import(scope, id, { environmentFromArn: metricArn });
  }

  /** The ARN of the metric. @attribute */
  public readonly metricArn: string;

  constructor(scope: Construct, id: string, props: CustomMetricProps) {
    super(scope, id);
    const v = new PropValidator();
    v.checkRequired('instance', props.instance);
    // https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-connect-metric.html
    v.checkString('metricName', props.metricName, { minLength: 1, maxLength: 128 });
    v.checkString('description', props.description, { maxLength: 500 });
    checkRequiredString(v, 'calculation', props.calculation, NOT_EMPTY);
    if (v.checkRequired('unit', props.unit)) {
      checkEnum(v, 'unit', props.unit, CustomMetricUnit);
    }
    checkEnum(v, 'status', props.status, CustomMetricStatus);
    checkEnum(v, 'positiveTrend', props.positiveTrend, CustomMetricTrend);
    const components = checkList(v, 'components', props.components, 1, Number.MAX_SAFE_INTEGER) ? props.components : [];
    const rendered = components.map((c, i) => renderComponent(v, `components[${i}]`, c));
    checkUnique(v, 'components[].alias', components.map((c) => c?.alias), 'must be unique in the metric');
    v.throwIfAny(this, 'CustomMetric');

    const resource = new CfnResource(this, 'Resource', {
      type: 'AWS::Connect::Metric',
      properties: {
        InstanceArn: props.instance.instanceArn,
        Name: props.metricName ?? defaultResourceName(this),
        Description: props.description,
        MetricCalculation: { Calculation: props.calculation, CalculationComponents: rendered },
        Unit: props.unit,
        Status: props.status ?? CustomMetricStatus.PUBLISHED,
        PositiveTrendIndicator: props.positiveTrend,
      },
    });
    this.metricArn = resource.getAtt('MetricArn').toString();
  }
}

function renderComponent(v: PropValidator, prop: string, c: CustomMetricComponent): Record<string, unknown> {
  if (!v.checkRequired(prop, c)) {
    return {};
  }
  checkRequiredString(v, `${prop}.alias`, c.alias, { pattern: ALIAS, patternMessage: 'must be 1 to 128 letters, digits and _, not starting with a digit' });
  // "The ARN of an AWS-managed metric used in this calculation component. Mutually exclusive with MetricName."
  if ((c.metricName === undefined) === (c.metricArn === undefined)) {
    v.fail(prop, c.alias, 'must name its metric by metricName or metricArn, one of them');
  }
  v.checkString(`${prop}.metricName`, c.metricName, NOT_EMPTY);
  v.checkString(`${prop}.metricArn`, c.metricArn, NOT_EMPTY);
  const filters = c.filters !== undefined && checkList(v, `${prop}.filters`, c.filters, 0, 5) ? c.filters : undefined;
  return {
    Alias: c.alias,
    MetricName: c.metricName,
    MetricId: c.metricArn,
    MetricFilters: filters?.map((f, i) => {
      if (!(f instanceof CustomMetricFilter)) {
        v.fail(`${prop}.filters[${i}]`, f, 'must be a CustomMetricFilter, such as CustomMetricFilter.matchesAny()');
        return {};
      }
      return f._render(v, `${prop}.filters[${i}]`, c.negateFilters);
    }),
  };
}
