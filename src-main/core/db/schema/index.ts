export * from './applicants';
export * from './audit';
export * from './registry';
export * from './system';
export * from './users';
export * from './worklists';
