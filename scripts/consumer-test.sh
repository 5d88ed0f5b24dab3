#!/usr/bin/env bash
# Consumer test: installs the packed npm tarball (dist/js, made by `npx projen build`
# or `npx projen package:js`) into a scratch CDK app outside the repository, next to
# the OLDEST aws-cdk-lib and constructs the peer dependencies allow, type-checks an
# app that imports it by its package name, synthesizes it, and checks the template.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
TARBALL="$(ls "$ROOT"/dist/js/cdk-connect-instance@*.jsii.tgz 2>/dev/null | head -1 || true)"
if [[ -z "$TARBALL" ]]; then
  echo "consumer test: no tarball in dist/js; run 'npx projen build' (or 'npx projen package:js') first" >&2
  exit 1
fi
CDK_MIN="$(node -p "require('$ROOT/package.json').peerDependencies['aws-cdk-lib'].replace(/^\\^/, '')")"
CONSTRUCTS_MIN="$(node -p "require('$ROOT/package.json').peerDependencies.constructs.replace(/^\\^/, '')")"

WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
cd "$WORK"
echo "consumer test: scratch app in a temporary folder, aws-cdk-lib@$CDK_MIN, constructs@$CONSTRUCTS_MIN, $(basename "$TARBALL")"
npm init -y >/dev/null
npm install --no-audit --no-fund --loglevel=error "aws-cdk-lib@$CDK_MIN" "constructs@$CONSTRUCTS_MIN" "$TARBALL"

cat > app.ts <<'TS'
import { App, CfnOutput, Stack } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import {
  ConnectInstance, DeployerPolicy, DisconnectParticipant, FlowContent, FlowDefinition, FlowMessage, IdentityManagement, MessageParticipant,
  PhoneNumberType, VocabularyContent, VocabularyLanguage,
} from 'cdk-connect-instance';

const app = new App({ outdir: 'cdk.out' });
const stack = new Stack(app, 'Consumer', { env: { region: 'eu-west-2' } });
const cc = new ConnectInstance(stack, 'ContactCenter', {
  identity: IdentityManagement.connectManaged({ instanceAlias: 'consumer-check' }),
  admin: { username: 'admin', firstName: 'Ada', lastName: 'Admin' },
  autoMuteAgentOnHold: true,
});
cc.addPhoneNumber('Line', { countryCode: 'GB', type: PhoneNumberType.DID });
new iam.ManagedPolicy(stack, 'Deployer', { document: DeployerPolicy.forConnectInstance(stack) });
// Types and builders newer than the oldest aws-cdk-lib: a flow from the builder, an agent status (an L1
// 2.220.0 has) and a vocabulary (written as a CfnResource, as 2.220.0 has no CfnVocabulary).
const flow = new FlowDefinition();
const hello = new MessageParticipant(flow, 'Hello', { message: FlowMessage.text('Hello') });
const bye = new DisconnectParticipant(flow, 'Bye');
hello.next(bye);
hello.onError(bye);
cc.addContactFlow('Inbound', { content: FlowContent.fromDefinition(flow) });
cc.addAgentStatus('Break', { agentStatusName: 'Break' });
cc.addVocabulary('Terms', { language: VocabularyLanguage.EN_US, content: VocabularyContent.fromPhrases([{ phrase: 'Acme' }]) });
new CfnOutput(stack, 'AccessUrl', { value: cc.accessUrl! });
app.synth();
TS
"$ROOT/node_modules/.bin/tsc" --strict --target ES2022 --module commonjs --skipLibCheck app.ts
node app.js

node - <<'JS'
const t = require('./cdk.out/Consumer.template.json');
const types = Object.values(t.Resources).map((r) => r.Type);
const need = ['AWS::Connect::Instance', 'AWS::Connect::User', 'AWS::Connect::PhoneNumber',
  'AWS::Connect::InstanceStorageConfig', 'Custom::ConnectProfileLookup', 'AWS::Lambda::Function', 'AWS::IAM::ManagedPolicy',
  'AWS::Connect::ContactFlow', 'AWS::Connect::AgentStatus', 'AWS::Connect::Vocabulary'];
const missing = need.filter((n) => !types.includes(n));
if (missing.length) { console.error(`consumer test: missing ${missing.join(', ')}`); process.exit(1); }
const instance = Object.values(t.Resources).find((r) => r.Type === 'AWS::Connect::Instance');
if (instance.Properties.Attributes.AutoMuteAgentOnHold !== true) { console.error('consumer test: AutoMuteAgentOnHold lost'); process.exit(1); }
if (t.Outputs.AccessUrl.Value !== 'https://consumer-check.my.connect.aws') { console.error('consumer test: bad access URL'); process.exit(1); }
const lambdas = types.filter((x) => x === 'AWS::Lambda::Function').length;
console.log(`consumer test: OK — ${types.length} resources, ${lambdas} Lambda function, synthesized with the oldest supported aws-cdk-lib`);
JS
