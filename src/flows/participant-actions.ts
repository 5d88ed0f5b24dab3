import { Duration } from 'aws-cdk-lib';
import { FlowAction, FlowNextAction } from './flow-action';
import type { FlowDefinition } from './flow-definition';
import { FlowMessage } from './flow-message';
import { FlowValue } from './flow-value';
import { LexBotAlias } from './lex-bot-alias';
import { flowTypes } from '../private/flows/flow-types';
import {
  checkMessage, checkRequired, checkSeconds, checkValue, checkValueMap, checkWholeNumber, defined, numberText, renderValueMap, secondsOf,
} from '../private/flows/participant-props';

/** Properties of a `MessageParticipant` action. */
export interface MessageParticipantProps {
  /** What to say (voice) or send (other channels). */
  readonly message: FlowMessage;
}

/**
 * Sends a message to the participant: text-to-speech, SSML or a prompt on voice, text on other channels.
 * Errors: NoMatchingError. Not allowed in hold flows.
 *
 * @see https://docs.aws.amazon.com/connect/latest/APIReference/participant-actions-messageparticipant.html
 */
export class MessageParticipant extends FlowAction {
  constructor(definition: FlowDefinition, id: string, props: MessageParticipantProps) {
    super(definition, id, {
      type: 'MessageParticipant',
      parameters: props.message?.toParameters(),
      raisesErrors: true,
      allowedIn: flowTypes('inbound', 'transfer', 'whisper', 'customerQueue', 'module'),
    });
    if (!(props.message instanceof FlowMessage)) {
      this.addProblem(`message must be a FlowMessage, got ${JSON.stringify(props.message)}`);
    } else {
      props.message.validate().forEach(p => this.addProblem(`message: ${p}`));
    }
  }
}

/**
 * Disconnects the participant and ends the flow. It has no parameters, no next action and no errors.
 * Allowed in inbound, transfer and customer queue flows.
 *
 * @see https://docs.aws.amazon.com/connect/latest/APIReference/participant-actions-disconnectparticipant.html
 */
export class DisconnectParticipant extends FlowAction {
  constructor(definition: FlowDefinition, id: string) {
    super(definition, id, {
      type: 'DisconnectParticipant',
      nextAction: FlowNextAction.NONE,
      allowedIn: flowTypes('inbound', 'transfer', 'customerQueue', 'module'),
    });
  }
}

/** Properties of a `ConnectParticipantWithLexBot` action. */
export interface ConnectParticipantWithLexBotProps {
  /** The Lex V2 bot alias the participant talks to. */
  readonly botAlias: LexBotAlias;

  /**
   * What the bot's conversation starts with (the prompt, text or SSML); `message` or `initialMessage` is needed.
   *
   * @default - none
   */
  readonly message?: FlowMessage;

  /**
   * Session attributes passed to the bot (`LexSessionAttributes`), such as
   * `x-amz-lex:audio:start-timeout-ms:*:*`.
   *
   * @default - none
   */
  readonly sessionAttributes?: { [name: string]: FlowValue };

  /**
   * Chat only: the customer's first message, given to the bot as its first input
   * (`LexInitializationData.InitialMessage`), such as `FlowValue.jsonPath('$.Media.InitialMessage')`.
   *
   * @default - none
   */
  readonly initialMessage?: FlowValue;

  /**
   * Chat only: how long an inactive customer has before `InputTimeLimitExceeded` (`LexTimeoutSeconds`),
   * 1 minute to 7 days.
   *
   * @default - Amazon Connect's default
   */
  readonly chatTimeout?: Duration;
}

/** The chat timeout of a Lex interaction: 1 minute to 7 days (admin guide, "Get customer input"). */
const LEX_CHAT_TIMEOUT = { min: 60, max: 7 * 24 * 3600 };

/**
 * Connects the participant with a Lex V2 bot; when the conversation ends, the bot's intent is the result
 * and its slots are read with `FlowValue.lexSlot`. Branches: `onIntent` per intent, `onNoMatchingCondition`,
 * `onTimeout` (InputTimeLimitExceeded), NoMatchingError. Not allowed in whisper or hold flows. The flow
 * associates the bot alias with its instance.
 *
 * The reference page spells the initial message's object `LexInitilizationData`; Amazon Connect names
 * it `LexInitializationData`, as written here.
 *
 * @see https://docs.aws.amazon.com/connect/latest/APIReference/participant-actions-connectparticipantwithlexbot.html
 */
