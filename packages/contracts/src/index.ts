export * from './common';
export * from './errors';
export * from './identity';
export * from './practice';
export * from './crisis';
export * from './care-teams';
export * from './crisis-defaults';
