import { CfnResource, Duration, Stack, Token } from 'aws-cdk-lib';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import type * as logs from 'aws-cdk-lib/aws-logs';
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
 * The dashboard, one array per row, top to bottom: the instance (health,
 * alarms), a row per queue, per flow and per Lambda function, and the flow
 * runs that failed. Rows are 24 columns wide, as CloudWatch lays them out.
 *
 * @see https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/CloudWatch-Dashboard-Body-Structure.html
 */
export function dashboardRows(content: DashboardContent): cloudwatch.IWidget[][] {
  // The instance's Region as a literal when known: a token in each widget costs every synth.
  const region = content.instance.env.region;
  const graph = graphsIn(Token.isUnresolved(region) ? undefined : region);
  const rows: cloudwatch.IWidget[][] = [[header(content)]];
  if (content.alarmArns.length > 0) {
    rows.push([new AlarmStatus('Recommended alarms', content.alarmArns)]);
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
 * The alarms' states, about six a line: `cloudwatch.AlarmStatusWidget` by
 * ARN, since the alarms are L1 resources.
 */
class AlarmStatus extends cloudwatch.ConcreteWidget {
  constructor(private readonly title: string, private readonly alarmArns: string[]) {
    super(FULL, Math.min(12, 2 + Math.ceil(alarmArns.length / 6)));
  }

  public toJson(): any[] {
    return [{ type: 'alarm', width: this.width, height: this.height, x: this.x, y: this.y, properties: { title: this.title, alarms: this.alarmArns } }];
  }
}

function header(content: DashboardContent): cloudwatch.IWidget {
  const link = content.accessUrl ? ` · [admin website](${content.accessUrl})` : '';
  return new cloudwatch.TextWidget({
    markdown: `# Amazon Connect ${content.instanceLabel}\nInstance ${content.instance.instanceId}${link}`,
    width: FULL,
    height: 2,
  });
}

function section(title: string): cloudwatch.IWidget {
  return new cloudwatch.TextWidget({ markdown: `## ${title}`, width: FULL, height: 1 });
}

/** Draws a graph, 6 units high, a third of the width unless told. */
type Graph = ((title: string, left: cloudwatch.IMetric[], extra?: Partial<cloudwatch.GraphWidgetProps>, width?: number) => cloudwatch.GraphWidget)
& { readonly region?: string };

/** Graphs of `region` (the dashboard's own Region when undefined). */
function graphsIn(region: string | undefined): Graph {
  const graph = (title: string, left: cloudwatch.IMetric[], extra: Partial<cloudwatch.GraphWidgetProps> = {}, width = THIRD) =>
    new cloudwatch.GraphWidget({ title, left, width, height: HEIGHT, region, ...extra });
  return Object.assign(graph, { region });
}

/** Health against the quotas: voice calls, then what was refused or lost, then chats and tasks. */
function instanceRows(graph: Graph, instance: IConnectInstance, threshold: number | undefined): cloudwatch.IWidget[][] {
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

function queueRow(graph: Graph, queue: IQueue): cloudwatch.IWidget[] {
  const size = queue.metricQueueSize({ label: 'contacts (max)' });
  const name = size.dimensions?.QueueName;
  return [
    graph(`Queue ${name}: contacts waiting`, [size]),
    graph(`Queue ${name}: longest wait (seconds)`, [queue.metricLongestQueueWaitTime({ label: 'seconds (max)' })]),
    graph(`Queue ${name}: calls rejected, queue full`, [queue.metricQueueCapacityExceededError({ label: 'rejected' })]),
  ];
}

function contactFlowRow(graph: Graph, flow: IContactFlow): cloudwatch.IWidget[] {
  const errors = flow.metricContactFlowErrors({ label: 'error branches' });
  const name = errors.dimensions?.ContactFlowName;
  return [
    graph(`Flow ${name}: error branches taken`, [errors], {}, HALF),
    graph(`Flow ${name}: fatal errors`, [flow.metricContactFlowFatalErrors({ label: 'fatal errors' })], {}, HALF),
  ];
}

function functionRow(graph: Graph, fn: lambda.IFunction): cloudwatch.IWidget[] {
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
function deployTimeRow(graph: Graph, handler: CfnResource, nameStack: boolean): cloudwatch.IWidget[] {
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
function failedFlowRuns(logGroup: logs.ILogGroup, region: string | undefined): cloudwatch.IWidget {
  return new cloudwatch.LogQueryWidget({
    title: 'Flow blocks that failed (flow logs, newest first)',
    logGroupNames: [logGroup.logGroupName],
    view: cloudwatch.LogQueryVisualizationType.TABLE,
    region,
    queryLines: [
      'fields @timestamp, ContactFlowName, ContactFlowModuleType, Results, ContactId',
      'filter Results like /(?i)(error|fail)/',
      'sort @timestamp desc',
      'limit 50',
    ],
    width: FULL,
    height: 8,
  });
}
