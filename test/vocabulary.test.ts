import { Vocabulary, VocabularyContent, VocabularyLanguage } from '../src';
import { arnOf, importedInstance } from './helpers/instance';
import { errorOf, templateOf } from './helpers/stack';

/**
 * Custom vocabularies: raw AWS::Connect::Vocabulary (aws-cdk-lib 2.220.0 has no L1 for it), the
 * table Amazon Transcribe reads, built or given, and names unique in an instance.
 */

describe('what is deployed', () => {
  test('a table built from phrases, for the instance id', () => {
    const { stack, instance } = importedInstance();
    const vocabulary = instance.addVocabulary('Products', {
      vocabularyName: 'acme-products',
      language: VocabularyLanguage.EN_US,
      content: VocabularyContent.fromPhrases([{ phrase: 'Los-Angeles', displayAs: 'Los Angeles' }, { phrase: 'C.L.I.' }]),
    });
    const template = templateOf(stack);
    template.hasResourceProperties('AWS::Connect::Vocabulary', {
      InstanceId: '11111111-2222-3333-4444-555555555555',
      VocabularyName: 'acme-products',
      LanguageCode: 'en-US',
      Content: 'Phrase\tIPA\tSoundsLike\tDisplayAs\nLos-Angeles\t\t\tLos Angeles\nC.L.I.\t\t\t',
    });
    expect(stack.resolve([vocabulary.vocabularyArn, vocabulary.vocabularyId])).toEqual([
      { 'Fn::GetAtt': [expect.stringMatching(/^ContactCenterProducts/), 'Arn'] },
      { 'Fn::GetAtt': [expect.stringMatching(/^ContactCenterProducts/), 'VocabularyId'] },
    ]);
    expect(template.toJSON()).toMatchSnapshot();
  });

  test('the default name changes with the content, so that a replacement does not collide', () => {
    const { instance } = importedInstance();
    const add = (id: string, phrase: string, language = VocabularyLanguage.EN_US) =>
      instance.addVocabulary(id, { language, content: VocabularyContent.fromPhrases([{ phrase }]) }) as Vocabulary;
    const [a, b, c] = [add('A', 'Acme'), add('B', 'Acme'), add('C', 'Acme', VocabularyLanguage.EN_GB)];
    expect(a.vocabularyName).toMatch(/^TestStackContactCenterA[0-9A-F]{8}-[0-9a-f]{8}$/);
    expect(a.vocabularyName.split('-')[1]).toBe(b.vocabularyName.split('-')[1]);
    expect(c.vocabularyName.split('-')[1]).not.toBe(a.vocabularyName.split('-')[1]);
    expect(add('D', 'Other').vocabularyName.split('-')[1]).not.toBe(a.vocabularyName.split('-')[1]);
  });

  test('a table written elsewhere is sent as it is', () => {
    const { stack, instance } = importedInstance();
    const table = 'DisplayAs\tPhrase\tSoundsLike\tIPA\nAWS\tA.W.S.\t\t\n';
    instance.addVocabulary('Table', { language: VocabularyLanguage.DE_DE, content: VocabularyContent.fromTable(table) });
    templateOf(stack).hasResourceProperties('AWS::Connect::Vocabulary', { LanguageCode: 'de-DE', Content: table });
  });
});

describe('checks', () => {
  test('phrases: no spaces, no digits, at most 256 characters; a display of one line', () => {
    const { instance } = importedInstance();
    const message = errorOf(() => instance.addVocabulary('Bad', {
      vocabularyName: 'acme products',
      language: 'xx-XX' as VocabularyLanguage,
      content: VocabularyContent.fromPhrases([{ phrase: 'Los Angeles' }, { phrase: 'VX02Q' }, { phrase: 'ok', displayAs: 'two\tcells' }]),
    }));
    expect(message).toBe([
      "Vocabulary at 'TestStack/ContactCenter/Bad' has 5 invalid props:",
      '  - vocabularyName must be letters, digits and . _ -, got "acme products"',
      '  - language must be a VocabularyLanguage, such as VocabularyLanguage.EN_US, got "xx-XX"',
      '  - content[0].phrase must have no spaces (join words with -) and no digits (spell numbers out), got "Los Angeles"',
      '  - content[1].phrase must have no spaces (join words with -) and no digits (spell numbers out), got "VX02Q"',
      '  - content[2].displayAs must not contain tabs or line breaks, got "two\\tcells"',
    ].join('\n'));
    expect(errorOf(() => instance.addVocabulary('Empty', { language: VocabularyLanguage.EN_US, content: VocabularyContent.fromPhrases([]) })))
      .toContain('  - content must list at least one phrase, got []');
  });

  test('tables: the four columns, LF line ends, a phrase per row; at most 60,000 characters', () => {
    const { instance } = importedInstance();
    const add = (id: string, table: string) => errorOf(() => instance.addVocabulary(id, {
      language: VocabularyLanguage.EN_US, content: VocabularyContent.fromTable(table),
    }));
    expect(add('NoHeader', 'Phrase\tDisplayAs\nA.W.S.\tAWS')).toContain('  - content header must name the four columns Phrase, IPA, SoundsLike, DisplayAs (in any order), separated by tabs, got "Phrase\\tDisplayAs"');
    expect(add('Crlf', 'Phrase\tIPA\tSoundsLike\tDisplayAs\r\nA.W.S.\t\t\tAWS')).toContain('  - content must end lines with LF, not CRLF');
    expect(add('Row', 'Phrase\tIPA\tSoundsLike\tDisplayAs\n\t\t\tAWS\nA\tB\tC\tD\tE')).toBe([
      "Vocabulary at 'TestStack/ContactCenter/Row' has 2 invalid props:",
      '  - content row 1 Phrase must be 1 to 256 characters long (length 0), got ""',
      '  - content row 2 must have at most 4 tab-separated cells, got "A\\tB\\tC\\tD\\tE"',
    ].join('\n'));
    const long = `Phrase\tIPA\tSoundsLike\tDisplayAs\n${'Abcdefghij\t\t\t\n'.repeat(4300)}`;
    expect(add('Long', long)).toContain(`  - content must be 1 to 60000 characters long (length ${long.length})`);
    expect(errorOf(() => instance.addVocabulary('Raw', { language: VocabularyLanguage.EN_US, content: 'Phrase' as any })))
      .toContain('  - content must be a VocabularyContent, such as VocabularyContent.fromPhrases([...]), got "Phrase"');
  });

  test('names are unique in an instance', () => {
    const { stack, instance } = importedInstance();
    const content = VocabularyContent.fromPhrases([{ phrase: 'Acme' }]);
    instance.addVocabulary('A', { vocabularyName: 'acme', language: VocabularyLanguage.EN_US, content });
    instance.addVocabulary('B', { vocabularyName: 'acme', language: VocabularyLanguage.EN_GB, content });
    expect(errorOf(() => templateOf(stack))).toContain("  - vocabularyName must be unique in the instance: the Vocabulary at 'TestStack/ContactCenter/A' has it too, got \"acme\"");
  });
});

describe('importing', () => {
  test('by ARN', () => {
    const { stack } = importedInstance();
    const vocabulary = Vocabulary.fromVocabularyArn(stack, 'Products', arnOf('vocabulary', 'voc-1'));
    expect([vocabulary.vocabularyArn, vocabulary.vocabularyId]).toEqual([arnOf('vocabulary', 'voc-1'), 'voc-1']);
    expect(errorOf(() => Vocabulary.fromVocabularyArn(stack, 'Bad', arnOf('view', 'v')))).toContain('vocabularyArn must be the ARN of an Amazon Connect vocabulary');
  });
});
