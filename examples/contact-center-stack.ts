import { ArnFormat, CfnOutput, CfnResource, Duration, RemovalPolicy, Stack, StackProps, Validations } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as sns from 'aws-cdk-lib/aws-sns';
import {
  CheckHoursOfOperation, Compare, ConnectInstance, ContactCenterMonitoring, CreateCallbackContact, DisconnectParticipant, FlowContent, FlowDefinition,
  FlowLoggingBehavior, FlowMessage, FlowRecordingParticipant, FlowValue, GetParticipantInput, HoursOfOperation, IdentityManagement,
  InboundCallRouting, InvokeLambdaFunction, IPhoneNumber, IQueue, Loop, MessageParticipant, PhoneNumberType, RoutingChannel, TimeOfDay,
  TransferContactToQueue, UpdateContactCallbackNumber, UpdateContactRecordingBehavior, UpdateContactRoutingBehavior, UpdateContactTargetQueue,
  UpdateFlowLoggingBehavior,
} from 'cdk-connect-instance';
import { Construct, IConstruct } from 'constructs';
import { CALLER_LOOKUP_CODE } from './caller-lookup-code';

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
 * A contact center in its first week, as a platform team would deploy it:
 * Connect-managed users, an administrator whose password is generated in
 * Secrets Manager, the console's default telephony and the default
 * (encrypted, retained) storage; a number whose calls are recorded, looked up
 * by a Lambda function, greeted by name and offered a menu (sales or
 * support), each line with its hours and queue, a callback when the line is
 * closed or full, an agent who answers both lines, and a dashboard and
 * alarms to watch it.
 */
export class ContactCenterStack extends Stack {
  /** The contact center. */
  public readonly contactCenter: ConnectInstance;
  /** Its phone number. */
  public readonly mainLine: IPhoneNumber;
  /** The function the menu looks callers up with. */
  public readonly callerLookup: lambda.IFunction;
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
    const mainLine = contactCenter.addPhoneNumber('MainLine', {
      countryCode: 'US',
      type: PhoneNumberType.DID,
      description: 'Main line: sales and support',
    });

    // Two lines of business, each with its hours and queue, and a queue for
    // callbacks whose caller ID is the main line (callbacks count against a
    // queue's limit, so a full queue could not take them).
    // https://docs.aws.amazon.com/connect/latest/adminguide/setup-queued-cb.html
    const supportHours = contactCenter.addHoursOfOperation('SupportHours', {
      timeZone: 'America/New_York',
      hours: HoursOfOperation.weekdays(TimeOfDay.of(8), TimeOfDay.of(18)),
      description: 'When support takes calls',
    });
    const salesHours = contactCenter.addHoursOfOperation('SalesHours', {
      timeZone: 'America/New_York',
      hours: HoursOfOperation.weekdays(TimeOfDay.of(9), TimeOfDay.of(17)),
      description: 'When sales takes calls',
    });
    const support = contactCenter.addQueue('SupportQueue', { queueName: 'Support', hoursOfOperation: supportHours, maxContacts: 10 });
    const sales = contactCenter.addQueue('SalesQueue', { queueName: 'Sales', hoursOfOperation: salesHours, maxContacts: 10 });
    const callbacks = contactCenter.addQueue('CallbackQueue', {
      queueName: 'Callbacks',
      hoursOfOperation: supportHours,
      outboundCallerIdNumber: mainLine,
      description: 'Callers who asked to be called back',
    });
    // The same priority for the three queues: a callback keeps its caller's place.
    const agents = contactCenter.addRoutingProfile('Agents', {
      description: 'Agents who answer sales, support and callbacks',
      defaultOutboundQueue: callbacks,
      queues: [support, sales, callbacks].map((queue) => ({ queue, channel: RoutingChannel.VOICE })),
      mediaConcurrencies: [{ channel: RoutingChannel.VOICE, concurrency: 1 }],
    });

    const callerLookup = newCallerLookup(this, contactCenter, props);
    const mainMenu = contactCenter.addContactFlow('MainMenu', {
      description: 'Records the call, looks the caller up, greets them and offers sales or support, with a callback when the line cannot answer',
      content: FlowContent.fromDefinition(mainMenuFlow({ callerLookup, sales, support, callbacks })),
    });

    // InboundCallRouting with every piece given: it routes the number to the
    // menu and seats agents on the routing profile (its own flow serves one
    // queue, without a menu).
    const routing = new InboundCallRouting(this, 'Routing', {
      instance: contactCenter,
      phoneNumbers: [mainLine],
      queue: support,
      routingProfile: agents,
      contactFlow: mainMenu,
    });
    routing.addAgent('FirstAgent', {
      username: 'jane.doe',
      firstName: 'Jane',
      lastName: 'Doe',
      email: 'jane.doe@example.com',
    });

    // Day two: a dashboard of the instance, its queues, flows and functions, and
    // the recommended alarms, which notify a topic (subscribe the on-call team to
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
    this.callerLookup = callerLookup;
    this.monitoring = monitoring;
  }
}

