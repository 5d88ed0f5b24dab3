/**
 * One generator of contact centers of any size, built with the library's
 * public API only, its references tangled the way a real center's are:
 *
 * - every phone number routed to an inbound flow (`contactFlow`), several
 *   numbers to one flow;
 * - every inbound flow (`FlowContent.fromObject`, with tokens) names an agent
 *   (`UpdateContactTargetQueue` with `AgentId: user.userArn`) and two queues
 *   (its own, and one to overflow to);
 * - quick connects to users and to queues, through transfer flows;
 * - queues in shared hours; routing profiles each serving several queues;
 *   users on those routing profiles (by ARN) and on the built-in Agent or
 *   CallCenterManager security profile (by name: resolved by the deploy-time
 *   lookup) plus a custom security profile (by ARN).
 *
 * The instance uses SAML, as a center of hundreds of agents does: its users
 * carry no generated password secret (a Connect-managed user has one, which
 * would double the users' share of the 500 resources).
 *
 * `buildCenter` puts everything in one stack, or, given a `CenterStacks`,
 * the instance in one stack and the agents, flows and numbers in stacks of
 * their own, each importing the instance (README "When a center outgrows one
 * stack").
 */
import { Duration, Stack } from 'aws-cdk-lib';
// The library by its package name, as users import it (bench/tsconfig.json and jest map it to the sources or lib/).
// eslint-disable-next-line import/no-extraneous-dependencies
import {
  ConnectInstance, ContactFlow, ContactFlowType, FlowContent, HoursOfOperation,
  IConnectInstance, IContactFlow, IdentityManagement, IdentityManagementType, IHoursOfOperation, IQueue, IUser, PhoneNumber,
  PhoneNumberSource, PhoneNumberType, Queue, QuickConnect, QuickConnectDestination, RoutingChannel, RoutingProfile, SecurityProfile,
  SecurityProfilePermission, TimeOfDay, User,
} from 'cdk-connect-instance';

/** How many of each resource a center has. */
export interface CenterSize {
  /** Claimed phone numbers, each routed to an inbound flow (round robin). */
  readonly numbers: number;
  /** Users: agents, and every 20th a supervisor. */
  readonly users: number;
  /** Queues. */
  readonly queues: number;
  /** Inbound flows, each naming an agent and two queues (plus two transfer flows for the quick connects). */
  readonly flows: number;
  /** Custom routing profiles, each serving `queuesPerRoutingProfile` queues. */
  readonly routingProfiles: number;
  /** Queues each routing profile serves (at most `queues`). */
  readonly queuesPerRoutingProfile: number;
  /** Custom security profiles. */
  readonly securityProfiles: number;
  /** Quick connects, alternately to a user and to a queue. */
  readonly quickConnects: number;
  /** Hours of operation, shared by the queues. */
  readonly hours: number;
}

/** The three sizes of the bench and the scale test. */
export type SizeName = 'S' | 'M' | 'L';

const S: CenterSize = {
  numbers: 5, users: 20, queues: 5, flows: 5, routingProfiles: 2, queuesPerRoutingProfile: 3, securityProfiles: 1, quickConnects: 4, hours: 1,
};

const M: CenterSize = {
  numbers: 50, users: 200, queues: 30, flows: 30, routingProfiles: 10, queuesPerRoutingProfile: 6, securityProfiles: 3, quickConnects: 20, hours: 5,
};

/**
 * M grown by `factor`: every count scaled and rounded, at least one of each
 * (queues per routing profile stay as they are, at most the queues). `scaledM(0)`
 * is the unit center, one of each: the bench's baseline. `L_FACTOR` is the largest step of 0.05 whose
 * center fits one stack (the bench checks that the next step does not).
 */
export function scaledM(factor: number): CenterSize {
  const scale = (n: number) => Math.max(1, Math.round(n * factor));
  return {
    numbers: scale(M.numbers),
    users: scale(M.users),
    queues: scale(M.queues),
    flows: scale(M.flows),
    routingProfiles: scale(M.routingProfiles),
    queuesPerRoutingProfile: M.queuesPerRoutingProfile,
    securityProfiles: scale(M.securityProfiles),
    quickConnects: scale(M.quickConnects),
    hours: scale(M.hours),
  };
}

/** The step by which L is searched, and L's factor over M (found with `npx projen bench`, which fails if it is no longer the largest that fits). */
export const L_STEP = 0.05;
export const L_FACTOR = 1.2;

export const SIZES: Record<SizeName, CenterSize> = { S, M, L: scaledM(L_FACTOR) };

