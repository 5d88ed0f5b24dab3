import { Annotations, RemovalPolicy, Resource } from 'aws-cdk-lib';
import { CfnUser } from 'aws-cdk-lib/aws-connect';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import { Construct } from 'constructs';
import { IdentityManagementType } from './identity';
import type { IConnectInstance } from './instance';
import { acknowledgeRules, RuleAcknowledgement } from './private/acknowledge';
import { checkInstanceResourceArn } from './private/resources/connect-arn';
import { CreationLanes } from './private/throttling/creation-lanes';
import { checkUniqueUsername, literalPassword, registerUsername, validateUser } from './private/user/validate-user';
import { PropValidator } from './private/validation';
import { RoutingProfile, SecurityProfile } from './profiles';
import { IUser, PhoneType, UserOptions } from './user-options';

const PASSWORD_NOT_ROTATABLE =
  'Amazon Connect keeps its own copy of the password, set once when CloudFormation creates the user (a dynamic reference is not read again until the user resource changes); rotating this secret would not change the password, it would only make the secret wrong. The password is changed in Amazon Connect, by the user or an administrator';

/**
 * Rotation findings on a generated password secret: rotation cannot reach the
 * password Amazon Connect holds.
 */
const PASSWORD_SECRET_FINDINGS: RuleAcknowledgement[] = [
  { id: 'AwsSolutions-SMG4', reason: PASSWORD_NOT_ROTATABLE },
  { id: 'HIPAA.Security-SecretsManagerRotationEnabled', reason: PASSWORD_NOT_ROTATABLE },
  { id: 'NIST.800.53.R5-SecretsManagerRotationEnabled', reason: PASSWORD_NOT_ROTATABLE },
];

/**
 * Properties of a `User` (`ConnectUserProps` before 1.0, whose
 * `defaultSecurityProfiles` is gone: `securityProfiles` defaults to Agent).
 */
export interface UserProps extends UserOptions {
  /**
   * The instance the user belongs to, created here or imported. An imported
   * instance needs its `identityManagementType`
   * (`ConnectInstance.fromInstanceAttributes`).
   */
  readonly instance: IConnectInstance;

  /**
   * The key that encrypts a generated password secret.
   *
   * @default - the AWS managed key for Secrets Manager
   */
  readonly passwordEncryptionKey?: kms.IKey;

  /**
   * What happens to a generated password secret when it leaves the stack.
   * The user itself follows `applyRemovalPolicy` (deleted by default, as
   * every CloudFormation resource).
   *
   * @default RemovalPolicy.RETAIN_ON_UPDATE_OR_DELETE - kept on update and delete, removed when its first create rolls back
   */
  readonly removalPolicy?: RemovalPolicy;
}

/**
 * What imported and created users share.
 */
abstract class UserBase extends Resource implements IUser {
  public abstract readonly userArn: string;
  public abstract readonly passwordSecret?: secretsmanager.ISecret;

  public grantReadPassword(grantee: iam.IGrantable): iam.Grant {
    if (this.passwordSecret === undefined) {
      throw new Error(`the user at '${this.node.path}' has no generated password secret: only a user of a Connect-managed instance created without a password has one`);
    }
    return this.passwordSecret.grantRead(grantee);
  }
}

/**
 * A user of an Amazon Connect instance (`AWS::Connect::User`): an agent, a
 * supervisor or an administrator. Profiles given by name are resolved at
 * deploy time; for a Connect-managed instance, a password is generated in
 * AWS Secrets Manager unless one is given.
 *
 * What may be set depends on the instance's identity management (see
 * `UserOptions`); every problem of one user is reported in one error.
 *
 * Breaking change before 1.0: this was `ConnectUser`, a plain construct
 * that took only a `ConnectInstance`.
 *
 * @resource AWS::Connect::User
 */
export class User extends UserBase {
  /**
   * Refers to an existing user by ARN
   * (`arn:<partition>:connect:<region>:<account>:instance/<instance id>/agent/<user id>`).
   */
  public static fromUserArn(scope: Construct, id: string, userArn: string): IUser {
    checkInstanceResourceArn('userArn', userArn, 'agent', 'an Amazon Connect user');
    class Import extends UserBase {
      public readonly userArn = userArn;
      public readonly passwordSecret = undefined;
    }
    return new Import(scope, id, { environmentFromArn: userArn });
  }

  /**
   * The ARN of the user.
   *
   * @attribute
   */
  public readonly userArn: string;

  /**
   * The secret holding the generated password, when one was generated.
   */
  public readonly passwordSecret?: secretsmanager.ISecret;

  constructor(scope: Construct, id: string, props: UserProps) {
    super(scope, id);
    const identityType = props.instance.identityManagementType;
    const v = new PropValidator();
    if (identityType === undefined) {
      // Nothing else can be checked without it.
      v.fail('instance.identityManagementType', undefined,
        'is required to add users to an imported instance: pass it to ConnectInstance.fromInstanceAttributes({ instanceArn, identityManagementType })');
      v.throwIfAny(this, 'User');
    }
    validateUser(this, v, props, identityType!);
    checkUniqueUsername(v, props.instance, this, props.username);
    v.throwIfAny(this, 'User');
    registerUsername(props.instance, this, props.username);

    let password = props.password;
    if (literalPassword(this, password) !== undefined) {
      Annotations.of(this).addWarningV2('cdk-connect-instance:literalPassword',
        'password is a literal value and will be written into the template: pass a SecretValue reference (Secrets Manager or SSM SecureString) instead');
    }
    if (password === undefined && identityType === IdentityManagementType.CONNECT_MANAGED) {
      const secret = new secretsmanager.Secret(this, 'Password', {
        description: `Password of the Amazon Connect user ${props.username}`,
        encryptionKey: props.passwordEncryptionKey,
        generateSecretString: {
          passwordLength: 32,
          requireEachIncludedType: true,
          excludeCharacters: ' "\'\\`/@%{}',
        },
      });
      secret.applyRemovalPolicy(props.removalPolicy ?? RemovalPolicy.RETAIN_ON_UPDATE_OR_DELETE);
      acknowledgeRules(secret, PASSWORD_SECRET_FINDINGS);
      this.passwordSecret = secret;
      password = secret.secretValue;
    }

    const securityProfiles = props.securityProfiles ?? [SecurityProfile.AGENT];
    const resource = new CfnUser(this, 'Resource', {
      instanceArn: props.instance.instanceArn,
      username: props.username,
      password: password?.unsafeUnwrap(),
      identityInfo: identityInfo(props),
      phoneConfig: {
        phoneType: props.phoneType ?? PhoneType.SOFT_PHONE,
        deskPhoneNumber: props.deskPhoneNumber,
        afterContactWorkTimeLimit: props.afterContactWorkTimeLimit?.toSeconds(),
      },
      securityProfileArns: securityProfiles.map((p) => props.instance.securityProfileArn(p)),
      routingProfileArn: props.instance.routingProfileArn(props.routingProfile ?? RoutingProfile.BASIC),
    });
    CreationLanes.add('User', resource);
    this.userArn = resource.attrUserArn;
  }
}

function identityInfo(props: UserOptions): CfnUser.UserIdentityInfoProperty | undefined {
  const info: CfnUser.UserIdentityInfoProperty = {
    firstName: props.firstName,
    lastName: props.lastName,
    email: props.email,
    secondaryEmail: props.secondaryEmail,
    mobile: props.mobile,
  };
  return Object.values(info).some((value) => value !== undefined) ? info : undefined;
}
