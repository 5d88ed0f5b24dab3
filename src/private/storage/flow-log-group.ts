import { Annotations, RemovalPolicy } from 'aws-cdk-lib';
import { CfnInstance } from 'aws-cdk-lib/aws-connect';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as logs from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { allowLogGroupEncryption } from './storage-key';

/** What the contact-flow log group of an instance is made from. */
export interface FlowLogGroupProps {
  /** The instance, which is made to depend on the log group. */
  readonly instance: CfnInstance;
  /** Whether the instance's `ContactflowLogs` attribute is on. */
  readonly contactFlowLogs: boolean;
  /** `/aws/connect/<alias>`, when the alias is known. */
  readonly logGroupName?: string;
  /** `StorageOptions.flowLogsRetention`. */
  readonly retention?: logs.RetentionDays;
  /** The shared key, when a storage target used it. */
  readonly encryptionKey?: kms.IKey;
  readonly removalPolicy: RemovalPolicy;
}

/**
 * The flow log group `/aws/connect/<alias>`, created before the instance so that the stack owns its retention (Amazon
 * Connect's own has none); encrypted with the shared key only when its policy can allow CloudWatch Logs.
 * @see https://docs.aws.amazon.com/connect/latest/adminguide/contact-flow-logs-stored-in-cloudwatch.html
 */
export function createFlowLogGroup(scope: Construct, props: FlowLogGroupProps): logs.ILogGroup | undefined {
  if (!props.contactFlowLogs) {
    if (props.retention !== undefined) {
      Annotations.of(scope).addWarningV2('cdk-connect-instance:flowLogsRetentionUnused',
        `storage.flowLogsRetention (${props.retention} days) has no effect: contact-flow logs are off`);
    }
    return undefined;
  }
  if (props.logGroupName === undefined) {
    Annotations.of(scope).addWarningV2('cdk-connect-instance:flowLogGroupUnmanaged',
      'the instance alias is unknown, so the contact-flow log group /aws/connect/<alias> is not created here: Amazon Connect creates it with no retention limit and CloudWatch Logs default encryption');
    return undefined;
  }
  const key = props.encryptionKey;
  const encrypt = key !== undefined && allowLogGroupEncryption(key, props.logGroupName);
  const logGroup = new logs.LogGroup(scope, 'FlowLogGroup', {
    logGroupName: props.logGroupName,
    retention: props.retention ?? logs.RetentionDays.ONE_YEAR,
    encryptionKey: encrypt ? key : undefined,
    removalPolicy: props.removalPolicy,
  });
  props.instance.node.addDependency(logGroup);
  return logGroup;
}
