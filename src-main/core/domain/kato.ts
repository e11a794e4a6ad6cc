// KATO territorial codes (the KATO classifier): 9 digits, the first two name the oblast or city
// of republican significance. The full classifier is not shipped yet; we check the shape and
// that the oblast prefix is a real one.

export const OBLAST_PREFIXES = {
  '10': { kk: 'Абай облысы', ru: 'область Абай', en: 'Abai Region' },
  '11': { kk: 'Ақмола облысы', ru: 'Акмолинская область', en: 'Akmola Region' },
  '15': { kk: 'Ақтөбе облысы', ru: 'Актюбинская область', en: 'Aktobe Region' },
  '19': { kk: 'Алматы облысы', ru: 'Алматинская область', en: 'Almaty Region' },
  '23': { kk: 'Атырау облысы', ru: 'Атырауская область', en: 'Atyrau Region' },
  '27': { kk: 'Батыс Қазақстан облысы', ru: 'Западно-Казахстанская область', en: 'West Kazakhstan Region' },
  '31': { kk: 'Жамбыл облысы', ru: 'Жамбылская область', en: 'Zhambyl Region' },
  '33': { kk: 'Жетісу облысы', ru: 'область Жетісу', en: 'Zhetysu Region' },
  '35': { kk: 'Қарағанды облысы', ru: 'Карагандинская область', en: 'Karaganda Region' },
  '39': { kk: 'Қостанай облысы', ru: 'Костанайская область', en: 'Kostanay Region' },
  '43': { kk: 'Қызылорда облысы', ru: 'Кызылординская область', en: 'Kyzylorda Region' },
  '47': { kk: 'Маңғыстау облысы', ru: 'Мангистауская область', en: 'Mangystau Region' },
  '55': { kk: 'Павлодар облысы', ru: 'Павлодарская область', en: 'Pavlodar Region' },
  '59': {
    kk: 'Солтүстік Қазақстан облысы',
    ru: 'Северо-Казахстанская область',
    en: 'North Kazakhstan Region',
  },
  '61': { kk: 'Түркістан облысы', ru: 'Туркестанская область', en: 'Turkistan Region' },
  '62': { kk: 'Ұлытау облысы', ru: 'область Ұлытау', en: 'Ulytau Region' },
  '63': { kk: 'Шығыс Қазақстан облысы', ru: 'Восточно-Казахстанская область', en: 'East Kazakhstan Region' },
  '71': { kk: 'Астана қаласы', ru: 'город Астана', en: 'Astana' },
  '75': { kk: 'Алматы қаласы', ru: 'город Алматы', en: 'Almaty' },
  '79': { kk: 'Шымкент қаласы', ru: 'город Шымкент', en: 'Shymkent' },
} as const;

export type OblastPrefix = keyof typeof OBLAST_PREFIXES;

export type KatoProblem = 'format' | 'oblast';

export function checkKato(code: string): KatoProblem | null {
  if (!/^\d{9}$/.test(code)) return 'format';
  return code.slice(0, 2) in OBLAST_PREFIXES ? null : 'oblast';
}
