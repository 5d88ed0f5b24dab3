import { CfnResource, Fn, IResource, RemovalPolicy, Resource, Stack, Token } from 'aws-cdk-lib';
import { CfnTrafficDistributionGroup } from 'aws-cdk-lib/aws-connect';
import { Construct } from 'constructs';
import type { IConnectInstance } from './instance';
import { DeployTimeLogGroup, deployTimeProvider } from './private/deploy-time/provider';
import { TRAFFIC_DISTRIBUTION_TYPE } from './private/deploy-time/resource-types';
import { GlobalResiliencyGrants } from './private/global-resiliency/grants';
import { GlobalResiliencyLinks, isCreatedInstance } from './private/global-resiliency/links';
import { REGION_NAME } from './private/global-resiliency/regions';
import { instanceRemovalPolicy } from './private/instance/removal-policy';
import { checkRequiredString } from './private/resources/checks';
import { defaultResourceName } from './private/resources/names';
import { PropValidator } from './private/validation';

/** A traffic distribution group: phone numbers claimed to it take calls in the instance's Region and its replica's. */
export interface ITrafficDistributionGroup extends IResource {
  /**
   * The ARN of the group.
   * @attribute
   */
  readonly trafficDistributionGroupArn: string;

  /**
   * The id of the group.
   * @attribute
   */
  readonly trafficDistributionGroupId: string;
}

/** The share of calls one Region takes. */
export interface TrafficDistribution {
  /** The Region: the instance's or its replica's. */
  readonly region: string;

  /** The percentage of calls, from 0 to 100 in steps of 10. */
  readonly percentage: number;
}

/**
 * A traffic distribution group to create for a replicated instance.
 * @see https://docs.aws.amazon.com/connect/latest/adminguide/setup-traffic-distribution-groups.html
 * @see https://docs.aws.amazon.com/connect/latest/APIReference/API_CreateTrafficDistributionGroup.html
 */
export interface TrafficDistributionGroupOptions {
  /**
   * The name (1 to 128 characters, no leading or trailing whitespace); changing it replaces the group.
   * @default - a name unique in the app, built from the construct path
   */
  readonly trafficDistributionGroupName?: string;

  /**
   * A description (1 to 250 characters, no leading or trailing whitespace); changing it replaces the group.
   * @default - none
   */
  readonly description?: string;

  /**
   * How the group's numbers split inbound calls: one share for the instance's Region and one for its replica's,
   * in steps of 10 adding up to 100. Set on deploy by the stack's deploy-time function (CloudFormation has no
   * property for it); removing it sends every call to the instance's Region again.
   * @default - the split Amazon Connect gives a new group
   * @see https://docs.aws.amazon.com/connect/latest/adminguide/update-telephony-traffic-distribution.html
   */
  readonly telephonyDistribution?: TrafficDistribution[];
}

/** Properties of a `TrafficDistributionGroup`. */
export interface TrafficDistributionGroupProps extends TrafficDistributionGroupOptions {
  /** The replicated instance the group belongs to. */
  readonly instance: IConnectInstance;
}

/** The registry schema's Name and Description: no whitespace at either end. */
const TRIMMED = /(^[\S].*[\S]$)|(^[\S]$)/;
/** `arn:<partition>:connect:<region>:<account>:traffic-distribution-group/<id>`. */
const GROUP_ARN = /^arn:aws[-a-z0-9]*:connect:[a-z]{2}(-[a-z]+){1,2}-[0-9]:[0-9]{12}:traffic-distribution-group\/[-a-zA-Z0-9]+$/;

/**
 * A traffic distribution group of a replicated instance, with the split of calls between the two Regions.
 * CloudFormation creates it once the instance's replica in this app is ACTIVE.
 * @resource AWS::Connect::TrafficDistributionGroup
 * @see https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-connect-trafficdistributiongroup.html
 */
export class TrafficDistributionGroup extends Resource implements ITrafficDistributionGroup {
  /** Imports a traffic distribution group by ARN. */
  public static fromTrafficDistributionGroupArn(scope: Construct, id: string, trafficDistributionGroupArn: string): ITrafficDistributionGroup {
    const arn = trafficDistributionGroupArn;
    if (typeof arn !== 'string' || (!Token.isUnresolved(arn) && !GROUP_ARN.test(arn))) {
      throw new Error('trafficDistributionGroupArn must be the ARN of an Amazon Connect traffic distribution group '
        + `(arn:<partition>:connect:<region>:<account>:traffic-distribution-group/<id>), got ${JSON.stringify(arn)}`);
    }
    class Import extends Resource implements ITrafficDistributionGroup {
      public readonly trafficDistributionGroupArn = arn;
      public readonly trafficDistributionGroupId = groupIdOf(arn);
    }
    return new Import(scope, id, { environmentFromArn: arn });
  }

  /**
   * The ARN of the group.
   * @attribute
   */
  public readonly trafficDistributionGroupArn: string;

  /**
   * The id of the group.
   * @attribute
   */
  public readonly trafficDistributionGroupId: string;

