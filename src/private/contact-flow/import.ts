import { Token } from 'aws-cdk-lib';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import { FlowReference } from '../../flow-reference';

/**
 * Flow content exported from another instance, and its references mapped onto this stack's resources.
 * Amazon Connect returns the content as the `Content` string of `DescribeContactFlow` (or
 * `DescribeContactFlowModule`); its actions refer to queues, prompts, flows… by ARN or id, and to Lambda
 * functions and Lex V2 bot aliases by ARN. The flow designer records the names it shows under
 * `Metadata.ActionMetadata`, a free-form object the Flow language leaves to the designer.
 *
 * @see https://docs.aws.amazon.com/connect/latest/APIReference/API_DescribeContactFlow.html
 * @see https://docs.aws.amazon.com/connect/latest/APIReference/API_DescribeContactFlowModule.html
 * @see https://docs.aws.amazon.com/connect/latest/APIReference/flow-language-example.html
 * @see https://docs.aws.amazon.com/service-authorization/latest/reference/list-amazonconnect.html#amazonconnect-resources-for-iam-policies
 */

/** The flow (or module) a `DescribeContactFlow(Module)` response describes, unwrapped from it. */
export interface ParsedFlowText {
  /** The content's JSON text. */
  readonly text: string;
  readonly document?: unknown;
  readonly parseError?: string;
  /** The response's `Arn`, `Type` and which response it was, when the text was a response. */
  readonly response?: { readonly arn?: unknown; readonly type?: unknown; readonly kind: 'ContactFlow' | 'ContactFlowModule' };
}

/** Parses flow text: a Flow language document, or a whole `DescribeContactFlow(Module)` response. */
export function parseFlowText(text: string): ParsedFlowText {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (e) {
    return { text, parseError: (e as Error).message };
  }
  for (const kind of ['ContactFlow', 'ContactFlowModule'] as const) {
    const described = isObject(parsed) ? parsed[kind] : undefined;
    if (isObject(described) && typeof described.Content === 'string') {
      const inner = parseFlowText(described.Content);
      return { ...inner, response: { arn: described.Arn, type: described.Type, kind } };
    }
  }
  return { text, document: parsed };
}

/** What a kind of `FlowReference` maps: its factory, what it names, the ARNs and id parameters of its resources. */
interface Kind {
  readonly factory: string;
  readonly what: string;
  /** The resource type in a Connect ARN (`…:instance/<id>/<type>/<id>`). */
  readonly connectType?: string;
  readonly pattern?: RegExp;
  /** Parameters that take the resource's id or ARN, as the action reference pages name them. */
  readonly idKeys?: string[];
}

const KINDS: { [kind: string]: Kind } = {
  // contact-actions-updatecontacttargetqueue: QueueId and AgentId take an id or an ARN.
  queue: { factory: 'queue', what: 'queue', connectType: 'queue', idKeys: ['QueueId'] },
  // participant-actions-messageparticipant: PromptId takes an id or an ARN.
  prompt: { factory: 'prompt', what: 'prompt', connectType: 'prompt', idKeys: ['PromptId'] },
  // flow-control-actions-checkhoursofoperation: HoursOfOperationId takes an id or an ARN.
  hoursOfOperation: { factory: 'hoursOfOperation', what: 'hours of operation', connectType: 'operating-hours', idKeys: ['HoursOfOperationId'] },
  // flow-control-actions-transfertoflow: ContactFlowId takes an id or an ARN.
  contactFlow: { factory: 'contactFlow', what: 'flow', connectType: 'contact-flow', idKeys: ['ContactFlowId'] },
  // flow-language-actions-invoke-flow-module: FlowModuleId takes an id or an ARN.
  contactFlowModule: { factory: 'contactFlowModule', what: 'flow module', connectType: 'flow-module', idKeys: ['FlowModuleId'] },
  user: { factory: 'user', what: 'user', connectType: 'agent', idKeys: ['AgentId'] },
  quickConnect: { factory: 'quickConnect', what: 'quick connect', connectType: 'transfer-destination' },
  lambdaFunction: { factory: 'lambdaFunction', what: 'Lambda function', pattern: /^arn:aws[-a-z0-9]*:lambda:[-a-z0-9]+:\d{12}:function:[-\w]+(?::[-\w$]+)?$/ },
  lexBotAlias: { factory: 'lexBotAlias', what: 'Lex V2 bot alias', pattern: /^arn:aws[-a-z0-9]*:lex:[-a-z0-9]+:\d{12}:bot-alias\/[0-9a-zA-Z]+\/[0-9a-zA-Z]+$/ },
  any: { factory: 'arn', what: 'resource' },
};

