// Kazakhstan's calendar of days off for 2025–2027 as shipped reference data (Law No. 267 "On holidays" art. 5, Labour Code art. 84–85; docs/domain.md).
// Only days that differ from "Monday–Friday working" matter for counting, but every public
// holiday is listed (also when it falls on a weekend) so the administrator sees the whole year.
// Each entry names its basis and how sure it is: "official" (law or a published order),
// "announced" (reported by the ministry or the Spiritual Administration, not yet in a legal act),
// "computed" (follows from the rules, no official calendar yet). An administrator corrects them
// in Administration → Calendar when an order comes out.

export const CALENDAR_KINDS = ['holiday', 'moved_holiday', 'transfer_off', 'transfer_work'] as const;
export type CalendarKind = (typeof CALENDAR_KINDS)[number];
export const CALENDAR_CONFIDENCES = ['official', 'announced', 'computed'] as const;
export type CalendarConfidence = (typeof CALENDAR_CONFIDENCES)[number];

export interface ShippedDay {
  day: string;
  off: boolean;
  kind: CalendarKind;
  nameKk: string;
  nameRu: string;
  basis: string;
  confidence: CalendarConfidence;
}

const LAW = 'Закон РК № 267-II «О праздниках», ст. 1, 5; ТК РК ст. 84';
const H: Record<string, [string, string]> = {
  newYear: ['Жаңа жыл', 'Новый год'],
  christmas: ['Православиелік Рождество', 'Православное Рождество'],
  women: ['Халықаралық әйелдер күні', 'Международный женский день'],
  nauryz: ['Наурыз мейрамы', 'Наурыз мейрамы'],
  unity: ['Қазақстан халқының бірлігі мерекесі', 'Праздник единства народа Казахстана'],
  defender: ['Отан қорғаушы күні', 'День защитника Отечества'],
  victory: ['Жеңіс күні', 'День Победы'],
  capital: ['Астана күні', 'День Столицы'],
  constitution: ['Конституция күні', 'День Конституции'],
  republic: ['Республика күні', 'День Республики'],
  independence: ['Тәуелсіздік күні', 'День Независимости'],
  kurban: ['Құрбан айт', 'Курбан айт'],
};

function holiday(
  day: string,
  key: string,
  confidence: CalendarConfidence = 'official',
  basis = LAW,
): ShippedDay {
  const [nameKk, nameRu] = H[key] ?? [key, key];
  return { day, off: true, kind: 'holiday', nameKk, nameRu, basis, confidence };
}

function moved(
  day: string,
  key: string,
  from: string,
  confidence: CalendarConfidence = 'official',
): ShippedDay {
  const [kk, ru] = H[key] ?? [key, key];
  return {
    day,
    off: true,
    kind: 'moved_holiday',
    nameKk: `${kk} (${from} орнына)`,
    nameRu: `${ru} (перенос с ${from})`,
    basis:
      'Закон РК № 267-II «О праздниках», ст. 5: праздник в выходной переносится на следующий рабочий день',
    confidence,
  };
}

const year = (
  y: number,
  constitution: string | null,
  kurban: string | null,
  kurbanConfidence: CalendarConfidence,
  c: CalendarConfidence,
) => [
  holiday(`${y}-01-01`, 'newYear', c),
  holiday(`${y}-01-02`, 'newYear', c),
  holiday(`${y}-01-07`, 'christmas', c),
  holiday(`${y}-03-08`, 'women', c),
  holiday(`${y}-03-21`, 'nauryz', c),
  holiday(`${y}-03-22`, 'nauryz', c),
  holiday(`${y}-03-23`, 'nauryz', c),
  holiday(`${y}-05-01`, 'unity', c),
  holiday(`${y}-05-07`, 'defender', c),
  holiday(`${y}-05-09`, 'victory', c),
  holiday(`${y}-07-06`, 'capital', c),
  ...(constitution
    ? [holiday(constitution, 'constitution', c === 'official' && y >= 2027 ? 'announced' : c)]
    : []),
  holiday(`${y}-10-25`, 'republic', c),
  holiday(`${y}-12-16`, 'independence', c),
  ...(kurban
    ? [holiday(kurban, 'kurban', kurbanConfidence, `${LAW}; дата — Духовное управление мусульман Казахстана`)]
    : []),
];

export const SHIPPED_CALENDAR: readonly ShippedDay[] = [
  // 2025: order No. 436 of 21.11.2024 moves 3 January (Fri) off and makes 5 January (Sun) working.
  ...year(2025, '2025-08-30', '2025-06-06', 'official', 'official'),
  {
    day: '2025-01-03',
    off: true,
    kind: 'transfer_off',
    nameKk: 'Демалыс күні (5 қаңтардан ауыстырылды)',
    nameRu: 'Выходной (перенос с 5 января)',
    basis: 'Приказ МТСЗН РК № 436 от 21.11.2024; ТК РК ст. 85 п. 3',
    confidence: 'official',
  },
  {
    day: '2025-01-05',
    off: false,
    kind: 'transfer_work',
    nameKk: 'Жұмыс күні (3 қаңтардың орнына)',
    nameRu: 'Рабочий день (за 3 января)',
    basis: 'Приказ МТСЗН РК № 436 от 21.11.2024; ТК РК ст. 85 п. 3',
    confidence: 'official',
  },
  moved('2025-03-10', 'women', '8.03'),
  moved('2025-03-24', 'nauryz', '22.03'),
  moved('2025-03-25', 'nauryz', '23.03'),
  moved('2025-07-07', 'capital', '6.07'),
  moved('2025-09-01', 'constitution', '30.08'),
  moved('2025-10-27', 'republic', '25.10'),
  // 2026: Constitution Day moves to 15 March from 2027 (new Constitution, referendum of
  // 15.03.2026), so 30 August 2026 is not listed (medium confidence: reported, act not found).
  ...year(2026, null, '2026-05-27', 'announced', 'official'),
  moved('2026-03-09', 'women', '8.03'),
  moved('2026-03-24', 'nauryz', '21.03'),
  moved('2026-03-25', 'nauryz', '22.03'),
  moved('2026-05-11', 'victory', '9.05'),
  moved('2026-10-26', 'republic', '25.10'),
  // 2027: computed from the rules, no official calendar yet; Kurban ait is announced in autumn.
  ...year(2027, '2027-03-15', null, 'computed', 'computed'),
  moved('2027-01-04', 'newYear', '2.01', 'computed'),
  moved('2027-03-24', 'nauryz', '21.03', 'computed'),
  moved('2027-05-03', 'unity', '1.05', 'computed'),
  moved('2027-05-10', 'victory', '9.05', 'computed'),
];
