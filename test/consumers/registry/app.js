#!/usr/bin/env node
// A team's CDK app (bin/app.js of the registry test's scratch project), using
// cdk-connect-instance as installed from the registry by name and version.
const { App, Stack } = require('aws-cdk-lib');
const { ConnectInstance, IdentityManagement } = require('cdk-connect-instance');

const app = new App();
const stack = new Stack(app, 'ContactCenter', { env: { region: 'eu-west-2' } });
new ConnectInstance(stack, 'ContactCenter', {
  identity: IdentityManagement.connectManaged({ instanceAlias: 'registry-check' }),
  admin: { username: 'admin', firstName: 'Ada', lastName: 'Admin', email: 'ada@example.com' },
});
app.synth();
