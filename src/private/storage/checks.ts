import { Duration, Token } from 'aws-cdk-lib';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as logs from 'aws-cdk-lib/aws-logs';
import { PropValidator } from '../validation';

/** Checks of storage values against what AssociateInstanceStorageConfig accepts; tokens are skipped. */

/** S3Config.BucketPrefix and KinesisVideoStreamConfig.Prefix: 1 to 128 characters. */
export function checkPrefix(v: PropValidator, prop: string, prefix: string): void {
  v.checkString(prop, prefix, { minLength: 1, maxLength: 128 });
}

/** The most hours KinesisVideoStreamConfig.RetentionPeriodHours accepts (10 years). */
export const MAX_RETENTION_HOURS = 87600;

/** RetentionPeriodHours, 0 to 87600: the hours, or undefined after recording a problem. */
export function checkRetention(v: PropValidator, prop: string, retention: Duration): number | undefined {
  let hours: number;
  try {
    hours = retention.toHours({ integral: false });
  } catch {
    // A token given in another unit than hours cannot be converted at synth.
    v.fail(prop, retention.toString(), 'must be a Duration in hours when its value is a token');
    return undefined;
  }
  if (Token.isUnresolved(hours)) {
    return hours;
  }
  if (!Number.isInteger(hours) || hours < 0 || hours > MAX_RETENTION_HOURS) {
    v.fail(prop, `${hours} hours`, `must be a whole number of hours from 0 to ${MAX_RETENTION_HOURS}`);
    return undefined;
  }
  return hours;
}

const KEY_ARN = /^arn:aws[-a-z0-9]*:kms:[-a-z0-9]+:\d{12}:key\/.+$/;

/**
 * EncryptionConfig.KeyId: Amazon Connect needs the key's full ARN, not an id or alias.
 * @see https://docs.aws.amazon.com/connect/latest/APIReference/API_EncryptionConfig.html
 */
export function checkKey(v: PropValidator, prop: string, key: kms.IKey): void {
  const aliasName = (key as Partial<kms.IAlias>).aliasName;
  if (typeof aliasName === 'string') {
    v.fail(prop, aliasName, 'must be a KMS key, not an alias: Amazon Connect needs the full key ARN');
    return;
  }
  if (!Token.isUnresolved(key.keyArn) && !KEY_ARN.test(key.keyArn)) {
    v.fail(prop, key.keyArn, 'must be a KMS key with a full key ARN (arn:<partition>:kms:<region>:<account>:key/<key-id>)');
  }
}

/** The ARN patterns of the CloudFormation registry schema. */
export const STREAM_ARN = /^arn:aws[-a-z0-9]*:kinesis:[-a-z0-9]*:[0-9]{12}:stream\/[-a-zA-Z0-9_.]*$/;
export const DELIVERY_STREAM_ARN = /^arn:aws[-a-z0-9]*:firehose:[-a-z0-9]*:[0-9]{12}:deliverystream\/[-a-zA-Z0-9_.]*$/;

/** KinesisStreamConfig.StreamArn / KinesisFirehoseConfig.FirehoseArn. */
export function checkArn(v: PropValidator, prop: string, arn: string, pattern: RegExp, shape: string): void {
  if (!Token.isUnresolved(arn) && !pattern.test(arn)) {
    v.fail(prop, arn, `must be ${shape}`);
  }
}

/**
 * CORS AllowedOrigins: `*`, or an origin (`https://host`) with at most one `*`, as S3 accepts.
 * @see https://docs.aws.amazon.com/AmazonS3/latest/userguide/ManageCorsUsing.html
 */
export function checkOrigins(v: PropValidator, prop: string, origins: string[]): void {
  if (origins.length === 0) {
    v.fail(prop, origins, 'must list at least one origin, or be left out for the default');
  }
  origins.forEach((origin, i) => {
    if (Token.isUnresolved(origin)) {
      return;
    }
    const ok = (origin === '*' || /^https?:\/\/[^\s/]+$/.test(origin))
      && origin.split('*').length <= 2;
    if (!ok) {
      v.fail(`${prop}[${i}]`, origin, 'must be "*" or an origin such as "https://www.example.com", with at most one "*"');
    }
  });
}

/**
 * A log group's retention: a day count CloudWatch Logs accepts (a numeric enum lets any number through).
 * @see https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_PutRetentionPolicy.html
 */
export function checkLogRetention(v: PropValidator, prop: string, retention: logs.RetentionDays): void {
  if (!Token.isUnresolved(retention) && !Object.values(logs.RetentionDays).includes(retention)) {
    v.fail(prop, retention, 'must be a logs.RetentionDays value (a number of days CloudWatch Logs accepts)');
  }
}
