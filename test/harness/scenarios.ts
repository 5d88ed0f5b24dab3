import * as fs from 'fs';
import * as path from 'path';
import { App, Duration, RemovalPolicy, Stack } from 'aws-cdk-lib';
import * as kinesis from 'aws-cdk-lib/aws-kinesis';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as s3 from 'aws-cdk-lib/aws-s3';
import * as sns from 'aws-cdk-lib/aws-sns';
import { Construct } from 'constructs';
import { AGENTS_SCENARIO } from './agents-scenario';
import { GLOBAL_RESILIENCY } from './global-resiliency-scenario';
import { INBOUND } from './inbound-scenario';
import { NEXT_STEPS } from './next-steps-scenario';
import { OPERATIONS } from './operations-scenario';
import { ALIAS_CONTEXT_KEY, ContactCenterStack, instanceAliasFromContext } from '../../examples/contact-center-stack';
import {
  AdminOptions, ConnectInstance, ConnectInstanceProps, FlowContent, IdentityManagement, Integration, PhoneNumberType, StorageOptions,
  StorageResourceType, StorageTarget, UserOptions,
} from '../../src';

/**
 * The scenarios every validator of the harness runs over: the three identity
 * types × default and customised storage × with and without an
 * administrator, and the example app. Nothing here needs jest, so that
 * `guard-all.ts` can build them from the command line too.
 */

/** The account and Region of every scenario stack (the example keeps its own env). */
export const ENV = { account: '123456789012', region: 'us-east-1' };

/** One stack the harness synthesizes and runs every validator over. */
export interface Scenario {
  /** A name for test titles and stack names. */
  readonly name: string;
  /** Context the scenario's app needs (as its `cdk.json` gives it). Scenarios with the same context share an app. */
  readonly context?: Record<string, unknown>;
  /** Adds the scenario's stack to `app`, with the id `id` unless the scenario fixes its own. */
  build(app: App, id: string): Stack;
}

/** The identity choices of the console wizard's step 1. */
export const IDENTITIES: Record<string, () => IdentityManagement> = {
  'connect-managed': () => IdentityManagement.connectManaged({ instanceAlias: 'acme-support' }),
  'saml': () => IdentityManagement.saml({ instanceAlias: 'acme-saml' }),
  'existing-directory': () => IdentityManagement.existingDirectory({ directoryId: 'd-0123456789', directoryAlias: 'acme-corp' }),
};

/** The administrator of the wizard's step 2, as each identity type takes it. */
export const ADMINS: Record<string, AdminOptions> = {
  'connect-managed': { username: 'admin', firstName: 'Ada', lastName: 'Admin', email: 'ada@example.com' },
  'saml': { username: 'ada@example.com', firstName: 'Ada', lastName: 'Admin', secondaryEmail: 'ada@example.com' },
  'existing-directory': { username: 'ada.admin' },
};

/** An agent added with `addUser`, as each identity type takes it. */
export const AGENTS: Record<string, UserOptions> = {
  'connect-managed': { username: 'jane.doe', firstName: 'Jane', lastName: 'Doe', email: 'jane.doe@example.com' },
  'saml': { username: 'jane.doe@example.com', firstName: 'Jane', lastName: 'Doe' },
  'existing-directory': { username: 'jane.doe' },
};

/**
 * Storage with every kind of target: own prefixes, attachments with their
 * CORS origins, live media streaming, data streaming to existing streams, a
 * resource type under `additional` that goes to an existing bucket with its
 * own key, another one under `additional` in the shared bucket, and another
 * flow-log retention, and the key's Deny of grants not for AWS resources. What the user brings is imported (by ARN or name), so
 * that the validators judge what the construct creates.
 */
