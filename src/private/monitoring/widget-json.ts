import { IResolvable, IResolveContext, Token, Tokenization } from 'aws-cdk-lib';
import { IConstruct } from 'constructs';

/**
 * The widgets' JSON with aws-cdk-lib's metric lines unwrapped where unwrapping changes nothing, so that
 * the dashboard body can be written by `jsonText` (a fraction of `Stack.toJsonString`'s cost).
 *
 * Two of aws-cdk-lib's private tokens are taken out, each only where the result is the same:
 * - each metric line (`[namespace, name, dimensions…, options]`) is wrapped in a token that drops the
 *   options object when it resolves to `{}`. An options object with a value that is neither undefined
 *   nor a token is never empty, so the token returns the line as it is: such a line is unwrapped.
 * - a metric's account and Region are tokens that resolve to nothing when they are the dashboard
 *   stack's (the dashboard's own): they are resolved here, against that stack.
 *
 * Anything else is left as it is, and the body is then written by `Stack.toJsonString`, as any
 * document with a token outside a string is.
 *
 * @param scope a construct of the dashboard's stack
 */
export function unwrappedWidgets(json: unknown, scope: IConstruct): unknown {
  if (Array.isArray(json)) {
    return json.map((item) => unwrappedWidgets(item, scope));
  }
  if (typeof json === 'string') {
    return Token.isUnresolved(json) ? stackDependent(json, scope) : json;
  }
  if (typeof json !== 'object' || json === null) {
    return json;
  }
  if (Tokenization.isResolvable(json)) {
    return isMetricLine(json) && optionsNeverEmpty(json.value) ? unwrappedWidgets(json.value, scope) : json;
  }
  if (Object.getPrototypeOf(json) !== Object.prototype) {
    return json;
  }
  const copy: { [key: string]: unknown } = {};
  for (const [key, value] of Object.entries(json)) {
    copy[key] = unwrappedWidgets(value, scope);
  }
  return copy;
}

/**
 * A metric's account or Region as aws-cdk-lib's private `StackDependentToken` resolves it in the
 * dashboard's stack (undefined when it is the stack's own); any other text as it is.
 */
function stackDependent(text: string, scope: IConstruct): unknown {
  const fragments = Tokenization.reverseString(text);
  const token = fragments.length === 1 ? fragments.firstToken : undefined;
  const candidate = token as unknown as { originalValue?: unknown; fn?: unknown } | undefined;
  if (token?.constructor.name !== 'StackDependentToken' || typeof candidate?.fn !== 'function' || !('originalValue' in candidate)) {
    return text;
  }
  // It reads the stack of the context's scope, and nothing else of the context.
  return token.resolve({ scope } as IResolveContext);
}

/** aws-cdk-lib's `DropEmptyObjectAtTheEndOfAnArray` (private), recognized by its shape. */
function isMetricLine(token: IResolvable): token is IResolvable & { readonly value: unknown[] } {
  const candidate = token as unknown as { value?: unknown; postProcess?: unknown };
  return token.constructor.name === 'DropEmptyObjectAtTheEndOfAnArray' && Array.isArray(candidate.value)
    && typeof candidate.postProcess === 'function';
}

/** Whether the line's last item cannot resolve to an empty object (what the token would drop). */
function optionsNeverEmpty(line: unknown[]): boolean {
  const last = line[line.length - 1];
  if (typeof last !== 'object' || last === null) {
    // A name, a dimension or nothing: the token keeps it.
    return true;
  }
  if (Array.isArray(last) || Tokenization.isResolvable(last) || Object.getPrototypeOf(last) !== Object.prototype) {
    return false;
  }
  return Object.values(last).some((value) => value !== undefined && !Token.isUnresolved(value));
}
