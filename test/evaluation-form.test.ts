import { Match } from 'aws-cdk-lib/assertions';
import {
  EvaluationForm, EvaluationFormNumericAutomation, EvaluationFormOptions, EvaluationFormQuestion, EvaluationFormScoringMode,
  EvaluationFormSingleSelectDisplay, EvaluationFormStatus,
} from '../src';
import { arnOf, importedInstance, INSTANCE_ARN } from './helpers/instance';
import { errorOf, templateOf } from './helpers/stack';

/**
 * Evaluation forms: sections, subsections and the three kinds of question, reference ids,
 * scoring and weights, and the importer.
 */

const YES_NO = [{ text: 'Yes', score: 10 }, { text: 'No', score: 0, automaticFail: true }];

function build(options: Partial<EvaluationFormOptions>) {
  const { stack, instance } = importedInstance();
  const form = new EvaluationForm(stack, 'Form', {
    instance,
    sections: [{ title: 'Greeting', questions: [EvaluationFormQuestion.text({ title: 'Notes' })] }],
    ...options,
  });
  return { stack, form };
}

describe('what is deployed', () => {
  test('sections with questions and a subsection, generated reference ids, scored by question', () => {
    const { stack, instance } = importedInstance();
    const form = instance.addEvaluationForm('Quality', {
      title: 'Call quality',
      description: 'Monthly review',
      scoringMode: EvaluationFormScoringMode.QUESTION_ONLY,
      automatedEvaluation: false,
      sections: [{
        title: 'Opening',
        instructions: 'Listen to the first minute',
        questions: [
          EvaluationFormQuestion.singleSelect({ title: 'Did the agent greet the customer?', options: YES_NO, weight: 60, displayAs: EvaluationFormSingleSelectDisplay.RADIO }),
          EvaluationFormQuestion.numeric({
            title: 'Customer sentiment',
            refId: 'sentiment',
            min: -5,
            max: 5,
            ranges: [{ min: -5, max: 0, score: 0 }, { min: 1, max: 5, score: 10 }],
            automation: EvaluationFormNumericAutomation.OVERALL_CUSTOMER_SENTIMENT_SCORE,
            weight: 40,
          }),
        ],
        sections: [{ title: 'Compliance', refId: 'compliance', questions: [EvaluationFormQuestion.text({ title: 'Remarks', notApplicableEnabled: true })] }],
      }],
    });
    const template = templateOf(stack);
    template.hasResourceProperties('AWS::Connect::EvaluationForm', {
      InstanceArn: INSTANCE_ARN,
      Title: 'Call quality',
      Description: 'Monthly review',
      Status: 'ACTIVE',
      ScoringStrategy: { Mode: 'QUESTION_ONLY', Status: 'ENABLED' },
      AutoEvaluationConfiguration: { Enabled: false },
      Items: [{
        Section: {
          RefId: 's1',
          Title: 'Opening',
          Instructions: 'Listen to the first minute',
          Items: [
            {
              Question: {
                RefId: 's1-q1',
                Title: 'Did the agent greet the customer?',
                QuestionType: 'SINGLESELECT',
                Weight: 60,
                QuestionTypeProperties: {
                  SingleSelect: {
                    DisplayAs: 'RADIO',
                    Options: [{ RefId: 'option-1', Text: 'Yes', Score: 10 }, { RefId: 'option-2', Text: 'No', Score: 0, AutomaticFail: true }],
                  },
                },
              },
            },
            {
              Question: {
                RefId: 'sentiment',
                QuestionType: 'NUMERIC',
                QuestionTypeProperties: {
                  Numeric: {
                    MinValue: -5,
                    MaxValue: 5,
                    Options: [{ MinValue: -5, MaxValue: 0, Score: 0 }, { MinValue: 1, MaxValue: 5, Score: 10 }],
                    Automation: { PropertyValue: { Label: 'OVERALL_CUSTOMER_SENTIMENT_SCORE' } },
                  },
                },
              },
            },
            {
              Section: {
                RefId: 'compliance',
                Title: 'Compliance',
                Items: [{ Question: { RefId: 'compliance-q1', Title: 'Remarks', QuestionType: 'TEXT', NotApplicableEnabled: true, QuestionTypeProperties: Match.absent() } }],
              },
            },
          ],
        },
      }],
    });
    expect(stack.resolve(form.evaluationFormArn)).toEqual({ 'Fn::GetAtt': [expect.stringMatching(/^ContactCenterQuality/), 'EvaluationFormArn'] });
    expect(template.toJSON()).toMatchSnapshot();
  });

  test('unscored, a generated title, in draft', () => {
    const { stack } = build({ status: EvaluationFormStatus.DRAFT });
    templateOf(stack).hasResourceProperties('AWS::Connect::EvaluationForm', {
      Title: Match.stringLikeRegexp('^TestStackForm[0-9A-F]{8}$'),
      Status: 'DRAFT',
      ScoringStrategy: Match.absent(),
      AutoEvaluationConfiguration: Match.absent(),
    });
  });

  test('scored by section, the weights of the top-level sections adding up to 100', () => {
    const question = () => EvaluationFormQuestion.singleSelect({ title: 'Ok?', options: YES_NO });
    const { stack } = build({
      scoringMode: EvaluationFormScoringMode.SECTION_ONLY,
      sections: [
        { title: 'A', weight: 70, questions: [question()] },
        { title: 'B', weight: 30, questions: [question()] },
      ],
    });
    templateOf(stack).hasResourceProperties('AWS::Connect::EvaluationForm', {
      ScoringStrategy: { Mode: 'SECTION_ONLY', Status: 'ENABLED' },
      Items: [{ Section: Match.objectLike({ RefId: 's1', Weight: 70 }) }, { Section: Match.objectLike({ RefId: 's2', Weight: 30 }) }],
    });
  });
});

