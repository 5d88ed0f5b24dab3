import { Annotations, AspectPriority, Aspects, IAspect, Lazy, Names, Stack, Token } from 'aws-cdk-lib';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import type * as logs from 'aws-cdk-lib/aws-logs';
import type * as sns from 'aws-cdk-lib/aws-sns';
import { Construct, IConstruct } from 'constructs';
import type { IContactFlow } from './contact-flow';
import type { IConnectInstance } from './instance';
import { jsonText } from './private/json-text';
import { discover, isFunction } from './private/monitoring/discovery';
import { dashboardRows, placed, WidgetJson } from './private/monitoring/layout';
import { ALARM_KEYS, CONTACT_FLOW_ALARMS, GREATER_THAN_OR_EQUAL_TO_THRESHOLD, INSTANCE_ALARMS, QUEUE_ALARMS, RecommendedAlarm } from './private/monitoring/recommended-alarms';
import { unwrappedWidgets } from './private/monitoring/widget-json';
import { PropValidator } from './private/validation';
import type { IQueue } from './queue';

/** How one recommended alarm is tuned, or turned off. */
export interface RecommendedAlarmOptions {
  /**
   * Whether the alarm is created: `false` removes it.
   *
   * @default true
   */
  readonly enabled?: boolean;

  /**
   * The value at or above which the alarm fires.
   *
   * @default - the alarm's recommended threshold (see `RecommendedAlarms`)
   */
  readonly threshold?: number;

  /**
   * How many consecutive 5-minute periods must reach the threshold (1 to 288: one day at most).
   *
   * @default 1
   * @see https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_PutMetricAlarm.html
   */
  readonly evaluationPeriods?: number;
}

/**
 * The recommended alarms, each on by default: a sum (a maximum for the
 * percentage) over 5 minutes at or above its threshold, missing data not
 * breaching, since Amazon Connect sends data only while something happens.
 *
 * @see https://docs.aws.amazon.com/connect/latest/adminguide/monitoring-cloudwatch.html
 */
export interface RecommendedAlarms {
  /**
   * ThrottledCalls: calls rejected because the calls per second exceeded the quota.
   *
   * @default - on, at 1 or more
   */
  readonly throttledCalls?: RecommendedAlarmOptions;

  /**
   * CallsBreachingConcurrencyQuota: voice calls over the concurrent calls quota.
   *
   * @default - on, at 1 or more
   */
  readonly callsBreachingConcurrencyQuota?: RecommendedAlarmOptions;

  /**
   * ConcurrentCallsPercentage: the share of the concurrent calls quota in use, 0 to 100.
   *
   * @default - on, at 80 (%) or more
   */
  readonly concurrentCallsPercentage?: RecommendedAlarmOptions;

  /**
   * MisconfiguredPhoneNumbers: calls that failed because their number has no flow.
   *
   * @default - on, at 1 or more
   */
  readonly misconfiguredPhoneNumbers?: RecommendedAlarmOptions;

  /**
   * CallRecordingUploadError: recordings that failed to upload to the bucket.
   *
   * @default - on, at 1 or more
   */
  readonly callRecordingUploadError?: RecommendedAlarmOptions;

  /**
   * ChatsBreachingActiveChatQuota: chats refused at the concurrent active chats quota.
   *
   * @default - on, at 1 or more
   */
  readonly chatsBreachingActiveChatQuota?: RecommendedAlarmOptions;

  /**
   * TasksBreachingConcurrencyQuota: tasks over the concurrent tasks quota.
   *
   * @default - on, at 1 or more
   */
  readonly tasksBreachingConcurrencyQuota?: RecommendedAlarmOptions;

  /**
   * QueueCapacityExceededError, one alarm per queue: calls rejected because the queue was full.
   *
   * @default - on, at 1 or more
   */
  readonly queueCapacityExceededError?: RecommendedAlarmOptions;

  /**
   * ContactFlowFatalErrors, one alarm per flow: runs that failed on a system error.
   *
   * @default - on, at 1 or more
   */
  readonly contactFlowFatalErrors?: RecommendedAlarmOptions;
}

/** A dashboard and the recommended alarms for an instance (`addMonitoring`). */
export interface ContactCenterMonitoringOptions {
  /**
   * The dashboard's name (1 to 255 letters, digits, `-` and `_`). Changing it replaces the dashboard.
   *
   * @default - a name CloudFormation generates
   * @see https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_PutDashboard.html
   */
  readonly dashboardName?: string;

  /**
   * Thresholds of the recommended alarms, or `{ enabled: false }` to leave one out.
   *
   * @default - every recommended alarm, at its recommended threshold
   */
  readonly alarms?: RecommendedAlarms;

