/** The deploy-time handlers' failure reasons and ARN parsing; no dependency, so that esbuild bundles it. */

/** The longest reason: CloudFormation takes response bodies of 4,096 bytes at most. */
export const MAX_REASON_CHARS = 1_000;

/** A user-facing reason; its `stack` is the message, since aws-cdk-lib's wrapper answers with `stack`. */
export class ReasonError extends Error {
  constructor(name: string, message: string) {
    super(message);
    this.name = name;
    this.stack = message;
  }
}

/** The name of what was thrown (`Error` for anything that is not an Error). */
export function errorName(err: unknown): string {
  return err instanceof Error ? err.name : 'Error';
}

/** `<name>: <message>` of what was thrown. */
export function errorText(err: unknown): string {
  const message = err instanceof Error ? err.message : String(err);
  return `${errorName(err)}: ${message || 'no message'}`;
}

/** The reason for what a handler threw, at most MAX_REASON_CHARS characters. */
export function reasonFor(err: unknown): string {
  const reason = err instanceof ReasonError ? err.message : errorText(err);
  return reason.length <= MAX_REASON_CHARS ? reason : `${reason.slice(0, MAX_REASON_CHARS - 3)}...`;
}

/** The resource part of an Amazon Connect ARN, or undefined. */
export function connectResource(arn: unknown): string | undefined {
  const parts = typeof arn === 'string' ? arn.split(':') : [];
  return parts.length === 6 && parts[0] === 'arn' && parts[2] === 'connect' ? parts[5] : undefined;
}

/** The first group `resource` captures in the resource part of an Amazon Connect ARN, or undefined. */
export function connectResourceId(arn: unknown, resource: RegExp): string | undefined {
  return resource.exec(connectResource(arn) ?? '')?.[1];
}

/** The bare instance id of an instance ARN (`arn:<partition>:connect:<region>:<account>:instance/<id>`), or undefined. */
export function instanceIdFromArn(arn: unknown): string | undefined {
  return connectResourceId(arn, /^instance\/([A-Za-z0-9-]+)$/);
}
