/**
 * A value an action reads: a literal, or a reference into the contact's data by the Flow language's
 * JSONPath (`$.Attributes.x`, `$.External.y`, …). `toString()` gives the text to write in a parameter,
 * also inside a message ("Hello $.Attributes.firstName").
 *
 * @see https://docs.aws.amazon.com/connect/latest/adminguide/connect-attrib-list.html
 */
export class FlowValue {
  /** A literal text. */
  public static text(value: string): FlowValue {
    return new FlowValue(value, false);
  }

  /** A user-defined contact attribute (`$.Attributes.<name>`), as `UpdateContactAttributes` sets it. */
  public static contactAttribute(name: string): FlowValue {
    return FlowValue.path('$.Attributes', name);
  }

  /** A value the last `InvokeLambdaFunction` returned (`$.External.<name>`). */
  public static external(name: string): FlowValue {
    return FlowValue.path('$.External', name);
  }

  /** A flow attribute (`$.FlowAttributes.<name>`), set by `UpdateFlowAttributes` and seen only by this flow. */
  public static flowAttribute(name: string): FlowValue {
    return FlowValue.path('$.FlowAttributes', name);
  }

  /** A slot of the last Lex bot interaction (`$.Lex.Slots.<name>`). */
  public static lexSlot(name: string): FlowValue {
    return FlowValue.path('$.Lex.Slots', name);
  }

  /** An input of the running flow module (`$.Modules.Input.<name>`). */
  public static moduleInput(name: string): FlowValue {
    return FlowValue.path('$.Modules.Input', name);
  }

  /** What the customer last entered in `GetParticipantInput` with `StoreInput` (`$.StoredCustomerInput`). */
  public static storedCustomerInput(): FlowValue {
    return new FlowValue('$.StoredCustomerInput', true);
  }

  /** The customer's phone number or address (`$.CustomerEndpoint.Address`). */
  public static customerEndpointAddress(): FlowValue {
    return new FlowValue('$.CustomerEndpoint.Address', true);
  }

  /** The number or address the customer reached (`$.SystemEndpoint.Address`). */
  public static systemEndpointAddress(): FlowValue {
    return new FlowValue('$.SystemEndpoint.Address', true);
  }

  /** The contact's channel (`$.Channel`: VOICE, CHAT, TASK, EMAIL). */
  public static channel(): FlowValue {
    return new FlowValue('$.Channel', true);
  }

  /** A queue metric the last `GetMetricData` loaded, such as `$.Metrics.Queue.Size`. */
  public static queueMetric(metric: FlowQueueMetric): FlowValue {
    return new FlowValue(metric, true);
  }

  /** Any other JSONPath of the contact's data, such as `$.Queue.Name`; it must start with `$.`. */
  public static jsonPath(path: string): FlowValue {
    return new FlowValue(path, true);
  }

  /** Names made of letters, digits, `_` and `-` are written with a dot; others in brackets and quotes. */
  private static path(root: string, name: string): FlowValue {
    const value = /^[A-Za-z0-9_-]+$/.test(name) ? `${root}.${name}` : `${root}['${name.replace(/'/g, "\\'")}']`;
    return new FlowValue(value, true, name);
  }

  private constructor(
    /** The text to write in a parameter. */
    private readonly value: string,
    /** Whether the value is a JSONPath reference rather than a literal. */
    public readonly isReference: boolean,
    /** The attribute's name, for checks. */
    private readonly name?: string,
  ) {}

  /** The problems of this value as a parameter, for the action that uses it. */
  public validate(): string[] {
    if (this.isReference && !this.value.startsWith('$.')) {
      return [`must be a JSONPath starting with "$.", got ${JSON.stringify(this.value)}`];
    }
    if (this.name !== undefined && this.name.length === 0) {
      return ['must name an attribute, got ""'];
    }
    return [];
  }

  /** The text to write in a parameter. */
  public toString(): string {
    return this.value;
  }
}

/**
 * The queue metrics `GetMetricData` loads, by their JSONPath. They are null when the queue has no current activity.
 *
 * @see https://docs.aws.amazon.com/connect/latest/adminguide/connect-attrib-list.html
 */
export enum FlowQueueMetric {
  /** The name of the queue the metrics are for. */
  QUEUE_NAME = '$.Metrics.Queue.Name',
  /** The ARN of the queue the metrics are for. */
  QUEUE_ARN = '$.Metrics.Queue.ARN',
  /** How many contacts are in the queue. */
  CONTACTS_IN_QUEUE = '$.Metrics.Queue.Size',
  /** How long, in seconds, the oldest contact has been in the queue. */
  OLDEST_CONTACT_AGE = '$.Metrics.Queue.OldestContactAge',
  /** Agents logged in, in any state but offline. */
  AGENTS_ONLINE = '$.Metrics.Agents.Online.Count',
  /** Agents in the Available state. */
  AGENTS_AVAILABLE = '$.Metrics.Agents.Available.Count',
  /** Agents in the Available, After contact work or Busy states. */
  AGENTS_STAFFED = '$.Metrics.Agents.Staffed.Count',
  /** Agents in After contact work. */
  AGENTS_AFTER_CONTACT_WORK = '$.Metrics.Agents.AfterContactWork.Count',
  /** Agents on a contact. */
  AGENTS_BUSY = '$.Metrics.Agents.Busy.Count',
  /** Agents in the Missed state, after a missed contact. */
  AGENTS_MISSED = '$.Metrics.Agents.Missed.Count',
  /** Agents in a non-productive state. */
  AGENTS_NON_PRODUCTIVE = '$.Metrics.Agents.NonProductive.Count',
}
