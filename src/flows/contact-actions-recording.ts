import { Token } from 'aws-cdk-lib';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import { FlowAction } from './flow-action';
import type { FlowDefinition } from './flow-definition';
import { flowTypes } from '../private/flows/flow-types';
import { definedOnly, enumListProblems, enumProblems, show } from '../private/flows/parameters';

/** A participant whose voice is recorded. */
export enum FlowRecordingParticipant {
  /** The agent. */
  AGENT = 'Agent',
  /** The customer. */
  CUSTOMER = 'Customer',
}

/** What Contact Lens gives when it redacts: the redacted output only, or the original too. */
export enum FlowRedactionResults {
  /** The redacted and the original transcripts and audio. */
  REDACTED_AND_ORIGINAL = 'RedactedAndOriginal',
  /** The redacted transcripts and audio only. */
  REDACTED_ONLY = 'RedactedOnly',
}

/** How redacted data is replaced. */
export enum FlowRedactionMaskMode {
  /** Every entity becomes `[PII]`. */
  PII = 'PII',
  /** Each entity becomes its type, such as `[NAME]`. */
  ENTITY_TYPE = 'EntityType',
}

/** The kinds of sensitive data Contact Lens can redact. */
export enum FlowRedactionEntity {
  /** Bank account numbers. */
  BANK_ACCOUNT_NUMBER = 'BANK_ACCOUNT_NUMBER',
  /** Bank routing numbers. */
  BANK_ROUTING = 'BANK_ROUTING',
  /** Credit and debit card numbers. */
  CREDIT_DEBIT_NUMBER = 'CREDIT_DEBIT_NUMBER',
  /** Card verification codes. */
  CREDIT_DEBIT_CVV = 'CREDIT_DEBIT_CVV',
  /** Card expiry dates. */
  CREDIT_DEBIT_EXPIRY = 'CREDIT_DEBIT_EXPIRY',
  /** IBANs. */
  INTERNATIONAL_BANK_ACCOUNT_NUMBER = 'INTERNATIONAL_BANK_ACCOUNT_NUMBER',
  /** PINs. */
  PIN = 'PIN',
  /** SWIFT codes. */
  SWIFT_CODE = 'SWIFT_CODE',
  /** Canadian health numbers. */
  CA_HEALTH_NUMBER = 'CA_HEALTH_NUMBER',
  /** UK NHS numbers. */
  UK_NATIONAL_HEALTH_SERVICE_NUMBER = 'UK_NATIONAL_HEALTH_SERVICE_NUMBER',
  /** Canadian social insurance numbers. */
  CA_SOCIAL_INSURANCE_NUMBER = 'CA_SOCIAL_INSURANCE_NUMBER',
  /** US social security numbers. */
  SSN = 'SSN',
  /** UK national insurance numbers. */
  UK_NATIONAL_INSURANCE_NUMBER = 'UK_NATIONAL_INSURANCE_NUMBER',
  /** Passport numbers. */
  PASSPORT_NUMBER = 'PASSPORT_NUMBER',
  /** Driver's license numbers. */
  DRIVER_ID = 'DRIVER_ID',
  /** Indian Aadhaar numbers. */
  IN_AADHAAR = 'IN_AADHAAR',
  /** Names. */
  NAME = 'NAME',
  /** Ages. */
  AGE = 'AGE',
  /** Email addresses. */
  EMAIL = 'EMAIL',
  /** Phone numbers. */
  PHONE = 'PHONE',
  /** Postal addresses. */
  ADDRESS = 'ADDRESS',
  /** US ITINs. */
  US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER = 'US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER',
  /** UK taxpayer references. */
  UK_UNIQUE_TAXPAYER_REFERENCE_NUMBER = 'UK_UNIQUE_TAXPAYER_REFERENCE_NUMBER',
  /** Indian PANs. */
  IN_PERMANENT_ACCOUNT_NUMBER = 'IN_PERMANENT_ACCOUNT_NUMBER',
  /** Indian NREGA numbers. */
  IN_NREGA = 'IN_NREGA',
  /** AWS access keys. */
  AWS_ACCESS_KEY = 'AWS_ACCESS_KEY',
  /** AWS secret keys. */
  AWS_SECRET_KEY = 'AWS_SECRET_KEY',
  /** IP addresses. */
  IP_ADDRESS = 'IP_ADDRESS',
  /** MAC addresses. */
  MAC_ADDRESS = 'MAC_ADDRESS',
  /** Passwords. */
  PASSWORD = 'PASSWORD',
  /** URLs. */
  URL = 'URL',
  /** User names. */
  USERNAME = 'USERNAME',
  /** License plates. */
  LICENSE_PLATE = 'LICENSE_PLATE',
  /** Vehicle identification numbers. */
  VEHICLE_IDENTIFICATION_NUMBER = 'VEHICLE_IDENTIFICATION_NUMBER',
  /** Indian voter numbers. */
  IN_VOTER_NUMBER = 'IN_VOTER_NUMBER',
  /** Dates and times. */
  DATE_TIME = 'DATE_TIME',
  /** The agent's display name. */
  AGENT_DISPLAY_NAME = 'AGENT_DISPLAY_NAME',
  /** The customer's display name. */
  CUSTOMER_DISPLAY_NAME = 'CUSTOMER_DISPLAY_NAME',
  /** Attachment names. */
  ATTACHMENT_NAME = 'ATTACHMENT_NAME',
}

