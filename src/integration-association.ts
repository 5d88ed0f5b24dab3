import { Resource, Token } from 'aws-cdk-lib';
import { CfnIntegrationAssociation } from 'aws-cdk-lib/aws-connect';
import * as iam from 'aws-cdk-lib/aws-iam';
import { Construct } from 'constructs';
import type { IConnectInstance } from './instance';
import { IIntegrationAssociation, Integration, IntegrationAssociationOptions } from './integration-options';
import { PropValidator } from './private/validation';

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
      v.fail('integration', integration, 'must be Integration.lambdaFunction() or Integration.lexV2BotAlias()');
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
