import { ArnFormat, RemovalPolicy, Stack } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import { Construct } from 'constructs';
import { acknowledgeRules, RuleAcknowledgement } from '../acknowledge';

/**
 * The grantee of Amazon Connect's grants: an instance's service-linked role, which only the service can assume.
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

/** CT.KMS.PR.3 asks for the Deny that `restrictKeyGrantsToAwsResources` adds. */
const KEY_WITHOUT_GRANT_DENY_FINDINGS: RuleAcknowledgement[] = [{
  id: 'cdk-validator-cfnguard::kms_create_grant_aws_service_check',
  reason: 'Amazon Connect creates its grant on the key with the deployment role\'s credentials; no AWS document says that request '
    + 'carries kms:GrantIsForAWSResource, so a Deny on it could stop every storage association. Grants are allowed only for AWS '
    + 'resources and Amazon Connect service-linked roles; storage.restrictKeyGrantsToAwsResources adds the Deny this control asks for',
}];

/**
 * Creates the storage key, allowing Amazon Connect's grant whether or not it carries `kms:GrantIsForAWSResource` (see
 * the finding's reason); the optional Deny takes the one form the cfn-guard rule accepts (two `BoolIfExists` keys).
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
 * Lets CloudWatch Logs use `key` for `logGroupName` only; false for an imported key (the log group would fail to create).
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
