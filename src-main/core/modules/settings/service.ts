import type { Output, ParsedInput } from '../../api/contract';
import { backupDirFor } from '../../paths';
import type { ServiceContext } from '../../shared/context';
import { ensureWritableFolder, rememberBackupFolder } from '../backups/store';
import { loadCalendar } from '../calendar/service';
import { recomputeDueDates } from '../cases/deadlines';
import {
  alertHorizons,
  type BackupPolicy,
  backupPolicy,
  certificateHorizons,
  deadlinePolicy,
  legalRules,
  officeIdentity,
  securityPolicy,
  writeSetting,
} from './policies';

// The office settings screen: the security policy and the backup policy.

export function getSettings(ctx: ServiceContext): Output<'settings.get'> {
  return {
    office: officeIdentity(ctx.db),
    security: securityPolicy(ctx.db),
    backup: backupPolicy(ctx.db),
    alerts: alertHorizons(ctx.db),
    certAlerts: certificateHorizons(ctx.db),
    rules: legalRules(ctx.db),
    deadlines: deadlinePolicy(ctx.db),
    defaultBackupFolder: backupDirFor(ctx.host.path),
  };
}

export function setSecurity(
  ctx: ServiceContext,
  input: ParsedInput<'settings.setSecurity'>,
): Output<'settings.get'> {
  writeSetting(ctx, 'security', input);
  return getSettings(ctx);
}

export function setBackup(
  ctx: ServiceContext,
  input: ParsedInput<'settings.setBackup'>,
): Output<'settings.get'> {
  const policy: BackupPolicy = { ...input, folder: input.folder ?? null };
  if (policy.folder) ensureWritableFolder(policy.folder);
  writeSetting(ctx, 'backup', policy);
  // Kept beside the database too, so recovery finds the backups when the database is damaged.
  rememberBackupFolder(ctx.host.path, policy.folder);
  return getSettings(ctx);
}

export function setAlerts(
  ctx: ServiceContext,
  input: ParsedInput<'settings.setAlerts'>,
): Output<'settings.get'> {
  writeSetting(ctx, 'alerts', input);
  return getSettings(ctx);
}

export function setCertAlerts(
  ctx: ServiceContext,
  input: ParsedInput<'settings.setCertAlerts'>,
): Output<'settings.get'> {
  writeSetting(ctx, 'certAlerts', input);
  return getSettings(ctx);
}

export function setRules(
  ctx: ServiceContext,
  input: ParsedInput<'settings.setRules'>,
): Output<'settings.get'> {
  writeSetting(ctx, 'rules', input);
  return getSettings(ctx);
}

export function setOffice(
  ctx: ServiceContext,
  input: ParsedInput<'settings.setOffice'>,
): Output<'settings.get'> {
  writeSetting(ctx, 'office', input);
  return getSettings(ctx);
}

export function setDeadlines(
  ctx: ServiceContext,
  input: ParsedInput<'settings.setDeadlines'>,
): Output<'settings.get'> {
  writeSetting(ctx, 'deadlines', input);
  recomputeDueDates(ctx.db, loadCalendar(ctx.db));
  return getSettings(ctx);
}