  constructor(scope: Construct, id: string, props: TrafficDistributionGroupProps) {
    super(scope, id);
    const v = new PropValidator();
    v.checkRequired('instance', props.instance);
    // The registry schema's Name (1 to 128), Description (1 to 250), both trimmed.
    const trimmed = { pattern: TRIMMED, patternMessage: 'must not start or end with whitespace' };
    v.checkString('trafficDistributionGroupName', props.trafficDistributionGroupName, { minLength: 1, maxLength: 128, ...trimmed });
    v.checkString('description', props.description, { minLength: 1, maxLength: 250, ...trimmed });
    checkDistribution(v, props.telephonyDistribution);
    v.throwIfAny(this, 'TrafficDistributionGroup');

    const instance = props.instance;
    const resource = new CfnTrafficDistributionGroup(this, 'Resource', {
      instanceArn: instance.instanceArn,
      name: props.trafficDistributionGroupName ?? defaultResourceName(this),
      description: props.description,
    });
    this.trafficDistributionGroupArn = resource.attrTrafficDistributionGroupArn;
    this.trafficDistributionGroupId = groupIdOf(this.trafficDistributionGroupArn);
    GlobalResiliencyLinks.of(instance).addGroup(this);
    this.node.addValidation({ validate: () => this.checkReplica(instance, props.telephonyDistribution) });

    if (props.telephonyDistribution !== undefined) {
      const provider = deployTimeProvider(Stack.of(this));
      DeployTimeLogGroup.of(provider).keepFor(instanceRemovalPolicy(instance));
      GlobalResiliencyGrants.of(provider).allowDistributions();
      const distribution = new CfnResource(this, 'TelephonyDistribution', {
        type: TRAFFIC_DISTRIBUTION_TYPE,
        properties: {
          ServiceToken: provider.serviceToken,
          TrafficDistributionGroupArn: this.trafficDistributionGroupArn,
          TelephonyDistribution: props.telephonyDistribution.map((d) => ({ Region: d.region, Percentage: d.percentage })),
        },
      });
      // Deleting it sends every call to the instance's Region; the group goes as its own resource says.
      distribution.applyRemovalPolicy(RemovalPolicy.DESTROY);
    }
  }

  /**
   * A created instance needs its replica in this app; the split names the instance's Region and the replica's.
   * @see https://docs.aws.amazon.com/connect/latest/adminguide/update-telephony-traffic-distribution.html
   */
  private checkReplica(instance: IConnectInstance, distribution: TrafficDistribution[] | undefined): string[] {
    const v = new PropValidator();
    const replica = GlobalResiliencyLinks.of(instance).replicas[0];
    if (replica === undefined && isCreatedInstance(instance)) {
      v.failCombination(`instance: the instance at '${instance.node.path}' has no replica; add one (addReplica): a traffic distribution group belongs to a replicated instance`);
    }
    const regions = [instance.env.region, replica?.region];
    if (distribution !== undefined && replica !== undefined && !regions.some((r) => r === undefined || Token.isUnresolved(r))) {
      const named = distribution.map((d) => d.region).sort();
      if (JSON.stringify(named) !== JSON.stringify([...regions].sort())) {
        v.fail('telephonyDistribution', distribution, `must name the instance's Region and its replica's, ${regions.join(' and ')}`);
      }
    }
    return v.messages(this, 'TrafficDistributionGroup');
  }
}

/**
 * Records the problems of a split: two Regions, each once, percentages in steps of 10 adding up to 100.
 * @see https://docs.aws.amazon.com/connect/latest/adminguide/update-telephony-traffic-distribution.html
 * @see https://docs.aws.amazon.com/connect/latest/APIReference/API_Distribution.html
 */
function checkDistribution(v: PropValidator, distribution: TrafficDistribution[] | undefined): void {
  if (distribution === undefined) {
    return;
  }
  if (!Array.isArray(distribution) || distribution.length !== 2) {
    v.fail('telephonyDistribution', distribution, 'must have two shares: the instance\'s Region and its replica\'s');
    return;
  }
  distribution.forEach((d, i) => {
    const prop = `telephonyDistribution[${i}]`;
    checkRequiredString(v, `${prop}.region`, d?.region, { pattern: REGION_NAME, patternMessage: 'must be a Region name such as us-west-2' });
    const p = d?.percentage;
    if (v.checkRequired(`${prop}.percentage`, p) && !Token.isUnresolved(p) && (!Number.isInteger(p) || p < 0 || p > 100 || p % 10 !== 0)) {
      v.fail(`${prop}.percentage`, p, 'must be 0 to 100 in steps of 10');
    }
  });
  const [a, b] = distribution;
  if (a?.region !== undefined && a.region === b?.region) {
    v.fail('telephonyDistribution', distribution, 'must name two different Regions');
  }
  const percentages = distribution.map((d) => d?.percentage);
  const total = percentages.reduce<number>((sum, p) => sum + (p ?? 0), 0);
  if (percentages.every((p) => typeof p === 'number' && !Token.isUnresolved(p)) && total !== 100) {
    v.fail('telephonyDistribution', distribution, `must add up to 100 percent (${total})`);
  }
}

/** The id of a group: the last part of its ARN (a token if unresolved). */
function groupIdOf(arn: string): string {
  return Token.isUnresolved(arn) ? Fn.select(1, Fn.split('/', arn)) : arn.split('/')[1];
}
