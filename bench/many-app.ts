/**
 * One stack holding N contact centers configured like the example's
 * (examples/app.ts: instance with administrator, a phone number, an agent,
 * the same outputs); N from the first argument or `BENCH_INSTANCES`,
 * default 20. bench/run.ts times N against 1.
 *
 * With `--bare`, each contact center is an instance with nothing added (no
 * administrator, no users, no phone number; the default storage): what a
 * stack that only creates the instance pays. bench/run.ts counts its
 * instructions for one instance.
 */
import { App, CfnOutput, Stack } from 'aws-cdk-lib';
// The library by its package name, as users import it (node_modules/cdk-connect-instance links to the repository).
// eslint-disable-next-line import/no-extraneous-dependencies
import { ConnectInstance, IdentityManagement, PhoneNumberType } from 'cdk-connect-instance';

const args = process.argv.slice(2);
const bare = args.includes('--bare');
const raw = args.find((arg) => !arg.startsWith('--')) ?? process.env.BENCH_INSTANCES ?? '20';
const count = Number(raw);
if (!Number.isInteger(count) || count < 1) {
  throw new Error(`the instance count must be a positive integer, got ${JSON.stringify(raw)}`);
}

// Context (examples/cdk.json) comes from the environment, as `cdk synth` passes it.
const app = new App();
const stack = new Stack(app, 'ContactCenters', { env: { region: process.env.CDK_DEFAULT_REGION ?? 'us-east-1' } });
for (let i = 1; i <= count; i++) {
  if (bare) {
    const instance = new ConnectInstance(stack, `ContactCenter${i}`, {
      identity: IdentityManagement.connectManaged({ instanceAlias: `acme-support-${i}` }),
    });
    new CfnOutput(stack, `InstanceArn${i}`, { value: instance.instanceArn });
    continue;
  }
  const contactCenter = new ConnectInstance(stack, `ContactCenter${i}`, {
    identity: IdentityManagement.connectManaged({ instanceAlias: `acme-support-${i}` }),
    admin: { username: 'admin', firstName: 'Ada', lastName: 'Admin', email: 'ada.admin@example.com' },
    inboundCalls: true,
    outboundCalls: true,
    earlyMedia: true,
  });
  const mainLine = contactCenter.addPhoneNumber('MainLine', { countryCode: 'US', type: PhoneNumberType.DID, description: 'Main support line' });
  contactCenter.addUser('FirstAgent', { username: 'jane.doe', firstName: 'Jane', lastName: 'Doe', email: 'jane.doe@example.com' });

  new CfnOutput(stack, `InstanceArn${i}`, { value: contactCenter.instanceArn });
  new CfnOutput(stack, `InstanceId${i}`, { value: contactCenter.instanceId });
  new CfnOutput(stack, `ServiceRoleArn${i}`, { value: contactCenter.serviceRoleArn });
  new CfnOutput(stack, `AccessUrl${i}`, { value: contactCenter.accessUrl! });
  new CfnOutput(stack, `PhoneNumber${i}`, { value: mainLine.phoneNumberAddress! });
  new CfnOutput(stack, `AdminUserArn${i}`, { value: contactCenter.admin!.userArn });
  new CfnOutput(stack, `AdminPasswordSecretArn${i}`, { value: contactCenter.admin!.passwordSecret!.secretArn });
  new CfnOutput(stack, `StorageBucketName${i}`, { value: contactCenter.bucket!.bucketName });
  new CfnOutput(stack, `StorageKeyArn${i}`, { value: contactCenter.encryptionKey!.keyArn });
}
app.synth();
