import { sql } from 'drizzle-orm';
import { v7 as uuidv7 } from 'uuid';
import { isoNow } from '../clock';
import { sequences } from '../db/schema/system';
import type { ServiceContext } from './context';

// Every write to an exported table goes through these stamps: who and when, and the next value
// of the install's change sequence. The periodic export upward sends the rows whose change_seq
// is above the last one sent, so a write that forgot to bump it would never leave the district
// (tests/integration/change-seq.test.ts checks every write procedure does).

/** Next value of this install's change sequence; call inside the write's transaction. */
export function nextChangeSeq(ctx: Pick<ServiceContext, 'db'>): number {
  return reserveChangeSeqs(ctx, 1);
}

/** Reserves `count` consecutive change numbers for a batch write; returns the first of them. */
export function reserveChangeSeqs(ctx: Pick<ServiceContext, 'db'>, count: number): number {
  const row = ctx.db
    .insert(sequences)
    .values({ name: 'change', value: count })
    .onConflictDoUpdate({ target: sequences.name, set: { value: sql`${sequences.value} + ${count}` } })
    .returning({ value: sequences.value })
    .get();
  return row.value - count + 1;
}

/** Who writes: the signed-in user, or the door itself for public procedures (first run, login). */
function writer(ctx: ServiceContext): string {
  return ctx.actor?.userId ?? `${ctx.door}:system`;
}

/** id, created/updated by and at, change_seq for a new row. */
export function newEntityStamp(ctx: ServiceContext) {
  const at = isoNow(ctx.clock);
  const by = writer(ctx);
  return {
    id: uuidv7(),
    createdAt: at,
    createdBy: by,
    updatedAt: at,
    updatedBy: by,
    changeSeq: nextChangeSeq(ctx),
    sourceInstall: null,
  };
}

/**
 * Stamps for `count` new rows written by one batch (an import): one reservation of consecutive
 * change numbers instead of one statement per row.
 */
export function newEntityStamps(ctx: ServiceContext, count: number): ReturnType<typeof newEntityStamp>[] {
  if (count === 0) return [];
  const at = isoNow(ctx.clock);
  const by = writer(ctx);
  const first = reserveChangeSeqs(ctx, count);
  return Array.from({ length: count }, (_, i) => ({
    id: uuidv7(),
    createdAt: at,
    createdBy: by,
    updatedAt: at,
    updatedBy: by,
    changeSeq: first + i,
    sourceInstall: null,
  }));
}

/** updated by and at and the next change_seq, to spread into every UPDATE's `set`. */
export function updateStamp(ctx: ServiceContext) {
  return { updatedAt: isoNow(ctx.clock), updatedBy: writer(ctx), changeSeq: nextChangeSeq(ctx) };
}

/** A new row as audit changes (field → [null, value]), without ids, stamps and `skip`. */
export function createdChanges(
  row: Record<string, unknown>,
  skip: readonly string[] = [],
): Record<string, [unknown, unknown]> {
  const out: Record<string, [unknown, unknown]> = {};
  for (const [k, v] of Object.entries(row)) {
    if (v !== null && v !== undefined && !skip.includes(k) && !/^(id|created|updated|changeSeq)/.test(k))
      out[k] = [null, v];
  }
  return out;
}

/**
 * field → [old, new] for the fields an update changes (nothing when none does), for the audit
 * entry of an edit and to skip a write that changes nothing.
 */
export function changedFields<R extends object>(
  old: R,
  values: Partial<R>,
): Record<string, [unknown, unknown]> {
  const out: Record<string, [unknown, unknown]> = {};
  for (const [k, v] of Object.entries(values)) {
    const before = old[k as keyof R];
    if (before !== v) out[k] = [before, v];
  }
  return out;
}
