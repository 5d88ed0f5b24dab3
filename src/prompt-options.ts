import { IResource } from 'aws-cdk-lib';
import type * as s3 from 'aws-cdk-lib/aws-s3';

/**
 * A prompt of an Amazon Connect instance: a recording flows play.
 */
export interface IPrompt extends IResource {
  /**
   * The ARN of the prompt.
   *
   * @attribute
   */
  readonly promptArn: string;

  /**
   * The id of the prompt (the last part of its ARN).
   *
   * @attribute
   */
  readonly promptId: string;
}

/**
 * A prompt to create for an instance from an audio file in S3, in a format
 * the admin guide's "Create prompts" lists (such as 8 kHz mono U-Law .wav).
 *
 * CloudFormation reads the object with the deploying role's credentials (the
 * registry schema's create handler needs `s3:GetObject`, `s3:GetObjectAcl`
 * and, for a bucket encrypted with a KMS key, `kms:Decrypt`), so the bucket
 * need not grant Amazon Connect anything.
 *
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
   *
   * @default - a name unique in the app, built from the construct path
   */
  readonly promptName?: string;

  /**
   * A description (1 to 250 characters).
   *
   * @default - none
   */
  readonly description?: string;
}
