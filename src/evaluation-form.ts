import { IResource, Resource, Token } from 'aws-cdk-lib';
import { CfnEvaluationForm } from 'aws-cdk-lib/aws-connect';
import { Construct } from 'constructs';
import type { IConnectInstance } from './instance';
import { checkEnum, checkList, checkRequiredString, checkUnique } from './private/resources/checks';
import { checkInstanceResourceArn, idFromInstanceResourceArn } from './private/resources/connect-arn';
import { defaultResourceName } from './private/resources/names';
import { PropValidator } from './private/validation';

/** An evaluation form of an Amazon Connect instance: what a contact's evaluator answers. */
export interface IEvaluationForm extends IResource {
  /** The ARN of the evaluation form. @attribute */
  readonly evaluationFormArn: string;

  /** The id of the evaluation form. @attribute */
  readonly evaluationFormId: string;
}

/** Whether evaluators can use a form. */
export enum EvaluationFormStatus {
  /** Being written: evaluators cannot use it. */
  DRAFT = 'DRAFT',
  /** Published: evaluators can use it. */
  ACTIVE = 'ACTIVE',
}

/**
 * What weights are given to, for the form's score (the registry schema's `ScoringStrategy.Mode`).
 * @see https://docs.aws.amazon.com/connect/latest/adminguide/about-scoring-and-weights.html
 */
export enum EvaluationFormScoringMode {
  /** Each question's weight counts. */
  QUESTION_ONLY = 'QUESTION_ONLY',
  /** Each top-level section's weight counts, spread evenly over its questions. */
  SECTION_ONLY = 'SECTION_ONLY',
}

/** How a single-select question is shown. */
export enum EvaluationFormSingleSelectDisplay {
  /** A drop-down list. */
  DROPDOWN = 'DROPDOWN',
  /** Radio buttons. */
  RADIO = 'RADIO',
}

/** A Contact Lens value that answers a numeric question automatically (the registry schema's `NumericQuestionPropertyValueAutomation.Label`). */
export enum EvaluationFormNumericAutomation {
  /** The customer's overall sentiment score. */
  OVERALL_CUSTOMER_SENTIMENT_SCORE = 'OVERALL_CUSTOMER_SENTIMENT_SCORE',
  /** The agent's overall sentiment score. */
  OVERALL_AGENT_SENTIMENT_SCORE = 'OVERALL_AGENT_SENTIMENT_SCORE',
  /** Time when nobody spoke. */
  NON_TALK_TIME = 'NON_TALK_TIME',
  /** Time when nobody spoke, as a percentage of the contact. */
  NON_TALK_TIME_PERCENTAGE = 'NON_TALK_TIME_PERCENTAGE',
  /** How often the agent interrupted. */
  NUMBER_OF_INTERRUPTIONS = 'NUMBER_OF_INTERRUPTIONS',
  /** The contact's duration. */
  CONTACT_DURATION = 'CONTACT_DURATION',
  /** The agent's interaction time. */
  AGENT_INTERACTION_DURATION = 'AGENT_INTERACTION_DURATION',
  /** The customer's time on hold. */
  CUSTOMER_HOLD_TIME = 'CUSTOMER_HOLD_TIME',
}

/** An answer of a single-select question. */
export interface EvaluationFormOption {
  /** The answer's text (1 to 128 characters). */
  readonly text: string;

  /** The answer's identifier (1 to 40 letters, digits and `._-`), unique in the question. @default - `option-<n>`, its position from 1 */
  readonly refId?: string;

  /** The answer's score, 0 to 10. @default - none */
  readonly score?: number;

  /** Whether this answer fails the whole evaluation (a score of 0). @default false */
  readonly automaticFail?: boolean;
}

/** A range of answers of a numeric question and its score. */
export interface EvaluationFormNumericRange {
  /** The smallest answer of the range. */
  readonly min: number;

  /** The largest answer of the range. */
  readonly max: number;

  /** The range's score, 0 to 10. @default - none */
  readonly score?: number;

  /** Whether an answer in this range fails the whole evaluation (a score of 0). @default false */
  readonly automaticFail?: boolean;
}

/** What every kind of question has. */
export interface EvaluationFormQuestionOptions {
  /** The question (1 to 350 characters). */
  readonly title: string;

