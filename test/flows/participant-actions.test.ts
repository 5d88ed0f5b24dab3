import { Duration } from 'aws-cdk-lib';
import {
  ConnectParticipantWithLexBot, ContactFlow, ContactFlowModule, ContactFlowType, DisconnectParticipant, FlowAction, FlowContent, FlowDefinition,
  FlowMessage, FlowValue, GetParticipantInput, LexBotAlias, MessageParticipant, MessageParticipantIteratively, PhoneNumberFormat, Prompt, ShowView,
  StoredInput,
} from '../../src';
import { errorsTo, whenEquals } from '../helpers/flow';
import { arnOf, importedInstance } from '../helpers/instance';
import { errorOf, templateOf } from '../helpers/stack';

/** The participant actions of the Flow language: their JSON, branches, checks and flow types. */

const BOT_ALIAS_ARN = 'arn:aws:lex:us-east-1:123456789012:bot-alias/BOTID12345/ALIASID123';
const VIEW_ARN = 'arn:aws:connect:us-east-1:aws:view/form';

/** The flow (of `type`) of `definition` in a new stack, and its actions by identifier. */
function rendered(definition: FlowDefinition, type = ContactFlowType.CONTACT_FLOW) {
  const { stack, instance } = importedInstance();
  new ContactFlow(stack, 'Flow', { instance, type, content: FlowContent.fromDefinition(definition) });
  const template = templateOf(stack);
  const [flow] = Object.values(template.findResources('AWS::Connect::ContactFlow'));
  const content = JSON.parse(flow.Properties.Content);
  const actions: Record<string, any> = Object.fromEntries(content.Actions.map((a: any) => [a.Identifier, a]));
  return { stack, template, content, actions };
}

/** The error a flow (of `type`) of `definition` fails with. */
function problemsOf(definition: FlowDefinition, type = ContactFlowType.CONTACT_FLOW): string {
  const { stack, instance } = importedInstance();
  return errorOf(() => new ContactFlow(stack, 'Flow', { instance, type, content: FlowContent.fromDefinition(definition) }));
}

/** A definition with an action made by `make`, whose branches all go to a `DisconnectParticipant` (`Bye`). */
function around<T extends object>(make: (d: FlowDefinition) => T): { definition: FlowDefinition; action: T; bye: DisconnectParticipant } {
  const definition = new FlowDefinition();
  const action = make(definition);
  const bye = new DisconnectParticipant(definition, 'Bye');
  return { definition, action, bye };
}

/** Sends the no-match, timeout and error branches and the next action of `action` to `end`, in that order. */
function otherwiseTo(action: ConnectParticipantWithLexBot | GetParticipantInput | ShowView, end: FlowAction): void {
  action.onNoMatchingCondition(end);
  action.onTimeout(end);
  action.onError(end);
  action.next(end);
}

/** A `MessageParticipant` that says its `id`, then goes on to `end`, on error too. */
function sayingId(definition: FlowDefinition, id: string, end: FlowAction): MessageParticipant {
  const message = new MessageParticipant(definition, id, { message: FlowMessage.text(id) });
  message.next(end);
  message.onError(end);
  return message;
}

describe('MessageParticipant', () => {
  test('writes its message and its error branch', () => {
    const { definition, action, bye } = around(d => new MessageParticipant(d, 'Hello', {
      message: FlowMessage.textOf([FlowValue.text('Hello '), FlowValue.contactAttribute('firstName')]),
    }));
    action.next(bye);
    action.onError(bye);
    expect(rendered(definition).actions.Hello).toEqual({
      Identifier: 'Hello',
      Type: 'MessageParticipant',
      Parameters: { Text: 'Hello $.Attributes.firstName' },
      Transitions: { NextAction: 'Bye', Errors: [{ NextAction: 'Bye', ErrorType: 'NoMatchingError' }] },
    });
  });

  test('is not allowed in hold flows', () => {
    const definition = new FlowDefinition();
    const hello = new MessageParticipant(definition, 'Hello', { message: FlowMessage.text('Hi') });
    const loop = new MessageParticipantIteratively(definition, 'Loop', { messages: [FlowMessage.text('Please hold')] });
    hello.next(loop);
    hello.onError(loop);
    loop.onError(hello);
    expect(problemsOf(definition, ContactFlowType.AGENT_HOLD)).toContain('action "Hello" (MessageParticipant) is not allowed in a AGENT_HOLD flow');
  });
});

