import { existsSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import type { Output, ParsedInput } from '../../api/contract';
import { backupDatabase } from '../../db/backup';
import { verifyRestorable } from '../../db/host';
import { AppError } from '../../errors';
import { backupDirFor } from '../../paths';
import type { ServiceContext } from '../../shared/context';
import { backupPolicy } from '../settings/policies';
import { type BackupEntry, knownBackupFolders, listBackups, parseBackupName, writeBackup } from './store';

// The Backups screen and recovery from a damaged database.

export function backupFolder(ctx: Pick<ServiceContext, 'db' | 'host'>): string {
  return backupPolicy(ctx.db).folder ?? backupDirFor(ctx.host.path);
}

export function listBackupsView(ctx: ServiceContext): Output<'backups.list'> {
  const folder = backupFolder(ctx);
  const rows = listBackups(folder);
  return {
    folder,
    policy: backupPolicy(ctx.db),
    rows,
    undoFile: rows.find((r) => r.reason === 'pre-restore' && r.status === 'ok')?.file ?? null,
  };
}

export async function createBackup(ctx: ServiceContext): Promise<Output<'backups.create'>> {
  const entry = await writeBackup(
    ctx.sqlite,
    backupFolder(ctx),
    ctx.door === 'cli' ? 'cli' : 'manual',
    backupPolicy(ctx.db),
    ctx.clock.now(),
    ctx.host.auditKey(),
  );
  ctx.audit({ entity: 'backup', entityId: entry.file, action: 'backup' });
  return entry;
}

/** The current database as a 'pre-restore' backup: what undoes the restore about to happen. */
function savePreRestore(ctx: ServiceContext, folder: string) {
  return writeBackup(
    ctx.sqlite,
    folder,
    'pre-restore',
    backupPolicy(ctx.db),
    ctx.clock.now(),
    ctx.host.auditKey(),
  );
}

/** A file name from the list, never a path: the screen cannot make the app read any other file. */
function backupPath(folder: string, file: string): string {
  if (!parseBackupName(file) || file.endsWith('.failed')) throw new AppError('BACKUP_NOT_FOUND');
  return join(folder, file);
}

export async function restoreBackup(
  ctx: ServiceContext,
  input: ParsedInput<'backups.restore'>,
): Promise<Output<'backups.restore'>> {
  const folder = backupFolder(ctx);
  const source = backupPath(folder, input.file);
  verifyRestorable(source, ctx.host.opts.migrationsFolder);
  // First save what is there now, so the restore itself can be undone from the same screen.
  const undo = await savePreRestore(ctx, folder);
  await ctx.host.replaceWith(source, ctx.clock.now());
  // The restored users table may differ from the one the sessions came from.
  ctx.sessions.closeAll();
  ctx.audit({
    entity: 'backup',
    entityId: input.file,
    action: 'restore',
    changes: { undoFile: [null, undo.file] },
  });
  return { restoredFrom: input.file, undoFile: undo.file };
}

function recoveryCandidates(ctx: ServiceContext): (BackupEntry & { folder: string })[] {
  return knownBackupFolders(ctx.host.path)
    .flatMap((folder) => listBackups(folder).map((b) => ({ ...b, folder })))
    .filter((b) => b.status === 'ok')
    .sort((a, b) => b.at.localeCompare(a.at));
}

export function recoveryStatus(ctx: ServiceContext): Output<'recovery.status'> {
  return {
    problem: ctx.host.problem,
    detail: ctx.host.problemDetail,
    backups: ctx.host.problem ? recoveryCandidates(ctx).map(({ folder: _f, ...b }) => b) : [],
  };
}

/**
 * Only while the database is damaged: puts the damaged file aside (nothing is deleted) and
 * restores the newest backup that passes its check, or the one the user picked.
 */
export async function recoveryRestore(
  ctx: ServiceContext,
  input: ParsedInput<'recovery.restore'>,
): Promise<Output<'recovery.restore'>> {
  if (!ctx.host.problem) throw new AppError('FORBIDDEN');
  const candidates = recoveryCandidates(ctx).filter((b) => !input.file || b.file === input.file);
  let chosen: (typeof candidates)[number] | undefined;
  for (const candidate of candidates) {
    try {
      verifyRestorable(join(candidate.folder, candidate.file), ctx.host.opts.migrationsFolder);
      chosen = candidate;
      break;
    } catch {
      // try the next older one
    }
  }
  if (!chosen) throw new AppError(candidates.length ? 'BACKUP_UNUSABLE' : 'BACKUP_NOT_FOUND');
  const aside = ctx.host.setAsideDamaged(ctx.clock.now());
  await ctx.host.replaceWith(join(chosen.folder, chosen.file), ctx.clock.now());
  ctx.sessions.closeAll();
  ctx.audit({
    entity: 'backup',
    entityId: chosen.file,
    action: 'recovery_restore',
    changes: { damagedFile: [null, aside.split(/[\\/]/).pop() ?? aside] },
  });
  return { restoredFrom: chosen.file, damagedFile: aside };
}

/** One verified copy at a path the administrator names (CLI only); never overwrites a file. */
export async function copyTo(
  ctx: ServiceContext,
  input: ParsedInput<'backups.copyTo'>,
): Promise<Output<'backups.copyTo'>> {
  const path = resolve(input.path);
  if (existsSync(path)) throw new AppError('VALIDATION', { fields: { path: 'fileExists' } });
  await backupDatabase(ctx.sqlite, path);
  ctx.audit({ entity: 'backup', entityId: basename(path), action: 'backup' });
  return { path };
}

/**
 * Restores any verified backup file (CLI only). The current database is saved as a
 * "pre-restore" backup first; a damaged one is moved aside instead (it cannot be copied).
 */
export async function restoreFrom(
  ctx: ServiceContext,
  input: ParsedInput<'backups.restoreFrom'>,
): Promise<Output<'backups.restoreFrom'>> {
  const source = resolve(input.path);
  if (!existsSync(source)) throw new AppError('BACKUP_NOT_FOUND');
  verifyRestorable(source, ctx.host.opts.migrationsFolder);
  let undo: string;
  if (ctx.host.isOpen) {
    const folder = backupFolder(ctx);
    undo = join(folder, (await savePreRestore(ctx, folder)).file);
  } else {
    undo = ctx.host.setAsideDamaged(ctx.clock.now());
  }
  await ctx.host.replaceWith(source, ctx.clock.now());
  ctx.sessions.closeAll();
  ctx.audit({
    entity: 'backup',
    entityId: basename(source),
    action: 'restore',
    changes: { undoFile: [null, basename(undo)] },
  });
  return { restoredFrom: source, undoFile: undo };
}