  /**
   * The question's identifier (1 to 40 letters, digits and `._-`), unique in the form.
   * @default - `<section's refId>-q<n>`, its position in the section from 1
   */
  readonly refId?: string;

  /** Instructions for the evaluator (at most 1,024 characters). @default - none */
  readonly instructions?: string;

  /** Whether "Not applicable" is an answer. @default false */
  readonly notApplicableEnabled?: boolean;

  /** The question's weight in the score, 0 to 100, with `EvaluationFormScoringMode.QUESTION_ONLY`. @default - none */
  readonly weight?: number;
}

/** A single-select question. */
export interface EvaluationFormSingleSelectQuestionOptions extends EvaluationFormQuestionOptions {
  /** The answers (2 to 256). */
  readonly options: EvaluationFormOption[];

  /** How the answers are shown. @default - as Amazon Connect decides */
  readonly displayAs?: EvaluationFormSingleSelectDisplay;
}

/** A numeric question. */
export interface EvaluationFormNumericQuestionOptions extends EvaluationFormQuestionOptions {
  /** The smallest answer. */
  readonly min: number;

  /** The largest answer. */
  readonly max: number;

  /** Scored ranges of answers (1 to 10), each within `min` to `max`. @default - none */
  readonly ranges?: EvaluationFormNumericRange[];

  /** The Contact Lens value that answers the question. @default - answered by the evaluator */
  readonly automation?: EvaluationFormNumericAutomation;
}

/**
 * A question of an evaluation form.
 * @see https://docs.aws.amazon.com/connect/latest/adminguide/create-evaluation-forms.html
 */
export class EvaluationFormQuestion {
  /** A question answered with free text. */
  public static text(options: EvaluationFormQuestionOptions): EvaluationFormQuestion {
    return new EvaluationFormQuestion('TEXT', options, undefined);
  }

  /** A question answered with one of several answers. */
  public static singleSelect(options: EvaluationFormSingleSelectQuestionOptions): EvaluationFormQuestion {
    return new EvaluationFormQuestion('SINGLESELECT', options, options);
  }

  /** A question answered with a number. */
  public static numeric(options: EvaluationFormNumericQuestionOptions): EvaluationFormQuestion {
    return new EvaluationFormQuestion('NUMERIC', options, options);
  }

  private constructor(
    /** The registry schema's `QuestionType`. */
    public readonly questionType: string,
    /** What every question has. */
    public readonly options: EvaluationFormQuestionOptions,
    private readonly typed: EvaluationFormSingleSelectQuestionOptions | EvaluationFormNumericQuestionOptions | undefined,
  ) {}

  /**
   * The question as CloudFormation takes it, its problems recorded in `v` as `prop`.
   * @internal
   */
  public _render(v: PropValidator, prop: string, refId: string): CfnEvaluationForm.EvaluationFormQuestionProperty {
    const o = this.options ?? ({} as EvaluationFormQuestionOptions);
    checkRequiredString(v, `${prop}.title`, o.title, { minLength: 1, maxLength: 350 });
    v.checkString(`${prop}.instructions`, o.instructions, { maxLength: 1024 });
    checkNumber(v, `${prop}.weight`, o.weight, 0, 100, false);
    return {
      title: o.title,
      refId,
      instructions: o.instructions,
      notApplicableEnabled: o.notApplicableEnabled,
      weight: o.weight,
      questionType: this.questionType,
      questionTypeProperties: this.renderTyped(v, prop),
    };
  }

