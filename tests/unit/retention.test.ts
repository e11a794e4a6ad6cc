import { describe, expect, it } from 'vitest';
import { backupsToDelete, type DatedBackup } from '../../src-main/core/modules/backups/retention';

const policy = { keepRecent: 3, keepDaily: 14, keepMax: 30 };
// Almaty is UTC+5: the office's "today" starts at 19:00 UTC the day before.
const ALMATY = 300;
const now = new Date('2026-11-22T10:00:00Z');

function every(hours: number, count: number, reason = 'scheduled'): DatedBackup[] {
  return Array.from({ length: count }, (_, i) => {
    const at = new Date(now.getTime() - i * hours * 3_600_000);
    return { file: `b-${at.toISOString()}-${reason}`, at, reason };
  });
}

describe('backup retention', () => {
  it('keeps the 3 newest of today and one a day for 14 days', () => {
    const all = every(4, 6 * 30); // every 4 hours for 30 days
    const doomed = new Set(backupsToDelete(all, policy, now, ALMATY));
    const kept = all.filter((b) => !doomed.has(b.file));
    const days = new Set(
      kept.map((b) => new Date(b.at.getTime() + ALMATY * 60_000).toISOString().slice(0, 10)),
    );
    expect(days.size).toBe(14);
    expect([...days].sort()[0]).toBe('2026-11-09');
    // Today (local): 10:00 UTC = 15:00 local; copies at 15, 11, 07, 03 local → 3 newest kept.
    const today = kept.filter((b) => b.at.getTime() > Date.parse('2026-11-21T19:00:00Z'));
    expect(today.map((b) => b.at.toISOString())).toEqual([
      '2026-11-22T10:00:00.000Z',
      '2026-11-22T06:00:00.000Z',
      '2026-11-22T02:00:00.000Z',
    ]);
    expect(kept).toHaveLength(3 + 13);
  });

  it('never keeps more than the cap, and always keeps the newest pre-restore copy', () => {
    const all = [...every(1, 10), ...every(24, 20).slice(1)];
    const undo = { file: 'undo', at: new Date('2026-10-01T00:00:00Z'), reason: 'pre-restore' };
    const doomed = new Set(
      backupsToDelete([...all, undo], { keepRecent: 5, keepDaily: 30, keepMax: 6 }, now, ALMATY),
    );
    const kept = [...all, undo].filter((b) => !doomed.has(b.file));
    expect(kept).toHaveLength(6);
    expect(kept.map((b) => b.file)).toContain('undo');
  });

  it('deletes nothing when there is little to delete', () => {
    expect(backupsToDelete(every(24, 3), policy, now, ALMATY)).toEqual([]);
  });
});
