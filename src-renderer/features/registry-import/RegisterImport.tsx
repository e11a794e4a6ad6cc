import {
  Alert,
  Badge,
  Button,
  Code,
  Group,
  Paper,
  Progress,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck, IconFileSpreadsheet } from '@tabler/icons-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import {
  MAX_REGISTER_BYTES,
  type Output,
  REGISTER_FIELDS,
  REQUIRED_REGISTER_FIELDS,
} from '../../../src-main/core/api/contract';
import { ApiCallError, call } from '../../api/client';
import { readBase64 } from '../../lib/files';
import { formatDate, formatNumber } from '../../lib/format';
import { ImportProblems } from '../../lib/ImportProblems';
import { PickFile } from '../../lib/PickFile';

// Exchange → Import spreadsheet: a district starts from the register it keeps in Excel today.
// The file is checked first (a dry run that writes nothing, with a progress bar: a district's
// 100,000 rows take seconds), its columns are matched to our fields (remembered per layout) and
// every problem is listed by row and column; only a file without problems is imported, whole.

type Preview = Output<'registryImport.preview'>;
type Field = (typeof REGISTER_FIELDS)[number];
type JobProgress = Output<'registryImport.progress'>;
type Picked = { name: string; base64: string };

/** While a call runs, asks how far it is (the server records it under the job id). */
function useJobProgress() {
  const [progress, setProgress] = useState<JobProgress | null>(null);
  const timer = useRef<number | null>(null);
  const stop = () => {
    if (timer.current !== null) window.clearInterval(timer.current);
    timer.current = null;
    setProgress(null);
  };
  const start = (jobId: string) => {
    stop();
    setProgress({ phase: 'reading', done: 0, total: 0 });
    timer.current = window.setInterval(() => {
      call('registryImport.progress', { jobId }).then(
        (p) => p.phase && setProgress(p),
        () => {},
      );
    }, 250);
  };
  // Polling stops when the screen goes away mid-check.
  useEffect(
    () => () => {
      if (timer.current !== null) window.clearInterval(timer.current);
    },
    [],
  );
  return { progress, start, stop };
}

