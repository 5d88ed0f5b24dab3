import { ArnComponents, ArnFormat, Stack } from 'aws-cdk-lib';
import { IConstruct } from 'constructs';

/**
 * The components of `arn` (known at synth time) with a slash before the
 * resource name, or undefined when it is no ARN at all: the caller reports
 * it as the ARN it expected.
 */
export function splitSlashArn(scope: IConstruct, arn: string): ArnComponents | undefined {
  try {
    return Stack.of(scope).splitArn(arn, ArnFormat.SLASH_RESOURCE_NAME);
  } catch {
    return undefined;
  }
}