export class ConnectParticipantWithLexBot extends FlowAction {
  constructor(definition: FlowDefinition, id: string, props: ConnectParticipantWithLexBotProps) {
    const chatTimeout = secondsOf(props.chatTimeout);
    super(definition, id, {
      type: 'ConnectParticipantWithLexBot',
      parameters: defined({
        ...props.message?.toParameters?.(),
        LexV2Bot: { AliasArn: props.botAlias?.botAliasArn },
        LexSessionAttributes: renderValueMap(props.sessionAttributes),
        LexInitializationData: props.initialMessage === undefined ? undefined : { InitialMessage: `${props.initialMessage}` },
        LexTimeoutSeconds: chatTimeout === undefined ? undefined : { Text: chatTimeout },
      }),
      errors: ['InputTimeLimitExceeded', 'NoMatchingCondition'],
      allowedIn: flowTypes('inbound', 'transfer', 'customerQueue', 'module'),
    });
    const problems = [
      ...checkRequired('botAlias', props.botAlias),
      ...checkMessage('message', props.message),
      ...checkValueMap('sessionAttributes', props.sessionAttributes),
      ...checkValue('initialMessage', props.initialMessage),
      ...checkSeconds('chatTimeout', props.chatTimeout, LEX_CHAT_TIMEOUT.min, LEX_CHAT_TIMEOUT.max),
    ];
    if (props.message === undefined && props.initialMessage === undefined) {
      // PromptId "is not required if Text or SSML is specified": the bot needs something to start with.
      problems.push('needs a message or an initialMessage to start the conversation with, got neither');
    }
    if (props.botAlias !== undefined) {
      if (!(props.botAlias instanceof LexBotAlias)) {
        problems.push(`botAlias must be a LexBotAlias, got ${JSON.stringify(props.botAlias)}`);
      } else {
        const aliasProblems = props.botAlias.validate();
        aliasProblems.forEach(p => problems.push(`botAlias ${p}`));
        if (aliasProblems.length === 0) {
          this.usesLexBotAlias(props.botAlias.botAliasArn);
        }
      }
    }
    problems.forEach(p => this.addProblem(p));
  }

  /** Where the flow goes when the bot's conversation ends with `intentName` (the result `Equals` it). */
  public onIntent(intentName: string, action: FlowAction): FlowAction {
    if (typeof intentName !== 'string' || intentName.length === 0) {
      this.addProblem(`onIntent needs an intent name, got ${JSON.stringify(intentName)}`);
    } else if (this._conditions.some(c => c.operands[0] === intentName)) {
      this.addProblem(`has two branches for the intent ${JSON.stringify(intentName)}`);
    }
    return this.branchOnCondition('Equals', [intentName], action, intentName);
  }

  /** Where the flow goes when the intent matches no `onIntent` branch (NoMatchingCondition). */
  public onNoMatchingCondition(action: FlowAction): FlowAction {
    return this.branchOnError('NoMatchingCondition', action);
  }

  /** Where the flow goes when the customer does not answer in time (InputTimeLimitExceeded). */
  public onTimeout(action: FlowAction): FlowAction {
    return this.branchOnError('InputTimeLimitExceeded', action);
  }
}

/** How a stored phone number is checked (`PhoneNumberValidation.NumberFormat`). */
export enum PhoneNumberFormat {
  /** A full E.164 number, `+` and country code included. */
  E164 = 'E164',
  /** A number of the given country, without `+` and country code. */
  LOCAL = 'Local',
}

/** Options of `StoredInput.phoneNumber`. */
export interface StoredPhoneNumberOptions {
  /**
   * The format the number must have.
   *
   * @default PhoneNumberFormat.E164
   */
  readonly format?: PhoneNumberFormat;