describe('DisconnectParticipant', () => {
  test('has no parameters, no next action and no errors', () => {
    const definition = new FlowDefinition();
    new DisconnectParticipant(definition, 'Bye');
    expect(rendered(definition).actions.Bye).toEqual({ Identifier: 'Bye', Type: 'DisconnectParticipant', Parameters: {}, Transitions: {} });
  });

  test('is allowed in inbound, transfer and customer queue flows and modules, not in whisper or hold flows', () => {
    const allowed = [ContactFlowType.CONTACT_FLOW, ContactFlowType.AGENT_TRANSFER, ContactFlowType.QUEUE_TRANSFER, ContactFlowType.CUSTOMER_QUEUE];
    for (const type of allowed) {
      const definition = new FlowDefinition();
      new DisconnectParticipant(definition, 'Bye');
      expect(rendered(definition, type).actions.Bye.Type).toBe('DisconnectParticipant');
    }
    const { stack, instance } = importedInstance();
    const module = new FlowDefinition();
    new DisconnectParticipant(module, 'Bye');
    new ContactFlowModule(stack, 'Module', { instance, content: FlowContent.fromDefinition(module) });
    templateOf(stack).resourceCountIs('AWS::Connect::ContactFlowModule', 1);
    for (const type of [ContactFlowType.CUSTOMER_WHISPER, ContactFlowType.CUSTOMER_HOLD]) {
      const definition = new FlowDefinition();
      new DisconnectParticipant(definition, 'Bye');
      expect(problemsOf(definition, type)).toContain(`action "Bye" (DisconnectParticipant) is not allowed in a ${type} flow (only in CONTACT_FLOW, AGENT_TRANSFER, QUEUE_TRANSFER, CUSTOMER_QUEUE, FLOW_MODULE)`);
    }
  });
});

