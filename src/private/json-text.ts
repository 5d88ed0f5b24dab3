import { IResolvable, IResolveContext, Lazy, Stack, Token, Tokenization } from 'aws-cdk-lib';
import { IConstruct } from 'constructs';

/** What JSON.stringify would escape in a string: a value with one cannot be written into the text as it is. */
const NEEDS_ESCAPE = /["\\\u0000-\u001f\ud800-\udfff]/;

/** The intrinsics whose values are strings that can be spliced into a JSON string as they resolve. */
const SPLICEABLE = new Set(['Ref', 'Fn::GetAtt', 'Fn::Join']);

/**
 * The JSON text of a document with the stack's references in it (a flow, a dashboard body): the
 * template `Stack.toJsonString` writes, at a fraction of its cost (docs/performance.md).
 *
 * The document is written with `JSON.stringify`, its string tokens left in the text. When the app is
 * synthesized, each token is resolved once, and the text becomes the `Fn::Join` that
 * `Stack.toJsonString` would write, built in one pass: aws-cdk-lib's resolver would join a string's
 * fragments two at a time, and its `toJsonString` walks every value of the document, at each of a
 * synth's resolutions. A token stays in the text only when it resolves to a reference (`Ref`,
 * `Fn::GetAtt`, or a `Fn::Join` of those and text) or to text that JSON would not escape; anything
 * else (a number or list token, a value that needs escaping) makes the whole document go through
 * `Stack.toJsonString`, as does a document with a token anywhere but inside a string.
 */
export function jsonText(scope: IConstruct, document: unknown): string {
  if (!stringTokensOnly(document)) {
    return Stack.of(scope).toJsonString(document);
  }
  const text = JSON.stringify(document);
  if (!Token.isUnresolved(text)) {
    return text;
  }
  const fragments = fragmentsOf(text);
  return Token.asString(Lazy.uncachedAny({
    produce: (context) => spliced(fragments, context) ?? Stack.of(scope).toJsonString(document),
  }));
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

/** A piece of the text: literal text, or a token to resolve. */
type Fragment = { readonly literal: string } | { readonly token: IResolvable };

/** The text's literals and tokens in order (aws-cdk-lib gives them only through a join of its fragments). */
function fragmentsOf(text: string): Fragment[] {
  const values: string[] = [];
  const collected = {};
  const first = Tokenization.reverseString(text).join({
    join: (left: any, right: any) => {
      if (left !== collected) {
        values.push(left);
      }
      values.push(right);
      return collected;
    },
  });
  if (first !== collected) {
    // One fragment: the joiner is not called.
    values.push(first);
  }
  return values.map((value) => (Token.isUnresolved(value) ? { token: Tokenization.reverseString(value).firstToken! } : { literal: value }));
}

/**
 * The text as the template holds it, each token resolved once: what `Stack.toJsonString` writes (a
 * string, or a `Fn::Join` with no delimiter whose adjacent literals are merged and whose nested joins
 * are spliced in); undefined when a token resolves to something that cannot stand in the text as it is.
 */
function spliced(fragments: Fragment[], context: IResolveContext): unknown {
  const parts: unknown[] = [];
  // A reference usually stands in the text many times (the instance in each of its metrics).
  const resolved = new Map<IResolvable, unknown>();
  for (const fragment of fragments) {
    if ('literal' in fragment) {
      append(parts, fragment.literal);
      continue;
    }
    if (!resolved.has(fragment.token)) {
      const value = context.resolve(fragment.token);
      if (!verbatim(value)) {
        return undefined;
      }
      resolved.set(fragment.token, value);
    }
    append(parts, resolved.get(fragment.token));
  }
  return parts.length === 1 && typeof parts[0] === 'string' ? parts[0] : { 'Fn::Join': ['', parts] };
}

/** Adds a resolved part as aws-cdk-lib's minimal join does: text merged with text, joins without a delimiter spliced in. */
function append(parts: unknown[], value: unknown): void {
  const join = (value as { 'Fn::Join'?: [unknown, unknown[]] })?.['Fn::Join'];
  if (join && join[0] === '') {
    join[1].forEach((part) => append(parts, part));
  } else if (typeof value === 'string' && typeof parts[parts.length - 1] === 'string') {
    parts[parts.length - 1] += value;
  } else {
    parts.push(value);
  }
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
