import { Token } from 'aws-cdk-lib';
import { StorageType } from '../private/storage/storage-type';

/** The resource types this library knows, by name (filled by the constants of `StorageResourceType`). */
const KNOWN_RESOURCE_TYPES = new Map<string, StorageResourceType>();

/** The names of the registry's ResourceType enum are upper snake case. */
const RESOURCE_TYPE_NAME = /^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$/;

/** How a resource type is stored, beyond its name. */
interface ResourceTypeTraits {
  /** The storage types Amazon Connect accepts for it; undefined when unknown. */
  readonly accepts?: StorageType[];
  /** The last part of the default S3 prefix, when not the PascalCase name. */
  readonly folder?: string;
  /** The resource type whose storage configuration this one names, when it is a deprecated name. */
  readonly sameConfigurationAs?: string;
}

/**
 * A kind of data an Amazon Connect instance stores or streams: the `ResourceType` of
 * `AWS::Connect::InstanceStorageConfig`, with the storage types Amazon Connect accepts for it.
 * @see https://docs.aws.amazon.com/connect/latest/APIReference/API_AssociateInstanceStorageConfig.html
 * @see https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-connect-instancestorageconfig.html
 */
export class StorageResourceType {
  /** Recordings of voice conversations (S3). */
  public static readonly CALL_RECORDINGS = new StorageResourceType('CALL_RECORDINGS', { accepts: [StorageType.S3], folder: 'CallRecordings' });

  /** Transcripts of chat conversations (S3). */
  public static readonly CHAT_TRANSCRIPTS = new StorageResourceType('CHAT_TRANSCRIPTS', { accepts: [StorageType.S3], folder: 'ChatTranscripts' });

  /** Exported (scheduled) reports (S3). */
  public static readonly SCHEDULED_REPORTS = new StorageResourceType('SCHEDULED_REPORTS', { accepts: [StorageType.S3], folder: 'Reports' });

  /**
   * Live media streaming of customer audio (Kinesis Video Streams).
   * @see https://docs.aws.amazon.com/connect/latest/adminguide/customer-voice-streams.html
   */
  public static readonly MEDIA_STREAMS = new StorageResourceType('MEDIA_STREAMS', { accepts: [StorageType.KINESIS_VIDEO_STREAM] });

  /**
   * Contact records (a Kinesis data stream or a Firehose delivery stream).
   * @see https://docs.aws.amazon.com/connect/latest/adminguide/data-streaming.html
   */
  public static readonly CONTACT_TRACE_RECORDS = new StorageResourceType('CONTACT_TRACE_RECORDS', {
    accepts: [StorageType.KINESIS_STREAM, StorageType.KINESIS_FIREHOSE],
  });

  /**
   * Agent event streams (a Kinesis data stream only).
   * @see https://docs.aws.amazon.com/connect/latest/adminguide/data-streaming.html
   */
  public static readonly AGENT_EVENTS = new StorageResourceType('AGENT_EVENTS', { accepts: [StorageType.KINESIS_STREAM] });

  /**
   * Contact analysis segments of voice contacts (a Kinesis data stream), configured as `REAL_TIME_CONTACT_ANALYSIS_VOICE_SEGMENTS`.
   * @deprecated use `REAL_TIME_CONTACT_ANALYSIS_VOICE_SEGMENTS`, as Amazon Connect advises
   */
  public static readonly REAL_TIME_CONTACT_ANALYSIS_SEGMENTS = new StorageResourceType('REAL_TIME_CONTACT_ANALYSIS_SEGMENTS', {
    accepts: [StorageType.KINESIS_STREAM],
    sameConfigurationAs: 'REAL_TIME_CONTACT_ANALYSIS_VOICE_SEGMENTS',
  });

  /**
   * Files shared in chats, emails, tasks and cases (S3).
   * @see https://docs.aws.amazon.com/connect/latest/adminguide/enable-attachments.html
   */
  public static readonly ATTACHMENTS = new StorageResourceType('ATTACHMENTS', { accepts: [StorageType.S3], folder: 'Attachments' });

  /** Performance evaluations of agents (S3). */
  public static readonly CONTACT_EVALUATIONS = new StorageResourceType('CONTACT_EVALUATIONS', { accepts: [StorageType.S3], folder: 'ContactEvaluations' });

  /** Recordings of agents' screens (S3). */
  public static readonly SCREEN_RECORDINGS = new StorageResourceType('SCREEN_RECORDINGS', { accepts: [StorageType.S3], folder: 'ScreenRecordings' });

  /**
   * Contact analysis segments of chats (a Kinesis data stream).
   * @see https://docs.aws.amazon.com/connect/latest/adminguide/enable-contact-analysis-segment-streams.html
   */
  public static readonly REAL_TIME_CONTACT_ANALYSIS_CHAT_SEGMENTS = new StorageResourceType('REAL_TIME_CONTACT_ANALYSIS_CHAT_SEGMENTS', {
    accepts: [StorageType.KINESIS_STREAM],
  });

  /**
   * Contact analysis segments of voice contacts (a Kinesis data stream).
   * @see https://docs.aws.amazon.com/connect/latest/adminguide/enable-contact-analysis-segment-streams.html
   */
  public static readonly REAL_TIME_CONTACT_ANALYSIS_VOICE_SEGMENTS = new StorageResourceType('REAL_TIME_CONTACT_ANALYSIS_VOICE_SEGMENTS', {
    accepts: [StorageType.KINESIS_STREAM],
  });

  /** Email messages of the email channel (S3). */
  public static readonly EMAIL_MESSAGES = new StorageResourceType('EMAIL_MESSAGES', { accepts: [StorageType.S3], folder: 'EmailMessages' });

  /**
   * A resource type by name, for values Amazon Connect adds later; an unknown name accepts any storage type.
   * @param name the `ResourceType` value in upper snake case, such as `SCREEN_RECORDINGS`
   */
  public static of(name: string): StorageResourceType {
    if (!Token.isUnresolved(name) && !RESOURCE_TYPE_NAME.test(name)) {
      throw new Error(`storage resource type name must be an AWS::Connect::InstanceStorageConfig resource type in upper snake case, such as SCREEN_RECORDINGS, got ${JSON.stringify(name)}`);
    }
    return KNOWN_RESOURCE_TYPES.get(name) ?? new StorageResourceType(name, {});
  }

  /** @internal The storage types Amazon Connect accepts; undefined when unknown. */
  public readonly _accepts?: readonly string[];

  /** @internal `SCREEN_RECORDINGS` → `ScreenRecordings`: the id of its storage configuration. */
  public readonly _pascalName: string;

  /** @internal The last part of the default S3 prefix (`connect/<folder>`). */
  public readonly _folder: string;

  /** @internal The storage configuration it sets: its name, or the one it is a deprecated alias of. */
  public readonly _configuration: string;

  private constructor(
    /** The `ResourceType` value. */
    public readonly name: string,
    traits: ResourceTypeTraits,
  ) {
    this._accepts = traits.accepts;
    this._pascalName = name.toLowerCase().split('_').map((word) => word.charAt(0).toUpperCase() + word.slice(1)).join('');
    this._folder = traits.folder ?? this._pascalName;
    this._configuration = traits.sameConfigurationAs ?? name;
    if (traits.accepts) {
      KNOWN_RESOURCE_TYPES.set(name, this);
    }
  }

  /** The `ResourceType` value. */
  public toString(): string {
    return this.name;
  }
}
