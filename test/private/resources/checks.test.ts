import { Token } from 'aws-cdk-lib';
import { checkRequiredReference, checkRequiredString } from '../../../src/private/resources/checks';
import { PropValidator } from '../../../src/private/validation';

function problems(check: (v: PropValidator) => void): string {
  const v = new PropValidator();
  check(v);
  try {
    v.throwIfAnyIn('Thing');
  } catch (e) {
    return (e as Error).message;
  }
  return '';
}

describe('checkRequiredReference', () => {
  test('passes a reference with the attribute', () => {
    const v = new PropValidator();
    expect(checkRequiredReference(v, 'flow', { contactFlowArn: 'arn' }, 'contactFlowArn', 'a flow (IContactFlow)')).toBe(true);
    expect(v.count).toBe(0);
  });

  test.each([
    [undefined, 'flow is required, got undefined'],
    [null, 'flow is required, got null'],
    ['arn:aws:connect:…', 'flow must be a flow (IContactFlow), got "arn:aws:connect:…"'],
    [{ name: 'x' }, 'flow must be a flow (IContactFlow), got {"name":"x"}'],
  ])('records %j once, naming the prop and the value', (ref, message) => {
    let ok = true;
    expect(problems((v) => { ok = checkRequiredReference(v, 'flow', ref, 'contactFlowArn', 'a flow (IContactFlow)'); }))
      .toBe(`Thing has 1 invalid prop:\n  - ${message}`);
    expect(ok).toBe(false);
  });
});

describe('checkRequiredString', () => {
  const rule = { minLength: 1, maxLength: 5, pattern: /^[a-z]+$/, patternMessage: 'must be lower-case letters' };

  test('passes a good value and a token', () => {
    expect(problems((v) => checkRequiredString(v, 'name', 'abc', rule))).toBe('');
    expect(problems((v) => checkRequiredString(v, 'name', Token.asString({ Ref: 'X' }), rule))).toBe('');
  });

  test.each([
    [undefined, 'name is required, got undefined'],
    ['abcdef', 'name must be 1 to 5 characters long (length 6), got "abcdef"'],
    ['ABC', 'name must be lower-case letters, got "ABC"'],
    [7, 'name must be a string, got 7'],
  ])('records %j once', (value, message) => {
    expect(problems((v) => checkRequiredString(v, 'name', value as string, rule))).toBe(`Thing has 1 invalid prop:\n  - ${message}`);
  });
});
