import { Aws, CfnResource, Duration, Stack, Token } from 'aws-cdk-lib';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import type * as logs from 'aws-cdk-lib/aws-logs';
import type { IConstruct } from 'constructs';
import type { Monitored } from './discovery';
import type { IContactFlow } from '../../contact-flow';
import type { IConnectInstance } from '../../instance';
import type { IQueue } from '../../queue';

/** What the dashboard shows. */
export interface DashboardContent {
  readonly instance: IConnectInstance;
  /** The instance's name for people: its alias when known. */
  readonly instanceLabel: string;
  /** The admin website, when known. */
  readonly accessUrl?: string;
  readonly monitored: Monitored;
  /** The ARNs of the alarms created. */
  readonly alarmArns: string[];
  /** Where the concurrent-calls alarm fires, drawn on its graph. */
  readonly concurrentCallsThreshold?: number;
  readonly flowLogGroup?: logs.ILogGroup;
}

const FULL = 24;
const THIRD = 8;
const HALF = 12;
const HEIGHT = 6;

/**
 * A widget as the dashboard body holds it, before it is placed: the JSON aws-cdk-lib's `TextWidget`,
 * `GraphWidget` and `LogQueryWidget` write, written here for the widgets drawn from the app (their
 * classes cost each synth more, docs/performance.md). Widgets an app adds keep aws-cdk-lib's classes.
 *
 * @see https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/CloudWatch-Dashboard-Body-Structure.html
 */
export interface WidgetJson {
  readonly type: 'text' | 'metric' | 'alarm' | 'log';
  readonly width: number;
  readonly height: number;
  readonly properties: { readonly [key: string]: unknown };
}

/**
 * The dashboard, one array per row, top to bottom: the instance (health,
 * alarms), a row per queue, per flow and per Lambda function, and the flow
 * runs that failed. Rows are 24 columns wide, as CloudWatch lays them out.
 */
export function dashboardRows(content: DashboardContent, scope: IConstruct): WidgetJson[][] {
  // The instance's Region as a literal when known: a token in each widget costs every synth.
  const region = content.instance.env.region;
  const graph = graphsIn(Token.isUnresolved(region) ? undefined : region, Stack.of(scope));
  const rows: WidgetJson[][] = [[header(content)]];
  if (content.alarmArns.length > 0) {
    // About six alarms a line.
    rows.push([{ type: 'alarm', width: FULL, height: Math.min(12, 2 + Math.ceil(content.alarmArns.length / 6)), properties: { title: 'Recommended alarms', alarms: content.alarmArns } }]);
  }
  rows.push(...instanceRows(graph, content.instance, content.concurrentCallsThreshold));
  const { queues, contactFlows, functions, deployTimeFunctions } = content.monitored;
  if (queues.length > 0) {
    rows.push([section('Queues')], ...queues.map((queue) => queueRow(graph, queue)));
  }
  if (contactFlows.length > 0) {
    rows.push([section('Flows')], ...contactFlows.map((flow) => contactFlowRow(graph, flow)));
  }
  if (functions.length + deployTimeFunctions.length > 0) {
    const several = deployTimeFunctions.length > 1;
    rows.push([section('Lambda functions')], ...functions.map((fn) => functionRow(graph, fn)), ...deployTimeFunctions.map((f) => deployTimeRow(graph, f, several)));
  }
  if (content.flowLogGroup) {
    rows.push([failedFlowRuns(content.flowLogGroup, graph.region)]);
  }
  return rows;
}

/**
 * The rows placed as aws-cdk-lib's `Column` of `Row`s places them: left to right, a widget that
 * would pass the 24th column starting a new line; each row below the tallest widget of the one above.
 * Returns the widgets with their positions, and the height they take.
 */
export function placed(rows: WidgetJson[][], top = 0): { widgets: unknown[]; height: number } {
  const widgets: unknown[] = [];
  let y = top;
  for (const row of rows) {
    let x = 0;
    let lineTop = 0;
    let height = 0;
    for (const widget of row) {
      if (x + widget.width > FULL) {
        lineTop = height;
        x = 0;
      }
      widgets.push({ type: widget.type, width: widget.width, height: widget.height, x, y: y + lineTop, properties: widget.properties });
      height = Math.max(height, lineTop + widget.height);
      x += widget.width;
    }
    y += height;
  }
  return { widgets, height: y - top };
}

