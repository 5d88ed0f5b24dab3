import { Match } from 'aws-cdk-lib/assertions';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { Prompt, PromptOptions } from '../src';
import { arnOf, importedInstance, INSTANCE_ARN } from './helpers/instance';
import { errorOf, templateOf } from './helpers/stack';

/**
 * Prompts from an S3 object: the S3 URI, names, and the importer.
 */

function build(options: Partial<PromptOptions>, bucketName = 'acme-prompts') {
  const { stack, instance } = importedInstance();
  const bucket = s3.Bucket.fromBucketName(stack, 'Bucket', bucketName);
  const prompt = new Prompt(stack, 'Prompt', { instance, bucket, objectKey: 'prompts/welcome.wav', ...options });
  return { stack, prompt };
}

describe('what is deployed', () => {
  test('the S3 URI of the object, with a name and a description', () => {
    const { stack, prompt } = build({ promptName: 'Welcome', description: 'Played first' });
    const template = templateOf(stack);
    template.hasResourceProperties('AWS::Connect::Prompt', {
      InstanceArn: INSTANCE_ARN,
      Name: 'Welcome',
      Description: 'Played first',
      S3Uri: 's3://acme-prompts/prompts/welcome.wav',
    });
    expect(stack.resolve(prompt.promptArn)).toEqual({ 'Fn::GetAtt': [expect.stringMatching(/^Prompt/), 'PromptArn'] });
    expect(template.toJSON()).toMatchSnapshot();
  });

  test('a bucket created in the stack is referenced', () => {
    const { stack, instance } = importedInstance();
    const bucket = new s3.Bucket(stack, 'Audio');
    new Prompt(stack, 'Prompt', { instance, bucket, objectKey: 'hold.wav' });
    templateOf(stack).hasResourceProperties('AWS::Connect::Prompt', {
      Name: Match.stringLikeRegexp('^TestStackPrompt[0-9A-F]{8}$'),
      S3Uri: { 'Fn::Join': ['', ['s3://', { Ref: Match.stringLikeRegexp('^Audio') }, '/hold.wav']] },
    });
  });
});

describe('checks', () => {
  test('an empty key, a leading slash, or a URI over 2,000 characters fail', () => {
    expect(errorOf(() => build({ objectKey: '' }))).toContain('  - objectKey must be the key of an object: not empty, no leading /, got ""');
    expect(errorOf(() => build({ objectKey: '/welcome.wav' }))).toContain('  - objectKey must be the key of an object: not empty, no leading /, got "/welcome.wav"');
    expect(errorOf(() => build({ objectKey: `${'x'.repeat(1990)}.wav` })))
      .toContain('  - objectKey must make an S3 URI of at most 2000 characters (length 2012)');
  });

  test('names and descriptions of the registry schema', () => {
    const message = errorOf(() => build({ promptName: 'x'.repeat(128), description: '' }));
    expect(message).toContain('  - promptName must be 1 to 127 characters long (length 128)');
    expect(message).toContain('  - description must be 1 to 250 characters long (length 0), got ""');
  });

  test('a missing bucket or key fails (untyped JavaScript)', () => {
    const { stack, instance } = importedInstance();
    const message = errorOf(() => new Prompt(stack, 'Prompt', { instance } as any));
    expect(message).toContain('  - bucket is required, got undefined');
    expect(message).toContain('  - objectKey is required, got undefined');
  });
});

describe('importing', () => {
  test('by ARN', () => {
    const { stack } = importedInstance();
    const prompt = Prompt.fromPromptArn(stack, 'Music', arnOf('prompt', 'p-1'));
    expect([prompt.promptArn, prompt.promptId]).toEqual([arnOf('prompt', 'p-1'), 'p-1']);
    expect(errorOf(() => Prompt.fromPromptArn(stack, 'Bad', arnOf('queue', 'q')))).toContain('promptArn must be the ARN of an Amazon Connect prompt');
  });
});
