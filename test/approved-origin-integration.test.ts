import { Stack } from 'aws-cdk-lib';
import { Match } from 'aws-cdk-lib/assertions';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { ApprovedOrigin, ConnectInstance, Integration, IntegrationAssociation } from '../src';
import { importedInstance, INSTANCE_ARN } from './helpers/instance';
import { errorOf, templateOf } from './helpers/stack';

/**
 * Approved origins, and Lambda and Lex V2 integration associations with the
 * permission Amazon Connect needs to invoke the function.
 */

const OTHER_INSTANCE_ARN = 'arn:aws:connect:us-east-1:123456789012:instance/99999999-2222-3333-4444-555555555555';
const BOT_ALIAS_ARN = 'arn:aws:lex:us-east-1:123456789012:bot-alias/ABCDEFGHIJ/TSTALIASID';

describe('approved origins', () => {
  test('sends the instance ARN (the schema calls it InstanceId) and the origin', () => {
    const { stack, instance } = importedInstance();
    const origin = new ApprovedOrigin(stack, 'Site', { instance, origin: 'https://support.example.com' });
    const template = templateOf(stack);
    template.hasResourceProperties('AWS::Connect::ApprovedOrigin', { InstanceId: INSTANCE_ARN, Origin: 'https://support.example.com' });
    expect(origin.origin).toBe('https://support.example.com');
    expect(template.toJSON()).toMatchSnapshot();
  });

  test.each(['https://support.example.com:8443', 'http://localhost:3000'])('takes %s', (value) => {
    const { stack, instance } = importedInstance();
    new ApprovedOrigin(stack, 'Site', { instance, origin: value });
    templateOf(stack).hasResourceProperties('AWS::Connect::ApprovedOrigin', { Origin: value });
  });

  test.each(['support.example.com', 'https://support.example.com/', 'https://support.example.com/chat', 'ftp://example.com', 'https://'])(
    'rejects %j', (value) => {
      const { stack, instance } = importedInstance();
      expect(errorOf(() => new ApprovedOrigin(stack, 'Site', { instance, origin: value }))).toContain(
        '  - origin must be an origin: http:// or https://, a host and an optional port, without a path, such as https://support.example.com, '
        + `got ${JSON.stringify(value)}`);
    });

  test('at most 267 characters; a missing origin fails (untyped JavaScript)', () => {
    const { stack, instance } = importedInstance();
    expect(errorOf(() => new ApprovedOrigin(stack, 'Long', { instance, origin: `https://${'a'.repeat(260)}.com` })))
      .toContain('  - origin must be 0 to 267 characters long (length 272)');
    expect(errorOf(() => new ApprovedOrigin(stack, 'None', { instance } as any))).toContain('  - origin is required, got undefined');
  });
});

