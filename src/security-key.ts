import { IResource, Resource } from 'aws-cdk-lib';
import { CfnSecurityKey } from 'aws-cdk-lib/aws-connect';
import { Construct, IConstruct } from 'constructs';
import type { IConnectInstance } from './instance';
import { checkRequiredString } from './private/resources/checks';
import { addValidationOnce, creationOrder, PropValidator } from './private/validation';

/** A public key associated with an Amazon Connect instance (AssociateSecurityKey). */
export interface ISecurityKey extends IResource {
  /**
   * The id of the key's association with its instance.
   *
   * @attribute
   */
  readonly securityKeyAssociationId: string;
}

/**
 * A public key to associate with an instance.
 *
 * @see https://docs.aws.amazon.com/connect/latest/APIReference/API_AssociateSecurityKey.html
 */
export interface SecurityKeyOptions {
  /**
   * The public key in PEM format, at most 1,024 characters:
   * `-----BEGIN PUBLIC KEY-----`, the key, `-----END PUBLIC KEY-----`. Changing it replaces the
   * association, the new one made before the old is removed: with two keys, add the new key first.
   */
  readonly key: string;
}

/** Properties of a `SecurityKey`. */
export interface SecurityKeyProps extends SecurityKeyOptions {
  /** The instance the key is associated with. */
  readonly instance: IConnectInstance;
}

/** The registry schema's Key: 1 to 1,024 characters. */
const MAX_KEY = 1024;
/** A PEM public key: the armour lines around base64 text. */
const PEM_PUBLIC_KEY = /^-----BEGIN PUBLIC KEY-----\s*[A-Za-z0-9+/=\s]+-----END PUBLIC KEY-----\s*$/;
/** "Only two security keys are allowed per Amazon Connect instance." */
const MAX_KEYS_PER_INSTANCE = 2;

/** The security keys of each instance, in creation order. */
const KEYS = new WeakMap<IConstruct, Array<{ key: SecurityKey; order: number }>>();
const TWO_KEYS = Symbol('twoSecurityKeys');

/**
 * A security key of an Amazon Connect instance. An instance takes two: a third in the app fails at synth.
 *
 * @resource AWS::Connect::SecurityKey
 * @see https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-connect-securitykey.html
 */
export class SecurityKey extends Resource implements ISecurityKey {
  /** Refers to an existing key association by its id. */
  public static fromSecurityKeyAssociationId(scope: Construct, id: string, securityKeyAssociationId: string): ISecurityKey {
    // The registry schema's AssociationId: 1 to 100 of lower-case letters, digits and -.
    const v = new PropValidator();
    checkRequiredString(v, 'securityKeyAssociationId', securityKeyAssociationId, {
      minLength: 1, maxLength: 100, pattern: /^[-a-z0-9]+$/, patternMessage: 'must be lower-case letters, digits and -',
    });
    v.throwIfAnyIn('SecurityKey.fromSecurityKeyAssociationId', 'option');
    class Import extends Resource implements ISecurityKey {
      public readonly securityKeyAssociationId = securityKeyAssociationId;
    }
    return new Import(scope, id);
  }

  /**
   * The id of the key's association with its instance.
   *
   * @attribute
   */
  public readonly securityKeyAssociationId: string;

  constructor(scope: Construct, id: string, props: SecurityKeyProps) {
    super(scope, id);
    const v = new PropValidator();
    v.checkRequired('instance', props.instance);
    checkRequiredString(v, 'key', props.key, {
      minLength: 1,
      maxLength: MAX_KEY,
      pattern: PEM_PUBLIC_KEY,
      patternMessage: 'must be a public key in PEM format: -----BEGIN PUBLIC KEY-----, base64 text, -----END PUBLIC KEY-----',
    });
    v.throwIfAny(this, 'SecurityKey');

    const keys = KEYS.get(props.instance) ?? [];
    KEYS.set(props.instance, keys);
    keys.push({ key: this, order: creationOrder() });
    addValidationOnce(props.instance, TWO_KEYS, () => checkKeyCount(keys));
    // The registry schema names it InstanceId but takes the instance ARN.
    const resource = new CfnSecurityKey(this, 'Resource', { instanceId: props.instance.instanceArn, key: props.key });
    this.securityKeyAssociationId = resource.attrAssociationId;
  }
}

/** An instance takes at most two security keys: the third and later fail. */
function checkKeyCount(keys: Array<{ key: SecurityKey; order: number }>): string[] {
  const sorted = [...keys].sort((a, b) => a.order - b.order);
  return sorted.slice(MAX_KEYS_PER_INSTANCE).flatMap(({ key }) => {
    const v = new PropValidator();
    v.failCombination(`instance has ${MAX_KEYS_PER_INSTANCE} security keys already (${sorted.slice(0, MAX_KEYS_PER_INSTANCE)
      .map((k) => `'${k.key.node.path}'`).join(', ')}): Amazon Connect allows ${MAX_KEYS_PER_INSTANCE} per instance`);
    return v.messages(key, 'SecurityKey');
  });
}
