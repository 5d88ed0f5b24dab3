import * as fs from 'fs';
import { Stack } from 'aws-cdk-lib';
import { Construct } from 'constructs';
import type { FlowDefinition } from './flows/flow-definition';
import type { RenderedFlowContent } from './private/contact-flow/rendered';
import { FlowRenderContext, renderDefinition } from './private/flows/render-definition';

/**
 * The content of a flow or flow module in the Amazon Connect Flow language, checked at synth.
 * Export a flow drawn in the admin website with `DescribeContactFlow`, not the designer's button.
 *
 * @see https://docs.aws.amazon.com/connect/latest/APIReference/flow-language.html
 */
export class FlowContent {
  /**
   * Reads the content from a JSON file, when this method is called.
   *
   * @param path the file's path, relative to the working directory of the app
   */
  public static fromFile(path: string): FlowContent {
    let text: string;
    try {
      text = fs.readFileSync(path, 'utf-8');
    } catch (e) {
      throw new Error(`path must be a readable flow content file, got ${JSON.stringify(path)}: ${(e as Error).message}`);
    }
    return new FlowContent(text, undefined, `file ${path}`);
  }

  /** The content as a JSON string. */
  public static fromString(json: string): FlowContent {
    return new FlowContent(json, undefined, undefined);
  }

  /** The content as an object; tokens in it, such as a queue's ARN, are resolved at deploy time. */
  public static fromObject(content: { [key: string]: any }): FlowContent {
    return new FlowContent(undefined, content, undefined);
  }

  /**
   * The content of a flow written with the typed builder. Its references (queues, prompts, functions,
   * other flows) are the stack's resources; the functions and bots it uses are associated with the
   * flow's instance.
   */
  public static fromDefinition(definition: FlowDefinition): FlowContent {
    return new FlowContent(undefined, undefined, undefined, definition);
  }

  private constructor(
    private readonly text: string | undefined,
    private readonly document: { [key: string]: any } | undefined,
    private readonly source: string | undefined,
    private readonly definition?: FlowDefinition,
  ) {}

  /**
   * The JSON text to deploy and the document to check.
   *
   * @internal
   */
  public _render(scope: Construct, context: FlowRenderContext): RenderedFlowContent {
    if (this.definition !== undefined) {
      const document = renderDefinition(scope, context, this.definition);
      return { text: Stack.of(scope).toJsonString(document ?? {}), document, fromDefinition: true };
    }
    if (this.document !== undefined) {
      return { text: Stack.of(scope).toJsonString(this.document), document: this.document };
    }
    const text = this.text!;
    try {
      return { text, document: JSON.parse(text), source: this.source };
    } catch (e) {
      return { text, parseError: (e as Error).message, source: this.source };
    }
  }
}
