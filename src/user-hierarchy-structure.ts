import { IResource, Resource, Token } from 'aws-cdk-lib';
import { CfnUserHierarchyStructure } from 'aws-cdk-lib/aws-connect';
import { Construct } from 'constructs';
import type { IConnectInstance } from './instance';
import { registerStructure } from './private/user-hierarchy/registry';
import { PropValidator } from './private/validation';

/** The user hierarchy structure of an Amazon Connect instance: the names of its levels. */
export interface IUserHierarchyStructure extends IResource {
  /**
   * The ARN of the structure (`…:instance/<instance id>/user-hierarchy-structure`).
   *
   * @attribute
   */
  readonly userHierarchyStructureArn: string;
}

/**
 * The levels of an instance's user hierarchy, such as `['Region', 'Site', 'Team']`: groups of
 * users (`addUserHierarchyGroup`) sit at these levels, reports roll up along them.
 *
 * @see https://docs.aws.amazon.com/connect/latest/adminguide/agent-hierarchy.html
 */
export interface UserHierarchyStructureOptions {
  /** The names of the levels, top first: 1 to 5 names of 1 to 50 characters. */
  readonly levelNames: string[];
}

/** Properties of a `UserHierarchyStructure`. */
export interface UserHierarchyStructureProps extends UserHierarchyStructureOptions {
  /** The instance whose hierarchy it is; an instance has one. */
  readonly instance: IConnectInstance;
}

/** The registry schema's levels, LevelOne to LevelFive. */
const LEVELS = ['levelOne', 'levelTwo', 'levelThree', 'levelFour', 'levelFive'] as const;

/** HierarchyLevelUpdate's Name: at most 50 characters. */
const MAX_LEVEL_NAME = 50;

/** `…:instance/<instance id>/user-hierarchy-structure`, the registry schema's UserHierarchyStructureArn. */
const STRUCTURE_ARN = /^arn:aws[-a-z0-9]*:connect:[-a-z0-9]*:[0-9]{12}:instance\/[-a-zA-Z0-9]+\/user-hierarchy-structure$/;

/**
 * The user hierarchy structure of an Amazon Connect instance: up to five named levels. An instance
 * has one structure, so a second for the same instance fails. Groups of the instance created in
 * the app depend on it, and a group deeper than its levels fails at synth.
 *
 * @resource AWS::Connect::UserHierarchyStructure
 * @see https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-connect-userhierarchystructure.html
 * @see https://docs.aws.amazon.com/connect/latest/APIReference/API_UpdateUserHierarchyStructure.html
 * @see https://docs.aws.amazon.com/connect/latest/APIReference/API_HierarchyLevelUpdate.html
 */
export class UserHierarchyStructure extends Resource implements IUserHierarchyStructure {
  /** Imports an instance's user hierarchy structure by ARN. */
  public static fromUserHierarchyStructureArn(scope: Construct, id: string, userHierarchyStructureArn: string): IUserHierarchyStructure {
    if (typeof userHierarchyStructureArn !== 'string'
      || (!Token.isUnresolved(userHierarchyStructureArn) && !STRUCTURE_ARN.test(userHierarchyStructureArn))) {
      throw new Error('userHierarchyStructureArn must be the ARN of an Amazon Connect user hierarchy structure '
        + `(arn:<partition>:connect:<region>:<account>:instance/<instance id>/user-hierarchy-structure), got ${JSON.stringify(userHierarchyStructureArn)}`);
    }
    class Import extends Resource implements IUserHierarchyStructure {
      public readonly userHierarchyStructureArn = userHierarchyStructureArn;
    }
    return new Import(scope, id, { environmentFromArn: userHierarchyStructureArn });
  }

  /**
   * The ARN of the structure.
   *
   * @attribute
   */
  public readonly userHierarchyStructureArn: string;

  /** The names of the levels, top first. */
  public readonly levelNames: string[];

  constructor(scope: Construct, id: string, props: UserHierarchyStructureProps) {
    super(scope, id);
    const v = new PropValidator();
    v.checkRequired('instance', props.instance);
    const names = props.levelNames;
    if (!Array.isArray(names) || names.length < 1 || names.length > LEVELS.length) {
      v.fail('levelNames', names, `must list 1 to ${LEVELS.length} level names, top first`);
    } else {
      names.forEach((name, index) => v.checkString(`levelNames[${index}]`, name, { minLength: 1, maxLength: MAX_LEVEL_NAME }));
    }
    v.throwIfAny(this, 'UserHierarchyStructure');

    const earlier = registerStructure(props.instance, { construct: this, levels: names.length });
    if (earlier !== undefined) {
      v.failCombination(`instance already has the user hierarchy structure at '${earlier.construct.node.path}': an instance has one structure, give it every level`);
      v.throwIfAny(this, 'UserHierarchyStructure');
    }
    const structure: CfnUserHierarchyStructure.UserHierarchyStructureProperty = {};
    names.forEach((name, index) => Object.assign(structure, { [LEVELS[index]]: { name } }));
    const resource = new CfnUserHierarchyStructure(this, 'Resource', {
      instanceArn: props.instance.instanceArn,
      userHierarchyStructure: structure,
    });
    this.userHierarchyStructureArn = resource.attrUserHierarchyStructureArn;
    this.levelNames = [...names];
  }
}
