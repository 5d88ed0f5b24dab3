// Checks the template `cdk synth` wrote for app.js: the instance, the
// administrator and the default storage configurations.
const { Match, Template } = require('aws-cdk-lib/assertions');

const template = Template.fromJSON(require(`${process.cwd()}/cdk.out/ContactCenter.template.json`));
template.resourceCountIs('AWS::Connect::Instance', 1);
template.hasResourceProperties('AWS::Connect::Instance', {
  IdentityManagementType: 'CONNECT_MANAGED',
  InstanceAlias: 'registry-check',
});
template.resourceCountIs('AWS::Connect::User', 1);
template.hasResourceProperties('AWS::Connect::User', {
  Username: 'admin',
  IdentityInfo: Match.objectLike({ FirstName: 'Ada', LastName: 'Admin', Email: 'ada@example.com' }),
});
for (const resourceType of ['CALL_RECORDINGS', 'CHAT_TRANSCRIPTS', 'SCHEDULED_REPORTS']) {
  template.hasResourceProperties('AWS::Connect::InstanceStorageConfig', { ResourceType: resourceType, StorageType: 'S3' });
}
const version = require('cdk-connect-instance/package.json').version;
console.log(`registry test: template OK (instance, admin user, 3 storage configs) with cdk-connect-instance ${version}`);
