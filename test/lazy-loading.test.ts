/**
 * An app pays at synth for the modules it uses (docs/performance.md): the monitoring, the flow
 * diagram and import, and the resource types an app adds later load when a method first needs them.
 * Each module below is mocked with a factory that records its loading, in a registry of its own.
 */

/** Modules a first-week app without monitoring, diagrams or flows from text never needs. */
const LAZY = [
  'contact-center-monitoring',
  'private/contact-flow/diagram',
  'private/contact-flow/import',
  'approved-origin',
  'contact-flow-module',
  'prompt',
  'quick-connect',
  'rule',
  'view',
];

/**
 * What the compiled package index gives an app: each export's module, loaded when first read
 * (scripts/lazy-index.js). `src/index.ts` itself loads every module, so the app requires its modules.
 */
interface Library {
  readonly ConnectInstance: typeof import('../src/connect-instance').ConnectInstance;
  readonly IdentityManagement: typeof import('../src/identity').IdentityManagement;
  readonly FlowContent: typeof import('../src/flow-content').FlowContent;
}

/** Runs `app` with the library loaded afresh; returns the modules of LAZY it loaded. */
function modulesLoadedBy(app: (lib: Library) => void): string[] {
  const loaded: string[] = [];
  jest.isolateModules(() => {
    for (const name of LAZY) {
      jest.doMock(`../src/${name}`, () => {
        loaded.push(name);
        return jest.requireActual(`../src/${name}`);
      });
    }
    /* eslint-disable @typescript-eslint/no-require-imports */
    app({
      ConnectInstance: require('../src/connect-instance').ConnectInstance,
      IdentityManagement: require('../src/identity').IdentityManagement,
      FlowContent: require('../src/flow-content').FlowContent,
    });
    /* eslint-enable @typescript-eslint/no-require-imports */
  });
  return loaded;
}

function firstWeek(lib: Library) {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { App, Stack } = require('aws-cdk-lib') as typeof import('aws-cdk-lib');
  const stack = new Stack(new App(), 'Stack', { env: { account: '123456789012', region: 'us-east-1' } });
  const instance = new lib.ConnectInstance(stack, 'ContactCenter', {
    identity: lib.IdentityManagement.connectManaged({ instanceAlias: 'acme-support' }),
  });
  const hoursOfOperation = instance.addHoursOfOperation('Hours');
  instance.addQueue('Support', { hoursOfOperation, queueName: 'Support' });
  instance.addContactFlow('Inbound', {
    content: lib.FlowContent.fromObject({
      Version: '2019-10-30',
      StartAction: 'end',
      Actions: [{ Identifier: 'end', Type: 'DisconnectParticipant', Parameters: {}, Transitions: {} }],
    }),
  });
  return { stack, instance };
}

describe('modules load when first needed', () => {
  test('a first-week app without monitoring, diagrams or flows from text loads none of them', () => {
    expect(modulesLoadedBy((lib) => {
      const { stack } = firstWeek(lib);
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      (require('aws-cdk-lib/assertions') as typeof import('aws-cdk-lib/assertions')).Template.fromStack(stack);
    })).toEqual([]);
  });

  test('each loads when the app uses it', () => {
    const loaded = modulesLoadedBy((lib) => {
      const { instance } = firstWeek(lib);
      instance.addMonitoring('Monitoring');
      /* eslint-disable @typescript-eslint/no-require-imports */
      const s3 = require('aws-cdk-lib/aws-s3') as typeof import('aws-cdk-lib/aws-s3');
      const { QuickConnectDestination } = require('../src/quick-connect') as typeof import('../src/quick-connect');
      /* eslint-enable @typescript-eslint/no-require-imports */
      instance.addPrompt('Greeting', { bucket: s3.Bucket.fromBucketName(instance, 'Prompts', 'prompts'), objectKey: 'greeting.wav' });
      instance.addQuickConnect('Escalation', { destination: QuickConnectDestination.phoneNumber('+12065550100') });
      lib.FlowContent.fromString('{"Version":"2019-10-30","StartAction":"a","Actions":[]}').toMermaid();
    });
    expect(loaded.sort()).toEqual([
      'contact-center-monitoring', 'private/contact-flow/diagram', 'private/contact-flow/import', 'prompt', 'quick-connect',
    ]);
  });
});
