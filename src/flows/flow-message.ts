import { Token } from 'aws-cdk-lib';
import type { IPrompt } from '../prompt';
import type { FlowValue } from './flow-value';

/**
 * What an action says or shows: text (spoken for voice, sent for chat and tasks), SSML, or a prompt.
 * Text and SSML may name contact data (`FlowValue`), which Amazon Connect fills in when the action runs.
 *
 * @see https://docs.aws.amazon.com/connect/latest/APIReference/participant-actions-messageparticipant.html
 */
export class FlowMessage {
  /** Text, for every channel. */
  public static text(text: string): FlowMessage {
    return new FlowMessage('Text', text);
  }

  /** Text made of literal parts and contact data, joined in order. */
  public static textOf(parts: FlowValue[]): FlowMessage {
    return new FlowMessage('Text', parts.map(p => p.toString()).join(''));
  }

  /** SSML (`<speak>…</speak>`), for the voice channel only. */
  public static ssml(ssml: string): FlowMessage {
    return new FlowMessage('SSML', ssml);
  }

  /** A prompt of the instance, for the voice channel only. */
  public static prompt(prompt: IPrompt): FlowMessage {
    return new FlowMessage('PromptId', prompt.promptArn);
  }

  private constructor(
    /** The parameter the message is written to: `Text`, `SSML` or `PromptId`. */
    public readonly parameter: string,
    /** The text, SSML, or the prompt's ARN. */
    public readonly value: string,
  ) {}

  /** The message as parameters (`{ Text: … }`, `{ SSML: … }` or `{ PromptId: … }`). */
  public toParameters(): { [key: string]: string } {
    return { [this.parameter]: this.value };
  }

  /** The problems of the message, for the action that sends it. */
  public validate(): string[] {
    if (typeof this.value !== 'string' || Token.isUnresolved(this.value)) {
      return [];
    }
    if (this.value.length === 0) {
      return [`${this.parameter} must not be empty`];
    }
    if (this.parameter === 'SSML' && !/^\s*<speak[\s>][\s\S]*<\/speak>\s*$/.test(this.value)) {
      return [`SSML must be one <speak> element, got ${JSON.stringify(this.value)}`];
    }
    return [];
  }
}
