import {
  ContactFlowType, DisconnectParticipant, FlowRecordingParticipant, FlowRedactionEntity, FlowRedactionMaskMode, FlowRedactionResults,
  FlowSummaryMode, FlowVoiceAnalyticsMode, UpdateContactRecordingAndAnalyticsBehavior, UpdateContactRecordingBehavior,
} from '../../src';
import { actionOf, finish, flowScene, problemsOf } from '../helpers/flow';

/** Recording and Contact Lens analytics: UpdateContactRecordingBehavior and its successor. */

const BOTH = [FlowRecordingParticipant.AGENT, FlowRecordingParticipant.CUSTOMER];

describe('UpdateContactRecordingBehavior', () => {
  test('records agent and customer, with no error branch', () => {
    const scene = flowScene();
    finish(new UpdateContactRecordingBehavior(scene.definition, 'Record', { recordedParticipants: BOTH }));
    expect(actionOf(scene, 'Record')).toEqual({
      Identifier: 'Record',
      Type: 'UpdateContactRecordingBehavior',
      Parameters: { RecordingBehavior: { RecordedParticipants: ['Agent', 'Customer'] } },
      Transitions: { NextAction: 'RecordEnd' },
    });
  });

  test('writes screen and IVR recording and the analytics behavior', () => {
    const scene = flowScene();
    finish(new UpdateContactRecordingBehavior(scene.definition, 'Record', {
      recordedParticipants: BOTH,
      screenRecording: true,
      ivrRecording: false,
      analytics: {
        language: 'en-US',
        voiceMode: FlowVoiceAnalyticsMode.REAL_TIME,
        chat: true,
        redaction: { results: FlowRedactionResults.REDACTED_ONLY, maskMode: FlowRedactionMaskMode.ENTITY_TYPE, entities: [FlowRedactionEntity.NAME] },
        postContactSummary: true,
        sentiment: false,
      },
    }), ContactFlowType.OUTBOUND_WHISPER);
    expect(actionOf(scene, 'Record', ContactFlowType.OUTBOUND_WHISPER).Parameters).toEqual({
      RecordingBehavior: { RecordedParticipants: ['Agent', 'Customer'], ScreenRecordedParticipants: ['Agent'], IVRRecordingBehavior: 'Disabled' },
      AnalyticsBehavior: {
        Enabled: 'True',
        AnalyticsLanguage: 'en-US',
        AnalyticsRedactionBehavior: 'Enabled',
        AnalyticsRedactionResults: 'RedactedOnly',
        AnalyticsRedactionMaskMode: 'EntityType',
        AnalyticsRedactionEntities: ['NAME'],
        ChannelConfiguration: { Chat: { AnalyticsModes: ['ContactLens'] }, Voice: { AnalyticsModes: ['RealTime'] } },
        SummaryConfiguration: { SummaryModes: ['PostContact'] },
        SentimentConfiguration: { Enabled: 'False' },
      },
    });
  });

  test('needs both participants for analytics, checks the language and entities, and is not allowed in hold or agent whisper flows', () => {
    const scene = flowScene();
    finish(new UpdateContactRecordingBehavior(scene.definition, 'Record', {
      recordedParticipants: [FlowRecordingParticipant.CUSTOMER, FlowRecordingParticipant.CUSTOMER],
      analytics: { language: 'english', redaction: { entities: [] } },
    }));
    const message = problemsOf(scene, ContactFlowType.AGENT_WHISPER);
    expect(message).toContain('action "Record" (UpdateContactRecordingBehavior) recordedParticipants must not repeat a value, got ["Customer","Customer"]');
    expect(message).toContain('action "Record" (UpdateContactRecordingBehavior) recordedParticipants must record both Agent and Customer for analytics, got ["Customer","Customer"]');
    expect(message).toContain('action "Record" (UpdateContactRecordingBehavior) analytics.language must be a language code such as en-US, got "english"');
    expect(message).toContain('action "Record" (UpdateContactRecordingBehavior) analytics.redaction.entities must not be empty, got []');
    expect(message).toContain('action "Record" (UpdateContactRecordingBehavior) is not allowed in a AGENT_WHISPER flow (only in CONTACT_FLOW, AGENT_TRANSFER, QUEUE_TRANSFER, OUTBOUND_WHISPER, CUSTOMER_QUEUE)');
  });
});

