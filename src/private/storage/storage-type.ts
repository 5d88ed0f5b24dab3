/**
 * Where Amazon Connect sends one kind of data: the `StorageType` of AssociateInstanceStorageConfig.
 * @see https://docs.aws.amazon.com/connect/latest/APIReference/API_InstanceStorageConfig.html
 */
export enum StorageType {
  /** An S3 bucket, under a prefix, encrypted with a KMS key. */
  S3 = 'S3',
  /** Kinesis Video Streams that Amazon Connect creates, one per active call. */
  KINESIS_VIDEO_STREAM = 'KINESIS_VIDEO_STREAM',
  /** A Kinesis data stream. */
  KINESIS_STREAM = 'KINESIS_STREAM',
  /** An Amazon Data Firehose delivery stream. */
  KINESIS_FIREHOSE = 'KINESIS_FIREHOSE',
}
