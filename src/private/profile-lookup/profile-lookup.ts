import * as path from 'path';
import { AssetStaging, CfnResource, Duration, FeatureFlags, FileAssetPackaging, Lazy, RemovalPolicy, Stack, Token } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import { CfnPolicy, CfnRole } from 'aws-cdk-lib/aws-iam';
import { CfnFunction } from 'aws-cdk-lib/aws-lambda';
import { CfnLogGroup } from 'aws-cdk-lib/aws-logs';
import { Construct, IConstruct } from 'constructs';
import { acknowledgeRules } from '../acknowledge';
import { keyTwin, profileAttributeName } from './attribute-names';
import { LOOKUP_ACTIONS, LOOKUP_FUNCTION_FINDINGS, LOOKUP_LOG_GROUP_FINDINGS, LOOKUP_ROLE_FINDINGS, lookupResources, lookupRoleWildcardFindings } from './findings';

/** aws-cdk-lib's feature flag for merging policy statements (as iam.Policy honours it). */
const IAM_MINIMIZE_POLICIES = '@aws-cdk/aws-iam:minimizePolicies';

/** The id of the stack-wide lookup function's scope: one per stack. */
const SINGLETON_ID = 'ConnectProfileLookup';

/** The bundled handler (`npx projen bundle`), from lib/private/profile-lookup. */
const HANDLER_DIR = path.join(__dirname, '..', '..', '..', 'assets', 'private', 'profile-lookup', 'profile-lookup.lambda');

/** What the lookup needs of an instance: a construct to sit below, and the instance's ARN. */
export interface LookupInstance extends IConstruct {
  readonly instanceArn: string;
}

/**
 * Resolves an instance's security and routing profiles by name at deploy
 * time (CloudFormation does not expose the built-in ones), through one
 * custom resource per instance backed by one Lambda function per stack.
 */
export class ProfileLookup extends Construct {
  /**
   * The lookup of `instance`'s profiles (`<instance>/Profiles`), created on
   * first use with, on the stack's first, the stack's lookup function: an
   * instance whose profiles are all given by ARN deploys none.
   */
  public static of(instance: LookupInstance): ProfileLookup {
    const existing = instance.node.tryFindChild('Profiles');
    return existing instanceof ProfileLookup ? existing : new ProfileLookup(instance, 'Profiles', instance.instanceArn);
  }

  private readonly securityProfileNames = new Set<string>();
  private readonly routingProfileNames = new Set<string>();
  private readonly resource: CfnResource;

  constructor(scope: Construct, id: string, instanceArn: string) {
    super(scope, id);
    const provider = LookupFunction.of(this);
    provider.serve(instanceArn);

    // The custom resource as its L1, at the path (and so the logical id) and
    // with the deletion policy that `CustomResource` would give it: nothing
    // outside this file sees it, and the L2 would only add module loading.
    const resourceScope = new Construct(this, 'Resource');
    this.resource = new CfnResource(resourceScope, 'Default', {
      type: 'Custom::ConnectProfileLookup',
      properties: {
        ServiceToken: provider.functionArn,
        InstanceId: instanceArn,
        SecurityProfileNames: Lazy.list({ produce: () => [...this.securityProfileNames].sort() }),
        RoutingProfileNames: Lazy.list({ produce: () => [...this.routingProfileNames].sort() }),
      },
    });
    // Deleting the stack deletes the lookup (a no-op in the handler).
    this.resource.applyRemovalPolicy(RemovalPolicy.DESTROY);
    // The function must exist (and be allowed to read this instance) before the lookup runs.
    this.resource.node.addDependency(provider);
  }

  /** The ARN of the instance's security profile with this exact name. */
  public securityProfileArn(name: string): string {
    this.request(this.securityProfileNames, name, 'security', 'SecurityProfile.fromSecurityProfileArn');
    return Token.asString(this.resource.getAtt(profileAttributeName('SecurityProfileArn', name)));
  }

  /** The ARN of the instance's routing profile with this exact name. */
  public routingProfileArn(name: string): string {
    this.request(this.routingProfileNames, name, 'routing', 'RoutingProfile.fromRoutingProfileArn');
    return Token.asString(this.resource.getAtt(profileAttributeName('RoutingProfileArn', name)));
  }

