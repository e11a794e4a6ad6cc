import { z } from 'zod';
import { ADMIN, def } from '../../api/define';
import { settingsView } from '../settings/contract';

// Backups on disk, restore with undo, and recovery from a damaged database file.

export const backupEntryView = z.object({
  file: z.string(),
  at: z.string(),
  reason: z.string(),
  size: z.number().int(),
  status: z.enum(['ok', 'failed']),
});

export const backupsContract = {
  'backups.list': def({
    kind: 'read',
    access: ADMIN,
    input: z.object({}),
    output: z.object({
      folder: z.string(),
      policy: settingsView.shape.backup,
      rows: z.array(backupEntryView),
      undoFile: z.string().nullable(),
    }),
  }),
  'backups.create': def({
    kind: 'task',
    access: ADMIN,
    input: z.object({}),
    output: backupEntryView,
  }),
  'backups.restore': def({
    kind: 'task',
    access: ADMIN,
    input: z.object({ file: z.string().min(1).max(200) }),
    output: z.object({ restoredFrom: z.string(), undoFile: z.string() }),
  }),
  // Recovery runs without a login: the accounts live in the damaged file. It is reachable only
  // through a door the workstation user already controls (the app window, or the web bridge
  // with its per-run token), it only works while the database is damaged, and it deletes
  // nothing: the damaged file is kept aside.
  'recovery.status': def({
    kind: 'read',
    access: 'public',
    input: z.object({}),
    output: z.object({
      problem: z.enum(['DB_CORRUPT', 'DB_UNTRUSTED']).nullable(),
      /** For DB_UNTRUSTED: the objects Qamqor did not make ("extra trigger x"). */
      detail: z.string(),
      backups: z.array(backupEntryView),
    }),
  }),
  'recovery.restore': def({
    kind: 'task',
    access: 'public',
    input: z.object({ file: z.string().min(1).max(200).optional() }),
    output: z.object({ restoredFrom: z.string(), damagedFile: z.string() }),
  }),
  /** `qamqor backup --out FILE`: one verified copy at a path of the administrator's choosing. */
  'backups.copyTo': def({
    kind: 'task',
    access: ADMIN,
    doors: ['cli'],
    input: z.object({ path: z.string().min(1).max(1000) }),
    output: z.object({ path: z.string() }),
  }),
  /**
   * `qamqor restore --from FILE`: replaces the database with any verified Qamqor backup; the
   * current database is saved first (or, when damaged, moved aside), so it can be undone.
   */
  'backups.restoreFrom': def({
    kind: 'task',
    access: ADMIN,
    doors: ['cli'],
    input: z.object({ path: z.string().min(1).max(1000) }),
    output: z.object({ restoredFrom: z.string(), undoFile: z.string() }),
  }),
} as const;
