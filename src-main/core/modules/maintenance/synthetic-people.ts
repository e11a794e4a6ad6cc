import { makeIin } from '../../domain/iin';
import { OBLAST_PREFIXES } from '../../domain/kato';

// Realistic synthetic people for demos, tests and benchmarks: Kazakh and Russian names with the
// right gendered surname and patronymic forms, valid IINs, addresses under real oblast KATO
// prefixes. Deterministic for a given seed so bench runs and bug reports can be reproduced.

/** mulberry32: small, fast, good enough for test data; not for anything secret. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(r: () => number, list: readonly T[]): T => list[Math.floor(r() * list.length)]!;

// Kazakh surname stems take -ов/-ова, -ев/-ева, -ин/-ина; many stems keep Kazakh letters.
const KZ_SURNAME_STEMS = [
  'Ахмет',
  'Сәрсенбай',
  'Жұмабек',
  'Нұрлан',
  'Қасым',
  'Серік',
  'Тоқтар',
  'Әбдіраш',
  'Омар',
  'Байжан',
  'Ержан',
  'Мұхамеджан',
  'Қайырбек',
  'Төлеген',
  'Бекмұхамбет',
  'Ғабдулл',
  'Исабек',
  'Құрман',
  'Рахым',
  'Оспан',
  'Жақсылық',
  'Сұлтанбек',
  'Шәріп',
  'Есім',
  'Мұсабек',
  'Дәулет',
  'Абылай',
  'Қалиасқар',
  'Бөкей',
  'Үсен',
  'Іргебай',
  'Мәмбет',
  'Нұрғали',
  'Айдарбек',
  'Тұрсын',
  'Елубай',
  'Жанұзақ',
  'Көшербай',
] as const;
const KZ_MALE = [
  'Нұрлан',
  'Серік',
  'Қайрат',
  'Ерлан',
  'Дәурен',
  'Асқар',
  'Бауыржан',
  'Ержан',
  'Тимур',
  'Арман',
  'Ғалым',
  'Мұрат',
  'Жандос',
  'Әли',
  'Айбек',
  'Еркебұлан',
  'Нұрсұлтан',
  'Санжар',
  'Ілияс',
  'Өмірзақ',
  'Қуаныш',
  'Ақжол',
  'Бекзат',
  'Рүстем',
  'Талғат',
  'Абай',
  'Дамир',
  'Ерасыл',
  'Мейірім',
  'Олжас',
] as const;
const KZ_FEMALE = [
  'Әлия',
  'Айгүл',
  'Гүлнар',
  'Мәдина',
  'Жанар',
  'Айгерім',
  'Динара',
  'Сәуле',
  'Ақмарал',
  'Гүлмира',
  'Назерке',
  'Балжан',
  'Ұлдана',
  'Әйгерім',
  'Аружан',
  'Дана',
  'Мөлдір',
  'Салтанат',
  'Жұлдыз',
  'Айым',
  'Күләш',
  'Шынар',
  'Қарлығаш',
  'Інжу',
  'Бибігүл',
  'Райхан',
  'Зәуре',
  'Ләззат',
  'Томирис',
  'Меруерт',
] as const;
const RU_SURNAMES_M = [
  'Иванов',
  'Петров',
  'Смирнов',
  'Кузнецов',
  'Попов',
  'Соколов',
  'Лебедев',
  'Козлов',
  'Новиков',
  'Морозов',
  'Волков',
  'Алексеев',
  'Фёдоров',
  'Ковалёв',
  'Павлов',
  'Семёнов',
  'Голубев',
  'Виноградов',
  'Богданов',
  'Тарасов',
] as const;
const RU_MALE = [
  'Александр',
  'Сергей',
  'Владимир',
  'Андрей',
  'Алексей',
  'Дмитрий',
  'Николай',
  'Юрий',
  'Виктор',
  'Артём',
  'Михаил',
  'Фёдор',
  'Евгений',
  'Олег',
  'Игорь',
] as const;
const RU_FEMALE = [
  'Елена',
  'Ольга',
  'Наталья',
  'Татьяна',
  'Светлана',
  'Ирина',
  'Анна',
  'Людмила',
  'Галина',
  'Алёна',
  'Мария',
  'Юлия',
  'Валентина',
  'Ксения',
  'Дарья',
] as const;
const STREETS = [
  'Абая',
  'Әл-Фараби',
  'Жамбыла',
  'Төле би',
  'Сейфуллина',
  'Назарбаева',
  'Гагарина',
  'Пушкина',
  'Мира',
  'Құрманғазы',
  'Желтоқсан',
  'Бөгенбай батыра',
  'Сәтбаева',
  'Қабанбай батыра',
  'Тәуелсіздік',
  'Ленина',
] as const;
const OBLASTS = Object.keys(OBLAST_PREFIXES);

export interface SyntheticPerson {
  iin: string;
  lastName: string;
  firstName: string;
  patronymic: string | null;
  birthDate: string;
  sex: 'M' | 'F';
  katoCode: string;
  address: string;
  phone: string | null;
}

function kazakhSurname(stem: string, sex: 'M' | 'F'): string {
  const last = stem.slice(-1);
  const suffix = /[аеиоуыэюяәөүұі]/i.test(last) ? 'ев' : /[жшщч]/.test(last) ? 'ев' : 'ов';
  return sex === 'M' ? `${stem}${suffix}` : `${stem}${suffix}а`;
}

function russianPatronymic(father: string, sex: 'M' | 'F'): string {
  const base = father.replace(/й$/, '');
  if (father.endsWith('й')) return sex === 'M' ? `${base}евич` : `${base}евна`;
  return sex === 'M' ? `${father}ович` : `${father}овна`;
}

/**
 * `count` people from `seed`; serials grow with the index so IINs never repeat in one run.
 * With `districtKato` everyone lives in that district (its oblast and district digits), as a
 * district office's registry does; without it, anywhere in the country (benchmarks).
 */
