import * as fs from 'fs';
import { Construct } from 'constructs';
import type { FlowImportOptions } from './flow-reference';
import type { FlowDefinition } from './flows/flow-definition';
import type * as DiagramModule from './private/contact-flow/diagram';
import type * as ImportModule from './private/contact-flow/import';
import type { RenderedFlowContent } from './private/contact-flow/rendered';
import { associateWithInstance } from './private/flows/integrations';
import { FlowRenderContext, renderDefinition } from './private/flows/render-definition';
import { jsonText } from './private/json-text';
import { lazy } from './private/lazy';

/* eslint-disable @typescript-eslint/no-require-imports */
/** Loaded when a flow is drawn, and when one is read from text: an app that does neither does not pay for them. */
const diagram = lazy((): typeof DiagramModule => require('./private/contact-flow/diagram'));
const flowImport = lazy((): typeof ImportModule => require('./private/contact-flow/import'));
/* eslint-enable @typescript-eslint/no-require-imports */

/**
 * The content of a flow or flow module in the Amazon Connect Flow language, checked at synth.
 * Content exported from another instance comes as `DescribeContactFlow` returns it (the `Content`
 * string, or the whole response), its references mapped onto this stack's resources.
 *
 * @see https://docs.aws.amazon.com/connect/latest/APIReference/flow-language.html
 * @see https://docs.aws.amazon.com/connect/latest/APIReference/API_DescribeContactFlow.html
 */
export class FlowContent {
  /**
   * Reads the content from a JSON file, when this method is called: a Flow language document, or a
   * whole `DescribeContactFlow` (or `DescribeContactFlowModule`) response.
   *
   * @param path the file's path, relative to the working directory of the app
   * @param options how references to the instance it was exported from are mapped
   */
  public static fromFile(path: string, options?: FlowImportOptions): FlowContent {
    let text: string;
    try {
      text = fs.readFileSync(path, 'utf-8');
    } catch (e) {
      throw new Error(`path must be a readable flow content file, got ${JSON.stringify(path)}: ${(e as Error).message}`);
    }
    return new FlowContent({ text, source: `file ${path}`, options });
  }

  /**
   * The content as a JSON string: a Flow language document, or a whole `DescribeContactFlow` (or
   * `DescribeContactFlowModule`) response.
   */
  public static fromString(json: string, options?: FlowImportOptions): FlowContent {
    return new FlowContent({ text: json, options });
  }

  /** The whole JSON response of `DescribeContactFlow` or `DescribeContactFlowModule`: its `Content` is deployed. */
  public static fromDescribeResponse(json: string, options?: FlowImportOptions): FlowContent {
    return new FlowContent({ text: json, source: 'DescribeContactFlow response', options, response: true });
  }

  /** The content as an object; tokens in it, such as a queue's ARN, are resolved at deploy time. */
  public static fromObject(content: { [key: string]: any }): FlowContent {
    return new FlowContent({ document: content });
  }

  /**
   * The content of a flow written with the typed builder. Its references (queues, prompts, functions,
   * other flows) are the stack's resources; the functions and bots it uses are associated with the
   * flow's instance.
   */
  public static fromDefinition(definition: FlowDefinition): FlowContent {
    return new FlowContent({ definition });
  }

  private constructor(private readonly from: ContentSource) {}

  /**
   * The flow as a Mermaid flowchart (`flowchart TD`): one node per action, edges labelled by branch.
   * References to resources of the app show as their logical ids.
   */
  public toMermaid(): string {
    const { definition, document, text, options } = this.from;
    const { renderMermaid, displayTokens } = diagram();
    if (definition !== undefined) {
      const start = definition.startAction;
      return renderMermaid({ StartAction: start?.identifier, Actions: definition.actions.map(a => a.toJson()) }, displayTokens);
    }
    if (document !== undefined) {
      return renderMermaid(document, displayTokens);
    }
    const { parseFlowText, mapReferences } = flowImport();
    const parsed = parseFlowText(text!);
    if (parsed.parseError !== undefined) {
      throw new Error(`content must be valid JSON to be drawn (${parsed.parseError})`);
    }
    const mapped = mapReferences(parsed.document, options?.references ?? [], { sourceArn: parsed.response?.arn });
    return renderMermaid(mapped.document, displayTokens);
  }

  /**
   * The JSON text to deploy and the document to check.
   *
   * @internal
   */
  public _render(scope: Construct, context: FlowRenderContext): RenderedFlowContent {
    const { definition, document } = this.from;
    if (definition !== undefined) {
      const rendered = renderDefinition(scope, context, definition);
      return { text: jsonText(scope, rendered ?? {}), document: rendered, fromDefinition: true };
    }
    if (document !== undefined) {
      return { text: jsonText(scope, document), document };
    }
    return this.renderText(scope, context);
  }

  /** Text content, unwrapped from a response and its references mapped onto the stack's resources. */
  private renderText(scope: Construct, context: FlowRenderContext): RenderedFlowContent {
    const { text, source, options, response } = this.from;
    const { v } = context;
    const { parseFlowText, mapReferences } = flowImport();
    const parsed = parseFlowText(text!);
    const where = `content (${source ?? 'string'})`;
    if (response && parsed.response === undefined && parsed.parseError === undefined) {
      v.fail(where, text, 'must be a DescribeContactFlow response: {"ContactFlow": {"Content": "…", …}}');
    }
    const from = parsed.response ? `${source ?? `${parsed.response.kind} response`}` : source;
    if (parsed.parseError !== undefined) {
      return { text: parsed.text, parseError: parsed.parseError, source: from };
    }
    checkResponseType(context, where, parsed.response);
    const references = options?.references ?? [];
    if (!Array.isArray(references)) {
      v.fail('options.references', references, 'must be a list of FlowReference');
    }
    const mapped = mapReferences(parsed.document, Array.isArray(references) ? references : [], {
      instanceArn: context.instance?.instanceArn,
      sourceArn: parsed.response?.arn,
    });
    mapped.problems.forEach(p => v.failCombination(`${where}: ${p}`));
    if (context.instance) {
      associateWithInstance(scope, context.instance, mapped.functions, mapped.botAliasArns);
    }
    const deployed = mapped.changed ? jsonText(scope, mapped.document) : parsed.text;
    return { text: deployed, document: mapped.document, source: from };
  }
}

/** Where a `FlowContent` comes from. */
interface ContentSource {
  readonly text?: string;
  readonly document?: { [key: string]: any };
  readonly definition?: FlowDefinition;
  /** Where the text was read from, for messages. */
  readonly source?: string;
  readonly options?: FlowImportOptions;
  /** Whether the text must be a `DescribeContactFlow(Module)` response. */
  readonly response?: boolean;
}

/** A response's flow type must be the flow's: a queue flow is not an inbound flow. */
function checkResponseType(context: FlowRenderContext, where: string, response: ReturnType<typeof ImportModule.parseFlowText>['response']): void {
  if (response === undefined) {
    return;
  }
  const module = context.flowType === 'FLOW_MODULE';
  if (module !== (response.kind === 'ContactFlowModule')) {
    context.v.fail(where, `a ${response.kind} response`, `must describe a ${module ? 'flow module (DescribeContactFlowModule)' : 'flow (DescribeContactFlow)'}`);
  } else if (!module && typeof response.type === 'string' && response.type !== context.flowType) {
    context.v.fail(where, response.type, `must be a ${context.flowType} flow, the type of this flow (set its type to deploy a ${response.type} flow)`);
  }
}
