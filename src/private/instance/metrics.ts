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
 * An `AWS/Connect` metric of one instance: dimensions `InstanceId` and, for
 * the metrics listed above, `MetricGroup`; 5-minute period by default.
 *
 * The metric is in the instance's account and Region (from its ARN, for an
 * imported instance) and attached to its stack (`Metric.attachTo`), so that
 * a dashboard or alarm elsewhere reads it where Amazon Connect publishes it.
 */
export function instanceMetric(instance: Resource, instanceId: string, metricName: string, props?: cloudwatch.MetricOptions): cloudwatch.Metric {
  const known = INSTANCE_METRICS[metricName];
  return new cloudwatch.Metric({
    ...props,
    namespace: 'AWS/Connect',
    metricName,
    // Defaults through `??`, not before a spread: `{ statistic: undefined }`
    // means the default, not cloudwatch.Metric's own (Average).
    statistic: props?.statistic ?? known?.statistic ?? 'Sum',
    period: props?.period ?? Duration.minutes(5),
    account: props?.account ?? ifResolved(instance.env.account),
    region: props?.region ?? ifResolved(instance.env.region),
    dimensionsMap: {
      InstanceId: instanceId,
      ...(known ? { MetricGroup: known.group } : {}),
      ...props?.dimensionsMap,
    },
  }).attachTo(instance);
}

/** A value known at synth time, else undefined (the stack's own account or Region applies). */
function ifResolved(value: string): string | undefined {
  return Token.isUnresolved(value) ? undefined : value;
}
