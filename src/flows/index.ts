export * from './flow-action';
export * from './flow-definition';
export * from './flow-message';
export * from './flow-value';
export * from './lex-bot-alias';
export * from './contact-actions';
export * from './participant-actions';
export * from './interactions';
