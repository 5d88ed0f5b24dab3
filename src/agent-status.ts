import { IResource, Resource } from 'aws-cdk-lib';
import { CfnAgentStatus } from 'aws-cdk-lib/aws-connect';
import { Construct } from 'constructs';
import type { IConnectInstance } from './instance';
import { checkInstanceResourceArn, idFromInstanceResourceArn } from './private/resources/connect-arn';
import { defaultResourceName } from './private/resources/names';
import { registerUniqueName } from './private/resources/unique-names';
import { PropValidator } from './private/validation';

/** An agent status of an Amazon Connect instance: what agents set themselves to, such as Break or Training. */
export interface IAgentStatus extends IResource {
  /**
   * The ARN of the agent status.
   *
   * @attribute
   */
  readonly agentStatusArn: string;

  /**
   * The id of the agent status.
   *
   * @attribute
   */
  readonly agentStatusId: string;
}

/** Whether agents can choose a status in the Contact Control Panel. */
export enum AgentStatusState {
  /** Shown to agents. */
  ENABLED = 'ENABLED',
  /** Hidden from agents; the way to retire a status, which Amazon Connect cannot delete. */
  DISABLED = 'DISABLED',
}

/**
 * A custom agent status to create for an instance (CreateAgentStatus takes no type: the routable
 * and offline statuses come with the instance).
 *
 * @see https://docs.aws.amazon.com/connect/latest/APIReference/API_CreateAgentStatus.html
 */
export interface AgentStatusOptions {
  /**
   * The name (1 to 127 characters), shown to agents; unique in the instance.
   *
   * @default - a name unique in the app, built from the construct path
   */
  readonly agentStatusName?: string;

  /**
   * A description (1 to 250 characters).
   *
   * @default - none
   */
  readonly description?: string;

  /**
   * Whether agents can choose the status.
   *
   * @default AgentStatusState.ENABLED
   */
  readonly state?: AgentStatusState;

  /**
   * Where the status appears in the agents' list, 1 (first) to 50.
   *
   * @default - after the statuses that have one
   */
  readonly displayOrder?: number;
}

/** Properties of an `AgentStatus`. */
export interface AgentStatusProps extends AgentStatusOptions {
  /** The instance the agent status belongs to. */
  readonly instance: IConnectInstance;
}

/**
 * A custom agent status of an Amazon Connect instance. Amazon Connect cannot delete an agent status
 * (the registry schema's delete handler does nothing): removed from the stack, the status stays in
 * the instance with its name, so set `state` to `DISABLED` to retire it.
 *
 * @resource AWS::Connect::AgentStatus
 * @see https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-connect-agentstatus.html
 * @see https://docs.aws.amazon.com/connect/latest/APIReference/agent-status-api.html
 */
export class AgentStatus extends Resource implements IAgentStatus {
  /** Imports an agent status by ARN (`…/agent-state/<id>`). */
  public static fromAgentStatusArn(scope: Construct, id: string, agentStatusArn: string): IAgentStatus {
    checkInstanceResourceArn('agentStatusArn', agentStatusArn, 'agent-state', 'an Amazon Connect agent status');
    class Import extends Resource implements IAgentStatus {
      public readonly agentStatusArn = agentStatusArn;
      public readonly agentStatusId = idFromInstanceResourceArn(agentStatusArn);
    }
    return new Import(scope, id, { environmentFromArn: agentStatusArn });
  }

  /**
   * The ARN of the agent status.
   *
   * @attribute
   */
  public readonly agentStatusArn: string;

  /**
   * The id of the agent status.
   *
   * @attribute
   */
  public readonly agentStatusId: string;

  /** The name of the agent status. */
  public readonly agentStatusName: string;

  constructor(scope: Construct, id: string, props: AgentStatusProps) {
    super(scope, id);
    const v = new PropValidator();
    v.checkRequired('instance', props.instance);
    // The registry schema's Name (1 to 127), Description (1 to 250), DisplayOrder (1 to 50) and State.
    v.checkString('agentStatusName', props.agentStatusName, { minLength: 1, maxLength: 127 });
    v.checkString('description', props.description, { minLength: 1, maxLength: 250 });
    v.checkInteger('displayOrder', props.displayOrder, 1, 50);
    if (props.state !== undefined && !Object.values<string>(AgentStatusState).includes(props.state)) {
      v.fail('state', props.state, `must be one of ${Object.values(AgentStatusState).join(', ')}`);
    }
    v.throwIfAny(this, 'AgentStatus');

    this.agentStatusName = props.agentStatusName ?? defaultResourceName(this);
    registerUniqueName(props.instance, { kind: 'AgentStatus', prop: 'agentStatusName', within: 'the instance' }, this, this.agentStatusName);
    const resource = new CfnAgentStatus(this, 'Resource', {
      instanceArn: props.instance.instanceArn,
      name: this.agentStatusName,
      description: props.description,
      state: props.state ?? AgentStatusState.ENABLED,
      displayOrder: props.displayOrder,
    });
    this.agentStatusArn = resource.attrAgentStatusArn;
    this.agentStatusId = idFromInstanceResourceArn(this.agentStatusArn);
  }
}
