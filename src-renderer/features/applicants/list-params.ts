import { DISABILITY_CATEGORIES, type Input, type WorklistFilters } from '../../../src-main/core/api/contract';

// The registry list's filters live in the address (?reexam=30&consent=1…) so the home screen's
// alerts can link to them and a reload keeps them; saved work lists store the same filters as
// the api's object. These two functions translate between the two shapes.

export type ListFilters = Partial<Input<'applicants.list'>>;

const DAY_PARAMS = {
  reexam: 'reexamWithinDays',
  ipr: 'iprExpiringWithinDays',
  portal: 'portalDeadlineWithinDays',
} as const;

/** Address parameters → list filters; anything malformed is ignored rather than sent. */
export function filtersFromParams(p: URLSearchParams): ListFilters {
  const out: ListFilters = {};
  const int = (key: string) => {
    const v = p.get(key);
    return v !== null && /^\d{1,4}$/.test(v) ? Number(v) : undefined;
  };
  const kato = p.get('kato');
  if (kato && /^\d{2,9}$/.test(kato)) out.katoPrefix = kato;
  const cat = p.get('cat');
  if (cat && (DISABILITY_CATEGORIES as readonly string[]).includes(cat)) {
    out.disabilityCategory = cat as (typeof DISABILITY_CATEGORIES)[number];
  }
  const group = int('group');
  if (group && group >= 1 && group <= 3) out.disabilityGroup = group;
  for (const [key, field] of Object.entries(DAY_PARAMS)) {
    const n = int(key);
    if (n !== undefined) out[field] = n;
  }
  if (p.get('pending') === '1') out.iprPending = true;
  if (p.get('consent') === '1') out.consentMissing = true;
  if (p.get('case') === '1') out.activeCase = true;
  const ageFrom = int('ageFrom');
  if (ageFrom !== undefined && ageFrom <= 120) out.ageFrom = ageFrom;
  const ageTo = int('ageTo');
  if (ageTo !== undefined && ageTo <= 120) out.ageTo = ageTo;
  return out;
}

/** A saved list's filters → address parameters (the inverse of filtersFromParams). */
export function paramsFromFilters(f: WorklistFilters): URLSearchParams {
  const p = new URLSearchParams();
  if (f.katoPrefix) p.set('kato', f.katoPrefix);
  if (f.disabilityCategory) p.set('cat', f.disabilityCategory);
  if (f.disabilityGroup) p.set('group', String(f.disabilityGroup));
  for (const [key, field] of Object.entries(DAY_PARAMS)) {
    const n = f[field];
    if (n !== undefined) p.set(key, String(n));
  }
  if (f.iprPending) p.set('pending', '1');
  if (f.consentMissing) p.set('consent', '1');
  if (f.activeCase) p.set('case', '1');
  if (f.ageFrom !== undefined) p.set('ageFrom', String(f.ageFrom));
  if (f.ageTo !== undefined) p.set('ageTo', String(f.ageTo));
  return p;
}