/** Where the parts of a center go when it outgrows one stack. */
export interface CenterStacks {
  /** The instance (and its storage). */
  readonly instance: Stack;
  /** Hours, queues, routing and security profiles, and the users. */
  readonly agents: Stack;
  /** The inbound and transfer flows, and the quick connects. */
  readonly flows: Stack;
  /** The phone numbers and their routes. */
  readonly numbers: Stack;
}

/** What `buildCenter` built. */
export interface Center {
  readonly instance: ConnectInstance;
  readonly users: IUser[];
  readonly queues: IQueue[];
  readonly flows: IContactFlow[];
}

const pad = (i: number) => String(i + 1).padStart(3, '0');

/** The actions of an inbound flow that names an agent and two queues. */
function inboundFlow(line: number, agent: IUser, queue: IQueue, overflow: IQueue): { [key: string]: any } {
  const onward = (next: string, onError: string) => ({ NextAction: next, Errors: [{ NextAction: onError, ErrorType: 'NoMatchingError' }] });
  const transfer = (identifier: string, onFull: string, onError: string) => ({
    Identifier: identifier,
    Type: 'TransferContactToQueue',
    Parameters: {},
    Transitions: {
      NextAction: onError,
      Errors: [{ NextAction: onFull, ErrorType: 'QueueAtCapacity' }, { NextAction: onError, ErrorType: 'NoMatchingError' }],
    },
  });
  return {
    Version: '2019-10-30',
    StartAction: 'greet',
    Actions: [
      { Identifier: 'greet', Type: 'MessageParticipant', Parameters: { Text: `Thank you for calling line ${line}.` }, Transitions: onward('agent', 'queue') },
      // The caller's account manager first: the agent's own queue.
      { Identifier: 'agent', Type: 'UpdateContactTargetQueue', Parameters: { AgentId: agent.userArn }, Transitions: onward('toAgent', 'queue') },
      transfer('toAgent', 'queue', 'queue'),
      { Identifier: 'queue', Type: 'UpdateContactTargetQueue', Parameters: { QueueId: queue.queueArn }, Transitions: onward('toQueue', 'failed') },
      transfer('toQueue', 'overflow', 'failed'),
      { Identifier: 'overflow', Type: 'UpdateContactTargetQueue', Parameters: { QueueId: overflow.queueArn }, Transitions: onward('toOverflow', 'failed') },
      transfer('toOverflow', 'failed', 'failed'),
      { Identifier: 'failed', Type: 'MessageParticipant', Parameters: { Text: 'Sorry, nobody can take your call.' }, Transitions: onward('hangUp', 'hangUp') },
      { Identifier: 'hangUp', Type: 'DisconnectParticipant', Parameters: {}, Transitions: {} },
    ],
  };
}

const END_FLOW = {
  Version: '2019-10-30',
  StartAction: 'end',
  Actions: [{ Identifier: 'end', Type: 'EndFlowExecution', Parameters: {}, Transitions: {} }],
};

/** The instance of every center: SAML, inbound and outbound calls, the default storage. */
function newCenterInstance(stack: Stack, instanceAlias: string): ConnectInstance {
  return new ConnectInstance(stack, 'ContactCenter', {
    identity: IdentityManagement.saml({ instanceAlias }),
    inboundCalls: true,
    outboundCalls: true,
  });
}

/**
 * Builds a center of `size` into one stack, or into the four stacks of
 * `CenterStacks` (each importing the instance). `instanceAlias` must be
 * unique across AWS to deploy.
 */
