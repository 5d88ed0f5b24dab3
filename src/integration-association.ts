import { IResource, Resource, Token } from 'aws-cdk-lib';
import { CfnIntegrationAssociation } from 'aws-cdk-lib/aws-connect';
import * as iam from 'aws-cdk-lib/aws-iam';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import { Construct } from 'constructs';
import type { IConnectInstance } from './instance';
import { PropValidator } from './private/validation';

/**
 * An association that lets the flows of an Amazon Connect instance call a
 * Lambda function or a Lex V2 bot alias.
 */
export interface IIntegrationAssociation extends IResource {
  /**
   * The id of the association.
   *
   * @attribute
   */
  readonly integrationAssociationId: string;
}

/**
 * What flows of an instance may call: a Lambda function or a Lex V2 bot
 * alias (the registry schema's `IntegrationType` `LAMBDA_FUNCTION` and
 * `LEX_BOT`).
 */
export class Integration {
  /**
   * A Lambda function flows invoke (the **Invoke AWS Lambda function**
   * block). The association also adds to the function's resource policy a
   * statement that lets `connect.amazonaws.com` invoke it for this instance
   * only (`SourceArn` the instance, `SourceAccount` its account), as the
   * admin guide's CLI example does. Amazon Connect's `AssociateLambdaFunction`
   * adds one of its own too (the registry schema's create handler needs
   * `lambda:AddPermission`); both readings deploy, and each is removed with
   * its owner.
   *
   * @see https://docs.aws.amazon.com/connect/latest/adminguide/connect-lambda-functions.html
   */
  public static lambdaFunction(fn: lambda.IFunction): Integration {
    return new Integration('LAMBDA_FUNCTION', fn?.functionArn, fn);
  }

  /**
   * A Lex V2 bot alias flows talk to (the **Get customer input** block),
   * by ARN (`arn:<partition>:lex:<region>:<account>:bot-alias/<bot id>/<alias id>`).
   *
   * The alias's resource-based policy that lets Amazon Connect use it is
   * written by Amazon Connect when the bot is associated (the registry
   * schema's create handler needs `lex:CreateResourcePolicy`,
   * `lex:UpdateResourcePolicy` and `lex:CreateResourcePolicyStatement`).
   * Nothing else writes that policy: an alias has a single resource policy,
   * and a second writer (`AWS::Lex::ResourcePolicy`) would replace Amazon
   * Connect's statement or fail on its revision.
   *
   * @see https://docs.aws.amazon.com/lexv2/latest/dg/security_iam_resource-based-policy-examples.html
   * @see https://docs.aws.amazon.com/connect/latest/adminguide/amazon-lex.html
   */
  public static lexV2BotAlias(botAliasArn: string): Integration {
    return new Integration('LEX_BOT', botAliasArn, undefined);
  }

  private constructor(
    /** The registry schema's `IntegrationType`. */
    public readonly integrationType: string,
    /** The ARN of the function or bot alias. */
    public readonly integrationArn: string,
    /** The function, when it is one. */
    public readonly targetFunction: lambda.IFunction | undefined,
  ) {}
}

/**
 * A Lambda function or Lex V2 bot alias to associate with an instance.
 */
export interface IntegrationAssociationOptions {
  /** The function or bot alias. */
  readonly integration: Integration;
}

/** The registry schema's IntegrationArn: at most 140 characters. */
const MAX_INTEGRATION_ARN = 140;
/** A Lex V2 bot alias ARN. */
const LEX_V2_BOT_ALIAS_ARN = /^arn:aws[-a-z0-9]*:lex:[a-z0-9-]+:[0-9]{12}:bot-alias\/[0-9a-zA-Z]+\/[0-9a-zA-Z]+$/;

/**
 * Properties of an `IntegrationAssociation`.
 */
export interface IntegrationAssociationProps extends IntegrationAssociationOptions {
  /** The instance whose flows may call the integration. */
  readonly instance: IConnectInstance;
}

/**
 * Lets the flows of an Amazon Connect instance call a Lambda function or a
 * Lex V2 bot alias (`AWS::Connect::IntegrationAssociation`). Changing the
 * integration replaces the association.
 *
 * @resource AWS::Connect::IntegrationAssociation
 */
export class IntegrationAssociation extends Resource implements IIntegrationAssociation {
  /**
   * The id of the association.
   *
   * @attribute
   */
  public readonly integrationAssociationId: string;

  constructor(scope: Construct, id: string, props: IntegrationAssociationProps) {
    super(scope, id);
    const v = new PropValidator();
    v.checkRequired('instance', props.instance);
    const integration = props.integration;
    if (!(integration instanceof Integration)) {
      // Possible from JavaScript.
      v.fail('integration', integration, 'must be an Integration of a Lambda function or a Lex V2 bot alias');
      v.throwIfAny(this, 'IntegrationAssociation');
    }
    if (integration.integrationType === 'LAMBDA_FUNCTION') {
      v.checkRequired('integration.targetFunction', integration.targetFunction);
    } else {
      v.checkRequired('integration.botAliasArn', integration.integrationArn);
      v.checkString('integration.botAliasArn', integration.integrationArn, {
        pattern: LEX_V2_BOT_ALIAS_ARN,
        patternMessage: 'must be the ARN of a Lex V2 bot alias (arn:<partition>:lex:<region>:<account>:bot-alias/<bot id>/<alias id>)',
      });
    }
    const arn = integration.integrationArn;
    if (typeof arn === 'string' && !Token.isUnresolved(arn) && arn.length > MAX_INTEGRATION_ARN) {
      v.fail('integration', arn, `must have an ARN of at most ${MAX_INTEGRATION_ARN} characters (length ${arn.length})`);
    }
    v.throwIfAny(this, 'IntegrationAssociation');

    const resource = new CfnIntegrationAssociation(this, 'Resource', {
      instanceId: props.instance.instanceArn,
      integrationType: integration.integrationType,
      integrationArn: arn,
    });
    this.integrationAssociationId = resource.attrIntegrationAssociationId;

    if (integration.targetFunction) {
      // lambda:InvokeFunction by default; a function imported from another
      // account cannot take it here (aws-cdk-lib warns) and keeps the
      // statement AssociateLambdaFunction writes.
      integration.targetFunction.addPermission('InvokedByConnect', {
        principal: new iam.ServicePrincipal('connect.amazonaws.com'),
        sourceArn: props.instance.instanceArn,
        sourceAccount: props.instance.env.account,
        scope: this,
      });
    }
  }
}