/**
 * The lookup function, its role (its own log group only) and its log group,
 * encrypted with the instance's key: the log may hold callers' numbers.
 */
function newCallerLookup(scope: Construct, contactCenter: ConnectInstance, props: ContactCenterStackProps): lambda.Function {
  const stack = Stack.of(scope);
  const key = contactCenter.encryptionKey!;
  const logGroupName = `/aws/lambda/${props.instanceAlias}-caller-lookup`;
  // The key names the log group by ARN, not by reference: the log group already refers to the key.
  // https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/encrypt-log-data-kms.html
  key.addToResourcePolicy(new iam.PolicyStatement({
    sid: 'AllowCloudWatchLogsForCallerLookup',
    principals: [new iam.ServicePrincipal(`logs.${stack.region}.amazonaws.com`)],
    actions: ['kms:Encrypt*', 'kms:Decrypt*', 'kms:ReEncrypt*', 'kms:GenerateDataKey*', 'kms:Describe*'],
    resources: ['*'],
    conditions: {
      ArnEquals: {
        'kms:EncryptionContext:aws:logs:arn': stack.formatArn({
          service: 'logs', resource: 'log-group', resourceName: logGroupName, arnFormat: ArnFormat.COLON_RESOURCE_NAME,
        }),
      },
    },
  }));
  const logGroup = new logs.LogGroup(scope, 'CallerLookupLogs', {
    logGroupName,
    encryptionKey: key,
    retention: logs.RetentionDays.ONE_YEAR,
    // As the instance keeps its data: a failed first create removes it, so that a retry can create it again.
    removalPolicy: props.removalPolicy ?? RemovalPolicy.RETAIN_ON_UPDATE_OR_DELETE,
  });
  // A policy of its own rather than an inline one or AWSLambdaBasicExecutionRole: its own log group only.
  const logging = new iam.ManagedPolicy(scope, 'CallerLookupLogging', {
    description: 'Lets the caller lookup write its log',
    statements: [new iam.PolicyStatement({ actions: ['logs:CreateLogStream', 'logs:PutLogEvents'], resources: [logGroup.logGroupArn] })],
  });
  const role = new iam.Role(scope, 'CallerLookupRole', {
    assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com'),
    description: 'The caller lookup\'s role: it writes its log, and nothing else',
    managedPolicies: [logging],
  });
  const fn = new lambda.Function(scope, 'CallerLookup', {
    description: 'Looks a caller up by their number for the main menu',
    runtime: lambda.Runtime.NODEJS_24_X,
    handler: 'index.handler',
    code: lambda.Code.fromInline(CALLER_LOOKUP_CODE),
    timeout: Duration.seconds(3),
    memorySize: 128,
    role,
    logGroup,
  });
  acknowledge(fn.node.defaultChild as CfnResource, [
    ['LambdaDLQ', 'Amazon Connect invokes the function synchronously and handles its errors in the flow; a dead-letter queue only receives failed asynchronous invocations'],
    ['LambdaConcurrency', 'reserving concurrency takes it from the account\'s unreserved pool, which must keep a minimum: in a new account with a low quota the deploy would fail'],
    ['LambdaInsideVPC', 'the function reaches no network resource (its customers are in its code); a VPC would add NAT cost and failure modes for nothing'],
  ], ['lambda_inside_vpc_check']);
  return fn;
}

/**
 * Acknowledges findings on `resource` that do not apply to it: HIPAA and NIST
 * rules (`cdk_nag` metadata for cdk-nag 2; `Validations` for cdk-nag 3 and
 * policy-validation plugins), and cfn-guard rules of the Control Tower plugin.
 */
function acknowledge(resource: CfnResource, nagRules: Array<[rule: string, reason: string]>, guardRules: string[]): void {
  const acknowledged = ['HIPAA.Security', 'NIST.800.53.R5'].flatMap((pack) => nagRules.map(([rule, reason]) => ({ id: `${pack}-${rule}`, reason })));
  resource.addMetadata('cdk_nag', { rules_to_suppress: acknowledged });
  const vpcReason = nagRules.find(([rule]) => rule === 'LambdaInsideVPC')![1];
  Validations.of(resource).acknowledge(...acknowledged,
    ...guardRules.map((rule) => ({ id: `cdk-validator-cfnguard::${rule}`, reason: vpcReason })));
}

/** What the main menu routes to. */
interface MainMenuTargets {
  readonly callerLookup: lambda.IFunction;
  readonly sales: IQueue;
  readonly support: IQueue;
  readonly callbacks: IQueue;
}

/**
 * The main menu, in the Flow language: logs and recording on, the caller
 * looked up (VIPs first in queue), greeted by name, then 1 for sales and 2
 * for support (asked twice, then support). The chosen line's queue takes the
 * call in its hours; closed or full, the caller may ask for a callback.
 */
