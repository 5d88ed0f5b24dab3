import type { RuleAcknowledgement } from '../acknowledge';

/**
 * Scanner findings on the deploy-time function's resources; reworded reasons would change deployed templates.
 * cdk-nag skips the generic `CfnResource`s (cdk-nag `lib/rules/lambda/LambdaInsideVPC.js`,
 * `lib/rules/iam/IAMNoWildcardPermissions.js`), so only cfn-guard's are acknowledged.
 */

/** The cdk-nag packs whose rules are acknowledged in pairs. */
const HIPAA_AND_NIST = ['HIPAA.Security', 'NIST.800.53.R5'];

/** The policy validation plugin of `@cdklabs/cdk-validator-cfnguard` (AWS Control Tower proactive controls). */
const CFN_GUARD = 'cdk-validator-cfnguard';

const NOT_IN_VPC = 'Calls only the public Amazon Connect API and the CloudFormation response URL; it handles no customer data, and a VPC would add NAT cost and failure modes';

/** Findings on the lookup function. */
export const LOOKUP_FUNCTION_FINDINGS: RuleAcknowledgement[] = [
  // CT.LAMBDA.PR.3
  { id: `${CFN_GUARD}::lambda_inside_vpc_check`, reason: NOT_IN_VPC },
];

const NO_CUSTOMER_DATA_IN_LOG = 'The lookup log holds profile names and ARNs only, no customer data; CloudWatch Logs encrypts it at rest with service keys, and a KMS key per stack for it would cost more than the data is worth';

/** Findings on the lookup function's log group. */
export const LOOKUP_LOG_GROUP_FINDINGS: RuleAcknowledgement[] = [
  ...HIPAA_AND_NIST.map((pack) => ({ id: `${pack}-CloudWatchLogGroupEncrypted`, reason: NO_CUSTOMER_DATA_IN_LOG })),
  // CT.CLOUDWATCH.PR.3
  { id: `${CFN_GUARD}::cloudwatch_log_group_encrypted_check`, reason: NO_CUSTOMER_DATA_IN_LOG },
];
