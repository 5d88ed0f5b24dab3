import { AspectPriority, Aspects, CfnResource, IAspect, Stack } from 'aws-cdk-lib';
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
}

/**
 * The construct-metadata key under which aws-cdk-lib's `Validations`
 * (`Validations.ACKNOWLEDGED_RULES_METADATA_KEY`) records acknowledged rules:
 * entries of `{ [ruleId]: reason }`. Written by key, so that aws-cdk-lib
 * versions without `Validations` (which ignore it) keep working.
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
 * - for cdk-nag 2: `cdk_nag.rules_to_suppress` in the CloudFormation metadata
 *   of each L1 resource below `construct` (ids containing `::` are for
 *   validation plugins and are left out). An aspect writes it at synthesis,
 *   with `AspectPriority.MUTATING` so that it runs before cdk-nag's packs
 *   (added with the default priority); resources added after this call are
 *   covered too.
 * - for aws-cdk-lib's policy validation plugins (`Validations`): a
 *   construct-metadata entry `aws:cdk:acknowledged-rules` mapping each rule id
 *   to its reason, which aws-cdk-lib honours for the construct and everything
 *   below it. `<plugin>::<rule>` ids are only written when the aws-cdk-lib in
 *   use scopes acknowledgements to the construct (2.271.0 and later).
 *
 * Calling it again on the same construct adds to the acknowledged rules.
 */
export function acknowledgeRules(construct: IConstruct, rules: readonly RuleAcknowledgement[]): void {
  const scoped = scopedAcknowledgements();
  const recorded = rules.filter((rule) => scoped || !rule.id.includes('::'));
  if (recorded.length > 0) {
    construct.node.addMetadata(ACKNOWLEDGED_RULES_METADATA_KEY, Object.fromEntries(recorded.map((rule) => [rule.id, rule.reason])));
  }

  const nagRules = rules.filter((rule) => !rule.id.includes('::'));
  if (nagRules.length > 0) {
    Aspects.of(construct).add(new NagSuppressions(nagRules), { priority: AspectPriority.MUTATING });
  }
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

/** Adds cdk-nag suppressions to every L1 resource it visits, keeping the ones already there. */
class NagSuppressions implements IAspect {
  constructor(private readonly rules: readonly RuleAcknowledgement[]) {}

  public visit(node: IConstruct): void {
    if (!CfnResource.isCfnResource(node)) {
      return;
    }
    const existing = node.getMetadata(CDK_NAG_METADATA_KEY) ?? {};
    const suppressions: RuleAcknowledgement[] = [...(existing.rules_to_suppress ?? [])];
    for (const rule of this.rules) {
      if (!suppressions.some((s) => s.id === rule.id)) {
        suppressions.push({ id: rule.id, reason: rule.reason });
      }
    }
    node.addMetadata(CDK_NAG_METADATA_KEY, { ...existing, rules_to_suppress: suppressions });
  }
}
