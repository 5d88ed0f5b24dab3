import { CfnResource, CustomResourceProvider, RemovalPolicy, Stack } from 'aws-cdk-lib';
import { Construct, IConstruct } from 'constructs';
import { ContactFlow, ContactFlowType, IContactFlow } from '../../contact-flow';
import type { IConnectInstance } from '../../instance';
import { DeployTimeLogGroup, deployTimeProvider } from '../deploy-time/provider';
import { PHONE_NUMBER_CONTACT_FLOW_TYPE } from '../deploy-time/resource-types';
import { instanceRemovalPolicy } from '../instance/removal-policy';
import { addValidationOnce, creationOrder, PropValidator } from '../validation';

/** What `routePhoneNumber` needs. */
export interface RoutePhoneNumberProps {
  readonly instance: IConnectInstance;
  /** The ARN of the number (a token for a number created in the app). */
  readonly phoneNumberArn: string;
  readonly contactFlow: IContactFlow;
}

/** The app's rule of one route per number (`addValidationOnce`). */
const ONE_ROUTE_PER_NUMBER = Symbol('oneRoutePerNumber');

/** The construct that holds one route: what the app's rule of one route per number compares. */
class PhoneNumberRoute extends Construct {
  /** When it was created: of two routes of one number, the later is reported. */
  public readonly order = creationOrder();

  constructor(scope: Construct, id: string, public readonly phoneNumberArn: string) {
    super(scope, id);
  }
}

/**
 * Routes a number's calls to a flow with a custom resource: `AWS::Connect::PhoneNumber` has no flow property
 * (https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-connect-phonenumber.html).
 * @returns the construct at `scope/id` that holds the resource
 */
export function routePhoneNumber(scope: Construct, id: string, props: RoutePhoneNumberProps): Construct {
  const route = new PhoneNumberRoute(scope, id, props.phoneNumberArn);
  const v = new PropValidator();
  const flow = props.contactFlow;
  checkRouteFlow(v, flow);
  v.throwIfAny(route, 'phone number route');
  const app = route.node.root;
  addValidationOnce(app, ONE_ROUTE_PER_NUMBER, () => checkOneRoutePerNumber(app));

  const provider = deployTimeProvider(Stack.of(route));
  // The log group is kept as the instance keeps its data.
  DeployTimeLogGroup.of(provider).keepFor(instanceRemovalPolicy(props.instance));
  RouteGrants.of(provider).allowInstance(props.instance.instanceArn);
  const resource = new CfnResource(route, 'Resource', {
    type: PHONE_NUMBER_CONTACT_FLOW_TYPE,
    properties: {
      ServiceToken: provider.serviceToken,
      InstanceArn: props.instance.instanceArn,
      PhoneNumberArn: props.phoneNumberArn,
      ContactFlowArn: flow.contactFlowArn,
    },
  });
  // Deleting the route undoes it; the number itself stays as its own removal policy says.
  resource.applyRemovalPolicy(RemovalPolicy.DESTROY);
  return route;
}

/**
 * Records a problem when a flow created here is not inbound; an imported one passes.
 * @see https://docs.aws.amazon.com/connect/latest/adminguide/create-contact-flow.html#contact-flow-types
 */
export function checkRouteFlow(v: PropValidator, flow: IContactFlow | undefined): void {
  if (flow instanceof ContactFlow && flow.type !== ContactFlowType.CONTACT_FLOW) {
    v.fail('contactFlow', flow.type, `must be an inbound flow, of type ${ContactFlowType.CONTACT_FLOW} (a phone number routes to the first flow of a contact): the flow at '${flow.node.path}' has another type`);
  }
}

/** The app's rule: a number answers with one flow, so the later of two routes is reported. */
function checkOneRoutePerNumber(app: IConstruct): string[] {
  const routes = app.node.findAll()
    .filter((c): c is PhoneNumberRoute => c instanceof PhoneNumberRoute && c.node.tryFindChild('Resource') !== undefined)
    .sort((a, b) => a.order - b.order);
  const first = new Map<string, PhoneNumberRoute>();
  const errors: string[] = [];
  for (const route of routes) {
    const previous = first.get(route.phoneNumberArn)?.node.path;
    if (previous === undefined) {
      first.set(route.phoneNumberArn, route);
      continue;
    }
    const v = new PropValidator();
    v.failCombination(`contactFlow: the phone number is already routed to a flow at '${previous}', and a number answers with one flow; route it once, from '${previous}' or from '${route.node.path}'`);
    errors.push(...v.messages(route, 'phone number route'));
  }
  return errors;
}

/**
 * What the function may associate: one statement per instance, with wildcards,
 * since naming a route's flow could close a dependency cycle, and to keep the
 * inline policy small (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_iam-quotas.html).
 * @see https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazonconnect.html
 */
class RouteGrants extends Construct {
  /** The grants of `provider`'s function, created on first use. */
  public static of(provider: CustomResourceProvider): RouteGrants {
    const existing = provider.node.tryFindChild('RouteGrants');
    return existing instanceof RouteGrants ? existing : new RouteGrants(provider);
  }

  private readonly instances = new Set<string>();

  private constructor(private readonly provider: CustomResourceProvider) {
    super(provider, 'RouteGrants');
  }

  /** Lets the function route the numbers of the instance `instanceArn` (an ARN or its token) to its flows. */
  public allowInstance(instanceArn: string): void {
    if (this.instances.has(instanceArn)) {
      return;
    }
    this.instances.add(instanceArn);
    const stack = Stack.of(this);
    this.provider.addToRolePolicy({
      Effect: 'Allow',
      Action: ['connect:AssociatePhoneNumberContactFlow'],
      Resource: [
        `arn:${stack.partition}:connect:${stack.region}:${stack.account}:phone-number/*`,
        instanceArn,
        `${instanceArn}/contact-flow/*`,
        `${instanceArn}/phone-number/*`,
      ],
    });
  }
}
