// A caregiver's monthly pay (docs/domain.md): gross = hours × the hourly rate; the
// employee's deductions (ОПВ pension, ВОСМС health, ИПН income tax) and the employer's
// contributions (ОПВР pension, СО social, ООСМС health) from the year's figures. Money is integer
// tiyn throughout; each component is rounded to the whole tenge (half up), as tax amounts are.
// Which components apply to a caregiver's pay is not settled in public texts, so each has an
// applicability flag per role, set by the office. Pure: no database, no clock.

import type { PayComponent } from './domain';

export { PAY_COMPONENTS, type PayComponent } from './domain';

/** The components withheld from the caregiver; the rest are paid by the employer on top. */
export const WITHHELD: readonly PayComponent[] = ['opv', 'vosms', 'ipn'];

/** One year's figures. Amounts in tiyn; rates in basis points (10 % = 1000); caps in multiples. */
export interface PayFigures {
  year: number;
  /** Monthly calculation index (МРП). */
  mrp: number;
  /** Minimum monthly wage (МЗП). */
  mzp: number;
  /** Subsistence minimum (прожиточный минимум), for the care allowance. */
  subsistence: number;
  opvRate: number;
  /** ОПВ and ОПВР are taken from at most this many МЗП a month. */
  opvCapMzp: number;
  opvrRate: number;
  soRate: number;
  /** СО is taken from (gross − ОПВ), not less than this many МЗП and not more than the max. */
  soMinMzp: number;
  soMaxMzp: number;
  vosmsRate: number;
  vosmsCapMzp: number;
  oosmsRate: number;
  oosmsCapMzp: number;
  ipnRate: number;
  /** Above this many МРП of income in the year, the higher rate applies to the excess. */
  ipnThresholdMrp: number;
  ipnHighRate: number;
  /** The standard monthly deduction from the income tax base, in МРП. */
  ipnDeductionMrp: number;
}

export type Applicability = Record<PayComponent, boolean>;

export interface PayInput {
  /** Hours worked in the month (timesheet plus adjustments). */
  hours: number;
  /** Tiyn per hour. */
  hourlyRate: number;
  /** Taxable income already paid this year before this month (for the ИПН threshold), tiyn. */
  incomeBeforeThisYear?: number;
}

export interface PayResult {
  hours: number;
  gross: number;
  opv: number;
  vosms: number;
  ipn: number;
  net: number;
  opvr: number;
  so: number;
  oosms: number;
  /** The ИПН base after ОПВ, ВОСМС and the deduction (never below zero). */
  ipnBase: number;
}

/** Rounds tiyn to the whole tenge, half up (tax rules: under 50 tiyn dropped, 50 and more up). */
export function toTenge(tiyn: number): number {
  return Math.floor((tiyn + 50) / 100) * 100;
}

/** rate (basis points) of base (tiyn), rounded to the tenge. */
function pct(base: number, rate: number): number {
  return toTenge((base * rate) / 10_000);
}

const min = Math.min;
const max = Math.max;

export function computePay(input: PayInput, f: PayFigures, applies: Applicability): PayResult {
  if (!Number.isFinite(input.hours) || input.hours < 0) throw new RangeError('hours');
  const gross = toTenge(input.hours * input.hourlyRate);
  const opv = applies.opv ? pct(min(gross, f.opvCapMzp * f.mzp), f.opvRate) : 0;
  const vosms = applies.vosms ? pct(min(gross, f.vosmsCapMzp * f.mzp), f.vosmsRate) : 0;
  let ipn = 0;
  let ipnBase = 0;
  if (applies.ipn) {
    ipnBase = max(0, gross - opv - vosms - f.ipnDeductionMrp * f.mrp);
    // The part of this month's base that lies above the year's threshold pays the higher rate.
    const threshold = f.ipnThresholdMrp * f.mrp;
    const before = input.incomeBeforeThisYear ?? 0;
    const low = max(0, min(ipnBase, threshold - before));
    const high = ipnBase - low;
    ipn = toTenge((low * f.ipnRate + high * f.ipnHighRate) / 10_000);
  }
  const opvr = applies.opvr ? pct(min(gross, f.opvCapMzp * f.mzp), f.opvrRate) : 0;
  // A month without pay has no contributions: the minimum base applies to pay actually made.
  const soBase = gross === 0 ? 0 : min(max(gross - opv, f.soMinMzp * f.mzp), f.soMaxMzp * f.mzp);
  const so = applies.so ? pct(soBase, f.soRate) : 0;
  const oosms = applies.oosms ? pct(min(gross, f.oosmsCapMzp * f.mzp), f.oosmsRate) : 0;
  return {
    hours: input.hours,
    gross,
    opv,
    vosms,
    ipn,
    net: gross - opv - vosms - ipn,
    opvr,
    so,
    oosms,
    ipnBase,
  };
}

/**
 * The shipped figures (docs/domain.md; Law on the republican budget for 2025–2027 and for 2026–2028;
 * Social Code art. 244–245; Tax Code of 2025 art. 361 and 363; Law on compulsory social health
 * insurance art. 27–28). Offices edit them in Settings when a law changes them.
 */
export const SHIPPED_FIGURES: readonly (PayFigures & { basis: string })[] = [
  {
    year: 2025,
    mrp: 393_200,
    mzp: 8_500_000,
    subsistence: 4_622_800,
    opvRate: 1000,
    opvCapMzp: 50,
    opvrRate: 250,
    soRate: 500,
    soMinMzp: 1,
    soMaxMzp: 7,
    vosmsRate: 200,
    vosmsCapMzp: 20,
    oosmsRate: 300,
    oosmsCapMzp: 40,
    ipnRate: 1000,
    ipnThresholdMrp: 8_500,
    ipnHighRate: 1000,
    ipnDeductionMrp: 14,
    basis:
      'Закон о республиканском бюджете на 2025–2027 годы (МРП 3 932 ₸, МЗП 85 000 ₸, ПМ 46 228 ₸); СК РК ст. 244–245; НК РК (2017) ст. 320, 342; Закон об ОСМС ст. 27–28',
  },
  {
    year: 2026,
    mrp: 432_500,
    mzp: 8_500_000,
    subsistence: 5_085_100,
    opvRate: 1000,
    opvCapMzp: 50,
    opvrRate: 350,
    soRate: 500,
    soMinMzp: 1,
    soMaxMzp: 7,
    vosmsRate: 200,
    vosmsCapMzp: 20,
    oosmsRate: 300,
    oosmsCapMzp: 40,
    ipnRate: 1000,
    ipnThresholdMrp: 8_500,
    ipnHighRate: 1500,
    ipnDeductionMrp: 30,
    basis:
      'Закон о республиканском бюджете на 2026–2028 годы (МРП 4 325 ₸, МЗП 85 000 ₸, ПМ 50 851 ₸); СК РК ст. 244–245; НК РК (2025) ст. 361, 363 (ИПН 10 % до 8 500 МРП в год, 15 % свыше; вычет 30 МРП); Закон об ОСМС ст. 27–28',
  },
];

/** Every component applies until the office decides otherwise for a role. */
export const ALL_APPLY: Applicability = {
  opv: true,
  vosms: true,
  ipn: true,
  opvr: true,
  so: true,
  oosms: true,
};