  /**
   * The two-letter country code of a local number; required with `PhoneNumberFormat.LOCAL`.
   *
   * @default - none
   */
  readonly countryCode?: string;
}

/** How stored input is encrypted (`InputEncryption`). */
export interface StoredInputEncryption {
  /** The id of the key uploaded to the instance for customer input encryption (`EncryptionKeyId`). */
  readonly encryptionKeyId: FlowValue;
  /** The PEM public key that encrypts the input, signed with that key (`Key`). */
  readonly key: FlowValue;
}

/** Options of `StoredInput.digits`. */
export interface StoredDigitsOptions {
  /** The most digits the customer may enter (`CustomValidation.MaximumLength`). */
  readonly maximumLength: number;

  /**
   * How the input is encrypted.
   *
   * @default - not encrypted
   */
  readonly encryption?: StoredInputEncryption;
}

/**
 * What `GetParticipantInput` stores (`StoreInput`), read later with `FlowValue.storedCustomerInput()`:
 * a phone number, or digits.
 *
 * @see https://docs.aws.amazon.com/connect/latest/APIReference/participant-actions-getparticipantinput.html
 */
export class StoredInput {
  /** A phone number, checked as `options` say; a number that fails raises InvalidPhoneNumber. */
  public static phoneNumber(options: StoredPhoneNumberOptions = {}): StoredInput {
    const format = options.format ?? PhoneNumberFormat.E164;
    const problems: string[] = [];
    if (!Object.values(PhoneNumberFormat).includes(format)) {
      problems.push(`format must be a PhoneNumberFormat, got ${JSON.stringify(format)}`);
    }
    if (format === PhoneNumberFormat.LOCAL && !/^[A-Z]{2}$/.test(options.countryCode ?? '')) {
      problems.push(`countryCode must be a two-letter country code (such as US) with PhoneNumberFormat.LOCAL, got ${JSON.stringify(options.countryCode)}`);
    }
    if (format === PhoneNumberFormat.E164 && options.countryCode !== undefined) {
      problems.push(`countryCode is only for PhoneNumberFormat.LOCAL, got ${JSON.stringify(options.countryCode)}`);
    }
    const validation = { PhoneNumberValidation: defined({ NumberFormat: format, CountryCode: options.countryCode }) };
    return new StoredInput({ InputValidation: validation }, true, problems);
  }

  /** Up to `maximumLength` digits, optionally encrypted. */
  public static digits(options: StoredDigitsOptions): StoredInput {
    const problems = checkWholeNumber('maximumLength', options.maximumLength, 1, Number.MAX_SAFE_INTEGER);
    const encryption = options.encryption;
    if (encryption !== undefined) {
      problems.push(...checkRequired('encryption.encryptionKeyId', encryption.encryptionKeyId), ...checkRequired('encryption.key', encryption.key));
      problems.push(...checkValue('encryption.encryptionKeyId', encryption.encryptionKeyId), ...checkValue('encryption.key', encryption.key));
    }
    return new StoredInput(defined({
      InputValidation: { CustomValidation: { MaximumLength: numberText(options.maximumLength) } },
      InputEncryption: encryption === undefined ? undefined : { EncryptionKeyId: `${encryption.encryptionKeyId}`, Key: `${encryption.key}` },
    }), false, problems);
  }

  private constructor(
    private readonly parameters: { [key: string]: any },
    /** Whether the input is a phone number, which can raise InvalidPhoneNumber. */
    public readonly isPhoneNumber: boolean,
    private readonly problems: string[],
  ) {}

  /** The problems of the options, for the action that stores the input. */
  public validate(): string[] {
    return [...this.problems];
  }

  /** The parameters that store the input (`InputValidation`, `InputEncryption`). */
  public toParameters(): { [key: string]: any } {
    return { ...this.parameters };
  }
}

/** Touch-tone options of `GetParticipantInput` (`DTMFConfiguration`). */
export interface ParticipantDtmfOptions {
  /**
   * The keys (up to five of 0-9, `*`, `#`) that end the input (`InputTerminationSequence`).
   *
   * @default - Amazon Connect's default (`#`)
   */
  readonly terminationSequence?: string;

