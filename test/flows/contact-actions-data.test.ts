import { Duration } from 'aws-cdk-lib';
import {
  ContactFlowType, CreateWisdomSession, DisconnectParticipant, FlowContactTarget, FlowTextToSpeechEngine, FlowTextToSpeechStyle, FlowValue,
  TagContact, UnTagContact, UpdateContactAttributes, UpdateContactData, UpdateContactTextToSpeechVoice,
} from '../../src';
import { actionOf, documentOf, finish, flowScene, problemsOf } from '../helpers/flow';

/** Contact data: attributes, Amazon Connect's own fields, tags, the voice, the Amazon Q in Connect session. */

describe('UpdateContactAttributes', () => {
  test('writes each attribute as its text or JSONPath, on the current contact by default', () => {
    const scene = flowScene();
    finish(new UpdateContactAttributes(scene.definition, 'Set', {
      attributes: { tier: FlowValue.external('tier'), source: FlowValue.text('ivr'), greeting: FlowValue.text('Hello $.Attributes.name') },
    }), ContactFlowType.AGENT_WHISPER);
    expect(actionOf(scene, 'Set', ContactFlowType.AGENT_WHISPER)).toEqual({
      Identifier: 'Set',
      Type: 'UpdateContactAttributes',
      Parameters: {
        Attributes: { tier: '$.External.tier', source: 'ivr', greeting: 'Hello $.Attributes.name' },
        TargetContact: 'Current',
      },
      Transitions: { NextAction: 'SetEnd', Errors: [{ NextAction: 'SetEnd', ErrorType: 'NoMatchingError' }] },
    });
  });

  test('sets attributes on the related contact', () => {
    const scene = flowScene();
    finish(new UpdateContactAttributes(scene.definition, 'Set', { attributes: { a: FlowValue.text('1') }, target: FlowContactTarget.RELATED }));
    expect(actionOf(scene, 'Set').Parameters.TargetContact).toBe('Related');
  });

  test('names bad attribute names and values, an empty map and an unknown target', () => {
    const scene = flowScene();
    const empty = new UpdateContactAttributes(scene.definition, 'Empty', { attributes: {} });
    const bad = new UpdateContactAttributes(scene.definition, 'Bad', {
      attributes: { 'first name': FlowValue.text('x'), 'ok': FlowValue.jsonPath('Attributes.y') },
      target: 'Other' as FlowContactTarget,
    });
    empty.next(bad);
    empty.onError(finish(bad));
    const message = problemsOf(scene);
    expect(message).toContain('action "Empty" (UpdateContactAttributes) attributes must name at least one entry, got {}');
    expect(message).toContain('action "Bad" (UpdateContactAttributes) attributes key must be made of letters, digits, "-" and "_", got "first name"');
    expect(message).toContain('action "Bad" (UpdateContactAttributes) attributes.ok must be a JSONPath starting with "$.", got "Attributes.y"');
    expect(message).toContain('action "Bad" (UpdateContactAttributes) target must be one of Current, Related, got "Other"');
  });
});

describe('UpdateContactData', () => {
  test('writes the fields as the page spells them (TRUE/FALSE, numbers as strings) and the target', () => {
    const scene = flowScene();
    finish(new UpdateContactData(scene.definition, 'Data', {
      name: FlowValue.text('Order $.Attributes.order'),
      description: FlowValue.text('From the IVR'),
      languageCode: 'en-US',
      customerId: FlowValue.contactAttribute('customerId'),
      voiceIdStreaming: true,
      voiceAuthentication: true,
      fraudDetection: false,
      voiceAuthenticationThreshold: 90,
      voiceAuthenticationResponseTime: Duration.seconds(10),
      fraudDetectionThreshold: 50,
      watchlistId: 'wl-1',
      wisdomSessionArn: 'arn:aws:wisdom:us-east-1:123456789012:session/a/b',
    }));
    expect(actionOf(scene, 'Data')).toEqual({
      Identifier: 'Data',
      Type: 'UpdateContactData',
      Parameters: {
        Name: 'Order $.Attributes.order',
        Description: 'From the IVR',
        LanguageCode: 'en-US',
        CustomerId: '$.Attributes.customerId',
        IsVoiceIdStreamingEnabled: 'TRUE',
        IsVoiceAuthenticationEnabled: 'TRUE',
        IsFraudDetectionEnabled: 'FALSE',
        VoiceAuthenticationThreshold: '90',
        VoiceAuthenticationResponseTime: '10',
        FraudDetectionThreshold: '50',
        WatchlistId: 'wl-1',
        WisdomSessionArn: 'arn:aws:wisdom:us-east-1:123456789012:session/a/b',
        TargetContact: 'Current',
      },
      Transitions: { NextAction: 'DataEnd', Errors: [{ NextAction: 'DataEnd', ErrorType: 'NoMatchingError' }] },
    });
  });

  test('needs a field, and checks ranges and the language code', () => {
    const scene = flowScene();
    const none = new UpdateContactData(scene.definition, 'None', {});
    const bad = new UpdateContactData(scene.definition, 'Bad', {
      languageCode: 'english', voiceAuthenticationThreshold: 101, fraudDetectionThreshold: -1, voiceAuthenticationResponseTime: Duration.seconds(3),
    });
    none.next(bad);
    none.onError(finish(bad));
    const message = problemsOf(scene);
    expect(message).toContain('action "None" (UpdateContactData) needs at least one field to set, got none');
    expect(message).toContain('action "Bad" (UpdateContactData) languageCode must be a language code such as en-US, got "english"');
    expect(message).toContain('action "Bad" (UpdateContactData) voiceAuthenticationThreshold must be a whole number from 0 to 100, got 101');
    expect(message).toContain('action "Bad" (UpdateContactData) fraudDetectionThreshold must be a whole number from 0 to 100, got -1');
    expect(message).toContain('action "Bad" (UpdateContactData) voiceAuthenticationResponseTime must be whole seconds from 5 to 10, got 3 seconds');
  });
});