export function customisedStorage(scope: Construct): StorageOptions {
  const arn = (service: string, resource: string) => `arn:aws:${service}:${ENV.region}:${ENV.account}:${resource}`;
  const stream = (id: string, name: string) => kinesis.Stream.fromStreamArn(scope, id, arn('kinesis', `stream/${name}`));
  const evaluationsKey = kms.Key.fromKeyArn(scope, 'EvaluationsKey', arn('kms', 'key/11111111-2222-3333-4444-555555555555'));
  const evaluationsBucket = s3.Bucket.fromBucketAttributes(scope, 'EvaluationsBucket', {
    bucketName: 'acme-contact-evaluations',
    encryptionKey: evaluationsKey,
  });
  return {
    callRecordings: StorageTarget.s3({ prefix: 'voice/recordings' }),
    chatTranscripts: StorageTarget.s3({ prefix: 'chat/transcripts' }),
    scheduledReports: StorageTarget.s3({ prefix: 'reports' }),
    attachments: StorageTarget.s3({ prefix: 'attachments' }),
    attachmentsAllowedOrigins: ['https://*.my.connect.aws', 'https://www.example.com'],
    mediaStreams: StorageTarget.kinesisVideo({ prefix: 'acme-live', retention: Duration.hours(24) }),
    contactTraceRecords: StorageTarget.kinesisStream(stream('ContactRecords', 'contact-records')),
    agentEvents: StorageTarget.kinesisStream(stream('AgentEvents', 'agent-events')),
    realTimeContactAnalysisVoiceSegments: StorageTarget.kinesisStream(stream('VoiceSegments', 'voice-segments')),
    additional: [
      { resourceType: StorageResourceType.CONTACT_EVALUATIONS, target: StorageTarget.s3({ bucket: evaluationsBucket, prefix: 'evaluations' }) },
      { resourceType: StorageResourceType.SCREEN_RECORDINGS, target: StorageTarget.s3({ prefix: 'screens' }) },
    ],
    flowLogsRetention: logs.RetentionDays.TWO_YEARS,
    // A team under AWS Control Tower's CT.KMS.PR.3.
    restrictKeyGrantsToAwsResources: true,
  };
}

/**
 * The three identity types × default and customised storage × with and
 * without an administrator. The customised ones also take the wizard's next
 * steps: a phone number and an agent.
 */
export const MATRIX: Scenario[] = Object.keys(IDENTITIES).flatMap((identity) =>
  (['default', 'customised'] as const).flatMap((storage) =>
    [true, false].map((withAdmin): Scenario => ({
      name: `${identity} / ${storage} storage / ${withAdmin ? 'with' : 'without'} admin`,
      build: (app, id) => {
        const stack = new Stack(app, id, { env: ENV });
        const cc = new ConnectInstance(stack, 'ContactCenter', {
          identity: IDENTITIES[identity](),
          admin: withAdmin ? ADMINS[identity] : undefined,
          storage: storage === 'customised' ? customisedStorage(stack) : undefined,
        });
        if (storage === 'customised') {
          cc.addPhoneNumber('MainLine', { countryCode: 'US', type: PhoneNumberType.TOLL_FREE });
          cc.addUser('FirstAgent', AGENTS[identity]);
        }
        return stack;
      },
    })),
  ),
);


/** The example's stack name, as `examples/app.ts` gives it. */
export const EXAMPLE_STACK_NAME = 'ContactCenterExample';

/** The alias `npx projen example` gives the example on the command line (`-c alias=...`, in .projenrc.ts). */
export const EXAMPLE_ALIAS = 'acme-support-example';

/** The context of `examples/cdk.json`: aws-cdk-lib's recommended feature flags. */
export const EXAMPLE_CDK_JSON_CONTEXT: Record<string, unknown> =
  JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', 'examples', 'cdk.json'), 'utf8')).context;

/** The context of the example's app under `npx projen example`: `examples/cdk.json`'s, and the alias. */
export const EXAMPLE_CONTEXT: Record<string, unknown> = { ...EXAMPLE_CDK_JSON_CONTEXT, [ALIAS_CONTEXT_KEY]: EXAMPLE_ALIAS };

/** The example app, as `npx projen example` synthesizes it (`AWS_REGION=us-east-1`, no account). */
export const EXAMPLE: Scenario = {
  name: 'example',
  context: EXAMPLE_CONTEXT,
  build: (app) => new ContactCenterStack(app, EXAMPLE_STACK_NAME, { env: { region: 'us-east-1' }, instanceAlias: instanceAliasFromContext(app) }),
};

