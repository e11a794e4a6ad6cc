export * from '../../modules/applicants/schema';
export * from './audit';
export * from '../../modules/cases/schema';
export * from '../../modules/disability/schema';
export * from './system';
export * from '../../modules/accounts/schema';
export * from '../../modules/worklists/schema';