describe('UpdateContactRecordingAndAnalyticsBehavior', () => {
  test('records the voice channel and analyzes it; ChannelMismatch has its own branch', () => {
    const scene = flowScene();
    const record = new UpdateContactRecordingAndAnalyticsBehavior(scene.definition, 'Record', {
      voice: {
        recordedParticipants: BOTH,
        ivrRecording: true,
        analytics: {
          language: 'en-US',
          mode: FlowVoiceAnalyticsMode.REAL_TIME,
          automatedInteraction: true,
          redaction: { results: FlowRedactionResults.REDACTED_AND_ORIGINAL },
          sentiment: true,
          summaryModes: [FlowSummaryMode.POST_CONTACT],
        },
      },
      screenRecording: false,
    });
    const bye = new DisconnectParticipant(scene.definition, 'Bye');
    const notVoice = new DisconnectParticipant(scene.definition, 'NotVoice');
    record.next(bye);
    expect(record.onChannelMismatch(notVoice)).toBe(notVoice);
    record.onError(bye);
    expect(actionOf(scene, 'Record')).toEqual({
      Identifier: 'Record',
      Type: 'UpdateContactRecordingAndAnalyticsBehavior',
      Parameters: {
        VoiceBehavior: {
          VoiceRecordingBehavior: { RecordedParticipants: ['Agent', 'Customer'], IVRRecordingBehavior: 'Enabled' },
          VoiceAnalyticsBehavior: {
            Enabled: 'True',
            AnalyticsLanguage: 'en-US',
            ConversationalAnalyticsRedactionConfiguration: { Enabled: 'True', RedactionResults: 'RedactedAndOriginal' },
            AnalyticsModes: ['RealTime', 'AutomatedInteraction'],
            SentimentConfiguration: { Enabled: 'True' },
            SummaryConfiguration: { SummaryModes: ['PostContact'] },
          },
        },
        ScreenRecordingBehavior: { ScreenRecordedParticipants: [] },
      },
      Transitions: {
        NextAction: 'Bye',
        Errors: [{ NextAction: 'NotVoice', ErrorType: 'ChannelMismatch' }, { NextAction: 'Bye', ErrorType: 'NoMatchingError' }],
      },
    });
  });

  test('analyzes chat with in-flight redaction; the required errors without a branch go to onError', () => {
    const scene = flowScene();
    const record = new UpdateContactRecordingAndAnalyticsBehavior(scene.definition, 'Chat', {
      chat: {
        language: '$.Attributes.language',
        redaction: { maskMode: FlowRedactionMaskMode.PII },
        inFlightRedaction: { entities: [FlowRedactionEntity.CREDIT_DEBIT_NUMBER], deliverUnprocessedMessages: false },
        summaryModes: [FlowSummaryMode.POST_CONTACT, FlowSummaryMode.AUTOMATED_INTERACTION],
      },
    });
    finish(record);
    expect(actionOf(scene, 'Chat')).toEqual({
      Identifier: 'Chat',
      Type: 'UpdateContactRecordingAndAnalyticsBehavior',
      Parameters: {
        ChatBehavior: {
          ChatAnalyticsBehavior: {
            Enabled: 'True',
            AnalyticsLanguage: '$.Attributes.language',
            ConversationalAnalyticsRedactionConfiguration: { Enabled: 'True', RedactionMaskMode: 'PII' },
            InFlightChatRedactionConfiguration: { Enabled: 'True', RedactionEntities: ['CREDIT_DEBIT_NUMBER'], DeliverUnprocessedMessages: 'False' },
            AnalyticsModes: ['ContactLens'],
            SummaryConfiguration: { SummaryModes: ['PostContact', 'AutomatedInteraction'] },
          },
        },
      },
      Transitions: {
        NextAction: 'ChatEnd',
        Errors: [
          { NextAction: 'ChatEnd', ErrorType: 'ChannelMismatch' },
          { NextAction: 'ChatEnd', ErrorType: 'InFlightRedactionConfigurationFailed' },
          { NextAction: 'ChatEnd', ErrorType: 'NoMatchingError' },
        ],
      },
    });
  });

  test('takes one channel, needs something to set, and names analytics problems', () => {
    const scene = flowScene();
    const both = new UpdateContactRecordingAndAnalyticsBehavior(scene.definition, 'Both', {
      voice: { recordedParticipants: [FlowRecordingParticipant.AGENT], analytics: { language: 'en-US', summaryModes: [] } },
      chat: { language: 'en', inFlightRedaction: { entities: [FlowRedactionEntity.DATE_TIME] } },
    });
    const none = new UpdateContactRecordingAndAnalyticsBehavior(scene.definition, 'None', {});
    both.next(none);
    both.onError(finish(none));
    both.onInFlightRedactionConfigurationFailed(none);
    const message = problemsOf(scene);
    expect(message).toContain('action "Both" (UpdateContactRecordingAndAnalyticsBehavior) takes only one of voice or chat (one channel per action), got both');
    expect(message).toContain('action "None" (UpdateContactRecordingAndAnalyticsBehavior) needs voice, chat or screenRecording, got none');
    expect(message).toContain('action "Both" (UpdateContactRecordingAndAnalyticsBehavior) voice.recordedParticipants must record both Agent and Customer for analytics, got ["Agent"]');
    expect(message).toContain('action "Both" (UpdateContactRecordingAndAnalyticsBehavior) voice.analytics.summaryModes must not be empty, got []');
    expect(message).toContain('action "Both" (UpdateContactRecordingAndAnalyticsBehavior) chat.language must be a language code such as en-US or a JSONPath, got "en"');
    expect(message).toContain('action "Both" (UpdateContactRecordingAndAnalyticsBehavior) chat.inFlightRedaction.entities cannot redact DATE_TIME in flight, got ["DATE_TIME"]');
  });

  test('raises InFlightRedactionConfigurationFailed only with chat', () => {
    const scene = flowScene();
    const screen = new UpdateContactRecordingAndAnalyticsBehavior(scene.definition, 'Screen', { screenRecording: true });
    screen.onInFlightRedactionConfigurationFailed(finish(screen));
    expect(problemsOf(scene, ContactFlowType.AGENT_HOLD))
      .toContain('action "Screen" (UpdateContactRecordingAndAnalyticsBehavior) does not raise InFlightRedactionConfigurationFailed (its errors: ChannelMismatch, NoMatchingError)');
  });
});
