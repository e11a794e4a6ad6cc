import type { DataTableSortStatus } from 'mantine-datatable';
import { useState } from 'react';

/**
 * Sorting for a short list read whole (a district's specialists, providers, the catalogue, the
 * head's queue): a click on a column header sorts by the column's key, in the screen's
 * collation. Long lists sort on the server instead (lib/pagination.ts).
 */
export function useClientSort<T>(
  rows: readonly T[],
  initial: DataTableSortStatus<T>,
  keyOf: (row: T, column: string) => string,
  locale: string,
) {
  const [sortStatus, onSortStatusChange] = useState<DataTableSortStatus<T>>(initial);
  const dir = sortStatus.direction === 'asc' ? 1 : -1;
  const column = String(sortStatus.columnAccessor);
  const sorted = [...rows].sort(
    (a, b) => keyOf(a, column).localeCompare(keyOf(b, column), locale === 'en' ? 'en' : 'ru') * dir,
  );
  // `table` spreads into the DataTable; `sorted` is its records.
  return { sorted, table: { sortStatus, onSortStatusChange } };
}
