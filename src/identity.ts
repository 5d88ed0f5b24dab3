import { PropValidator } from './private/validation';

/** Instance aliases Amazon Connect accepts (CreateInstance `InstanceAlias`). */
const INSTANCE_ALIAS = /^(?!d-)([\da-zA-Z]+)([-]*[\da-zA-Z])*$/;
/** AWS Directory Service directory ids. */
const DIRECTORY_ID = /^d-[0-9a-f]{10}$/;

/**
 * How Amazon Connect stores and authenticates the instance's users
 * (the console wizard's step 1).
 */
export enum IdentityManagementType {
  /** Users are created and managed in Amazon Connect. */
  CONNECT_MANAGED = 'CONNECT_MANAGED',
  /** Users sign in through a SAML 2.0 identity provider. */
  SAML = 'SAML',
  /** Users live in an existing AWS Directory Service directory. */
  EXISTING_DIRECTORY = 'EXISTING_DIRECTORY',
}

/**
 * Options for an instance whose users are stored in Amazon Connect.
 */
export interface ConnectManagedIdentityOptions {
  /**
   * The instance alias: the first part of the access URL
   * (`https://<alias>.my.connect.aws`). 1 to 45 letters, digits and hyphens;
   * it must not start with `d-` and must be unique across all AWS Regions.
   *
   * Changing the alias replaces the instance (and its users, queues and phone
   * numbers). Changing the identity type requires a new alias too: the old
   * instance holds this one while CloudFormation creates its replacement.
   */
  readonly instanceAlias: string;
}

/**
 * Options for an instance whose users sign in through a SAML 2.0 identity provider.
 */
export interface SamlIdentityOptions {
  /**
   * The instance alias: the first part of the access URL
   * (`https://<alias>.my.connect.aws`). 1 to 45 letters, digits and hyphens;
   * it must not start with `d-` and must be unique across all AWS Regions.
   *
   * Changing the alias replaces the instance. Changing the identity type
   * requires a new alias too: the old instance holds this one while
   * CloudFormation creates its replacement.
   */
  readonly instanceAlias: string;
}

/**
 * Options for an instance linked to an existing AWS Directory Service directory.
 */
export interface ExistingDirectoryIdentityOptions {
  /**
   * The id of the AWS Directory Service directory (`d-` and 10 hexadecimal
   * digits). A directory can back only one Amazon Connect instance.
   *
   * Changing the directory replaces the instance. The instance takes the
   * directory's alias, so switching to this type from another requires a
   * directory whose alias differs from the old instance alias.
   */
  readonly directoryId: string;

  /**
   * The directory's alias, which Amazon Connect takes as the instance alias.
   * CloudFormation does not return it, so it is needed only to build
   * `accessUrl`; it is not sent to CloudFormation.
   *
   * @default - `accessUrl` is not available for this instance
   */
  readonly directoryAlias?: string;
}

/**
 * The identity management choice of an Amazon Connect instance. Each
 * factory checks its options and throws one error naming every bad one
 * (breaking change before 1.0: `ConnectInstance` reported them, and
 * `unexpectedOptions` is gone).
 *
 * The choice is permanent: changing the type, the alias or the directory
 * replaces the instance. Amazon Connect also limits how many instances an
 * account can create and delete in 30 days, so a replacement can fail.
 *
 * The type, the alias and the directory are all create-only, and the alias
 * is unique in all Regions: CloudFormation creates the replacement while the
 * old instance still holds its alias (and keeps the old instance unless its
 * removal policy is `DESTROY`). So a new type must come with a new alias —
 * or, for an existing directory, a directory with another alias — or the
 * update fails.
 *
 * @see https://docs.aws.amazon.com/connect/latest/adminguide/connect-identity-management.html
 * @see https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/using-cfn-updating-stacks-update-behaviors.html
 */
export class IdentityManagement {
  /**
   * Store users in Amazon Connect (the console's default).
   *
   * Throws when the alias is not one Amazon Connect takes.
   */
  public static connectManaged(options: ConnectManagedIdentityOptions): IdentityManagement {
    const v = new PropValidator();
    checkAlias(v, 'instanceAlias', options?.instanceAlias, true);
    v.throwIfAnyIn('identity (connect-managed)', 'option');
    return new IdentityManagement(IdentityManagementType.CONNECT_MANAGED, options.instanceAlias);
  }

  /**
   * Authenticate users through a SAML 2.0 identity provider.
   *
   * Throws when the alias is not one Amazon Connect takes.
   *
   * @see https://docs.aws.amazon.com/connect/latest/adminguide/configure-saml.html
   */
  public static saml(options: SamlIdentityOptions): IdentityManagement {
    const v = new PropValidator();
    checkAlias(v, 'instanceAlias', options?.instanceAlias, true);
    v.throwIfAnyIn('identity (SAML)', 'option');
    return new IdentityManagement(IdentityManagementType.SAML, options.instanceAlias);
  }

  /**
   * Link an existing AWS Directory Service directory.
   *
   * Throws when the directory id or alias is not one Amazon Connect takes.
   *
   * @see https://docs.aws.amazon.com/connect/latest/adminguide/directory-service.html
   */
  public static existingDirectory(options: ExistingDirectoryIdentityOptions): IdentityManagement {
    const v = new PropValidator();
    if (v.checkRequired('directoryId', options?.directoryId)) {
      v.checkString('directoryId', options.directoryId, {
        pattern: DIRECTORY_ID,
        patternMessage: 'must be an AWS Directory Service directory id (d- and 10 hexadecimal digits)',
      });
    }
    checkAlias(v, 'directoryAlias', options?.directoryAlias, false);
    v.throwIfAnyIn('identity (existing directory)', 'option');
    return new IdentityManagement(
      IdentityManagementType.EXISTING_DIRECTORY,
      undefined,
      options.directoryId,
      options.directoryAlias,
    );
  }

  /**
   * @param type the identity management type
   * @param instanceAlias the instance alias (Connect-managed and SAML)
   * @param directoryId the directory id (existing directory)
   * @param directoryAlias the directory's alias (existing directory)
   */
  private constructor(
    /** The identity management type. */
    public readonly type: IdentityManagementType,
    /** The instance alias sent to CloudFormation, if any. */
    public readonly instanceAlias?: string,
    /** The AWS Directory Service directory id, if any. */
    public readonly directoryId?: string,
    /** The directory's alias, if given. */
    public readonly directoryAlias?: string,
  ) {}

  /**
   * The alias that forms the access URL, when known.
   */
  public get accessUrlAlias(): string | undefined {
    return this.instanceAlias ?? this.directoryAlias;
  }
}

/**
 * Records the problems of an instance or directory alias: 1 to 45 letters,
 * digits and hyphens, not starting with `d-` (CreateInstance `InstanceAlias`).
 *
 * @see https://docs.aws.amazon.com/connect/latest/APIReference/API_CreateInstance.html
 */
function checkAlias(v: PropValidator, prop: string, alias: string | undefined, required: boolean): void {
  if (required && !v.checkRequired(prop, alias)) {
    return;
  }
  v.checkString(prop, alias, {
    minLength: 1,
    maxLength: 45,
    pattern: INSTANCE_ALIAS,
    patternMessage: 'must be letters and digits joined by hyphens, not start with "d-" and not end with a hyphen',
  });
}
