import type * as lambda from 'aws-cdk-lib/aws-lambda';
import type { IContactFlow } from './contact-flow';
import type { IContactFlowModule } from './contact-flow-module';
import type { IHoursOfOperation } from './hours-of-operation';
import type { IPrompt } from './prompt';
import type { IQueue } from './queue';
import type { IQuickConnect } from './quick-connect';
import type { IUser } from './user';

/**
 * What a flow's content refers to in the instance it was exported from, mapped onto a resource of this
 * stack. The source is the ARN the content holds (its id is mapped with it), or the name the flow
 * designer shows for it: names are matched against the content's `Metadata`, where the designer
 * records them, and must name one resource of the kind.
 *
 * @see https://docs.aws.amazon.com/connect/latest/APIReference/flow-language-example.html
 */
export class FlowReference {
  /** A queue (`…:instance/<id>/queue/<id>`, or its name) to `queue`. */
  public static queue(source: string, queue: IQueue): FlowReference {
    return new FlowReference(source, 'queue', queue?.queueArn);
  }

  /** A prompt (`…/prompt/<id>`, or its name) to `prompt`. */
  public static prompt(source: string, prompt: IPrompt): FlowReference {
    return new FlowReference(source, 'prompt', prompt?.promptArn);
  }

  /** Hours of operation (`…/operating-hours/<id>`, or their name) to `hours`. */
  public static hoursOfOperation(source: string, hours: IHoursOfOperation): FlowReference {
    return new FlowReference(source, 'hoursOfOperation', hours?.hoursOfOperationArn);
  }

  /** A flow (`…/contact-flow/<id>`, or its name) to `flow`. */
  public static contactFlow(source: string, flow: IContactFlow): FlowReference {
    return new FlowReference(source, 'contactFlow', flow?.contactFlowArn);
  }

  /** A flow module (`…/flow-module/<id>`, or its name) to `flowModule`. */
  public static contactFlowModule(source: string, flowModule: IContactFlowModule): FlowReference {
    return new FlowReference(source, 'contactFlowModule', flowModule?.contactFlowModuleArn);
  }

  /** A user, an agent queue (`…/agent/<id>`, or the username) to `user`. */
  public static user(source: string, user: IUser): FlowReference {
    return new FlowReference(source, 'user', user?.userArn);
  }

  /** A quick connect (`…/transfer-destination/<id>`, or its name) to `quickConnect`. */
  public static quickConnect(source: string, quickConnect: IQuickConnect): FlowReference {
    return new FlowReference(source, 'quickConnect', quickConnect?.quickConnectArn);
  }

  /**
   * A Lambda function (`arn:…:lambda:…:function:<name>`, or the name the designer shows) to `fn`,
   * which the flow's instance is then allowed to invoke, as with the builder's `InvokeLambdaFunction`.
   */
  public static lambdaFunction(source: string, fn: lambda.IFunction): FlowReference {
    return new FlowReference(source, 'lambdaFunction', fn?.functionArn, fn);
  }

  /** A Lex V2 bot alias (`arn:…:lex:…:bot-alias/<bot>/<alias>`, or its name) to `botAliasArn`, associated with the instance. */
  public static lexBotAlias(source: string, botAliasArn: string): FlowReference {
    return new FlowReference(source, 'lexBotAlias', botAliasArn, undefined, botAliasArn);
  }

  /** Any other ARN (a task template, a view…) to `targetArn`, deployed as given. */
  public static arn(source: string, targetArn: string): FlowReference {
    return new FlowReference(source, 'any', targetArn);
  }

  /** The source ARN, id or name. */
  public readonly source: string;

  /** The ARN the content gets instead (a token for a resource of this app). */
  public readonly targetArn: string;

  /** @internal */
  public readonly _kind: string;
  /** @internal */
  public readonly _function?: lambda.IFunction;
  /** @internal */
  public readonly _botAliasArn?: string;

  private constructor(source: string, kind: string, targetArn: string, fn?: lambda.IFunction, botAliasArn?: string) {
    this.source = source;
    this._kind = kind;
    this.targetArn = targetArn;
    this._function = fn;
    this._botAliasArn = botAliasArn;
  }
}

/** How the content of a flow exported from another instance is brought into this stack. */
export interface FlowImportOptions {
  /**
   * What the content refers to in its source instance, mapped onto this stack's resources. An
   * instance-specific ARN left unmapped (or a Lambda function or Lex bot of the source account)
   * fails the synth, naming the action.
   *
   * @default - none: the content must not refer to another instance
   */
  readonly references?: FlowReference[];
}
