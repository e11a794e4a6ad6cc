import type { Output, ParsedInput, ProcedureName } from '../api/contract';
import * as applicants from './applicants';
import * as auth from './auth';
import type { ServiceContext } from './context';
import * as seed from './seed';
import * as setup from './setup';
import * as users from './users';

export type Handlers = {
  [P in ProcedureName]: (ctx: ServiceContext, input: ParsedInput<P>) => Output<P>;
};

/** Which service runs each procedure. The router looks procedures up here and nowhere else. */
export const handlers: Handlers = {
  'setup.status': (ctx) => setup.setupStatus(ctx),
  'setup.initialize': setup.initialize,
  'auth.login': auth.login,
  'auth.logout': (ctx) => auth.logout(ctx),
  'auth.me': (ctx) => auth.me(ctx),
  'users.setLocale': users.setLocale,
  'applicants.list': applicants.listApplicants,
  'applicants.get': applicants.getApplicant,
  'applicants.create': applicants.createApplicant,
  'maintenance.seed': seed.seedApplicants,
};
