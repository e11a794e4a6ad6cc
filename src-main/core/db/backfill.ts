import { foldText, personLatinKey, personSearchKey } from '../domain/search-key';
import type { Sqlite } from './open';

/**
 * Columns computed in JS that a migration could not fill for rows already in the file (SQLite
 * has no Kazakh-aware folding). Runs after migrating, in batches inside one transaction; cheap
 * when there is nothing to do (the partial duplicate index finds rows with an empty key).
 */
export function backfillDerivedColumns(sqlite: Sqlite): number {
  // Tools that open a file with an older migrations folder see no such column yet.
  const columns = sqlite
    .prepare("SELECT name FROM pragma_table_info('applicants')")
    .pluck()
    .all() as string[];
  if (!columns.includes('latin_key')) return 0;
  const pending = sqlite.prepare(
    "SELECT id, last_name AS lastName, first_name AS firstName, phone FROM applicants WHERE latin_key = '' AND deleted_at IS NULL LIMIT 5000",
  );
  const update = sqlite.prepare('UPDATE applicants SET latin_key = ?, phone_digits = ? WHERE id = ?');
  let total = 0;
  sqlite
    .transaction(() => {
      for (;;) {
        const rows = pending.all() as {
          id: string;
          lastName: string;
          firstName: string;
          phone: string | null;
        }[];
        if (rows.length === 0) break;
        for (const r of rows) {
          update.run(
            personLatinKey(r.lastName, r.firstName),
            r.phone ? r.phone.replace(/\D/g, '') || null : null,
            r.id,
          );
        }
        total += rows.length;
      }
    })
    .immediate();
  return total + backfillSpecialistKeys(sqlite) + backfillProviderKeys(sqlite);
}

/** Specialists saved before their search key existed (migration 0018): the same folding. */
function backfillSpecialistKeys(sqlite: Sqlite): number {
  const columns = sqlite
    .prepare("SELECT name FROM pragma_table_info('specialists')")
    .pluck()
    .all() as string[];
  if (!columns.includes('search_key')) return 0;
  const rows = sqlite
    .prepare(
      "SELECT id, last_name AS lastName, first_name AS firstName, patronymic FROM specialists WHERE search_key = ''",
    )
    .all() as { id: string; lastName: string; firstName: string; patronymic: string | null }[];
  if (rows.length === 0) return 0;
  const update = sqlite.prepare('UPDATE specialists SET search_key = ? WHERE id = ?');
  sqlite
    .transaction(() => {
      for (const r of rows) update.run(personSearchKey(r.lastName, r.firstName, r.patronymic), r.id);
    })
    .immediate();
  return rows.length;
}

/** Providers saved before their search key existed (migration 0023): folded names and the BIN. */
function backfillProviderKeys(sqlite: Sqlite): number {
  const columns = sqlite.prepare("SELECT name FROM pragma_table_info('providers')").pluck().all() as string[];
  if (!columns.includes('search_key')) return 0;
  const rows = sqlite
    .prepare("SELECT id, name_kk AS nameKk, name_ru AS nameRu, bin FROM providers WHERE search_key = ''")
    .all() as { id: string; nameKk: string; nameRu: string; bin: string }[];
  if (rows.length === 0) return 0;
  const update = sqlite.prepare('UPDATE providers SET search_key = ? WHERE id = ?');
  sqlite
    .transaction(() => {
      for (const r of rows) update.run(`${foldText(r.nameKk)} ${foldText(r.nameRu)} ${r.bin}`, r.id);
    })
    .immediate();
  return rows.length;
}
