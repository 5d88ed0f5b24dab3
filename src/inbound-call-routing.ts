import { Construct } from 'constructs';
import { ContactFlow, ContactFlowType, IContactFlow } from './contact-flow';
import { FlowContent } from './flow-content';
import { HoursOfOperation, IHoursOfOperation, OpenHours } from './hours-of-operation';
import type { IConnectInstance } from './instance';
import type { IPhoneNumber } from './phone-number';
import { inboundFlowDefinition } from './private/inbound-call-routing/inbound-flow';
import { checkRouteFlow, routePhoneNumber } from './private/phone-number/route-phone-number';
import { PropValidator } from './private/validation';
import { IQueue, Queue } from './queue';
import { IRoutingProfile, RoutingChannel, RoutingProfile } from './routing-profile';
import type { IUser, UserOptions } from './user';

/**
 * How inbound calls are answered: which numbers, when, what callers hear, and which queue they
 * wait in. Every piece the routing would create can be given instead.
 */
export interface InboundCallRoutingOptions {
  /**
   * The numbers whose calls take this route, associated with the flow on deploy.
   *
   * @default - none: associate numbers later with `addPhoneNumber(..., { contactFlow })`
   */
  readonly phoneNumbers?: IPhoneNumber[];

  /**
   * When the queue created here takes calls (not with `queue` or `hoursOfOperation`).
   *
   * @default - open around the clock, every day (`HoursOfOperation.always24x7()`)
   */
  readonly hours?: OpenHours[];

  /**
   * The IANA time zone of `hours`, such as `America/New_York`.
   *
   * @default "UTC"
   */
  readonly timeZone?: string;

  /**
   * Hours of operation of your own for the queue created here (not with `hours`, `timeZone` or `queue`).
   *
   * @default - hours of operation created from `hours` and `timeZone`
   */
  readonly hoursOfOperation?: IHoursOfOperation;

  /**
   * A queue of your own for the calls, whose hours the flow checks (not with the queue options).
   *
   * @default - a queue created with the hours of operation
   */
  readonly queue?: IQueue;

  /**
   * The name of the queue created here (1 to 127 characters), shown to agents.
   *
   * @default - a name unique in the app, built from the construct path
   */
  readonly queueName?: string;

  /**
   * How many calls may wait in the queue created here; a call beyond it hears `queueFullMessage`.
   *
   * @default - the instance's quota of concurrent calls
   */
  readonly maxContacts?: number;

  /**
   * Whether the flow created here records calls: recording storage keeps only what a flow records.
   *
   * @default true
   * @see https://docs.aws.amazon.com/connect/latest/adminguide/set-recording-behavior.html
   */
  readonly recordCalls?: boolean;

  /**
   * What a caller hears first (text to speech), in the flow created here.
   *
   * @default "Thank you for calling. Please hold for the next available agent."
   */
  readonly greeting?: string;

  /**
   * What a caller hears outside the queue's hours, before the call ends.
   *
   * @default "We are closed right now. Please call again during our opening hours. Goodbye."
   */
  readonly closedMessage?: string;

  /**
   * What a caller hears when the queue is full, before the call ends.
   *
   * @default "All of our agents are busy and we cannot take your call right now. Please call again later. Goodbye."
   */
  readonly queueFullMessage?: string;

  /**
   * What a caller hears when the flow fails, before the call ends.
   *
   * @default "We are sorry, something went wrong. Please call again later. Goodbye."
   */
  readonly errorMessage?: string;

  /**
   * An inbound flow of your own that puts calls in the queue (not with `recordCalls` or the messages).
   *
   * @default - a flow that turns flow logs and call recording on, greets the caller, and transfers to the queue during its hours
   */
  readonly contactFlow?: IContactFlow;

  /**
   * A routing profile of your own that serves the queue on VOICE (checked when created in this app).
   *
   * @default - a routing profile that serves the queue on VOICE, one call at a time
   */
  readonly routingProfile?: IRoutingProfile;
}

/** Properties of an `InboundCallRouting`. */
export interface InboundCallRoutingProps extends InboundCallRoutingOptions {
  /** The instance whose calls are routed, created here or imported. */
  readonly instance: IConnectInstance;
}

const DEFAULT_GREETING = 'Thank you for calling. Please hold for the next available agent.';
const DEFAULT_CLOSED = 'We are closed right now. Please call again during our opening hours. Goodbye.';
const DEFAULT_QUEUE_FULL = 'All of our agents are busy and we cannot take your call right now. Please call again later. Goodbye.';
const DEFAULT_ERROR = 'We are sorry, something went wrong. Please call again later. Goodbye.';

/** The options that shape the flow created here, for the check that `contactFlow` excludes them. */
const FLOW_OPTIONS = ['recordCalls', 'greeting', 'closedMessage', 'queueFullMessage', 'errorMessage'] as const;
/** The options that shape the queue created here, for the check that `queue` excludes them. */
const QUEUE_OPTIONS = ['hoursOfOperation', 'hours', 'timeZone', 'queueName', 'maxContacts'] as const;

/**
 * What the console's guide asks for after the wizard, so that a call reaches an agent: hours of
 * operation, a queue, an inbound flow, a routing profile that serves the queue, and numbers
 * associated with the flow. The flow logs, records, greets and transfers to the queue during
 * its hours; otherwise the caller hears a message and the call ends. Each piece can be given instead.
 *
 * @see https://docs.aws.amazon.com/connect/latest/adminguide/connect-contact-centers.html
 */
export class InboundCallRouting extends Construct {
  /** The hours of operation of the queue created here; undefined when `queue` is given. */
  public readonly hoursOfOperation?: IHoursOfOperation;

