import { createHash } from 'crypto';
import { Annotations, Reference, Stack, Token, Tokenization } from 'aws-cdk-lib';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import { Construct, IConstruct } from 'constructs';
import type { FlowAction } from '../../flows/flow-action';
import type { IConnectInstance } from '../../instance';
import { Integration, IntegrationAssociation } from '../../integration-association';

/**
 * Associates the functions and Lex V2 bot aliases the actions use with the instance, once per
 * instance and integration, and makes the flow depend on the associations: Amazon Connect checks a
 * published flow's references when it is created.
 *
 * @see https://docs.aws.amazon.com/connect/latest/adminguide/connect-lambda-functions.html
 * @see https://docs.aws.amazon.com/connect/latest/adminguide/amazon-lex.html
 */
export function associateIntegrations(flow: Construct, instance: IConnectInstance, actions: FlowAction[]): void {
  associateWithInstance(flow, instance, actions.flatMap(a => a._functions), actions.flatMap(a => a._lexBotAliasArns));
}

/** Associates `functions` and the Lex V2 bot aliases `botAliasArns` with the instance, as `associateIntegrations` does. */
export function associateWithInstance(flow: Construct, instance: IConnectInstance, functions: lambda.IFunction[], botAliasArns: string[]): void {
  const bots = new Set(botAliasArns);
  for (const fn of new Set(functions)) {
    const target: Target = { key: `Function${fn.node.addr.slice(0, 16)}`, arn: fn.functionArn, description: `the Lambda function ${fn.node.path}` };
    flow.node.addDependency(associate(flow, instance, target, () => Integration.lambdaFunction(fn)));
  }
  for (const arn of bots) {
    const key = createHash('sha256').update(JSON.stringify(Stack.of(flow).resolve(arn))).digest('hex').slice(0, 16);
    const target: Target = { key: `LexBot${key}`, arn, description: `the Lex bot alias ${describeArn(arn)}` };
    flow.node.addDependency(associate(flow, instance, target, () => Integration.lexV2BotAlias(arn)));
  }
}

/** A function or bot alias to associate. */
interface Target {
  /** Unique per function or bot alias, part of the association's id. */
  readonly key: string;
  readonly arn: string;
  /** How a warning names it. */
  readonly description: string;
}

/**
 * The association under the instance when the flow is in the instance's stack, or when the target's
 * ARN refers to nothing outside it (flows of several stacks then share it); otherwise under the flow's
 * stack, which already refers to both (an association in the instance's stack could close a loop).
 */
function associate(flow: Construct, instance: IConnectInstance, target: Target, integration: () => Integration): IConstruct {
  const instanceStack = Stack.of(instance);
  const withInstance = instanceStack === Stack.of(flow) || referencedStacks(target.arn).every(s => s === instanceStack);
  const parent: Construct = withInstance ? instance as unknown as Construct : Stack.of(flow);
  const id = withInstance ? `FlowIntegration${target.key}` : `FlowIntegration${instance.node.addr.slice(0, 8)}${target.key}`;
  const existing = parent.node.tryFindChild(id);
  if (existing) {
    return existing;
  }
  const association = new IntegrationAssociation(parent, id, { instance, integration: integration() });
  warnIfAssociatedElsewhere(association, instance, target);
  return association;
}

/** The stacks of the resources a value refers to (`Ref`, `Fn::GetAtt`). */
function referencedStacks(value: string): Stack[] {
  return references(value).map(target => Stack.of(target));
}

/** The resources a value refers to. */
function references(value: string): IConstruct[] {
  if (!Token.isUnresolved(value)) {
    return [];
  }
  return Tokenization.reverseString(value).tokens.flatMap(token => token instanceof Reference ? [token.target] : []);
}

/** An ARN as a warning names it: itself, or the resources it refers to. */
function describeArn(arn: string): string {
  const targets = references(arn);
  return targets.length > 0 ? `of ${targets.map(t => t.node.path).join(', ')}` : arn;
}

/** The stacks that associate each (instance, target), per app. */
const associatedIn = new WeakMap<IConstruct, Map<string, Stack>>();

/**
 * An instance has one association per function or bot alias: two stacks that each associate it
 * share it, and deleting either stack deletes it for the other's flows.
 *
 * @see https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-connect-integrationassociation.html
 */
function warnIfAssociatedElsewhere(association: IntegrationAssociation, instance: IConnectInstance, target: Target): void {
  const root = association.node.root;
  const seen = associatedIn.get(root) ?? new Map<string, Stack>();
  associatedIn.set(root, seen);
  const instanceKey = Token.isUnresolved(instance.instanceArn) ? instance.node.addr : instance.instanceArn;
  const targetKey = Token.isUnresolved(target.arn) ? target.key : target.arn;
  const key = `${instanceKey} ${targetKey}`;
  const stack = Stack.of(association);
  const other = seen.get(key);
  if (other === undefined) {
    seen.set(key, stack);
  } else if (other !== stack) {
    Annotations.of(association).addWarningV2('cdk-connect-instance:flowIntegrationInTwoStacks',
      `${target.description} is also associated with the instance ${instance.node.path} in the stack ${other.node.path}: `
      + 'Amazon Connect keeps one association per instance, which deleting either stack removes for both. Put the flows that use it '
      + 'in one stack, or the function or bot alias in the instance\'s stack');
  }
}
