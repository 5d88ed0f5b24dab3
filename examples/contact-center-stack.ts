import { CfnOutput, Stack, StackProps } from 'aws-cdk-lib';
import { ConnectInstance, IdentityManagement, PhoneNumberType } from 'cdk-connect-instance';
import { Construct } from 'constructs';

/**
 * A contact center as a platform team would deploy it: Connect-managed users,
 * an administrator whose password is generated in Secrets Manager, the
 * console's default telephony and the default (encrypted, retained) storage.
 */
export class ContactCenterStack extends Stack {
  constructor(scope: Construct, id: string, props?: StackProps) {
    super(scope, id, props);

    const contactCenter = new ConnectInstance(this, 'ContactCenter', {
      identity: IdentityManagement.connectManaged({ instanceAlias: 'acme-support-example' }),
      admin: {
        username: 'admin',
        firstName: 'Ada',
        lastName: 'Admin',
        email: 'ada.admin@example.com',
      },
      inboundCalls: true,
      outboundCalls: true,
      earlyMedia: true,
    });

    // Next steps: a phone number customers can call, and an agent to answer it.
    const mainLine = contactCenter.addPhoneNumber('MainLine', {
      countryCode: 'US',
      type: PhoneNumberType.DID,
      description: 'Main support line',
    });
    contactCenter.addUser('FirstAgent', {
      username: 'jane.doe',
      firstName: 'Jane',
      lastName: 'Doe',
      email: 'jane.doe@example.com',
    });

    // The wizard's review page: what was created and where to sign in.
    new CfnOutput(this, 'InstanceArn', { value: contactCenter.instanceArn });
    new CfnOutput(this, 'InstanceId', { value: contactCenter.instanceId });
    new CfnOutput(this, 'ServiceRoleArn', { value: contactCenter.serviceRoleArn });
    new CfnOutput(this, 'AccessUrl', { value: contactCenter.accessUrl! });
    new CfnOutput(this, 'PhoneNumber', { value: mainLine.phoneNumberAddress! });
    new CfnOutput(this, 'AdminUserArn', { value: contactCenter.admin!.userArn });
    new CfnOutput(this, 'AdminPasswordSecretArn', { value: contactCenter.admin!.passwordSecret!.secretArn });
    new CfnOutput(this, 'StorageBucketName', { value: contactCenter.bucket!.bucketName });
    new CfnOutput(this, 'StorageKeyArn', { value: contactCenter.encryptionKey!.keyArn });
  }
}
