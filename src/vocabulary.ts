import * as crypto from 'crypto';
import { CfnResource, IResource, Names, Resource, Token } from 'aws-cdk-lib';
import { Construct } from 'constructs';
import type { IConnectInstance } from './instance';
import { checkInstanceResourceArn, idFromInstanceResourceArn } from './private/resources/connect-arn';
import { registerUniqueName } from './private/resources/unique-names';
import { PropValidator } from './private/validation';

/** A custom vocabulary of an Amazon Connect instance: words Contact Lens transcribes as written. */
export interface IVocabulary extends IResource {
  /**
   * The ARN of the vocabulary.
   *
   * @attribute
   */
  readonly vocabularyArn: string;

  /**
   * The id of the vocabulary.
   *
   * @attribute
   */
  readonly vocabularyId: string;
}

/**
 * The language of a vocabulary's entries (the registry schema's LanguageCode values).
 *
 * @see https://docs.aws.amazon.com/connect/latest/APIReference/API_Vocabulary.html
 */
export enum VocabularyLanguage {
  /** Arabic, Gulf. */
  AR_AE = 'ar-AE',
  /** German, Swiss. */
  DE_CH = 'de-CH',
  /** German. */
  DE_DE = 'de-DE',
  /** English, Scottish. */
  EN_AB = 'en-AB',
  /** English, Australian. */
  EN_AU = 'en-AU',
  /** English, British. */
  EN_GB = 'en-GB',
  /** English, Irish. */
  EN_IE = 'en-IE',
  /** English, Indian. */
  EN_IN = 'en-IN',
  /** English, US. */
  EN_US = 'en-US',
  /** English, Welsh. */
  EN_WL = 'en-WL',
  /** English, New Zealand. */
  EN_NZ = 'en-NZ',
  /** English, South African. */
  EN_ZA = 'en-ZA',
  /** Spanish. */
  ES_ES = 'es-ES',
  /** Spanish, US. */
  ES_US = 'es-US',
  /** French, Canadian. */
  FR_CA = 'fr-CA',
  /** French. */
  FR_FR = 'fr-FR',
  /** Hindi. */
  HI_IN = 'hi-IN',
  /** Italian. */
  IT_IT = 'it-IT',
  /** Japanese. */
  JA_JP = 'ja-JP',
  /** Korean. */
  KO_KR = 'ko-KR',
  /** Portuguese, Brazilian. */
  PT_BR = 'pt-BR',
  /** Portuguese. */
  PT_PT = 'pt-PT',
  /** Chinese, Mandarin (Mainland). */
  ZH_CN = 'zh-CN',
  /** Catalan. */
  CA_ES = 'ca-ES',
  /** Danish. */
  DA_DK = 'da-DK',
  /** Finnish. */
  FI_FI = 'fi-FI',
  /** Indonesian. */
  ID_ID = 'id-ID',
  /** Malay. */
  MS_MY = 'ms-MY',
  /** Dutch. */
  NL_NL = 'nl-NL',
  /** Norwegian. */
  NO_NO = 'no-NO',
  /** Polish. */
  PL_PL = 'pl-PL',
  /** Swedish. */
  SV_SE = 'sv-SE',
  /** Tagalog. */
  TL_PH = 'tl-PH',
}

/** A word or phrase of a vocabulary. */
export interface VocabularyPhrase {
  /**
   * The phrase as spoken, at most 256 characters: no spaces (words joined by `-`, such as `Los-Angeles`),
   * no digits (numbers spelled out), letters of an acronym each followed by a period (`C.L.I.`).
   */
  readonly phrase: string;

  /**
   * How the phrase is written in transcripts, at most 256 characters, such as `Los Angeles` or `CLI`.
   *
   * @default - as the phrase
   */
  readonly displayAs?: string;
}

/** The four columns of a vocabulary table (Phrase required; IPA and SoundsLike are ignored by Amazon Transcribe). */
const COLUMNS = ['Phrase', 'IPA', 'SoundsLike', 'DisplayAs'];
/** An entry of a vocabulary: at most 256 characters. */
const MAX_ENTRY = 256;
/** The registry schema's Content: 1 to 60,000 characters. */
const MAX_CONTENT = 60000;

/**
 * The entries of a vocabulary, as the table Amazon Transcribe reads: a header row and one row per
 * phrase, columns separated by a tab.
 *
 * @see https://docs.aws.amazon.com/transcribe/latest/dg/custom-vocabulary-create-table.html
 */
