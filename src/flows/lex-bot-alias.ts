import { Token } from 'aws-cdk-lib';
import type * as lex from 'aws-cdk-lib/aws-lex';

/** A Lex V2 bot alias ARN: `arn:<partition>:lex:<region>:<account>:bot-alias/<bot id>/<alias id>`. */
const BOT_ALIAS_ARN = /^arn:aws[-a-z0-9]*:lex:[a-z0-9-]+:[0-9]{12}:bot-alias\/[0-9a-zA-Z]+\/[0-9a-zA-Z]+$/;

/**
 * An Amazon Lex V2 bot alias that flows talk to (`ConnectParticipantWithLexBot`). A flow that uses it
 * associates it with its instance, once per instance.
 *
 * @see https://docs.aws.amazon.com/connect/latest/adminguide/amazon-lex.html
 */
export class LexBotAlias {
  /** A bot alias by its ARN. */
  public static fromBotAliasArn(botAliasArn: string): LexBotAlias {
    return new LexBotAlias(botAliasArn);
  }

  /** A bot alias of this app, such as one defined with `CfnBotAlias`. */
  public static fromCfnBotAlias(botAlias: lex.CfnBotAlias): LexBotAlias {
    return new LexBotAlias(botAlias.attrArn);
  }

  private constructor(
    /** The ARN of the bot alias. */
    public readonly botAliasArn: string,
  ) {}

  /** The problems of the alias's ARN, for the action that uses it. */
  public validate(): string[] {
    const arn = this.botAliasArn;
    if (typeof arn !== 'string') {
      return [`must have an ARN, got ${JSON.stringify(arn)}`];
    }
    if (Token.isUnresolved(arn) || BOT_ALIAS_ARN.test(arn)) {
      return [];
    }
    return [`must be the ARN of a Lex V2 bot alias (arn:<partition>:lex:<region>:<account>:bot-alias/<bot id>/<alias id>), got ${JSON.stringify(arn)}`];
  }
}