/** When Contact Lens analyzes a voice contact. */
export enum FlowVoiceAnalyticsMode {
  /** While the call goes on, and after it. */
  REAL_TIME = 'RealTime',
  /** After the call. */
  POST_CONTACT = 'PostContact',
}

/** Which summaries Contact Lens writes. */
export enum FlowSummaryMode {
  /** A summary of the contact after it ends. */
  POST_CONTACT = 'PostContact',
  /** A summary of the automated interaction (IVR, bot). */
  AUTOMATED_INTERACTION = 'AutomatedInteraction',
}

/** Redaction of sensitive data in Contact Lens output (transcripts, audio). */
export interface FlowAnalyticsRedaction {
  /**
   * Whether the original output is kept beside the redacted one.
   *
   * @default - the service's default
   */
  readonly results?: FlowRedactionResults;

  /**
   * How redacted data is replaced.
   *
   * @default FlowRedactionMaskMode.PII
   */
  readonly maskMode?: FlowRedactionMaskMode;

  /**
   * The kinds of data to redact (not empty).
   *
   * @default - every kind of personal data
   */
  readonly entities?: FlowRedactionEntity[];
}

/** Contact Lens analytics of an `UpdateContactRecordingBehavior` action (voice; agent and customer recorded). */
export interface FlowRecordingAnalytics {
  /** The language of the conversation, such as `en-US`. */
  readonly language: string;

  /**
   * When voice contacts are analyzed.
   *
   * @default FlowVoiceAnalyticsMode.POST_CONTACT
   */
  readonly voiceMode?: FlowVoiceAnalyticsMode;

  /**
   * Analyze chat contacts too.
   *
   * @default false
   */
  readonly chat?: boolean;

  /**
   * Redact sensitive data.
   *
   * @default - no redaction
   */
  readonly redaction?: FlowAnalyticsRedaction;

  /**
   * Write a post-contact summary.
   *
   * @default false
   */
  readonly postContactSummary?: boolean;

  /**
   * Analyze sentiment.
   *
   * @default - the service's default
   */
  readonly sentiment?: boolean;
}

/** Properties of an `UpdateContactRecordingBehavior` action. */
export interface UpdateContactRecordingBehaviorProps {
  /** Whose voice is recorded; an empty list stops recording. */
  readonly recordedParticipants: FlowRecordingParticipant[];

  /**
   * Record the agent's screen.
   *
   * @default - not set
   */
  readonly screenRecording?: boolean;

  /**
   * Record the automated part of the call (IVR, bots).
   *
   * @default - not set
   */
  readonly ivrRecording?: boolean;

  /**
   * Contact Lens analytics; needs both agent and customer recorded.
   *
   * @default - not set
   */
  readonly analytics?: FlowRecordingAnalytics;
}

