import { Duration, Resource, Token } from 'aws-cdk-lib';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';

/**
 * The metric group (`MetricGroup` dimension) Amazon Connect publishes each
 * instance-level metric under, with the statistic that makes sense for it.
 * Every one has a typed `metric…` method on `IConnectInstance`.
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
 * The metrics Amazon Connect publishes per queue (dimensions `InstanceId`,
 * `MetricGroup` `Queue` and `QueueName`), with the statistic that makes
 * sense for each. Every one has a typed `metric…` method on `IQueue`.
 *
 * @see https://docs.aws.amazon.com/connect/latest/adminguide/monitoring-cloudwatch.html
 */
export const QUEUE_METRICS: Record<string, string> = {
  QueueSize: 'Maximum',
  LongestQueueWaitTime: 'Maximum',
  QueueCapacityExceededError: 'Sum',
};

/**
 * The metrics Amazon Connect publishes per flow (dimensions `InstanceId`,
 * `MetricGroup` `ContactFlow` and `ContactFlowName`), with the statistic
 * that makes sense for each. Every one has a typed `metric…` method on
 * `IContactFlow`.
 *
 * @see https://docs.aws.amazon.com/connect/latest/adminguide/monitoring-cloudwatch.html
 */
export const CONTACT_FLOW_METRICS: Record<string, string> = {
  ContactFlowErrors: 'Sum',
  ContactFlowFatalErrors: 'Sum',
};

/**
 * An `AWS/Connect` metric of one instance: dimensions `InstanceId` and, for
 * the metrics listed above, `MetricGroup`; 5-minute period by default.
 */
export function instanceMetric(instance: Resource, instanceId: string, metricName: string, props?: cloudwatch.MetricOptions): cloudwatch.Metric {
  const known = INSTANCE_METRICS[metricName];
  return connectMetric(instance, metricName, {
    InstanceId: instanceId,
    ...(known ? { MetricGroup: known.group } : {}),
  }, known?.statistic, props);
}

/**
 * What a metric of a resource inside an instance (a queue, a flow) needs:
 * the instance's id, and the resource's name when it is known.
 */
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

/**
 * An `AWS/Connect` metric of a resource inside an instance: dimensions
 * `InstanceId`, `MetricGroup` and the resource's name (Amazon Connect
 * publishes these by name, not by id). Throws when the name is unknown.
 */
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

/**
 * An `AWS/Connect` metric with these dimensions (`props.dimensionsMap` adds
 * to them); `statistic` unless `props` names one, else Sum; 5-minute period
 * by default.
 *
 * The metric is in the resource's account and Region (from its ARN, for an
 * imported resource) and attached to its stack (`Metric.attachTo`), so that
 * a dashboard or alarm elsewhere reads it where Amazon Connect publishes it.
 */
function connectMetric(
  resource: Resource, metricName: string, dimensions: Record<string, string>, statistic: string | undefined, props?: cloudwatch.MetricOptions,
): cloudwatch.Metric {
  return new cloudwatch.Metric({
    ...props,
    namespace: 'AWS/Connect',
    metricName,
    // Defaults through `??`, not before a spread: `{ statistic: undefined }`
    // means the default, not cloudwatch.Metric's own (Average).
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
