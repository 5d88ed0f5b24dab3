import * as path from 'path';
import { Duration, Stack } from 'aws-cdk-lib';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as s3 from 'aws-cdk-lib/aws-s3';
import type { Scenario } from './scenarios';
import {
  ApprovedOrigin, ConnectInstance, ContactFlow, ContactFlowModule, ContactFlowType, RoutingProfile, SecurityProfile, DayOfWeek,
  FlowContent, HoursOfOperation, IdentityManagement, Integration, IntegrationAssociation, PhoneNumberType, Prompt, Queue, QuickConnect,
  QuickConnectDestination, RoutingChannel, SecurityProfilePermission, TimeOfDay,
} from '../../src';

/** The account and Region of the scenario stacks (`ENV` in scenarios.ts, which imports this file). */
const ENV = { account: '123456789012', region: 'us-east-1' };

/** The flow of the resource tests: greets, checks the hours, says goodbye. */
const GREETING = path.join(__dirname, '..', 'fixtures', 'greeting-flow.json');
const TRANSFER = {
  Version: '2019-10-30',
  StartAction: 'end',
  Actions: [{ Identifier: 'end', Type: 'EndFlowExecution', Parameters: {}, Transitions: {} }],
};

/**
 * The wizard's next steps on a new instance: every resource of issue 16 that
 * CloudFormation deploys, with what they refer to, and a number routed to
 * the inbound flow. What the user brings (the
 * prompt bucket, the Lambda function, the Lex bot alias) is imported, so that
 * the validators judge what the library creates.
 */
export const NEXT_STEPS: Scenario = {
  name: 'connect-managed / next-step resources',
  build: (app, id) => {
    const stack = new Stack(app, id, { env: ENV });
    const instance = new ConnectInstance(stack, 'ContactCenter', {
      identity: IdentityManagement.connectManaged({ instanceAlias: 'acme-next-steps' }),
    });
    const hours = new HoursOfOperation(stack, 'SupportHours', {
      instance,
      timeZone: 'America/New_York',
      hours: [
        ...HoursOfOperation.weekdays(TimeOfDay.of(8), TimeOfDay.of(20)),
        { day: DayOfWeek.SATURDAY, start: TimeOfDay.of(9), end: TimeOfDay.of(13) },
      ],
    });
    const inbound = new ContactFlow(stack, 'Inbound', { instance, content: FlowContent.fromFile(GREETING) });
    // Routed on deploy by the stack's deploy-time function (Custom::ConnectPhoneNumberContactFlow).
    instance.addPhoneNumber('MainLine', { countryCode: 'US', type: PhoneNumberType.TOLL_FREE, contactFlow: inbound });
    new ContactFlowModule(stack, 'Greeting', { instance, content: FlowContent.fromFile(GREETING) });
    const transfer = new ContactFlow(stack, 'QueueTransfer', {
      instance, type: ContactFlowType.QUEUE_TRANSFER, content: FlowContent.fromObject(TRANSFER),
    });
    const queue = new Queue(stack, 'Support', { instance, hoursOfOperation: hours, maxContacts: 50, outboundCallerIdName: 'Acme Support' });
    new RoutingProfile(stack, 'SupportAgents', {
      instance,
      defaultOutboundQueue: queue,
      mediaConcurrencies: [{ channel: RoutingChannel.VOICE }, { channel: RoutingChannel.CHAT, concurrency: 3 }],
      queues: [
        { queue, channel: RoutingChannel.VOICE },
        { queue, channel: RoutingChannel.CHAT, priority: 2, delay: Duration.seconds(30) },
      ],
    });
    new SecurityProfile(stack, 'SupportAgent', {
      instance,
      permissions: [SecurityProfilePermission.BASIC_AGENT_ACCESS, SecurityProfilePermission.TRANSFER_DESTINATIONS_VIEW],
    });
    const prompts = s3.Bucket.fromBucketName(stack, 'Prompts', 'acme-contact-center-prompts');
    new Prompt(stack, 'Welcome', { instance, bucket: prompts, objectKey: 'prompts/welcome.wav' });
    new QuickConnect(stack, 'ToSupport', { instance, destination: QuickConnectDestination.queue(queue, transfer) });
    new ApprovedOrigin(stack, 'Website', { instance, origin: 'https://support.example.com' });
    const lookup = lambda.Function.fromFunctionArn(stack, 'CustomerLookup', `arn:aws:lambda:${ENV.region}:${ENV.account}:function:customer-lookup`);
    new IntegrationAssociation(stack, 'CustomerLookupAssociation', { instance, integration: Integration.lambdaFunction(lookup) });
    new IntegrationAssociation(stack, 'BotAssociation', {
      instance,
      integration: Integration.lexV2BotAlias(`arn:aws:lex:${ENV.region}:${ENV.account}:bot-alias/ABCDEFGHIJ/TSTALIASID`),
    });
    return stack;
  },
};