/**
 * A sandbox that `cdk destroy` removes entirely: `removalPolicy: DESTROY`
 * empties the buckets with aws-cdk-lib's auto-delete handler, whose own
 * resources the validators judge too.
 */
export const DESTROY: Scenario = {
  name: 'connect-managed / default storage / with admin / removalPolicy DESTROY',
  build: (app, id) => {
    const stack = new Stack(app, id, { env: ENV });
    new ConnectInstance(stack, 'ContactCenter', {
      identity: IDENTITIES['connect-managed'](),
      admin: ADMINS['connect-managed'],
      removalPolicy: RemovalPolicy.DESTROY,
    });
    return stack;
  },
};

/**
 * Day two: queues, a flow and a Lambda integration, watched by
 * `ContactCenterMonitoring` (dashboard with the flow logs, recommended
 * alarms, two tuned) that notifies the team's alarm topic (imported).
 */
export const MONITORING: Scenario = {
  name: 'saml / monitoring',
  build: (app, id) => {
    const stack = new Stack(app, id, { env: ENV });
    const arn = (service: string, resource: string) => `arn:aws:${service}:${ENV.region}:${ENV.account}:${resource}`;
    const instance = new ConnectInstance(stack, 'ContactCenter', { identity: IdentityManagement.saml({ instanceAlias: 'acme-monitoring' }) });
    const hoursOfOperation = instance.addHoursOfOperation('Hours');
    instance.addQueue('Sales', { hoursOfOperation, queueName: 'Sales', maxContacts: 20 });
    instance.addQueue('Support', { hoursOfOperation, queueName: 'Support' });
    instance.addContactFlow('Inbound', {
      contactFlowName: 'Inbound',
      content: FlowContent.fromObject({
        Version: '2019-10-30',
        StartAction: 'end',
        Actions: [{ Identifier: 'end', Type: 'DisconnectParticipant', Parameters: {}, Transitions: {} }],
      }),
    });
    const lookup = lambda.Function.fromFunctionArn(stack, 'CustomerLookup', arn('lambda', 'function:customer-lookup'));
    instance.addIntegration('CustomerLookup', { integration: Integration.lambdaFunction(lookup) });
    instance.addMonitoring('Monitoring', {
      dashboardName: 'acme-contact-center',
      alarmTopic: sns.Topic.fromTopicArn(stack, 'OnCall', arn('sns', 'contact-center-on-call')),
      alarms: { concurrentCallsPercentage: { threshold: 70 }, chatsBreachingActiveChatQuota: { enabled: false } },
    });
    return stack;
  },
};

/** Every scenario: the matrix, the sandbox that is destroyed, the next-step resources, the agents' resources, Global Resiliency, the monitoring, then the example. */
export const SCENARIOS: Scenario[] = [...MATRIX, DESTROY, NEXT_STEPS, OPERATIONS, INBOUND, AGENTS_SCENARIO, GLOBAL_RESILIENCY, MONITORING, EXAMPLE];

/** A scenario of one `ConnectInstance` built from `props` (generated props). */
export function instanceScenario(name: string, props: (scope: Construct) => ConnectInstanceProps): Scenario {
  return {
    name,
    build: (app, id) => {
      const stack = new Stack(app, id, { env: ENV });
      new ConnectInstance(stack, 'ContactCenter', props(stack));
      return stack;
    },
  };
}

/** The scenarios in groups of the same context, in order: the scenarios of one group share an app. */
export function byContext<S extends Scenario>(scenarios: readonly S[]): S[][] {
  const groups = new Map<string, S[]>();
  for (const s of scenarios) {
    const key = JSON.stringify(s.context ?? {});
    groups.set(key, [...(groups.get(key) ?? []), s]);
  }
  return [...groups.values()];
}

/** A stack name for a scenario name: `connect-managed / default storage / with admin` → `ConnectManagedDefaultStorageWithAdmin`. */
export function stackId(name: string): string {
  return name.split(/[^A-Za-z0-9]+/).filter(Boolean).map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join('');
}
