import { Table } from '@mantine/core';
import type { ReactNode } from 'react';

/** A card's facts as label / value rows; an empty value shows a dash. */
export function FactRows({ rows, labelWidth = 250 }: { rows: [string, ReactNode][]; labelWidth?: number }) {
  return (
    <Table variant="vertical" withTableBorder>
      <Table.Tbody>
        {rows.map(([label, value]) => (
          <Table.Tr key={label}>
            <Table.Th w={labelWidth}>{label}</Table.Th>
            <Table.Td>{value === null || value === undefined || value === '' ? '—' : value}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
