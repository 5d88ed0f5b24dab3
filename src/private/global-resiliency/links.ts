import { IConstruct } from 'constructs';

/** The mark of `ConnectInstance.isConnectInstance`, read here without importing connect-instance.ts (which imports this file's importers). */
const CONNECT_INSTANCE_SYMBOL = Symbol.for('cdk-connect-instance.ConnectInstance');

/** Whether `instance` is a `ConnectInstance` created in this app (not imported). */
export function isCreatedInstance(instance: IConstruct): boolean {
  return CONNECT_INSTANCE_SYMBOL in instance;
}

/** The alias of a created instance, from its documented `accessUrl` (`https://<alias>.my.connect.aws`); undefined otherwise. */
export function instanceAliasOf(instance: IConstruct): string | undefined {
  const url = isCreatedInstance(instance) ? (instance as { accessUrl?: string }).accessUrl : undefined;
  return url === undefined ? undefined : /^https:\/\/([^.]+)\.my\.connect\.aws$/.exec(url)?.[1];
}

/** A replica the app declares. */
export interface ReplicaLink {
  readonly construct: IConstruct;
  readonly region: string;
  readonly alias: string;
}

/**
 * The replica and traffic distribution groups the app declares for one instance, so that each group waits for
 * the replica: CreateTrafficDistributionGroup takes a replicated instance
 * (https://docs.aws.amazon.com/connect/latest/APIReference/API_CreateTrafficDistributionGroup.html).
 */
export class GlobalResiliencyLinks {
  /** The links of `instance`, created on first use. */
  public static of(instance: IConstruct): GlobalResiliencyLinks {
    let links = LINKS.get(instance);
    if (links === undefined) {
      links = new GlobalResiliencyLinks();
      LINKS.set(instance, links);
    }
    return links;
  }

  public readonly replicas: ReplicaLink[] = [];
  private readonly groups: IConstruct[] = [];

  private constructor() {}

  public addReplica(replica: ReplicaLink): void {
    this.replicas.push(replica);
    this.groups.forEach((group) => group.node.addDependency(replica.construct));
  }

  public addGroup(group: IConstruct): void {
    this.groups.push(group);
    this.replicas.forEach((replica) => group.node.addDependency(replica.construct));
  }
}

const LINKS = new WeakMap<IConstruct, GlobalResiliencyLinks>();
