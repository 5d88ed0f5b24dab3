import type {
  CloudFormationCustomResourceCreateEvent, CloudFormationCustomResourceDeleteEvent, CloudFormationCustomResourceUpdateEvent,
} from 'aws-lambda';

/** What every event of one custom resource shares. */
export interface CustomResourceIdentity {
  readonly resourceType: string;
  readonly logicalResourceId: string;
  /** @default a stack of the test account in us-east-1 */
  readonly stackId?: string;
  /** @default "..." */
  readonly responseUrl?: string;
}

/** The events CloudFormation sends the deploy-time function for one custom resource. */
export interface CustomResourceEvents<P> {
  create(props: P): CloudFormationCustomResourceCreateEvent;
  update(props: P, oldProps: P, physicalId: string): CloudFormationCustomResourceUpdateEvent;
  delete(props: P, physicalId: string): CloudFormationCustomResourceDeleteEvent;
}

const SERVICE_TOKEN = 'arn:aws:lambda:us-east-1:123456789012:function:ConnectProfileLookup';

/** Builds the Create, Update and Delete events of the custom resource `identity`, with its ServiceToken in the properties. */
export function customResourceEvents<P extends object>(identity: CustomResourceIdentity): CustomResourceEvents<P> {
  const common = {
    ServiceToken: SERVICE_TOKEN,
    ResponseURL: identity.responseUrl ?? '...',
    StackId: identity.stackId ?? 'arn:aws:cloudformation:us-east-1:123456789012:stack/test-stack/00000000-0000-0000-0000-000000000000',
    RequestId: 'request-0001',
    LogicalResourceId: identity.logicalResourceId,
    ResourceType: identity.resourceType,
  };
  const properties = (props: P) => ({ ServiceToken: SERVICE_TOKEN, ...props });
  return {
    create: (props) => ({ ...common, RequestType: 'Create', ResourceProperties: properties(props) }),
    update: (props, oldProps, physicalId) => ({
      ...common,
      RequestType: 'Update',
      PhysicalResourceId: physicalId,
      ResourceProperties: properties(props),
      OldResourceProperties: properties(oldProps),
    }),
    delete: (props, physicalId) => ({ ...common, RequestType: 'Delete', PhysicalResourceId: physicalId, ResourceProperties: properties(props) }),
  };
}
