import { App, Aws, RemovalPolicy, Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import * as iam from 'aws-cdk-lib/aws-iam';
import { DeployerPolicy, DeployerPolicyOptions, NextStepsDeployerPolicyOptions } from '../src/deployer-policy';
import { IdentityManagementType } from '../src/identity';
import { errorOf, newStack } from './helpers/stack';

const ACCOUNT = '123456789012';
const REGION = 'us-east-1';

interface Statement {
  readonly Sid: string;
  readonly Effect: string;
  readonly Action: string[];
  readonly Resource: string[];
  readonly Condition?: { [operator: string]: { [key: string]: string } };
}

interface Rendered {
  readonly Version: string;
  readonly Statement: Statement[];
}

const list = (value: string | string[]) => (Array.isArray(value) ? value : [value]);

/** The policy as IAM sees it: resolved, with single actions and resources as lists. */
function render(options: DeployerPolicyOptions = { account: ACCOUNT, region: REGION }, stack: Stack = newStack()): Rendered {
  const json = stack.resolve(DeployerPolicy.forConnectInstance(undefined, options).toJSON());
  return {
    Version: json.Version,
    Statement: json.Statement.map((s: any) => ({ ...s, Action: list(s.Action), Resource: list(s.Resource) })),
  };
}

function glob(pattern: string): RegExp {
  return new RegExp(`^${pattern.split('*').map((p) => p.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`);
}

/** The request context keys of a call, for the conditions the policy uses (a list for a multivalued key). */
type Context = { [key: string]: string | string[] };

function conditionHolds(condition: Statement['Condition'], context: Context): boolean {
  return Object.entries(condition ?? {}).every(([operator, entries]) => Object.entries(entries).every(([key, expected]) => {
    const actual = context[key];
    if (operator === 'ForAllValues:StringLike') {
      // True without the key; else every value must match one of the patterns.
      return list(actual ?? []).every((value) => list(expected).some((pattern) => glob(pattern).test(value)));
    }
    if (actual === undefined || Array.isArray(actual)) {
      return false;
    }
    switch (operator) {
      case 'StringEquals':
      case 'Bool':
        return actual === expected;
      case 'StringLike':
      case 'ArnLike':
        return glob(expected).test(actual);
      case 'ArnEquals':
        // ArnEquals compares ARNs like ArnLike: both take wildcards.
        return glob(expected).test(actual);
      default:
        throw new Error(`the test evaluator does not know ${operator}`);
    }
  }));
}

/** Whether the policy allows `action` on `resource` in `context` (Allow statements only: it has no Deny). */
function allows(policy: Rendered, action: string, resource: string, context: Context = {}): boolean {
  return policy.Statement.some((s) => s.Effect === 'Allow'
    && s.Action.some((a) => glob(a).test(action))
    && s.Resource.some((r) => glob(r).test(resource))
    && conditionHolds(s.Condition, context));
}

const arn = (service: string, resource: string) => `arn:aws:${service}:${REGION}:${ACCOUNT}:${resource}`;
const INSTANCE = arn('connect', 'instance/11111111-2222-3333-4444-555555555555');
const USER = `${INSTANCE}/agent/66666666-7777-8888-9999-000000000000`;
const PHONE_NUMBER = arn('connect', 'phone-number/aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee');
const DIRECTORY = arn('ds', 'directory/d-0123456789');
const KEY = arn('kms', 'key/1234abcd-12ab-34cd-56ef-1234567890ab');
const SLR = `arn:aws:iam::${ACCOUNT}:role/aws-service-role/connect.amazonaws.com/AWSServiceRoleForAmazonConnect_0a1b2c3d4e5f`;
const ROLE = `arn:aws:iam::${ACCOUNT}:role/ConnectStack-ConnectProfileLookupCustomResourcePr-0A1B2C3D4E5F`;
const FUNCTION = arn('lambda', 'function:ConnectStack-ConnectProfileLookupCustomResourcePr-0A1B2C3D4E5F');
const BUCKET = 'arn:aws:s3:::connectstack-contactcenterstoragebucket-0a1b2c3d4e5f';
const LOG_GROUP = arn('logs', 'log-group:/aws/connect/acme-support');
const SECRET = arn('secretsmanager', 'secret:ContactCenterAdminPassword-AbCdEf');
const ASSET = `arn:aws:s3:::cdk-hnb659fds-assets-${ACCOUNT}-${REGION}/0123abcd.zip`;

/**
 * Every resource type the construct makes, the call that creates it and the
 * resource that call is authorized against.
 */
const CREATE_CALLS: Array<[string, string, string]> = [
  ['AWS::Connect::Instance', 'connect:CreateInstance', '*'],
  ['AWS::Connect::InstanceStorageConfig', 'connect:AssociateInstanceStorageConfig', INSTANCE],
  ['AWS::Connect::User', 'connect:CreateUser', USER],
  ['AWS::Connect::PhoneNumber', 'connect:ClaimPhoneNumber', PHONE_NUMBER],
  ['AWS::S3::Bucket', 's3:CreateBucket', BUCKET],
  ['AWS::S3::BucketPolicy', 's3:PutBucketPolicy', BUCKET],
  ['AWS::KMS::Key', 'kms:CreateKey', '*'],
  ['AWS::Logs::LogGroup', 'logs:CreateLogGroup', LOG_GROUP],
  ['AWS::SecretsManager::Secret', 'secretsmanager:CreateSecret', SECRET],
  ['AWS::Lambda::Function', 'lambda:CreateFunction', FUNCTION],
  ['AWS::IAM::Role', 'iam:CreateRole', ROLE],
  ['AWS::CloudFormation::CustomResource', 'lambda:InvokeFunction', FUNCTION],
];

/** The actions that name no resource type in the Service Authorization Reference: `*` is their only resource. */
const NO_RESOURCE_TYPE = [
  'connect:CreateInstance',
  'ds:CheckAlias',
  'ds:CreateDirectory',
  'ds:CreateIdentityPoolDirectory',
  'ds:DescribeDirectories',
  'kms:CreateKey',
  'secretsmanager:GetRandomPassword',
];

describe('the rendered document', () => {
  test('is a valid identity-based IAM policy', () => {
    const document = DeployerPolicy.forConnectInstance(undefined, { account: ACCOUNT, region: REGION });
    expect(document.validateForIdentityPolicy()).toEqual([]);

    const policy = render();
    expect(policy.Version).toBe('2012-10-17');
    const sids = policy.Statement.map((s) => s.Sid);
    expect(new Set(sids).size).toBe(sids.length);
    for (const s of policy.Statement) {
      expect(s.Sid).toMatch(/^[A-Za-z0-9]+$/);
      expect(s.Effect).toBe('Allow');
      expect(s.Action.length).toBeGreaterThan(0);
      expect(s.Resource.length).toBeGreaterThan(0);
      s.Action.forEach((a) => expect(a).toMatch(/^[a-z0-9-]+:[A-Za-z0-9]+$/));
      s.Resource.forEach((r) => expect(r).toMatch(/^(\*|arn:aws:[a-z0-9-]+:[a-z0-9-]*:(\d{12})?:.+)$/));
      expect(new Set(s.Action).size).toBe(s.Action.length);
    }
    // Round-trips through IAM's own parser.
    expect(iam.PolicyDocument.fromJson(policy).toJSON().Statement).toHaveLength(policy.Statement.length);
  });

  test('groups the statements by purpose', () => {
    expect(render().Statement.map((s) => `${s.Sid}: ${s.Action.length}`)).toEqual([
      'NoResourceLevelPermissions: 7',
      'ConnectInstance: 6',
      'ConnectDirectory: 4',
      'ConnectServiceLinkedRole: 1',
      'ConnectServiceLinkedRolePolicy: 3',
      'ConnectStorage: 9',
      'ConnectStorageKeyGrants: 1',
      'ConnectUsersAndNumbers: 21',
      'DataStoreBuckets: 15',
      'DataStoreKeys: 8',
      'DataStoreLogGroups: 10',
      'DataStoreSecrets: 8',
      'DataStoreSecretEncryption: 2',
      'LookupFunction: 11',
      'LookupFunctionCode: 2',
      'LookupFunctionRole: 13',
      'LookupFunctionPassRole: 1',
    ]);
    expect(render({ account: ACCOUNT, region: REGION, destroyData: true }).Statement.map((s) => s.Sid).slice(-1)).toEqual(['AutoDeleteObjectsRole']);
  });

  test('matches the snapshot', () => {
    const stack = newStack();
    expect(stack.resolve(DeployerPolicy.forConnectInstance(undefined, { account: ACCOUNT, region: REGION }).toJSON())).toMatchSnapshot();
  });

  test('fits in a managed policy (6,144 characters without whitespace), even with the longest names', () => {
    const longest = render({ account: ACCOUNT, region: 'ap-southeast-2', partition: 'aws-us-gov' });
    expect(JSON.stringify(longest).length).toBeLessThan(6144);
    // With what removalPolicy DESTROY needs it may exceed a managed policy: it stays within an inline one (10,240).
    const destroying = render({ account: ACCOUNT, region: 'ap-southeast-2', partition: 'aws-us-gov', destroyData: true });
    expect(JSON.stringify(destroying).length).toBeLessThan(10240);
  });
});

describe('least privilege', () => {
  test('no statement allows every action, every action of a service, or any action pattern', () => {
    for (const s of render().Statement) {
      for (const action of s.Action) {
        expect(action).not.toBe('*');
        expect(action).not.toMatch(/:\*$/);
        expect(action).not.toContain('*');
      }
    }
  });

  test('"*" is the resource only of the actions that support no resource-level permissions', () => {
    for (const s of render().Statement) {
      if (s.Resource.includes('*')) {
        expect(s.Resource).toEqual(['*']);
        expect(s.Condition).toBeUndefined();
        expect(NO_RESOURCE_TYPE).toEqual(expect.arrayContaining(s.Action));
      }
    }
  });

  test('every ARN is in the given partition, and in the given account and Region where the ARN has them', () => {
    const policy = render({ account: '210987654321', region: 'eu-central-1', partition: 'aws-cn' });
    const arns = policy.Statement.flatMap((s) => s.Resource).filter((r) => r !== '*');
    expect(arns.length).toBeGreaterThan(10);
    for (const resource of arns) {
      const [prefix, partition, service, region, account] = resource.split(':');
      expect(prefix).toBe('arn');
      expect(partition).toBe('aws-cn');
      if (service === 's3') {
        // Bucket ARNs name no account or Region; the CDK asset bucket names them in its name.
        expect([region, account]).toEqual(['', '']);
      } else if (service === 'iam') {
        expect([region, account]).toEqual(['', '210987654321']);
      } else {
        expect([region, account]).toEqual(['eu-central-1', '210987654321']);
      }
    }
    expect(allows(policy, 's3:GetObject', 'arn:aws-cn:s3:::cdk-hnb659fds-assets-210987654321-eu-central-1/asset.zip')).toBe(true);
    expect(allows(policy, 's3:GetObject', 'arn:aws-cn:s3:::cdk-hnb659fds-assets-111111111111-eu-central-1/asset.zip')).toBe(false);
    expect(allows(policy, 'connect:DeleteInstance', 'arn:aws-cn:connect:eu-central-1:210987654321:instance/abc')).toBe(true);
    expect(allows(policy, 'connect:DeleteInstance', 'arn:aws-cn:connect:eu-west-1:210987654321:instance/abc')).toBe(false);
    expect(allows(policy, 'connect:DeleteInstance', 'arn:aws-cn:connect:eu-central-1:111111111111:instance/abc')).toBe(false);
  });

  test('without options, any account and Region of the aws partition', () => {
    const policy = render({});
    expect(allows(policy, 'connect:DeleteInstance', 'arn:aws:connect:ap-northeast-1:999999999999:instance/abc')).toBe(true);
    expect(allows(policy, 'connect:DeleteInstance', 'arn:aws-cn:connect:cn-north-1:999999999999:instance/abc')).toBe(false);
  });

  test('with a scope, the account, Region and partition of its stack', () => {
    const stack = new Stack(new App(), 'Deployer', { env: { account: '210987654321', region: 'eu-central-1' } });
    const json = stack.resolve(DeployerPolicy.forConnectInstance(stack).toJSON());
    const instanceStatement = json.Statement.find((s: Statement) => s.Sid === 'ConnectInstance');
    expect(instanceStatement.Resource).toEqual({
      'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':connect:eu-central-1:210987654321:instance/*']],
    });
    // What the options name wins over the stack.
    const anyRegion = stack.resolve(DeployerPolicy.forConnectInstance(stack, { region: '*', partition: 'aws-us-gov' }).toJSON());
    expect(anyRegion.Statement.find((s: Statement) => s.Sid === 'ConnectInstance').Resource)
      .toBe('arn:aws-us-gov:connect:*:210987654321:instance/*');
  });

  test('with the scope of an environment-agnostic stack, the deploying account, Region and partition', () => {
    const stack = new Stack(new App(), 'Agnostic');
    const json = stack.resolve(DeployerPolicy.forConnectInstance(stack).toJSON());
    expect(json.Statement.find((s: Statement) => s.Sid === 'ConnectInstance').Resource).toEqual({
      'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':connect:', { Ref: 'AWS::Region' }, ':', { Ref: 'AWS::AccountId' }, ':instance/*']],
    });
  });

  test('options given first, as before 1.0, say that the scope comes first (JavaScript)', () => {
    expect(errorOf(() => DeployerPolicy.forConnectInstance({ account: ACCOUNT } as any)))
      .toBe(`scope must be a construct, such as the stack the policy is created in, got {"account":"${ACCOUNT}"}: the options are the second argument`);
  });

  test('tokens are written into the ARNs', () => {
    const stack = new Stack(new App(), 'Agnostic');
    const policy = render({ account: stack.account, region: stack.region, partition: Aws.PARTITION }, stack);
    const instanceStatement = policy.Statement.find((s) => s.Sid === 'ConnectInstance')!;
    expect(instanceStatement.Resource).toEqual([{
      'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':connect:', { Ref: 'AWS::Region' }, ':', { Ref: 'AWS::AccountId' }, ':instance/*']],
    }]);
  });
});

describe('the calls behind the console wizard', () => {
  const policy = render();

  test('the instance: create, update, tag and delete', () => {
    expect(allows(policy, 'connect:CreateInstance', '*')).toBe(true);
    for (const action of ['connect:DescribeInstance', 'connect:UpdateInstanceAttribute', 'connect:ListInstanceAttributes', 'connect:TagResource', 'connect:DeleteInstance']) {
      expect(allows(policy, action, INSTANCE)).toBe(true);
    }
    expect(allows(policy, 'logs:CreateLogGroup', LOG_GROUP)).toBe(true);
  });

  test('the Connect-managed or SAML directory, and an existing directory', () => {
    expect(allows(policy, 'ds:CheckAlias', '*')).toBe(true);
    expect(allows(policy, 'ds:DescribeDirectories', '*')).toBe(true);
    expect(allows(policy, 'ds:CreateIdentityPoolDirectory', '*')).toBe(true);
    for (const action of ['ds:CreateAlias', 'ds:AuthorizeApplication', 'ds:UnauthorizeApplication', 'ds:DeleteDirectory']) {
      expect(allows(policy, action, DIRECTORY)).toBe(true);
    }
    expect(allows(policy, 'ds:AuthorizeApplication', 'arn:aws:ds:us-east-1:111111111111:directory/d-0123456789')).toBe(false);
  });

  test('a deployer that only links existing directories cannot create or delete directories', () => {
    const linkOnly = render({ account: ACCOUNT, region: REGION, identityManagementTypes: [IdentityManagementType.EXISTING_DIRECTORY] });
    expect(allows(linkOnly, 'ds:AuthorizeApplication', DIRECTORY)).toBe(true);
    expect(allows(linkOnly, 'ds:UnauthorizeApplication', DIRECTORY)).toBe(true);
    expect(allows(linkOnly, 'ds:DescribeDirectories', '*')).toBe(true);
    expect(allows(linkOnly, 'ds:DeleteDirectory', DIRECTORY)).toBe(false);
    expect(allows(linkOnly, 'ds:CreateIdentityPoolDirectory', '*')).toBe(false);
    expect(allows(linkOnly, 'ds:CreateDirectory', '*')).toBe(false);

    const saml = render({ account: ACCOUNT, region: REGION, identityManagementTypes: [IdentityManagementType.SAML] });
    expect(allows(saml, 'ds:CreateIdentityPoolDirectory', '*')).toBe(true);
    expect(allows(saml, 'ds:DeleteDirectory', DIRECTORY)).toBe(true);
  });

  test('the service-linked role: created only for Amazon Connect, its policies changed only on its path', () => {
    expect(allows(policy, 'iam:CreateServiceLinkedRole', SLR, { 'iam:AWSServiceName': 'connect.amazonaws.com' })).toBe(true);
    expect(allows(policy, 'iam:CreateServiceLinkedRole', SLR)).toBe(false);
    expect(allows(policy, 'iam:CreateServiceLinkedRole', SLR, { 'iam:AWSServiceName': 'ec2.amazonaws.com' })).toBe(false);
    expect(allows(policy, 'iam:CreateServiceLinkedRole',
      `arn:aws:iam::${ACCOUNT}:role/aws-service-role/ec2.amazonaws.com/AWSServiceRoleForEC2`, { 'iam:AWSServiceName': 'connect.amazonaws.com' })).toBe(false);
    for (const action of ['iam:PutRolePolicy', 'iam:AttachRolePolicy', 'iam:DeleteRolePolicy']) {
      expect(allows(policy, action, SLR)).toBe(true);
    }
    expect(allows(policy, 'iam:AttachRolePolicy', ROLE)).toBe(false);
  });

  test('storage: associate, and KMS grants only for Amazon Connect\'s service-linked roles, whether or not the request carries kms:GrantIsForAWSResource', () => {
    for (const action of ['connect:AssociateInstanceStorageConfig', 'connect:UpdateInstanceStorageConfig', 'connect:DisassociateInstanceStorageConfig']) {
      expect(allows(policy, action, INSTANCE)).toBe(true);
    }
    expect(allows(policy, 's3:GetBucketAcl', BUCKET)).toBe(true);
    expect(allows(policy, 's3:GetBucketLocation', BUCKET)).toBe(true);
    expect(allows(policy, 'kinesis:DescribeStream', arn('kinesis', 'stream/ctr'))).toBe(true);
    expect(allows(policy, 'firehose:DescribeDeliveryStream', arn('firehose', 'deliverystream/ctr'))).toBe(true);
    expect(allows(policy, 'kms:DescribeKey', KEY)).toBe(true);
    expect(allows(policy, 'kms:RetireGrant', KEY)).toBe(true);

    expect(allows(policy, 'kms:CreateGrant', KEY, { 'kms:GranteePrincipal': SLR })).toBe(true);
    expect(allows(policy, 'kms:CreateGrant', KEY, { 'kms:GranteePrincipal': SLR, 'kms:GrantIsForAWSResource': 'true' })).toBe(true);
    expect(allows(policy, 'kms:CreateGrant', KEY, { 'kms:GranteePrincipal': SLR, 'kms:GrantIsForAWSResource': 'false' })).toBe(true);
    // Any other grantee: not even for an AWS resource, nor in another account, nor on another path.
    expect(allows(policy, 'kms:CreateGrant', KEY)).toBe(false);
    expect(allows(policy, 'kms:CreateGrant', KEY, { 'kms:GranteePrincipal': ROLE, 'kms:GrantIsForAWSResource': 'true' })).toBe(false);
    expect(allows(policy, 'kms:CreateGrant', KEY, { 'kms:GranteePrincipal': `arn:aws:iam::${ACCOUNT}:role/AWSServiceRoleForAmazonConnect_0a1b2c3d4e5f` })).toBe(false);
    expect(allows(policy, 'kms:CreateGrant', KEY, { 'kms:GranteePrincipal': SLR.replace(ACCOUNT, '111111111111') })).toBe(false);
    expect(allows(policy, 'kms:CreateGrant', KEY,
      { 'kms:GranteePrincipal': `arn:aws:iam::${ACCOUNT}:role/aws-service-role/ec2.amazonaws.com/AWSServiceRoleForAmazonConnect_x` })).toBe(false);
    expect(allows(policy, 'kms:CreateGrant', arn('kinesis', 'stream/ctr'), { 'kms:GranteePrincipal': SLR })).toBe(false);

    const grants = policy.Statement.filter((s) => s.Action.includes('kms:CreateGrant'));
    expect(grants.map((s) => [s.Sid, s.Action, s.Resource, s.Condition])).toEqual([[
      'ConnectStorageKeyGrants',
      ['kms:CreateGrant'],
      [arn('kms', 'key/*')],
      { StringLike: { 'kms:GranteePrincipal': `arn:aws:iam::${ACCOUNT}:role/aws-service-role/connect.amazonaws.com/AWSServiceRoleForAmazonConnect_*` } },
    ]]);
  });

  test('users and phone numbers', () => {
    for (const action of ['connect:CreateUser', 'connect:UpdateUserSecurityProfiles', 'connect:DeleteUser', 'connect:TagResource']) {
      expect(allows(policy, action, USER)).toBe(true);
    }
    expect(allows(policy, 'connect:ClaimPhoneNumber', INSTANCE)).toBe(true);
    for (const action of ['connect:ClaimPhoneNumber', 'connect:SearchAvailablePhoneNumbers', 'connect:DescribePhoneNumber', 'connect:ReleasePhoneNumber', 'connect:TagResource']) {
      expect(allows(policy, action, PHONE_NUMBER)).toBe(true);
    }
    // importPhoneNumber: the registry schema's create handler also calls these.
    expect(allows(policy, 'connect:ImportPhoneNumber', INSTANCE)).toBe(true);
    expect(allows(policy, 'connect:ImportPhoneNumber', PHONE_NUMBER)).toBe(true);
    expect(allows(policy, 'sms-voice:DescribePhoneNumbers', arn('sms-voice', 'phone-number/phone-0123456789abcdef0123456789abcdef'))).toBe(true);
    expect(allows(policy, 'sms-voice:DescribePhoneNumbers', '*')).toBe(false);
  });

  test('the password secret: its key only through Secrets Manager, and the dynamic reference resolves', () => {
    expect(allows(policy, 'secretsmanager:GetRandomPassword', '*')).toBe(true);
    expect(allows(policy, 'secretsmanager:GetSecretValue', SECRET)).toBe(true);
    expect(allows(policy, 'kms:GenerateDataKey', KEY, { 'kms:ViaService': `secretsmanager.${REGION}.amazonaws.com` })).toBe(true);
    expect(allows(policy, 'kms:Decrypt', KEY, { 'kms:ViaService': `secretsmanager.${REGION}.amazonaws.com` })).toBe(true);
    expect(allows(policy, 'kms:Decrypt', KEY, { 'kms:ViaService': `s3.${REGION}.amazonaws.com` })).toBe(false);
    expect(allows(policy, 'kms:Decrypt', KEY)).toBe(false);
  });

  test('with removalPolicy DESTROY, the auto-delete handler\'s role gets its one managed policy, and no other', () => {
    const destroying = render({ account: ACCOUNT, region: REGION, destroyData: true });
    const basic = 'arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole';
    const providerRole = `arn:aws:iam::${ACCOUNT}:role/ConnectStack-CustomS3AutoDeleteObjectsCustomResourcePr-0A1B2C3D4E5F`;
    for (const action of ['iam:AttachRolePolicy', 'iam:DetachRolePolicy']) {
      expect(allows(destroying, action, providerRole, { 'iam:PolicyARN': basic })).toBe(true);
      expect(allows(destroying, action, providerRole, { 'iam:PolicyARN': 'arn:aws:iam::aws:policy/AdministratorAccess' })).toBe(false);
      expect(allows(destroying, action, providerRole)).toBe(false);
      // Without destroyData, no managed policy can be attached at all.
      expect(allows(policy, action, providerRole, { 'iam:PolicyARN': basic })).toBe(false);
    }
    const china = render({ account: ACCOUNT, region: 'cn-north-1', partition: 'aws-cn', destroyData: true });
    expect(allows(china, 'iam:AttachRolePolicy', providerRole.replace('arn:aws:', 'arn:aws-cn:'),
      { 'iam:PolicyARN': basic.replace('arn:aws:', 'arn:aws-cn:') })).toBe(true);
    expect(allows(policy, 'iam:PassRole', providerRole, { 'iam:PassedToService': 'lambda.amazonaws.com' })).toBe(true);
  });

  test('the lookup function: its role passed only to Lambda, its code read from the CDK asset bucket, invoked as a custom resource', () => {
    expect(allows(policy, 'iam:PassRole', ROLE, { 'iam:PassedToService': 'lambda.amazonaws.com' })).toBe(true);
    expect(allows(policy, 'iam:PassRole', ROLE, { 'iam:PassedToService': 'ec2.amazonaws.com' })).toBe(false);
    expect(allows(policy, 'iam:PassRole', ROLE)).toBe(false);
    expect(allows(policy, 's3:GetObject', ASSET)).toBe(true);
    expect(allows(policy, 's3:GetObject', `${BUCKET}/recording.wav`)).toBe(false);
    expect(allows(policy, 'lambda:InvokeFunction', FUNCTION)).toBe(true);
  });
});

describe('coverage of the resource types', () => {
  const policy = render();

  test.each(CREATE_CALLS)('%s is created by %s, which the policy allows', (type, action, resource) => {
    expect(DeployerPolicy.resourceTypes()).toContain(type);
    expect(DeployerPolicy.actionsFor(type)).toContain(action);
    expect(allows(policy, action, resource)).toBe(true);
  });

  test('every type the policy knows is checked above', () => {
    expect(DeployerPolicy.resourceTypes()).toEqual(CREATE_CALLS.map(([type]) => type).sort());
  });

  test.each(DeployerPolicy.resourceTypes())('every action of %s is in the policy', (type) => {
    const granted = new Set(policy.Statement.flatMap((s) => s.Action));
    expect(DeployerPolicy.actionsFor(type).filter((a) => !granted.has(a))).toEqual([]);
  });

  test('nothing is granted that no resource type needs', () => {
    const needed = new Set(DeployerPolicy.resourceTypes().flatMap((t) => DeployerPolicy.actionsFor(t)));
    expect(policy.Statement.flatMap((s) => s.Action).filter((a) => !needed.has(a))).toEqual([]);
  });

  test('custom resources count as AWS::CloudFormation::CustomResource', () => {
    expect(DeployerPolicy.actionsFor('Custom::ConnectProfileLookup')).toEqual(['lambda:InvokeFunction']);
  });

  test('an unknown type says which ones are known', () => {
    expect(errorOf(() => DeployerPolicy.actionsFor('AWS::EC2::Instance')))
      .toMatch(/^resourceType must be one of the resource types a ConnectInstance and its next steps create \(AWS::CloudFormation::CustomResource, .*AWS::Connect::Queue, .*\) or Custom::\*, got "AWS::EC2::Instance"$/);
  });
});

describe('attaching it', () => {
  test('as an inline policy of a role, and as a managed policy, the stack synthesizes', () => {
    const stack = newStack();
    const role = new iam.Role(stack, 'CloudFormationExecutionRole', {
      assumedBy: new iam.ServicePrincipal('cloudformation.amazonaws.com'),
    });
    const document = DeployerPolicy.forConnectInstance(stack, { partition: 'aws' });
    new iam.Policy(stack, 'P', { document, roles: [role] });
    new iam.ManagedPolicy(stack, 'ConnectDeployer', {
      document: DeployerPolicy.forConnectInstance(stack),
    });
    const template = Template.fromStack(stack);
    template.resourceCountIs('AWS::IAM::Policy', 1);
    template.resourceCountIs('AWS::IAM::ManagedPolicy', 1);
    const statements = template.findResources('AWS::IAM::Policy');
    const rendered = Object.values(statements)[0].Properties.PolicyDocument.Statement;
    expect(rendered.map((s: Statement) => s.Sid)).toContain('ConnectServiceLinkedRole');
  });
});

describe('options', () => {
  test('every invalid option is reported at once', () => {
    const message = errorOf(() => DeployerPolicy.forConnectInstance(undefined, {
      account: '1234',
      region: 'Europe',
      partition: 'amazon',
      identityManagementTypes: [],
    }));
    expect(message).toBe([
      'DeployerPolicyOptions has 4 invalid options:',
      '  - account must be a 12-digit account id or *, got "1234"',
      '  - region must be a Region name such as us-east-1, or *, got "Europe"',
      '  - partition must be a partition such as aws, aws-cn or aws-us-gov, got "amazon"',
      '  - identityManagementTypes must list one or more of CONNECT_MANAGED, SAML, EXISTING_DIRECTORY, got []',
    ].join('\n'));
  });

  test('an unknown identity management type is rejected', () => {
    expect(errorOf(() => DeployerPolicy.forConnectInstance(undefined, { identityManagementTypes: ['LDAP' as IdentityManagementType] })))
      .toMatch(/identityManagementTypes must list one or more of CONNECT_MANAGED, SAML, EXISTING_DIRECTORY, got \["LDAP"\]/);
  });
});

/** The construct, when its sources compile (the storage part is written concurrently). */
function loadConstruct(): { ConnectInstance: any; IdentityManagement: any } | undefined {
  try {
    return {
      ConnectInstance: jest.requireActual<{ ConnectInstance: any }>('../src/connect-instance').ConnectInstance,
      IdentityManagement: jest.requireActual<{ IdentityManagement: any }>('../src/identity').IdentityManagement,
    };
  } catch {
    return undefined;
  }
}

const construct = loadConstruct();

(construct ? describe : describe.skip)('cross-check against ConnectInstance', () => {
  test.each([
    ['Connect-managed, with an administrator, a user and a phone number', () => construct!.IdentityManagement.connectManaged({ instanceAlias: 'acme-support' }), true, undefined],
    ['SAML', () => construct!.IdentityManagement.saml({ instanceAlias: 'acme-sso' }), false, undefined],
    ['an existing directory', () => construct!.IdentityManagement.existingDirectory({ directoryId: 'd-0123456789', directoryAlias: 'acme-corp' }), false, undefined],
    ['Connect-managed with removalPolicy DESTROY (the buckets are emptied)', () => construct!.IdentityManagement.connectManaged({ instanceAlias: 'acme-dev' }), false, RemovalPolicy.DESTROY],
  ])('%s: every resource type the stack contains is covered', (_name, identity, withUsers, removalPolicy) => {
    const stack = newStack();
    const cc = new construct!.ConnectInstance(stack, 'ContactCenter', {
      identity: identity(),
      admin: withUsers ? { username: 'admin', firstName: 'Ada', lastName: 'Admin', email: 'ada@example.com' } : undefined,
      removalPolicy,
    });
    if (withUsers) {
      cc.addUser('Agent', { username: 'agent1', firstName: 'Alan', lastName: 'Agent' });
      cc.addPhoneNumber('Main', { countryCode: 'US', type: 'DID' });
    }
    const policy = render({ destroyData: removalPolicy === RemovalPolicy.DESTROY });
    const granted = new Set(policy.Statement.flatMap((s) => s.Action));
    const types = new Set(Object.values(Template.fromStack(stack).toJSON().Resources).map((r: any) => r.Type as string));
    for (const type of types) {
      const actions = DeployerPolicy.actionsFor(type, { destroyData: removalPolicy === RemovalPolicy.DESTROY });
      expect(actions.filter((a) => !granted.has(a))).toEqual([]);
    }
  });

  test('with removalPolicy DESTROY, every managed policy of a role in the stack may be attached and detached', () => {
    const stack = newStack();
    new construct!.ConnectInstance(stack, 'ContactCenter', {
      identity: construct!.IdentityManagement.connectManaged({ instanceAlias: 'acme-dev' }),
      removalPolicy: RemovalPolicy.DESTROY,
    });
    const policy = render({ destroyData: true });
    const roles = Object.values(Template.fromStack(stack).findResources('AWS::IAM::Role'));
    const managed = roles.flatMap((r: any) => (r.Properties.ManagedPolicyArns ?? []) as Array<{ 'Fn::Sub': string }>)
      .map((sub) => sub['Fn::Sub'].replace('${AWS::Partition}', 'aws'));
    expect(managed).toEqual(['arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole']);
    for (const action of ['iam:AttachRolePolicy', 'iam:DetachRolePolicy']) {
      expect(allows(policy, action, ROLE, { 'iam:PolicyARN': managed[0] })).toBe(true);
    }
  });
});

describe('the next steps\' policy (forNextSteps)', () => {
  /** The next steps' policy as IAM sees it. */
  function renderNextSteps(options: NextStepsDeployerPolicyOptions = { account: ACCOUNT, region: REGION }): Rendered {
    const json = newStack().resolve(DeployerPolicy.forNextSteps(undefined, options).toJSON());
    return { Version: json.Version, Statement: json.Statement.map((s: any) => ({ ...s, Action: list(s.Action), Resource: list(s.Resource) })) };
  }
  /** The operations' policy as IAM sees it. */
  function renderOperations(options: NextStepsDeployerPolicyOptions = { account: ACCOUNT, region: REGION }): Rendered {
    const json = newStack().resolve(DeployerPolicy.forOperations(undefined, options).toJSON());
    return { Version: json.Version, Statement: json.Statement.map((s: any) => ({ ...s, Action: list(s.Action), Resource: list(s.Resource) })) };
  }
  const policy = renderNextSteps();
  const operations = renderOperations();
  /** What the two documents allow together. */
  const both: Rendered = { Version: policy.Version, Statement: [...policy.Statement, ...operations.Statement] };
  const QUEUE = `${INSTANCE}/queue/12345678-aaaa-bbbb-cccc-1234567890ab`;
  const FLOW = `${INSTANCE}/contact-flow/12345678-aaaa-bbbb-cccc-1234567890ab`;
  const BOT_ALIAS = arn('lex', 'bot-alias/ABCDEFGHIJ/TSTALIASID');
  const ALARM = arn('cloudwatch', 'alarm:ConnectStack-ContactCenterMonitoringAlarmsThrottledCalls-0A1B2C3D4E5F');
  const DASHBOARD = `arn:aws:cloudwatch::${ACCOUNT}:dashboard/ContactCenterMonitoringDashboard-0A1B2C3D4E5F`;
  const TOPIC = arn('sns', 'ConnectStack-AlarmTopic-0A1B2C3D4E5F');
  const PROMPT_OBJECT = 'arn:aws:s3:::acme-connect-prompts/prompts/welcome.wav';

  /** Every next-step type, the call that creates it and the resource it is authorized against. */
  const NEXT_STEP_CREATE_CALLS: Array<[string, string, string]> = [
    ['AWS::Connect::HoursOfOperation', 'connect:CreateHoursOfOperation', INSTANCE],
    ['AWS::Connect::ContactFlow', 'connect:CreateContactFlow', INSTANCE],
    ['AWS::Connect::ContactFlowModule', 'connect:CreateContactFlowModule', INSTANCE],
    ['AWS::Connect::Queue', 'connect:CreateQueue', INSTANCE],
    ['AWS::Connect::RoutingProfile', 'connect:CreateRoutingProfile', QUEUE],
    ['AWS::Connect::SecurityProfile', 'connect:CreateSecurityProfile', INSTANCE],
    ['AWS::Connect::Prompt', 'connect:CreatePrompt', INSTANCE],
    ['AWS::Connect::QuickConnect', 'connect:CreateQuickConnect', FLOW],
    ['AWS::Connect::ApprovedOrigin', 'connect:AssociateApprovedOrigin', INSTANCE],
    ['AWS::Connect::IntegrationAssociation', 'connect:AssociateLambdaFunction', INSTANCE],
    ['AWS::Lambda::Permission', 'lambda:AddPermission', FUNCTION],
    ['AWS::Connect::TaskTemplate', 'connect:CreateTaskTemplate', INSTANCE],
    ['AWS::Connect::Rule', 'connect:CreateRule', INSTANCE],
    ['AWS::Connect::EvaluationForm', 'connect:CreateEvaluationForm', INSTANCE],
    ['AWS::Connect::EmailAddress', 'connect:CreateEmailAddress', INSTANCE],
    ['AWS::Connect::UseCase', 'connect:CreateUseCase', `${INSTANCE}/integration-association/zd-1`],
    ['AWS::Connect::DataLakeAssociation', 'connect:AssociateAnalyticsDataSet', INSTANCE],
    ['AWS::Connect::DataTable', 'connect:CreateDataTable', INSTANCE],
    ['AWS::Connect::DataTableAttribute', 'connect:CreateDataTableAttribute', `${INSTANCE}/data-table/dt-1`],
    ['AWS::Connect::DataTableRecord', 'connect:BatchCreateDataTableValue', `${INSTANCE}/data-table/dt-1`],
    ['AWS::Connect::Metric', 'connect:CreateMetric', INSTANCE],
    ['AWS::Connect::Notification', 'connect:CreateNotification', INSTANCE],
    ['AWS::Connect::TestCase', 'connect:CreateTestCase', INSTANCE],
    ['AWS::Connect::Workspace', 'connect:CreateWorkspace', INSTANCE],
    ['AWS::Connect::TrafficDistributionGroup', 'connect:CreateTrafficDistributionGroup', INSTANCE],
    ['AWS::Connect::AgentStatus', 'connect:CreateAgentStatus', INSTANCE],
    ['AWS::Connect::UserHierarchyStructure', 'connect:UpdateUserHierarchyStructure', INSTANCE],
    ['AWS::Connect::UserHierarchyGroup', 'connect:CreateUserHierarchyGroup', INSTANCE],
    ['AWS::Connect::PredefinedAttribute', 'connect:CreatePredefinedAttribute', INSTANCE],
    ['AWS::Connect::ContactFlowVersion', 'connect:CreateContactFlowVersion', FLOW],
    ['AWS::Connect::ContactFlowModuleVersion', 'connect:CreateContactFlowModuleVersion', `${INSTANCE}/flow-module/m-1`],
    ['AWS::Connect::ContactFlowModuleAlias', 'connect:CreateContactFlowModuleAlias', `${INSTANCE}/flow-module/m-1`],
    ['AWS::Connect::View', 'connect:CreateView', INSTANCE],
    ['AWS::Connect::ViewVersion', 'connect:CreateViewVersion', `${INSTANCE}/view/v-1`],
    ['AWS::Connect::Vocabulary', 'connect:CreateVocabulary', INSTANCE],
    ['AWS::Connect::SecurityKey', 'connect:AssociateSecurityKey', INSTANCE],
    ['AWS::CloudWatch::Alarm', 'cloudwatch:PutMetricAlarm', ALARM],
    ['AWS::CloudWatch::Dashboard', 'cloudwatch:PutDashboard', DASHBOARD],
    ['AWS::SNS::Topic', 'sns:CreateTopic', TOPIC],
    ['AWS::SNS::TopicPolicy', 'sns:SetTopicAttributes', TOPIC],
  ];

  test('is a valid identity-based IAM policy, grouped by purpose', () => {
    expect(DeployerPolicy.forNextSteps(undefined, { account: ACCOUNT, region: REGION }).validateForIdentityPolicy()).toEqual([]);
    expect(policy.Statement.map((s) => `${s.Sid}: ${s.Action.length}`)).toEqual([
      'NoResourceLevelPermissions: 1',
      'ConnectResources: 52',
      'ConnectQueueCallerId: 2',
      'PromptAudio: 2',
      'PromptAudioKeys: 1',
      'IntegrationFunctionPolicy: 2',
      'IntegrationBotAliasPolicy: 6',
      'ConnectServiceLinkedRole: 1',
      'ConnectServiceLinkedRolePolicy: 4',
      'MonitoringAlarms: 6',
      'MonitoringDashboards: 6',
      'MonitoringTopics: 8',
    ]);
    expect(DeployerPolicy.forOperations(undefined, { account: ACCOUNT, region: REGION }).validateForIdentityPolicy()).toEqual([]);
    expect(operations.Statement.map((s) => `${s.Sid}: ${s.Action.length}`)).toEqual([
      'ConnectResources: 93',
      'ConnectTrafficDistributionGroups: 5',
      'RuleCaseTemplates: 3',
      'EmailAddressIdentities: 3',
    ]);
  });

  test.each(['aws', 'aws-cn', 'aws-us-gov'])('in %s, it, the operations\' and the instance\'s policy each fit in a managed policy (6,144 characters), with the longest names', (partition) => {
    const region = 'ap-southeast-2';
    const nextSteps = JSON.stringify(renderNextSteps({ account: ACCOUNT, region, partition }));
    const instance = JSON.stringify(render({ account: ACCOUNT, region, partition }));
    expect(JSON.stringify(renderOperations({ account: ACCOUNT, region, partition })).length).toBeLessThan(6144);
    expect(nextSteps.length).toBeLessThan(6144);
    expect(instance.length).toBeLessThan(6144);
    // Not one: together they exceed a managed policy, which is why there are two documents.
    expect(nextSteps.length + instance.length).toBeGreaterThan(6144);
    // Three prompt buckets with long names still fit.
    const buckets = ['a', 'b', 'c'].map((c) => c.repeat(63));
    expect(JSON.stringify(renderNextSteps({ account: ACCOUNT, region, partition, promptBucketNames: buckets })).length).toBeLessThan(6144);
  });

  test('no action pattern; "*" only for ds:DescribeDirectories; every ARN in the given partition, account and Region', () => {
    const other = renderNextSteps({ account: '210987654321', region: 'eu-central-1', partition: 'aws-cn' });
    for (const s of other.Statement) {
      s.Action.forEach((a) => expect(a).not.toContain('*'));
      if (s.Resource.includes('*')) {
        expect([s.Resource, s.Action, s.Condition]).toEqual([['*'], ['ds:DescribeDirectories'], undefined]);
        continue;
      }
      for (const resource of s.Resource) {
        const [prefix, partition, service, region, account] = resource.split(':');
        expect([prefix, partition]).toEqual(['arn', 'aws-cn']);
        // Dashboards, like roles, are global.
        const global = service === 'iam' || resource.includes(':dashboard/');
        const expected = service === 's3' ? ['', ''] : global ? ['', '210987654321'] : ['eu-central-1', '210987654321'];
        expect([region, account]).toEqual(expected);
      }
    }
  });

  test('Connect\'s resources only under an instance; a queue\'s caller ID number, and only for the queue actions that take it', () => {
    expect(allows(policy, 'connect:DeleteQueue', QUEUE)).toBe(true);
    expect(allows(policy, 'connect:DeleteQueue', arn('connect', 'other/1'))).toBe(false);
    expect(allows(policy, 'connect:CreateQueue', PHONE_NUMBER)).toBe(true);
    expect(allows(policy, 'connect:UpdateQueueOutboundCallerConfig', PHONE_NUMBER)).toBe(true);
    expect(allows(policy, 'connect:ReleasePhoneNumber', PHONE_NUMBER)).toBe(false);
    expect(allows(policy, 'connect:TagResource', PHONE_NUMBER)).toBe(false);
    expect(allows(policy, 'connect:CreateInstance', '*')).toBe(false);
  });

  test('traffic distribution groups: created for an instance, then managed as groups of the account and Region', () => {
    const group = arn('connect', 'traffic-distribution-group/12345678-aaaa-bbbb-cccc-1234567890ab');
    for (const action of ['connect:DescribeTrafficDistributionGroup', 'connect:DeleteTrafficDistributionGroup', 'connect:TagResource']) {
      expect(allows(operations, action, group)).toBe(true);
      expect(allows(operations, action, group.replace(REGION, 'us-west-2'))).toBe(false);
    }
    expect(allows(operations, 'connect:CreateTrafficDistributionGroup', INSTANCE)).toBe(true);
    expect(allows(operations, 'connect:UpdateTrafficDistribution', group)).toBe(false);
  });

  test('the replication actions are the deploy-time function\'s, on its own role: no document grants them', () => {
    const replication = ['connect:ReplicateInstance', 'connect:UpdateTrafficDistribution'];
    const granted = [...both.Statement, ...render().Statement].flatMap((s) => s.Action);
    expect(granted.filter((a) => replication.includes(a))).toEqual([]);
    expect(DeployerPolicy.actionsFor('Custom::ConnectInstanceReplica')).toEqual(['lambda:InvokeFunction']);
    expect(DeployerPolicy.actionsFor('Custom::ConnectTrafficDistribution')).toEqual(['lambda:InvokeFunction']);
  });

  test('prompts: the audio file read from any bucket, or only from the buckets named; its key only through S3', () => {
    expect(allows(policy, 's3:GetObject', PROMPT_OBJECT)).toBe(true);
    expect(allows(policy, 's3:PutObject', PROMPT_OBJECT)).toBe(false);
    const named = renderNextSteps({ account: ACCOUNT, region: REGION, promptBucketNames: ['acme-connect-prompts'] });
    expect(allows(named, 's3:GetObject', PROMPT_OBJECT)).toBe(true);
    expect(allows(named, 's3:GetObjectAcl', PROMPT_OBJECT)).toBe(true);
    expect(allows(named, 's3:GetObject', `${BUCKET}/recording.wav`)).toBe(false);
    expect(allows(policy, 'kms:Decrypt', KEY, { 'kms:ViaService': `s3.${REGION}.amazonaws.com` })).toBe(true);
    expect(allows(policy, 'kms:Decrypt', KEY, { 'kms:ViaService': `secretsmanager.${REGION}.amazonaws.com` })).toBe(false);
    expect(allows(policy, 'kms:Decrypt', KEY)).toBe(false);
  });

  test('integrations: the function\'s and the bot alias\'s resource policies in this account and Region, and Connect\'s service-linked role only', () => {
    for (const action of ['lambda:AddPermission', 'lambda:RemovePermission']) {
      expect(allows(policy, action, FUNCTION)).toBe(true);
    }
    expect(allows(policy, 'lambda:InvokeFunction', FUNCTION)).toBe(false);
    for (const action of ['lex:DescribeBotAlias', 'lex:CreateResourcePolicy', 'lex:UpdateResourcePolicy', 'lex:DeleteResourcePolicy']) {
      expect(allows(policy, action, BOT_ALIAS)).toBe(true);
      expect(allows(policy, action, BOT_ALIAS.replace(ACCOUNT, '210987654321'))).toBe(false);
    }
    expect(allows(policy, 'lex:DeleteBot', arn('lex', 'bot/ABCDEFGHIJ'))).toBe(false);
    expect(allows(policy, 'iam:CreateServiceLinkedRole', SLR, { 'iam:AWSServiceName': 'connect.amazonaws.com' })).toBe(true);
    expect(allows(policy, 'iam:CreateServiceLinkedRole', SLR, { 'iam:AWSServiceName': 'lex.amazonaws.com' })).toBe(false);
    expect(allows(policy, 'iam:PutRolePolicy', SLR)).toBe(true);
    expect(allows(policy, 'iam:PutRolePolicy', ROLE)).toBe(false);
  });

  test('rules read case templates of the account\'s Cases domains; e-mail addresses check and edit SES identities and receipt rules', () => {
    expect(allows(operations, 'cases:GetTemplate', arn('cases', 'domain/d-1/template/t-1'))).toBe(true);
    expect(allows(operations, 'cases:ListFields', arn('cases', 'domain/d-1'))).toBe(true);
    expect(allows(operations, 'cases:CreateCase', arn('cases', 'domain/d-1'))).toBe(false);
    expect(allows(operations, 'ses:GetEmailIdentity', arn('ses', 'identity/acme.email.connect.aws'))).toBe(true);
    expect(allows(operations, 'ses:UpdateReceiptRule', arn('ses', 'receipt-rule-set/connect:rule'))).toBe(true);
    expect(allows(operations, 'ses:SendEmail', arn('ses', 'identity/acme.email.connect.aws'))).toBe(false);
  });

  test.each(NEXT_STEP_CREATE_CALLS)('%s is created by %s, which one of the two policies allows', (type, action, resource) => {
    expect([...DeployerPolicy.nextStepResourceTypes(), ...DeployerPolicy.operationResourceTypes()]).toContain(type);
    expect(DeployerPolicy.actionsFor(type)).toContain(action);
    expect(allows(both, action, resource)).toBe(true);
  });

  test('every type it knows is checked above, none is also the instance\'s, and it grants only what they need', () => {
    const types = [...DeployerPolicy.nextStepResourceTypes(), ...DeployerPolicy.operationResourceTypes()];
    expect(types.sort()).toEqual(NEXT_STEP_CREATE_CALLS.map(([type]) => type).sort());
    expect(types.filter((t) => DeployerPolicy.resourceTypes().includes(t))).toEqual([]);
    expect(DeployerPolicy.nextStepResourceTypes().filter((t) => DeployerPolicy.operationResourceTypes().includes(t))).toEqual([]);
    const granted = new Set(both.Statement.flatMap((s) => s.Action));
    const needed = new Set(types.flatMap((t) => DeployerPolicy.actionsFor(t)));
    expect([...needed].filter((a) => !granted.has(a))).toEqual([]);
    expect([...granted].filter((a) => !needed.has(a))).toEqual([]);
  });

  test('monitoring: alarms that notify SNS topics only, dashboards of the account, topics of the Region; `monitoring: false` leaves them out', () => {
    for (const action of ['cloudwatch:PutMetricAlarm', 'cloudwatch:DescribeAlarms', 'cloudwatch:DeleteAlarms', 'cloudwatch:TagResource']) {
      expect(allows(policy, action, ALARM)).toBe(true);
    }
    expect(allows(policy, 'cloudwatch:PutMetricAlarm', ALARM, { 'cloudwatch:AlarmActions': [TOPIC] })).toBe(true);
    expect(allows(policy, 'cloudwatch:PutMetricAlarm', ALARM, { 'cloudwatch:AlarmActions': [TOPIC, 'arn:aws:automate:us-east-1:ec2:terminate'] })).toBe(false);
    expect(allows(policy, 'cloudwatch:PutMetricAlarm', ALARM.replace(REGION, 'eu-west-1'))).toBe(false);
    for (const action of ['cloudwatch:PutDashboard', 'cloudwatch:GetDashboard', 'cloudwatch:DeleteDashboards', 'cloudwatch:ListTagsForResource']) {
      expect(allows(policy, action, DASHBOARD)).toBe(true);
    }
    expect(allows(policy, 'cloudwatch:PutDashboard', DASHBOARD.replace(ACCOUNT, '210987654321'))).toBe(false);
    for (const action of ['sns:CreateTopic', 'sns:SetTopicAttributes', 'sns:DeleteTopic', 'sns:TagResource']) {
      expect(allows(policy, action, TOPIC)).toBe(true);
    }
    expect(allows(policy, 'sns:Publish', TOPIC)).toBe(false);
    expect(allows(policy, 'sns:Subscribe', TOPIC)).toBe(false);
    const without = renderNextSteps({ account: ACCOUNT, region: REGION, monitoring: false });
    expect(without.Statement.map((s) => s.Sid).filter((sid) => sid.startsWith('Monitoring'))).toEqual([]);
    expect(allows(without, 'cloudwatch:PutMetricAlarm', ALARM)).toBe(false);
    expect(errorOf(() => DeployerPolicy.forNextSteps(undefined, { monitoring: 'yes' as unknown as boolean })))
      .toBe('NextStepsDeployerPolicyOptions has 1 invalid option:\n  - monitoring must be true or false, got "yes"');
  });

  test('with a scope, the account, Region and partition of its stack', () => {
    const stack = new Stack(new App(), 'Deployer', { env: { account: '210987654321', region: 'eu-central-1' } });
    const json = stack.resolve(DeployerPolicy.forNextSteps(stack).toJSON());
    expect(json.Statement.find((s: Statement) => s.Sid === 'ConnectResources').Resource).toEqual({
      'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':connect:eu-central-1:210987654321:instance/*']],
    });
  });

  test('invalid options are reported at once; options given first say that the scope comes first', () => {
    expect(errorOf(() => DeployerPolicy.forNextSteps(undefined, { region: 'Europe', promptBucketNames: ['Acme_Prompts'] }))).toBe([
      'NextStepsDeployerPolicyOptions has 2 invalid options:',
      '  - region must be a Region name such as us-east-1, or *, got "Europe"',
      '  - promptBucketNames must list one or more bucket names, got ["Acme_Prompts"]',
    ].join('\n'));
    expect(errorOf(() => DeployerPolicy.forNextSteps(undefined, { promptBucketNames: [] })))
      .toContain('  - promptBucketNames must list one or more bucket names, got []');
    expect(errorOf(() => DeployerPolicy.forNextSteps({ account: ACCOUNT } as any))).toMatch(/^scope must be a construct/);
  });
});
