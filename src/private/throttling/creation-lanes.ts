import { CfnResource, Stack } from 'aws-cdk-lib';
import { Construct } from 'constructs';

/**
 * How many resources of one kind a stack creates at once: within Amazon Connect's burst of 5
 * (https://docs.aws.amazon.com/connect/latest/adminguide/amazon-connect-service-limits.html#connect-api-quotas),
 * since CloudFormation starts them in parallel
 * (https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-attribute-dependson.html)
 * and the handlers give up after three retries (aws-cloudformation-resource-providers-connect,
 * ClientBuilder.java and BaseHandlerStd.java).
 */
export const CREATION_LANES = 5;

/** The n-th resource of a kind waits for the (n − lanes)-th; a `DependsOn` updates no other resource. */
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