export class VocabularyContent {
  /** A table of the phrases, built here (IPA and SoundsLike left empty). */
  public static fromPhrases(phrases: VocabularyPhrase[]): VocabularyContent {
    return new VocabularyContent(undefined, phrases);
  }

  /** A table written elsewhere, such as a file's text: a header row of the four columns, tab-separated. */
  public static fromTable(table: string): VocabularyContent {
    return new VocabularyContent(table, undefined);
  }

  private constructor(private readonly table: string | undefined, private readonly phrases: VocabularyPhrase[] | undefined) {}

  /**
   * The table's text, checked; problems are recorded under `prop`.
   *
   * @internal
   */
  public _render(v: PropValidator, prop: string): string | undefined {
    if (this.phrases !== undefined) {
      return this.renderPhrases(v, prop, this.phrases);
    }
    const table = this.table;
    if (typeof table !== 'string') {
      v.fail(prop, table, 'must be the text of a vocabulary table');
      return undefined;
    }
    if (!Token.isUnresolved(table)) {
      checkTable(v, prop, table);
    }
    return table;
  }

  private renderPhrases(v: PropValidator, prop: string, phrases: VocabularyPhrase[]): string | undefined {
    if (!Array.isArray(phrases) || phrases.length === 0) {
      v.fail(prop, phrases, 'must list at least one phrase');
      return undefined;
    }
    phrases.forEach((entry, index) => {
      if (v.checkRequired(`${prop}[${index}].phrase`, entry?.phrase)) {
        checkPhrase(v, `${prop}[${index}].phrase`, entry.phrase);
      }
      v.checkString(`${prop}[${index}].displayAs`, entry?.displayAs, {
        minLength: 1, maxLength: MAX_ENTRY, pattern: /^[^\t\r\n]*$/, patternMessage: 'must not contain tabs or line breaks',
      });
    });
    const rows = phrases.map((entry) => [entry?.phrase, '', '', entry?.displayAs ?? ''].join('\t'));
    return [COLUMNS.join('\t'), ...rows].join('\n');
  }
}

/** The Phrase column's rules: no spaces, no digits, at most 256 characters. */
function checkPhrase(v: PropValidator, prop: string, phrase: string): void {
  v.checkString(prop, phrase, {
    minLength: 1,
    maxLength: MAX_ENTRY,
    pattern: /^[^\s\d]+$/,
    patternMessage: 'must have no spaces (join words with -) and no digits (spell numbers out)',
  });
}

/** Checks a table's line ends, header row and each row's phrase. */
function checkTable(v: PropValidator, prop: string, table: string): void {
  if (table.includes('\r')) {
    // The admin guide: Amazon Transcribe does not accept CRLF.
    v.fail(prop, table, 'must end lines with LF, not CRLF');
    return;
  }
  const lines = table.split('\n').filter((line) => line.trim() !== '');
  const header = (lines[0] ?? '').split('\t').map((column) => column.trim());
  const missing = COLUMNS.filter((column) => !header.includes(column));
  if (missing.length > 0 || header.length !== COLUMNS.length) {
    v.fail(`${prop} header`, lines[0] ?? '', `must name the four columns ${COLUMNS.join(', ')} (in any order), separated by tabs`);
    return;
  }
  const phraseColumn = header.indexOf('Phrase');
  lines.slice(1).forEach((line, index) => {
    const cells = line.split('\t');
    if (cells.length > COLUMNS.length) {
      v.fail(`${prop} row ${index + 1}`, line, `must have at most ${COLUMNS.length} tab-separated cells`);
      return;
    }
    checkPhrase(v, `${prop} row ${index + 1} Phrase`, cells[phraseColumn] ?? '');
  });
}

/**
 * A custom vocabulary to create for an instance.
 *
 * @see https://docs.aws.amazon.com/connect/latest/APIReference/API_CreateVocabulary.html
 */
export interface VocabularyOptions {
  /** The language of the entries; Contact Lens uses the vocabulary for contacts in this language. */
  readonly language: VocabularyLanguage;

  /** The entries. Changing them replaces the vocabulary. */
  readonly content: VocabularyContent;

  /**
   * The name (1 to 140 letters, digits and `. _ -`), unique in the instance. Changing it replaces the
   * vocabulary. With a fixed name, new content cannot deploy: CloudFormation creates the replacement,
   * under the same name, before it deletes the old vocabulary.
   *
   * @default - a name unique in the app, built from the construct path and a hash of the language and content
   */
  readonly vocabularyName?: string;
}

