import { App } from 'aws-cdk-lib';
import { ContactCenterStack } from './contact-center-stack';

const app = new App();
new ContactCenterStack(app, 'ContactCenterExample', {
  env: { region: process.env.CDK_DEFAULT_REGION ?? 'us-east-1' },
});
app.synth();