/** ARNs an action may hold: an instance or a resource in it, a Lambda function, a Lex V2 bot alias. */
const ARNS = new RegExp([
  'arn:aws[-a-z0-9]*:connect:[-a-z0-9]+:(\\d{12}):instance/[-a-zA-Z0-9]+(?:/[-a-z]+/[-a-zA-Z0-9]+)?',
  'arn:aws[-a-z0-9]*:lambda:[-a-z0-9]+:(\\d{12}):function:[-\\w]+(?::[-\\w$]+)?',
  'arn:aws[-a-z0-9]*:lex:[-a-z0-9]+:(\\d{12}):bot-alias/[0-9a-zA-Z]+/[0-9a-zA-Z]+',
].join('|'), 'g');

/** An instance's ARN (1), account (2), and for a resource in it its type (3) and id (4). */
const CONNECT_ARN = /^(arn:aws[-a-z0-9]*:connect:[-a-z0-9]+:(\d{12}):instance\/[-a-zA-Z0-9]+)(?:\/([-a-z]+)\/([-a-zA-Z0-9]+))?$/;

/** Where an action refers to something: an ARN in a parameter, or an id parameter's value. */
interface Found {
  /** The ARN, or the id. */
  readonly value: string;
  readonly action: string;
  readonly path: string;
  /** The name the designer shows for the parameter, if it recorded one. */
  readonly name?: string;
  /** The kind an id parameter takes. */
  readonly idKind?: string;
}

/** The content with its references mapped, and what the mapping found wrong. */
export interface MappedContent {
  readonly document: unknown;
  readonly changed: boolean;
  readonly problems: string[];
  /** The functions and bot aliases the mapped content uses: the flow associates them with its instance. */
  readonly functions: lambda.IFunction[];
  readonly botAliasArns: string[];
}

/** Where the content is deployed, and where it came from. */
export interface MappingContext {
  /** The ARN of the flow's instance (a token when the instance is created in the app). */
  readonly instanceArn?: string;
  /** The ARN of the flow the content was described from, if known. */
  readonly sourceArn?: unknown;
}

/**
 * Maps the references of `document` (its actions' `Parameters`, and the designer's `Metadata`) onto
 * the resources `references` name; the instance's own ARN maps onto the flow's instance. Reports
 * references left to the source instance or account, ambiguous names and conflicting mappings.
 */
export function mapReferences(document: unknown, references: FlowReference[], context: MappingContext): MappedContent {
  const problems: string[] = [];
  if (!isObject(document) || !Array.isArray(document.Actions)) {
    // The structural checks report it.
    return { document, changed: false, problems, functions: [], botAliasArns: [] };
  }
  const actions: unknown[] = document.Actions;
  const found = actions.flatMap(action => findReferences(action, metadataOf(document, action)));
  const mapping = resolve(references, found, problems);

  const instanceArn = context.instanceArn;
  const target = instanceArn === undefined || Token.isUnresolved(instanceArn) ? undefined : CONNECT_ARN.exec(instanceArn)?.[1];
  const sourceInstances = new Set<string>();
  const sourceAccounts = new Set<string>();
  const foreign = (arn: string) => {
    const m = CONNECT_ARN.exec(arn);
    if (m && m[1] !== target) {
      sourceInstances.add(m[1]);
      sourceAccounts.add(m[2]);
    }
  };
  if (typeof context.sourceArn === 'string') {
    foreign(context.sourceArn);
  }
  found.forEach(f => foreign(f.value));

  const used = new Set<FlowReference>();
  const replace = (text: string): string => {
    const whole = mapping.get(text);
    if (whole) {
      used.add(whole);
      return whole.targetArn;
    }
    return text.replace(ARNS, arn => {
      const ref = mapping.get(arn);
      if (ref) {
        used.add(ref);
        return ref.targetArn;
      }
      // The source instance itself is this flow's instance.
      return instanceArn !== undefined && sourceInstances.has(arn) ? instanceArn : arn;
    });
  };
  let changed = false;
  const map = (value: unknown) => mapStrings(value, text => {
    const out = replace(text);
    changed = changed || out !== text;
    return out;
  });
  const mapped: { [key: string]: any } = {
    ...document,
    Actions: actions.map(a => (isObject(a) && a.Parameters !== undefined ? { ...a, Parameters: map(a.Parameters) } : a)),
  };
  if (document.Metadata !== undefined) {
    mapped.Metadata = map(document.Metadata);
  }

  for (const f of found) {
    if (mapping.has(f.value)) {
      continue;
    }
    const problem = unmapped(f, target, sourceAccounts);
    if (problem) {
      problems.push(problem);
    }
  }
  const refs = [...used];
  return {
    document: mapped,
    changed,
    problems,
    functions: refs.flatMap(r => (r._function ? [r._function] : [])),
    botAliasArns: refs.flatMap(r => (r._botAliasArn ? [r._botAliasArn] : [])),
  };
}