describe('ConnectParticipantWithLexBot', () => {
  test('writes the bot alias, message, session attributes and chat options, its intents as conditions, and its errors', () => {
    const { definition, action, bye } = around(d => new ConnectParticipantWithLexBot(d, 'Bot', {
      botAlias: LexBotAlias.fromBotAliasArn(BOT_ALIAS_ARN),
      message: FlowMessage.ssml('<speak>How can I help?</speak>'),
      sessionAttributes: { 'customerTier': FlowValue.external('tier'), 'x-amz-lex:audio:start-timeout-ms:*:*': FlowValue.text('4000') },
      initialMessage: FlowValue.jsonPath('$.Media.InitialMessage'),
      chatTimeout: Duration.minutes(10),
    }));
    const orders = sayingId(definition, 'Orders', bye);
    expect(action.onIntent('CheckOrder', orders)).toBe(orders);
    action.onIntent('Cancel', bye);
    otherwiseTo(action, bye);
    expect(rendered(definition).actions.Bot).toEqual({
      Identifier: 'Bot',
      Type: 'ConnectParticipantWithLexBot',
      Parameters: {
        SSML: '<speak>How can I help?</speak>',
        LexV2Bot: { AliasArn: BOT_ALIAS_ARN },
        LexSessionAttributes: { 'customerTier': '$.External.tier', 'x-amz-lex:audio:start-timeout-ms:*:*': '4000' },
        LexInitializationData: { InitialMessage: '$.Media.InitialMessage' },
        LexTimeoutSeconds: { Text: 600 },
      },
      Transitions: {
        NextAction: 'Bye',
        Conditions: [whenEquals('CheckOrder', 'Orders'), whenEquals('Cancel', 'Bye')],
        Errors: errorsTo('Bye', 'NoMatchingCondition', 'InputTimeLimitExceeded', 'NoMatchingError'),
      },
    });
  });

  test('a prompt alone is enough; the flow names every branch it lacks', () => {
    const { stack } = importedInstance();
    const prompt = Prompt.fromPromptArn(stack, 'Prompt', arnOf('prompt', 'p-1'));
    const { definition, action } = around(d => new ConnectParticipantWithLexBot(d, 'Bot', {
      botAlias: LexBotAlias.fromBotAliasArn(BOT_ALIAS_ARN), message: FlowMessage.prompt(prompt),
    }));
    action.onIntent('Help', definition.actions[1]);
    expect(action.toJson().Parameters).toEqual({ PromptId: arnOf('prompt', 'p-1'), LexV2Bot: { AliasArn: BOT_ALIAS_ARN } });
    const message = problemsOf(definition);
    expect(message).toContain('action "Bot" (ConnectParticipantWithLexBot) has no branch for InputTimeLimitExceeded, NoMatchingCondition, NoMatchingError');
    expect(message).toContain('action "Bot" (ConnectParticipantWithLexBot) has no next action: call next(…)');
  });

  test('reports every bad prop at once, naming the action, the prop and the value', () => {
    const { definition, action, bye } = around(d => new ConnectParticipantWithLexBot(d, 'Bot', {
      botAlias: LexBotAlias.fromBotAliasArn('arn:aws:lex:us-east-1:123456789012:bot/BOTID12345'),
      sessionAttributes: { '': FlowValue.text('x'), 'ok': FlowValue.jsonPath('Attributes.x') },
      chatTimeout: Duration.seconds(30),
    }));
    action.onIntent('', bye);
    action.onIntent('Help', bye);
    action.onIntent('Help', bye);
    action.next(bye);
    action.onError(bye);
    const message = problemsOf(definition);
    const bot = 'action "Bot" (ConnectParticipantWithLexBot)';
    expect(message).toContain(`${bot} botAlias must be the ARN of a Lex V2 bot alias (arn:<partition>:lex:<region>:<account>:bot-alias/<bot id>/<alias id>), got "arn:aws:lex:us-east-1:123456789012:bot/BOTID12345"`);
    expect(message).toContain(`${bot} sessionAttributes must not have an empty name`);
    expect(message).toContain(`${bot} sessionAttributes.ok must be a JSONPath starting with "$.", got "Attributes.x"`);
    expect(message).toContain(`${bot} chatTimeout must be a whole number of seconds from 60 to 604800, got 30 seconds`);
    expect(message).toContain(`${bot} needs a message or an initialMessage to start the conversation with, got neither`);
    expect(message).toContain(`${bot} onIntent needs an intent name, got ""`);
    expect(message).toContain(`${bot} has two branches for the intent "Help"`);
  });

  test('an alias with an invalid ARN is reported, and not associated', () => {
    const { definition, action, bye } = around(d => new ConnectParticipantWithLexBot(d, 'Bot', {
      botAlias: LexBotAlias.fromBotAliasArn('not-an-arn'), message: FlowMessage.text('Hi'),
    }));
    action.next(bye);
    action.onError(bye);
    expect(action._lexBotAliasArns).toEqual([]);
    expect(problemsOf(definition)).toContain('botAlias must be the ARN of a Lex V2 bot alias');
  });

  test('is not allowed in whisper or hold flows', () => {
    const { definition, action, bye } = around(d => new ConnectParticipantWithLexBot(d, 'Bot', {
      botAlias: LexBotAlias.fromBotAliasArn(BOT_ALIAS_ARN), message: FlowMessage.text('Hi'),
    }));
    action.next(bye);
    action.onError(bye);
    expect(problemsOf(definition, ContactFlowType.AGENT_WHISPER))
      .toContain('action "Bot" (ConnectParticipantWithLexBot) is not allowed in a AGENT_WHISPER flow (only in CONTACT_FLOW, AGENT_TRANSFER, QUEUE_TRANSFER, CUSTOMER_QUEUE, FLOW_MODULE)');
  });
});

