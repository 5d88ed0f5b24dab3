import { Token } from 'aws-cdk-lib';
import {
  FlowAnalyticsRedaction, FlowChatAnalytics, FlowRecordingAnalytics, FlowRedactionEntity, FlowRedactionMaskMode, FlowRedactionResults,
  FlowSummaryMode, FlowVoiceAnalytics, FlowVoiceAnalyticsMode,
} from './contact-actions-analytics';
import { FlowAction } from './flow-action';
import type { FlowDefinition } from './flow-definition';
import { flowTypes } from '../private/flows/flow-types';
import { definedOnly, enumListProblems, enumProblems, show, trueFalse } from '../private/flows/parameters';

/** A participant whose voice is recorded. */
export enum FlowRecordingParticipant {
  /** The agent. */
  AGENT = 'Agent',
  /** The customer. */
  CUSTOMER = 'Customer',
}

/** Properties of an `UpdateContactRecordingBehavior` action. */
export interface UpdateContactRecordingBehaviorProps {
  /** Whose voice is recorded; an empty list stops recording. */
  readonly recordedParticipants: FlowRecordingParticipant[];

  /** Record the agent's screen. @default - not set */
  readonly screenRecording?: boolean;

  /** Record the automated part of the call (IVR, bots). @default - not set */
  readonly ivrRecording?: boolean;

  /** Contact Lens analytics; needs both agent and customer recorded. @default - not set */
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
          SentimentConfiguration: analytics.sentiment === undefined ? undefined : { Enabled: trueFalse(analytics.sentiment) },
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

  /** Record the automated part of the call (IVR, bots). @default - not set */
  readonly ivrRecording?: boolean;

  /** Contact Lens voice analytics; needs both agent and customer recorded. @default - not set */
  readonly analytics?: FlowVoiceAnalytics;
}

/** Properties of an `UpdateContactRecordingAndAnalyticsBehavior` action: `voice` or `chat`, and/or `screenRecording`. */
export interface UpdateContactRecordingAndAnalyticsBehaviorProps {
  /** Recording and analytics of voice contacts. @default - none: give `chat` or `screenRecording` */
  readonly voice?: FlowVoiceRecordingBehavior;

  /** Analytics of chat contacts (not with `voice`). @default - none */
  readonly chat?: FlowChatAnalytics;

  /** Record the agent's screen (false stops it). @default - not set */
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
      SentimentConfiguration: analytics.sentiment === undefined ? undefined : { Enabled: trueFalse(analytics.sentiment) },
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
      DeliverUnprocessedMessages: inFlight.deliverUnprocessedMessages === undefined ? undefined : trueFalse(inFlight.deliverUnprocessedMessages),
    },
    AnalyticsModes: ['ContactLens'],
    SentimentConfiguration: chat.sentiment === undefined ? undefined : { Enabled: trueFalse(chat.sentiment) },
    SummaryConfiguration: chat.summaryModes === undefined ? undefined : { SummaryModes: chat.summaryModes },
  };
}

/** Recorded participants: known, not repeated; both of them when analytics is on. */
function recordedProblems(prop: string, participants: FlowRecordingParticipant[] | undefined, analytics: boolean): string[] {
  if (participants === undefined) {
    return [`${prop} is required (an empty list stops recording)`];
  }
  const problems = enumListProblems(prop, participants, FlowRecordingParticipant, true);
  const both = Array.isArray(participants)
    && participants.includes(FlowRecordingParticipant.AGENT) && participants.includes(FlowRecordingParticipant.CUSTOMER);
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
