export * from './connect-instance';
export * from './deployer-policy';
export * from './identity';
export * from './instance-attributes';
export * from './phone-number';
export * from './profiles';
export * from './storage';
export * from './user';