describe('GetParticipantInput', () => {
  test('a menu: the keys pressed as conditions, with the timeout, touch-tone options and NoMatchingCondition', () => {
    const { definition, action, bye } = around(d => new GetParticipantInput(d, 'Menu', {
      message: FlowMessage.text('Press 1 for sales, 2 for support'),
      timeout: Duration.seconds(8),
      dtmf: { terminationSequence: '##', disableCancelKey: true, interdigitTimeout: Duration.seconds(3) },
    }));
    const sales = sayingId(definition, 'Sales', bye);
    expect(action.onPressed('1', sales)).toBe(sales);
    action.onPressed('#', bye);
    otherwiseTo(action, bye);
    expect(rendered(definition).actions.Menu).toEqual({
      Identifier: 'Menu',
      Type: 'GetParticipantInput',
      Parameters: {
        Text: 'Press 1 for sales, 2 for support',
        InputTimeLimitSeconds: '8',
        StoreInput: 'False',
        DTMFConfiguration: { InputTerminationSequence: '##', DisableCancelKey: 'True', InterdigitTimeLimitSeconds: '3' },
      },
      Transitions: {
        NextAction: 'Bye',
        Conditions: [whenEquals('1', 'Sales'), whenEquals('#', 'Bye')],
        Errors: errorsTo('Bye', 'NoMatchingCondition', 'InputTimeLimitExceeded', 'NoMatchingError'),
      },
    });
  });

  test('by default, waits 5 seconds with no prompt; a menu names the branches it lacks', () => {
    const { definition, action, bye } = around(d => new GetParticipantInput(d, 'Menu', {}));
    action.onPressed('1', bye);
    action.next(bye);
    expect(action.toJson().Parameters).toEqual({ InputTimeLimitSeconds: '5', StoreInput: 'False' });
    expect(problemsOf(definition)).toContain('action "Menu" (GetParticipantInput) has no branch for InputTimeLimitExceeded, NoMatchingCondition, NoMatchingError');
  });

  test('a stored local phone number: its validation, and InvalidPhoneNumber', () => {
    const { definition, action, bye } = around(d => new GetParticipantInput(d, 'Number', {
      message: FlowMessage.text('Enter your number'),
      storeInput: StoredInput.phoneNumber({ format: PhoneNumberFormat.LOCAL, countryCode: 'US' }),
    }));
    action.onInvalidPhoneNumber(bye);
    action.onTimeout(bye);
    action.onError(bye);
    action.next(bye);
    expect(rendered(definition).actions.Number).toEqual({
      Identifier: 'Number',
      Type: 'GetParticipantInput',
      Parameters: {
        Text: 'Enter your number',
        InputTimeLimitSeconds: '5',
        StoreInput: 'True',
        InputValidation: { PhoneNumberValidation: { NumberFormat: 'Local', CountryCode: 'US' } },
      },
      Transitions: {
        NextAction: 'Bye',
        Errors: errorsTo('Bye', 'InvalidPhoneNumber', 'InputTimeLimitExceeded', 'NoMatchingError'),
      },
    });
  });

  test('stored encrypted digits, read later as the stored customer input', () => {
    const { definition, action, bye } = around(d => new GetParticipantInput(d, 'Card', {
      storeInput: StoredInput.digits({
        maximumLength: 16,
        encryption: { encryptionKeyId: FlowValue.text('key-1'), key: FlowValue.contactAttribute('publicKey') },
      }),
    }));
    const stored = new MessageParticipant(definition, 'Stored', { message: FlowMessage.textOf([FlowValue.storedCustomerInput()]) });
    action.next(stored).next(bye);
    stored.onError(bye);
    action.onTimeout(bye);
    action.onError(bye);
    const { actions } = rendered(definition);
    expect(actions.Card.Parameters).toEqual({
      InputTimeLimitSeconds: '5',
      StoreInput: 'True',
      InputValidation: { CustomValidation: { MaximumLength: '16' } },
      InputEncryption: { EncryptionKeyId: 'key-1', Key: '$.Attributes.publicKey' },
    });
    expect(actions.Card.Transitions.Errors.map((e: any) => e.ErrorType)).toEqual(['InputTimeLimitExceeded', 'NoMatchingError']);
    expect(actions.Stored.Parameters).toEqual({ Text: '$.StoredCustomerInput' });
  });

  test('reports every bad prop and branch at once', () => {
    const { definition, action, bye } = around(d => new GetParticipantInput(d, 'Number', {
      timeout: Duration.millis(1500),
      dtmf: { terminationSequence: '123456', interdigitTimeout: Duration.seconds(30) },
      storeInput: StoredInput.phoneNumber({ format: PhoneNumberFormat.LOCAL }),
    }));
    action.onPressed('1', bye);
    otherwiseTo(action, bye);
    const menu = new GetParticipantInput(definition, 'Menu', {});
    action.onInvalidPhoneNumber(menu);
    menu.onPressed('12', bye);
    menu.onPressed('2', bye);
    menu.onPressed('2', bye);
    menu.onInvalidPhoneNumber(bye);
    menu.onError(bye);
    menu.next(bye);
    const digits = new GetParticipantInput(definition, 'Digits', { storeInput: StoredInput.digits({ maximumLength: 0 }) });
    menu.onTimeout(digits);
    digits.onInvalidPhoneNumber(bye);
    digits.onError(bye);
    digits.next(bye);
    const message = problemsOf(definition);
    const number = 'action "Number" (GetParticipantInput)';
    expect(message).toContain(`${number} timeout must be a whole number of seconds of at least 1, got 1.5 seconds`);
    expect(message).toContain(`${number} dtmf.interdigitTimeout must be a whole number of seconds from 1 to 20, got 30 seconds`);
    expect(message).toContain(`${number} dtmf.terminationSequence must be one to five of 0-9, * and #, got "123456"`);
    expect(message).toContain(`${number} storeInput countryCode must be a two-letter country code (such as US) with PhoneNumberFormat.LOCAL, got undefined`);
    expect(message).toContain(`${number} stores its input (storeInput), so it has no onPressed branches, got onPressed("1")`);
    expect(message).toContain(`${number} does not raise NoMatchingCondition (its errors: InputTimeLimitExceeded, InvalidPhoneNumber, NoMatchingError)`);
    const menuAction = 'action "Menu" (GetParticipantInput)';
    expect(message).toContain(`${menuAction} onPressed needs one key of 0-9, * or #, got "12"`);
    expect(message).toContain(`${menuAction} has two branches for the key "2"`);
    expect(message).toContain(`${menuAction} does not raise InvalidPhoneNumber (its errors: InputTimeLimitExceeded, NoMatchingCondition, NoMatchingError)`);
    const digitsAction = 'action "Digits" (GetParticipantInput)';
    expect(message).toContain(`${digitsAction} storeInput maximumLength must be a whole number of at least 1, got 0`);
    expect(message).toContain(`${digitsAction} does not raise InvalidPhoneNumber (its errors: InputTimeLimitExceeded, NoMatchingError)`);
  });

  test('is not allowed in whisper or hold flows', () => {
    const { definition, action, bye } = around(d => new GetParticipantInput(d, 'Menu', {}));
    otherwiseTo(action, bye);
    expect(problemsOf(definition, ContactFlowType.CUSTOMER_WHISPER)).toContain('action "Menu" (GetParticipantInput) is not allowed in a CUSTOMER_WHISPER flow');
  });
});

