import { IResource, Resource } from 'aws-cdk-lib';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import { CfnContactFlow } from 'aws-cdk-lib/aws-connect';
import { Construct } from 'constructs';
import { FlowContent } from './flow-content';
import type { IConnectInstance } from './instance';
import { renderContent } from './private/contact-flow/render';
import { CONTACT_FLOW_METRIC_KIND, resourceMetric } from './private/instance/metrics';
import { checkInstanceResourceArn, idFromInstanceResourceArn, instanceIdFromInstanceResourceArn } from './private/resources/connect-arn';
import { checkImportedName, defaultResourceName } from './private/resources/names';
import { PropValidator } from './private/validation';

/** A flow of an Amazon Connect instance. */
export interface IContactFlow extends IResource {
  /**
   * The ARN of the flow.
   *
   * @attribute
   */
  readonly contactFlowArn: string;

  /**
   * The id of the flow.
   *
   * @attribute
   */
  readonly contactFlowId: string;

  /**
   * An `AWS/Connect` metric of this flow (by `ContactFlowName`); throws for a flow imported without its name.
   *
   * @default - statistic as documented for the metric (Sum otherwise), 5-minute period
   * @see https://docs.aws.amazon.com/connect/latest/adminguide/monitoring-cloudwatch.html
   */
  metric(metricName: string, props?: cloudwatch.MetricOptions): cloudwatch.Metric;

  /** The times the flow's error branch ran. Statistic: Sum, period 5 minutes. */
  metricContactFlowErrors(props?: cloudwatch.MetricOptions): cloudwatch.Metric;

  /** The times the flow failed on a system error. Statistic: Sum, period 5 minutes. */
  metricContactFlowFatalErrors(props?: cloudwatch.MetricOptions): cloudwatch.Metric;
}

/** What an imported flow is made of. */
export interface ContactFlowAttributes {
  /** The ARN of the flow. */
  readonly contactFlowArn: string;

  /**
   * The name of the flow, which its metrics need: Amazon Connect publishes them by name.
   *
   * @default - unknown: the flow's metrics throw
   */
  readonly contactFlowName?: string;
}

/**
 * The type of a flow: where in a contact's life Amazon Connect runs it. The values are those the
 * `AWS::Connect::ContactFlow` `Type` accepts.
 *
 * @see https://docs.aws.amazon.com/connect/latest/adminguide/create-contact-flow.html#contact-flow-types
 * @see https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-connect-contactflow.html#cfn-connect-contactflow-type
 */
export enum ContactFlowType {
  /** An inbound flow: the first flow of a contact, such as the flow a phone number routes to. */
  CONTACT_FLOW = 'CONTACT_FLOW',
  /** What the customer hears while in a queue. */
  CUSTOMER_QUEUE = 'CUSTOMER_QUEUE',
  /** What the customer hears while on hold. */
  CUSTOMER_HOLD = 'CUSTOMER_HOLD',
  /** What the customer hears before joining the agent. */
  CUSTOMER_WHISPER = 'CUSTOMER_WHISPER',
  /** What the agent hears while the customer is on hold. */
  AGENT_HOLD = 'AGENT_HOLD',
  /** What the agent hears before joining the customer. */
  AGENT_WHISPER = 'AGENT_WHISPER',
  /** What the customer hears before an outbound call is connected (a queue's outbound whisper flow). */
  OUTBOUND_WHISPER = 'OUTBOUND_WHISPER',
  /** A transfer to an agent through a quick connect. */
  AGENT_TRANSFER = 'AGENT_TRANSFER',
  /** A transfer to a queue through a quick connect. */
  QUEUE_TRANSFER = 'QUEUE_TRANSFER',
  /**
   * The steps an outbound campaign runs for each recipient (campaign actions such as sending an SMS).
   *
   * @see https://docs.aws.amazon.com/connect/latest/adminguide/create-campaigns-api-cli.html
   */
  CAMPAIGN = 'CAMPAIGN',
}

/** A flow to create for an instance. */
export interface ContactFlowOptions {
  /**
   * The content, in the Amazon Connect Flow language, checked at synth (JSON, start action,
   * unique identifiers, transitions).
   */
  readonly content: FlowContent;

  /**
   * The type. Changing it replaces the flow.
   *
   * @default ContactFlowType.CONTACT_FLOW
   */
  readonly type?: ContactFlowType;

  /**
   * The name (1 to 127 characters), shown in the admin website.
   *
   * @default - a name unique in the app, built from the construct path
   */
  readonly contactFlowName?: string;

  /**
   * A description (at most 500 characters).
   *
   * @default - none
   */
  readonly description?: string;
}

/** Properties of a `ContactFlow`. */
export interface ContactFlowProps extends ContactFlowOptions {
  /** The instance the flow belongs to. */
  readonly instance: IConnectInstance;
}

