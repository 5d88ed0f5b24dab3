import { checkTemplate, findCycle, findResourceCycle, LIMITS, policyChars, referencesIn } from '../../bench/deployability';

describe('the cycle finder', () => {
  test('follows Ref, Fn::GetAtt (both forms), Fn::Sub and DependsOn, not pseudo parameters or Fn::Sub variables', () => {
    expect([...referencesIn({
      A: { Ref: 'One' },
      B: { 'Fn::GetAtt': ['Two', 'Arn'] },
      C: { 'Fn::GetAtt': 'Three.Arn' },
      D: { 'Fn::Sub': ['${Four.Arn}/${AWS::Region}/${Var}/${!Literal}', { Var: { Ref: 'Five' } }] },
      E: { Ref: 'AWS::AccountId' },
    })].sort()).toEqual(['Five', 'Four', 'One', 'Three', 'Two']);
  });

  test('prints the path of a cycle, closed on its first resource', () => {
    const template = {
      Resources: {
        Flow: { Type: 'AWS::Connect::ContactFlow', Properties: { Content: { 'Fn::Sub': '{"AgentId":"${User.UserArn}"}' } } },
        User: { Type: 'AWS::Connect::User', Properties: { RoutingProfileArn: { 'Fn::GetAtt': ['Lookup', 'Arn'] } } },
        Lookup: { Type: 'Custom::Lookup', Properties: { ServiceToken: { 'Fn::GetAtt': ['Handler', 'Arn'] } } },
        Handler: { Type: 'AWS::Lambda::Function', DependsOn: 'Role', Properties: {} },
        Role: { Type: 'AWS::IAM::Role', Properties: { Policies: [{ PolicyDocument: { Statement: [{ Resource: { Ref: 'Flow' } }] } }] } },
        Bystander: { Type: 'AWS::S3::Bucket', Properties: { BucketName: { Ref: 'Parameter' } } },
      },
      Parameters: { Parameter: { Type: 'String' } },
    };
    expect(findResourceCycle(template)).toEqual(['Flow', 'User', 'Lookup', 'Handler', 'Role', 'Flow']);
    expect(checkTemplate(template).problems).toEqual(['dependency cycle: Flow → User → Lookup → Handler → Role → Flow']);
  });

  test('finds none in a graph without one, and finds a self-reference', () => {
    expect(findCycle(new Map([['a', ['b', 'c']], ['b', ['c']], ['c', []]]))).toBeUndefined();
    expect(findCycle(new Map([['a', ['a']]]))).toEqual(['a', 'a']);
  });
});

describe('policy sizes', () => {
  test('count the JSON without whitespace, intrinsics as long as what they resolve to', () => {
    const template = { Resources: { Queue: { Type: 'AWS::Connect::Queue' } } };
    const document = { Statement: [{ Effect: 'Allow', Action: 'connect:X', Resource: { 'Fn::GetAtt': ['Queue', 'QueueArn'] } }] };
    const arn = 'arn:aws:connect:us-east-1:123456789012:instance/00000000-0000-0000-0000-000000000000/queue/00000000-0000-0000-0000-000000000000';
    expect(policyChars(document, template)).toBe(JSON.stringify({ Statement: [{ Effect: 'Allow', Action: 'connect:X', Resource: arn }] }).length);
  });

  test('add up the inline policies of a role, its own and those put on it', () => {
    const statement = { Effect: 'Allow', Action: 'connect:X', Resource: 'x'.repeat(6000) };
    const template = {
      Resources: {
        Role: { Type: 'AWS::IAM::Role', Properties: { Policies: [{ PolicyName: 'a', PolicyDocument: { Statement: [statement] } }] } },
        Extra: { Type: 'AWS::IAM::Policy', Properties: { Roles: [{ Ref: 'Role' }], PolicyDocument: { Statement: [statement] } } },
      },
    };
    const report = checkTemplate(template);
    expect(report.policies[0]).toMatchObject({ name: 'inline policies of role Role (2 documents)', limit: LIMITS.roleInlinePolicyChars });
    expect(report.problems).toEqual([expect.stringMatching(/^inline policies of role Role \(2 documents\) has 12\d{3} characters, over IAM's 10240$/)]);
  });
});
