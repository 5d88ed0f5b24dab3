import { CfnResource, Stack } from 'aws-cdk-lib';
import { Construct } from 'constructs';

/**
 * How many resources of one kind a stack creates at once. Amazon Connect
 * throttles each API at 2 requests per second with a burst of 5, per account
 * and Region ("Amazon Connect API throttling quotas",
 * https://docs.aws.amazon.com/connect/latest/adminguide/amazon-connect-service-limits.html#connect-api-quotas),
 * and CloudFormation starts every resource whose dependencies are met at
 * once ("in parallel to the extent possible",
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-attribute-dependson.html).
 * The public Connect resource handlers retry a throttled call three times
 * within about 15 seconds and then fail the resource
 * (aws-cloudformation-resource-providers-connect, ClientBuilder.java and
 * BaseHandlerStd.java), so two hundred users started together would fail.
 * Five lanes keep the calls of one kind within the burst.
 */
export const CREATION_LANES = 5;

/**
 * Bounds how many resources of one kind (one Connect create API) a stack
 * creates at a time: the n-th resource added waits for the (n − lanes)-th,
 * so at most `lanes` are created together and the longest chain is
 * ⌈n / lanes⌉. A `DependsOn` changes no property: adding or removing a
 * resource updates none of the others.
 */
export class CreationLanes extends Construct {
  /** The lanes of `kind` in `resource`'s stack, created on first use. */
  public static add(kind: string, resource: CfnResource): void {
    const stack = Stack.of(resource);
    const id = `CreationLanes${kind}`;
    const lanes = (stack.node.tryFindChild(id) as CreationLanes | undefined) ?? new CreationLanes(stack, id);
    lanes.push(resource);
  }

  private readonly resources: CfnResource[] = [];

  private push(resource: CfnResource): void {
    const previous = this.resources[this.resources.length - CREATION_LANES];
    if (previous !== undefined) {
      resource.addDependency(previous);
    }
    this.resources.push(resource);
  }
}