/** What imported and created flows share: their metrics. */
abstract class ContactFlowBase extends Resource implements IContactFlow {
  public abstract readonly contactFlowArn: string;
  public abstract readonly contactFlowId: string;
  /**
   * The id of the flow's instance, for its metrics.
   *
   * @internal
   */
  protected abstract readonly _metricInstanceId: string;
  /**
   * The name of the flow, for its metrics; undefined when imported without it.
   *
   * @internal
   */
  protected abstract readonly _metricContactFlowName: string | undefined;

  public metric(metricName: string, props?: cloudwatch.MetricOptions): cloudwatch.Metric {
    const source = { resource: this, instanceId: this._metricInstanceId, name: this._metricContactFlowName };
    return resourceMetric(source, CONTACT_FLOW_METRIC_KIND, metricName, props);
  }

  public metricContactFlowErrors(props?: cloudwatch.MetricOptions): cloudwatch.Metric {
    return this.metric('ContactFlowErrors', props);
  }

  public metricContactFlowFatalErrors(props?: cloudwatch.MetricOptions): cloudwatch.Metric {
    return this.metric('ContactFlowFatalErrors', props);
  }
}

/**
 * A flow of an Amazon Connect instance, from content in the Amazon Connect Flow language.
 *
 * @resource AWS::Connect::ContactFlow
 * @see https://docs.aws.amazon.com/connect/latest/APIReference/flow-language.html
 */
export class ContactFlow extends ContactFlowBase {
  /** Imports a flow by ARN; its metrics need `fromContactFlowAttributes`. */
  public static fromContactFlowArn(scope: Construct, id: string, contactFlowArn: string): IContactFlow {
    return ContactFlow.fromContactFlowAttributes(scope, id, { contactFlowArn });
  }

  /** Imports a flow by ARN and, for its metrics, name. */
  public static fromContactFlowAttributes(scope: Construct, id: string, attrs: ContactFlowAttributes): IContactFlow {
    const contactFlowArn = attrs.contactFlowArn;
    checkInstanceResourceArn('contactFlowArn', contactFlowArn, 'contact-flow', 'an Amazon Connect flow');
    if (attrs.contactFlowName !== undefined) {
      checkImportedName('contactFlowName', attrs.contactFlowName);
    }
    class Import extends ContactFlowBase {
      public readonly contactFlowArn = contactFlowArn;
      public readonly contactFlowId = idFromInstanceResourceArn(contactFlowArn);
      protected readonly _metricInstanceId = instanceIdFromInstanceResourceArn(contactFlowArn);
      protected readonly _metricContactFlowName = attrs.contactFlowName;
    }
    return new Import(scope, id, { environmentFromArn: contactFlowArn });
  }

  /**
   * The ARN of the flow.
   *
   * @attribute
   */
  public readonly contactFlowArn: string;

  /**
   * The id of the flow.
   *
   * @attribute
   */
  public readonly contactFlowId: string;

  /** The type of the flow. */
  public readonly type: ContactFlowType;

  /**
   * The name of the flow.
   *
   * @attribute
   */
  public readonly contactFlowName: string;

  /** @internal */
  protected readonly _metricInstanceId: string;
  /** @internal */
  protected readonly _metricContactFlowName: string;

  constructor(scope: Construct, id: string, props: ContactFlowProps) {
    super(scope, id);
    const v = new PropValidator();
    v.checkRequired('instance', props.instance);
    // The registry schema's Name (1 to 127) and Description (at most 500).
    v.checkString('contactFlowName', props.contactFlowName, { minLength: 1, maxLength: 127 });
    v.checkString('description', props.description, { maxLength: 500 });
    if (props.type !== undefined && !Object.values<string>(ContactFlowType).includes(props.type)) {
      v.fail('type', props.type, `must be one of ${Object.values(ContactFlowType).join(', ')}`);
    }
    const content = renderContent(this, v, props.content, props.instance, props.type ?? ContactFlowType.CONTACT_FLOW);
    v.throwIfAny(this, 'ContactFlow');

    this.type = props.type ?? ContactFlowType.CONTACT_FLOW;
    this.contactFlowName = props.contactFlowName ?? defaultResourceName(this);
    const resource = new CfnContactFlow(this, 'Resource', {
      instanceArn: props.instance.instanceArn,
      name: this.contactFlowName,
      description: props.description,
      type: this.type,
      content: content!,
    });
    this.contactFlowArn = resource.attrContactFlowArn;
    this.contactFlowId = idFromInstanceResourceArn(this.contactFlowArn);
    this._metricInstanceId = props.instance.instanceId;
    this._metricContactFlowName = this.contactFlowName;
  }
}
