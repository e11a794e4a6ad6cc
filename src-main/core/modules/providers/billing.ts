import { monthDays } from '../../domain/calendar';

// Per-capita financing (docs/domain.md): a provider is paid the tariff per recipient per month,
// pro-rated by the days the recipient was in service that month. Pure: no database, no clock.

import { COST_ITEMS, type CostItem } from './domain';

export { COST_ITEMS, type CostItem, TARIFF_CATEGORIES, type TariffCategory } from './domain';

/** Whether the items add up to the tariff exactly (tiyn); the difference when they do not. */
export function costItemsGap(amount: number, items: Partial<Record<CostItem, number>>): number {
  return amount - COST_ITEMS.reduce((s, k) => s + (items[k] ?? 0), 0);
}

export interface ServiceEvent {
  kind: 'service_started' | 'suspended' | 'resumed' | 'terminated';
  on: string;
}

/**
 * The days of `month` ("2026-11") a recipient was in service, from the case's events: from the
 * start (inclusive), not while suspended (the suspension day itself is not served, the day of
 * resumption is), up to the termination (its day not served).
 */
export function daysInService(month: string, events: readonly ServiceEvent[]): number {
  return servedDays(month, events).length;
}

/** The days of the month in service (see daysInService), for tariffs that change within it. */
export function servedDays(month: string, events: readonly ServiceEvent[]): string[] {
  const sorted = [...events].sort((a, b) => a.on.localeCompare(b.on));
  const out: string[] = [];
  for (const day of monthDays(month)) {
    let serving = false;
    for (const e of sorted) {
      if (e.on > day) break;
      if (e.kind === 'service_started' || e.kind === 'resumed') serving = true;
      else serving = false;
    }
    if (serving) out.push(day);
  }
  return out;
}

/** The month's amount for one recipient: tariff × days / days in the month, rounded to the tenge. */
export function proRated(tariff: number, days: number, month: string): number {
  const total = monthDays(month).length;
  if (days <= 0) return 0;
  if (days >= total) return tariff;
  return Math.floor((tariff * days) / total / 100 + 0.5) * 100;
}
