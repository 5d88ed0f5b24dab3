import { IntegrationAssociation, UseCase, UseCaseType } from '../src';
import { arnOf, importedInstance } from './helpers/instance';
import { errorOf, templateOf } from './helpers/stack';

/**
 * Use cases of an integration association: a raw resource of its type, as aws-cdk-lib 2.220.0
 * has no L1 for it.
 */

describe('what is deployed', () => {
  test('a rules use case of an imported Zendesk association, by the instance\'s id', () => {
    const { stack, instance } = importedInstance();
    const zendesk = IntegrationAssociation.fromIntegrationAssociationArn(stack, 'Zendesk', arnOf('integration-association', 'zd-1'));
    const useCase = instance.addUseCase('Rules', { integrationAssociation: zendesk, useCaseType: UseCaseType.RULES_EVALUATION });
    const template = templateOf(stack);
    template.hasResourceProperties('AWS::Connect::UseCase', {
      InstanceId: '11111111-2222-3333-4444-555555555555',
      IntegrationAssociationId: 'zd-1',
      UseCaseType: 'RULES_EVALUATION',
    });
    expect(stack.resolve(useCase.useCaseArn)).toEqual({ 'Fn::GetAtt': [expect.stringMatching(/^ContactCenterRules/), 'UseCaseArn'] });
    expect(stack.resolve(useCase.useCaseId)).toEqual({ 'Fn::GetAtt': [expect.stringMatching(/^ContactCenterRules/), 'UseCaseId'] });
    expect(template.toJSON()).toMatchSnapshot();
  });
});

describe('checks', () => {
  test('untyped JavaScript: an association id as a string, an unknown type, a missing instance', () => {
    const { stack } = importedInstance();
    const message = errorOf(() => new UseCase(stack, 'UseCase', { integrationAssociation: 'zd-1' as any, useCaseType: 'RULES' as any } as any));
    expect(message).toEqual([
      "UseCase at 'TestStack/UseCase' has 3 invalid props:",
      '  - instance is required, got undefined',
      '  - integrationAssociation must be an integration association (IIntegrationAssociation), got "zd-1"',
      '  - useCaseType must be one of RULES_EVALUATION, CONNECT_CAMPAIGNS, got "RULES"',
    ].join('\n'));
  });
});

describe('importing', () => {
  test('by ARN', () => {
    const { stack } = importedInstance();
    const useCase = UseCase.fromUseCaseArn(stack, 'Imported', arnOf('use-case', 'uc-1'));
    expect([useCase.useCaseArn, useCase.useCaseId]).toEqual([arnOf('use-case', 'uc-1'), 'uc-1']);
    expect(errorOf(() => UseCase.fromUseCaseArn(stack, 'Bad', arnOf('rule', 'r')))).toMatch(/^useCaseArn must be the ARN of an Amazon Connect use case/);
  });
});
