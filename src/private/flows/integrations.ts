import { createHash } from 'crypto';
import { Stack } from 'aws-cdk-lib';
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
    flow.node.addDependency(associate(flow, instance, `Function${fn.node.addr.slice(0, 16)}`, () => Integration.lambdaFunction(fn)));
  }
  for (const arn of bots) {
    const key = createHash('sha256').update(JSON.stringify(Stack.of(flow).resolve(arn))).digest('hex').slice(0, 16);
    flow.node.addDependency(associate(flow, instance, `LexBot${key}`, () => Integration.lexV2BotAlias(arn)));
  }
}

/** The association under the instance (or, for an instance of another stack, under the flow's stack). */
function associate(flow: Construct, instance: IConnectInstance, key: string, integration: () => Integration): IConstruct {
  const sameStack = Stack.of(instance) === Stack.of(flow);
  const parent: Construct = sameStack ? instance as unknown as Construct : Stack.of(flow);
  const id = sameStack ? `FlowIntegration${key}` : `FlowIntegration${instance.node.addr.slice(0, 8)}${key}`;
  const existing = parent.node.tryFindChild(id);
  if (existing) {
    return existing;
  }
  return new IntegrationAssociation(parent, id, { instance, integration: integration() });
}
