import * as cdk from 'aws-cdk-lib';
import { AspectPriority, Aspects, CfnResource, IAspect, Stack, Token } from 'aws-cdk-lib';
import { IConstruct } from 'constructs';

/**
 * A security-scanner finding that does not apply to one of the construct's
 * own resources, with the reason a reviewer can check.
 */
export interface RuleAcknowledgement {
  /**
   * The rule: a cdk-nag rule id (`AwsSolutions-S1`,
   * `HIPAA.Security-S3BucketLoggingEnabled`, …) or, for a policy validation
   * plugin of aws-cdk-lib, `<plugin-name>::<rule-name>`
   * (`cdk-validator-cfnguard::s3_bucket_logging_enabled_check`).
   */
  readonly id: string;

  /** Why the finding does not apply (cdk-nag wants at least 10 characters). */
  readonly reason: string;

  /**
   * For a cdk-nag rule that reports one finding per offending value (such as
   * `AwsSolutions-IAM5`: `Resource::<arn>`, `Action::<action>`), the findings
   * acknowledged, as cdk-nag names them. They may hold tokens
   * (`Resource::${instanceArn}/security-profile/*`): each is resolved and
   * flattened at synthesis the way cdk-nag flattens the policy it checks.
   *
   * Needed for cdk-nag 3, which honours only the exact finding id
   * (`AwsSolutions-IAM5[Resource::<Instance1234.Arn>/security-profile/*]`);
   * cdk-nag 2 gets the same findings as `applies_to`.
   *
   * @default - every finding of the rule (cdk-nag 2); for a rule that reports
   *   findings, cdk-nag 3 would still report each of them
   */
  readonly findings?: readonly string[];
}

/**
 * The construct-metadata key under which aws-cdk-lib's `Validations`
 * (`Validations.ACKNOWLEDGED_RULES_METADATA_KEY`) records acknowledged rules:
 * entries of `{ [ruleId]: reason }`. Written by key only where the
 * aws-cdk-lib in use has no `Validations.acknowledge` (see
 * `recordAcknowledged`). cdk-nag 3 reads it too.
 */
export const ACKNOWLEDGED_RULES_METADATA_KEY = 'aws:cdk:acknowledged-rules';

/** The CloudFormation-metadata key cdk-nag 2 reads suppressions from. */
export const CDK_NAG_METADATA_KEY = 'cdk_nag';

/**
 * The first aws-cdk-lib version whose policy validation honours an
 * acknowledgement only for the construct that carries it and the resources
 * below it. From 2.262 to 2.270 an acknowledged `<plugin>::<rule>` id hid the
 * rule's findings on every resource of the app, so plugin ids are not written
 * for those versions: acknowledging a rule on one internal bucket must never
 * hide the same finding on the user's own buckets.
 */
const SCOPED_ACKNOWLEDGEMENTS_SINCE = [2, 271, 0];

/**
 * Acknowledges scanner findings on `construct` and every resource below it,
 * without a dependency on cdk-nag:
 *
 * - cdk-nag 3 and aws-cdk-lib's policy validation plugins (`Validations`):
 *   `Validations.of(construct).acknowledge()` where aws-cdk-lib has it (it
 *   files a rule id without a plugin prefix as `Annotation::<id>`, which
 *   cdk-nag 3 reads as `<id>`), else a construct-metadata entry
 *   `aws:cdk:acknowledged-rules` on `construct` mapping each rule id to its
 *   reason; both are honoured for the construct
 *   and everything below it. cdk-nag 3 matches the exact id of each finding,
 *   so an acknowledgement with findings is written once per finding, as
 *   `<rule>[<finding>]`. `<plugin>::<rule>` ids are only written when the
 *   aws-cdk-lib in use scopes acknowledgements to the construct (2.271.0 and
 *   later). Written now, except the ids of findings that hold tokens: those
 *   are written at synthesis, once the tokens resolve.
 * - cdk-nag 2: `cdk_nag.rules_to_suppress` in the CloudFormation metadata of
 *   each L1 resource below `construct`: `{ id, reason }`, plus `applies_to`
 *   with the flattened findings when the acknowledgement names them (cdk-nag 2
 *   rejects a finding inside `id`). Ids containing `::` are for validation
 *   plugins and are left out.
 *
 * An aspect does the synthesis-time part, with `AspectPriority.MUTATING` so
 * that it runs before cdk-nag 2's packs (added with the default priority);
 * validation plugins run on the synthesized app, after every aspect.
 * Resources added after this call are covered too. Calling it again on the
 * same construct adds to the acknowledged rules.
 *
 * @see https://github.com/cdklabs/cdk-nag/blob/v3.0.1/src/nag-pack.ts (cdk-nag 3:
 *   `applyRule` names each finding `<rule>[<finding>]`, and `isAcknowledged`
 *   compares that id with the ids of the `aws:cdk:acknowledged-rules` entries
 *   on the resource and its ancestors, less an `annotation::` prefix, exactly:
 *   no wildcard, and a bare rule id does not cover findings; the same in the
 *   published cdk-nag 3.0.2, `lib/nag-pack.js`)
 * @see https://github.com/cdklabs/cdk-nag/blob/v2.38.2/src/utils/nag-suppression-helper.ts
 *   (cdk-nag 2: an `applies_to` entry matches a finding exactly, a bare rule id all of them)
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

/**
 * Records `entries` (rule id → reason) as acknowledged on `construct`: with
 * `Validations.of(construct).acknowledge()` where the aws-cdk-lib in use has
 * it (2.276.0 does), else as the `aws:cdk:acknowledged-rules` metadata it
 * would write (the peer range starts at 2.220.0, which has neither). The one
 * place that feature-detects it.
 */
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

/**
 * The synthesis-time part of one `acknowledgeRules` call: records the
 * acknowledgements whose findings hold tokens when it visits the construct,
 * and adds the `cdk_nag` suppressions to each L1 resource below it.
 */
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
 * A resolved CloudFormation value as one string, the way cdk-nag (2 and 3)
 * names the resource of a finding: strings as they are with `${` → `<` and
 * `}` → `>`; `Fn::Join` joined with its delimiter; `Fn::Sub` and
 * `Fn::ImportValue` as their argument; `Fn::GetAtt` as `<resource.attribute>`;
 * `Ref` as `<name>`; anything else as its JSON.
 *
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
