import { CfnResource, RemovalPolicy, Stack } from 'aws-cdk-lib';
import { Construct, IConstruct } from 'constructs';
import { ContactFlow } from '../../contact-flow';
import { ContactFlowType, IContactFlow } from '../../contact-flow-options';
import type { IConnectInstance } from '../../instance';
import { DeployTimeLogGroup, deployTimeProvider } from '../deploy-time/provider';
import { PHONE_NUMBER_CONTACT_FLOW_TYPE } from '../deploy-time/resource-types';
import { PropValidator } from '../validation';

/** What `routePhoneNumber` needs. */
export interface RoutePhoneNumberProps {
  /** The instance the number is claimed for, or imported into. */
  readonly instance: IConnectInstance;
  /** The ARN of the number (a token for a number created in the app). */
  readonly phoneNumberArn: string;
  /** The inbound flow that answers the number's calls. */
  readonly contactFlow: IContactFlow;
}

/**
 * What the role of the deploy-time function may call for one routed number.
 *
 * @see https://docs.aws.amazon.com/connect/latest/APIReference/API_AssociatePhoneNumberContactFlow.html
 * @see https://docs.aws.amazon.com/connect/latest/APIReference/API_DisassociatePhoneNumberContactFlow.html
 */
export const ROUTE_ACTIONS = ['connect:AssociatePhoneNumberContactFlow', 'connect:DisassociatePhoneNumberContactFlow'] as const;

/** The routes of each app, by phone number ARN (or its token), to the path of the route: a number answers with one flow. */
const ROUTES = new WeakMap<IConstruct, Map<string, string>>();

/**
 * Routes a phone number's calls to a flow on deploy: a
 * `Custom::ConnectPhoneNumberContactFlow` resource served by the stack's
 * deploy-time function (deploy-time/provider.ts), since the CloudFormation
 * schema of `AWS::Connect::PhoneNumber` has no flow property
 * (https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-connect-phonenumber.html).
 *
 * The resource reads the number's and the flow's ARNs, so for a number and
 * a flow of the stack (`Fn::GetAtt`) CloudFormation creates it after both,
 * and deletes it before them.
 *
 * Throws at synth, naming `contactFlow`, when the number is already routed
 * in this app (same ARN, or the same token) or when the flow, created here,
 * is not an inbound flow (`ContactFlowType.CONTACT_FLOW`).
 *
 * @returns the construct at `scope/id` that holds the resource
 */
export function routePhoneNumber(scope: Construct, id: string, props: RoutePhoneNumberProps): Construct {
  const route = new Construct(scope, id);
  const v = new PropValidator();
  const flow = props.contactFlow;
  checkRouteFlow(v, flow);
  const routes = routesOf(scope);
  const previous = routes.get(props.phoneNumberArn);
  if (previous !== undefined) {
    v.failCombination(`contactFlow: the phone number is already routed to a flow at '${previous}', and a number answers with one flow; route it once, from '${previous}' or from '${route.node.path}'`);
  }
  v.throwIfAny(route, 'routePhoneNumber');
  routes.set(props.phoneNumberArn, route.node.path);

  const provider = deployTimeProvider(Stack.of(route));
  // The log group is kept as the instance keeps its data (an instance of this
  // library says how; any other, the library's default).
  const instance = props.instance as { _deployTimeRemovalPolicy?: () => RemovalPolicy | undefined };
  DeployTimeLogGroup.of(provider).keepFor(instance._deployTimeRemovalPolicy?.());
  // Raw JSON, as CustomResourceProvider takes it: one statement per routed number.
  // Which resource types the Service Authorization Reference lists for these
  // actions (https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazonconnect.html)
  // could not be read here row by row: the calls name the number (path), the
  // instance and, to associate, the flow (body), so the statement names exactly
  // these three ARNs, which authorizes the calls whichever of the phone-number,
  // contact-flow and instance types IAM evaluates.
  provider.addToRolePolicy({
    Effect: 'Allow',
    Action: [...ROUTE_ACTIONS],
    Resource: [props.phoneNumberArn, flow.contactFlowArn, props.instance.instanceArn],
  });
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
 * Records a problem with `contactFlow` when it is a flow created here that
 * is not an inbound flow (`ContactFlowType.CONTACT_FLOW`); an imported flow's
 * type is unknown, and passes.
 *
 * @see https://docs.aws.amazon.com/connect/latest/adminguide/create-contact-flow.html#contact-flow-types
 */
export function checkRouteFlow(v: PropValidator, flow: IContactFlow | undefined): void {
  if (flow instanceof ContactFlow && flow.type !== ContactFlowType.CONTACT_FLOW) {
    v.fail('contactFlow', flow.type, `must be an inbound flow, of type ${ContactFlowType.CONTACT_FLOW} (a phone number routes to the first flow of a contact): the flow at '${flow.node.path}' has another type`);
  }
}

function routesOf(scope: IConstruct): Map<string, string> {
  const root = scope.node.root;
  let routes = ROUTES.get(root);
  if (routes === undefined) {
    routes = new Map();
    ROUTES.set(root, routes);
  }
  return routes;
}
