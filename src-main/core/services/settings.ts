import { eq, inArray } from 'drizzle-orm';
import { isoNow } from '../clock';
import type { Db } from '../db/database';
import { settings } from '../db/schema';
import type { ServiceContext } from './context';

export const SETTING_KEYS = ['office.name', 'office.districtKato', 'office.initializedAt'] as const;
export type SettingKey = (typeof SETTING_KEYS)[number];

export function readSettings(db: Db, keys: readonly SettingKey[]): Partial<Record<SettingKey, string>> {
  const rows = db
    .select()
    .from(settings)
    .where(inArray(settings.key, [...keys]))
    .all();
  return Object.fromEntries(rows.map((r) => [r.key, JSON.parse(r.value) as string]));
}

export function readSetting(db: Db, key: SettingKey): string | null {
  const row = db.select().from(settings).where(eq(settings.key, key)).get();
  return row ? (JSON.parse(row.value) as string) : null;
}

export function writeSetting(ctx: ServiceContext, key: SettingKey, value: string): void {
  const at = isoNow(ctx.clock);
  const by = ctx.actor?.userId ?? `${ctx.door}:system`;
  const old = readSetting(ctx.db, key);
  ctx.db
    .insert(settings)
    .values({ key, value: JSON.stringify(value), updatedAt: at, updatedBy: by })
    .onConflictDoUpdate({
      target: settings.key,
      set: { value: JSON.stringify(value), updatedAt: at, updatedBy: by },
    })
    .run();
  ctx.audit({
    entity: 'setting',
    entityId: key,
    action: old === null ? 'create' : 'update',
    changes: { value: [old, value] },
  });
}
