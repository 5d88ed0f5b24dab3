import { CfnResource, IResource, Resource, Token } from 'aws-cdk-lib';
import { Construct } from 'constructs';
import type { IContactFlow } from './contact-flow';
import type { IConnectInstance } from './instance';
import { checkEnum, checkInInstance, checkRequiredReference } from './private/resources/checks';
import { checkInstanceResourceArn, idFromInstanceResourceArn } from './private/resources/connect-arn';
import { defaultResourceName } from './private/resources/names';
import { PropValidator } from './private/validation';

/** A test case of an Amazon Connect instance: a simulated contact that checks what flows do. */
export interface ITestCase extends IResource {
  /** The ARN of the test case. @attribute */
  readonly testCaseArn: string;

  /** The id of the test case. @attribute */
  readonly testCaseId: string;
}

/** Whether a test case's content is checked and the test can run. */
export enum TestCaseStatus {
  /** Saved without checking the content. */
  SAVED = 'SAVED',
  /** Checked, ready to run. */
  PUBLISHED = 'PUBLISHED',
}

/**
 * How a test case's simulated contact starts: in a flow. The entry point's phone numbers are left
 * out: both references give them the pattern `\\+[1-9]\\d{1,14}$`, which no E.164 number matches.
 * @see https://docs.aws.amazon.com/connect/latest/APIReference/API_VoiceCallEntryPointParameters.html
 * @see https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-connect-testcase-voicecallentrypointparameters.html
 */
export class TestCaseEntryPoint {
  /** A voice call into a flow. */
  public static voiceCall(contactFlow: IContactFlow): TestCaseEntryPoint {
    return new TestCaseEntryPoint('VOICE_CALL', contactFlow);
  }

  /** A chat into a flow. */
  public static chat(contactFlow: IContactFlow): TestCaseEntryPoint {
    return new TestCaseEntryPoint('CHAT', contactFlow);
  }

  private constructor(
    /** The registry schema's `EntryPoint.Type`. */
    public readonly type: string,
    /** The flow the contact runs. */
    public readonly contactFlow: IContactFlow,
  ) {}

  /**
   * The entry point as CloudFormation takes it, its problems recorded in `v`.
   * @internal
   */
  public _render(v: PropValidator, instanceArn: string | undefined): Record<string, unknown> {
    if (checkRequiredReference(v, 'entryPoint.contactFlow', this.contactFlow, 'contactFlowArn', 'a flow (IContactFlow)')) {
      checkInInstance(v, 'entryPoint.contactFlow', this.contactFlow.contactFlowArn, instanceArn, 'a flow');
    }
    const parameters = { FlowId: this.contactFlow?.contactFlowId };
    return this.type === 'CHAT'
      ? { Type: 'CHAT', ChatEntryPointParameters: parameters }
      : { Type: 'VOICE_CALL', VoiceCallEntryPointParameters: parameters };
  }
}

/**
 * A test case to create for an instance.
 * @see https://docs.aws.amazon.com/connect/latest/adminguide/flow-testing.html
 * @see https://docs.aws.amazon.com/connect/latest/APIReference/API_CreateTestCase.html
 */
export interface TestCaseOptions {
  /** The test's steps and expectations, as the JSON of the test case language (at most 256,000 characters). */
  readonly content: string;

  /** How the simulated contact starts. @default - none */
  readonly entryPoint?: TestCaseEntryPoint;

  /** The contact's initial custom attributes (1 to 256,000 characters). @default - none */
  readonly initializationData?: string;

  /** The name (1 to 127 characters). @default - a name unique in the app, built from the construct path */
  readonly testCaseName?: string;

  /** A description (at most 500 characters). @default - none */
  readonly description?: string;

  /** Whether the content is checked and the test can run. @default TestCaseStatus.PUBLISHED */
  readonly status?: TestCaseStatus;
}

/** Properties of a `TestCase`. */
export interface TestCaseProps extends TestCaseOptions {
  /** The instance the test case belongs to. */
  readonly instance: IConnectInstance;
}

/** The registry schema's bound of `Content` and `InitializationData`. */
const MAX_JSON = 256_000;

/**
 * A test case of an Amazon Connect instance. aws-cdk-lib 2.220.0 has no `CfnTestCase`, so the
 * resource is a `CfnResource` of its type.
 * @resource AWS::Connect::TestCase
 */
export class TestCase extends Resource implements ITestCase {
  /** Imports a test case by ARN. */
  public static fromTestCaseArn(scope: Construct, id: string, testCaseArn: string): ITestCase {
    checkInstanceResourceArn('testCaseArn', testCaseArn, 'test-case', 'an Amazon Connect test case');
    class Import extends Resource implements ITestCase {
      public readonly testCaseArn = testCaseArn;
      public readonly testCaseId = idFromInstanceResourceArn(testCaseArn);
    }
    return new Import(scope, id, { environmentFromArn: testCaseArn });
  }

  /** The ARN of the test case. @attribute */
  public readonly testCaseArn: string;

  /** The id of the test case. @attribute */
  public readonly testCaseId: string;

  constructor(scope: Construct, id: string, props: TestCaseProps) {
    super(scope, id);
    const v = new PropValidator();
    v.checkRequired('instance', props.instance);
    // https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-connect-testcase.html
    const visible = { pattern: /\S/, patternMessage: 'must not be blank' };
    v.checkString('testCaseName', props.testCaseName, { minLength: 1, maxLength: 127, ...visible });
    v.checkString('description', props.description, { maxLength: 500, ...visible });
    if (v.checkRequired('content', props.content)) {
      checkJson(v, 'content', props.content);
    }
    v.checkString('initializationData', props.initializationData, { minLength: 1, maxLength: MAX_JSON });
    checkEnum(v, 'status', props.status, TestCaseStatus);
    let entryPoint: Record<string, unknown> | undefined;
    if (props.entryPoint !== undefined) {
      if (props.entryPoint instanceof TestCaseEntryPoint) {
        entryPoint = props.entryPoint._render(v, props.instance?.instanceArn);
      } else {
        v.fail('entryPoint', props.entryPoint, 'must be a TestCaseEntryPoint, such as TestCaseEntryPoint.chat()');
      }
    }
    v.throwIfAny(this, 'TestCase');

    const resource = new CfnResource(this, 'Resource', {
      type: 'AWS::Connect::TestCase',
      properties: {
        InstanceArn: props.instance.instanceArn,
        Name: props.testCaseName ?? defaultResourceName(this),
        Description: props.description,
        Content: props.content,
        EntryPoint: entryPoint,
        InitializationData: props.initializationData,
        Status: props.status ?? TestCaseStatus.PUBLISHED,
      },
    });
    this.testCaseArn = resource.getAtt('TestCaseArn').toString();
    this.testCaseId = idFromInstanceResourceArn(this.testCaseArn);
  }
}

function checkJson(v: PropValidator, prop: string, json: string | undefined): void {
  v.checkString(prop, json, { minLength: 1, maxLength: MAX_JSON });
  if (typeof json !== 'string' || Token.isUnresolved(json) || json.length === 0) {
    return;
  }
  try {
    JSON.parse(json);
  } catch (e) {
    v.fail(prop, json, `must be JSON (${(e as Error).message})`);
  }
}
