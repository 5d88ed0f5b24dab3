import type * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import type { RecommendedAlarms } from '../../contact-center-monitoring';
import type { IContactFlow } from '../../contact-flow';
import type { IConnectInstance } from '../../instance';
import type { IQueue } from '../../queue';

/**
 * One recommended alarm: the metric, the threshold it fires at (greater than
 * or equal, Sum or Maximum over 5 minutes), why, and how missing data counts.
 *
 * @see https://docs.aws.amazon.com/connect/latest/adminguide/monitoring-cloudwatch.html
 */
export interface RecommendedAlarm<S> {
  /** Its key in `RecommendedAlarms`. */
  readonly key: keyof RecommendedAlarms;
  readonly metricName: string;
  readonly threshold: number;
  /** The largest threshold that makes sense (a percentage), when there is one. */
  readonly maxThreshold?: number;
  /** What the alarm means and what to do: its description. */
  readonly reason: string;
  /** `TreatMissingData` as `AWS::CloudWatch::Alarm` takes it. */
  readonly treatMissingData: string;
  /** Why missing data counts as it does. */
  readonly missingData: string;
  readonly metric: (subject: S) => cloudwatch.Metric;
}

/**
 * Amazon Connect sends a data point only for an interval with activity
 * ("If there is no activity during the refresh interval ... no data", the
 * admin guide's dimensions section): no data means nothing was refused.
 */
const NOTHING_HAPPENED = 'no data: nothing happened';

/*
 * The values `AWS::CloudWatch::Alarm` takes for TreatMissingData and ComparisonOperator, written here:
 * aws-cdk-lib's enums for them live in the module of its L2 `Alarm`, which L1 alarms do not need to load.
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-cloudwatch-alarm.html
 */
const NOT_BREACHING = 'notBreaching';
/** Every recommended alarm fires at its threshold or above. */
export const GREATER_THAN_OR_EQUAL_TO_THRESHOLD = 'GreaterThanOrEqualToThreshold';

/** The instance's alarms, in the order of the dashboard's status widget. */
export const INSTANCE_ALARMS: ReadonlyArray<RecommendedAlarm<IConnectInstance>> = [
  {
    key: 'throttledCalls',
    metricName: 'ThrottledCalls',
    threshold: 1,
    reason: 'Calls were rejected: the rate of calls per second exceeded the instance\'s quota. Request a higher quota for concurrent active calls',
    treatMissingData: NOT_BREACHING,
    missingData: NOTHING_HAPPENED,
    metric: (instance) => instance.metricThrottledCalls(),
  },
  {
    key: 'callsBreachingConcurrencyQuota',
    metricName: 'CallsBreachingConcurrencyQuota',
    threshold: 1,
    reason: 'Voice calls exceeded the instance\'s quota of concurrent calls. Request a higher quota',
    treatMissingData: NOT_BREACHING,
    missingData: NOTHING_HAPPENED,
    metric: (instance) => instance.metricCallsBreachingConcurrencyQuota(),
  },
  {
    key: 'concurrentCallsPercentage',
    metricName: 'ConcurrentCallsPercentage',
    threshold: 80,
    maxThreshold: 100,
    reason: 'The instance uses 80% or more of its quota of concurrent calls; calls beyond it breach the quota. Request a higher quota before it is reached',
    // Sent only while calls are active: no data is no call, 0%.
    treatMissingData: NOT_BREACHING,
    missingData: 'no data: no call in progress',
    metric: (instance) => instance.metricConcurrentCallsPercentage(),
  },
  {
    key: 'misconfiguredPhoneNumbers',
    metricName: 'MisconfiguredPhoneNumbers',
    threshold: 1,
    reason: 'Calls failed because their phone number is not associated with a flow. Route the number to a flow',
    treatMissingData: NOT_BREACHING,
    missingData: NOTHING_HAPPENED,
    metric: (instance) => instance.metricMisconfiguredPhoneNumbers(),
  },
  {
    key: 'callRecordingUploadError',
    metricName: 'CallRecordingUploadError',
    threshold: 1,
    reason: 'Call recordings failed to upload to the instance\'s call-recording bucket and are missing. Check the bucket, its policy and its key',
    treatMissingData: NOT_BREACHING,
    missingData: NOTHING_HAPPENED,
    metric: (instance) => instance.metricCallRecordingUploadError(),
  },
  {
    key: 'chatsBreachingActiveChatQuota',
    metricName: 'ChatsBreachingActiveChatQuota',
    threshold: 1,
    reason: 'Chats could not start: the instance\'s quota of concurrent active chats was exceeded. Request a higher quota',
    treatMissingData: NOT_BREACHING,
    missingData: NOTHING_HAPPENED,
    metric: (instance) => instance.metricChatsBreachingActiveChatQuota(),
  },
  {
    key: 'tasksBreachingConcurrencyQuota',
    metricName: 'TasksBreachingConcurrencyQuota',
    threshold: 1,
    reason: 'Tasks exceeded the instance\'s quota of concurrent tasks. Request a higher quota',
    treatMissingData: NOT_BREACHING,
    missingData: NOTHING_HAPPENED,
    metric: (instance) => instance.metricTasksBreachingConcurrencyQuota(),
  },
];

/** The alarm of each queue. */
export const QUEUE_ALARMS: ReadonlyArray<RecommendedAlarm<IQueue>> = [
  {
    key: 'queueCapacityExceededError',
    metricName: 'QueueCapacityExceededError',
    threshold: 1,
    reason: 'Calls were rejected because the queue was full. Raise its maxContacts, or staff it',
    treatMissingData: NOT_BREACHING,
    missingData: NOTHING_HAPPENED,
    metric: (queue) => queue.metricQueueCapacityExceededError(),
  },
];

/** The alarm of each flow. */
export const CONTACT_FLOW_ALARMS: ReadonlyArray<RecommendedAlarm<IContactFlow>> = [
  {
    key: 'contactFlowFatalErrors',
    metricName: 'ContactFlowFatalErrors',
    threshold: 1,
    reason: 'The flow failed to run because of a system error. Read its flow logs',
    treatMissingData: NOT_BREACHING,
    missingData: NOTHING_HAPPENED,
    metric: (flow) => flow.metricContactFlowFatalErrors(),
  },
];

/** Every recommended alarm's key, for checking `alarms`. */
export const ALARM_KEYS: ReadonlyArray<keyof RecommendedAlarms> = [...INSTANCE_ALARMS, ...QUEUE_ALARMS, ...CONTACT_FLOW_ALARMS].map((a) => a.key);