export function RegisterImport() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const [file, setFile] = useState<Picked | null>(null);
  // The sheet the user chose; without a choice the server reads the fullest one (and says which).
  const [sheet, setSheet] = useState<string | null>(null);
  const [mapping, setMapping] = useState<Partial<Record<Field, string | null>> | undefined>(undefined);
  const [preview, setPreview] = useState<Preview | null>(null);
  const [done, setDone] = useState<Output<'registryImport.commit'> | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState<'check' | 'import' | null>(null);
  const job = useJobProgress();

  const run = async <T,>(kind: 'check' | 'import', work: (jobId: string) => Promise<T>) => {
    const jobId = crypto.randomUUID();
    setBusy(kind);
    setError(null);
    job.start(jobId);
    try {
      return await work(jobId);
    } catch (err) {
      setError(err instanceof ApiCallError ? err.message : t('errors.network'));
      return null;
    } finally {
      job.stop();
      setBusy(null);
    }
  };
  const check = async (f: Picked, s: string | null, m: typeof mapping) => {
    const p = await run('check', (jobId) =>
      call('registryImport.preview', {
        fileName: f.name,
        base64: f.base64,
        jobId,
        ...(s ? { sheet: s } : {}),
        ...(m ? { mapping: m } : {}),
      }),
    );
    setPreview(p);
    if (p) {
      setMapping(p.mapping as Record<Field, string | null>);
    }
  };
  const choose = async (picked: File | null) => {
    setPreview(null);
    setDone(null);
    setMapping(undefined);
    setSheet(null);
    setError(null);
    if (!picked) return;
    if (picked.size > MAX_REGISTER_BYTES)
      return setError(
        t('registerImport.tooLarge', { name: picked.name, mb: MAX_REGISTER_BYTES / 1024 / 1024 }),
      );
    const f = { name: picked.name, base64: await readBase64(picked) };
    setFile(f);
    await check(f, null, undefined);
  };
  const commit = async () => {
    if (!file || !mapping) return;
    const r = await run('import', (jobId) =>
      call('registryImport.commit', {
        fileName: file.name,
        base64: file.base64,
        jobId,
        mapping,
        ...(sheet ? { sheet } : {}),
      }),
    );
    if (r) {
      setDone(r);
      setPreview(null);
    }
  };

  const headerOptions = [
    { value: '', label: t('registerImport.notRead') },
    ...(preview?.headers ?? []).filter(Boolean).map((h) => ({ value: h, label: h })),
  ];
  // The commit's writing runs in one synchronous transaction that no poll can see into: once
  // every row is checked, what is left is the writing.
  const checked = job.progress?.phase === 'checking' && job.progress.done === job.progress.total;
  const p =
    busy === 'import' && checked && job.progress
      ? { ...job.progress, phase: 'writing' as const }
      : job.progress;
  const phaseText = p?.phase
    ? t(`registerImport.phase.${p.phase}`, {
        done: formatNumber(p.done, lang),
        total: formatNumber(p.total, lang),
      })
    : '';
  return (
    <Stack gap="md" data-testid="register-import">
      <Paper withBorder p="md" radius="md">
        <Title order={2} size="h4" mb={4}>
          {t('registerImport.title')}
        </Title>
        <Text size="sm" c="dimmed" maw={860}>
          {t('registerImport.hint')}
        </Text>
        <Text size="sm" c="dimmed" maw={860} mt={4}>
          {t('registerImport.columns')}
        </Text>
        <Group mt="sm">
          <PickFile accept=".xlsx,.csv,.txt" onChange={(f) => void choose(f)}>
            {(props) => (
              <Button
                {...props}
                leftSection={<IconFileSpreadsheet size={16} />}
                loading={busy === 'check' && !preview}
                data-testid="register-pick"
              >
                {t('registerImport.pick')}
              </Button>
            )}
          </PickFile>
          {file && (
            <Text size="sm" data-testid="register-file">
              {file.name}
            </Text>
          )}
        </Group>
        {p && (
          <Stack gap={4} mt="sm" data-testid="register-progress">
            <Progress
              value={p.total > 0 ? (100 * p.done) / p.total : 100}
              animated={p.total === 0 || p.phase === 'writing'}
              striped={p.total === 0 || p.phase === 'writing'}
              aria-label={phaseText}
            />
            <Text size="xs" c="dimmed">
              {phaseText}
            </Text>
          </Stack>
        )}
      </Paper>

      {error && (
        <Alert color="red" data-testid="register-error">
          {error}
        </Alert>
      )}

      {done && (
        <Alert color="teal" icon={<IconCircleCheck size={18} />} data-testid="register-done">
          <Text size="sm">
            {t('registerImport.done', {
              people: formatNumber(done.people, lang),
              disabilities: formatNumber(done.disabilities, lang),
            })}
          </Text>
          <Text size="xs" c="dimmed">
            SHA-256: <Code>{done.sha256}</Code>
          </Text>
          <Button component={Link} to="/applicants" variant="light" size="xs" mt="xs">
            {t('registerImport.openRegistry')}
          </Button>
        </Alert>
      )}

      {preview && file && (
        <Paper withBorder p="md" radius="md">
          <Stack gap="sm">
            <Group justify="space-between" align="flex-end">
              <Group align="flex-end">
                {preview.sheets.length > 1 && (
                  <Select
                    size="xs"
                    w={220}
                    label={t('registerImport.sheet')}
                    data={preview.sheets}
                    value={sheet ?? preview.sheet}
                    allowDeselect={false}
                    onChange={(v) => {
                      setSheet(v);
                      void check(file, v, undefined);
                    }}
                    data-testid="register-sheet"
                  />
                )}
                <Badge variant="light" color={preview.mappingSource === 'saved' ? 'teal' : 'gray'}>
                  {t(`registerImport.source.${preview.mappingSource}`)}
                </Badge>
              </Group>
              <Text size="sm" data-testid="register-summary">
                {t('registerImport.summary', {
                  rows: formatNumber(preview.rows, lang),
                  people: formatNumber(preview.people, lang),
                  disabilities: formatNumber(preview.disabilities, lang),
                })}
              </Text>
            </Group>
            <Text fw={600} size="sm">
              {t('registerImport.mapping')}
            </Text>
            <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="xs" data-testid="register-mapping">
              {REGISTER_FIELDS.map((f) => (
                <Select
                  key={f}
                  size="xs"
                  label={t(`registerImport.fields.${f}`)}
                  withAsterisk={REQUIRED_REGISTER_FIELDS.includes(f)}
                  data={headerOptions}
                  value={mapping?.[f] ?? ''}
                  allowDeselect={false}
                  onChange={(v) => setMapping((m) => ({ ...m, [f]: v || null }))}
                  data-testid={`register-map-${f}`}
                />
              ))}
            </SimpleGrid>
            <Group>
              <Button
                variant="light"
                size="xs"
                loading={busy === 'check'}
                onClick={() => void check(file, sheet, mapping)}
                data-testid="register-check"
              >
                {t('registerImport.checkAgain')}
              </Button>
            </Group>
            {preview.problemCount > 0 ? (
              <>
                <Alert
                  color="red"
                  icon={<IconAlertTriangle size={18} />}
                  data-testid="register-problem-count"
                >
                  {t('registerImport.problems', { n: formatNumber(preview.problemCount, lang) })}
                  {preview.problemCount > preview.problems.length &&
                    ` ${t('registerImport.firstProblems', { n: formatNumber(preview.problems.length, lang) })}`}
                </Alert>
                <ImportProblems
                  problems={preview.problems}
                  testId="register-problems"
                  titles={{
                    row: t('registerImport.row'),
                    column: t('registerImport.column'),
                    problem: t('registerImport.problem'),
                  }}
                />
              </>
            ) : (
              <Alert color="teal" icon={<IconCircleCheck size={18} />} data-testid="register-ready">
                {t('registerImport.ready')}
              </Alert>
            )}
            {preview.sample.length > 0 && (
              <>
                <Text size="sm" fw={600}>
                  {t('registerImport.sample')}
                </Text>
                <Table withTableBorder striped fz="sm" data-testid="register-sample">
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th w={70}>{t('registerImport.row')}</Table.Th>
                      <Table.Th>{t('registerImport.fields.lastName')}</Table.Th>
                      <Table.Th>{t('registerImport.fields.iin')}</Table.Th>
                      <Table.Th>{t('registerImport.fields.birthDate')}</Table.Th>
                      <Table.Th>{t('registerImport.fields.katoCode')}</Table.Th>
                      <Table.Th>{t('registerImport.disability')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {preview.sample.map((r) => (
                      <Table.Tr key={r.row}>
                        <Table.Td>{r.row}</Table.Td>
                        <Table.Td>{r.name}</Table.Td>
                        <Table.Td>{r.iin ?? '—'}</Table.Td>
                        <Table.Td>{formatDate(r.birthDate, lang)}</Table.Td>
                        <Table.Td>{r.katoCode}</Table.Td>
                        <Table.Td>
                          {r.category
                            ? [
                                t(`enums.category.${r.category}`),
                                r.groupNo ? t('registerImport.group', { n: r.groupNo }) : null,
                              ]
                                .filter(Boolean)
                                .join(', ')
                            : '—'}
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </>
            )}
            <Group justify="flex-end">
              <Button
                disabled={!preview.ready}
                loading={busy === 'import'}
                onClick={() => void commit()}
                data-testid="register-commit"
              >
                {preview.ready
                  ? t('registerImport.commit', { n: formatNumber(preview.people, lang) })
                  : t('registerImport.commitDisabled')}
              </Button>
            </Group>
          </Stack>
        </Paper>
      )}
    </Stack>
  );
}
