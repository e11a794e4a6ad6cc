import { createHash } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { fieldLabel } from '../../api/messages';
import { LOCALES } from '../../api/roles';
import { isoNow } from '../../clock';
import type { Db } from '../../db/database';
import { settings } from '../../db/schema/system';
import { foldText } from '../../domain/search-key';
import type { ServiceContext } from '../../shared/context';
import { suggestMapping } from '../../shared/spreadsheet/values';
import { MAX_SAVED_LAYOUTS, REGISTER_FIELDS, type RegisterField } from './domain';

// Which column of a file holds which field. Guessed from the headers (our labels in kk, ru, en
// and the words registers use), corrected by hand, and remembered per file layout: the next
// month's file with the same headers opens with the mapping the administrator last used.

export type Mapping = Record<RegisterField, string | null>;

/** Headers registers use, besides each field's label in kk, ru and en. */
const ALIASES: Record<RegisterField, readonly string[]> = {
  iin: ['ИИН', 'ЖСН', 'IIN', 'ИИН получателя'],
  iinMissingReason: ['Причина отсутствия ИИН', 'ЖСН жоқ себебі'],
  lastName: ['Фамилия', 'Тегі', 'Surname', 'Last name'],
  firstName: ['Имя', 'Аты', 'Name', 'First name'],
  patronymic: ['Отчество', 'Әкесінің аты', 'Patronymic'],
  birthDate: ['Дата рождения', 'Дата рожд.', 'Д.р.', 'Туған күні', 'Туған күні, айы, жылы', 'Birth date'],
  sex: ['Пол', 'Жынысы', 'Sex', 'Gender'],
  katoCode: ['КАТО', 'Код КАТО', 'ҚАТО', 'ҚАТО коды', 'KATO'],
  address: ['Адрес', 'Адрес проживания', 'Мекенжайы', 'Мекенжай', 'Address'],
  phone: ['Телефон', 'Тел.', 'Phone'],
  category: ['Категория', 'Категория инвалидности', 'Санаты', 'Category'],
  groupNo: ['Группа', 'Группа инвалидности', 'Тобы', 'Мүгедектік тобы', 'Group'],
  cause: ['Причина', 'Причина инвалидности', 'Себебі', 'Мүгедектік себебі', 'Cause'],
  term: ['Срок', 'Срок инвалидности', 'Мерзімі', 'Term'],
  establishedOn: ['Дата установления', 'Дата освидетельствования', 'Белгіленген күні', 'Established'],
  mseDecisionNo: ['Номер решения МСЭ', '№ решения МСЭ', 'Решение МСЭ', 'МӘС шешімі', 'МӘС шешімінің нөмірі'],
  movementDifficulty: ['Затруднение в передвижении', 'Затруднено передвижение', 'Жүріп-тұруы қиын'],
};

const NAMES = Object.fromEntries(
  REGISTER_FIELDS.map((f) => [f, [...ALIASES[f], ...LOCALES.map((l) => fieldLabel(f, l))]]),
) as Record<RegisterField, string[]>;

/** A file's layout: its headers, folded, in order (the same register next month has the same). */
export function layoutKey(headers: readonly string[]): string {
  const folded = headers.map((h) => foldText(h)).join('\u0001');
  return createHash('sha256').update(folded).digest('hex').slice(0, 32);
}

const SETTING = 'registryImport.layouts';

interface SavedLayout {
  key: string;
  mapping: Partial<Mapping>;
  at: string;
}

function savedLayouts(db: Db): SavedLayout[] {
  const row = db.select({ value: settings.value }).from(settings).where(eq(settings.key, SETTING)).get();
  try {
    const list = row ? (JSON.parse(row.value) as SavedLayout[]) : [];
    return Array.isArray(list) ? list : [];
  } catch {
    return [];
  }
}

/**
 * The mapping to use: the screen's choice, else the one saved for this layout, else the guess.
 * A header the file does not have is dropped (the saved or chosen mapping is stale).
 */
export function resolveMapping(
  db: Db,
  headers: readonly string[],
  asked: Partial<Mapping> | undefined,
): { mapping: Mapping; source: 'saved' | 'guessed' | 'chosen' } {
  const guessed = suggestMapping(headers, NAMES);
  const saved = asked ? undefined : savedLayouts(db).find((l) => l.key === layoutKey(headers))?.mapping;
  const given = asked ?? saved;
  if (!given) return { mapping: guessed, source: 'guessed' };
  const mapping = { ...guessed };
  for (const f of REGISTER_FIELDS)
    if (f in given)
      mapping[f] = given[f] && headers.includes(given[f] as string) ? (given[f] as string) : null;
  return { mapping, source: asked ? 'chosen' : 'saved' };
}

/**
 * Remembers the mapping of a committed import for its layout (inside the commit's transaction).
 * A local convenience, not a setting of the office: it is not audited apart from the import's
 * own entry, which names the layout and the mapping.
 */
export function saveLayout(ctx: ServiceContext, headers: readonly string[], mapping: Mapping): string {
  const key = layoutKey(headers);
  const list = [
    { key, mapping, at: isoNow(ctx.clock) },
    ...savedLayouts(ctx.db).filter((l) => l.key !== key),
  ].slice(0, MAX_SAVED_LAYOUTS);
  const at = isoNow(ctx.clock);
  const by = ctx.actor?.userId ?? `${ctx.door}:system`;
  const value = JSON.stringify(list);
  ctx.db
    .insert(settings)
    .values({ key: SETTING, value, updatedAt: at, updatedBy: by })
    .onConflictDoUpdate({ target: settings.key, set: { value, updatedAt: at, updatedBy: by } })
    .run();
  return key;
}
