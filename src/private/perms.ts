import type { RuleAcknowledgement } from './acknowledge';

/**
 * What the deploy-time profile lookup calls, on the instances it serves only.
 *
 * @see https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazonconnect.html
 */
export const LOOKUP_ACTIONS = ['connect:ListSecurityProfiles', 'connect:ListRoutingProfiles'] as const;

/**
 * Security-scanner findings on the lookup function, its role and log group,
 * with the reason each does not apply to a deploy-time lookup.
 */
export const LOOKUP_FUNCTION_FINDINGS: RuleAcknowledgement[] = [
  {
    id: 'AwsSolutions-IAM5',
    reason: 'The wildcards are the security-profile/* and routing-profile/* children of the instances this stack creates; List* actions need them and nothing else is granted',
  },
  {
    id: 'AwsSolutions-L1',
    reason: 'Node.js 22 is the newest Lambda runtime that every supported aws-cdk-lib version (2.220.0 and later) can name',
  },
  ...['HIPAA.Security', 'NIST.800.53.R5'].flatMap((pack) => [
    {
      id: `${pack}-LambdaConcurrency`,
      reason: 'Invoked only by CloudFormation, once per instance create or update; reserving concurrency would take it from the account pool for nothing',
    },
    {
      id: `${pack}-LambdaDLQ`,
      reason: 'Invoked synchronously by CloudFormation, which records every failure in the stack events; there is no event to replay',
    },
    {
      id: `${pack}-LambdaInsideVPC`,
      reason: 'Calls only the public Amazon Connect API and the CloudFormation response URL; it handles no data and a VPC would add NAT cost and failure modes',
    },
    {
      id: `${pack}-CloudWatchLogGroupEncrypted`,
      reason: 'The lookup log holds profile names and ARNs only, no customer data; CloudWatch Logs encrypts it at rest with service keys',
    },
  ]),
];