function header(content: DashboardContent): WidgetJson {
  const link = content.accessUrl ? ` · [admin website](${content.accessUrl})` : '';
  return text(`# Amazon Connect ${content.instanceLabel}\nInstance ${content.instance.instanceId}${link}`, 2);
}

function section(title: string): WidgetJson {
  return text(`## ${title}`, 1);
}

function text(markdown: string, height: number): WidgetJson {
  return { type: 'text', width: FULL, height, properties: { markdown, background: 'transparent' } };
}

/** What a graph may add to its lines: the left axis and a horizontal line on it. */
interface GraphOptions {
  readonly leftYAxis?: { readonly min?: number; readonly max?: number };
  readonly leftAnnotations?: ReadonlyArray<{ readonly value: number; readonly label?: string }>;
}

/** Draws a graph, 6 units high, a third of the width unless told. */
type Graph = ((title: string, left: cloudwatch.IMetric[], extra?: GraphOptions, width?: number) => WidgetJson)
& { readonly region?: string };

/** Graphs of `region` (the dashboard's own Region when undefined), in the dashboard's `stack`. */
function graphsIn(region: string | undefined, stack: Stack): Graph {
  const graph = (title: string, left: cloudwatch.IMetric[], extra: GraphOptions = {}, width = THIRD): WidgetJson => {
    const horizontal = (extra.leftAnnotations ?? []).map((annotation) => ({ ...annotation, yAxis: 'left' }));
    return {
      type: 'metric',
      width,
      height: HEIGHT,
      properties: {
        view: 'timeSeries',
        title,
        region: region ?? Aws.REGION,
        metrics: left.length > 0 ? left.map((metric) => line(metric, stack)) : undefined,
        annotations: horizontal.length > 0 ? { horizontal } : undefined,
        yAxis: { left: extra.leftYAxis },
      },
    };
  };
  return Object.assign(graph, { region });
}

/**
 * A metric's line, `[namespace, name, dimension name, value, …, options]`, as aws-cdk-lib's graphs
 * write it: the label, the account and Region when they are not the dashboard's (or were given as
 * overrides), the period unless 5 minutes, the statistic unless Average.
 */
export function line(metric: cloudwatch.IMetric, stack: Stack): unknown[] {
  const { metricStat: stat, renderingProperties } = metric.toMetricConfig();
  if (!stat) {
    throw new Error(`the dashboard draws metrics, not expressions: ${metric}`);
  }
  const options: { [key: string]: unknown } = { ...renderingProperties };
  options.accountId = stat.accountOverride ?? unlessOwn(stat.account, stack.account);
  options.region = stat.regionOverride ?? unlessOwn(stat.region, stack.region);
  if (stat.period.toSeconds() !== 300) {
    options.period = stat.period.toSeconds();
  }
  if (stat.statistic !== 'Average') {
    options.stat = stat.statistic;
  }
  const defined = Object.entries(options).filter(([, value]) => value !== undefined);
  return [
    stat.namespace,
    stat.metricName,
    ...(stat.dimensions ?? []).flatMap((dimension) => [dimension.name, dimension.value]),
    ...(defined.length > 0 ? [Object.fromEntries(defined)] : []),
  ];
}

/** A metric's account or Region, unless it is the dashboard stack's own (known at synth). */
function unlessOwn(value: string | undefined, own: string): string | undefined {
  return value !== undefined && !Token.isUnresolved(own) && value === own ? undefined : value;
}

