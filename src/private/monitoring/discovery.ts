import { CfnResource, Stack } from 'aws-cdk-lib';
import { CfnContactFlow, CfnIntegrationAssociation, CfnQueue } from 'aws-cdk-lib/aws-connect';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import { IConstruct } from 'constructs';
import { ContactFlow, IContactFlow } from '../../contact-flow';
import type { IConnectInstance } from '../../instance';
import { IQueue, Queue } from '../../queue';
import { existingDeployTimeFunction } from '../deploy-time/provider';

/** What the app built for one instance, in the order it appears in the construct tree. */
export interface Monitored {
  readonly queues: IQueue[];
  readonly contactFlows: IContactFlow[];
  /** The functions the instance's flows may call (`IntegrationAssociation`). */
  readonly functions: lambda.IFunction[];
  /** The deploy-time function of each stack that holds one of the instance's resources. */
  readonly deployTimeFunctions: CfnResource[];
}

/**
 * The queues and flows created in the app for `instance`, the Lambda functions
 * associated with it, and the deploy-time functions of the stacks involved,
 * found by walking the whole app once: resources of an imported instance are
 * found too, since they name the same ARN.
 */
export function discover(instance: IConnectInstance, scope: IConstruct): Monitored {
  const queues: IQueue[] = [];
  const contactFlows: IContactFlow[] = [];
  const functionArns = new Set<string>();
  const candidates: lambda.IFunction[] = [];
  const stacks = new Set<Stack>([Stack.of(instance), Stack.of(scope)]);
  for (const c of instance.node.root.node.findAll()) {
    if (c instanceof Queue && (c.node.defaultChild as CfnQueue).instanceArn === instance.instanceArn) {
      queues.push(c);
      stacks.add(Stack.of(c));
    } else if (c instanceof ContactFlow && (c.node.defaultChild as CfnContactFlow).instanceArn === instance.instanceArn) {
      contactFlows.push(c);
      stacks.add(Stack.of(c));
    } else if (c instanceof CfnIntegrationAssociation && c.instanceId === instance.instanceArn && c.integrationType === 'LAMBDA_FUNCTION') {
      functionArns.add(c.integrationArn);
      stacks.add(Stack.of(c));
    } else if (isFunction(c)) {
      candidates.push(c);
    }
  }
  const functions: lambda.IFunction[] = [];
  for (const fn of candidates) {
    // The association holds the very string of the function's ARN (a token or a literal).
    if (functionArns.delete(fn.functionArn)) {
      functions.push(fn);
    }
  }
  const deployTimeFunctions = [...stacks].map(existingDeployTimeFunction).filter((f): f is CfnResource => f !== undefined);
  return { queues, contactFlows, functions, deployTimeFunctions };
}

/** A Lambda function, version or alias, owned or imported (without loading aws-lambda). */
export function isFunction(c: unknown): c is lambda.IFunction {
  const fn = c as Partial<lambda.IFunction> | undefined;
  return typeof fn?.metricErrors === 'function' && typeof fn.functionArn === 'string' && typeof fn.functionName === 'string';
}