/**
 * Sets call recording (agent, customer, screen, IVR) and Contact Lens analytics. No errors. Allowed in
 * inbound, transfer, outbound whisper and customer queue flows. Its successor for new flows is
 * `UpdateContactRecordingAndAnalyticsBehavior`.
 *
 * @see https://docs.aws.amazon.com/connect/latest/APIReference/contact-actions-updatecontactrecordingbehavior.html
 */
export class UpdateContactRecordingBehavior extends FlowAction {
  constructor(definition: FlowDefinition, id: string, props: UpdateContactRecordingBehaviorProps) {
    const analytics = props.analytics;
    super(definition, id, {
      type: 'UpdateContactRecordingBehavior',
      parameters: definedOnly({
        RecordingBehavior: {
          RecordedParticipants: props.recordedParticipants,
          ScreenRecordedParticipants: screen(props.screenRecording),
          IVRRecordingBehavior: enabledText(props.ivrRecording),
        },
        AnalyticsBehavior: analytics === undefined ? undefined : {
          Enabled: 'True',
          AnalyticsLanguage: analytics.language,
          AnalyticsRedactionBehavior: analytics.redaction === undefined ? undefined : 'Enabled',
          AnalyticsRedactionResults: analytics.redaction?.results,
          AnalyticsRedactionMaskMode: analytics.redaction?.maskMode,
          AnalyticsRedactionEntities: analytics.redaction?.entities,
          ChannelConfiguration: {
            Chat: analytics.chat ? { AnalyticsModes: ['ContactLens'] } : undefined,
            Voice: { AnalyticsModes: [analytics.voiceMode ?? FlowVoiceAnalyticsMode.POST_CONTACT] },
          },
          SummaryConfiguration: analytics.postContactSummary ? { SummaryModes: ['PostContact'] } : undefined,
          SentimentConfiguration: analytics.sentiment === undefined ? undefined : { Enabled: trueText(analytics.sentiment) },
        },
      }),
      allowedIn: flowTypes('inbound', 'transfer', 'outboundWhisper', 'customerQueue'),
    });
    const problems = recordedProblems('recordedParticipants', props.recordedParticipants, analytics !== undefined);
    if (analytics !== undefined) {
      problems.push(...languageProblems('analytics.language', analytics.language, false));
      problems.push(...enumProblems('analytics.voiceMode', analytics.voiceMode, FlowVoiceAnalyticsMode));
      problems.push(...redactionProblems('analytics.redaction', analytics.redaction));
    }
    problems.forEach(p => this.addProblem(p));
  }
}

/** Voice recording and analytics of an `UpdateContactRecordingAndAnalyticsBehavior` action. */
export interface FlowVoiceRecordingBehavior {
  /** Whose voice is recorded; an empty list stops recording. */
  readonly recordedParticipants: FlowRecordingParticipant[];

  /**
   * Record the automated part of the call (IVR, bots).
   *
   * @default - not set
   */
  readonly ivrRecording?: boolean;

  /**
   * Contact Lens voice analytics; needs both agent and customer recorded.
   *
   * @default - not set
   */
  readonly analytics?: FlowVoiceAnalytics;
}

/** Contact Lens analytics of voice contacts. */
export interface FlowVoiceAnalytics {
  /** The language of the conversation, such as `en-US`. */
  readonly language: string;

  /**
   * When the call is analyzed.
   *
   * @default FlowVoiceAnalyticsMode.POST_CONTACT
   */
  readonly mode?: FlowVoiceAnalyticsMode;

  /**
   * Analyze the automated part of the call (IVR, bots) too.
   *
   * @default false
   */
  readonly automatedInteraction?: boolean;

  /**
   * Redact sensitive data.
   *
   * @default - no redaction
   */
  readonly redaction?: FlowAnalyticsRedaction;

  /**
   * Analyze sentiment.
   *
   * @default - the service's default
   */
  readonly sentiment?: boolean;

  /**
   * The summaries to write.
   *
   * @default - none
   */
  readonly summaryModes?: FlowSummaryMode[];
}