/** Health against the quotas: voice calls, then what was refused or lost, then chats and tasks. */
function instanceRows(graph: Graph, instance: IConnectInstance, threshold: number | undefined): WidgetJson[][] {
  return [
    [
      graph('Voice calls', [
        instance.metricConcurrentCalls({ label: 'concurrent (max)' }),
        instance.metricCallsPerInterval({ label: 'calls' }),
      ]),
      graph('Concurrent calls, % of quota', [instance.metricConcurrentCallsPercentage({ label: '% of quota (max)' })], {
        leftYAxis: { min: 0, max: 100 },
        leftAnnotations: threshold !== undefined ? [{ value: threshold, label: 'alarm' }] : undefined,
      }),
      graph('Calls refused', [
        instance.metricThrottledCalls({ label: 'throttled' }),
        instance.metricCallsBreachingConcurrencyQuota({ label: 'over the concurrency quota' }),
        instance.metricMisconfiguredPhoneNumbers({ label: 'number without a flow' }),
      ]),
    ],
    [
      graph('Missed calls, failed recording uploads', [
        instance.metricMissedCalls({ label: 'missed by agents' }),
        instance.metricCallRecordingUploadError({ label: 'recording upload errors' }),
      ]),
      graph('Chats', [
        instance.metricConcurrentActiveChats({ label: 'concurrent (max)' }),
        instance.metricChatsBreachingActiveChatQuota({ label: 'over the quota' }),
      ]),
      graph('Tasks', [
        instance.metricConcurrentTasks({ label: 'concurrent (max)' }),
        instance.metricTasksBreachingConcurrencyQuota({ label: 'over the quota' }),
      ]),
    ],
  ];
}

function queueRow(graph: Graph, queue: IQueue): WidgetJson[] {
  const size = queue.metricQueueSize({ label: 'contacts (max)' });
  const name = size.dimensions?.QueueName;
  return [
    graph(`Queue ${name}: contacts waiting`, [size]),
    graph(`Queue ${name}: longest wait (seconds)`, [queue.metricLongestQueueWaitTime({ label: 'seconds (max)' })]),
    graph(`Queue ${name}: calls rejected, queue full`, [queue.metricQueueCapacityExceededError({ label: 'rejected' })]),
  ];
}

function contactFlowRow(graph: Graph, flow: IContactFlow): WidgetJson[] {
  const errors = flow.metricContactFlowErrors({ label: 'error branches' });
  const name = errors.dimensions?.ContactFlowName;
  return [
    graph(`Flow ${name}: error branches taken`, [errors], {}, HALF),
    graph(`Flow ${name}: fatal errors`, [flow.metricContactFlowFatalErrors({ label: 'fatal errors' })], {}, HALF),
  ];
}

function functionRow(graph: Graph, fn: lambda.IFunction): WidgetJson[] {
  const title = `Lambda ${fn.functionName}`;
  return [
    graph(`${title}: errors`, [fn.metricErrors({ label: 'errors' })]),
    graph(`${title}: throttles`, [fn.metricThrottles({ label: 'throttles' })]),
    graph(`${title}: duration (ms)`, [fn.metricDuration({ label: 'duration (average)' })]),
  ];
}

/**
 * The stack's deploy-time function, an L1 resource, by its `AWS/Lambda` metrics.
 *
 * @see https://docs.aws.amazon.com/lambda/latest/dg/monitoring-metrics-types.html
 */
function deployTimeRow(graph: Graph, handler: CfnResource, nameStack: boolean): WidgetJson[] {
  const metric = (metricName: string, statistic: string, label: string) => new cloudwatch.Metric({
    namespace: 'AWS/Lambda', metricName, statistic, label, period: Duration.minutes(5), dimensionsMap: { FunctionName: handler.ref },
  });
  const title = nameStack ? `Deploy-time function, ${Stack.of(handler).stackName}` : 'Deploy-time function';
  return [
    graph(`${title}: errors`, [metric('Errors', 'Sum', 'errors')]),
    graph(`${title}: throttles`, [metric('Throttles', 'Sum', 'throttles')]),
    graph(`${title}: duration (ms)`, [metric('Duration', 'Average', 'duration (average)')]),
  ];
}

/**
 * The last flow blocks whose result was an error or a failure, newest first,
 * from the flow logs (`ContactFlowName`, `ContactFlowModuleType`, `Results`).
 *
 * @see https://docs.aws.amazon.com/connect/latest/adminguide/contact-flow-log-data.html
 */
function failedFlowRuns(logGroup: logs.ILogGroup, region: string | undefined): WidgetJson {
  const query = [
    'fields @timestamp, ContactFlowName, ContactFlowModuleType, Results, ContactId',
    'filter Results like /(?i)(error|fail)/',
    'sort @timestamp desc',
    'limit 50',
  ].join('\n| ');
  return {
    type: 'log',
    width: FULL,
    height: 8,
    properties: {
      view: 'table',
      title: 'Flow blocks that failed (flow logs, newest first)',
      region: region ?? Aws.REGION,
      query: `SOURCE '${logGroup.logGroupName}' | ${query}`,
    },
  };
}