/** The problem with a reference left unmapped, if it belongs to the source instance or account. */
function unmapped(f: Found, target: string | undefined, sourceAccounts: Set<string>): string | undefined {
  const named = f.name !== undefined ? ` (${JSON.stringify(f.name)})` : '';
  const at = `${f.action} ${f.path}`;
  if (f.idKind !== undefined) {
    const kind = KINDS[f.idKind];
    return sourceAccounts.size > 0
      ? `${at} refers to the ${kind.what} id ${JSON.stringify(f.value)}${named} of the source instance: map its ARN or name with FlowReference.${kind.factory}(…)`
      : undefined;
  }
  const connect = CONNECT_ARN.exec(f.value);
  if (connect) {
    if (connect[3] === undefined || connect[1] === target) {
      return undefined;
    }
    const kind = kindOfArn(f.value);
    return `${at} refers to the ${kind.what} ${f.value}${named} of another instance: map it with FlowReference.${kind.factory}(…)`;
  }
  const account = /^arn:[^:]+:[^:]+:[^:]+:(\d{12}):/.exec(f.value)?.[1];
  if (account !== undefined && sourceAccounts.has(account)) {
    const kind = kindOfArn(f.value);
    return `${at} refers to the ${kind.what} ${f.value}${named} of the source account ${account}: map it with FlowReference.${kind.factory}(…)`;
  }
  return undefined;
}

/** The value each source ARN or id maps to, from the references given by ARN, id or name. */
function resolve(references: FlowReference[], found: Found[], problems: string[]): Map<string, FlowReference> {
  const mapping = new Map<string, FlowReference>();
  const origin = new Map<string, number>();
  const add = (key: string, ref: FlowReference, index: number) => {
    const existing = mapping.get(key);
    if (existing && existing.targetArn !== ref.targetArn) {
      problems.push(`references[${origin.get(key)}] and references[${index}] map ${JSON.stringify(key)} to different resources`);
      return;
    }
    mapping.set(key, ref);
    origin.set(key, index);
    const id = CONNECT_ARN.exec(key)?.[4];
    if (id !== undefined && !mapping.has(id)) {
      mapping.set(id, ref);
      origin.set(id, index);
    }
  };
  const byName: Array<[FlowReference, number]> = [];
  references.forEach((ref, index) => {
    const at = `references[${index}]`;
    if (!(ref instanceof FlowReference)) {
      problems.push(`${at} must be a FlowReference, got ${JSON.stringify(ref)}`);
      return;
    }
    const kind = KINDS[ref._kind];
    const call = `FlowReference.${kind.factory}(${JSON.stringify(ref.source)}, …)`;
    if (typeof ref.targetArn !== 'string') {
      problems.push(`${at} ${call} needs the resource to map to, got ${JSON.stringify(ref.targetArn)}`);
      return;
    }
    if (typeof ref.source !== 'string' || ref.source.trim() === '' || Token.isUnresolved(ref.source)) {
      problems.push(`${at} source must be the ARN, id or name of a resource of the source instance, known at synth, got ${JSON.stringify(ref.source)}`);
      return;
    }
    if (ref.source.startsWith('arn:')) {
      if (!matchesKind(ref._kind, ref.source)) {
        problems.push(`${at} ${call} must name a ${kind.what} by ARN${kind.connectType ? ` (…:instance/<id>/${kind.connectType}/<id>)` : ''} or by name, got another ARN`);
        return;
      }
      add(ref.source, ref, index);
    } else if (found.some(f => f.value === ref.source)) {
      add(ref.source, ref, index);
    } else {
      byName.push([ref, index]);
    }
  });
  for (const [ref, index] of byName) {
    const kind = KINDS[ref._kind];
    const matches = [...new Set(found.filter(f => f.name === ref.source && accepts(ref._kind, f)).map(f => f.value))];
    if (matches.length > 1) {
      const where = matches.map(value => `${value} (${found.find(f => f.value === value)!.action})`).join(', ');
      problems.push(`references[${index}] FlowReference.${kind.factory}(${JSON.stringify(ref.source)}, …) is ambiguous: `
        + `the content shows that name for ${matches.length} different ${kind.what} references: ${where}; map each by ARN`);
    } else if (matches.length === 1 && !mapping.has(matches[0])) {
      add(matches[0], ref, index);
    }
  }
  return mapping;
}