describe('MessageParticipantIteratively', () => {
  test('loops its messages in a customer queue flow, interrupted every interval', () => {
    const definition = new FlowDefinition();
    const { stack } = importedInstance();
    const music = Prompt.fromPromptArn(stack, 'Music', arnOf('prompt', 'music'));
    const loop = new MessageParticipantIteratively(definition, 'Loop', {
      messages: [FlowMessage.text('Thank you for waiting'), FlowMessage.prompt(music)],
      interruptEvery: Duration.minutes(1),
    });
    const offer = new MessageParticipant(definition, 'Offer', { message: FlowMessage.text('You are next') });
    expect(loop.onInterrupted(offer)).toBe(offer);
    loop.onError(offer);
    offer.next(loop);
    offer.onError(loop);
    expect(rendered(definition, ContactFlowType.CUSTOMER_QUEUE).actions.Loop).toEqual({
      Identifier: 'Loop',
      Type: 'MessageParticipantIteratively',
      Parameters: { Messages: [{ Text: 'Thank you for waiting' }, { PromptId: arnOf('prompt', 'music') }], InterruptFrequencySeconds: '60' },
      Transitions: {
        Conditions: [whenEquals('MessagesInterrupted', 'Offer')],
        Errors: errorsTo('Offer', 'NoMatchingError'),
      },
    });
  });

  test('reports an empty loop, a next action, an interruption without interval, and an inbound flow', () => {
    const definition = new FlowDefinition();
    const loop = new MessageParticipantIteratively(definition, 'Loop', { messages: [], interruptEvery: Duration.seconds(0) });
    const quiet = new MessageParticipantIteratively(definition, 'Quiet', { messages: [FlowMessage.ssml('hold on')] });
    loop.next(quiet);
    loop.onError(quiet);
    quiet.onInterrupted(loop);
    quiet.onError(loop);
    const message = problemsOf(definition);
    expect(message).toContain('action "Loop" (MessageParticipantIteratively) messages must hold at least one message, got []');
    expect(message).toContain('action "Loop" (MessageParticipantIteratively) interruptEvery must be a whole number of seconds of at least 1, got 0 seconds');
    expect(message).toContain('action "Loop" (MessageParticipantIteratively) has no next action (the MessageParticipantIteratively action ends the flow), got next("Quiet")');
    expect(message).toContain('action "Quiet" (MessageParticipantIteratively) messages[0]: SSML must be one <speak> element, got "hold on"');
    expect(message).toContain('action "Quiet" (MessageParticipantIteratively) is never interrupted without interruptEvery, got onInterrupted(…)');
    expect(message).toContain('action "Loop" (MessageParticipantIteratively) is not allowed in a CONTACT_FLOW flow (only in CUSTOMER_QUEUE, CUSTOMER_HOLD, AGENT_HOLD)');
  });
});

