import { IResource, Resource, Token } from 'aws-cdk-lib';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import { CfnQueue } from 'aws-cdk-lib/aws-connect';
import { Construct } from 'constructs';
import { ContactFlow, ContactFlowType, IContactFlow } from './contact-flow';
import type { IHoursOfOperation } from './hours-of-operation';
import type { IConnectInstance } from './instance';
import type { IPhoneNumber } from './phone-number';
import { QUEUE_METRIC_KIND, resourceMetric } from './private/instance/metrics';
import { checkInstanceResourceArn, idFromInstanceResourceArn, instanceIdFromInstanceResourceArn } from './private/resources/connect-arn';
import { checkImportedName, defaultResourceName } from './private/resources/names';
import { PropValidator } from './private/validation';

/** A queue of an Amazon Connect instance: where contacts wait for an agent. */
export interface IQueue extends IResource {
  /**
   * The ARN of the queue.
   *
   * @attribute
   */
  readonly queueArn: string;

  /**
   * The id of the queue.
   *
   * @attribute
   */
  readonly queueId: string;

  /**
   * An `AWS/Connect` metric of this queue (by `QueueName`); throws for a queue imported without its name.
   *
   * @default - statistic as documented for the metric (Sum otherwise), 5-minute period
   * @see https://docs.aws.amazon.com/connect/latest/adminguide/monitoring-cloudwatch.html
   */
  metric(metricName: string, props?: cloudwatch.MetricOptions): cloudwatch.Metric;

  /** The number of contacts in the queue. Statistic: Maximum, period 5 minutes. */
  metricQueueSize(props?: cloudwatch.MetricOptions): cloudwatch.Metric;

  /** The longest wait in the queue, in seconds. Statistic: Maximum, period 5 minutes. */
  metricLongestQueueWaitTime(props?: cloudwatch.MetricOptions): cloudwatch.Metric;

  /** Calls rejected because the queue was full. Statistic: Sum, period 5 minutes. */
  metricQueueCapacityExceededError(props?: cloudwatch.MetricOptions): cloudwatch.Metric;
}

/** What an imported queue is made of. */
export interface QueueAttributes {
  /** The ARN of the queue. */
  readonly queueArn: string;

  /**
   * The name of the queue, which its metrics need: Amazon Connect publishes them by name.
   *
   * @default - unknown: the queue's metrics throw
   */
  readonly queueName?: string;
}

/** A queue to create for an instance. */
export interface QueueOptions {
  /** When the queue takes contacts. */
  readonly hoursOfOperation: IHoursOfOperation;

  /**
   * The name (1 to 127 characters), shown in the admin website and the Contact Control Panel.
   *
   * @default - a name unique in the app, built from the construct path
   */
  readonly queueName?: string;

  /**
   * A description (1 to 250 characters).
   *
   * @default - none
   */
  readonly description?: string;

  /**
   * How many contacts can wait in the queue before it is full (0 or more).
   *
   * @default - no limit but the instance's quota
   * @see https://docs.aws.amazon.com/connect/latest/adminguide/create-queue.html
   */
  readonly maxContacts?: number;

  /**
   * The caller id name shown on outbound calls from the queue (1 to 255 characters).
   *
   * @default - none
   */
  readonly outboundCallerIdName?: string;

  /**
   * The claimed or imported phone number shown as caller id on outbound calls from the queue.
   *
   * @default - none
   */
  readonly outboundCallerIdNumber?: IPhoneNumber;

  /**
   * The outbound whisper flow played to the customer before an outbound call connects
   * (type `OUTBOUND_WHISPER`).
   *
   * @default - none: Amazon Connect's default outbound whisper
   * @see https://docs.aws.amazon.com/connect/latest/APIReference/API_OutboundCallerConfig.html
   */
  readonly outboundFlow?: IContactFlow;
}

/** Properties of a `Queue`. */
export interface QueueProps extends QueueOptions {
  /** The instance the queue belongs to. */
  readonly instance: IConnectInstance;
}

/** What imported and created queues share: their metrics. */
abstract class QueueBase extends Resource implements IQueue {
  public abstract readonly queueArn: string;
  public abstract readonly queueId: string;
  /**
   * The id of the queue's instance, for its metrics.
   *
   * @internal
   */
  protected abstract readonly _metricInstanceId: string;
  /**
   * The name of the queue, for its metrics; undefined when imported without it.
   *
   * @internal
   */
  protected abstract readonly _metricQueueName: string | undefined;

  public metric(metricName: string, props?: cloudwatch.MetricOptions): cloudwatch.Metric {
    return resourceMetric({ resource: this, instanceId: this._metricInstanceId, name: this._metricQueueName }, QUEUE_METRIC_KIND, metricName, props);
  }

  public metricQueueSize(props?: cloudwatch.MetricOptions): cloudwatch.Metric {
    return this.metric('QueueSize', props);
  }