  /**
   * Whether `*` no longer cancels the input (`DisableCancelKey`).
   *
   * @default false
   */
  readonly disableCancelKey?: boolean;

  /**
   * How long to wait between two keys (`InterdigitTimeLimitSeconds`), 1 to 20 seconds.
   *
   * @default - Amazon Connect's default
   */
  readonly interdigitTimeout?: Duration;
}

/** Properties of a `GetParticipantInput` action. */
export interface GetParticipantInputProps {
  /**
   * What the participant hears before pressing keys.
   *
   * @default - none
   */
  readonly message?: FlowMessage;

  /**
   * How long to wait for the first key (`InputTimeLimitSeconds`), in whole seconds; then `onTimeout`.
   *
   * @default Duration.seconds(5)
   */
  readonly timeout?: Duration;

  /**
   * Store the input instead of branching on it (`StoreInput`): a phone number or digits, read later with
   * `FlowValue.storedCustomerInput()`. A stored input has no `onPressed` branches.
   *
   * @default - the input is one key, and the flow branches on it with `onPressed`
   */
  readonly storeInput?: StoredInput;

  /**
   * Touch-tone options.
   *
   * @default - Amazon Connect's defaults
   */
  readonly dtmf?: ParticipantDtmfOptions;
}

/** One key of a touch-tone menu: "a single character - 0-9 numeric, *, or #". */
const MENU_KEY = /^[0-9*#]$/;
/** The keys that end touch-tone input: "up to five digits". */
const TERMINATION_SEQUENCE = /^[0-9*#]{1,5}$/;

/**
 * Gets touch-tone input from a voice participant: a menu key, branched on with `onPressed`, or a stored
 * phone number or digits (`storeInput`). Branches: `onPressed` per key and `onNoMatchingCondition` (menu),
 * `onInvalidPhoneNumber` (stored phone number), `onTimeout` (InputTimeLimitExceeded), NoMatchingError.
 * Not allowed in whisper or hold flows.
 *
 * @see https://docs.aws.amazon.com/connect/latest/APIReference/participant-actions-getparticipantinput.html
 */
export class GetParticipantInput extends FlowAction {
  private readonly stored: boolean;

  constructor(definition: FlowDefinition, id: string, props: GetParticipantInputProps) {
    const store = props.storeInput instanceof StoredInput ? props.storeInput : undefined;
    const dtmf = props.dtmf ?? {};
    const dtmfParameters = defined({
      InputTerminationSequence: dtmf.terminationSequence,
      DisableCancelKey: dtmf.disableCancelKey === undefined ? undefined : (dtmf.disableCancelKey ? 'True' : 'False'),
      InterdigitTimeLimitSeconds: numberText(secondsOf(dtmf.interdigitTimeout)),
    });
    super(definition, id, {
      type: 'GetParticipantInput',
      parameters: defined({
        ...props.message?.toParameters?.(),
        InputTimeLimitSeconds: numberText(secondsOf(props.timeout ?? Duration.seconds(5))),
        StoreInput: store === undefined ? 'False' : 'True',
        ...store?.toParameters(),
        DTMFConfiguration: Object.keys(dtmfParameters).length > 0 ? dtmfParameters : undefined,
      }),
      errors: store === undefined
        ? ['InputTimeLimitExceeded', 'NoMatchingCondition']
        : ['InputTimeLimitExceeded', ...(store.isPhoneNumber ? ['InvalidPhoneNumber'] : [])],
      allowedIn: flowTypes('inbound', 'transfer', 'customerQueue', 'module'),
    });
    this.stored = store !== undefined;
    const problems = [
      ...checkMessage('message', props.message),
      ...checkSeconds('timeout', props.timeout, 1, Number.MAX_SAFE_INTEGER),
      ...checkSeconds('dtmf.interdigitTimeout', dtmf.interdigitTimeout, 1, 20),
      ...(store?.validate().map(p => `storeInput ${p}`) ?? []),
    ];
    if (props.storeInput !== undefined && store === undefined) {
      problems.push(`storeInput must be a StoredInput, got ${JSON.stringify(props.storeInput)}`);
    }
    if (dtmf.terminationSequence !== undefined && !TERMINATION_SEQUENCE.test(dtmf.terminationSequence)) {
      problems.push(`dtmf.terminationSequence must be one to five of 0-9, * and #, got ${JSON.stringify(dtmf.terminationSequence)}`);
    }
    problems.forEach(p => this.addProblem(p));
  }

  /** Where the flow goes when the participant presses `key` (one of 0-9, `*`, `#`). */
  public onPressed(key: string, action: FlowAction): FlowAction {
    if (this.stored) {
      this.addProblem(`stores its input (storeInput), so it has no onPressed branches, got onPressed(${JSON.stringify(key)})`);
    } else if (typeof key !== 'string' || !MENU_KEY.test(key)) {
      this.addProblem(`onPressed needs one key of 0-9, * or #, got ${JSON.stringify(key)}`);
    } else if (this._conditions.some(c => c.operands[0] === key)) {
      this.addProblem(`has two branches for the key ${JSON.stringify(key)}`);
    }
    return this.branchOnCondition('Equals', [key], action, `Pressed ${key}`);
  }

  /** Where the flow goes when the key pressed has no `onPressed` branch (NoMatchingCondition); menus only. */
  public onNoMatchingCondition(action: FlowAction): FlowAction {
    return this.branchOnError('NoMatchingCondition', action);
  }

  /** Where the flow goes when no key is pressed in time (InputTimeLimitExceeded). */
  public onTimeout(action: FlowAction): FlowAction {
    return this.branchOnError('InputTimeLimitExceeded', action);
  }

  /** Where the flow goes when a stored phone number fails its check (InvalidPhoneNumber). */
  public onInvalidPhoneNumber(action: FlowAction): FlowAction {
    return this.branchOnError('InvalidPhoneNumber', action);
  }
}

/** Properties of a `MessageParticipantIteratively` action. */
export interface MessageParticipantIterativelyProps {
  /** The messages played in a loop, in order. */
  readonly messages: FlowMessage[];

  /**
   * How often the loop is interrupted to run `onInterrupted` (`InterruptFrequencySeconds`), in whole seconds.
   *
   * @default - never interrupted
   */
  readonly interruptEvery?: Duration;
}

/**
 * Plays messages in a loop while the participant is in queue or on hold. It ends only when interrupted
 * (`onInterrupted`, with `interruptEvery`) or on an error (chat takes the error branch at once).
 * Allowed in customer queue, customer hold and agent hold flows.
 *
 * @see https://docs.aws.amazon.com/connect/latest/APIReference/participant-actions-messageparticipantiteratively.html
 */
export class MessageParticipantIteratively extends FlowAction {
  private readonly interruptible: boolean;

  constructor(definition: FlowDefinition, id: string, props: MessageParticipantIterativelyProps) {
    const messages = Array.isArray(props.messages) ? props.messages : [];
    super(definition, id, {
      type: 'MessageParticipantIteratively',
      parameters: defined({
        Messages: messages.map(m => m?.toParameters?.()),
        InterruptFrequencySeconds: numberText(secondsOf(props.interruptEvery)),
      }),
      raisesErrors: true,
      nextAction: FlowNextAction.NONE,
      allowedIn: flowTypes('customerQueue', 'hold'),
    });
    this.interruptible = props.interruptEvery !== undefined;
    const problems = [
      ...messages.flatMap((m, i) => checkMessage(`messages[${i}]`, m)),
      ...checkSeconds('interruptEvery', props.interruptEvery, 1, Number.MAX_SAFE_INTEGER),
    ];
    if (messages.length === 0) {
      problems.push(`messages must hold at least one message, got ${JSON.stringify(props.messages)}`);
    }
    problems.forEach(p => this.addProblem(p));
  }

  /** Where the flow goes each time `interruptEvery` elapses (the result `MessagesInterrupted`). */
  public onInterrupted(action: FlowAction): FlowAction {
    if (!this.interruptible) {
      this.addProblem('is never interrupted without interruptEvery, got onInterrupted(…)');
    }
    return this.branchOnCondition('Equals', ['MessagesInterrupted'], action, 'Interrupted');
  }
}

/** Properties of a `ShowView` action. */
export interface ShowViewProps {
  /** The ARN of the view shown (`ViewResource.Id`), such as `arn:aws:connect:<region>:aws:view/form`. */
  readonly viewArn: string;

  /**
   * The version of the view (`ViewResource.Version`).
   *
   * @default - none
   */
  readonly viewVersion?: number;

  /**
   * How long to wait for the agent's answer (`InvocationTimeLimitSeconds`); then `onTimeout`.
   *
   * @default Duration.seconds(400)
   */
  readonly timeout?: Duration;

  /**
   * The data passed to the view (`ViewData`), as its input schema says; `FlowValue`s in it are written
   * as their JSONPath or text.
   *
   * @default - none
   */
  readonly viewData?: { [key: string]: any };

  /**
   * Whether the agent's answer is hidden from the transcript (`SensitiveDataConfiguration.HideResponseOn`).
   *
   * @default false
   */
  readonly hideResponseInTranscript?: boolean;
}

/**
 * Shows a view (a step-by-step guide) to the agent in the agent workspace; the result is what the agent
 * chose. Branches: `onResult` per result, `onNoMatchingCondition`, `onTimeout` (TimeLimitExceeded),
 * NoMatchingError. Chat only; allowed in inbound and customer queue flows.
 *
 * @see https://docs.aws.amazon.com/connect/latest/APIReference/participant-actions-showview.html
 */
export class ShowView extends FlowAction {
  constructor(definition: FlowDefinition, id: string, props: ShowViewProps) {
    super(definition, id, {
      type: 'ShowView',
      parameters: defined({
        ViewResource: defined({ Id: props.viewArn, Version: props.viewVersion }),
        InvocationTimeLimitSeconds: secondsOf(props.timeout ?? Duration.seconds(400)),
        ViewData: props.viewData === undefined ? undefined : withFlowValues(props.viewData),
        SensitiveDataConfiguration: props.hideResponseInTranscript ? { HideResponseOn: ['TRANSCRIPT'] } : undefined,
      }),
      errors: ['NoMatchingCondition', 'TimeLimitExceeded'],
      allowedIn: flowTypes('inbound', 'customerQueue', 'module'),
    });
    const problems = [
      ...checkRequired('viewArn', props.viewArn),
      ...checkWholeNumber('viewVersion', props.viewVersion, 1, Number.MAX_SAFE_INTEGER),
      ...checkSeconds('timeout', props.timeout, 1, Number.MAX_SAFE_INTEGER),
    ];
    if (typeof props.viewArn === 'string' && props.viewArn.length === 0) {
      problems.push('viewArn must not be empty, got ""');
    }
    problems.forEach(p => this.addProblem(p));
  }

  /** Where the flow goes when the agent's answer is `result` (the result `Equals` it). */
  public onResult(result: string, action: FlowAction): FlowAction {
    if (typeof result !== 'string' || result.length === 0) {
      this.addProblem(`onResult needs a result, got ${JSON.stringify(result)}`);
    } else if (this._conditions.some(c => c.operands[0] === result)) {
      this.addProblem(`has two branches for the result ${JSON.stringify(result)}`);
    }
    return this.branchOnCondition('Equals', [result], action, result);
  }

  /** Where the flow goes when the result has no `onResult` branch (NoMatchingCondition). */
  public onNoMatchingCondition(action: FlowAction): FlowAction {
    return this.branchOnError('NoMatchingCondition', action);
  }

  /** Where the flow goes when the agent does not answer in time (TimeLimitExceeded). */
  public onTimeout(action: FlowAction): FlowAction {
    return this.branchOnError('TimeLimitExceeded', action);
  }
}

/** `data` with every `FlowValue` in it written as its text. */
function withFlowValues(data: any): any {
  if (data instanceof FlowValue) {
    return `${data}`;
  }
  if (Array.isArray(data)) {
    return data.map(withFlowValues);
  }
  if (data !== null && typeof data === 'object' && Object.getPrototypeOf(data) === Object.prototype) {
    return Object.fromEntries(Object.entries(data).map(([k, v]) => [k, withFlowValues(v)]));
  }
  return data;
}
