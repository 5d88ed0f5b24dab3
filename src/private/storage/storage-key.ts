import { ArnFormat, RemovalPolicy, Stack } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import { Construct } from 'constructs';
import { acknowledgeRules, RuleAcknowledgement } from '../acknowledge';

/**
 * The grantee of the grants Amazon Connect creates: an instance's
 * service-linked role, `AWSServiceRoleForAmazonConnect_<suffix>` under the
 * `aws-service-role/connect.amazonaws.com/` path. A service-linked role can
 * be assumed only by its service, so a grant to one gives no person or
 * application access to the key.
 *
 * @see https://docs.aws.amazon.com/connect/latest/adminguide/connect-slr.html
 * @see https://docs.aws.amazon.com/IAM/latest/UserGuide/using-service-linked-roles.html
 */
function connectServiceRolePattern(scope: Construct): string {
  return Stack.of(scope).formatArn({
    service: 'iam',
    region: '',
    resource: 'role',
    resourceName: 'aws-service-role/connect.amazonaws.com/AWSServiceRoleForAmazonConnect_*',
    arnFormat: ArnFormat.SLASH_RESOURCE_NAME,
  });
}

/**
 * The Control Tower finding the default key leaves: CT.KMS.PR.3 asks for the
 * Deny that `restrictKeyGrantsToAwsResources` adds.
 */
const KEY_WITHOUT_GRANT_DENY_FINDINGS: RuleAcknowledgement[] = [{
  id: 'cdk-validator-cfnguard::kms_create_grant_aws_service_check',
  reason: 'Amazon Connect creates its grant on the key with the deployment role\'s credentials; no AWS document says that request '
    + 'carries kms:GrantIsForAWSResource, so a Deny on it could stop every storage association. Grants are allowed only for AWS '
    + 'resources and Amazon Connect service-linked roles; storage.restrictKeyGrantsToAwsResources adds the Deny this control asks for',
}];

/**
 * Creates the KMS key that encrypts what Amazon Connect stores (the console
 * wizard's default key): symmetric, rotated yearly, with the instance's
 * removal policy (kept on update and delete by default).
 *
 * Amazon Connect does not use the key through its key policy: when a storage
 * configuration names the key, Connect creates a grant on it, with the
 * credentials of whoever calls AssociateInstanceStorageConfig (here, the
 * CloudFormation deployment role), for the instance's service-linked role
 * ("Key management in Amazon Connect"). Whether that CreateGrant request
 * carries `kms:GrantIsForAWSResource` (true "when an AWS service integrated
 * with AWS KMS sends the request on the principal's behalf") is documented
 * nowhere. Besides CDK's default statement that lets the account's IAM
 * policies use the key, the policy allows the account's principals to
 * create grants for an AWS resource (`kms:GrantIsForAWSResource`), and
 * grants whose grantee is an Amazon Connect service-linked role
 * (`kms:GranteePrincipal`): the association succeeds under either reading.
 *
 * With `denyOtherGrants` (`StorageOptions.restrictKeyGrantsToAwsResources`)
 * it also denies every grant that is neither for an AWS resource nor made
 * by an AWS service principal (Control Tower CT.KMS.PR.3), in the one form
 * the control's rule (`kms_create_grant_aws_service_check` of
 * `@cdklabs/cdk-validator-cfnguard`) accepts: exactly the two `BoolIfExists`
 * keys, with no exception for Amazon Connect's grantee (a third condition
 * fails with a finding tied to no resource). That Deny holds only if
 * Connect's request carries `kms:GrantIsForAWSResource`, so it is an opt-in
 * for teams under the control, and the default key acknowledges the
 * control's finding with that reason.
 *
 * @see https://docs.aws.amazon.com/connect/latest/adminguide/key-management.html
 * @see https://docs.aws.amazon.com/kms/latest/developerguide/grant-authorization.html
 * @see https://docs.aws.amazon.com/kms/latest/developerguide/conditions-kms.html#conditions-kms-grant-is-for-aws-resource
 * @see https://docs.aws.amazon.com/kms/latest/developerguide/conditions-kms.html#conditions-kms-grantee-principal
 */
export function createStorageKey(scope: Construct, id: string, removalPolicy: RemovalPolicy, denyOtherGrants: boolean): kms.Key {
  const key = new kms.Key(scope, id, {
    description: 'Encrypts the recordings, transcripts, reports, attachments and media streams of an Amazon Connect instance',
    enableKeyRotation: true,
    removalPolicy,
  });
  key.addToResourcePolicy(new iam.PolicyStatement({
    sid: 'AllowGrantsForAwsResources',
    principals: [new iam.AccountRootPrincipal()],
    actions: ['kms:CreateGrant'],
    resources: ['*'],
    conditions: { Bool: { 'kms:GrantIsForAWSResource': 'true' } },
  }));
  key.addToResourcePolicy(new iam.PolicyStatement({
    sid: 'AllowGrantsToConnectServiceRoles',
    principals: [new iam.AccountRootPrincipal()],
    actions: ['kms:CreateGrant'],
    resources: ['*'],
    conditions: { StringLike: { 'kms:GranteePrincipal': connectServiceRolePattern(key) } },
  }));
  if (!denyOtherGrants) {
    acknowledgeRules(key, KEY_WITHOUT_GRANT_DENY_FINDINGS);
    return key;
  }
  key.addToResourcePolicy(new iam.PolicyStatement({
    sid: 'DenyGrantsNotForAwsResources',
    effect: iam.Effect.DENY,
    principals: [new iam.AnyPrincipal()],
    actions: ['kms:CreateGrant'],
    resources: ['*'],
    conditions: {
      BoolIfExists: {
        'kms:GrantIsForAWSResource': 'false',
        'aws:PrincipalIsAWSService': 'false',
      },
    },
  }));
  return key;
}

/**
 * Lets CloudWatch Logs in the stack's Region use `key` for the log group
 * named `logGroupName` only (the encryption context CloudWatch Logs sends
 * names the log group). Returns false when the key's policy cannot be changed
 * from here (an imported key): the log group must then keep CloudWatch Logs'
 * default encryption, because a log group whose key CloudWatch Logs cannot use
 * fails to create.
 *
 * @see https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/encrypt-log-data-kms.html
 */
export function allowLogGroupEncryption(key: kms.IKey, logGroupName: string): boolean {
  const stack = Stack.of(key);
  const logGroupArn = stack.formatArn({ service: 'logs', resource: 'log-group', resourceName: logGroupName, arnFormat: ArnFormat.COLON_RESOURCE_NAME });
  const { statementAdded } = key.addToResourcePolicy(new iam.PolicyStatement({
    sid: 'AllowCloudWatchLogsForFlowLogs',
    principals: [new iam.ServicePrincipal(`logs.${stack.region}.amazonaws.com`)],
    actions: ['kms:Encrypt*', 'kms:Decrypt*', 'kms:ReEncrypt*', 'kms:GenerateDataKey*', 'kms:Describe*'],
    resources: ['*'],
    conditions: { ArnEquals: { 'kms:EncryptionContext:aws:logs:arn': logGroupArn } },
  }));
  return statementAdded;
}