describe('Lambda functions', () => {
  function withFunction() {
    const { stack, instance } = importedInstance();
    const fn = new lambda.Function(stack, 'Lookup', {
      runtime: lambda.Runtime.NODEJS_22_X,
      handler: 'index.handler',
      code: lambda.Code.fromInline('exports.handler = async () => ({})'),
    });
    return { stack, instance, fn };
  }

  test('associates the function and lets Amazon Connect invoke it for this instance only', () => {
    const { stack, instance, fn } = withFunction();
    const association = new IntegrationAssociation(stack, 'LookupAssociation', { instance, integration: Integration.lambdaFunction(fn) });
    const template = templateOf(stack);
    template.hasResourceProperties('AWS::Connect::IntegrationAssociation', {
      InstanceId: INSTANCE_ARN,
      IntegrationType: 'LAMBDA_FUNCTION',
      IntegrationArn: { 'Fn::GetAtt': [Match.stringLikeRegexp('^Lookup'), 'Arn'] },
    });
    template.hasResourceProperties('AWS::Lambda::Permission', {
      Action: 'lambda:InvokeFunction',
      FunctionName: { 'Fn::GetAtt': [Match.stringLikeRegexp('^Lookup'), 'Arn'] },
      Principal: 'connect.amazonaws.com',
      SourceArn: INSTANCE_ARN,
      SourceAccount: '123456789012',
    });
    expect(stack.resolve(association.integrationAssociationId))
      .toEqual({ 'Fn::GetAtt': [expect.stringMatching(/^LookupAssociation/), 'IntegrationAssociationId'] });
    expect(Object.keys(template.findResources('AWS::Lambda::Permission'))).toEqual([expect.stringMatching(/^LookupAssociationInvokedByConnect/)]);
  });

  test('one function for two instances gets one permission for each', () => {
    const { stack, instance, fn } = withFunction();
    const other = ConnectInstance.fromInstanceArn(stack, 'Other', OTHER_INSTANCE_ARN);
    new IntegrationAssociation(stack, 'First', { instance, integration: Integration.lambdaFunction(fn) });
    new IntegrationAssociation(stack, 'Second', { instance: other, integration: Integration.lambdaFunction(fn) });
    const template = templateOf(stack);
    template.resourceCountIs('AWS::Lambda::Permission', 2);
    template.hasResourceProperties('AWS::Lambda::Permission', { SourceArn: INSTANCE_ARN });
    template.hasResourceProperties('AWS::Lambda::Permission', { SourceArn: OTHER_INSTANCE_ARN });
  });

  test('a function imported from the same account gets the permission', () => {
    const { stack, instance } = importedInstance();
    const fn = lambda.Function.fromFunctionArn(stack, 'Fn', 'arn:aws:lambda:us-east-1:123456789012:function:lookup');
    new IntegrationAssociation(stack, 'Lookup', { instance, integration: Integration.lambdaFunction(fn) });
    templateOf(stack).hasResourceProperties('AWS::Lambda::Permission', {
      FunctionName: 'arn:aws:lambda:us-east-1:123456789012:function:lookup', Principal: 'connect.amazonaws.com', SourceArn: INSTANCE_ARN,
    });
  });

  test('a function of more than 140 characters of ARN fails', () => {
    const { stack, instance } = importedInstance();
    const arn = `arn:aws:lambda:us-east-1:123456789012:function:${'f'.repeat(64)}:${'v'.repeat(40)}`;
    const fn = lambda.Function.fromFunctionArn(stack, 'Fn', arn);
    expect(errorOf(() => new IntegrationAssociation(stack, 'Lookup', { instance, integration: Integration.lambdaFunction(fn) })))
      .toContain(`  - integration must have an ARN of at most 140 characters (length ${arn.length})`);
  });

  test('snapshot: a function and its association', () => {
    const { stack, instance, fn } = withFunction();
    new IntegrationAssociation(stack, 'Association', { instance, integration: Integration.lambdaFunction(fn) });
    expect(templateOf(stack).toJSON()).toMatchSnapshot();
  });
});

describe('Lex V2 bot aliases', () => {
  test('associates the alias, and writes no Lex resource policy of its own', () => {
    const { stack, instance } = importedInstance();
    new IntegrationAssociation(stack, 'Bot', { instance, integration: Integration.lexV2BotAlias(BOT_ALIAS_ARN) });
    const template = templateOf(stack);
    template.hasResourceProperties('AWS::Connect::IntegrationAssociation', {
      InstanceId: INSTANCE_ARN, IntegrationType: 'LEX_BOT', IntegrationArn: BOT_ALIAS_ARN,
    });
    template.resourceCountIs('AWS::Lex::ResourcePolicy', 0);
    template.resourceCountIs('AWS::Lambda::Permission', 0);
  });

  test.each([
    'arn:aws:lex:us-east-1:123456789012:bot:OrderFlowers',
    'arn:aws:lex:us-east-1:123456789012:bot/ABCDEFGHIJ',
    'ABCDEFGHIJ/TSTALIASID',
  ])('rejects %s', (arn) => {
    const { stack, instance } = importedInstance();
    expect(errorOf(() => new IntegrationAssociation(stack, 'Bot', { instance, integration: Integration.lexV2BotAlias(arn) }))).toContain(
      `  - integration.botAliasArn must be the ARN of a Lex V2 bot alias (arn:<partition>:lex:<region>:<account>:bot-alias/<bot id>/<alias id>), got ${JSON.stringify(arn)}`);
  });

  test('an alias ARN known only at deploy time is taken', () => {
    const { stack, instance } = importedInstance();
    new IntegrationAssociation(stack, 'Bot', { instance, integration: Integration.lexV2BotAlias(Stack.of(stack).formatArn({ service: 'lex', resource: 'bot-alias', resourceName: 'B/A' })) });
    templateOf(stack).resourceCountIs('AWS::Connect::IntegrationAssociation', 1);
  });

  test('something else than an Integration fails (untyped JavaScript)', () => {
    const { stack, instance } = importedInstance();
    expect(errorOf(() => new IntegrationAssociation(stack, 'Bot', { instance, integration: BOT_ALIAS_ARN as any })))
      .toContain(`  - integration must be an Integration of a Lambda function or a Lex V2 bot alias, got "${BOT_ALIAS_ARN}"`);
  });
});
