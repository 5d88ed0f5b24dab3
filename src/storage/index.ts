export * from './resource-type';
export * from './storage-options';
export * from './target';
