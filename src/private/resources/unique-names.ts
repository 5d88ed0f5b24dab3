import { Token } from 'aws-cdk-lib';
import { IConstruct } from 'constructs';
import { addValidationOnce, creationOrder, PropValidator } from '../validation';

/** One literal name, the construct that has it and when it was created. */
interface NamedConstruct {
  readonly construct: IConstruct;
  readonly name: string;
  readonly order: number;
}

/** What a rule of unique names reports: the construct kind, its prop and where names must be unique. */
export interface UniqueNameRule {
  /** The construct's kind, as its errors name it, such as `AgentStatus`. */
  readonly kind: string;
  /** The prop that holds the name, such as `agentStatusName`. */
  readonly prop: string;
  /** Where names must be unique, such as `the instance`. */
  readonly within: string;
  /** Whether names differing only in case collide. */
  readonly ignoreCase?: boolean;
  /** Names are unique per group of the owner, such as a flow module's ARN; one group by default. */
  readonly group?: string;
}

const NAMES = new WeakMap<IConstruct, Map<string, NamedConstruct[]>>();
const KEYS = new Map<string, symbol>();

/**
 * Registers `construct`'s literal `name` under `owner` (an instance, a module): a second construct
 * of the same kind with the same name fails at synth, as the create call would fail at deploy.
 */
export function registerUniqueName(owner: IConstruct, rule: UniqueNameRule, construct: IConstruct, name: string | undefined): void {
  if (typeof name !== 'string' || Token.isUnresolved(name)) {
    return;
  }
  const byKind = NAMES.get(owner) ?? new Map<string, NamedConstruct[]>();
  NAMES.set(owner, byKind);
  const group = `${rule.kind} ${rule.group ?? ''}`;
  const named = byKind.get(group) ?? [];
  byKind.set(group, named);
  named.push({ construct, name, order: creationOrder() });
  const key = KEYS.get(group) ?? Symbol(`unique ${group} names`);
  KEYS.set(group, key);
  addValidationOnce(owner, key, () => duplicates(named, rule));
}

function duplicates(named: NamedConstruct[], rule: UniqueNameRule): string[] {
  const first = new Map<string, NamedConstruct>();
  const errors: string[] = [];
  for (const entry of [...named].sort((a, b) => a.order - b.order)) {
    const key = rule.ignoreCase ? entry.name.toLowerCase() : entry.name;
    const earlier = first.get(key);
    if (earlier === undefined) {
      first.set(key, entry);
      continue;
    }
    const v = new PropValidator();
    v.fail(rule.prop, entry.name, `must be unique in ${rule.within}: the ${rule.kind} at '${earlier.construct.node.path}' has ${
      earlier.name === entry.name ? 'it' : JSON.stringify(earlier.name)} too`);
    errors.push(...v.messages(entry.construct, rule.kind));
  }
  return errors;
}