export function buildCenter(where: Stack | CenterStacks, size: CenterSize, instanceAlias: string): Center {
  const stacks: CenterStacks = where instanceof Stack ? { instance: where, agents: where, flows: where, numbers: where } : where;
  const instance = newCenterInstance(stacks.instance, instanceAlias);
  const imported = new Map<Stack, IConnectInstance>([[stacks.instance, instance]]);
  const instanceIn = (stack: Stack) => {
    let found = imported.get(stack);
    if (found === undefined) {
      found = ConnectInstance.fromInstanceAttributes(stack, 'ContactCenter', {
        instanceArn: instance.instanceArn,
        identityManagementType: IdentityManagementType.SAML,
      });
      imported.set(stack, found);
    }
    return found;
  };

  // Agents: hours, queues, profiles, users.
  const agentsIn = instanceIn(stacks.agents);
  const hours: IHoursOfOperation[] = [];
  for (let i = 0; i < size.hours; i++) {
    hours.push(new HoursOfOperation(stacks.agents, `Hours${pad(i)}`, {
      instance: agentsIn,
      timeZone: 'America/New_York',
      hours: HoursOfOperation.weekdays(TimeOfDay.of(7 + (i % 3)), TimeOfDay.of(17 + (i % 4))),
    }));
  }
  const queues: IQueue[] = [];
  for (let i = 0; i < size.queues; i++) {
    queues.push(new Queue(stacks.agents, `Queue${pad(i)}`, { instance: agentsIn, hoursOfOperation: hours[i % hours.length], maxContacts: 50 }));
  }
  const routingProfiles: RoutingProfile[] = [];
  for (let i = 0; i < size.routingProfiles; i++) {
    const served = Array.from({ length: Math.min(size.queuesPerRoutingProfile, queues.length) }, (_, k) => queues[(i * 3 + k) % queues.length]);
    routingProfiles.push(new RoutingProfile(stacks.agents, `Routing${pad(i)}`, {
      instance: agentsIn,
      defaultOutboundQueue: served[0],
      mediaConcurrencies: [{ channel: RoutingChannel.VOICE }],
      queues: served.map((queue, k) => ({ queue, channel: RoutingChannel.VOICE, priority: k + 1, delay: Duration.seconds(k * 10) })),
    }));
  }
  const securityProfiles: SecurityProfile[] = [];
  for (let i = 0; i < size.securityProfiles; i++) {
    securityProfiles.push(new SecurityProfile(stacks.agents, `Security${pad(i)}`, {
      instance: agentsIn,
      permissions: [
        SecurityProfilePermission.BASIC_AGENT_ACCESS, SecurityProfilePermission.TRANSFER_DESTINATIONS_VIEW, SecurityProfilePermission.QUEUES_VIEW,
      ],
    }));
  }
  const users: IUser[] = [];
  for (let i = 0; i < size.users; i++) {
    const supervisor = i % 20 === 19;
    users.push(new User(stacks.agents, `User${pad(i)}`, {
      instance: agentsIn,
      username: `${supervisor ? 'supervisor' : 'agent'}.${pad(i)}`,
      firstName: supervisor ? 'Sam' : 'Jane',
      lastName: `Doe ${pad(i)}`,
      secondaryEmail: `agent.${pad(i)}@example.com`,
      routingProfile: routingProfiles[i % routingProfiles.length],
      securityProfiles: [
        supervisor ? SecurityProfile.CALL_CENTER_MANAGER : SecurityProfile.AGENT,
        securityProfiles[i % securityProfiles.length],
      ],
    }));
  }

  // Flows and quick connects.
  const flowsIn = instanceIn(stacks.flows);
  const flows: IContactFlow[] = [];
  for (let i = 0; i < size.flows; i++) {
    const agent = users[(i * 7) % users.length];
    flows.push(new ContactFlow(stacks.flows, `Inbound${pad(i)}`, {
      instance: flowsIn,
      content: FlowContent.fromObject(inboundFlow(i + 1, agent, queues[i % queues.length], queues[(i + 1) % queues.length])),
    }));
  }
  const queueTransfer = new ContactFlow(stacks.flows, 'QueueTransfer', {
    instance: flowsIn, type: ContactFlowType.QUEUE_TRANSFER, content: FlowContent.fromObject(END_FLOW),
  });
  const agentTransfer = new ContactFlow(stacks.flows, 'AgentTransfer', {
    instance: flowsIn, type: ContactFlowType.AGENT_TRANSFER, content: FlowContent.fromObject(END_FLOW),
  });
  for (let i = 0; i < size.quickConnects; i++) {
    const destination = i % 2 === 0
      ? QuickConnectDestination.user(users[(i * 11) % users.length], agentTransfer)
      : QuickConnectDestination.queue(queues[i % queues.length], queueTransfer);
    new QuickConnect(stacks.flows, `QuickConnect${pad(i)}`, { instance: flowsIn, destination });
  }

  // Numbers, each routed to an inbound flow.
  const numbersIn = instanceIn(stacks.numbers);
  for (let i = 0; i < size.numbers; i++) {
    new PhoneNumber(stacks.numbers, `Number${pad(i)}`, {
      instance: numbersIn,
      source: PhoneNumberSource.claim({ countryCode: 'US', type: PhoneNumberType.DID }),
      description: `Line ${i + 1}`,
      contactFlow: flows[i % flows.length],
    });
  }
  return { instance, users, queues, flows };
}