describe('ShowView', () => {
  test('shows a view with its data; results as conditions, TimeLimitExceeded and NoMatchingCondition', () => {
    const { definition, action, bye } = around(d => new ShowView(d, 'Guide', {
      viewArn: VIEW_ARN,
      viewVersion: 2,
      timeout: Duration.minutes(5),
      viewData: { Heading: FlowValue.contactAttribute('caseTitle'), Sections: [{ Label: 'Tier', Value: FlowValue.external('tier') }], Next: 'Next' },
      hideResponseInTranscript: true,
    }));
    action.onResult('Confirm', bye);
    otherwiseTo(action, bye);
    expect(rendered(definition).actions.Guide).toEqual({
      Identifier: 'Guide',
      Type: 'ShowView',
      Parameters: {
        ViewResource: { Id: VIEW_ARN, Version: 2 },
        InvocationTimeLimitSeconds: 300,
        ViewData: { Heading: '$.Attributes.caseTitle', Sections: [{ Label: 'Tier', Value: '$.External.tier' }], Next: 'Next' },
        SensitiveDataConfiguration: { HideResponseOn: ['TRANSCRIPT'] },
      },
      Transitions: {
        NextAction: 'Bye',
        Conditions: [whenEquals('Confirm', 'Bye')],
        Errors: errorsTo('Bye', 'NoMatchingCondition', 'TimeLimitExceeded', 'NoMatchingError'),
      },
    });
  });

  test('reports bad props and the flow types it is not allowed in', () => {
    const { definition, action, bye } = around(d => new ShowView(d, 'Guide', { viewArn: '', viewVersion: 1.5, timeout: Duration.seconds(0) }));
    action.onResult('', bye);
    action.onResult('Done', bye);
    action.onResult('Done', bye);
    action.onError(bye);
    action.next(bye);
    const message = problemsOf(definition, ContactFlowType.AGENT_TRANSFER);
    const guide = 'action "Guide" (ShowView)';
    expect(message).toContain(`${guide} viewArn must not be empty, got ""`);
    expect(message).toContain(`${guide} viewVersion must be a whole number of at least 1, got 1.5`);
    expect(message).toContain(`${guide} timeout must be a whole number of seconds of at least 1, got 0 seconds`);
    expect(message).toContain(`${guide} onResult needs a result, got ""`);
    expect(message).toContain(`${guide} has two branches for the result "Done"`);
    expect(message).toContain(`${guide} is not allowed in a AGENT_TRANSFER flow (only in CONTACT_FLOW, CUSTOMER_QUEUE, FLOW_MODULE)`);
  });
});

test('a flow of the participant actions, as deployed', () => {
  const definition = new FlowDefinition({ description: 'A menu, a bot, and a stored callback number' });
  const hello = new MessageParticipant(definition, 'Hello', { message: FlowMessage.text('Welcome to Example Corp') });
  const menu = new GetParticipantInput(definition, 'Menu', { message: FlowMessage.text('Press 1 to talk to our assistant, 2 to leave your number') });
  const bot = new ConnectParticipantWithLexBot(definition, 'Assistant', {
    botAlias: LexBotAlias.fromBotAliasArn(BOT_ALIAS_ARN), message: FlowMessage.text('What can I do for you?'),
  });
  const number = new GetParticipantInput(definition, 'Number', { storeInput: StoredInput.phoneNumber() });
  const bye = new DisconnectParticipant(definition, 'Bye');
  hello.next(menu);
  hello.onError(bye);
  menu.onPressed('1', bot);
  menu.onPressed('2', number);
  menu.onNoMatchingCondition(menu);
  menu.onTimeout(menu);
  menu.onError(bye);
  menu.next(bye);
  bot.onIntent('Goodbye', bye);
  bot.onNoMatchingCondition(menu);
  bot.onTimeout(bye);
  bot.onError(bye);
  bot.next(bye);
  number.onInvalidPhoneNumber(number);
  number.onTimeout(bye);
  number.onError(bye);
  number.next(bye);
  const { template, content } = rendered(definition);
  expect(content.Actions).toHaveLength(5);
  template.resourceCountIs('AWS::Connect::IntegrationAssociation', 1);
  expect(template.toJSON()).toMatchSnapshot();
});
