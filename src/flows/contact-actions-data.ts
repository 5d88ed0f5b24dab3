import { Duration, Token } from 'aws-cdk-lib';
import { FlowAction } from './flow-action';
import type { FlowDefinition } from './flow-definition';
import type { FlowValue } from './flow-value';
import {
  definedOnly, enumProblems, integerProblems, numberText, renderValues, secondsProblems, secondsText, show, valueMapProblems, valueProblems,
} from '../private/flows/parameters';

/** The contact an action writes to. */
export enum FlowContactTarget {
  /** The contact the flow runs for. */
  CURRENT = 'Current',
  /** The contact related to it (such as the contact a task was created from). */
  RELATED = 'Related',
}

/**
 * Names of user-defined contact attributes: letters, digits, `-` and `_`.
 *
 * @see https://docs.aws.amazon.com/connect/latest/APIReference/API_UpdateContactAttributes.html
 */
const ATTRIBUTE_NAME = { pattern: /^[A-Za-z0-9_-]+$/, rule: 'must be made of letters, digits, "-" and "_"' };

/** User-defined tag keys: not empty and not `aws:` (system tags). */
const USER_TAG_KEY = { pattern: /^(?!aws:).+$/, rule: 'must be a user-defined tag key, not empty and not starting with "aws:"' };

/** Properties of an `UpdateContactAttributes` action. */
export interface UpdateContactAttributesProps {
  /** The attributes to set, by name: literals or references (`$.External.x`, `$.Lex.Slots.y`…). */
  readonly attributes: { [name: string]: FlowValue };

  /** The contact the attributes are set on. @default FlowContactTarget.CURRENT */
  readonly target?: FlowContactTarget;
}

/**
 * Sets user-defined contact attributes (`$.Attributes.<name>`), all or none. Errors: NoMatchingError.
 * Allowed in every flow type.
 *
 * @see https://docs.aws.amazon.com/connect/latest/APIReference/contact-actions-updatecontactattributes.html
 */
export class UpdateContactAttributes extends FlowAction {
  constructor(definition: FlowDefinition, id: string, props: UpdateContactAttributesProps) {
    super(definition, id, {
      type: 'UpdateContactAttributes',
      parameters: definedOnly({ Attributes: renderValues(props.attributes), TargetContact: props.target ?? FlowContactTarget.CURRENT }),
      raisesErrors: true,
    });
    [
      ...valueMapProblems('attributes', props.attributes, true, ATTRIBUTE_NAME),
      ...enumProblems('target', props.target, FlowContactTarget),
    ].forEach(p => this.addProblem(p));
  }
}

/** Properties of an `UpdateContactData` action: the contact's own fields, at least one. */
export interface UpdateContactDataProps {
  /** The contact's name. @default - unchanged */
  readonly name?: FlowValue;

  /** The contact's description. @default - unchanged */
  readonly description?: FlowValue;

  /** The contact's language, such as `en-US`. @default - unchanged */
  readonly languageCode?: string;

  /** The customer id of the contact. @default - unchanged */
  readonly customerId?: FlowValue;

  /** Stream the customer's audio to Voice ID. @default - unchanged */
  readonly voiceIdStreaming?: boolean;

  /** Authenticate the caller by voiceprint (Voice ID). @default - unchanged */
  readonly voiceAuthentication?: boolean;

  /** Detect fraudsters and impersonation (Voice ID). @default - unchanged */
  readonly fraudDetection?: boolean;

  /** The confidence score a voice match needs: 0 to 100. @default - unchanged */
  readonly voiceAuthenticationThreshold?: number;

  /** How much caller speech voice authentication needs: 5 to 10 seconds. @default - unchanged */
  readonly voiceAuthenticationResponseTime?: Duration;

  /** The risk score above which a caller is reported as high risk: 0 to 100. @default - unchanged */
  readonly fraudDetectionThreshold?: number;

  /** The Voice ID watchlist used for fraud detection. @default - unchanged */
  readonly watchlistId?: string;

  /** The Amazon Q in Connect (Wisdom) session of the contact. @default - unchanged */
  readonly wisdomSessionArn?: string;

