/**
 * Integration test: the example contact center (examples/contact-center-stack.ts:
 * a Connect-managed instance, an administrator, the default storage, a US
 * DID phone number routed to a main menu that looks callers up with a Lambda
 * function, two lines' queues, a callback queue, an agent, a dashboard and alarms) deployed for real, then checked with AWS
 * API calls. Every assertion waits until it holds (or fails the deployment
 * of the assertion stack when its time runs out), so a plain `cdk deploy`
 * reports a failed assertion; `deploy.ts` also reads each assertion's result.
 *
 * - `npx projen integ:deploy` deploys, asserts and destroys it (an AWS
 *   account and a globally unique alias needed: see docs/verification.md, "Deploying for real").
 * - `npx projen test` synthesizes it offline and compares the templates with
 *   the committed snapshot (integ-snapshots.test.ts).
 *
 * The alias comes from CDK context (`-c alias=<alias>`), as for the example.
 */
import { ExpectedResult, IntegTest, Match } from '@aws-cdk/integ-tests-alpha';
import { App, Duration, Fn, RemovalPolicy, Stack, Token } from 'aws-cdk-lib';
import { CfnInstanceStorageConfig } from 'aws-cdk-lib/aws-connect';
// The library by its package name, as the example imports it (linked at deploy, mapped by jest).
// eslint-disable-next-line import/no-unresolved, import/no-extraneous-dependencies
import { RoutingProfile, SecurityProfile } from 'cdk-connect-instance';
import { ContactCenterStack, instanceAliasFromContext } from '../../examples/contact-center-stack';

/** How long an assertion may take to hold, and how often it is tried. */
const WAIT = { totalTimeout: Duration.minutes(10), interval: Duration.seconds(20) };

/** The id of an instance's child from its ARN (`…:instance/<instance id>/agent/<id>`, `…/security-profile/<id>`, `…/routing-profile/<id>`). */
function childId(arn: string): string {
  return Fn.select(3, Fn.split('/', arn));
}

/** The id of a phone number from its ARN (`…:phone-number/<id>`). */
function phoneNumberId(arn: string): string {
  return Fn.select(1, Fn.split('/', arn));
}

