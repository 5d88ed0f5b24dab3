import { CfnResource, IResource, Resource } from 'aws-cdk-lib';
import { Construct } from 'constructs';
import type { IConnectInstance } from './instance';
import type { IIntegrationAssociation } from './integration-association';
import { checkEnum, checkRequiredReference } from './private/resources/checks';
import { checkInstanceResourceArn, idFromInstanceResourceArn } from './private/resources/connect-arn';
import { PropValidator } from './private/validation';

/** A use case of an integration association: what Amazon Connect uses the integrated application for. */
export interface IUseCase extends IResource {
  /** The ARN of the use case. @attribute */
  readonly useCaseArn: string;

  /** The id of the use case. @attribute */
  readonly useCaseId: string;
}

/**
 * What an integration association is used for (CreateUseCase's `UseCaseType`).
 * @see https://docs.aws.amazon.com/connect/latest/APIReference/API_CreateUseCase.html
 */
export enum UseCaseType {
  /** The application's events trigger rules, such as Zendesk or Salesforce rules that create tasks. */
  RULES_EVALUATION = 'RULES_EVALUATION',
  /** The application is used by Amazon Connect outbound campaigns. */
  CONNECT_CAMPAIGNS = 'CONNECT_CAMPAIGNS',
}

/** A use case to create for an integration association of an instance. */
export interface UseCaseOptions {
  /** The integration association, of the same instance; each has at most one use case of each type. */
  readonly integrationAssociation: IIntegrationAssociation;

  /** What the association is used for. Changing it replaces the use case. */
  readonly useCaseType: UseCaseType;
}

/** Properties of a `UseCase`. */
export interface UseCaseProps extends UseCaseOptions {
  /** The instance of the integration association. */
  readonly instance: IConnectInstance;
}

/**
 * A use case of an integration association of an Amazon Connect instance. aws-cdk-lib 2.220.0
 * has no `CfnUseCase`, so the resource is a `CfnResource` of its type.
 * @resource AWS::Connect::UseCase
 */
export class UseCase extends Resource implements IUseCase {
  /** Imports a use case by ARN. */
  public static fromUseCaseArn(scope: Construct, id: string, useCaseArn: string): IUseCase {
    checkInstanceResourceArn('useCaseArn', useCaseArn, 'use-case', 'an Amazon Connect use case');
    class Import extends Resource implements IUseCase {
      public readonly useCaseArn = useCaseArn;
      public readonly useCaseId = idFromInstanceResourceArn(useCaseArn);
    }
    return new Import(scope, id, { environmentFromArn: useCaseArn });
  }

  /** The ARN of the use case. @attribute */
  public readonly useCaseArn: string;

  /** The id of the use case. @attribute */
  public readonly useCaseId: string;

  constructor(scope: Construct, id: string, props: UseCaseProps) {
    super(scope, id);
    const v = new PropValidator();
    v.checkRequired('instance', props.instance);
    checkRequiredReference(v, 'integrationAssociation', props.integrationAssociation, 'integrationAssociationId',
      'an integration association (IIntegrationAssociation)');
    if (v.checkRequired('useCaseType', props.useCaseType)) {
      checkEnum(v, 'useCaseType', props.useCaseType, UseCaseType);
    }
    v.throwIfAny(this, 'UseCase');

    // https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-connect-usecase.html
    const resource = new CfnResource(this, 'Resource', {
      type: 'AWS::Connect::UseCase',
      properties: {
        InstanceId: props.instance.instanceId,
        IntegrationAssociationId: props.integrationAssociation.integrationAssociationId,
        UseCaseType: props.useCaseType,
      },
    });
    this.useCaseArn = resource.getAtt('UseCaseArn').toString();
    this.useCaseId = resource.getAtt('UseCaseId').toString();
  }
}
