import { IResource } from 'aws-cdk-lib';
import type * as lambda from 'aws-cdk-lib/aws-lambda';

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
