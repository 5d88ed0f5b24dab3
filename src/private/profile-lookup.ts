import { CustomResource, Duration, Lazy, RemovalPolicy, Stack } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as logs from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { acknowledgeRules } from './acknowledge';
import { LOOKUP_ACTIONS, LOOKUP_FUNCTION_FINDINGS, LOOKUP_LOG_GROUP_FINDINGS, LOOKUP_ROLE_FINDINGS } from './perms';
import { DefaultProfilesFunction } from '../default-profiles-function';

/** The id of the stack-wide lookup function's scope: one per stack. */
const SINGLETON_ID = 'ConnectProfileLookup';

/**
 * The name of the custom resource attribute that holds a resolved ARN. The
 * handler removes every character but letters and digits from the name.
 */
function attributeName(kind: 'SecurityProfileArn' | 'RoutingProfileArn', name: string): string {
  return `${kind}.${name.replace(/[^A-Za-z0-9]/g, '')}`;
}

/**
 * Resolves an instance's security and routing profiles by name at deploy
 * time (CloudFormation does not expose the built-in ones), through one
 * custom resource per instance backed by one Lambda function per stack.
 */
export class ProfileLookup extends Construct {
  private readonly securityProfileNames = new Set<string>();
  private readonly routingProfileNames = new Set<string>();
  private readonly resource: CustomResource;

  constructor(scope: Construct, id: string, instanceArn: string) {
    super(scope, id);
    const provider = LookupFunction.of(this);
    provider.serve(instanceArn);

    this.resource = new CustomResource(this, 'Resource', {
      serviceToken: provider.function.functionArn,
      resourceType: 'Custom::ConnectProfileLookup',
      properties: {
        InstanceId: instanceArn,
        SecurityProfileNames: Lazy.list({ produce: () => [...this.securityProfileNames].sort() }),
        RoutingProfileNames: Lazy.list({ produce: () => [...this.routingProfileNames].sort() }),
      },
    });
    // The function must exist (and be allowed to read this instance) before the lookup runs.
    this.resource.node.addDependency(provider);
  }

  /** The ARN of the instance's security profile with this exact name. */
  public securityProfileArn(name: string): string {
    this.securityProfileNames.add(name);
    return this.resource.getAttString(attributeName('SecurityProfileArn', name));
  }

  /** The ARN of the instance's routing profile with this exact name. */
  public routingProfileArn(name: string): string {
    this.routingProfileNames.add(name);
    return this.resource.getAttString(attributeName('RoutingProfileArn', name));
  }
}

/**
 * The stack's single lookup function, its role and its log group.
 */
class LookupFunction extends Construct {
  /** The stack's lookup function, created on first use. */
  public static of(scope: Construct): LookupFunction {
    const stack = Stack.of(scope);
    const existing = stack.node.tryFindChild(SINGLETON_ID);
    return (existing as LookupFunction | undefined) ?? new LookupFunction(stack, SINGLETON_ID);
  }

  public readonly function: DefaultProfilesFunction;
  private readonly role: iam.Role;

  private constructor(scope: Construct, id: string) {
    super(scope, id);
    const logGroup = new logs.LogGroup(this, 'LogGroup', {
      retention: logs.RetentionDays.ONE_YEAR,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    this.role = new iam.Role(this, 'Role', {
      assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com'),
      description: 'Reads the security and routing profiles of Amazon Connect instances at deploy time',
    });
    this.role.addToPrincipalPolicy(new iam.PolicyStatement({
      actions: ['logs:CreateLogStream', 'logs:PutLogEvents'],
      resources: [logGroup.logGroupArn],
    }));
    this.function = new DefaultProfilesFunction(this, 'Function', {
      description: 'Resolves the ARNs of Amazon Connect built-in security and routing profiles',
      role: this.role,
      logGroup,
      timeout: Duration.minutes(5),
      memorySize: 256,
    });
    this.function.node.addDependency(this.role);
    // Each scanner finding is acknowledged on the resource it is about, with its reason.
    acknowledgeRules(this.function, LOOKUP_FUNCTION_FINDINGS);
    acknowledgeRules(this.role, LOOKUP_ROLE_FINDINGS);
    acknowledgeRules(logGroup, LOOKUP_LOG_GROUP_FINDINGS);
  }

  /** Lets the function read the profiles of one more instance, and no other. */
  public serve(instanceArn: string): void {
    this.role.addToPrincipalPolicy(new iam.PolicyStatement({
      actions: [...LOOKUP_ACTIONS],
      resources: [instanceArn, `${instanceArn}/security-profile/*`, `${instanceArn}/routing-profile/*`],
    }));
  }
}