  /**
   * Adds `name` to the names looked up, unless another name of the same kind
   * has the same attribute key (its letters and digits): the handler could
   * return only one of them, so this fails at synth rather than at deploy.
   */
  private request(names: Set<string>, name: string, kind: string, byArn: string): void {
    if (names.has(name)) {
      return;
    }
    const other = keyTwin(names, name);
    if (other !== undefined) {
      throw new Error(`${kind} profiles ${JSON.stringify(other)} and ${JSON.stringify(name)} of the instance at '${this.node.scope?.node.path}' `
        + `differ only in characters other than ASCII letters and digits, so the deploy-time lookup cannot tell them apart: give one with ${byArn}`);
    }
    names.add(name);
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

  /** The ARN of the function. */
  public readonly functionArn: string;
  private readonly policy: iam.PolicyDocument;
  private readonly roleScope: Construct;

  private constructor(scope: Construct, id: string) {
    super(scope, id);
    const stack = Stack.of(this);
    const logGroupScope = new Construct(this, 'LogGroup');
    const logGroup = new CfnLogGroup(logGroupScope, 'Resource', { retentionInDays: 365 });
    logGroup.applyRemovalPolicy(RemovalPolicy.RETAIN);

    // The role and its inline policy are L1 resources too, at the paths (and
    // so the logical ids) an iam.Role would give them: the Role L2 adds only
    // module loading here, since nothing outside this file sees the role.
    const roleScope = new Construct(this, 'Role');
    this.roleScope = roleScope;
    const role = new CfnRole(roleScope, 'Resource', {
      description: 'Reads the security and routing profiles of Amazon Connect instances at deploy time',
      assumeRolePolicyDocument: {
        Statement: [{ Action: 'sts:AssumeRole', Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' } }],
        Version: '2012-10-17',
      },
    });
    this.policy = new iam.PolicyDocument({
      minimize: FeatureFlags.of(this).isEnabled(IAM_MINIMIZE_POLICIES),
      statements: [new iam.PolicyStatement({
        actions: ['logs:CreateLogStream', 'logs:PutLogEvents'],
        resources: [logGroup.attrArn],
      })],
    });
    const policyScope = new Construct(roleScope, 'DefaultPolicy');
    const policy: CfnPolicy = new CfnPolicy(policyScope, 'Resource', {
      policyDocument: this.policy,
      policyName: Lazy.string({ produce: () => stack.getLogicalId(policy).slice(0, 128) }),
      roles: [role.ref],
    });

    // The function is written as an L1 resource with its code staged by
    // aws-cdk-lib core, to the same template as `lambda.Function` with
    // `Code.fromAsset`. `Code.fromAsset` goes through aws-s3-assets, whose
    // `Asset` imports the assets bucket with `s3.Bucket.fromBucketAttributes`,
    // which loads aws-cdk-lib/region-info: ~150 ms of every synth (about a
    // third of the example's with validation off) for a bucket object nothing
    // uses. The Lambda L2 module itself is another ~10 ms. Nothing outside
    // this file sees the function.
    const fn = new Construct(this, 'Function');
    const staging = new AssetStaging(fn, 'Code', { sourcePath: HANDLER_DIR });
    const code = stack.synthesizer.addFileAsset({
      sourceHash: staging.assetHash,
      fileName: staging.relativeStagedPath(stack),
      packaging: FileAssetPackaging.ZIP_DIRECTORY,
    });
    const resource = new CfnFunction(fn, 'Resource', {
      description: 'Resolves the ARNs of Amazon Connect built-in security and routing profiles',
      runtime: 'nodejs22.x',
      handler: 'index.handler',
      code: { s3Bucket: code.bucketName, s3Key: code.objectKey },
      role: role.attrArn,
      loggingConfig: { logGroup: logGroup.ref },
      timeout: Duration.minutes(5).toSeconds(),
      memorySize: 256,
      environment: { variables: { AWS_NODEJS_CONNECTION_REUSE_ENABLED: '1' } },
    });
    // What `Code.fromAsset` records for `sam local` and `cdk watch`, when the CLI asks for it.
    if (this.node.tryGetContext('aws:cdk:enable-asset-metadata')) {
      resource.addMetadata('aws:asset:path', staging.relativeStagedPath(stack));
      resource.addMetadata('aws:asset:is-bundled', false);
      resource.addMetadata('aws:asset:property', 'Code');
    }
    // The role and its policy first (as lambda.Function does).
    fn.node.addDependency(roleScope);
    this.functionArn = resource.attrArn;
    // Each scanner finding is acknowledged on the resource it is about, with its reason.
    acknowledgeRules(fn, LOOKUP_FUNCTION_FINDINGS);
    acknowledgeRules(roleScope, LOOKUP_ROLE_FINDINGS);
    acknowledgeRules(logGroupScope, LOOKUP_LOG_GROUP_FINDINGS);
  }

  /** Lets the function read the profiles of one more instance, and no other. */
  public serve(instanceArn: string): void {
    this.policy.addStatements(new iam.PolicyStatement({
      actions: [...LOOKUP_ACTIONS],
      resources: lookupResources(instanceArn),
    }));
    acknowledgeRules(this.roleScope, [lookupRoleWildcardFindings(instanceArn)]);
  }
}