  /**
   * The topic each alarm notifies when it fires and when it recovers.
   *
   * @default - none
   */
  readonly alarmTopic?: sns.ITopic;

  /**
   * More actions each alarm takes when it fires.
   *
   * @default - none
   */
  readonly alarmActions?: cloudwatch.IAlarmAction[];

  /**
   * The log group of the instance's flow logs, for the dashboard's failed flow runs.
   *
   * @default - the `flowLogGroup` of a `ConnectInstance`; none for an imported instance (no flow-log widget)
   */
  readonly flowLogGroup?: logs.ILogGroup;
}

/** Properties of a `ContactCenterMonitoring`. */
export interface ContactCenterMonitoringProps extends ContactCenterMonitoringOptions {
  /** The instance to watch, created or imported. */
  readonly instance: IConnectInstance;
}

/**
 * A CloudWatch dashboard of an Amazon Connect instance and its recommended
 * alarms. Drawn from what the app built when it is synthesized: the queues
 * and flows created for the instance, the Lambda functions associated with it
 * and the deploy-time function each get their row, and each queue and flow
 * its alarm. Queues, flows and functions imported, or of another app, are
 * added with `monitorQueue`, `monitorContactFlow` and `monitorFunction`.
 *
 * Every queue and flow adds an `AWS::CloudWatch::Alarm` to the stack (500
 * resources at most): in a stack of its own, the monitoring of a large
 * contact center takes none of the instance's stack.
 *
 * @see https://docs.aws.amazon.com/connect/latest/adminguide/monitoring-cloudwatch.html
 */
export class ContactCenterMonitoring extends Construct {
  /**
   * The name of the dashboard.
   *
   * @attribute
   */
  public readonly dashboardName: string;

  /**
   * The ARN of the dashboard.
   *
   * @attribute
   */
  public readonly dashboardArn: string;

  /** The instance watched. */
  public readonly instance: IConnectInstance;

  private readonly alarmOptions: RecommendedAlarms;
  private readonly alarmTopic?: sns.ITopic;
  private readonly alarmActions: cloudwatch.IAlarmAction[];
  private readonly flowLogGroup?: logs.ILogGroup;
  private readonly queues: IQueue[] = [];
  private readonly contactFlows: IContactFlow[] = [];
  private readonly functions: lambda.IFunction[] = [];
  private readonly widgets: cloudwatch.IWidget[][] = [];
  private rows: WidgetJson[][] = [];
  private body?: string;
  private built = false;

  constructor(scope: Construct, id: string, props: ContactCenterMonitoringProps) {
    super(scope, id);
    const v = new PropValidator();
    v.checkRequired('instance', props.instance);
    v.checkString('dashboardName', props.dashboardName, {
      minLength: 1, maxLength: 255, pattern: /^[A-Za-z0-9_-]+$/, patternMessage: 'may contain only letters, digits, - and _',
    });
    if (props.instance) {
      checkSameEnvironment(v, this, props.instance);
    }
    checkAlarms(v, props.alarms);
    if (props.alarmTopic !== undefined && typeof props.alarmTopic?.topicArn !== 'string') {
      v.fail('alarmTopic', props.alarmTopic, 'must be an SNS topic (sns.ITopic), such as new sns.Topic() or sns.Topic.fromTopicArn()');
    }
    if (props.alarmActions !== undefined && !Array.isArray(props.alarmActions)) {
      v.fail('alarmActions', props.alarmActions, 'must be a list of alarm actions (cloudwatch.IAlarmAction)');
    }
    (Array.isArray(props.alarmActions) ? props.alarmActions : []).forEach((action, i) => {
      if (typeof action?.bind !== 'function') {
        v.fail(`alarmActions[${i}]`, action, 'must be an alarm action (cloudwatch.IAlarmAction), such as new cloudwatch_actions.SnsAction(topic)');
      }
    });
    v.throwIfAny(this, 'ContactCenterMonitoring');

    this.instance = props.instance;
    this.alarmOptions = props.alarms ?? {};
    this.alarmTopic = props.alarmTopic;
    this.alarmActions = props.alarmActions ?? [];
    this.flowLogGroup = props.flowLogGroup ?? (props.instance as { flowLogGroup?: logs.ILogGroup }).flowLogGroup;
    // L1 resources: the L2 dashboard and alarms cost each synth more (docs/performance.md).
    const dashboard = new cloudwatch.CfnDashboard(this, 'Dashboard', {
      dashboardName: props.dashboardName,
      dashboardBody: Lazy.uncachedString({ produce: () => this.renderBody() }),
    });
    this.dashboardName = dashboard.ref;
    this.dashboardArn = Stack.of(this).formatArn({ service: 'cloudwatch', region: '', resource: 'dashboard', resourceName: dashboard.ref });
    Aspects.of(this).add(new BuildWhenSynthesized(this, () => this.build()), { priority: AspectPriority.MUTATING });
  }