function mainMenuFlow(targets: MainMenuTargets): FlowDefinition {
  const flow = new FlowDefinition({ description: 'The main line: lookup, greeting, menu, queue or callback' });
  const say = (id: string, text: string) => new MessageParticipant(flow, id, { message: FlowMessage.text(text) });

  const logging = new UpdateFlowLoggingBehavior(flow, 'enable-flow-logs', { behavior: FlowLoggingBehavior.ENABLED });
  const recording = new UpdateContactRecordingBehavior(flow, 'record-agent-and-customer', {
    recordedParticipants: [FlowRecordingParticipant.AGENT, FlowRecordingParticipant.CUSTOMER],
  });
  const lookup = new InvokeLambdaFunction(flow, 'look-up-caller', {
    lambdaFunction: targets.callerLookup,
    attributes: { phoneNumber: FlowValue.customerEndpointAddress() },
    timeout: Duration.seconds(3),
  });
  const tier = new Compare(flow, 'check-caller', { value: FlowValue.external('tier') });
  const vipFirst = new UpdateContactRoutingBehavior(flow, 'put-vip-first', { queuePriority: 1 });
  const greetByName = new MessageParticipant(flow, 'greet-by-name', {
    message: FlowMessage.textOf([
      FlowValue.text('Hello '), FlowValue.external('firstName'), FlowValue.text(', thank you for calling Acme. This call is recorded.'),
    ]),
  });
  const greet = say('greet-caller', 'Thank you for calling Acme. This call is recorded.');
  const menu = new GetParticipantInput(flow, 'main-menu', {
    message: FlowMessage.text('For sales, press 1. For support, press 2.'),
    timeout: Duration.seconds(5),
  });
  const retry = new Loop(flow, 'ask-again-once', { count: 1 });
  const sorry = say('say-not-understood', 'Sorry, I did not get that.');
  const toSales = new UpdateContactTargetQueue(flow, 'set-sales-queue', { queue: targets.sales });
  const toSupport = new UpdateContactTargetQueue(flow, 'set-support-queue', { queue: targets.support });
  const hours = new CheckHoursOfOperation(flow, 'check-queue-hours');
  const transfer = new TransferContactToQueue(flow, 'transfer-to-queue');
  const offer = new GetParticipantInput(flow, 'offer-callback', {
    message: FlowMessage.text('We cannot take your call right now. To be called back at this number, press 1. Otherwise, press 2.'),
    timeout: Duration.seconds(5),
  });
  const callbackNumber = new UpdateContactCallbackNumber(flow, 'set-callback-number', { callbackNumber: FlowValue.customerEndpointAddress() });
  const callback = new CreateCallbackContact(flow, 'create-callback', {
    queue: targets.callbacks,
    initialDelay: Duration.seconds(30),
    maximumAttempts: 2,
    retryDelay: Duration.minutes(10),
  });
  const confirmed = say('say-callback-confirmed', 'Thank you. We will call you back at this number. Goodbye.');
  const noCallback = say('say-no-callback', 'We cannot call this number back. Please call again later. Goodbye.');
  const goodbye = say('say-goodbye', 'Thank you for calling Acme. Goodbye.');
  const failed = say('say-error', 'We are sorry, something went wrong. Please call again later. Goodbye.');
  const hangUp = new DisconnectParticipant(flow, 'hang-up');

  logging.next(recording).next(lookup).next(tier);
  // Without a lookup, the caller still gets the menu.
  lookup.onError(greet);
  tier.onEquals('vip', vipFirst);
  tier.onEquals('customer', greetByName);
  tier.onNoMatch(greet);
  vipFirst.next(greetByName);
  for (const greeting of [greetByName, greet]) {
    greeting.next(menu);
    greeting.onError(menu);
  }
  menu.onPressed('1', toSales);
  menu.onPressed('2', toSupport);
  // The flow designer's next action of a menu is its no-match branch.
  menu.next(retry);
  menu.onNoMatchingCondition(retry);
  menu.onTimeout(retry);
  menu.onError(toSupport);
  retry.onContinueLooping(sorry).next(menu);
  sorry.onError(menu);
  retry.onDoneLooping(toSupport);
  for (const line of [toSales, toSupport]) {
    line.next(hours);
    line.onError(failed);
  }
  hours.onInHours(transfer);
  hours.onOutOfHours(offer);
  hours.onError(failed);
  transfer.onQueueAtCapacity(offer);
  transfer.onError(failed);
  offer.onPressed('1', callbackNumber);
  offer.onPressed('2', goodbye);
  offer.next(goodbye);
  offer.onNoMatchingCondition(goodbye);
  offer.onTimeout(goodbye);
  offer.onError(goodbye);
  callbackNumber.next(callback);
  callbackNumber.onInvalidCallbackNumber(noCallback);
  callbackNumber.onCallbackNumberNotDialable(noCallback);
  callback.next(confirmed);
  callback.onError(failed);
  for (const message of [confirmed, noCallback, goodbye, failed]) {
    message.next(hangUp);
    message.onError(hangUp);
  }
  return flow;
}
