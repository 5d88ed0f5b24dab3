import { Token } from 'aws-cdk-lib';
import type { RenderedFlowContent } from './rendered';
import { PropValidator } from '../validation';

/**
 * The Flow language's structural checks possible at synth (size, version,
 * actions and their identifiers, transitions); `Parameters` and tokens are
 * left to Amazon Connect.
 *
 * @see https://docs.aws.amazon.com/connect/latest/APIReference/flow-language.html
 * @see https://docs.aws.amazon.com/connect/latest/APIReference/flow-language-example.html
 * @see https://docs.aws.amazon.com/connect/latest/APIReference/flow-language-actions.html
 */
export function checkFlowContent(v: PropValidator, rendered: RenderedFlowContent): void {
  const from = rendered.source ? ` (${rendered.source})` : '';
  if (rendered.parseError !== undefined) {
    v.fail(`content${from}`, rendered.text, `must be valid JSON (${rendered.parseError})`);
    return;
  }
  if (!Token.isUnresolved(rendered.text) && rendered.text.length > MAX_CONTENT) {
    v.fail(`content${from}`, `${rendered.text.length} characters`, `must be at most ${MAX_CONTENT} characters`);
  }
  const doc = rendered.document;
  if (!isObject(doc)) {
    v.fail(`content${from}`, doc, 'must be a JSON object with Version, StartAction and Actions');
    return;
  }
  const prefix = `content${from}`;
  if (!isToken(doc.Version) && doc.Version !== VERSION) {
    v.fail(`${prefix}.Version`, doc.Version, `must be "${VERSION}", the only version of the Flow language`);
  }
  const actions = doc.Actions;
  if (!Array.isArray(actions)) {
    v.fail(`${prefix}.Actions`, actions, 'must be a list of actions');
    return;
  }
  if (actions.length > MAX_ACTIONS) {
    v.fail(`${prefix}.Actions`, `${actions.length} actions`, `must have at most ${MAX_ACTIONS} actions`);
  }
  const identifiers = checkActions(v, prefix, actions);
  if (!isToken(doc.StartAction)) {
    if (typeof doc.StartAction !== 'string') {
      v.fail(`${prefix}.StartAction`, doc.StartAction, 'must be the Identifier of the first action');
    } else if (identifiers && !identifiers.has(doc.StartAction)) {
      v.fail(`${prefix}.StartAction`, doc.StartAction, `must be the Identifier of an action in ${prefix}.Actions`);
    }
  }
  if (identifiers) {
    actions.forEach((action, index) => checkTransitions(v, prefix, action, index, identifiers));
  }
}

/** The registry schemas' maximum length of `Content`. */
const MAX_CONTENT = 256_000;
/** The flow-language example: "no more than 250 Actions". */
const MAX_ACTIONS = 250;
/** The flow-language example: "Currently the only supported version is 2019-10-30". */
const VERSION = '2019-10-30';
/** flow-language-actions: an Identifier is up to 50 characters. */
const MAX_IDENTIFIER = 50;
/** flow-language-actions: characters not allowed in an Identifier. */
const FORBIDDEN_CHARACTERS = /[%:(\\/)=$,;[\]{}]/;
/** flow-language-actions: strings not allowed as an Identifier. */
const RESERVED_IDENTIFIERS = new Set([
  '__proto__', 'constructor', '__defineGetter__', '__defineSetter__', 'toString', 'hasOwnProperty', 'isPrototypeOf',
  'propertyIsEnumerable', 'toLocaleString', 'valueOf',
]);

/** Checks each action's Identifier and Type; returns the identifiers, or undefined if one is a token. */
function checkActions(v: PropValidator, prefix: string, actions: unknown[]): Set<string> | undefined {
  const identifiers = new Set<string>();
  let complete = true;
  actions.forEach((action, index) => {
    const at = `${prefix}.Actions[${index}]`;
    if (!isObject(action)) {
      v.fail(at, action, 'must be an action object with Identifier, Type and Transitions');
      return;
    }
    const id = action.Identifier;
    if (isToken(id)) {
      complete = false;
    } else if (typeof id !== 'string' || id.length === 0) {
      v.fail(`${at}.Identifier`, id, 'must be a non-empty string');
    } else {
      if (id.length > MAX_IDENTIFIER) {
        v.fail(`${at}.Identifier`, id, `must be at most ${MAX_IDENTIFIER} characters (length ${id.length})`);
      }
      if (FORBIDDEN_CHARACTERS.test(id)) {
        v.fail(`${at}.Identifier`, id, 'must not contain any of % : ( \\ / ) = $ , ; [ ] { }');
      }
      if (RESERVED_IDENTIFIERS.has(id)) {
        v.fail(`${at}.Identifier`, id, 'must not be a reserved name (such as constructor or toString)');
      }
      if (identifiers.has(id)) {
        v.fail(`${at}.Identifier`, id, 'must be unique among the actions of the flow');
      }
      identifiers.add(id);
    }
    if (!isToken(action.Type) && (typeof action.Type !== 'string' || action.Type.length === 0)) {
      v.fail(`${at}.Type`, action.Type, `must name the action's type, such as "MessageParticipant" (action ${describeId(id)})`);
    }
  });
  return complete ? identifiers : undefined;
}

/** Checks that every transition of one action leads to an action of the flow. */
function checkTransitions(v: PropValidator, prefix: string, action: unknown, index: number, identifiers: Set<string>): void {
  if (!isObject(action)) {
    return;
  }
  const at = `${prefix}.Actions[${index}] (action ${describeId(action.Identifier)})`;
  const transitions = action.Transitions;
  if (transitions === undefined || isToken(transitions)) {
    return;
  }
  if (!isObject(transitions)) {
    v.failCombination(`${at}: Transitions must be an object, got ${JSON.stringify(transitions)}`);
    return;
  }
  const target = (path: string, next: unknown) => {
    if (next === undefined || isToken(next)) {
      return;
    }
    if (typeof next !== 'string') {
      v.failCombination(`${at}: ${path} must be the Identifier of an action, got ${JSON.stringify(next)}`);
    } else if (!identifiers.has(next)) {
      v.failCombination(`${at}: ${path} ${JSON.stringify(next)} is not the Identifier of any action in ${prefix}.Actions`);
    }
  };
  target('Transitions.NextAction', transitions.NextAction);
  for (const list of ['Conditions', 'Errors']) {
    const entries = transitions[list];
    if (entries === undefined || isToken(entries)) {
      continue;
    }
    if (!Array.isArray(entries)) {
      v.failCombination(`${at}: Transitions.${list} must be a list, got ${JSON.stringify(entries)}`);
      continue;
    }
    entries.forEach((entry, i) => {
      if (!isObject(entry) || entry.NextAction === undefined) {
        v.failCombination(`${at}: Transitions.${list}[${i}] must have a NextAction, got ${JSON.stringify(entry)}`);
        return;
      }
      target(`Transitions.${list}[${i}].NextAction`, entry.NextAction);
    });
  }
}

function isObject(value: unknown): value is { [key: string]: any } {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isToken(value: unknown): boolean {
  return value !== undefined && value !== null && Token.isUnresolved(value);
}

function describeId(id: unknown): string {
  return typeof id === 'string' ? JSON.stringify(id) : 'without an Identifier';
}
