import { IdentityManagementType } from './identity';

/**
 * Where a deployer policy applies: the account, Region and partition
 * written into its ARNs.
 */
export interface DeployerPolicyEnvironment {
  /**
   * The account the stacks are deployed to; it is written into every ARN
   * that names an account (bucket ARNs name none).
   *
   * @default - the scope's stack's account (`Aws.ACCOUNT_ID` in an environment-agnostic stack); '*' (any account) without a scope
   */
  readonly account?: string;

  /**
   * The Region the stacks are deployed to; it is written into every regional
   * ARN.
   *
   * @default - the scope's stack's Region (`Aws.REGION` in an environment-agnostic stack); '*' (any Region) without a scope
   */
  readonly region?: string;

  /**
   * The partition of the account: `aws`, `aws-cn`, `aws-us-gov`, ...
   *
   * @default - the scope's stack's partition (`Aws.PARTITION`); 'aws' without a scope
   */
  readonly partition?: string;

}

/**
 * Options of the deployer policy: where it applies, and which identity
 * management types the deployer creates instances with.
 */
export interface DeployerPolicyOptions extends DeployerPolicyEnvironment {
  /**
   * The identity management types of the instances the deployer creates.
   * Only instances that Amazon Connect keeps users for (CONNECT_MANAGED,
   * SAML) make Connect create and delete a directory of its own, so a
   * deployer that only links existing directories does not get
   * `ds:CreateIdentityPoolDirectory`, `ds:CreateDirectory` or
   * `ds:DeleteDirectory`.
   *
   * @default - all three: CONNECT_MANAGED, SAML and EXISTING_DIRECTORY
   */
  readonly identityManagementTypes?: IdentityManagementType[];

  /**
   * Whether the deployer deploys stacks whose `ConnectInstance` has
   * `removalPolicy: RemovalPolicy.DESTROY`. Their buckets are emptied by
   * aws-cdk-lib's auto-delete handler, whose role carries the AWS managed
   * policy `AWSLambdaBasicExecutionRole`, so the deployer may then attach and
   * detach that one policy (and no other) to roles. Off by default: a
   * deployer of production stacks, which keep their data, never needs it,
   * and it keeps the document within the 6,144 characters of a managed
   * policy in every partition.
   *
   * @default false
   */
  readonly destroyData?: boolean;
}

/**
 * Options of the next steps' deployer policy
 * (`DeployerPolicy.forNextSteps`): where it applies, and which buckets
 * hold the audio files of prompts.
 */
export interface NextStepsDeployerPolicyOptions extends DeployerPolicyEnvironment {
  /**
   * The names of the buckets that hold the audio files of prompts
   * (`addPrompt`, `new Prompt`). CloudFormation reads each file with the
   * deployer's credentials, so the deployer may read objects of these
   * buckets only.
   *
   * @default - objects of any bucket of the partition
   */
  readonly promptBucketNames?: string[];
}