/** Adds the integration test of the example contact center to `app`. */
export function contactCenterInteg(app: App): IntegTest {
  const env = { region: process.env.CDK_DEFAULT_REGION ?? 'us-east-1' };
  const stack = new ContactCenterStack(app, 'ConnectInstanceInteg', {
    env,
    instanceAlias: instanceAliasFromContext(app),
    // Everything the test deployed goes with `cdk destroy`, the instance included.
    removalPolicy: RemovalPolicy.DESTROY,
  });
  const { contactCenter, mainLine, callerLookup, monitoring } = stack;

  const integ = new IntegTest(app, 'ConnectInstanceIntegTest', {
    testCases: [stack],
    // In the test stack's environment: cross-stack references need one environment.
    assertionStack: new Stack(app, 'ConnectInstanceIntegAssertions', { env }),
    stackUpdateWorkflow: false,
  });
  const assertions = integ.assertions;

  // The instance is ACTIVE.
  // https://docs.aws.amazon.com/connect/latest/APIReference/API_DescribeInstance.html
  assertions.awsApiCall('Connect', 'describeInstance', { InstanceId: contactCenter.instanceId })
    .expect(ExpectedResult.objectLike({ Instance: { InstanceStatus: 'ACTIVE', IdentityManagementType: 'CONNECT_MANAGED' } }))
    .waitForAssertions(WAIT);

  // Each storage config the stack associates is associated, with its bucket, prefix and key.
  // https://docs.aws.amazon.com/connect/latest/APIReference/API_ListInstanceStorageConfigs.html
  // (EncryptionConfig.KeyId is the key's full ARN: API_EncryptionConfig.)
  const storageConfigs = contactCenter.node.findAll().filter((c): c is CfnInstanceStorageConfig => c instanceof CfnInstanceStorageConfig);
  if (storageConfigs.length === 0) {
    throw new Error('the integration test expects storage configs on the instance, found none');
  }
  for (const config of storageConfigs) {
    // The L1's own values (tokens for the bucket and key), referenced from the assertion stack.
    const s3 = config.s3Config as CfnInstanceStorageConfig.S3ConfigProperty | undefined;
    const encryption = s3?.encryptionConfig as CfnInstanceStorageConfig.EncryptionConfigProperty | undefined;
    if (config.storageType !== 'S3' || !s3 || !encryption || Token.isUnresolved(s3) || Token.isUnresolved(encryption)) {
      throw new Error(`the integration test asserts S3 storage with a KMS key only, got ${config.storageType} for ${config.resourceType}`);
    }
    assertions.awsApiCall('Connect', 'listInstanceStorageConfigs', { InstanceId: contactCenter.instanceId, ResourceType: config.resourceType })
      .expect(ExpectedResult.objectLike({
        StorageConfigs: Match.arrayWith([Match.objectLike({
          StorageType: 'S3',
          S3Config: {
            BucketName: s3.bucketName,
            BucketPrefix: s3.bucketPrefix,
            EncryptionConfig: { EncryptionType: encryption.encryptionType, KeyId: encryption.keyId },
          },
        })]),
      }))
      .waitForAssertions(WAIT);
  }

  // The administrator has the security profile the deploy-time lookup found, and that profile is named Admin.
  // https://docs.aws.amazon.com/connect/latest/APIReference/API_DescribeUser.html
  // https://docs.aws.amazon.com/connect/latest/APIReference/API_DescribeSecurityProfile.html
  const adminProfileId = childId(contactCenter.securityProfileArn(SecurityProfile.ADMIN));
  assertions.awsApiCall('Connect', 'describeUser', { InstanceId: contactCenter.instanceId, UserId: childId(contactCenter.admin!.userArn) })
    .expect(ExpectedResult.objectLike({
      User: { Username: 'admin', SecurityProfileIds: Match.arrayWith([adminProfileId]), RoutingProfileId: childId(contactCenter.routingProfileArn(RoutingProfile.BASIC)) },
    }))
    .waitForAssertions(WAIT);
  assertions.awsApiCall('Connect', 'describeSecurityProfile', { InstanceId: contactCenter.instanceId, SecurityProfileId: adminProfileId })
    .expect(ExpectedResult.objectLike({ SecurityProfile: { SecurityProfileName: 'Admin' } }))
    .waitForAssertions(WAIT);

  // The phone number is claimed for the instance.
  // https://docs.aws.amazon.com/connect/latest/APIReference/API_DescribePhoneNumber.html
  assertions.awsApiCall('Connect', 'describePhoneNumber', { PhoneNumberId: phoneNumberId(mainLine.phoneNumberArn) })
    .expect(ExpectedResult.objectLike({
      ClaimedPhoneNumberSummary: {
        TargetArn: contactCenter.instanceArn,
        PhoneNumberCountryCode: 'US',
        PhoneNumberType: 'DID',
        PhoneNumberStatus: { Status: 'CLAIMED' },
      },
    }))
    .waitForAssertions(WAIT);

  // The dashboard exists, and the recommended alarms watch the instance's metrics.
  // https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_GetDashboard.html
  // https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_DescribeAlarmsForMetric.html
  assertions.awsApiCall('CloudWatch', 'getDashboard', { DashboardName: monitoring.dashboardName })
    .expect(ExpectedResult.objectLike({ DashboardName: monitoring.dashboardName }))
    .waitForAssertions(WAIT);
  assertions.awsApiCall('CloudWatch', 'describeAlarmsForMetric', {
    Namespace: 'AWS/Connect',
    MetricName: 'ThrottledCalls',
    Dimensions: [{ Name: 'InstanceId', Value: contactCenter.instanceId }, { Name: 'MetricGroup', Value: 'VoiceCalls' }],
  })
    .expect(ExpectedResult.objectLike({
      MetricAlarms: Match.arrayWith([Match.objectLike({ Threshold: 1, TreatMissingData: 'notBreaching', ActionsEnabled: true })]),
    }))
    .waitForAssertions(WAIT);

  // The main menu's caller lookup is associated with the instance, so that the flow may invoke it.
  // https://docs.aws.amazon.com/connect/latest/APIReference/API_ListLambdaFunctions.html
  assertions.awsApiCall('Connect', 'listLambdaFunctions', { InstanceId: contactCenter.instanceId })
    .expect(ExpectedResult.objectLike({ LambdaFunctions: Match.arrayWith([callerLookup.functionArn]) }))
    .waitForAssertions(WAIT);

  return integ;
}

if (require.main === module) {
  const app = new App();
  contactCenterInteg(app);
  app.synth();
}