/** Redaction of chat messages while they are sent. */
export interface FlowInFlightChatRedaction {
  /**
   * How redacted data is replaced.
   *
   * @default FlowRedactionMaskMode.PII
   */
  readonly maskMode?: FlowRedactionMaskMode;

  /**
   * The kinds of data to redact (not empty; not the Indian ids, dates, display names and attachment names).
   *
   * @default - every kind of personal data
   */
  readonly entities?: FlowRedactionEntity[];

  /**
   * Deliver messages whose redaction failed.
   *
   * @default - the service's default
   */
  readonly deliverUnprocessedMessages?: boolean;
}

/** Contact Lens analytics of chat contacts. */
export interface FlowChatAnalytics {
  /** The language of the conversation, such as `en-US`, or a JSONPath. */
  readonly language: string;

  /**
   * Redact sensitive data in the analytics output.
   *
   * @default - no redaction
   */
  readonly redaction?: FlowAnalyticsRedaction;

  /**
   * Redact messages while they are sent.
   *
   * @default - no in-flight redaction
   */
  readonly inFlightRedaction?: FlowInFlightChatRedaction;

  /**
   * Analyze sentiment.
   *
   * @default - the service's default
   */
  readonly sentiment?: boolean;

  /**
   * The summaries to write.
   *
   * @default - none
   */
  readonly summaryModes?: FlowSummaryMode[];
}

/** Properties of an `UpdateContactRecordingAndAnalyticsBehavior` action: `voice` or `chat`, and/or `screenRecording`. */
export interface UpdateContactRecordingAndAnalyticsBehaviorProps {
  /**
   * Recording and analytics of voice contacts.
   *
   * @default - none: give `chat` or `screenRecording`
   */
  readonly voice?: FlowVoiceRecordingBehavior;

  /**
   * Analytics of chat contacts (not with `voice`).
   *
   * @default - none
   */
  readonly chat?: FlowChatAnalytics;

  /**
   * Record the agent's screen (false stops it).
   *
   * @default - not set
   */
  readonly screenRecording?: boolean;
}

/** Entities chat in-flight redaction does not support. */
const NOT_IN_FLIGHT = [
  FlowRedactionEntity.IN_PERMANENT_ACCOUNT_NUMBER, FlowRedactionEntity.IN_NREGA, FlowRedactionEntity.IN_VOTER_NUMBER,
  FlowRedactionEntity.IN_AADHAAR, FlowRedactionEntity.DATE_TIME, FlowRedactionEntity.CUSTOMER_DISPLAY_NAME,
  FlowRedactionEntity.AGENT_DISPLAY_NAME, FlowRedactionEntity.ATTACHMENT_NAME,
];

/**
 * Sets recording and Contact Lens analytics of one channel (voice or chat), and screen recording: the
 * successor of `UpdateContactRecordingBehavior`. Errors: ChannelMismatch, InFlightRedactionConfigurationFailed
 * (with `chat`), NoMatchingError; the page requires them defined, so those without a branch go to `onError`'s.
 * No flow type restriction documented.
 *
 * @see https://docs.aws.amazon.com/connect/latest/APIReference/contact-actions-updatecontactrecordingandanalyticsbehavior.html
 */
export class UpdateContactRecordingAndAnalyticsBehavior extends FlowAction {
  /** The errors the page says must always be defined. */
  private readonly requiredErrors: string[];

  constructor(definition: FlowDefinition, id: string, props: UpdateContactRecordingAndAnalyticsBehaviorProps) {
    const errors = ['ChannelMismatch', ...(props.chat === undefined ? [] : ['InFlightRedactionConfigurationFailed'])];
    super(definition, id, {
      type: 'UpdateContactRecordingAndAnalyticsBehavior',
      parameters: definedOnly({
        ChatBehavior: props.chat === undefined ? undefined : { ChatAnalyticsBehavior: chatAnalytics(props.chat) },
        VoiceBehavior: props.voice === undefined ? undefined : voiceBehavior(props.voice),
        ScreenRecordingBehavior: props.screenRecording === undefined ? undefined : { ScreenRecordedParticipants: screen(props.screenRecording) },
      }),
      errors,
    });
    this.requiredErrors = errors;
    this.validate(props).forEach(p => this.addProblem(p));
  }

