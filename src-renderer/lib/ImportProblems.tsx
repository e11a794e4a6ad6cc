import { DataTable } from 'mantine-datatable';
import { useTranslation } from 'react-i18next';
import { useTableLabels } from './pagination';
import { useClientSort } from './useClientSort';

// The problems a spreadsheet import's dry run found, by row and column, sortable by each; shared
// by the register of specialists' import and the legacy register's.

export interface ImportProblem {
  row: number;
  column: string;
  field: string;
  message: string;
}

export function ImportProblems({
  problems,
  titles,
  testId,
}: {
  problems: readonly ImportProblem[];
  /** The three columns' headers in the screen's own words. */
  titles: { row: string; column: string; problem: string };
  testId: string;
}) {
  const { i18n } = useTranslation();
  const tableLabels = useTableLabels();
  const sort = useClientSort<ImportProblem>(
    [...problems],
    { columnAccessor: 'row', direction: 'asc' },
    (p, column) =>
      column === 'row' ? String(p.row).padStart(7, '0') : column === 'column' ? p.column : p.message,
    i18n.language,
  );
  return (
    <DataTable<ImportProblem>
      {...tableLabels}
      withTableBorder
      // A long list scrolls inside the frame; a few problems need no empty space below.
      height={sort.sorted.length > 8 ? 320 : undefined}
      records={sort.sorted}
      idAccessor={(x) => `${x.row}:${x.field}:${x.message}`}
      {...sort.table}
      data-testid={testId}
      columns={[
        { accessor: 'row', title: titles.row, sortable: true, width: 90 },
        { accessor: 'column', title: titles.column, sortable: true, width: 200 },
        { accessor: 'message', title: titles.problem, sortable: true },
      ]}
    />
  );
}
