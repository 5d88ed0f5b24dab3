import { CfnLintFinding } from './cfn-lint';

/**
 * Every cfn-lint warning the harness accepts, where, and why. The cfn-lint
 * test (`cfn-lint.test.ts`) fails on any error, on any warning no entry
 * covers, and on any entry that covers no finding (so that stale ones are
 * removed). Errors (E-rules) cannot be acknowledged. Informational findings
 * (I-rules) are reported but never fail the test.
 *
 * Resources are matched by construct path below the stack (the template's
 * `aws:cdk:path` metadata: synthesize with the context
 * `aws:cdk:enable-path-metadata: true`, as the cdk CLI does).
 */
export interface CfnLintAcknowledgement {
  /** A W-rule id. */
  readonly rule: string;
  /** The construct path below the stack of the resource the warning is on. */
  readonly resource: RegExp;
  /** What the warning must say: pins the acknowledgement to the one finding meant. */
  readonly message: RegExp;
  /** Why the warning is not a problem, or not the construct's to fix. */
  readonly reason: string;
}

/** The handler of an aws-cdk-lib `CustomResourceProvider` and the role it is given. */
const providerHandlerDependsOnRole = (provider: string): RegExp => new RegExp(
  `^'${provider}Role[0-9A-F]{8}' dependency already enforced by a 'GetAtt' at 'Resources/${provider}Handler[0-9A-F]{8}/Properties/Role'$`);

export const CFN_LINT_ACKNOWLEDGED: CfnLintAcknowledgement[] = [
  {
    rule: 'W3005',
    resource: /^ConnectProfileLookupCustomResourceProvider\/Handler$/,
    message: providerHandlerDependsOnRole('ConnectProfileLookupCustomResourceProvider'),
    reason: 'the deploy-time function is aws-cdk-lib\'s CustomResourceProvider, whose handler always gets a DependsOn on its role '
      + '(`handler.addResourceDependency(role)`) beside the Fn::GetAtt of the role\'s Arn: redundant, and harmless (CloudFormation '
      + 'orders the two the same way), and not ours to change without re-implementing the provider',
  },
  {
    rule: 'W3005',
    resource: /^Custom::S3AutoDeleteObjectsCustomResourceProvider\/Handler$/,
    message: providerHandlerDependsOnRole('CustomS3AutoDeleteObjectsCustomResourceProvider'),
    reason: 'aws-cdk-lib\'s auto-delete handler (removalPolicy: DESTROY) is a CustomResourceProvider too, with the same redundant '
      + 'DependsOn on its role beside the Fn::GetAtt of the role\'s Arn; aws-cdk-lib creates it, not the construct',
  },
  {
    rule: 'W3005',
    // A function of the application (the example's caller lookup, a test's function), not the construct's.
    resource: /^[^/]+\/Resource$/,
    message: /^'[A-Za-z0-9]+Role[0-9A-F]{8}' dependency already enforced by a 'GetAtt' at 'Resources\/[A-Za-z0-9]+\/Properties\/Role'$/,
    reason: 'an aws-cdk-lib lambda.Function (the example\'s caller lookup) always gets a DependsOn on its role (so that policies '
      + 'attached to the role exist first) beside the Fn::GetAtt of the role\'s Arn: redundant and harmless, and removing it would take '
      + 'an escape hatch no user writes',
  },
];

/** The acknowledgement that covers `finding`, if any (warnings only: an error is never acknowledged). */
export function cfnLintAcknowledgementFor(
  finding: CfnLintFinding, acknowledged: readonly CfnLintAcknowledgement[] = CFN_LINT_ACKNOWLEDGED,
): CfnLintAcknowledgement | undefined {
  if (finding.level !== 'Warning') {
    return undefined;
  }
  return acknowledged.find((a) => a.rule === finding.rule && a.resource.test(finding.resource) && a.message.test(finding.message));
}

/** What fails a template: every error, and every warning no acknowledgement covers. Informational findings never do. */
export function cfnLintFailures(
  findings: readonly CfnLintFinding[], acknowledged: readonly CfnLintAcknowledgement[] = CFN_LINT_ACKNOWLEDGED,
): CfnLintFinding[] {
  return findings.filter((f) => f.level === 'Error' || (f.level === 'Warning' && !cfnLintAcknowledgementFor(f, acknowledged)));
}
