import { App } from 'aws-cdk-lib';
import { ContactCenterStack, instanceAliasFromContext } from './contact-center-stack';

const app = new App();
let instanceAlias: string;
try {
  instanceAlias = instanceAliasFromContext(app);
} catch (e) {
  // A missing alias is a usage error: its message, without a stack trace.
  console.error((e as Error).message);
  process.exit(1);
}
new ContactCenterStack(app, 'ContactCenterExample', {
  env: { region: process.env.CDK_DEFAULT_REGION ?? 'us-east-1' },
  instanceAlias,
});
app.synth();
