import { IConstruct } from 'constructs';

/** A user hierarchy structure created in the app: the construct and how many levels it has. */
export interface KnownStructure {
  readonly construct: IConstruct;
  readonly levels: number;
}

/** A user hierarchy group created in the app, and its level when its parents are known (1 for a top group). */
interface KnownGroup {
  readonly construct: IConstruct;
  readonly level?: number;
}

interface Hierarchy {
  structure?: KnownStructure;
  readonly groups: KnownGroup[];
}

const HIERARCHIES = new WeakMap<IConstruct, Hierarchy>();

function hierarchyOf(instance: IConstruct): Hierarchy {
  const hierarchy = HIERARCHIES.get(instance) ?? { groups: [] };
  HIERARCHIES.set(instance, hierarchy);
  return hierarchy;
}

/**
 * Records the instance's structure; returns the one recorded before, if any. Groups made
 * before it are made to depend on it: CreateUserHierarchyGroup needs the group's level to exist.
 */
export function registerStructure(instance: IConstruct, structure: KnownStructure): KnownStructure | undefined {
  const hierarchy = hierarchyOf(instance);
  if (hierarchy.structure !== undefined) {
    return hierarchy.structure;
  }
  hierarchy.structure = structure;
  hierarchy.groups.forEach((group) => group.construct.node.addDependency(structure.construct));
  return undefined;
}

/** Records a group of the instance and makes it depend on the instance's structure, if one is known. */
export function registerGroup(instance: IConstruct, group: IConstruct, level: number | undefined): void {
  const hierarchy = hierarchyOf(instance);
  hierarchy.groups.push({ construct: group, level });
  if (hierarchy.structure !== undefined) {
    group.node.addDependency(hierarchy.structure.construct);
  }
}

/** The instance's structure created in the app, if any. */
export function structureOf(instance: IConstruct): KnownStructure | undefined {
  return HIERARCHIES.get(instance)?.structure;
}
