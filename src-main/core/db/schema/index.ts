export * from './applicants';
export * from './audit';
export * from './cases';
export * from './registry';
export * from './system';
export * from './users';
export * from './worklists';
