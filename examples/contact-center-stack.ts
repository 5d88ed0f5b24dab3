import { CfnOutput, RemovalPolicy, Stack, StackProps } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as sns from 'aws-cdk-lib/aws-sns';
import { ConnectInstance, ContactCenterMonitoring, HoursOfOperation, IdentityManagement, InboundCallRouting, IPhoneNumber, PhoneNumberType, TimeOfDay } from 'cdk-connect-instance';
import { Construct, IConstruct } from 'constructs';

/** The CDK context key the example takes its instance alias from: `cdk deploy -c alias=<alias>`. */
export const ALIAS_CONTEXT_KEY = 'alias';

/**
 * The instance alias given on the command line (`-c alias=<alias>`). An
 * alias is unique across all AWS accounts and Regions, so the example cannot
 * carry one that works for everybody.
 */
export function instanceAliasFromContext(scope: IConstruct): string {
  const value: unknown = scope.node.tryGetContext(ALIAS_CONTEXT_KEY);
  if (value === undefined || value === null || String(value).trim() === '') {
    throw new Error('the example needs an Amazon Connect instance alias of your own (aliases are unique across all AWS accounts and Regions): '
      + `run it with -c ${ALIAS_CONTEXT_KEY}=<alias>, for example \`npx cdk deploy -c ${ALIAS_CONTEXT_KEY}=acme-support-1234\` `
      + '(1-45 letters, digits and hyphens, not starting with d-)');
  }
  return String(value);
}

/** Props of the example stack. */
export interface ContactCenterStackProps extends StackProps {
  /** The instance alias: the access URL is `https://<alias>.my.connect.aws`. */
  readonly instanceAlias: string;

  /**
   * What happens to the instance and its data stores when they leave the
   * stack (the integration test destroys everything it deployed).
   *
   * @default - the construct's default
   */
  readonly removalPolicy?: RemovalPolicy;
}

/**
 * A contact center as a platform team would deploy it: Connect-managed users,
 * an administrator whose password is generated in Secrets Manager, the
 * console's default telephony and the default (encrypted, retained) storage,
 * the next steps that make it answer calls: a number routed through a
 * recording flow to a queue with opening hours, served by an agent, and
 * a dashboard and alarms to watch it.
 */
export class ContactCenterStack extends Stack {
  /** The contact center. */
  public readonly contactCenter: ConnectInstance;
  /** Its phone number. */
  public readonly mainLine: IPhoneNumber;
  /** Its dashboard and alarms. */
  public readonly monitoring: ContactCenterMonitoring;

  constructor(scope: Construct, id: string, props: ContactCenterStackProps) {
    super(scope, id, props);

    const contactCenter = new ConnectInstance(this, 'ContactCenter', {
      identity: IdentityManagement.connectManaged({ instanceAlias: props.instanceAlias }),
      removalPolicy: props.removalPolicy,
      admin: {
        username: 'admin',
        firstName: 'Ada',
        lastName: 'Admin',
        email: 'ada.admin@example.com',
      },
      inboundCalls: true,
      outboundCalls: true,
      earlyMedia: true,
    });

    // Next steps: a phone number customers can call, answered by a queue
    // with opening hours and a flow that records the call, and an agent.
    const mainLine = contactCenter.addPhoneNumber('MainLine', {
      countryCode: 'US',
      type: PhoneNumberType.DID,
      description: 'Main support line',
    });
    const support = new InboundCallRouting(this, 'Support', {
      instance: contactCenter,
      phoneNumbers: [mainLine],
      hours: HoursOfOperation.weekdays(TimeOfDay.of(8), TimeOfDay.of(18)),
      timeZone: 'America/New_York',
      queueName: 'Support',
      greeting: 'Thank you for calling Acme support. This call is recorded.',
    });
    support.addAgent('FirstAgent', {
      username: 'jane.doe',
      firstName: 'Jane',
      lastName: 'Doe',
      email: 'jane.doe@example.com',
    });

    // Day two: a dashboard of the instance, its queue and flow, and the
    // recommended alarms, which notify a topic (subscribe the on-call team to
    // it). CloudWatch publishes to an encrypted topic only with a customer
    // managed key that lets it (https://docs.aws.amazon.com/sns/latest/dg/sns-key-management.html).
    const alarmKey = new kms.Key(this, 'AlarmTopicKey', { enableKeyRotation: true, removalPolicy: props.removalPolicy });
    alarmKey.grant(new iam.ServicePrincipal('cloudwatch.amazonaws.com'), 'kms:Decrypt', 'kms:GenerateDataKey*');
    // Grants on it only for AWS resources (AWS Control Tower's CT.KMS.PR.3).
    alarmKey.addToResourcePolicy(new iam.PolicyStatement({
      effect: iam.Effect.DENY,
      principals: [new iam.AnyPrincipal()],
      actions: ['kms:CreateGrant'],
      resources: ['*'],
      conditions: { BoolIfExists: { 'kms:GrantIsForAWSResource': 'false', 'aws:PrincipalIsAWSService': 'false' } },
    }));
    const alarmTopic = new sns.Topic(this, 'AlarmTopic', { masterKey: alarmKey, enforceSSL: true });
    const monitoring = contactCenter.addMonitoring('Monitoring', { alarmTopic });

    // The wizard's review page: what was created and where to sign in.
    new CfnOutput(this, 'InstanceArn', { value: contactCenter.instanceArn });
    new CfnOutput(this, 'InstanceId', { value: contactCenter.instanceId });
    new CfnOutput(this, 'ServiceRoleArn', { value: contactCenter.serviceRoleArn });
    new CfnOutput(this, 'AccessUrl', { value: contactCenter.accessUrl! });
    new CfnOutput(this, 'PhoneNumber', { value: mainLine.phoneNumberAddress! });
    new CfnOutput(this, 'AdminUserArn', { value: contactCenter.admin!.userArn });
    new CfnOutput(this, 'AdminPasswordSecretArn', { value: contactCenter.admin!.passwordSecret!.secretArn });
    new CfnOutput(this, 'StorageBucketName', { value: contactCenter.bucket!.bucketName });
    new CfnOutput(this, 'StorageKeyArn', { value: contactCenter.encryptionKey!.keyArn });

    this.contactCenter = contactCenter;
    this.mainLine = mainLine;
    this.monitoring = monitoring;
  }
}
