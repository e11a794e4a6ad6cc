import { v7 as uuidv7 } from 'uuid';
import { addDays } from '../../domain/calendar';
import { makeIin } from '../../domain/iin';
import { personSearchKey } from '../../domain/search-key';
import type { ServiceContext } from '../../shared/context';
import { reserveChangeSeqs } from '../../shared/stamps';
import { SPECIALIST_POSITIONS } from '../specialists/domain';

// Synthetic specialists for demos and benchmarks, with certificates in every state on the
// office's today: most valid, some ending within 30 days, some ended, some never certified, a
// few with a renewed certificate overlapping the old one. The derived latest end is written with
// them, as the certificate services keep it.

const LAST = [
  'Омарова',
  'Ахметов',
  'Сейтқалиева',
  'Иванова',
  'Жұмабеков',
  'Тлеуова',
  'Ким',
  'Нұрланова',
  'Бекова',
  'Садықов',
];
const FIRST_F = ['Гүлнар', 'Айгүл', 'Дана', 'Ольга', 'Әсел', 'Мадина'];
const FIRST_M = ['Ерлан', 'Асқар', 'Сергей', 'Марат', 'Нұрлан', 'Бауыржан'];

/** A small deterministic generator, so a seed number gives the same register every time. */
function rng(seed: number) {
  let x = seed >>> 0 || 1;
  return () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) / 4_294_967_296;
  };
}

export function seedSpecialists(
  ctx: ServiceContext,
  count: number,
  seed: number,
  today: string,
  at: string,
  by: string,
): number {
  if (count <= 0) return 0;
  const db = ctx.sqlite;
  const r = rng(seed * 91_813 + 7);
  const cols = (table: string, columns: string[]) =>
    db.prepare(
      `INSERT INTO ${table} (id, created_at, created_by, updated_at, updated_by, change_seq, ${columns.join(', ')}) VALUES (?, ?, ?, ?, ?, ?, ${columns.map(() => '?').join(', ')})`,
    );
  const specialist = cols('specialists', [
    'iin',
    'last_name',
    'first_name',
    'position',
    'provider_id',
    'active',
    'employed_from',
    'publish_consent',
    'search_key',
    'cert_valid_until',
  ]);
  const cert = cols('specialist_certificates', [
    'specialist_id',
    'number',
    'issuer',
    'issued_on',
    'valid_until',
  ]);
  const exists = db.prepare('SELECT 1 FROM specialists WHERE iin = ?');
  const providers = db.prepare('SELECT id FROM providers WHERE active = 1').pluck().all() as string[];
  let seq = reserveChangeSeqs(ctx, count);
  let made = 0;
  for (let i = 0; i < count; i++) {
    const female = r() < 0.7;
    const birth = addDays('1965-01-01', Math.floor(r() * 12_000));
    const iin = makeIin(birth, female ? 'F' : 'M', 2000 + (i % 7000));
    if (!iin || exists.get(iin)) continue;
    const last = LAST[Math.floor(r() * LAST.length)] as string;
    const first = (female ? FIRST_F : FIRST_M)[Math.floor(r() * 6)] as string;
    const roll = r();
    // Certified 60 %, ending within 30 days 15 %, ended 15 %, never 10 %.
    const until =
      roll < 0.6
        ? addDays(today, 31 + Math.floor(r() * 1500))
        : roll < 0.75
          ? addDays(today, Math.floor(r() * 31))
          : roll < 0.9
            ? addDays(today, -1 - Math.floor(r() * 700))
            : null;
    const id = uuidv7();
    const s = seq++;
    specialist.run(
      id,
      at,
      by,
      at,
      by,
      s,
      iin,
      last,
      first,
      SPECIALIST_POSITIONS[Math.floor(r() * (SPECIALIST_POSITIONS.length - 1))],
      r() < 0.4 && providers.length ? providers[Math.floor(r() * providers.length)] : null,
      1,
      addDays(today, -Math.floor(r() * 5000)),
      r() < 0.8 ? 1 : 0,
      personSearchKey(last, first),
      until,
    );
    if (until) {
      // A renewed certificate overlaps the old one for one in five.
      if (r() < 0.2)
        cert.run(
          uuidv7(),
          at,
          by,
          at,
          by,
          s,
          id,
          `НОК-${i}-0`,
          'Центр независимой оценки квалификации',
          addDays(until, -1400),
          addDays(until, -300),
        );
      cert.run(
        uuidv7(),
        at,
        by,
        at,
        by,
        s,
        id,
        `НОК-${i}`,
        'Центр независимой оценки квалификации',
        addDays(until, -1095),
        until,
      );
    }
    made++;
  }
  return made;
}