  /** The queue the calls wait in. */
  public readonly queue: IQueue;

  /** The inbound flow the numbers are associated with. */
  public readonly contactFlow: IContactFlow;

  /** The routing profile whose agents answer the queue's calls. */
  public readonly routingProfile: IRoutingProfile;

  private readonly instance: IConnectInstance;

  constructor(scope: Construct, id: string, props: InboundCallRoutingProps) {
    super(scope, id);
    validate(this, props);
    this.instance = props.instance;

    if (props.queue !== undefined) {
      this.queue = props.queue;
    } else {
      this.hoursOfOperation = props.hoursOfOperation ?? new HoursOfOperation(this, 'Hours', {
        instance: props.instance,
        timeZone: props.timeZone,
        hours: props.hours,
        description: 'When the inbound queue takes calls',
      });
      this.queue = new Queue(this, 'Queue', {
        instance: props.instance,
        hoursOfOperation: this.hoursOfOperation,
        queueName: props.queueName,
        maxContacts: props.maxContacts,
        description: 'Inbound calls waiting for an agent',
      });
    }

    this.contactFlow = props.contactFlow ?? new ContactFlow(this, 'Flow', {
      instance: props.instance,
      type: ContactFlowType.CONTACT_FLOW,
      description: 'Turns on flow logs and call recording, greets the caller, and transfers to the queue during its hours',
      content: FlowContent.fromDefinition(inboundFlowDefinition({
        queue: this.queue,
        recordCalls: props.recordCalls ?? true,
        greeting: props.greeting ?? DEFAULT_GREETING,
        closedMessage: props.closedMessage ?? DEFAULT_CLOSED,
        queueFullMessage: props.queueFullMessage ?? DEFAULT_QUEUE_FULL,
        errorMessage: props.errorMessage ?? DEFAULT_ERROR,
      })),
    });

    this.routingProfile = props.routingProfile ?? new RoutingProfile(this, 'RoutingProfile', {
      instance: props.instance,
      description: 'Agents who answer the inbound queue',
      defaultOutboundQueue: this.queue,
      queues: [{ queue: this.queue, channel: RoutingChannel.VOICE }],
      mediaConcurrencies: [{ channel: RoutingChannel.VOICE, concurrency: 1 }],
    });

    (props.phoneNumbers ?? []).forEach((number) => this.routePhoneNumber(number));
  }

  /** Routes one more number of the instance to this routing's flow, on deploy. */
  public routePhoneNumber(phoneNumber: IPhoneNumber): void {
    const index = this.node.children.filter((child) => child.node.id.startsWith('Route')).length;
    routePhoneNumber(this, `Route${index}`, {
      instance: this.instance,
      phoneNumberArn: phoneNumber.phoneNumberArn,
      contactFlow: this.contactFlow,
    });
  }

  /** Adds a user who answers this routing's calls: its routing profile and, by default, Agent. */
  public addAgent(id: string, options: UserOptions): IUser {
    const v = new PropValidator();
    if (options.routingProfile !== undefined) {
      // A profile by name shows its name; a created or imported one, its construct path.
      v.fail('routingProfile', String(options.routingProfile),
        `must not be given to the agent '${id}': an agent of this routing gets its routing profile; add a user with another routing profile to the instance instead`);
    }
    v.throwIfAny(this, 'InboundCallRouting');
    return this.instance.addUser(id, {
      ...options,
      routingProfile: this.routingProfile,
    });
  }
}

/** Throws once with every problem of `props`. */
function validate(scope: Construct, props: InboundCallRoutingProps): void {
  const v = new PropValidator();
  v.checkRequired('instance', props.instance);
  if (props.queue !== undefined) {
    const given = QUEUE_OPTIONS.filter((name) => props[name] !== undefined);
    if (given.length > 0) {
      v.failCombination(`queue must not be given together with ${given.join(', ')}: they shape the queue created when queue is not given`);
    }
  } else if (props.hoursOfOperation !== undefined) {
    const given = (['hours', 'timeZone'] as const).filter((name) => props[name] !== undefined);
    if (given.length > 0) {
      v.failCombination(`hoursOfOperation must not be given together with ${given.join(', ')}: they shape the hours of operation created when hoursOfOperation is not given`);
    }
  }
  if (props.contactFlow !== undefined) {
    const given = FLOW_OPTIONS.filter((name) => props[name] !== undefined);
    if (given.length > 0) {
      v.failCombination(`contactFlow must not be given together with ${given.join(', ')}: they shape the flow created when contactFlow is not given`);
    }
    checkRouteFlow(v, props.contactFlow);
  }
  for (const name of ['greeting', 'closedMessage', 'queueFullMessage', 'errorMessage'] as const) {
    v.checkString(name, props[name], { pattern: /\S/, patternMessage: 'must be text to say, not empty or only spaces' });
  }
  if (props.routingProfile instanceof RoutingProfile && props.queue !== undefined
    && !props.routingProfile._serves(props.queue, RoutingChannel.VOICE)) {
    v.failCombination(`routingProfile must serve the queue on VOICE (queues: [{ queue, channel: RoutingChannel.VOICE }]), got '${props.routingProfile.node.path}', which does not serve '${props.queue.node.path}': its agents would never be offered these calls`);
  } else if (props.routingProfile instanceof RoutingProfile && props.queue === undefined) {
    v.failCombination(`routingProfile must serve the queue on VOICE, got '${props.routingProfile.node.path}', which cannot serve the queue created here: give the queue as well, or leave routingProfile out`);
  }
  v.throwIfAny(scope, 'InboundCallRouting');
}
