import type { RuleAcknowledgement } from '../acknowledge';

/**
 * What the deploy-time profile lookup calls, on the instances it serves only.
 *
 * @see https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazonconnect.html
 */
export const LOOKUP_ACTIONS = ['connect:ListSecurityProfiles', 'connect:ListRoutingProfiles'] as const;

/** The resources the lookup may call `LOOKUP_ACTIONS` on, for one instance: the instance and its profiles. */
export function lookupResources(instanceArn: string): string[] {
  return [instanceArn, `${instanceArn}/security-profile/*`, `${instanceArn}/routing-profile/*`];
}

/** The cdk-nag packs whose rules are acknowledged in pairs. */
const HIPAA_AND_NIST = ['HIPAA.Security', 'NIST.800.53.R5'];

/** The policy validation plugin of `@cdklabs/cdk-validator-cfnguard` (AWS Control Tower proactive controls). */
const CFN_GUARD = 'cdk-validator-cfnguard';

const NOT_IN_VPC = 'Calls only the public Amazon Connect API and the CloudFormation response URL; it handles no customer data, and a VPC would add NAT cost and failure modes';

/**
 * Security-scanner findings on the lookup function, with the reason each does
 * not apply to a deploy-time lookup.
 */
export const LOOKUP_FUNCTION_FINDINGS: RuleAcknowledgement[] = [
  {
    id: 'AwsSolutions-L1',
    reason: 'Pinned to Node.js 22, a supported runtime until 2027, because it is the newest that aws-cdk-lib 2.220.0 (the oldest version this library supports) names, and the handler is bundled and tested for exactly that runtime; moving to Node.js 24 is a release of this library',
  },
  ...HIPAA_AND_NIST.flatMap((pack) => [
    {
      id: `${pack}-LambdaConcurrency`,
      reason: 'Invoked only by CloudFormation, once per instance create or update; reserving concurrency would take it from the account pool for nothing',
    },
    {
      id: `${pack}-LambdaDLQ`,
      reason: 'Invoked synchronously by CloudFormation, which records every failure in the stack events; there is no event to replay',
    },
    { id: `${pack}-LambdaInsideVPC`, reason: NOT_IN_VPC },
  ]),
  // CT.LAMBDA.PR.3
  { id: `${CFN_GUARD}::lambda_inside_vpc_check`, reason: NOT_IN_VPC },
];

const NO_CUSTOMER_DATA_IN_LOG = 'The lookup log holds profile names and ARNs only, no customer data; CloudWatch Logs encrypts it at rest with service keys, and a KMS key per stack for it would cost more than the data is worth';

/**
 * Security-scanner findings on the lookup function's log group, with the
 * reason each does not apply.
 */
export const LOOKUP_LOG_GROUP_FINDINGS: RuleAcknowledgement[] = [
  ...HIPAA_AND_NIST.map((pack) => ({ id: `${pack}-CloudWatchLogGroupEncrypted`, reason: NO_CUSTOMER_DATA_IN_LOG })),
  // CT.CLOUDWATCH.PR.3
  { id: `${CFN_GUARD}::cloudwatch_log_group_encrypted_check`, reason: NO_CUSTOMER_DATA_IN_LOG },
];

const SINGLE_PURPOSE_POLICY = 'The policy belongs to this one deploy-time role, is created, updated and deleted with it by CloudFormation, and is versioned in the library; a customer managed policy could be attached to other principals, which is what the rule guards against, and would need iam:CreatePolicy in the deployer policy';

/**
 * Security-scanner findings on the lookup function's role and its policy,
 * with the reason each does not apply.
 */
export const LOOKUP_ROLE_FINDINGS: RuleAcknowledgement[] = [
  ...HIPAA_AND_NIST.map((pack) => ({ id: `${pack}-IAMNoInlinePolicy`, reason: SINGLE_PURPOSE_POLICY })),
];

/**
 * The wildcard findings on the lookup role's policy for one more instance:
 * `AwsSolutions-IAM5` for each wildcard resource of `lookupResources`, by its
 * finding id (`Resource::<instance ARN>/security-profile/*`), so that cdk-nag
 * 3, which matches acknowledgements by finding, honours it, and a wildcard the
 * policy did not have before stays reported.
 */
export function lookupRoleWildcardFindings(instanceArn: string): RuleAcknowledgement {
  return {
    id: 'AwsSolutions-IAM5',
    reason: 'The wildcards are the security-profile/* and routing-profile/* children of the instances this stack serves; List* actions need them and nothing else is granted',
    findings: lookupResources(instanceArn).filter((resource) => resource.includes('*')).map((resource) => `Resource::${resource}`),
  };
}
