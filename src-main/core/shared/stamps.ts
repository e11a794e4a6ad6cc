import { eq, sql } from 'drizzle-orm';
import { v7 as uuidv7 } from 'uuid';
import { isoNow } from '../clock';
import { sequences } from '../db/schema';
import type { ServiceContext } from './context';

/** Next value of this install's change sequence; call inside the write's transaction. */
export function nextChangeSeq(ctx: ServiceContext): number {
  return reserveChangeSeqs(ctx, 1);
}

/** Reserves `count` consecutive change numbers for a batch write; returns the first of them. */
export function reserveChangeSeqs(ctx: ServiceContext, count: number): number {
  const row = ctx.db
    .insert(sequences)
    .values({ name: 'change', value: count })
    .onConflictDoUpdate({ target: sequences.name, set: { value: sql`${sequences.value} + ${count}` } })
    .returning({ value: sequences.value })
    .get();
  return row.value - count + 1;
}

export function currentChangeSeq(ctx: Pick<ServiceContext, 'db'>): number {
  return (
    ctx.db.select({ value: sequences.value }).from(sequences).where(eq(sequences.name, 'change')).get()
      ?.value ?? 0
  );
}

/** id, created/updated by and at, change_seq for a new row. */
export function newEntityStamp(ctx: ServiceContext) {
  const at = isoNow(ctx.clock);
  const by = ctx.actor?.userId ?? `${ctx.door}:system`;
  return {
    id: uuidv7(),
    createdAt: at,
    createdBy: by,
    updatedAt: at,
    updatedBy: by,
    changeSeq: nextChangeSeq(ctx),
  };
}
