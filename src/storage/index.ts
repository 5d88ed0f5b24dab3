export * from '../private/storage/instance-storage';