  public metricLongestQueueWaitTime(props?: cloudwatch.MetricOptions): cloudwatch.Metric {
    return this.metric('LongestQueueWaitTime', props);
  }

  public metricQueueCapacityExceededError(props?: cloudwatch.MetricOptions): cloudwatch.Metric {
    return this.metric('QueueCapacityExceededError', props);
  }
}

/**
 * A standard queue of an Amazon Connect instance: contacts wait in it, during its hours of
 * operation, for an agent whose routing profile serves it.
 *
 * @resource AWS::Connect::Queue
 */
export class Queue extends QueueBase {
  /** Imports a queue by ARN, such as the **BasicQueue**; metrics need `fromQueueAttributes`. */
  public static fromQueueArn(scope: Construct, id: string, queueArn: string): IQueue {
    return Queue.fromQueueAttributes(scope, id, { queueArn });
  }

  /** Imports a queue by ARN and, for its metrics, name. */
  public static fromQueueAttributes(scope: Construct, id: string, attrs: QueueAttributes): IQueue {
    const queueArn = attrs.queueArn;
    checkInstanceResourceArn('queueArn', queueArn, 'queue', 'an Amazon Connect queue');
    if (attrs.queueName !== undefined) {
      checkImportedName('queueName', attrs.queueName);
    }
    class Import extends QueueBase {
      public readonly queueArn = queueArn;
      public readonly queueId = idFromInstanceResourceArn(queueArn);
      protected readonly _metricInstanceId = instanceIdFromInstanceResourceArn(queueArn);
      protected readonly _metricQueueName = attrs.queueName;
    }
    return new Import(scope, id, { environmentFromArn: queueArn });
  }

  /**
   * The ARN of the queue.
   *
   * @attribute
   */
  public readonly queueArn: string;

  /**
   * The id of the queue.
   *
   * @attribute
   */
  public readonly queueId: string;

  /**
   * The name of the queue.
   *
   * @attribute
   */
  public readonly queueName: string;

  /** @internal */
  protected readonly _metricInstanceId: string;
  /** @internal */
  protected readonly _metricQueueName: string;

  constructor(scope: Construct, id: string, props: QueueProps) {
    super(scope, id);
    const v = new PropValidator();
    v.checkRequired('instance', props.instance);
    v.checkRequired('hoursOfOperation', props.hoursOfOperation);
    // The registry schema's bounds of Name, Description, MaxContacts and the caller id.
    v.checkString('queueName', props.queueName, { minLength: 1, maxLength: 127 });
    v.checkString('description', props.description, { minLength: 1, maxLength: 250 });
    if (props.maxContacts !== undefined && !Token.isUnresolved(props.maxContacts)
      && (!Number.isInteger(props.maxContacts) || props.maxContacts < 0)) {
      v.fail('maxContacts', props.maxContacts, 'must be a whole number, 0 or more');
    }
    v.checkString('outboundCallerIdName', props.outboundCallerIdName, { minLength: 1, maxLength: 255 });
    if (props.outboundCallerIdNumber !== undefined && typeof props.outboundCallerIdNumber?.phoneNumberArn !== 'string') {
      // Possible from JavaScript, such as the number's ARN as a string.
      v.fail('outboundCallerIdNumber', props.outboundCallerIdNumber, 'must be a phone number (IPhoneNumber), such as instance.addPhoneNumber() or PhoneNumber.fromPhoneNumberArn()');
    }
    if (props.outboundFlow instanceof ContactFlow && props.outboundFlow.type !== ContactFlowType.OUTBOUND_WHISPER) {
      v.failCombination(`outboundFlow must be a flow of type OUTBOUND_WHISPER, got the ${props.outboundFlow.type} flow '${props.outboundFlow.node.path}'`);
    }
    v.throwIfAny(this, 'Queue');

    const outbound = props.outboundCallerIdName !== undefined || props.outboundCallerIdNumber !== undefined || props.outboundFlow !== undefined;
    this.queueName = props.queueName ?? defaultResourceName(this);
    const resource = new CfnQueue(this, 'Resource', {
      instanceArn: props.instance.instanceArn,
      hoursOfOperationArn: props.hoursOfOperation.hoursOfOperationArn,
      name: this.queueName,
      description: props.description,
      maxContacts: props.maxContacts,
      outboundCallerConfig: outbound ? {
        outboundCallerIdName: props.outboundCallerIdName,
        outboundCallerIdNumberArn: props.outboundCallerIdNumber?.phoneNumberArn,
        outboundFlowArn: props.outboundFlow?.contactFlowArn,
      } : undefined,
    });
    this.queueArn = resource.attrQueueArn;
    this.queueId = idFromInstanceResourceArn(this.queueArn);
    this._metricInstanceId = props.instance.instanceId;
    this._metricQueueName = this.queueName;
  }
}