  /** Where the flow goes when the contact's channel is not the one the action configures. */
  public onChannelMismatch(action: FlowAction): FlowAction {
    return this.branchOnError('ChannelMismatch', action);
  }

  /** Where the flow goes when in-flight chat redaction cannot start or stop. */
  public onInFlightRedactionConfigurationFailed(action: FlowAction): FlowAction {
    return this.branchOnError('InFlightRedactionConfigurationFailed', action);
  }

  /** The action's JSON; each required error without a branch goes where `onError` does. */
  public toJson(): { [key: string]: any } {
    const json = super.toJson();
    const fallback = this._errors.get('NoMatchingError');
    if (fallback !== undefined) {
      const errors: { NextAction: string; ErrorType: string }[] = json.Transitions.Errors;
      const missing = this.requiredErrors.filter(type => !this._errors.has(type)).map(type => ({ NextAction: fallback.identifier, ErrorType: type }));
      errors.splice(errors.length - 1, 0, ...missing);
    }
    return json;
  }

  private validate(props: UpdateContactRecordingAndAnalyticsBehaviorProps): string[] {
    const problems: string[] = [];
    if (props.voice !== undefined && props.chat !== undefined) {
      problems.push('takes only one of voice or chat (one channel per action), got both');
    }
    if (props.voice === undefined && props.chat === undefined && props.screenRecording === undefined) {
      problems.push('needs voice, chat or screenRecording, got none');
    }
    const voice = props.voice;
    if (voice !== undefined) {
      problems.push(...recordedProblems('voice.recordedParticipants', voice.recordedParticipants, voice.analytics !== undefined));
      if (voice.analytics !== undefined) {
        problems.push(...languageProblems('voice.analytics.language', voice.analytics.language, false));
        problems.push(...enumProblems('voice.analytics.mode', voice.analytics.mode, FlowVoiceAnalyticsMode));
        problems.push(...redactionProblems('voice.analytics.redaction', voice.analytics.redaction));
        problems.push(...enumListProblems('voice.analytics.summaryModes', voice.analytics.summaryModes, FlowSummaryMode, false));
      }
    }
    const chat = props.chat;
    if (chat !== undefined) {
      problems.push(...languageProblems('chat.language', chat.language, true));
      problems.push(...redactionProblems('chat.redaction', chat.redaction));
      problems.push(...enumListProblems('chat.summaryModes', chat.summaryModes, FlowSummaryMode, false));
      const inFlight = chat.inFlightRedaction;
      if (inFlight !== undefined) {
        problems.push(...enumProblems('chat.inFlightRedaction.maskMode', inFlight.maskMode, FlowRedactionMaskMode));
        problems.push(...enumListProblems('chat.inFlightRedaction.entities', inFlight.entities, FlowRedactionEntity, false));
        (inFlight.entities ?? []).filter(e => NOT_IN_FLIGHT.includes(e))
          .forEach(e => problems.push(`chat.inFlightRedaction.entities cannot redact ${e} in flight, got ${show(inFlight.entities)}`));
      }
    }
    return problems;
  }
}

/** Whether the customer's audio is streamed (to Kinesis Video Streams). */
export interface UpdateContactMediaStreamingBehaviorProps {
  /** Start (true) or stop (false) streaming the customer's audio. */
  readonly enabled: boolean;

  /**
   * The directions of the customer's audio to stream: what the customer says (`FROM`), hears (`TO`).
   *
   * @default - both
   */
  readonly mediaDirections?: FlowMediaDirection[];
}

/** A direction of a participant's media. */
export enum FlowMediaDirection {
  /** Media from the participant. */
  FROM = 'From',
  /** Media to the participant. */
  TO = 'To',
}