/** Every ARN in the action's `Parameters`, and every value of a parameter that takes an id. */
function findReferences(action: unknown, metadata: unknown): Found[] {
  if (!isObject(action) || !isObject(action.Parameters)) {
    return [];
  }
  const label = `action ${JSON.stringify(action.Identifier)} (${action.Type})`;
  const found: Found[] = [];
  const visit = (value: unknown, path: string[], meta: unknown) => {
    if (typeof value === 'string') {
      const name = displayName(meta) ?? legacyName(metadata, value);
      const at = { action: label, path: `Parameters.${path.join('.')}`, name };
      const arns = value.match(ARNS) ?? [];
      arns.forEach(arn => found.push({ ...at, value: arn, name: arns.length === 1 && arn === value ? name : undefined }));
      const key = path[path.length - 1];
      const idKind = Object.keys(KINDS).find(k => KINDS[k].idKeys?.includes(key));
      if (arns.length === 0 && idKind && value !== '' && !value.startsWith('$') && !Token.isUnresolved(value)) {
        found.push({ ...at, value, idKind });
      }
    } else if (Array.isArray(value)) {
      value.forEach((v, i) => visit(v, [...path, String(i)], Array.isArray(meta) ? meta[i] : undefined));
    } else if (isObject(value)) {
      for (const [k, v] of Object.entries(value)) {
        visit(v, [...path, k], isObject(meta) ? meta[k] : undefined);
      }
    }
  };
  visit(action.Parameters, [], isObject(metadata) ? metadata.parameters : undefined);
  return found;
}

/** The designer's record of an action: `Metadata.ActionMetadata[<Identifier>]`. */
function metadataOf(document: { [key: string]: any }, action: unknown): unknown {
  const all = isObject(document.Metadata) ? document.Metadata.ActionMetadata : undefined;
  return isObject(all) && isObject(action) && typeof action.Identifier === 'string' ? all[action.Identifier] : undefined;
}

/** The designer's name for a parameter: `parameters.<path>.displayName`. */
function displayName(meta: unknown): string | undefined {
  return isObject(meta) && typeof meta.displayName === 'string' ? meta.displayName : undefined;
}

/** The older designer's name for a value: an `{ id: <value>, text: <name> }` object in the action's metadata. */
export function legacyName(meta: unknown, value: string): string | undefined {
  if (Array.isArray(meta)) {
    return meta.map(m => legacyName(m, value)).find(n => n !== undefined);
  }
  if (!isObject(meta)) {
    return undefined;
  }
  if (meta.id === value && typeof meta.text === 'string') {
    return meta.text;
  }
  return Object.values(meta).map(m => legacyName(m, value)).find(n => n !== undefined);
}

/** The kind of reference an ARN is. */
function kindOfArn(arn: string): Kind {
  return KINDS[Object.keys(KINDS).find(k => k !== 'any' && matchesKind(k, arn)) ?? 'any'];
}

function matchesKind(kind: string, arn: string): boolean {
  const k = KINDS[kind];
  if (k.connectType) {
    return CONNECT_ARN.exec(arn)?.[3] === k.connectType;
  }
  return k.pattern ? k.pattern.test(arn) : true;
}

/** Whether a reference of `kind` may map what was found (by the ARN's kind, or the id parameter's). */
function accepts(kind: string, f: Found): boolean {
  if (kind === 'any') {
    return true;
  }
  return f.idKind !== undefined ? f.idKind === kind : matchesKind(kind, f.value);
}

/** A copy of `value` with every string passed through `fn`. */
function mapStrings(value: unknown, fn: (text: string) => string): unknown {
  if (typeof value === 'string') {
    return fn(value);
  }
  if (Array.isArray(value)) {
    return value.map(v => mapStrings(v, fn));
  }
  if (isObject(value)) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, mapStrings(v, fn)]));
  }
  return value;
}

function isObject(value: unknown): value is { [key: string]: any } {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
