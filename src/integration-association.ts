import { IResource, Resource, Token } from 'aws-cdk-lib';
import { CfnIntegrationAssociation } from 'aws-cdk-lib/aws-connect';
import * as iam from 'aws-cdk-lib/aws-iam';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import { Construct } from 'constructs';
import type { IConnectInstance } from './instance';
import { checkInstanceResourceArn, idFromInstanceResourceArn } from './private/resources/connect-arn';
import { PropValidator } from './private/validation';

/** An association that lets an instance's flows call a Lambda function or a Lex V2 bot alias. */
export interface IIntegrationAssociation extends IResource {
  /**
   * The id of the association.
   *
   * @attribute
   */
  readonly integrationAssociationId: string;
}

/** What flows of an instance may call: a Lambda function or a Lex V2 bot alias. */
export class Integration {
  /**
   * A Lambda function flows invoke. The association adds a resource-policy statement letting
   * `connect.amazonaws.com` invoke it for this instance only, besides the one Amazon Connect adds.
   *
   * @see https://docs.aws.amazon.com/connect/latest/adminguide/connect-lambda-functions.html
   */
  public static lambdaFunction(fn: lambda.IFunction): Integration {
    return new Integration('LAMBDA_FUNCTION', fn?.functionArn, fn);
  }

  /**
   * A Lex V2 bot alias flows talk to, by ARN. Amazon Connect writes the alias's resource policy
   * when associating it; nothing else does, since an alias has a single resource policy.
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

/** A Lambda function or Lex V2 bot alias to associate with an instance. */
export interface IntegrationAssociationOptions {
  /** The function or bot alias. */
  readonly integration: Integration;
}

/** The registry schema's IntegrationArn: at most 140 characters. */
const MAX_INTEGRATION_ARN = 140;
/** A Lex V2 bot alias ARN. */
const LEX_V2_BOT_ALIAS_ARN = /^arn:aws[-a-z0-9]*:lex:[a-z0-9-]+:[0-9]{12}:bot-alias\/[0-9a-zA-Z]+\/[0-9a-zA-Z]+$/;

/** Properties of an `IntegrationAssociation`. */
export interface IntegrationAssociationProps extends IntegrationAssociationOptions {
  /** The instance whose flows may call the integration. */
  readonly instance: IConnectInstance;
}

/**
 * Lets the flows of an Amazon Connect instance call a Lambda function or a Lex V2 bot alias.
 * Changing the integration replaces the association.
 *
 * @resource AWS::Connect::IntegrationAssociation
 */
export class IntegrationAssociation extends Resource implements IIntegrationAssociation {
  /** Imports an association by ARN, such as one of a Zendesk or Salesforce application, for rules and use cases. */
  public static fromIntegrationAssociationArn(scope: Construct, id: string, integrationAssociationArn: string): IIntegrationAssociation {
    checkInstanceResourceArn('integrationAssociationArn', integrationAssociationArn, 'integration-association', 'an Amazon Connect integration association');
    class Import extends Resource implements IIntegrationAssociation {
      public readonly integrationAssociationId = idFromInstanceResourceArn(integrationAssociationArn);
    }
    return new Import(scope, id, { environmentFromArn: integrationAssociationArn });
  }

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
    // A function imported from another account keeps the statement AssociateLambdaFunction writes.
      integration.targetFunction.addPermission('InvokedByConnect', {
        principal: new iam.ServicePrincipal('connect.amazonaws.com'),
        sourceArn: props.instance.instanceArn,
        sourceAccount: props.instance.env.account,
        scope: this,
      });
    }
  }
}
