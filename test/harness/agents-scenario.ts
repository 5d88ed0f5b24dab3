import { Duration, Stack } from 'aws-cdk-lib';
import type { Scenario } from './scenarios';
import {
  AgentStatusState, ConnectInstance, ContactFlow, ContactFlowModuleAlias, ContactFlowModuleVersion, ContactFlowVersion,
  FlowContent, IdentityManagement, RoutingChannel, ViewVersion, VocabularyContent, VocabularyLanguage,
} from '../../src';

/** The account and Region of the scenario stacks (`ENV` in scenarios.ts, which imports this file). */
const ENV = { account: '123456789012', region: 'us-east-1' };

const MODULE = {
  Version: '2019-10-30',
  StartAction: 'end',
  Actions: [{ Identifier: 'end', Type: 'EndFlowModuleExecution', Parameters: {}, Transitions: {} }],
};

const CARDS = {
  Head: { Title: 'Pick a card' },
  Body: [{ _id: 'card', Type: 'Card', Props: { Id: 'Card', Heading: 'Billing', Action: 'CardSelected' }, Content: [] }],
};

/** A public key in PEM format (an example, not a real key). */
const PUBLIC_KEY = '-----BEGIN PUBLIC KEY-----\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEexampleexampleexampleexample==\n-----END PUBLIC KEY-----';

/**
 * What agents need on a SAML instance: agent statuses, the user hierarchy, a predefined attribute
 * given as a proficiency, a user with its hierarchy group and per-channel settings; and what a team
 * publishes: a flow version, a module version with an alias, a view with a version, a vocabulary
 * and a security key.
 */
export const AGENTS_SCENARIO: Scenario = {
  name: 'saml / agents, versions and views',
  build: (app, id) => {
    const stack = new Stack(app, id, { env: ENV });
    const instance = new ConnectInstance(stack, 'ContactCenter', { identity: IdentityManagement.saml({ instanceAlias: 'acme-agents' }) });
    instance.addAgentStatus('Break', { agentStatusName: 'Break', description: 'Away from the desk', displayOrder: 1 });
    instance.addAgentStatus('Training', { agentStatusName: 'Training', state: AgentStatusState.DISABLED });
    instance.addUserHierarchyStructure('Hierarchy', { levelNames: ['Region', 'Team'] });
    const region = instance.addUserHierarchyGroup('Americas', { userHierarchyGroupName: 'Americas' });
    const team = instance.addUserHierarchyGroup('Tier1', { userHierarchyGroupName: 'Tier 1', parent: region });
    const language = instance.addPredefinedAttribute('Language', { predefinedAttributeName: 'Language', values: ['English', 'Spanish'] });
    const queue = instance.addQueue('Support', { hoursOfOperation: instance.addHoursOfOperation('Hours') });
    const profile = instance.addRoutingProfile('Agents', {
      defaultOutboundQueue: queue,
      mediaConcurrencies: [{ channel: RoutingChannel.VOICE }, { channel: RoutingChannel.CHAT, concurrency: 2 }],
      queues: [{ queue, channel: RoutingChannel.VOICE }, { queue, channel: RoutingChannel.CHAT }],
    });
    instance.addUser('Agent', {
      username: 'jane.doe@example.com',
      firstName: 'Jane',
      lastName: 'Doe',
      routingProfile: profile,
      hierarchyGroup: team,
      proficiencies: [{ attribute: language, value: 'Spanish', level: 4 }],
      channelSettings: [
        { channel: RoutingChannel.VOICE, autoAccept: true, afterContactWorkTimeLimit: Duration.seconds(30) },
        { channel: RoutingChannel.CHAT, afterContactWorkTimeLimit: Duration.minutes(2) },
      ],
    });

    // An outbound campaign's flow, made in the admin website: CreateContactFlowVersion versions CAMPAIGN flows only.
    const campaign = ContactFlow.fromContactFlowArn(stack, 'Campaign', `${instance.instanceArn}/contact-flow/1234abcd-12ab-34cd-56ef-1234567890ab`);
    new ContactFlowVersion(stack, 'CampaignV1', { contactFlow: campaign, description: 'Spring campaign' });
    const greeting = instance.addContactFlowModule('Greeting', { content: FlowContent.fromObject(MODULE) });
    const greetingV1 = new ContactFlowModuleVersion(stack, 'GreetingV1', { contactFlowModule: greeting, description: 'First' });
    new ContactFlowModuleAlias(stack, 'GreetingLive', { version: greetingV1, aliasName: 'live' });
    const view = instance.addView('Cards', { viewName: 'Pick a card', template: CARDS, actions: ['CardSelected'] });
    new ViewVersion(stack, 'CardsV1', { view, versionDescription: 'First release' });
    instance.addVocabulary('Products', {
      vocabularyName: 'acme-products',
      language: VocabularyLanguage.EN_US,
      content: VocabularyContent.fromPhrases([{ phrase: 'A.W.S.', displayAs: 'AWS' }]),
    });
    instance.addSecurityKey('Key', { key: PUBLIC_KEY });
    return stack;
  },
};
