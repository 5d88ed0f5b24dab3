import { IResource, Resource, Token } from 'aws-cdk-lib';
import { CfnPrompt } from 'aws-cdk-lib/aws-connect';
import type * as s3 from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';
import type { IConnectInstance } from './instance';
import { checkRequiredString } from './private/resources/checks';
import { checkInstanceResourceArn, idFromInstanceResourceArn } from './private/resources/connect-arn';
import { defaultResourceName } from './private/resources/names';
import { PropValidator } from './private/validation';

/** A prompt of an Amazon Connect instance: a recording flows play. */
export interface IPrompt extends IResource {
  /**
   * The ARN of the prompt.
   * @attribute
   */
  readonly promptArn: string;

  /**
   * The id of the prompt.
   * @attribute
   */
  readonly promptId: string;
}

/**
 * A prompt to create from an audio file in S3, in a format the admin guide lists. CloudFormation
 * reads the object with the deploying role's credentials, so the bucket grants Amazon Connect nothing.
 * @see https://docs.aws.amazon.com/connect/latest/adminguide/prompts.html
 * @see https://docs.aws.amazon.com/connect/latest/APIReference/API_CreatePrompt.html
 */
export interface PromptOptions {
  /** The bucket that holds the audio file. */
  readonly bucket: s3.IBucket;

  /** The key of the audio file in the bucket, such as `prompts/welcome.wav`. */
  readonly objectKey: string;

  /**
   * The name (1 to 127 characters), shown in the admin website.
   * @default - a name unique in the app, built from the construct path
   */
  readonly promptName?: string;

  /**
   * A description (1 to 250 characters).
   * @default - none
   */
  readonly description?: string;
}

/** The registry schema's S3Uri: at most 2,000 characters. */
const MAX_URI = 2000;

/** Properties of a `Prompt`. */
export interface PromptProps extends PromptOptions {
  /** The instance the prompt belongs to. */
  readonly instance: IConnectInstance;
}

/**
 * A prompt of an Amazon Connect instance, from an audio file in S3.
 * @resource AWS::Connect::Prompt
 */
export class Prompt extends Resource implements IPrompt {
  /** Imports a prompt by ARN. */
  public static fromPromptArn(scope: Construct, id: string, promptArn: string): IPrompt {
    checkInstanceResourceArn('promptArn', promptArn, 'prompt', 'an Amazon Connect prompt');
    class Import extends Resource implements IPrompt {
      public readonly promptArn = promptArn;
      public readonly promptId = idFromInstanceResourceArn(promptArn);
    }
    return new Import(scope, id, { environmentFromArn: promptArn });
  }

  /**
   * The ARN of the prompt.
   * @attribute
   */
  public readonly promptArn: string;

  /**
   * The id of the prompt.
   * @attribute
   */
  public readonly promptId: string;

  constructor(scope: Construct, id: string, props: PromptProps) {
    super(scope, id);
    const v = new PropValidator();
    v.checkRequired('instance', props.instance);
    v.checkRequired('bucket', props.bucket);
    // The registry schema's Name (1 to 127), Description (1 to 250) and S3Uri (s3://\S+/.+, at most 2,000).
    v.checkString('promptName', props.promptName, { minLength: 1, maxLength: 127 });
    v.checkString('description', props.description, { minLength: 1, maxLength: 250 });
    checkRequiredString(v, 'objectKey', props.objectKey, { pattern: /^[^/]/, patternMessage: 'must be the key of an object: not empty, no leading /' });
    const uri = props.bucket && props.objectKey !== undefined ? `s3://${props.bucket.bucketName}/${props.objectKey}` : undefined;
    if (uri !== undefined && !Token.isUnresolved(uri) && uri.length > MAX_URI) {
      v.fail('objectKey', props.objectKey, `must make an S3 URI of at most ${MAX_URI} characters (length ${uri.length})`);
    }
    v.throwIfAny(this, 'Prompt');

    const resource = new CfnPrompt(this, 'Resource', {
      instanceArn: props.instance.instanceArn,
      name: props.promptName ?? defaultResourceName(this),
      description: props.description,
      s3Uri: uri,
    });
    this.promptArn = resource.attrPromptArn;
    this.promptId = idFromInstanceResourceArn(this.promptArn);
  }
}
