import * as cdk from 'aws-cdk-lib';
import { AspectPriority, Aspects, CfnResource, IAspect, Stack, Token } from 'aws-cdk-lib';
import { IConstruct } from 'constructs';

/** A security-scanner finding that does not apply to one of the construct's own resources, with the reason a reviewer can check. */
export interface RuleAcknowledgement {
  /** A cdk-nag rule id (`AwsSolutions-S1`) or a validation plugin's `<plugin-name>::<rule-name>`. */
  readonly id: string;

  /** Why the finding does not apply (cdk-nag wants at least 10 characters). */
  readonly reason: string;

  /**
   * The findings acknowledged (`Resource::<arn>`), tokens allowed: cdk-nag 3 honours only exact finding ids.
   * @default - every finding of the rule (cdk-nag 2 only)
   */
  readonly findings?: readonly string[];
}

/** aws-cdk-lib's `Validations.ACKNOWLEDGED_RULES_METADATA_KEY` (`{ [ruleId]: reason }`), also read by cdk-nag 3. */
export const ACKNOWLEDGED_RULES_METADATA_KEY = 'aws:cdk:acknowledged-rules';

/** The CloudFormation-metadata key cdk-nag 2 reads suppressions from. */
export const CDK_NAG_METADATA_KEY = 'cdk_nag';

/** The first aws-cdk-lib to scope acknowledgements to the construct; in older ones a `<plugin>::<rule>` id hid user findings too. */
const SCOPED_ACKNOWLEDGEMENTS_SINCE = [2, 271, 0];

/**
 * Acknowledges scanner findings on `construct` and below without depending on cdk-nag: as `Validations` acknowledgements
 * (cdk-nag 3, validation plugins; one per finding, `<rule>[<finding>]`) and as `cdk_nag` metadata on each L1 resource
 * (cdk-nag 2), from a MUTATING aspect that runs before cdk-nag 2's packs.
 * @see https://github.com/cdklabs/cdk-nag/blob/v3.0.1/src/nag-pack.ts (exact finding ids, no wildcard)
 * @see https://github.com/cdklabs/cdk-nag/blob/v2.38.2/src/utils/nag-suppression-helper.ts
 */
export function acknowledgeRules(construct: IConstruct, rules: readonly RuleAcknowledgement[]): void {
  const scoped = scopedAcknowledgements();
  const recorded = rules.filter((rule) => scoped || !isPluginRule(rule.id));
  const now = recorded.filter((rule) => !hasTokens(rule));
  if (now.length > 0) {
    recordAcknowledged(construct, validationEntries(now.map((rule) => resolved(construct, rule))));
  }
  Aspects.of(construct).add(new Acknowledgements(construct, rules, recorded.filter(hasTokens)), { priority: AspectPriority.MUTATING });
}

/** Records `entries` with `Validations.acknowledge()` where it exists, else as the metadata it writes. */
function recordAcknowledged(construct: IConstruct, entries: Record<string, string>): void {
  const validations = (cdk as { Validations?: typeof cdk.Validations }).Validations;
  if (typeof validations?.prototype?.acknowledge === 'function') {
    validations.of(construct).acknowledge(...Object.entries(entries).map(([id, reason]) => ({ id, reason })));
  } else {
    construct.node.addMetadata(ACKNOWLEDGED_RULES_METADATA_KEY, entries);
  }
}

/** Whether `id` names a rule of an aws-cdk-lib validation plugin (`<plugin>::<rule>`) rather than of cdk-nag. */
function isPluginRule(id: string): boolean {
  return id.includes('::');
}

/** Whether some finding of `rule` holds a token. */
function hasTokens(rule: RuleAcknowledgement): boolean {
  return !isPluginRule(rule.id) && (rule.findings ?? []).some((finding) => Token.isUnresolved(finding));
}

/** Whether the aws-cdk-lib in use scopes acknowledgements to the acknowledging construct. */
function scopedAcknowledgements(): boolean {
  const rtti = (Stack as unknown as Record<symbol, { version?: string } | undefined>)[Symbol.for('jsii.rtti')];
  const version = (rtti?.version ?? '0.0.0').split('.').map((part) => parseInt(part, 10) || 0);
  for (let i = 0; i < SCOPED_ACKNOWLEDGEMENTS_SINCE.length; i++) {
    if ((version[i] ?? 0) !== SCOPED_ACKNOWLEDGEMENTS_SINCE[i]) {
      return (version[i] ?? 0) > SCOPED_ACKNOWLEDGEMENTS_SINCE[i];
    }
  }
  return true;
}

/** One acknowledgement as written, its findings resolved and flattened. */
interface ResolvedAcknowledgement {
  readonly id: string;
  readonly reason: string;
  readonly findings?: string[];
}

