import { CfnElement, Reference, Stack, Token, Tokenization } from 'aws-cdk-lib';
import { legacyName } from './import';

/**
 * A Flow language document drawn as a Mermaid flowchart: a node per action (its Identifier, Type and
 * a few parameters), an edge per branch, labelled by what takes it: `next`, a condition, an error type
 * (dashed). Conditions and errors are read as the Flow language writes them (`Transitions`).
 *
 * @see https://docs.aws.amazon.com/connect/latest/APIReference/flow-language-actions.html
 * @see https://mermaid.js.org/syntax/flowchart.html
 */
export function renderMermaid(document: unknown, display: (text: string) => string = text => text): string {
  if (!isObject(document) || !Array.isArray(document.Actions)) {
    throw new Error(`the content must be a Flow language document with Actions, got ${JSON.stringify(document)?.slice(0, 80)}`);
  }
  const actions: unknown[] = document.Actions;
  const metadata = isObject(document.Metadata) && isObject(document.Metadata.ActionMetadata) ? document.Metadata.ActionMetadata : {};
  const nodes = new Map<string, string>();
  actions.forEach((action, i) => {
    if (isObject(action) && typeof action.Identifier === 'string' && !nodes.has(action.Identifier)) {
      nodes.set(action.Identifier, `a${i}`);
    }
  });
  const lines = ['flowchart TD'];
  const unknown = new Map<string, string>();
  const nodeOf = (target: unknown): string => {
    const id = String(target);
    if (nodes.has(id)) {
      return nodes.get(id)!;
    }
    if (!unknown.has(id)) {
      unknown.set(id, `u${unknown.size}`);
    }
    return unknown.get(id)!;
  };
  if (document.StartAction !== undefined) {
    lines.push(`  start(("Start")) --> ${nodeOf(document.StartAction)}`);
  }
  actions.forEach((action, i) => {
    if (!isObject(action)) {
      return;
    }
    const meta = typeof action.Identifier === 'string' ? metadata[action.Identifier] : undefined;
    const label = [String(action.Identifier), String(action.Type), ...summary(action.Parameters, meta, display)];
    lines.push(`  a${i}["${label.map(escape).join('<br/>')}"]`);
    const edges: Array<{ target: string; label: string; error: boolean }> = [];
    const add = (target: unknown, text: string, error: boolean) => {
      const node = nodeOf(target);
      const same = edges.find(e => e.target === node && e.error === error);
      if (same) {
        same.label += `, ${text}`;
      } else {
        edges.push({ target: node, label: text, error });
      }
    };
    const transitions = isObject(action.Transitions) ? action.Transitions : {};
    for (const c of Array.isArray(transitions.Conditions) ? transitions.Conditions : []) {
      if (isObject(c) && c.NextAction !== undefined) {
        add(c.NextAction, conditionLabel(action.Type, c.Condition), false);
      }
    }
    if (transitions.NextAction !== undefined) {
      add(transitions.NextAction, 'next', false);
    }
    for (const e of Array.isArray(transitions.Errors) ? transitions.Errors : []) {
      if (isObject(e) && e.NextAction !== undefined) {
        add(e.NextAction, String(e.ErrorType), true);
      }
    }
    edges.forEach(e => lines.push(`  a${i} ${e.error ? '-.->' : '-->'}|${escape(e.label)}| ${e.target}`));
  });
  unknown.forEach((node, id) => lines.push(`  ${node}["${escape(`missing action ${id}`)}"]`));
  return `${lines.join('\n')}\n`;
}

/** A string with its tokens shown as the logical ids of the resources they refer to. */
export function displayTokens(text: string): string {
  if (!Token.isUnresolved(text)) {
    return text;
  }
  return Tokenization.reverseString(text)
    .mapTokens({ mapToken: token => `${tokenName(token)}` })
    .join({ join: (left, right) => `${left ?? ''}${right ?? ''}` });
}