  private renderTyped(v: PropValidator, prop: string): CfnEvaluationForm.EvaluationFormQuestionTypePropertiesProperty | undefined {
    if (this.questionType === 'SINGLESELECT') {
      const o = this.typed as EvaluationFormSingleSelectQuestionOptions;
      checkEnum(v, `${prop}.displayAs`, o.displayAs, EvaluationFormSingleSelectDisplay);
      const answers = checkList(v, `${prop}.options`, o.options, 2, 256) ? o.options : [];
      const refIds = answers.map((a, i) => a?.refId ?? `option-${i + 1}`);
      checkUnique(v, `${prop}.options[].refId`, refIds, 'must be unique in the question');
      return {
        singleSelect: {
          displayAs: o.displayAs,
          options: answers.map((a, i) => {
            const p = `${prop}.options[${i}]`;
            if (!v.checkRequired(p, a)) {
              return { refId: refIds[i], text: '' };
            }
            v.checkRequired(`${p}.text`, a.text);
            v.checkString(`${p}.text`, a.text, { minLength: 1, maxLength: 128 });
            checkRefId(v, `${p}.refId`, refIds[i]);
            checkNumber(v, `${p}.score`, a.score, 0, 10, true);
            return { refId: refIds[i], text: a.text, score: a.score, automaticFail: a.automaticFail };
          }),
        },
      };
    }
    if (this.questionType === 'NUMERIC') {
      const o = this.typed as EvaluationFormNumericQuestionOptions;
      v.checkRequired(`${prop}.min`, o.min);
      v.checkRequired(`${prop}.max`, o.max);
      const known = (n: number | undefined): n is number => typeof n === 'number' && !Token.isUnresolved(n);
      if (known(o.min) && known(o.max) && o.min > o.max) {
        v.fail(`${prop}.max`, o.max, `must be at least min (${o.min})`);
      }
      checkEnum(v, `${prop}.automation`, o.automation, EvaluationFormNumericAutomation);
      const ranges = o.ranges !== undefined && checkList(v, `${prop}.ranges`, o.ranges, 1, 10) ? o.ranges : undefined;
      ranges?.forEach((r, i) => {
        const p = `${prop}.ranges[${i}]`;
        if (!v.checkRequired(p, r)) {
          return;
        }
        checkNumber(v, `${p}.score`, r.score, 0, 10, true);
        if (known(r.min) && known(r.max) && r.min > r.max) {
          v.fail(`${p}.max`, r.max, `must be at least min (${r.min})`);
        }
        if ((known(r.min) && known(o.min) && r.min < o.min) || (known(r.max) && known(o.max) && r.max > o.max)) {
          v.fail(p, `${r.min} to ${r.max}`, `must be within the question's ${o.min} to ${o.max}`);
        }
      });
      return {
        numeric: {
          minValue: o.min,
          maxValue: o.max,
          options: ranges?.map((r) => ({ minValue: r.min, maxValue: r.max, score: r.score, automaticFail: r.automaticFail })),
          automation: o.automation ? { propertyValue: { label: o.automation } } : undefined,
        },
      };
    }
    return undefined;
  }
}

/** A section of an evaluation form: questions, and at the top level, subsections. */
export interface EvaluationFormSection {
  /** The section's title (1 to 128 characters). */
  readonly title: string;

  /**
   * The section's identifier (1 to 40 letters, digits and `._-`), unique in the form.
   * @default - `s<n>` at the top level, `<parent's refId>-s<n>` in a section, its position from 1
   */
  readonly refId?: string;

  /** Instructions for the evaluator (at most 1,024 characters). @default - none */
  readonly instructions?: string;

  /** The questions, before the subsections. @default - none: the section has subsections */
  readonly questions?: EvaluationFormQuestion[];

  /** Subsections, only in a top-level section: a form nests two levels. @default - none */
  readonly sections?: EvaluationFormSection[];

  /** The section's weight in the score, 0 to 100, with `EvaluationFormScoringMode.SECTION_ONLY`. @default - none */
  readonly weight?: number;
}

/**
 * An evaluation form to create for an instance.
 * @see https://docs.aws.amazon.com/connect/latest/adminguide/create-evaluation-forms.html
 * @see https://docs.aws.amazon.com/connect/latest/APIReference/API_CreateEvaluationForm.html
 */
export interface EvaluationFormOptions {
  /** The sections (at least one), holding at most 100 sections and 100 questions in all. */
  readonly sections: EvaluationFormSection[];

  /** The title (1 to 100 characters). @default - a name unique in the app, built from the construct path */
  readonly title?: string;

  /** A description (at most 1,024 characters). @default - none */
  readonly description?: string;

  /** Whether evaluators can use the form. @default EvaluationFormStatus.ACTIVE */
  readonly status?: EvaluationFormStatus;