  /** The contact the fields are set on. @default FlowContactTarget.CURRENT */
  readonly target?: FlowContactTarget;
}

/**
 * Sets fields Amazon Connect defines on the contact (name, language, customer id, Voice ID…), all or none.
 * Errors: NoMatchingError. Allowed in every flow type. `References` is left out: the page does not show its shape.
 *
 * @see https://docs.aws.amazon.com/connect/latest/APIReference/contact-actions-updatecontactdata.html
 */
export class UpdateContactData extends FlowAction {
  constructor(definition: FlowDefinition, id: string, props: UpdateContactDataProps) {
    const flag = (value: boolean | undefined) => value === undefined ? undefined : value ? 'TRUE' : 'FALSE';
    const fields = definedOnly({
      Name: props.name?.toString(),
      Description: props.description?.toString(),
      LanguageCode: props.languageCode,
      CustomerId: props.customerId?.toString(),
      IsVoiceIdStreamingEnabled: flag(props.voiceIdStreaming),
      IsVoiceAuthenticationEnabled: flag(props.voiceAuthentication),
      IsFraudDetectionEnabled: flag(props.fraudDetection),
      VoiceAuthenticationThreshold: numberText(props.voiceAuthenticationThreshold),
      VoiceAuthenticationResponseTime: secondsText(props.voiceAuthenticationResponseTime),
      FraudDetectionThreshold: numberText(props.fraudDetectionThreshold),
      WatchlistId: props.watchlistId,
      WisdomSessionArn: props.wisdomSessionArn,
    });
    super(definition, id, {
      type: 'UpdateContactData',
      parameters: { ...fields, TargetContact: props.target ?? FlowContactTarget.CURRENT },
      raisesErrors: true,
    });
    const problems = [
      ...valueProblems('name', props.name),
      ...valueProblems('description', props.description),
      ...valueProblems('customerId', props.customerId),
      ...integerProblems('voiceAuthenticationThreshold', props.voiceAuthenticationThreshold, 0, 100),
      ...integerProblems('fraudDetectionThreshold', props.fraudDetectionThreshold, 0, 100),
      ...secondsProblems('voiceAuthenticationResponseTime', props.voiceAuthenticationResponseTime, 5, 10),
      ...enumProblems('target', props.target, FlowContactTarget),
    ];
    if (props.languageCode !== undefined && !Token.isUnresolved(props.languageCode) && !/^[a-z]{2,3}-[A-Z]{2}$/.test(props.languageCode)) {
      problems.push(`languageCode must be a language code such as en-US, got ${show(props.languageCode)}`);
    }
    if (Object.keys(fields).length === 0) {
      problems.push('needs at least one field to set, got none');
    }
    problems.forEach(p => this.addProblem(p));
  }
}

/** Properties of a `TagContact` action. */
export interface TagContactProps {
  /** The user-defined tags to set, by key (keys starting with `aws:` are reserved for system tags). */
  readonly tags: { [key: string]: FlowValue };
}

/**
 * Sets user-defined tags on the contact, all or none. No errors. Allowed in every flow type.
 *
 * @see https://docs.aws.amazon.com/connect/latest/APIReference/contact-actions-tagcontact.html
 */
export class TagContact extends FlowAction {
  constructor(definition: FlowDefinition, id: string, props: TagContactProps) {
    super(definition, id, { type: 'TagContact', parameters: definedOnly({ Tags: renderValues(props.tags) }) });
    valueMapProblems('tags', props.tags, true, USER_TAG_KEY).forEach(p => this.addProblem(p));
  }
}

/** Properties of an `UnTagContact` action. */
export interface UnTagContactProps {
  /** The keys of the user-defined tags to remove (system tags cannot be removed). */
  readonly tagKeys: string[];
}

/**
 * Removes user-defined tags from the contact, all or none. Errors: NoMatchingError. Allowed in every flow type.
 *
 * @see https://docs.aws.amazon.com/connect/latest/APIReference/contact-actions-untagcontact.html
 */