/**
 * Starts or stops streaming the customer's audio (voice only). Errors: NoMatchingError. Allowed in inbound,
 * customer queue, transfer and whisper flows.
 *
 * @see https://docs.aws.amazon.com/connect/latest/APIReference/contact-actions-updatecontactmediastreamingbehavior.html
 */
export class UpdateContactMediaStreamingBehavior extends FlowAction {
  constructor(definition: FlowDefinition, id: string, props: UpdateContactMediaStreamingBehaviorProps) {
    const directions = props.mediaDirections ?? [FlowMediaDirection.FROM, FlowMediaDirection.TO];
    super(definition, id, {
      type: 'UpdateContactMediaStreamingBehavior',
      // The page supports only the customer's audio.
      parameters: {
        MediaStreamingState: props.enabled ? 'Enabled' : 'Disabled',
        Participants: [{ ParticipantType: 'Customer', MediaDirections: directions }],
        MediaStreamType: 'Audio',
      },
      raisesErrors: true,
      allowedIn: flowTypes('inbound', 'customerQueue', 'transfer', 'whisper'),
    });
    const problems = enumListProblems('mediaDirections', props.mediaDirections, FlowMediaDirection, false);
    if (typeof props.enabled !== 'boolean') {
      problems.push(`enabled must be true or false, got ${show(props.enabled)}`);
    }
    problems.forEach(p => this.addProblem(p));
  }
}

/** Properties of an `UpdateContactMediaProcessing` action. */
export interface UpdateContactMediaProcessingProps {
  /**
   * The Lambda function that processes chat messages; the flow associates it with the instance.
   *
   * @default - none: only to stop processing (`enabled: false`)
   */
  readonly processor?: lambda.IFunction;

  /**
   * Start (true) or stop (false) processing chat messages.
   *
   * @default true
   */
  readonly enabled?: boolean;

  /**
   * Deliver messages the function failed to process.
   *
   * @default - the service's default
   */
  readonly deliverUnprocessedMessages?: boolean;
}

/**
 * Runs a Lambda function on chat messages while they are sent (chat only). Errors: ChannelMismatch,
 * NoMatchingError. No flow type restriction documented.
 *
 * @see https://docs.aws.amazon.com/connect/latest/APIReference/contact-actions-updatecontactmediaprocessing.html
 */
export class UpdateContactMediaProcessing extends FlowAction {
  constructor(definition: FlowDefinition, id: string, props: UpdateContactMediaProcessingProps) {
    const enabled = props.enabled ?? true;
    super(definition, id, {
      type: 'UpdateContactMediaProcessing',
      parameters: definedOnly({
        ChatProcessor: {
          ProcessingEnabled: trueText(enabled),
          LambdaProcessorARN: props.processor?.functionArn,
          ChatProcessorSettings: props.deliverUnprocessedMessages === undefined
            ? undefined : { DeliverUnprocessedMessages: trueText(props.deliverUnprocessedMessages) },
        },
      }),
      errors: ['ChannelMismatch'],
    });
    if (props.processor !== undefined) {
      this.usesFunction(props.processor);
    } else if (enabled) {
      this.addProblem('processor is required to process messages (enabled is true), got none');
    }
  }

  /** Where the flow goes when the contact is not a chat. */
  public onChannelMismatch(action: FlowAction): FlowAction {
    return this.branchOnError('ChannelMismatch', action);
  }
}

/** "True" or "False", as recording and processing parameters write booleans. */
function trueText(value: boolean): string {
  return value ? 'True' : 'False';
}

/** "Enabled" or "Disabled". */
function enabledText(value: boolean | undefined): string | undefined {
  return value === undefined ? undefined : value ? 'Enabled' : 'Disabled';
}

/** `ScreenRecordedParticipants`: the agent, or nobody. */
function screen(value: boolean | undefined): string[] | undefined {
  return value === undefined ? undefined : value ? [FlowRecordingParticipant.AGENT] : [];
}

/** `ConversationalAnalyticsRedactionConfiguration`. */
function redactionConfiguration(redaction: FlowAnalyticsRedaction | undefined): { [key: string]: any } | undefined {
  return redaction === undefined ? undefined : {
    Enabled: 'True',
    RedactionResults: redaction.results,
    RedactionMaskMode: redaction.maskMode,
    RedactionEntities: redaction.entities,
  };
}