  /** How the form is scored; the weights given must then add up to 100. @default - not scored */
  readonly scoringMode?: EvaluationFormScoringMode;

  /** Whether Contact Lens evaluates contacts with the form automatically. @default false */
  readonly automatedEvaluation?: boolean;
}

/** Properties of an `EvaluationForm`. */
export interface EvaluationFormProps extends EvaluationFormOptions {
  /** The instance the evaluation form belongs to. */
  readonly instance: IConnectInstance;
}

/** The registry schema's `RefId`. */
const REF_ID = /^[a-zA-Z0-9._-]{1,40}$/;
/** CreateEvaluationForm: "The total number of sections and questions must not exceed 100 each." */
const MAX_ITEMS = 100;

/**
 * An evaluation form of an Amazon Connect instance: sections of questions evaluators answer about
 * a contact, scored by weights.
 * @resource AWS::Connect::EvaluationForm
 */
export class EvaluationForm extends Resource implements IEvaluationForm {
  /** Imports an evaluation form by ARN. */
  public static fromEvaluationFormArn(scope: Construct, id: string, evaluationFormArn: string): IEvaluationForm {
    checkInstanceResourceArn('evaluationFormArn', evaluationFormArn, 'evaluation-form', 'an Amazon Connect evaluation form');
    class Import extends Resource implements IEvaluationForm {
      public readonly evaluationFormArn = evaluationFormArn;
      public readonly evaluationFormId = idFromInstanceResourceArn(evaluationFormArn);
    }
    return new Import(scope, id, { environmentFromArn: evaluationFormArn });
  }

  /** The ARN of the evaluation form. @attribute */
  public readonly evaluationFormArn: string;

  /** The id of the evaluation form. @attribute */
  public readonly evaluationFormId: string;

  constructor(scope: Construct, id: string, props: EvaluationFormProps) {
    super(scope, id);
    const v = new PropValidator();
    v.checkRequired('instance', props.instance);
    // Title 1 to 100 (CreateEvaluationForm; the registry schema allows 128), Description at most 1,024.
    v.checkString('title', props.title, { minLength: 1, maxLength: 100 });
    v.checkString('description', props.description, { maxLength: 1024 });
    checkEnum(v, 'status', props.status, EvaluationFormStatus);
    checkEnum(v, 'scoringMode', props.scoringMode, EvaluationFormScoringMode);
    const tally: Tally = { sections: 0, questions: 0, refIds: [], questionWeights: [] };
    const sections = checkList(v, 'sections', props.sections, 1, MAX_ITEMS) ? props.sections : [];
    const items = sections.map((s, i) => ({ section: renderSection(v, `sections[${i}]`, s, s?.refId ?? `s${i + 1}`, 1, tally) }));
    if (tally.sections > MAX_ITEMS) {
      v.fail('sections', `${tally.sections} sections`, `must hold at most ${MAX_ITEMS} sections in all`);
    }
    if (tally.questions > MAX_ITEMS) {
      v.fail('sections', `${tally.questions} questions`, `must hold at most ${MAX_ITEMS} questions in all`);
    }
    checkUnique(v, 'refId', tally.refIds, 'must be unique in the form (sections and questions)');
    checkWeights(v, props.scoringMode, sections.map((s) => s?.weight), tally.questionWeights);
    v.throwIfAny(this, 'EvaluationForm');

    const resource = new CfnEvaluationForm(this, 'Resource', {
      instanceArn: props.instance.instanceArn,
      title: props.title ?? defaultResourceName(this, 100),
      description: props.description,
      status: props.status ?? EvaluationFormStatus.ACTIVE,
      items,
      scoringStrategy: props.scoringMode ? { mode: props.scoringMode, status: 'ENABLED' } : undefined,
      autoEvaluationConfiguration: props.automatedEvaluation === undefined ? undefined : { enabled: props.automatedEvaluation },
    });
    this.evaluationFormArn = resource.attrEvaluationFormArn;
    this.evaluationFormId = idFromInstanceResourceArn(this.evaluationFormArn);
  }
}

interface Tally {
  sections: number;
  questions: number;
  readonly refIds: string[];
  readonly questionWeights: Array<number | undefined>;
}

