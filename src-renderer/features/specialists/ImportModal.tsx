import {
  Alert,
  Badge,
  Button,
  FileInput,
  Group,
  Modal,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle, IconCircleCheck, IconUpload } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { IMPORT_FIELDS, type Output, REQUIRED_IMPORT_FIELDS } from '../../../src-main/core/api/contract';
import { ApiCallError, call } from '../../api/client';
import { readBase64 } from '../../lib/files';
import { formatDate, formatNumber } from '../../lib/format';
import { ImportProblems } from '../../lib/ImportProblems';

// Importing the district's register from the spreadsheet the office keeps today. The file is
// checked first (a dry run that writes nothing): its columns are matched to our fields by their
// headers and can be re-matched by hand, and every problem is listed by row and column. Only a
// file without problems can be imported, and then all of it at once.

type Preview = Output<'specialists.importPreview'>;
type Field = (typeof IMPORT_FIELDS)[number];

const MAX_BYTES = 5 * 1024 * 1024;

export function ImportModal({ onClose }: { onClose(saved: boolean): void }) {
  const { t, i18n } = useTranslation();
  const [file, setFile] = useState<{ name: string; base64: string } | null>(null);
  const [mapping, setMapping] = useState<Partial<Record<Field, string | null>> | undefined>(undefined);
  const [preview, setPreview] = useState<Preview | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState<'check' | 'import' | null>(null);

  const check = async (f: { name: string; base64: string }, m: typeof mapping) => {
    setBusy('check');
    setError(null);
    try {
      const p = await call('specialists.importPreview', {
        fileName: f.name,
        base64: f.base64,
        ...(m ? { mapping: m } : {}),
      });
      setPreview(p);
      setMapping(p.mapping as Record<Field, string | null>);
    } catch (err) {
      setPreview(null);
      setError(err instanceof ApiCallError ? err.message : t('errors.network'));
    } finally {
      setBusy(null);
    }
  };
  const choose = async (picked: File | null) => {
    setPreview(null);
    setMapping(undefined);
    setError(null);
    if (!picked) return setFile(null);
    if (picked.size > MAX_BYTES) return setError(t('specialistImport.tooLarge', { name: picked.name }));
    const f = { name: picked.name, base64: await readBase64(picked) };
    setFile(f);
    await check(f, undefined);
  };
  const commit = async () => {
    if (!file || !mapping) return;
    setBusy('import');
    setError(null);
    try {
      const r = await call('specialists.import', { fileName: file.name, base64: file.base64, mapping });
      notifications.show({
        color: 'teal',
        message: t('specialistImport.done', { n: r.specialists, certificates: r.certificates }),
      });
      onClose(true);
    } catch (err) {
      setError(err instanceof ApiCallError ? err.message : t('errors.network'));
    } finally {
      setBusy(null);
    }
  };

  const headerOptions = [
    { value: '', label: t('specialistImport.notRead') },
    ...(preview?.headers ?? []).filter(Boolean).map((h) => ({ value: h, label: h })),
  ];
  return (
    <Modal opened onClose={() => onClose(false)} title={t('specialistImport.title')} size="xl">
      <Stack>
        <Text size="sm" c="dimmed">
          {t('specialistImport.hint')}
        </Text>
        <FileInput
          label={t('specialistImport.file')}
          description={t('specialistImport.pick')}
          accept=".xlsx,.csv"
          leftSection={<IconUpload size={16} />}
          onChange={(f) => void choose(f)}
          clearable
          data-testid="import-file"
        />
        {preview && (
          <>
            <Text fw={600} size="sm">
              {t('specialistImport.mapping')}
            </Text>
            <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="xs" data-testid="import-mapping">
              {IMPORT_FIELDS.map((f) => (
                <Select
                  key={f}
                  size="xs"
                  label={t(`specialistImport.fields.${f}`)}
                  withAsterisk={REQUIRED_IMPORT_FIELDS.includes(f)}
                  data={headerOptions}
                  value={mapping?.[f] ?? ''}
                  allowDeselect={false}
                  onChange={(v) => setMapping((m) => ({ ...m, [f]: v || null }))}
                  data-testid={`import-map-${f}`}
                />
              ))}
            </SimpleGrid>
            <Group>
              <Button
                variant="light"
                size="xs"
                loading={busy === 'check'}
                onClick={() => file && void check(file, mapping)}
                data-testid="import-check"
              >
                {t('specialistImport.checkAgain')}
              </Button>
              <Text size="sm" data-testid="import-summary">
                {t('specialistImport.summary', {
                  rows: formatNumber(preview.rows, i18n.language),
                  specialists: formatNumber(preview.specialists, i18n.language),
                  certificates: formatNumber(preview.certificates, i18n.language),
                })}
              </Text>
            </Group>
            {preview.problemCount > 0 ? (
              <>
                <Alert color="red" icon={<IconAlertTriangle size={18} />} data-testid="import-problems-count">
                  {t('specialistImport.problems', { n: formatNumber(preview.problemCount, i18n.language) })}
                </Alert>
                <ImportProblems
                  problems={preview.problems}
                  testId="import-problems"
                  titles={{
                    row: t('specialistImport.row'),
                    column: t('specialistImport.column'),
                    problem: t('specialistImport.problem'),
                  }}
                />
              </>
            ) : (
              <Alert color="teal" icon={<IconCircleCheck size={18} />} data-testid="import-ready">
                {t('specialistImport.ready')}
              </Alert>
            )}
            {preview.sample.length > 0 && (
              <>
                <Text size="sm" fw={600}>
                  {t('specialistImport.sample')}
                </Text>
                <Table withTableBorder striped fz="sm">
                  <Table.Tbody>
                    {preview.sample.map((r) => (
                      <Table.Tr key={r.row}>
                        <Table.Td w={60}>{r.row}</Table.Td>
                        <Table.Td>{r.name}</Table.Td>
                        <Table.Td>{r.iin}</Table.Td>
                        <Table.Td>{t(`enums.specialistPosition.${r.position}`)}</Table.Td>
                        <Table.Td>
                          {r.certValidUntil ? (
                            t('specialists.until', { date: formatDate(r.certValidUntil, i18n.language) })
                          ) : (
                            <Badge variant="light" color="gray">
                              {t('enums.certificationState.never')}
                            </Badge>
                          )}
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </>
            )}
          </>
        )}
        {error && (
          <Alert color="red" data-testid="import-error">
            {error}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={() => onClose(false)} data-testid="modal-cancel">
            {t('common.cancel')}
          </Button>
          <Button
            disabled={!preview?.ready}
            loading={busy === 'import'}
            onClick={() => void commit()}
            data-testid="import-commit"
          >
            {preview?.ready
              ? t('specialistImport.commit', { n: formatNumber(preview.specialists, i18n.language) })
              : t('specialistImport.commitDisabled')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