/** `VoiceBehavior`. */
function voiceBehavior(voice: FlowVoiceRecordingBehavior): { [key: string]: any } {
  const analytics = voice.analytics;
  return {
    VoiceRecordingBehavior: { RecordedParticipants: voice.recordedParticipants, IVRRecordingBehavior: enabledText(voice.ivrRecording) },
    VoiceAnalyticsBehavior: analytics === undefined ? undefined : {
      Enabled: 'True',
      AnalyticsLanguage: analytics.language,
      ConversationalAnalyticsRedactionConfiguration: redactionConfiguration(analytics.redaction),
      AnalyticsModes: [analytics.mode ?? FlowVoiceAnalyticsMode.POST_CONTACT, ...(analytics.automatedInteraction ? ['AutomatedInteraction'] : [])],
      SentimentConfiguration: analytics.sentiment === undefined ? undefined : { Enabled: trueText(analytics.sentiment) },
      SummaryConfiguration: analytics.summaryModes === undefined ? undefined : { SummaryModes: analytics.summaryModes },
    },
  };
}

/** `ChatAnalyticsBehavior`. */
function chatAnalytics(chat: FlowChatAnalytics): { [key: string]: any } {
  const inFlight = chat.inFlightRedaction;
  return {
    Enabled: 'True',
    AnalyticsLanguage: chat.language,
    ConversationalAnalyticsRedactionConfiguration: redactionConfiguration(chat.redaction),
    InFlightChatRedactionConfiguration: inFlight === undefined ? undefined : {
      Enabled: 'True',
      RedactionMaskMode: inFlight.maskMode,
      RedactionEntities: inFlight.entities,
      DeliverUnprocessedMessages: inFlight.deliverUnprocessedMessages === undefined ? undefined : trueText(inFlight.deliverUnprocessedMessages),
    },
    AnalyticsModes: ['ContactLens'],
    SentimentConfiguration: chat.sentiment === undefined ? undefined : { Enabled: trueText(chat.sentiment) },
    SummaryConfiguration: chat.summaryModes === undefined ? undefined : { SummaryModes: chat.summaryModes },
  };
}

/** Recorded participants: known, not repeated; both of them when analytics is on. */
function recordedProblems(prop: string, participants: FlowRecordingParticipant[] | undefined, analytics: boolean): string[] {
  if (participants === undefined) {
    return [`${prop} is required (an empty list stops recording)`];
  }
  const problems = enumListProblems(prop, participants, FlowRecordingParticipant, true);
  const both = Array.isArray(participants) && participants.includes(FlowRecordingParticipant.AGENT) && participants.includes(FlowRecordingParticipant.CUSTOMER);
  if (analytics && !both) {
    problems.push(`${prop} must record both Agent and Customer for analytics, got ${show(participants)}`);
  }
  return problems;
}

/** A Contact Lens language in the xx-XX form (a JSONPath where `dynamic`). */
function languageProblems(prop: string, language: string | undefined, dynamic: boolean): string[] {
  if (typeof language !== 'string') {
    return [`${prop} is required, got ${show(language)}`];
  }
  if (Token.isUnresolved(language) || /^[a-z]{2}-[A-Z]{2}$/.test(language) || (dynamic && language.startsWith('$.'))) {
    return [];
  }
  return [`${prop} must be a language code such as en-US${dynamic ? ' or a JSONPath' : ''}, got ${show(language)}`];
}

/** A redaction's mask mode and entities. */
function redactionProblems(prop: string, redaction: FlowAnalyticsRedaction | undefined): string[] {
  if (redaction === undefined) {
    return [];
  }
  return [
    ...enumProblems(`${prop}.results`, redaction.results, FlowRedactionResults),
    ...enumProblems(`${prop}.maskMode`, redaction.maskMode, FlowRedactionMaskMode),
    ...enumListProblems(`${prop}.entities`, redaction.entities, FlowRedactionEntity, false),
  ];
}
