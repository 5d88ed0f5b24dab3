import { IResolveContext, Lazy, Stack, Token, Tokenization } from 'aws-cdk-lib';
import { IConstruct } from 'constructs';

/** What JSON.stringify would escape in a string: a value with one cannot be written into the text as it is. */
const NEEDS_ESCAPE = /["\\\u0000-\u001f\ud800-\udfff]/;

/** The intrinsics whose values are strings that can be spliced into a JSON string as they resolve. */
const SPLICEABLE = new Set(['Ref', 'Fn::GetAtt', 'Fn::Join']);

/**
 * The JSON text of a flow document, with the stack's references in it: the template `Stack.toJsonString`
 * writes, at a fraction of its cost for a large flow (docs/performance.md). The document is written with
 * `JSON.stringify`, its string tokens left in the text; when the app is synthesized, each token must
 * resolve to a reference, or to text that JSON would not escape, to stay as it is. Anything else (a
 * number or list token, a value that needs escaping) goes through `Stack.toJsonString`.
 */
export function flowJsonText(scope: IConstruct, document: unknown): string {
  if (!stringTokensOnly(document)) {
    return Stack.of(scope).toJsonString(document);
  }
  const text = JSON.stringify(document);
  if (!Token.isUnresolved(text)) {
    return text;
  }
  return Lazy.uncachedString({
    produce: (context) => (spliceable(text, context) ? text : Stack.of(scope).toJsonString(document)),
  });
}

/** Whether every token of `value` is a string token inside a string (no number, list or object tokens). */
function stringTokensOnly(value: unknown): boolean {
  switch (typeof value) {
    case 'string':
      return !value.includes('#{Token[');
    case 'boolean':
      return true;
    case 'number':
      return !Token.isUnresolved(value);
    case 'object':
      if (value === null) {
        return true;
      }
      if (Array.isArray(value)) {
        return !Token.isUnresolved(value) && value.every((item) => item !== undefined && stringTokensOnly(item));
      }
      if (Tokenization.isResolvable(value) || Object.getPrototypeOf(value) !== Object.prototype) {
        return false;
      }
      return Object.entries(value).every(([key, item]) => !key.includes('#{Token[') && (item === undefined || stringTokensOnly(item)));
    default:
      return false;
  }
}

/** Whether each token of `text` resolves to something that stands in a JSON string as it is. */
function spliceable(text: string, context: IResolveContext): boolean {
  return Tokenization.reverseString(text).tokens.every((token) => verbatim(context.resolve(token)));
}

function verbatim(value: unknown): boolean {
  if (typeof value === 'string') {
    return !NEEDS_ESCAPE.test(value);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return false;
  }
  const keys = Object.keys(value);
  if (keys.length !== 1 || !SPLICEABLE.has(keys[0])) {
    return false;
  }
  const [key] = keys;
  const argument = (value as { [key: string]: unknown })[key];
  if (key === 'Fn::Join') {
    // ["delimiter", [parts]]: each part a literal or a reference.
    return Array.isArray(argument) && argument.length === 2 && verbatim(argument[0]) && Array.isArray(argument[1])
      && argument[1].every(verbatim);
  }
  // Ref's logical id or pseudo parameter, GetAtt's [logical id, attribute]: CloudFormation names, never escaped.
  return true;
}