  /** Watches a queue the app did not create for this instance, such as one imported with its name. */
  public monitorQueue(queue: IQueue): void {
    // Throws now, at the caller, for a queue imported without its name.
    queue.metricQueueSize();
    this.queues.push(queue);
  }

  /** Watches a flow the app did not create for this instance, such as one imported with its name. */
  public monitorContactFlow(contactFlow: IContactFlow): void {
    contactFlow.metricContactFlowErrors();
    this.contactFlows.push(contactFlow);
  }

  /** Shows a Lambda function on the dashboard, besides those associated with the instance. */
  public monitorFunction(fn: lambda.IFunction): void {
    if (!isFunction(fn)) {
      // Possible from JavaScript; nothing else to collect.
      throw new Error(`fn must be a Lambda function (lambda.IFunction) of '${this.node.path}', got ${String(fn)}`);
    }
    this.functions.push(fn);
  }

  /** Adds widgets in a row below the ones drawn from the app. */
  public addWidgets(...widgets: cloudwatch.IWidget[]): void {
    this.widgets.push(widgets);
  }

  /** Creates the alarms and draws the dashboard, once the app is complete. */
  private build(): void {
    if (this.built) {
      return;
    }
    this.built = true;
    const found = discover(this.instance, this);
    const monitored = {
      queues: unique([...found.queues, ...this.queues]),
      contactFlows: unique([...found.contactFlows, ...this.contactFlows]),
      functions: unique([...found.functions, ...this.functions]),
      deployTimeFunctions: found.deployTimeFunctions,
    };
    const label = instanceLabel(this.instance);
    const alarms = new Construct(this, 'Alarms');
    const created: cloudwatch.CfnAlarm[] = [];
    for (const alarm of INSTANCE_ALARMS) {
      created.push(...this.alarm(alarms, alarm, this.instance, `Amazon Connect ${label}`));
    }
    for (const queue of monitored.queues) {
      for (const alarm of QUEUE_ALARMS) {
        created.push(...this.alarm(alarms, alarm, queue, `Amazon Connect ${label}, queue ${queue.metricQueueSize().dimensions?.QueueName}`));
      }
    }
    for (const flow of monitored.contactFlows) {
      for (const alarm of CONTACT_FLOW_ALARMS) {
        created.push(...this.alarm(alarms, alarm, flow, `Amazon Connect ${label}, flow ${flow.metricContactFlowErrors().dimensions?.ContactFlowName}`));
      }
    }
    const percentage = INSTANCE_ALARMS.find((a) => a.key === 'concurrentCallsPercentage')!;
    const percentageOptions = this.alarmOptions.concurrentCallsPercentage;
    this.rows = dashboardRows({
      instance: this.instance,
      instanceLabel: label,
      accessUrl: (this.instance as { accessUrl?: string }).accessUrl,
      monitored,
      alarmArns: created.map((alarm) => alarm.attrArn),
      concurrentCallsThreshold: percentageOptions?.enabled === false ? undefined : percentageOptions?.threshold ?? percentage.threshold,
      flowLogGroup: this.flowLogGroup,
    }, this);
    if (created.length > 0 && !this.alarmTopic && this.alarmActions.length === 0) {
      Annotations.of(this).addWarningV2('cdk-connect-instance:alarmsNotifyNobody',
        `the ${created.length} recommended alarms of '${this.node.path}' notify nobody: give alarmTopic or alarmActions`);
    }
  }

  /** The alarm `recommended` of `subject`, unless turned off. */
  private alarm<S extends IConstruct>(scope: Construct, recommended: RecommendedAlarm<S>, subject: S, what: string): cloudwatch.CfnAlarm[] {
    const options = this.alarmOptions[recommended.key] ?? {};
    if (options.enabled === false) {
      return [];
    }
    const id = (subject as IConstruct) === this.instance ? recommended.metricName : `${Names.uniqueId(subject)}${recommended.metricName}`;
    const threshold = options.threshold ?? recommended.threshold;
    const stat = recommended.metric(subject).toMetricConfig().metricStat!;
    const topic = this.alarmTopic ? [this.alarmTopic.topicArn] : [];
    const alarm = new cloudwatch.CfnAlarm(scope, id, {
      namespace: stat.namespace,
      metricName: stat.metricName,
      dimensions: stat.dimensions?.map((d) => ({ name: d.name, value: d.value })),
      statistic: stat.statistic,
      period: stat.period.toSeconds(),
      threshold,
      evaluationPeriods: options.evaluationPeriods ?? 1,
      comparisonOperator: GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      treatMissingData: recommended.treatMissingData,
      alarmDescription: `${what}: ${recommended.reason} (${recommended.metricName} >= ${threshold}).`,
      okActions: topic.length > 0 ? topic : undefined,
    });
    const actions = [...topic, ...this.alarmActions.map((action) => action.bind(this, alarmOf(alarm)).alarmActionArn)];
    alarm.alarmActions = actions.length > 0 ? actions : undefined;
    return [alarm];
  }

