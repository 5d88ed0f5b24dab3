export * from './resource-type';
export * from './target';
