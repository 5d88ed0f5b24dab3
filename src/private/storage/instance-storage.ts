import { Annotations, RemovalPolicy, Token } from 'aws-cdk-lib';
import { CfnInstance, CfnInstanceStorageConfig } from 'aws-cdk-lib/aws-connect';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { Construct, IConstruct } from 'constructs';
import { checkKey, checkLogRetention, checkOrigins } from './checks';
import { attachmentsCorsRule, DEFAULT_ATTACHMENT_ORIGINS } from './data-bucket';
import { createFlowLogGroup } from './flow-log-group';
import { NoSharedStorage, SharedStorage } from './shared-storage';
import { StorageResourceType } from '../../storage/resource-type';
import { IStorageSharedResources, StorageOptions, StorageTarget, StorageTargetConfig } from '../../storage/target';
import { PropValidator } from '../validation';

const STORAGE_ID = 'Storage';

/** What the construct creates with an instance it creates. */
export interface CreatedInstanceStorage {
  /** The instance, which is made to depend on the flow log group. */
  readonly instance: CfnInstance;
  readonly options?: StorageOptions;
  /** Applies to the buckets, key and log group created. */
  readonly removalPolicy: RemovalPolicy;
  /** Whether the instance's `ContactflowLogs` attribute is on. */
  readonly contactFlowLogs: boolean;
  /** `/aws/connect/<alias>`, when the alias is known. */
  readonly flowLogGroupName?: string;
}

/** What the storage of an instance is made from. */
export interface InstanceStorageProps {
  readonly instanceArn: string;
  /**
   * The options of a created instance (shared bucket, key, defaults, log group).
   * @default - an imported instance
   */
  readonly created?: CreatedInstanceStorage;
}

/** One storage configuration asked for, with the props it came from. */
interface StorageEntry {
  readonly resourceType: StorageResourceType;
  readonly target: StorageTarget;
  /** The prop naming the resource type, such as `storage.callRecordings` or `storage.additional[0].resourceType`. */
  readonly typeProp: string;
  /** The prop naming the target, such as `storage.callRecordings` or `storage.additional[0].target`. */
  readonly targetProp: string;
}

/** An entry and the storage configuration its target rendered. */
interface BoundEntry {
  readonly entry: StorageEntry;
  readonly config: StorageTargetConfig;
}

/** The named props of `StorageOptions`, their resource types, and whether the console turns them on. */
const NAMED_TARGETS: ReadonlyArray<[keyof StorageOptions, StorageResourceType, boolean]> = [
  ['callRecordings', StorageResourceType.CALL_RECORDINGS, true],
  ['chatTranscripts', StorageResourceType.CHAT_TRANSCRIPTS, true],
  ['scheduledReports', StorageResourceType.SCHEDULED_REPORTS, true],
  ['attachments', StorageResourceType.ATTACHMENTS, false],
  ['mediaStreams', StorageResourceType.MEDIA_STREAMS, false],
  ['contactTraceRecords', StorageResourceType.CONTACT_TRACE_RECORDS, false],
  ['agentEvents', StorageResourceType.AGENT_EVENTS, false],
  ['realTimeContactAnalysisVoiceSegments', StorageResourceType.REAL_TIME_CONTACT_ANALYSIS_VOICE_SEGMENTS, false],
  ['realTimeContactAnalysisChatSegments', StorageResourceType.REAL_TIME_CONTACT_ANALYSIS_CHAT_SEGMENTS, false],
];

/**
 * The data storage of one instance: its storage configurations and, for a created instance, the shared bucket, key and
 * flow log group; each batch is checked as a whole and throws one error listing every problem.
 */
export class InstanceStorage extends Construct {
  /** The storage of `instance`, created on first use for an imported instance. */
  public static of(instance: IConstruct & { readonly instanceArn: string }): InstanceStorage {
    const existing = instance.node.tryFindChild(STORAGE_ID);
    return existing instanceof InstanceStorage ? existing : new InstanceStorage(instance, STORAGE_ID, { instanceArn: instance.instanceArn });
  }

  /** The shared bucket, created or given, when there is one. */
  public readonly bucket?: s3.IBucket;
  /** The shared KMS key, created or given, when there is one. */
  public readonly encryptionKey?: kms.IKey;
  /** The bucket the shared bucket's server access logs go to, when the construct creates the shared bucket. */
  public readonly accessLogsBucket?: s3.IBucket;
  /** The contact-flow log group, when created. */
  public readonly flowLogGroup?: logs.ILogGroup;

