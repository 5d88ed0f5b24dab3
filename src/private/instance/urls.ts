import { Aws, CfnCondition, Fn, Token } from 'aws-cdk-lib';
import { IConstruct } from 'constructs';

/** The id of the condition that tells GovCloud from the other partitions at deploy time. */
const GOVCLOUD_CONDITION = 'GovCloudPartition';

/**
 * The SAML relay state URL of an instance, by partition:
 *
 * - `https://<region>.console.aws.amazon.com/connect/federate/<instance id>`;
 * - in AWS GovCloud (US): `https://console.amazonaws-us-gov.com/connect/federate/<instance id>`.
 *
 * Amazon Connect is in no other partition; an unknown Region is decided at deploy time.
 *
 * @see https://docs.aws.amazon.com/connect/latest/adminguide/configure-saml.html
 * @see https://docs.aws.amazon.com/general/latest/gr/connect_region.html
 */
export function samlRelayStateUrl(instance: IConstruct, region: string, instanceId: string): string | undefined {
  const path = `/connect/federate/${instanceId}`;
  const govCloud = `https://console.amazonaws-us-gov.com${path}`;
  if (!Token.isUnresolved(region)) {
    if (region.startsWith('us-gov-')) {
      return govCloud;
    }
    if (region.startsWith('cn-') || region.includes('-iso')) {
      return undefined;
    }
    return `https://${region}.console.aws.amazon.com${path}`;
  }
  const condition = (instance.node.tryFindChild(GOVCLOUD_CONDITION) as CfnCondition | undefined)
    ?? new CfnCondition(instance, GOVCLOUD_CONDITION, { expression: Fn.conditionEquals(Aws.PARTITION, 'aws-us-gov') });
  return Token.asString(Fn.conditionIf(condition.logicalId, govCloud, `https://${region}.console.aws.amazon.com${path}`));
}