export function* syntheticPeople(
  count: number,
  seed: number,
  today = '2026-01-01',
  districtKato?: string,
): Generator<SyntheticPerson> {
  const r = rng(seed);
  const todayYear = Number(today.slice(0, 4));
  const used = new Set<string>();
  for (let i = 0; i < count; i++) {
    const sex: 'M' | 'F' = r() < 0.5 ? 'M' : 'F';
    const kazakh = r() < 0.72;
    // Age skews old: the registry is mostly elderly people and people with disabilities.
    const age = Math.min(99, Math.floor(r() < 0.2 ? r() * 18 : 18 + r() ** 0.7 * 80));
    const year = todayYear - 1 - age;
    const month = 1 + Math.floor(r() * 12);
    const day = 1 + Math.floor(r() * 28);
    const birthDate = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    let firstName: string;
    let lastName: string;
    let patronymic: string | null;
    if (kazakh) {
      firstName = pick(r, sex === 'M' ? KZ_MALE : KZ_FEMALE);
      lastName = kazakhSurname(pick(r, KZ_SURNAME_STEMS), sex);
      const father = pick(r, KZ_MALE);
      patronymic = r() < 0.5 ? `${father}${sex === 'M' ? 'ұлы' : 'қызы'}` : russianPatronymic(father, sex);
      if (r() < 0.05) patronymic = null;
    } else {
      firstName = pick(r, sex === 'M' ? RU_MALE : RU_FEMALE);
      const m = pick(r, RU_SURNAMES_M);
      lastName = sex === 'M' ? m : `${m}а`;
      patronymic = russianPatronymic(pick(r, RU_MALE), sex);
    }
    // The serial part of the IIN spreads over the index; retry the rare serial with no check digit.
    let iin: string | null = null;
    for (let k = 0; iin === null || used.has(iin); k++)
      iin = makeIin(birthDate, sex, (i * 7 + k * 9973) % 10000);
    used.add(iin);
    const oblast = pick(r, OBLASTS);
    const district = String(20 + Math.floor(r() * 60)).padStart(2, '0');
    const settlement = String(Math.floor(r() * 100000)).padStart(5, '0');
    const katoCode = districtKato
      ? `${districtKato.slice(0, 4)}${settlement}`
      : `${oblast}${district}${settlement}`;
    const address = `ул. ${pick(r, STREETS)}, ${1 + Math.floor(r() * 150)}${r() < 0.4 ? `, кв. ${1 + Math.floor(r() * 120)}` : ''}`;
    const phone =
      r() < 0.8
        ? `+7 7${Math.floor(r() * 100)
            .toString()
            .padStart(2, '0')} ${Math.floor(1000000 + r() * 8999999)}`
        : null;
    yield { iin, lastName, firstName, patronymic, birthDate, sex, katoCode, address, phone };
  }
}
