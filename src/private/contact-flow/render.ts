import { Construct } from 'constructs';
import { checkFlowContent } from './flow-checks';
import { FlowContent } from '../../flow-content';
import type { IConnectInstance } from '../../instance';
import { PropValidator } from '../validation';

/**
 * Renders the content of a flow or flow module and records its problems;
 * returns the JSON text to deploy.
 */
export function renderContent(
  scope: Construct, v: PropValidator, content: FlowContent, instance: IConnectInstance, flowType: string,
): string | undefined {
  if (!v.checkRequired('content', content)) {
    return undefined;
  }
  if (!(content instanceof FlowContent)) {
    // Possible from JavaScript.
    v.fail('content', content, 'must be a FlowContent read from a file, a string or an object');
    return undefined;
  }
  const before = v.count;
  const rendered = content._render(scope, { v, instance, flowType });
  // A definition's own checks name its actions; the structural ones are a safety net behind them.
  if (!rendered.fromDefinition || v.count === before) {
    checkFlowContent(v, rendered);
  }
  return rendered.text;
}
