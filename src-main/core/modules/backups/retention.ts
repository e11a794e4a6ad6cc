import { localDay } from '../../domain/calendar';
// Which backups to keep: the newest few from today, the newest one of each of the last days,
// and never more than a cap in all. Pure, so the rules are tested without touching a disk.

export interface RetentionPolicy {
  keepRecent: number;
  keepDaily: number;
  keepMax: number;
}

export interface DatedBackup {
  file: string;
  at: Date;
  reason: string;
}

/**
 * Returns the files to delete. Kept: the `keepRecent` newest of today; the newest of each of
 * the `keepDaily` most recent days; the newest "pre-restore" copy (it is what undoes the last
 * restore). If that is still more than `keepMax`, the oldest kept ones go.
 */
export function backupsToDelete(
  backups: readonly DatedBackup[],
  policy: RetentionPolicy,
  now: Date,
  utcOffsetMinutes = -now.getTimezoneOffset(),
): string[] {
  const newestFirst = [...backups].sort((a, b) => b.at.getTime() - a.at.getTime());
  const today = localDay(now, utcOffsetMinutes);
  const keep = new Set<string>();

  const fromToday = newestFirst.filter((b) => localDay(b.at, utcOffsetMinutes) === today);
  for (const b of fromToday.slice(0, policy.keepRecent)) keep.add(b.file);

  const firstDay = localDay(new Date(now.getTime() - (policy.keepDaily - 1) * 86_400_000), utcOffsetMinutes);
  const seenDays = new Set<string>();
  for (const b of newestFirst) {
    const day = localDay(b.at, utcOffsetMinutes);
    if (day < firstDay || seenDays.has(day)) continue;
    seenDays.add(day);
    keep.add(b.file);
  }

  const undo = newestFirst.find((b) => b.reason === 'pre-restore');
  if (undo) keep.add(undo.file);

  const kept = newestFirst.filter((b) => keep.has(b.file));
  const overCap = new Set(
    kept
      .filter((b) => b !== undo)
      .slice(Math.max(0, policy.keepMax - (undo ? 1 : 0)))
      .map((b) => b.file),
  );
  return newestFirst.filter((b) => !keep.has(b.file) || overCap.has(b.file)).map((b) => b.file);
}