export class UnTagContact extends FlowAction {
  constructor(definition: FlowDefinition, id: string, props: UnTagContactProps) {
    super(definition, id, { type: 'UnTagContact', parameters: { TagKeys: props.tagKeys }, raisesErrors: true });
    const keys = props.tagKeys;
    if (!Array.isArray(keys) || keys.length === 0) {
      this.addProblem(`tagKeys must list at least one key, got ${show(keys)}`);
    } else {
      keys.filter(key => typeof key !== 'string' || (!Token.isUnresolved(key) && !USER_TAG_KEY.pattern.test(key)))
        .forEach(key => this.addProblem(`tagKeys entry ${USER_TAG_KEY.rule}, got ${show(key)}`));
    }
  }
}

/** The text-to-speech engine of an Amazon Polly voice, as the flow designer names it. */
export enum FlowTextToSpeechEngine {
  /** The standard engine. */
  STANDARD = 'Standard',
  /** The neural engine. */
  NEURAL = 'Neural',
  /** The generative engine. */
  GENERATIVE = 'Generative',
}

/** The speaking style of an Amazon Polly voice. */
export enum FlowTextToSpeechStyle {
  /** No particular style. */
  NONE = 'None',
  /** Conversational. */
  CONVERSATIONAL = 'Conversational',
  /** Newscaster. */
  NEWSCASTER = 'Newscaster',
}

/** Properties of an `UpdateContactTextToSpeechVoice` action. */
export interface UpdateContactTextToSpeechVoiceProps {
  /** The Amazon Polly voice, such as `FlowValue.text('Joanna')` (an invalid voice stops text-to-speech for the contact). */
  readonly voice: FlowValue;

  /** The engine; the voice must support it. @default - the voice's default */
  readonly engine?: FlowTextToSpeechEngine;

  /** The speaking style. @default - none */
  readonly style?: FlowTextToSpeechStyle;
}

/**
 * Sets the Amazon Polly voice of text-to-speech (messages and Lex bots; Joanna until set).
 * Errors: NoMatchingError (an invalid voice or engine). Allowed in every flow type.
 *
 * @see https://docs.aws.amazon.com/connect/latest/APIReference/contact-actions-updatecontacttexttospeechvoice.html
 */
export class UpdateContactTextToSpeechVoice extends FlowAction {
  constructor(definition: FlowDefinition, id: string, props: UpdateContactTextToSpeechVoiceProps) {
    super(definition, id, {
      type: 'UpdateContactTextToSpeechVoice',
      parameters: definedOnly({ TextToSpeechVoice: props.voice?.toString(), TextToSpeechEngine: props.engine, TextToSpeechStyle: props.style }),
      raisesErrors: true,
    });
    [
      ...valueProblems('voice', props.voice, { required: true }),
      ...enumProblems('engine', props.engine, FlowTextToSpeechEngine),
      ...enumProblems('style', props.style, FlowTextToSpeechStyle),
    ].forEach(p => this.addProblem(p));
  }
}

/** Properties of a `CreateWisdomSession` action. */
export interface CreateWisdomSessionProps {
  /** The ARN of the Amazon Q in Connect (Wisdom) assistant, such as a `CfnAssistant`'s `attrAssistantArn`. */
  readonly assistantArn: string;
}

/**
 * Associates an Amazon Q in Connect (Wisdom) assistant with the contact, for real-time recommendations.
 * Errors: NoMatchingError. Voice only; allowed in every flow type.
 *
 * @see https://docs.aws.amazon.com/connect/latest/APIReference/createwisdomsession.html
 */
export class CreateWisdomSession extends FlowAction {
  constructor(definition: FlowDefinition, id: string, props: CreateWisdomSessionProps) {
    super(definition, id, { type: 'CreateWisdomSession', parameters: { WisdomAssistantArn: props.assistantArn }, raisesErrors: true });
    const arn = props.assistantArn;
    if (typeof arn !== 'string' || (!Token.isUnresolved(arn) && !/^(arn:[^:]+:wisdom:[^:]+:\d{12}:assistant\/.+|\$\..+)$/.test(arn))) {
      this.addProblem(`assistantArn must be the ARN of an Amazon Q in Connect assistant or a JSONPath, got ${show(arn)}`);
    }
  }
}