/** The logical id a reference token points at, or what stands for a value known at deploy time. */
function tokenName(token: unknown): string {
  if (token instanceof Reference && token.target instanceof CfnElement) {
    return String(Stack.of(token.target).resolve(token.target.logicalId));
  }
  return '(deploy-time value)';
}

/** Parameters shown in a node. */
const MAX_PARAMETERS = 3;
/** Characters of a parameter line. */
const MAX_LINE = 48;

/** A line per parameter (the first few), values shortened, references shown by name. */
function summary(parameters: unknown, meta: unknown, display: (text: string) => string): string[] {
  if (!isObject(parameters)) {
    return [];
  }
  const named = isObject(meta) && isObject(meta.parameters) ? meta.parameters : {};
  const entries = Object.entries(parameters);
  const lines = entries.slice(0, MAX_PARAMETERS).map(([key, value]) => {
    const name = isObject(named[key]) && typeof named[key].displayName === 'string'
      ? named[key].displayName
      : typeof value === 'string' ? legacyName(meta, value) : undefined;
    return shorten(`${key}: ${describe(value, display, name)}`);
  });
  if (entries.length > MAX_PARAMETERS) {
    lines.push(`+${entries.length - MAX_PARAMETERS} more`);
  }
  return lines;
}

function describe(value: unknown, display: (text: string) => string, name: string | undefined): string {
  if (typeof value === 'string') {
    const shown = display(value);
    return ARN.test(shown) && name !== undefined ? name : shown.replace(ARN_ANYWHERE, shortArn);
  }
  if (Array.isArray(value)) {
    return value.map(v => describe(v, display, undefined)).join(', ');
  }
  if (isObject(value)) {
    return Object.entries(value).map(([k, v]) => `${k}=${describe(v, display, undefined)}`).join(', ');
  }
  return String(value);
}

/** ARNs of an instance's resources, Lambda functions and Lex bot aliases, shown by their last parts. */
const ARN = /^arn:aws[-a-z0-9]*:(connect|lambda|lex):/;
const ARN_ANYWHERE = /arn:aws[-a-z0-9]*:(?:connect|lambda|lex):[^\s",]+/g;

function shortArn(arn: string): string {
  const connect = /:instance\/[^/]+\/(.+)$/.exec(arn);
  if (connect) {
    return connect[1];
  }
  const resource = /^arn:[^:]+:[^:]+:[^:]*:[^:]*:(.+)$/.exec(arn);
  return resource ? resource[1] : arn;
}

/** A condition as a person reads it: "pressed 1", "in hours", "= gold". */
function conditionLabel(type: unknown, condition: unknown): string {
  const operator = isObject(condition) ? condition.Operator : undefined;
  const operands = isObject(condition) && Array.isArray(condition.Operands) ? condition.Operands.map(String) : [];
  if (operator === 'Equals') {
    if (type === 'GetParticipantInput' && operands.every(o => /^[0-9*#]+$/.test(o))) {
      return `pressed ${operands.join(', ')}`;
    }
    if (type === 'CheckHoursOfOperation' && operands.length === 1 && /^(True|False)$/.test(operands[0])) {
      return operands[0] === 'True' ? 'in hours' : 'out of hours';
    }
    return `= ${operands.join(', ')}`;
  }
  return `${operator ?? 'condition'} ${operands.join(', ')}`.trim();
}

function shorten(line: string): string {
  const flat = line.replace(/\s+/g, ' ');
  return flat.length > MAX_LINE ? `${flat.slice(0, MAX_LINE - 1)}…` : flat;
}

/** Text inside a quoted Mermaid label or an edge label, with Mermaid's entity codes. */
function escape(text: string): string {
  return text.replace(/#/g, '#35;').replace(/"/g, '#quot;').replace(/</g, '#lt;').replace(/>/g, '#gt;').replace(/\|/g, '#124;');
}

function isObject(value: unknown): value is { [key: string]: any } {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
