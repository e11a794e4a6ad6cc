import { Alert, Anchor, Loader, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Output } from '../../../src-main/core/api/contract';
import { ApiCallError, call } from '../../api/client';
import { formatDate, formatNumber, fullName } from '../../lib/format';

/** The whole registry checked for people who may be registered twice. */
export function DuplicatesReport() {
  const { t, i18n } = useTranslation();
  const [report, setReport] = useState<Output<'applicants.duplicateReport'> | null>(null);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    call('applicants.duplicateReport', { limit: 200 }).then(setReport, setError);
  }, []);
  return (
    <Stack gap="md">
      <div>
        <Title order={1} size="h2">
          {t('duplicates.reportTitle')}
        </Title>
        <Text c="dimmed" size="sm">
          {t('duplicates.reportHint')}
        </Text>
      </div>
      {error ? (
        <Alert color="red">{error instanceof ApiCallError ? error.message : t('errors.network')}</Alert>
      ) : null}
      {!report && !error && <Loader />}
      {report && report.groups.length === 0 && <Alert color="teal">{t('duplicates.reportNone')}</Alert>}
      {report && report.groups.length > 0 && (
        <Text size="sm" data-testid="duplicates-total">
          {t('duplicates.reportTotal', { n: formatNumber(report.totalGroups, i18n.language) })}
        </Text>
      )}
      {report?.groups.map((g) => (
        <Paper key={g.map((p) => p.id).join()} withBorder radius="md" p="xs">
          <Table>
            <Table.Tbody>
              {g.map((p) => (
                <Table.Tr key={p.id}>
                  <Table.Td>
                    <Anchor component={Link} to={`/applicants/${p.id}`}>
                      {fullName(p)}
                    </Anchor>
                  </Table.Td>
                  <Table.Td w={140}>{p.iin ?? '—'}</Table.Td>
                  <Table.Td w={120}>{formatDate(p.birthDate, i18n.language)}</Table.Td>
                  <Table.Td>{p.address}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Paper>
      ))}
    </Stack>
  );
}
