import { IResource, Resource } from 'aws-cdk-lib';
import { CfnUserHierarchyGroup } from 'aws-cdk-lib/aws-connect';
import { Construct } from 'constructs';
import type { IConnectInstance } from './instance';
import { checkReference } from './private/resources/checks';
import { checkInstanceResourceArn, idFromInstanceResourceArn } from './private/resources/connect-arn';
import { defaultResourceName } from './private/resources/names';
import { instanceArnOf } from './private/resources/references';
import { differentInstances } from './private/resources/same-instance';
import { registerGroup, structureOf } from './private/user-hierarchy/registry';
import { PropValidator } from './private/validation';

/** A group of users in an Amazon Connect instance's user hierarchy, such as a site or a team. */
export interface IUserHierarchyGroup extends IResource {
  /**
   * The ARN of the group (`…/agent-group/<id>`).
   *
   * @attribute
   */
  readonly userHierarchyGroupArn: string;

  /**
   * The id of the group.
   *
   * @attribute
   */
  readonly userHierarchyGroupId: string;
}

/** A user hierarchy group to create for an instance. */
export interface UserHierarchyGroupOptions {
  /**
   * The name (1 to 100 characters).
   *
   * @default - a name unique in the app, built from the construct path
   */
  readonly userHierarchyGroupName?: string;

  /**
   * The group one level up, of the same instance. Changing it replaces the group.
   *
   * @default - none: a group at the top level
   */
  readonly parent?: IUserHierarchyGroup;
}

/** Properties of a `UserHierarchyGroup`. */
export interface UserHierarchyGroupProps extends UserHierarchyGroupOptions {
  /** The instance the group belongs to. */
  readonly instance: IConnectInstance;
}

/** The deepest level a hierarchy has (HierarchyGroups: up to five levels). */
const MAX_LEVEL = 5;

/**
 * A group of an Amazon Connect instance's user hierarchy, at the level below its parent's (the
 * top level without one). The level must exist in the instance's user hierarchy structure: one
 * created in the app is depended on, and a group deeper than its levels fails at synth.
 *
 * @resource AWS::Connect::UserHierarchyGroup
 * @see https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-connect-userhierarchygroup.html
 * @see https://docs.aws.amazon.com/connect/latest/APIReference/API_CreateUserHierarchyGroup.html
 * @see https://docs.aws.amazon.com/connect/latest/APIReference/API_HierarchyGroups.html
 * @see https://docs.aws.amazon.com/connect/latest/adminguide/agent-hierarchy.html
 */
export class UserHierarchyGroup extends Resource implements IUserHierarchyGroup {
  /** Imports a user hierarchy group by ARN. */
  public static fromUserHierarchyGroupArn(scope: Construct, id: string, userHierarchyGroupArn: string): IUserHierarchyGroup {
    checkInstanceResourceArn('userHierarchyGroupArn', userHierarchyGroupArn, 'agent-group', 'an Amazon Connect user hierarchy group');
    class Import extends Resource implements IUserHierarchyGroup {
      public readonly userHierarchyGroupArn = userHierarchyGroupArn;
      public readonly userHierarchyGroupId = idFromInstanceResourceArn(userHierarchyGroupArn);
    }
    return new Import(scope, id, { environmentFromArn: userHierarchyGroupArn });
  }

  /**
   * The ARN of the group.
   *
   * @attribute
   */
  public readonly userHierarchyGroupArn: string;

  /**
   * The id of the group.
   *
   * @attribute
   */
  public readonly userHierarchyGroupId: string;

  /** The name of the group. */
  public readonly userHierarchyGroupName: string;

  /**
   * The group's level, 1 (top) to 5, when every parent was created in the app.
   *
   * @default - unknown: an imported group is among the parents
   */
  public readonly level?: number;

  /**
   * The ARN of the group's instance, for the checks of its children and users.
   *
   * @internal
   */
  public readonly _instanceArn: string;

  constructor(scope: Construct, id: string, props: UserHierarchyGroupProps) {
    super(scope, id);
    const v = new PropValidator();
    v.checkRequired('instance', props.instance);
    // The registry schema's Name: 1 to 100 characters.
    v.checkString('userHierarchyGroupName', props.userHierarchyGroupName, { minLength: 1, maxLength: 100 });
    const parent = props.parent;
    let level: number | undefined = 1;
    if (parent !== undefined) {
      if (checkReference(v, 'parent', parent, 'userHierarchyGroupArn',
        'a user hierarchy group (IUserHierarchyGroup), such as instance.addUserHierarchyGroup() or UserHierarchyGroup.fromUserHierarchyGroupArn()')) {
        const owner = parent instanceof UserHierarchyGroup ? parent._instanceArn : instanceArnOf(parent.userHierarchyGroupArn);
        if (differentInstances(owner, props.instance?.instanceArn)) {
          v.failCombination(`parent must be a group of the same instance: the group at '${parent.node.path}' belongs to ${JSON.stringify(owner)}`);
        }
      }
      level = parent instanceof UserHierarchyGroup && parent.level !== undefined ? parent.level + 1 : undefined;
      if (level !== undefined && level > MAX_LEVEL) {
        v.failCombination(`parent '${parent.node.path}' is at level ${MAX_LEVEL}, the deepest a user hierarchy has: a group below it would be at level ${level}`);
      }
    }
    v.throwIfAny(this, 'UserHierarchyGroup');

    this.userHierarchyGroupName = props.userHierarchyGroupName ?? defaultResourceName(this);
    this.level = level;
    this._instanceArn = props.instance.instanceArn;
    const resource = new CfnUserHierarchyGroup(this, 'Resource', {
      instanceArn: props.instance.instanceArn,
      name: this.userHierarchyGroupName,
      parentGroupArn: parent?.userHierarchyGroupArn,
    });
    this.userHierarchyGroupArn = resource.attrUserHierarchyGroupArn;
    this.userHierarchyGroupId = idFromInstanceResourceArn(this.userHierarchyGroupArn);
    registerGroup(props.instance, this, level);
    this.node.addValidation({ validate: () => this.checkLevel(props.instance) });
  }

  /** A group below the levels of the instance's structure created in the app cannot be created. */
  private checkLevel(instance: IConnectInstance): string[] {
    const structure = structureOf(instance);
    if (structure === undefined || this.level === undefined || this.level <= structure.levels) {
      return [];
    }
    const v = new PropValidator();
    v.failCombination(`the group is at level ${this.level}, but the user hierarchy structure at '${structure.construct.node.path}' has ${
      structure.levels} level${structure.levels === 1 ? '' : 's'}: add the level to levelNames, or attach the group higher`);
    return v.messages(this, 'UserHierarchyGroup');
  }
}
