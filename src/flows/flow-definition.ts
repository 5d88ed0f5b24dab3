import type { FlowAction } from './flow-action';

/** Options of a `FlowDefinition`. */
export interface FlowDefinitionProps {
  /**
   * What the flow is for, shown in its diagram.
   *
   * @default - none
   */
  readonly description?: string;
}

/**
 * The actions of one flow or flow module, written as typed code: create actions in it, link them with
 * their branches, and pass it to `FlowContent.fromDefinition`. The first action created is where the flow
 * starts unless `startWith` says otherwise; every action must be reachable from the start.
 *
 * @see https://docs.aws.amazon.com/connect/latest/APIReference/flow-language.html
 */
export class FlowDefinition {
  /** What the flow is for. */
  public readonly description?: string;

  private readonly registered: FlowAction[] = [];
  private start: FlowAction | undefined;

  constructor(props: FlowDefinitionProps = {}) {
    this.description = props.description;
  }

  /** Makes `action` the start of the flow (its `StartAction`); returns `action`. */
  public startWith(action: FlowAction): FlowAction {
    this.start = action;
    return action;
  }

  /** The action the flow starts with, if any action was created. */
  public get startAction(): FlowAction | undefined {
    return this.start ?? this.registered[0];
  }

  /** The actions created in this definition, in the order they were created. */
  public get actions(): FlowAction[] {
    return [...this.registered];
  }

  /** @internal */
  public _register(action: FlowAction): void {
    this.registered.push(action);
  }
}