describe('TagContact and UnTagContact', () => {
  test('TagContact sets tags and raises no error; UnTagContact removes keys and raises NoMatchingError', () => {
    const scene = flowScene();
    const tag = new TagContact(scene.definition, 'Tag', { tags: { department: FlowValue.text('sales'), caller: FlowValue.customerEndpointAddress() } });
    const untag = new UnTagContact(scene.definition, 'Untag', { tagKeys: ['department'] });
    tag.next(untag);
    finish(untag, ContactFlowType.CUSTOMER_WHISPER);
    const [tagJson, untagJson] = documentOf(scene, ContactFlowType.CUSTOMER_WHISPER).Actions;
    expect(tagJson).toEqual({
      Identifier: 'Tag',
      Type: 'TagContact',
      Parameters: { Tags: { department: 'sales', caller: '$.CustomerEndpoint.Address' } },
      Transitions: { NextAction: 'Untag' },
    });
    expect(untagJson).toEqual({
      Identifier: 'Untag',
      Type: 'UnTagContact',
      Parameters: { TagKeys: ['department'] },
      Transitions: { NextAction: 'UntagEnd', Errors: [{ NextAction: 'UntagEnd', ErrorType: 'NoMatchingError' }] },
    });
  });

  test('rejects system tags, empty lists and error branches on TagContact', () => {
    const scene = flowScene();
    const tag = new TagContact(scene.definition, 'Tag', { tags: { 'aws:connect:x': FlowValue.text('y') } });
    const untag = new UnTagContact(scene.definition, 'Untag', { tagKeys: [] });
    const none = new UnTagContact(scene.definition, 'System', { tagKeys: ['aws:connect:x'] });
    tag.next(untag).next(none);
    tag.onError(untag);
    untag.onError(none);
    finish(none);
    const message = problemsOf(scene);
    expect(message).toContain('action "Tag" (TagContact) tags key must be a user-defined tag key, not empty and not starting with "aws:", got "aws:connect:x"');
    expect(message).toContain('action "Tag" (TagContact) does not raise NoMatchingError (its errors: none)');
    expect(message).toContain('action "Untag" (UnTagContact) tagKeys must list at least one key, got []');
    expect(message).toContain('action "System" (UnTagContact) tagKeys entry must be a user-defined tag key, not empty and not starting with "aws:", got "aws:connect:x"');
  });
});

describe('UpdateContactTextToSpeechVoice', () => {
  test('writes the voice, the engine and the style as the designer names them', () => {
    const scene = flowScene();
    finish(new UpdateContactTextToSpeechVoice(scene.definition, 'Voice', {
      voice: FlowValue.text('Joanna'), engine: FlowTextToSpeechEngine.NEURAL, style: FlowTextToSpeechStyle.CONVERSATIONAL,
    }));
    expect(actionOf(scene, 'Voice')).toEqual({
      Identifier: 'Voice',
      Type: 'UpdateContactTextToSpeechVoice',
      Parameters: { TextToSpeechVoice: 'Joanna', TextToSpeechEngine: 'Neural', TextToSpeechStyle: 'Conversational' },
      Transitions: { NextAction: 'VoiceEnd', Errors: [{ NextAction: 'VoiceEnd', ErrorType: 'NoMatchingError' }] },
    });
  });

  test('needs a voice and its NoMatchingError branch, and knows its engines', () => {
    const scene = flowScene();
    const voice = new UpdateContactTextToSpeechVoice(scene.definition, 'Voice', { voice: undefined as any, engine: 'neural' as FlowTextToSpeechEngine });
    voice.next(new DisconnectParticipant(scene.definition, 'Bye'));
    const message = problemsOf(scene);
    expect(message).toContain('action "Voice" (UpdateContactTextToSpeechVoice) voice is required');
    expect(message).toContain('action "Voice" (UpdateContactTextToSpeechVoice) engine must be one of Standard, Neural, Generative, got "neural"');
    expect(message).toContain('action "Voice" (UpdateContactTextToSpeechVoice) has no branch for NoMatchingError');
  });
});

describe('CreateWisdomSession', () => {
  test('associates an assistant by ARN', () => {
    const scene = flowScene();
    const arn = 'arn:aws:wisdom:us-east-1:123456789012:assistant/11111111-2222-3333-4444-555555555555';
    finish(new CreateWisdomSession(scene.definition, 'Assistant', { assistantArn: arn }));
    expect(actionOf(scene, 'Assistant')).toEqual({
      Identifier: 'Assistant',
      Type: 'CreateWisdomSession',
      Parameters: { WisdomAssistantArn: arn },
      Transitions: { NextAction: 'AssistantEnd', Errors: [{ NextAction: 'AssistantEnd', ErrorType: 'NoMatchingError' }] },
    });
  });

  test('rejects what is not an assistant ARN', () => {
    const scene = flowScene();
    finish(new CreateWisdomSession(scene.definition, 'Assistant', { assistantArn: 'arn:aws:wisdom:us-east-1:123456789012:knowledge-base/x' }));
    expect(problemsOf(scene))
      .toContain('action "Assistant" (CreateWisdomSession) assistantArn must be the ARN of an Amazon Q in Connect assistant or a JSONPath, got "arn:aws:wisdom:us-east-1:123456789012:knowledge-base/x"');
  });
});