  private readonly instanceArn: string;
  /** The shared bucket and key of an instance the construct creates. */
  private readonly sharedStorage?: SharedStorage;
  /** What targets without a bucket or key of their own get. */
  private readonly shared: IStorageSharedResources;
  private readonly attachmentsAllowedOrigins: string[];
  /** The prop that configured each storage configuration so far (see `StorageResourceType._configuration`). */
  private readonly configured = new Map<string, StorageEntry>();
  /** The last configuration created: the next one waits for it. */
  private last?: CfnInstanceStorageConfig;

  constructor(scope: Construct, id: string, props: InstanceStorageProps) {
    super(scope, id);
    this.instanceArn = props.instanceArn;
    const created = props.created;
    const options = created?.options ?? {};
    this.attachmentsAllowedOrigins = options.attachmentsAllowedOrigins ?? DEFAULT_ATTACHMENT_ORIGINS;
    if (!created) {
      this.shared = new NoSharedStorage(scope);
      return;
    }

    const shared = new SharedStorage(this, {
      bucket: options.bucket,
      encryptionKey: options.encryptionKey,
      accessLogsBucket: options.accessLogsBucket,
      restrictKeyGrantsToAwsResources: options.restrictKeyGrantsToAwsResources ?? false,
      removalPolicy: created.removalPolicy,
    });
    this.sharedStorage = shared;
    this.shared = shared;

    const v = new PropValidator();
    checkOptions(v, options);
    this.configure(defaultEntries(options), v);
    v.throwIfAny(scope, 'ConnectInstance');

    this.flowLogGroup = createFlowLogGroup(this, {
      instance: created.instance,
      contactFlowLogs: created.contactFlowLogs,
      logGroupName: created.flowLogGroupName,
      retention: options.flowLogsRetention,
      encryptionKey: shared.usedKey,
      removalPolicy: created.removalPolicy,
    });
    if (options.accessLogsBucket !== undefined && shared.createdBucket === undefined) {
      Annotations.of(this).addWarningV2('cdk-connect-instance:accessLogsBucketUnused',
        'storage.accessLogsBucket is not used: it receives the server access logs of the bucket the construct creates, and no bucket is created (storage.bucket or each target\'s bucket is given)');
    }
    this.bucket = shared.usedBucket ?? options.bucket;
    this.encryptionKey = shared.usedKey ?? options.encryptionKey;
    this.accessLogsBucket = shared.accessLogsBucket;
  }

  /** Adds one more resource type's configuration (`addStorage`). */
  public add(resourceType: StorageResourceType, target: StorageTarget): void {
    const v = new PropValidator();
    this.configure([{ resourceType, target, typeProp: 'resourceType', targetProp: 'target' }], v);
    v.throwIfAny(this.node.scope!, 'storage');
  }

  /** Checks `entries` into `v`, then creates their configurations if there is no problem. */
  private configure(entries: StorageEntry[], v: PropValidator): void {
    const configured = new Map(this.configured);
    const ready = entries.filter((entry) => {
      const first = configured.get(entry.resourceType._configuration);
      if (first !== undefined) {
        v.fail(entry.typeProp, entry.resourceType.name, `must not configure a resource type twice: ${first.typeProp} already configures it${
          deprecatedName(first.resourceType, entry.resourceType)}, and an instance has one storage configuration per resource type`);
        return false;
      }
      configured.set(entry.resourceType._configuration, entry);
      const before = v.count;
      entry.target._validate(v, entry.targetProp);
      return v.count === before;
    });
    // All are bound so that every target's storage type is checked at once.
    const bound = ready.map((entry): BoundEntry => ({
      entry,
      config: entry.target.bind(this, { resourceType: entry.resourceType, sharedResources: this.shared }),
    }));
    for (const { entry, config } of bound) {
      const accepts = entry.resourceType._accepts;
      if (accepts && !accepts.includes(config.storageType)) {
        v.fail(entry.targetProp, config.storageType, `must be a storage target that ${entry.resourceType.name} accepts (${accepts.join(' or ')})`);
      }
    }
    if (v.hasProblems) {
      return;
    }
    bound.forEach((b) => this.create(b));
    entries.forEach((entry) => this.configured.set(entry.resourceType._configuration, entry));
  }

