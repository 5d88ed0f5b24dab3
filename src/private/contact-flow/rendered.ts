/** Flow content ready for a resource: what `FlowContent` renders. */
export interface RenderedFlowContent {
  /** The JSON text (a token when the content holds tokens). */
  readonly text: string;
  /** The parsed document, when it parses. */
  readonly document?: unknown;
  /** Why it does not parse. */
  readonly parseError?: string;
  /** Where it was read from, for messages. */
  readonly source?: string;
  /** Whether a `FlowDefinition` made it (its problems are recorded already). */
  readonly fromDefinition?: boolean;
}
