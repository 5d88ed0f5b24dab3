import { checkRequiredString } from './private/resources/checks';
import { PropValidator } from './private/validation';

/** Instance aliases Amazon Connect accepts (CreateInstance `InstanceAlias`). */
const INSTANCE_ALIAS = /^(?!d-)([\da-zA-Z]+)([-]*[\da-zA-Z])*$/;
const DIRECTORY_ID = /^d-[0-9a-f]{10}$/;

/** How Amazon Connect stores and authenticates the instance's users (the console wizard's step 1). */
export enum IdentityManagementType {
  /** Users are created and managed in Amazon Connect. */
  CONNECT_MANAGED = 'CONNECT_MANAGED',
  /** Users sign in through a SAML 2.0 identity provider. */
  SAML = 'SAML',
  /** Users live in an existing AWS Directory Service directory. */
  EXISTING_DIRECTORY = 'EXISTING_DIRECTORY',
}

/** Options for an instance whose users are stored in Amazon Connect. */
export interface ConnectManagedIdentityOptions {
  /**
   * The instance alias, the first part of `https://<alias>.my.connect.aws`: 1 to 45 letters,
   * digits and hyphens, not starting with `d-`, unique in all Regions. Changing it replaces the instance.
   */
  readonly instanceAlias: string;
}

/** Options for an instance whose users sign in through a SAML 2.0 identity provider. */
export interface SamlIdentityOptions {
  /**
   * The instance alias, the first part of the access URL: 1 to 45 letters, digits and hyphens,
   * not starting with `d-`, unique in all Regions. Changing it replaces the instance.
   */
  readonly instanceAlias: string;
}

/** Options for an instance linked to an existing AWS Directory Service directory. */
export interface ExistingDirectoryIdentityOptions {
  /** The id of the directory (`d-` and 10 hexadecimal digits), which backs one instance only; changing it replaces the instance. */
  readonly directoryId: string;

  /**
   * The directory's alias, which becomes the instance alias; used only to build `accessUrl`.
   * @default - `accessUrl` is not available for this instance
   */
  readonly directoryAlias?: string;
}

/**
 * The identity management choice of an Amazon Connect instance. It is permanent: the type,
 * alias and directory are create-only, and a new type needs a new alias, since the old instance
 * holds its alias while CloudFormation creates the replacement.
 * @see https://docs.aws.amazon.com/connect/latest/adminguide/connect-identity-management.html
 * @see https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/using-cfn-updating-stacks-update-behaviors.html
 */
export class IdentityManagement {
  /** Store users in Amazon Connect (the console's default); throws for a bad alias. */
  public static connectManaged(options: ConnectManagedIdentityOptions): IdentityManagement {
    const v = new PropValidator();
    checkAlias(v, 'instanceAlias', options?.instanceAlias, true);
    v.throwIfAnyIn('identity (connect-managed)', 'option');
    return new IdentityManagement(IdentityManagementType.CONNECT_MANAGED, options.instanceAlias);
  }

  /**
   * Authenticate users through a SAML 2.0 identity provider; throws for a bad alias.
   * @see https://docs.aws.amazon.com/connect/latest/adminguide/configure-saml.html
   */
  public static saml(options: SamlIdentityOptions): IdentityManagement {
    const v = new PropValidator();
    checkAlias(v, 'instanceAlias', options?.instanceAlias, true);
    v.throwIfAnyIn('identity (SAML)', 'option');
    return new IdentityManagement(IdentityManagementType.SAML, options.instanceAlias);
  }

  /**
   * Link an existing AWS Directory Service directory; throws for a bad id or alias.
   * @see https://docs.aws.amazon.com/connect/latest/adminguide/directory-service.html
   */
  public static existingDirectory(options: ExistingDirectoryIdentityOptions): IdentityManagement {
    const v = new PropValidator();
    checkRequiredString(v, 'directoryId', options?.directoryId, {
      pattern: DIRECTORY_ID,
      patternMessage: 'must be an AWS Directory Service directory id (d- and 10 hexadecimal digits)',
    });
    checkAlias(v, 'directoryAlias', options?.directoryAlias, false);
    v.throwIfAnyIn('identity (existing directory)', 'option');
    return new IdentityManagement(
      IdentityManagementType.EXISTING_DIRECTORY,
      undefined,
      options.directoryId,
      options.directoryAlias,
    );
  }

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

  /** The alias that forms the access URL, when known. */
  public get accessUrlAlias(): string | undefined {
    return this.instanceAlias ?? this.directoryAlias;
  }
}

/**
 * Records the problems of an instance or directory alias (CreateInstance `InstanceAlias`).
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