describe('checks', () => {
  test('weights that do not add up to 100, or weights without a scoring mode, fail', () => {
    const sections = [{ title: 'A', questions: [EvaluationFormQuestion.text({ title: 'x', weight: 30 }), EvaluationFormQuestion.text({ title: 'y', weight: 30 })] }];
    expect(errorOf(() => build({ scoringMode: EvaluationFormScoringMode.QUESTION_ONLY, sections })))
      .toContain('  - the weights of the questions must add up to 100 with scoringMode QUESTION_ONLY, got 60');
    expect(errorOf(() => build({ sections }))).toContain('  - weights need a scoringMode: the form is not scored without one');
  });

  test('a third level of sections, an empty section and a duplicate reference id fail at once', () => {
    const message = errorOf(() => build({
      sections: [
        { title: 'A', refId: 'dup', sections: [{ title: 'B', sections: [{ title: 'C', questions: [EvaluationFormQuestion.text({ title: 'q' })] }] }] },
        { title: 'Empty' },
        { title: 'D', questions: [EvaluationFormQuestion.text({ title: 'q', refId: 'dup' })] },
      ],
    }));
    expect(message).toMatch(/^EvaluationForm at 'TestStack\/Form' has 3 invalid props:/);
    expect(message).toContain('  - sections[0].sections[0].sections must be empty: a subsection has questions only, as forms nest two levels, got "1 sections"');
    expect(message).toContain('  - sections[1] must have questions or subsections, got "Empty"');
    expect(message).toContain('  - refId must be unique in the form (sections and questions), got "dup"');
  });

  test('questions: answers, scores, ranges and reference ids', () => {
    const message = errorOf(() => build({
      sections: [{
        title: 'A',
        questions: [
          EvaluationFormQuestion.singleSelect({ title: 'x'.repeat(351), options: [{ text: 'Only', score: 11, refId: 'no spaces' }] }),
          EvaluationFormQuestion.numeric({ title: 'n', min: 5, max: 1, ranges: [{ min: 0, max: 9, score: 1.5 }] }),
        ],
      }],
    }));
    expect(message).toContain('  - sections[0].questions[0].title must be 1 to 350 characters long (length 351)');
    expect(message).toContain('  - sections[0].questions[0].options must have 2 to 256 items, got "1 items"');
    expect(message).toContain('  - sections[0].questions[0].options[0].refId must be 1 to 40 letters, digits and ._-, got "no spaces"');
    expect(message).toContain('  - sections[0].questions[0].options[0].score must be a whole number from 0 to 10, got 11');
    expect(message).toContain('  - sections[0].questions[1].max must be at least min (5), got 1');
    expect(message).toContain('  - sections[0].questions[1].ranges[0] must be within the question\'s 5 to 1, got "0 to 9"');
    expect(message).toContain('  - sections[0].questions[1].ranges[0].score must be a whole number from 0 to 10, got 1.5');
  });

  test('the title, the description, and more than 100 questions', () => {
    const questions = Array.from({ length: 101 }, (_, i) => EvaluationFormQuestion.text({ title: `q${i}` }));
    const message = errorOf(() => build({ title: 'x'.repeat(101), description: 'x'.repeat(1025), sections: [{ title: 'A', questions }] }));
    expect(message).toContain('  - title must be 1 to 100 characters long (length 101)');
    expect(message).toContain('  - description must be 0 to 1024 characters long (length 1025)');
    expect(message).toContain('  - sections[0].questions must have 0 to 100 items, got "101 items"');
    expect(message).toContain('  - sections must hold at most 100 questions in all, got "101 questions"');
  });

  test('untyped JavaScript: a plain object as a question, no sections', () => {
    const { stack, instance } = importedInstance();
    expect(errorOf(() => new EvaluationForm(stack, 'Form', { instance } as any))).toContain('  - sections is required, got undefined');
    expect(errorOf(() => build({ sections: [{ title: 'A', questions: [{ title: 'q' } as any] }] })))
      .toContain('  - sections[0].questions[0] must be an EvaluationFormQuestion, such as EvaluationFormQuestion.singleSelect(), got {"title":"q"}');
  });
});

describe('importing', () => {
  test('by ARN', () => {
    const { stack } = importedInstance();
    const form = EvaluationForm.fromEvaluationFormArn(stack, 'Imported', arnOf('evaluation-form', 'f-1'));
    expect([form.evaluationFormArn, form.evaluationFormId]).toEqual([arnOf('evaluation-form', 'f-1'), 'f-1']);
    expect(errorOf(() => EvaluationForm.fromEvaluationFormArn(stack, 'Bad', arnOf('queue', 'q')))).toMatch(/^evaluationFormArn must be the ARN of an Amazon Connect evaluation form/);
  });
});