  /** The dashboard body: the rows drawn from the app, then the ones added; rendered once built. */
  private renderBody(): string {
    if (this.body !== undefined) {
      return this.body;
    }
    const drawn = placed(this.rows);
    const widgets = drawn.widgets;
    if (this.widgets.length > 0) {
      const added = new cloudwatch.Column(...this.widgets.map((row) => new cloudwatch.Row(...row)));
      added.position(0, drawn.height);
      widgets.push(...unwrappedWidgets(added.toJson(), this) as unknown[]);
    }
    const body = jsonText(this, { widgets });
    this.body = this.built ? body : undefined;
    return body;
  }
}

/** The alarm as an action's `bind` takes it (an imported alarm, made only for actions given). */
function alarmOf(alarm: cloudwatch.CfnAlarm): cloudwatch.IAlarm {
  return cloudwatch.Alarm.fromAlarmArn(alarm, 'Alarm', alarm.attrArn);
}

/** Builds the monitoring when the aspects run, before the templates are written. */
class BuildWhenSynthesized implements IAspect {
  constructor(private readonly monitoring: IConstruct, private readonly build: () => void) {}

  public visit(node: IConstruct): void {
    if (node === this.monitoring) {
      this.build();
    }
  }
}

/**
 * The alarms watch the instance's metrics in their own account and Region,
 * as aws-cdk-lib's `Alarm` requires of a single metric.
 *
 * @see https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/Cross-Account-Cross-Region.html
 */
function checkSameEnvironment(v: PropValidator, scope: Construct, instance: IConnectInstance): void {
  const here = Stack.of(scope);
  for (const [what, mine, theirs] of [['account', here.account, instance.env?.account], ['Region', here.region, instance.env?.region]]) {
    if (typeof theirs === 'string' && !Token.isUnresolved(mine) && !Token.isUnresolved(theirs) && mine !== theirs) {
      v.fail('instance', `${instance.node.path} (${what} ${theirs})`, `must be in the ${what} of the monitoring's stack, ${mine}: its alarms watch metrics there`);
    }
  }
}

/** Records the problems of `alarms`, each under its key. */
function checkAlarms(v: PropValidator, alarms: RecommendedAlarms | undefined): void {
  if (alarms === undefined) {
    return;
  }
  if (typeof alarms !== 'object' || alarms === null) {
    v.fail('alarms', alarms, 'must be a RecommendedAlarms');
    return;
  }
  const all = [...INSTANCE_ALARMS, ...QUEUE_ALARMS, ...CONTACT_FLOW_ALARMS] as ReadonlyArray<RecommendedAlarm<unknown>>;
  for (const [key, options] of Object.entries(alarms) as Array<[string, RecommendedAlarmOptions | undefined]>) {
    const recommended = all.find((a) => a.key === key);
    if (recommended === undefined) {
      v.fail(`alarms.${key}`, options, `is not a recommended alarm: one of ${ALARM_KEYS.join(', ')}`);
      continue;
    }
    if (options === undefined) {
      continue;
    }
    if (options.enabled !== undefined && typeof options.enabled !== 'boolean') {
      v.fail(`alarms.${key}.enabled`, options.enabled, 'must be true or false');
    }
    const threshold = options.threshold;
    const max = recommended.maxThreshold;
    if (threshold !== undefined && !Token.isUnresolved(threshold)
      && (typeof threshold !== 'number' || !Number.isFinite(threshold) || threshold < 0 || (max !== undefined && threshold > max))) {
      v.fail(`alarms.${key}.threshold`, threshold, max !== undefined ? `must be a number from 0 to ${max}` : 'must be a number, 0 or more');
    }
    // PutMetricAlarm: periods under an hour evaluate one day at most (288 periods of 5 minutes).
    v.checkInteger(`alarms.${key}.evaluationPeriods`, options.evaluationPeriods, 1, 288);
  }
}

/** The instance's alias when known, else its id. */
function instanceLabel(instance: IConnectInstance): string {
  const url = (instance as { accessUrl?: string }).accessUrl;
  const alias = url !== undefined ? /^https:\/\/([^.]+)\./.exec(url)?.[1] : undefined;
  return alias ?? instance.instanceId;
}

function unique<T>(items: T[]): T[] {
  return [...new Set(items)];
}
