import { renderMermaid } from './private/contact-flow/diagram';
import { parseFlowText } from './private/contact-flow/import';

/**
 * Pictures of flows: the graph of a flow's actions and branches as a Mermaid flowchart, which GitHub
 * and most Markdown viewers draw. For a `FlowContent` in the app, `FlowContent.toMermaid()` does the same.
 *
 * @see https://mermaid.js.org/syntax/flowchart.html
 */
export class FlowDiagram {
  /**
   * A flow as a Mermaid flowchart (`flowchart TD`): one node per action (Identifier, Type, its first
   * parameters), an edge per branch labelled `next`, by its condition (`pressed 1`) or, dashed, by its
   * error type.
   *
   * @param content the `Content` of an `AWS::Connect::ContactFlow` or `ContactFlowModule` of a synthesized
   * template (a JSON string, or an `Fn::Join` whose `Ref` and `Fn::GetAtt` are shown as their logical ids),
   * a Flow language document, or a `DescribeContactFlow` response, as an object or a JSON string
   */
  public static mermaid(content: any): string {
    return renderMermaid(documentOf(content), text => text.replace(REFERENCE, '$1'));
  }

  private constructor() {}
}

/** Where a template's `Fn::Join` had a `Ref` or `Fn::GetAtt`: the logical id, marked. */
const REFERENCE = /⟦([^⟦⟧]*)⟧/g;

function documentOf(content: unknown): unknown {
  if (typeof content === 'string') {
    const parsed = parseFlowText(content);
    if (parsed.parseError !== undefined) {
      throw new Error(`content must be a Flow language document as JSON (${parsed.parseError})`);
    }
    return parsed.document;
  }
  if (isObject(content) && Array.isArray(content['Fn::Join'])) {
    return documentOf(joined(content['Fn::Join']));
  }
  if (isObject(content) && (isObject(content.ContactFlow) || isObject(content.ContactFlowModule))) {
    return documentOf(JSON.stringify(content));
  }
  return content;
}

/** The text of an `Fn::Join`, each intrinsic part written as the logical id it refers to. */
function joined(join: unknown[]): string {
  const [separator, parts] = join;
  if (typeof separator !== 'string' || !Array.isArray(parts)) {
    throw new Error(`content must be an Fn::Join of a separator and a list, got ${JSON.stringify(join).slice(0, 80)}`);
  }
  return parts.map(p => (typeof p === 'string' ? p : `⟦${logicalId(p) ?? 'deploy-time value'}⟧`)).join(separator);
}

/** The logical id an intrinsic refers to (the first `Ref` or `Fn::GetAtt` in it). */
function logicalId(value: unknown): string | undefined {
  if (Array.isArray(value)) {
    return value.map(logicalId).find(id => id !== undefined);
  }
  if (!isObject(value)) {
    return undefined;
  }
  if (typeof value.Ref === 'string') {
    return value.Ref;
  }
  const getAtt = value['Fn::GetAtt'];
  if (getAtt !== undefined) {
    return Array.isArray(getAtt) ? String(getAtt[0]) : String(getAtt).split('.')[0];
  }
  return Object.values(value).map(logicalId).find(id => id !== undefined);
}

function isObject(value: unknown): value is { [key: string]: any } {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