/** `rule` with each finding resolved in the stack of `scope` and flattened as cdk-nag does (plugin rules have no findings). */
function resolved(scope: IConstruct, rule: RuleAcknowledgement): ResolvedAcknowledgement {
  if (!rule.findings || isPluginRule(rule.id)) {
    return { id: rule.id, reason: rule.reason };
  }
  const flat = (finding: string) => (Token.isUnresolved(finding) ? flattenCfnValue(Stack.of(scope).resolve(finding)) : finding);
  return { id: rule.id, reason: rule.reason, findings: [...new Set(rule.findings.map(flat))] };
}

/** The `aws:cdk:acknowledged-rules` entries of `rules`: one per rule, or one per finding. */
function validationEntries(rules: readonly ResolvedAcknowledgement[]): Record<string, string> {
  const entries: Record<string, string> = {};
  for (const rule of rules) {
    for (const id of rule.findings ? rule.findings.map((finding) => `${rule.id}[${finding}]`) : [rule.id]) {
      entries[id] = rule.reason;
    }
  }
  return entries;
}

/** A cdk-nag 2 suppression as it is stored in CloudFormation metadata. */
interface CfnSuppression {
  readonly id: string;
  readonly reason: string;
  readonly applies_to?: unknown[];
}

/** Records token-holding acknowledgements once resolved, and adds `cdk_nag` suppressions to L1 resources. */
class Acknowledgements implements IAspect {
  constructor(
    private readonly scope: IConstruct,
    private readonly rules: readonly RuleAcknowledgement[],
    private readonly deferred: readonly RuleAcknowledgement[],
  ) {}

  public visit(node: IConstruct): void {
    if (node === this.scope && this.deferred.length > 0) {
      recordAcknowledged(this.scope, validationEntries(this.deferred.map((rule) => resolved(this.scope, rule))));
    }
    if (CfnResource.isCfnResource(node)) {
      this.suppressForCdkNag2(node);
    }
  }

  /** Adds cdk-nag 2 suppressions to `resource`, keeping the ones already there. */
  private suppressForCdkNag2(resource: CfnResource): void {
    const nagRules = this.rules.filter((rule) => !isPluginRule(rule.id)).map((rule) => resolved(this.scope, rule));
    if (nagRules.length === 0) {
      return;
    }
    const existing = resource.getMetadata(CDK_NAG_METADATA_KEY) ?? {};
    const suppressions: CfnSuppression[] = [...(existing.rules_to_suppress ?? [])];
    for (const rule of nagRules) {
      const suppression: CfnSuppression = rule.findings
        ? { id: rule.id, reason: rule.reason, applies_to: rule.findings }
        : { id: rule.id, reason: rule.reason };
      if (!suppressions.some((s) => covers(s, suppression))) {
        suppressions.push(suppression);
      }
    }
    resource.addMetadata(CDK_NAG_METADATA_KEY, { ...existing, rules_to_suppress: suppressions });
  }
}

/** Whether suppression `a` already covers every finding `b` suppresses. */
function covers(a: CfnSuppression, b: CfnSuppression): boolean {
  if (a.id !== b.id) {
    return false;
  }
  if (!a.applies_to) {
    return true;
  }
  return b.applies_to !== undefined && b.applies_to.every((finding) => a.applies_to!.includes(finding));
}

/**
 * A resolved CloudFormation value as one string, the way cdk-nag names a finding.
 * @see https://github.com/cdklabs/cdk-nag/blob/v3.0.1/src/utils/flatten-cfn-reference.ts (the same in cdk-nag 2.38.2 and 3.0.2)
 */
export function flattenCfnValue(value: unknown): string {
  if (value === undefined) {
    return '';
  }
  if (typeof value === 'string') {
    return value.replace(/\$\{/g, '<').replace(/\}/g, '>');
  }
  const fn = (name: string): any => (value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[name] : undefined);
  if (fn('Fn::Join')) {
    const [delimiter, items] = fn('Fn::Join');
    return (items as unknown[]).map(flattenCfnValue).join(delimiter);
  }
  if (fn('Fn::Sub')) {
    return flattenCfnValue(fn('Fn::Sub'));
  }
  if (fn('Fn::GetAtt')) {
    const [resource, attribute] = fn('Fn::GetAtt');
    return `<${flattenCfnValue(resource)}.${flattenCfnValue(attribute)}>`;
  }
  if (fn('Fn::ImportValue')) {
    return flattenCfnValue(fn('Fn::ImportValue'));
  }
  if (fn('Ref')) {
    return `<${flattenCfnValue(fn('Ref'))}>`;
  }
  return JSON.stringify(value);
}
