import { Duration, Resource, Token } from 'aws-cdk-lib';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';

/**
 * Each instance metric's `MetricGroup` dimension and statistic.
 *
 * @see https://docs.aws.amazon.com/connect/latest/adminguide/monitoring-cloudwatch.html
 */
export const INSTANCE_METRICS: Record<string, { group: string; statistic: string }> = {
  CallsPerInterval: { group: 'VoiceCalls', statistic: 'Sum' },
  ConcurrentCalls: { group: 'VoiceCalls', statistic: 'Maximum' },
  ConcurrentCallsPercentage: { group: 'VoiceCalls', statistic: 'Maximum' },
  ThrottledCalls: { group: 'VoiceCalls', statistic: 'Sum' },
  MissedCalls: { group: 'VoiceCalls', statistic: 'Sum' },
  CallsBreachingConcurrencyQuota: { group: 'VoiceCalls', statistic: 'Sum' },
  MisconfiguredPhoneNumbers: { group: 'VoiceCalls', statistic: 'Sum' },
  CallRecordingUploadError: { group: 'CallRecordings', statistic: 'Sum' },
  ConcurrentActiveChats: { group: 'Chats', statistic: 'Maximum' },
  ChatsBreachingActiveChatQuota: { group: 'Chats', statistic: 'Sum' },
  ConcurrentTasks: { group: 'Tasks', statistic: 'Maximum' },
  TasksBreachingConcurrencyQuota: { group: 'Tasks', statistic: 'Sum' },
};

/**
 * The per-queue metrics (by `QueueName`), with their statistics.
 *
 * @see https://docs.aws.amazon.com/connect/latest/adminguide/monitoring-cloudwatch.html
 */
export const QUEUE_METRICS: Record<string, string> = {
  QueueSize: 'Maximum',
  LongestQueueWaitTime: 'Maximum',
  QueueCapacityExceededError: 'Sum',
};

/**
 * The per-flow metrics (by `ContactFlowName`), with their statistics.
 *
 * @see https://docs.aws.amazon.com/connect/latest/adminguide/monitoring-cloudwatch.html
 */
export const CONTACT_FLOW_METRICS: Record<string, string> = {
  ContactFlowErrors: 'Sum',
  ContactFlowFatalErrors: 'Sum',
};

/** An `AWS/Connect` metric of one instance (`InstanceId`, and `MetricGroup` when known). */
export function instanceMetric(instance: Resource, instanceId: string, metricName: string, props?: cloudwatch.MetricOptions): cloudwatch.Metric {
  const known = INSTANCE_METRICS[metricName];
  return connectMetric(instance, metricName, {
    InstanceId: instanceId,
    ...(known ? { MetricGroup: known.group } : {}),
  }, known?.statistic, props);
}

/** What a metric of a queue or flow needs. */
export interface ResourceMetricSource {
  /** The resource, for the message when its name is missing. */
  readonly resource: Resource;
  /** The id of the resource's instance. */
  readonly instanceId: string;
  /** The resource's name, undefined for a resource imported without it. */
  readonly name: string | undefined;
}

/** What Amazon Connect publishes for one kind of resource. */
export interface ResourceMetricKind {
  /** The `MetricGroup` dimension, such as `Queue`. */
  readonly group: string;
  /** The dimension holding the resource's name, such as `QueueName`. */
  readonly nameDimension: string;
  /** The metrics of the group, each with its statistic. */
  readonly metrics: Record<string, string>;
  /** How to import the resource with its name, for the message when it is missing. */
  readonly importWithName: string;
}

/** The kind of the queue metrics. */
export const QUEUE_METRIC_KIND: ResourceMetricKind = {
  group: 'Queue',
  nameDimension: 'QueueName',
  metrics: QUEUE_METRICS,
  importWithName: 'Queue.fromQueueAttributes(scope, id, { queueArn, queueName })',
};

/** The kind of the flow metrics. */
export const CONTACT_FLOW_METRIC_KIND: ResourceMetricKind = {
  group: 'ContactFlow',
  nameDimension: 'ContactFlowName',
  metrics: CONTACT_FLOW_METRICS,
  importWithName: 'ContactFlow.fromContactFlowAttributes(scope, id, { contactFlowArn, contactFlowName })',
};

/** A queue or flow metric; throws without the name, since Amazon Connect publishes by name. */
export function resourceMetric(
  source: ResourceMetricSource, kind: ResourceMetricKind, metricName: string, props?: cloudwatch.MetricOptions,
): cloudwatch.Metric {
  if (source.name === undefined) {
    const prop = kind.nameDimension.charAt(0).toLowerCase() + kind.nameDimension.slice(1);
    throw new Error(`${prop} is required for the metric ${metricName} of '${source.resource.node.path}', imported without it: `
      + `Amazon Connect publishes ${kind.group} metrics by name; import it with ${kind.importWithName}`);
  }
  return connectMetric(source.resource, metricName, {
    InstanceId: source.instanceId,
    MetricGroup: kind.group,
    [kind.nameDimension]: source.name,
  }, kind.metrics[metricName], props);
}

/** An `AWS/Connect` metric in the resource's account and Region, where Amazon Connect publishes it. */
function connectMetric(
  resource: Resource, metricName: string, dimensions: Record<string, string>, statistic: string | undefined, props?: cloudwatch.MetricOptions,
): cloudwatch.Metric {
  return new cloudwatch.Metric({
    ...props,
    namespace: 'AWS/Connect',
    metricName,
    // Through `??`: `{ statistic: undefined }` must not mean Metric's own default (Average).
    statistic: props?.statistic ?? statistic ?? 'Sum',
    period: props?.period ?? Duration.minutes(5),
    account: props?.account ?? ifResolved(resource.env.account),
    region: props?.region ?? ifResolved(resource.env.region),
    dimensionsMap: {
      ...dimensions,
      ...props?.dimensionsMap,
    },
  }).attachTo(resource);
}

/** A value known at synth time, else undefined (the stack's own account or Region applies). */
function ifResolved(value: string): string | undefined {
  return Token.isUnresolved(value) ? undefined : value;
}