  /**
   * Creates one storage configuration after the previous one: Amazon Connect throttles its API per account.
   * @see https://docs.aws.amazon.com/connect/latest/APIReference/best-practices-connect-apis.html
   */
  private create({ entry, config }: BoundEntry): void {
    const resource = new CfnInstanceStorageConfig(this, entry.resourceType._pascalName, {
      instanceArn: this.instanceArn,
      resourceType: entry.resourceType.name,
      storageType: config.storageType,
      s3Config: config.s3Config,
      kinesisVideoStreamConfig: config.kinesisVideoStreamConfig,
      kinesisStreamConfig: config.kinesisStreamConfig,
      kinesisFirehoseConfig: config.kinesisFirehoseConfig,
    });
    if (this.last) {
      resource.node.addDependency(this.last);
    }
    this.last = resource;
    if (entry.resourceType._configuration === StorageResourceType.ATTACHMENTS.name) {
      this.allowAttachmentTransfers(config.bucket);
    }
  }

  /** Adds the attachments CORS rule to a created bucket; warns for a given one. */
  private allowAttachmentTransfers(bucket: s3.IBucket | undefined): void {
    const rule = attachmentsCorsRule(this.attachmentsAllowedOrigins);
    const createdBucket = this.sharedStorage?.createdBucket;
    if (bucket !== undefined && bucket === createdBucket) {
      createdBucket.addCorsRule(rule);
      return;
    }
    Annotations.of(this).addWarningV2('cdk-connect-instance:attachmentsCors',
      `the attachments bucket ${describeBucket(bucket)} was given, so its CORS configuration cannot be set here: add a rule allowing ${rule.allowedMethods.join(' and ')} from ${this.attachmentsAllowedOrigins.join(', ')} with any header (AllowedHeaders "*"), or uploads and downloads of attachments fail and the email channel does not work (https://docs.aws.amazon.com/connect/latest/adminguide/enable-attachments.html#step4-update-cors-policy)`);
  }
}

/** The `storage` prop's configurations plus the console's defaults, in the named props' order. */
function defaultEntries(options: StorageOptions): StorageEntry[] {
  const entries: Array<StorageEntry & { readonly order: number }> = [];
  const configured = new Set<string>();
  NAMED_TARGETS.forEach(([name, resourceType], order) => {
    const target = options[name] as StorageTarget | undefined;
    if (target !== undefined) {
      entries.push({ resourceType, target, typeProp: `storage.${name}`, targetProp: `storage.${name}`, order });
      configured.add(resourceType._configuration);
    }
  });
  (options.additional ?? []).forEach(({ resourceType, target }, i) => {
    const prop = `storage.additional[${i}]`;
    entries.push({ resourceType, target, typeProp: `${prop}.resourceType`, targetProp: `${prop}.target`, order: NAMED_TARGETS.length + i });
    configured.add(resourceType._configuration);
  });
  NAMED_TARGETS.forEach(([name, resourceType, onByDefault], order) => {
    if (onByDefault && !configured.has(resourceType._configuration)) {
      entries.push({ resourceType, target: StorageTarget.s3(), typeProp: `storage.${name}`, targetProp: `storage.${name}`, order });
    }
  });
  return entries.sort((a, b) => a.order - b.order);
}

/** Checks the props of `StorageOptions` that are not targets. */
function checkOptions(v: PropValidator, options: StorageOptions): void {
  const givenKey = options.encryptionKey ?? options.bucket?.encryptionKey;
  if (givenKey !== undefined) {
    const keyProp = options.encryptionKey !== undefined ? 'storage.encryptionKey' : 'storage.bucket.encryptionKey';
    checkKey(v, keyProp, givenKey);
    if (options.restrictKeyGrantsToAwsResources !== undefined) {
      v.failCombination(`storage.restrictKeyGrantsToAwsResources: applies only to the key the construct creates, and ${keyProp} is given: set the Deny in that key's own policy`);
    }
  }
  if (options.attachmentsAllowedOrigins !== undefined) {
    checkOrigins(v, 'storage.attachmentsAllowedOrigins', options.attachmentsAllowedOrigins);
  }
  if (options.flowLogsRetention !== undefined) {
    checkLogRetention(v, 'storage.flowLogsRetention', options.flowLogsRetention);
  }
}

/** Says which of two resource types naming one configuration is the deprecated name, if they differ. */
function deprecatedName(first: StorageResourceType, second: StorageResourceType): string {
  if (first.name === second.name) {
    return '';
  }
  const deprecated = first.name === first._configuration ? second : first;
  return ` (${deprecated.name} is the deprecated name of ${deprecated._configuration})`;
}

function describeBucket(bucket: s3.IBucket | undefined): string {
  const name = bucket?.bucketName;
  return name !== undefined && !Token.isUnresolved(name) ? JSON.stringify(name) : `at '${bucket?.node.path}'`;
}
