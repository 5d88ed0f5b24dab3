import { CfnResource, IResource, Resource, Token } from 'aws-cdk-lib';
import { Construct } from 'constructs';
import type { IConnectInstance } from './instance';
import { checkRequiredString } from './private/resources/checks';
import { PropValidator } from './private/validation';

/** An association of an analytics data set of an instance's data lake with an account, shared through AWS RAM. */
export interface IDataLakeAssociation extends IResource {
  /** The ARN of the AWS Resource Access Manager share of the data set. @attribute */
  readonly resourceShareArn: string;
}

/**
 * A data set of the instance's analytics data lake to share with an account.
 * @see https://docs.aws.amazon.com/connect/latest/adminguide/data-lake.html
 * @see https://docs.aws.amazon.com/connect/latest/APIReference/API_AssociateAnalyticsDataSet.html
 */
export interface DataLakeAssociationOptions {
  /** The id of the data set (1 to 255 characters), such as `contact_record`. Changing it replaces the association. */
  readonly dataSetId: string;

  /** The account the data set is shared with (12 digits). Changing it replaces the association. @default - the instance's account */
  readonly targetAccountId?: string;
}

/** Properties of a `DataLakeAssociation`. */
export interface DataLakeAssociationProps extends DataLakeAssociationOptions {
  /** The instance whose data set is shared. */
  readonly instance: IConnectInstance;
}

/**
 * Shares an analytics data set of an Amazon Connect instance's data lake with an account (through
 * an AWS RAM share the association creates). aws-cdk-lib 2.220.0 has no `CfnDataLakeAssociation`,
 * so the resource is a `CfnResource` of its type.
 * @resource AWS::Connect::DataLakeAssociation
 */
export class DataLakeAssociation extends Resource implements IDataLakeAssociation {
  /** Imports an association by the ARN of its AWS RAM share. */
  public static fromResourceShareArn(scope: Construct, id: string, resourceShareArn: string): IDataLakeAssociation {
    if (typeof resourceShareArn !== 'string'
      || (!Token.isUnresolved(resourceShareArn) && !/^arn:aws[-a-z0-9]*:ram:[-a-z0-9]+:[0-9]{12}:resource-share\/.+$/.test(resourceShareArn))) {
      throw new Error(`resourceShareArn must be the ARN of an AWS RAM resource share (arn:<partition>:ram:<region>:<account>:resource-share/<id>), got ${JSON.stringify(resourceShareArn)}`);
    }
    class Import extends Resource implements IDataLakeAssociation {
      public readonly resourceShareArn = resourceShareArn;
    }
    return new Import(scope, id, { environmentFromArn: resourceShareArn });
  }

  /** The ARN of the AWS Resource Access Manager share of the data set. @attribute */
  public readonly resourceShareArn: string;

  /** The id of the AWS Resource Access Manager share. @attribute */
  public readonly resourceShareId: string;

  constructor(scope: Construct, id: string, props: DataLakeAssociationProps) {
    super(scope, id);
    const v = new PropValidator();
    v.checkRequired('instance', props.instance);
    // https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-connect-datalakeassociation.html
    checkRequiredString(v, 'dataSetId', props.dataSetId, { minLength: 1, maxLength: 255 });
    v.checkString('targetAccountId', props.targetAccountId, { pattern: /^\d{12}$/, patternMessage: 'must be an account id of 12 digits' });
    v.throwIfAny(this, 'DataLakeAssociation');

    const resource = new CfnResource(this, 'Resource', {
      type: 'AWS::Connect::DataLakeAssociation',
      properties: {
        InstanceId: props.instance.instanceId,
        DataSetId: props.dataSetId,
        TargetAccountId: props.targetAccountId,
      },
    });
    this.resourceShareArn = resource.getAtt('ResourceShareArn').toString();
    this.resourceShareId = resource.getAtt('ResourceShareId').toString();
  }
}