function renderSection(
  v: PropValidator, prop: string, section: EvaluationFormSection, refId: string, depth: number, tally: Tally,
): CfnEvaluationForm.EvaluationFormSectionProperty {
  tally.sections++;
  if (!v.checkRequired(prop, section)) {
    return { refId, title: '' };
  }
  v.checkRequired(`${prop}.title`, section.title);
  v.checkString(`${prop}.title`, section.title, { minLength: 1, maxLength: 128 });
  v.checkString(`${prop}.instructions`, section.instructions, { maxLength: 1024 });
  checkRefId(v, `${prop}.refId`, refId);
  tally.refIds.push(refId);
  checkNumber(v, `${prop}.weight`, section.weight, 0, 100, false);
  const questions = section.questions !== undefined && checkList(v, `${prop}.questions`, section.questions, 0, MAX_ITEMS) ? section.questions : [];
  const subsections = section.sections !== undefined && checkList(v, `${prop}.sections`, section.sections, 0, MAX_ITEMS) ? section.sections : [];
  if (depth > 1 && subsections.length > 0) {
    // "Evaluation forms can only contain sections and subsections (two level nesting)."
    v.fail(`${prop}.sections`, `${subsections.length} sections`, 'must be empty: a subsection has questions only, as forms nest two levels');
  }
  if (questions.length + subsections.length === 0) {
    v.fail(prop, section.title, 'must have questions or subsections');
  }
  const items: CfnEvaluationForm.EvaluationFormItemProperty[] = questions.map((q, i) => {
    tally.questions++;
    const p = `${prop}.questions[${i}]`;
    if (!(q instanceof EvaluationFormQuestion)) {
      v.fail(p, q, 'must be an EvaluationFormQuestion, such as EvaluationFormQuestion.singleSelect()');
      return {};
    }
    const questionRefId = q.options?.refId ?? `${refId}-q${i + 1}`;
    checkRefId(v, `${p}.refId`, questionRefId);
    tally.refIds.push(questionRefId);
    tally.questionWeights.push(q.options?.weight);
    return { question: q._render(v, p, questionRefId) };
  });
  if (depth === 1) {
    items.push(...subsections.map((s, i) => ({
      section: renderSection(v, `${prop}.sections[${i}]`, s, s?.refId ?? `${refId}-s${i + 1}`, 2, tally),
    })));
  }
  return { refId, title: section.title, instructions: section.instructions, weight: section.weight, items };
}

function checkRefId(v: PropValidator, prop: string, refId: string): void {
  v.checkString(prop, refId, { pattern: REF_ID, patternMessage: 'must be 1 to 40 letters, digits and ._-' });
}

function checkNumber(v: PropValidator, prop: string, value: number | undefined, min: number, max: number, integer: boolean): void {
  if (value === undefined || Token.isUnresolved(value)) {
    return;
  }
  if (typeof value !== 'number' || (integer && !Number.isInteger(value)) || value < min || value > max) {
    v.fail(prop, value, `must be a ${integer ? 'whole ' : ''}number from ${min} to ${max}`);
  }
}

/**
 * "The total weight must always equal 100%": the weights the scoring mode counts, when given.
 * @see https://docs.aws.amazon.com/connect/latest/adminguide/about-scoring-and-weights.html
 */
function checkWeights(
  v: PropValidator, mode: EvaluationFormScoringMode | undefined,
  sectionWeights: Array<number | undefined>, questionWeights: Array<number | undefined>,
): void {
  const weighted = [...sectionWeights, ...questionWeights].some((w) => w !== undefined);
  if (mode === undefined) {
    if (weighted) {
      v.failCombination('weights need a scoringMode: the form is not scored without one');
    }
    return;
  }
  const [counted, what] = mode === EvaluationFormScoringMode.SECTION_ONLY ? [sectionWeights, 'top-level sections'] : [questionWeights, 'questions'];
  if (counted.some((w) => w === undefined) || counted.some((w) => Token.isUnresolved(w))) {
    return;
  }
  const total = (counted as number[]).reduce((a, b) => a + b, 0);
  if (Math.abs(total - 100) > 0.01) {
    v.failCombination(`the weights of the ${what} must add up to 100 with scoringMode ${mode}, got ${total}`);
  }
}