/** Properties of a `Vocabulary`. */
export interface VocabularyProps extends VocabularyOptions {
  /** The instance the vocabulary belongs to. */
  readonly instance: IConnectInstance;
}

/** The registry schema's VocabularyName. */
const VOCABULARY_NAME = /^[0-9a-zA-Z._-]+$/;
const MAX_NAME = 140;

/**
 * A name from the construct path and, for known content, a hash of the language and content: new
 * content makes a new name, so that the replacement does not collide with the vocabulary it replaces.
 */
function defaultName(scope: Construct, languageAndContent: string): string {
  if (Token.isUnresolved(languageAndContent)) {
    return Names.uniqueResourceName(scope, { maxLength: MAX_NAME });
  }
  const hash = crypto.createHash('sha256').update(languageAndContent).digest('hex').slice(0, 8);
  return `${Names.uniqueResourceName(scope, { maxLength: MAX_NAME - 9 })}-${hash}`;
}

/**
 * A custom vocabulary of an Amazon Connect instance, for Contact Lens transcription. The instance
 * uses it once it is set as the default vocabulary of its language (in the admin website or with
 * AssociateDefaultVocabulary, which CloudFormation does not model).
 *
 * aws-cdk-lib 2.220.0 has no `CfnVocabulary`: the resource is written as a `CfnResource`.
 *
 * @resource AWS::Connect::Vocabulary
 * @see https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-connect-vocabulary.html
 * @see https://docs.aws.amazon.com/connect/latest/adminguide/add-custom-vocabulary.html
 */
export class Vocabulary extends Resource implements IVocabulary {
  /** Imports a vocabulary by ARN (`…/vocabulary/<id>`). */
  public static fromVocabularyArn(scope: Construct, id: string, vocabularyArn: string): IVocabulary {
    checkInstanceResourceArn('vocabularyArn', vocabularyArn, 'vocabulary', 'an Amazon Connect vocabulary');
    class Import extends Resource implements IVocabulary {
      public readonly vocabularyArn = vocabularyArn;
      public readonly vocabularyId = idFromInstanceResourceArn(vocabularyArn);
    }
    return new Import(scope, id, { environmentFromArn: vocabularyArn });
  }

  /**
   * The ARN of the vocabulary.
   *
   * @attribute
   */
  public readonly vocabularyArn: string;

  /**
   * The id of the vocabulary.
   *
   * @attribute
   */
  public readonly vocabularyId: string;

  /** The name of the vocabulary. */
  public readonly vocabularyName: string;

  constructor(scope: Construct, id: string, props: VocabularyProps) {
    super(scope, id);
    const v = new PropValidator();
    v.checkRequired('instance', props.instance);
    v.checkString('vocabularyName', props.vocabularyName, {
      minLength: 1, maxLength: MAX_NAME, pattern: VOCABULARY_NAME, patternMessage: 'must be letters, digits and . _ -',
    });
    if (v.checkRequired('language', props.language) && !Object.values<string>(VocabularyLanguage).includes(props.language)) {
      v.fail('language', props.language, 'must be a VocabularyLanguage, such as VocabularyLanguage.EN_US');
    }
    let content: string | undefined;
    if (v.checkRequired('content', props.content)) {
      if (typeof props.content._render !== 'function') {
        v.fail('content', props.content, 'must be a VocabularyContent, such as VocabularyContent.fromPhrases([...])');
      } else {
        content = props.content._render(v, 'content');
        v.checkString('content', content, { minLength: 1, maxLength: MAX_CONTENT });
      }
    }
    v.throwIfAny(this, 'Vocabulary');

    this.vocabularyName = props.vocabularyName ?? defaultName(this, `${props.language}\n${content}`);
    registerUniqueName(props.instance, { kind: 'Vocabulary', prop: 'vocabularyName', within: 'the instance' }, this, this.vocabularyName);
    const resource = new CfnResource(this, 'Resource', {
      type: 'AWS::Connect::Vocabulary',
      properties: {
        InstanceId: props.instance.instanceId,
        VocabularyName: this.vocabularyName,
        LanguageCode: props.language,
        Content: content,
      },
    });
    this.vocabularyArn = resource.getAtt('Arn').toString();
    this.vocabularyId = resource.getAtt('VocabularyId').toString();
  }
}
