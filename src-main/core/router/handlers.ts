import type { Contract, Output, ParsedInput, ProcedureName } from '../api/contract';
import * as alerts from '../modules/worklists/alerts';
import * as applicantList from '../modules/applicants/list';
import * as applicants from '../modules/applicants/person';
import * as audit from '../modules/audit/service';
import * as auth from '../modules/accounts/auth';
import * as backups from '../modules/backups/service';
import * as cases from '../modules/cases/service';
import type { ServiceContext } from '../shared/context';
import * as registry from '../modules/applicants/family';
import * as registryExport from '../modules/applicants/export';
import * as seed from '../modules/maintenance/seed';
import * as setup from '../modules/accounts/setup';
import * as users from '../modules/accounts/users';
import * as worklists from '../modules/worklists/service';

export type Handlers = {
  [P in ProcedureName]: (
    ctx: ServiceContext,
    input: ParsedInput<P>,
  ) => Contract[P]['kind'] extends 'task' ? Promise<Output<P>> : Output<P>;
};

/** Which service runs each procedure. The router looks procedures up here and nowhere else. */
export const handlers: Handlers = {
  'setup.status': (ctx) => setup.setupStatus(ctx),
  'setup.initialize': setup.initialize,
  'auth.login': auth.login,
  'auth.logout': (ctx) => auth.logout(ctx),
  'auth.me': (ctx) => auth.me(ctx),
  'auth.lock': (ctx) => auth.lock(ctx),
  'auth.unlock': auth.unlock,
  'auth.changePassword': auth.changePassword,
  'users.setLocale': users.setLocale,
  'users.list': (ctx) => users.listUsers(ctx),
  'users.create': users.adminCreateUser,
  'users.update': users.updateUser,
  'users.setDisabled': users.setDisabled,
  'users.resetPassword': users.resetPassword,
  'users.unlock': users.unlockUser,
  'audit.list': audit.listAudit,
  'audit.export': audit.exportAudit,
  'settings.get': (ctx) => backups.getSettings(ctx),
  'settings.setSecurity': backups.setSecurity,
  'settings.setBackup': backups.setBackup,
  'backups.list': (ctx) => backups.listBackupsView(ctx),
  'backups.create': (ctx) => backups.createBackup(ctx),
  'backups.restore': backups.restoreBackup,
  'recovery.status': (ctx) => backups.recoveryStatus(ctx),
  'recovery.restore': backups.recoveryRestore,
  'applicants.list': applicantList.listApplicants,
  'applicants.export': registryExport.exportRegistry,
  'applicants.get': applicants.getApplicant,
  'applicants.history': audit.personHistory,
  'applicants.card': registry.personCard,
  'alerts.summary': (ctx) => alerts.alertSummary(ctx),
  'applicants.duplicateReport': alerts.duplicateReport,
  'worklists.list': (ctx) => worklists.listWorklists(ctx),
  'worklists.save': worklists.saveWorklist,
  'worklists.remove': worklists.removeWorklist,
  'applicants.summaryPdf': registry.summaryPdf,
  'applicants.update': applicants.updateApplicant,
  'applicants.checkDuplicates': applicants.checkDuplicates,
  'household.add': registry.addHouseholdMember,
  'household.remove': registry.removeHouseholdMember,
  'representatives.add': registry.addRepresentative,
  'representatives.remove': registry.removeRepresentative,
  'incomes.add': registry.addIncome,
  'incomes.remove': registry.removeIncome,
  'disability.add': registry.addDisability,
  'ipr.create': registry.createIpr,
  'ipr.addMeasure': registry.addMeasure,
  'ipr.setMeasureStatus': registry.setMeasureStatus,
  'cases.list': cases.listCases,
  'cases.register': cases.registerCase,
  'cases.withdraw': cases.withdrawCase,
  'applicants.create': applicants.createApplicant,
  'maintenance.seed': seed.seedApplicants,
};
