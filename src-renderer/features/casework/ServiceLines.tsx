import { ActionIcon, Button, Group, NumberInput, Paper, Select, Stack, Text } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { randomId } from '@mantine/hooks';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { PERIODICITIES } from '../../../src-main/core/api/contract';
import { useEnumOptions } from '../../lib/enums';
import type { CaseReferences } from './references';

// The services of a decision or a work plan: each a catalogue service, a volume and how often.
// Only services given in the case's form (and of the granted types) are offered; the server
// checks the same and the catalogue's maximum volume.

type Line = { key?: string; code: string; volume: number | ''; periodicity: string };

/** Lines as the form keeps them: each with a stable React key (the api ignores it). */
export const withKeys = <T extends object>(lines: readonly T[]) =>
  lines.map((l) => ({ ...l, key: randomId() }));

export function ServiceLines({
  form,
  path,
  refs,
  formCode,
  types,
}: {
  form: UseFormReturnType<Record<string, unknown>>;
  path: 'services' | 'items';
  refs: CaseReferences;
  formCode: string | null;
  types?: readonly string[];
}) {
  const { t } = useTranslation();
  const options = useEnumOptions();
  const lines = (form.values[path] as Line[]) ?? [];
  const available = refs.serviceOptions(formCode, types);
  const max = (code: string) => refs.catalogue.find((c) => c.code === code)?.maxVolume ?? undefined;
  return (
    <Stack gap="xs" data-testid={`lines-${path}`}>
      <Text fw={500} size="sm">
        {t(`casework.lines.${path}`)}
      </Text>
      {lines.length === 0 && (
        <Text size="sm" c={form.errors[path] ? 'red' : 'dimmed'}>
          {form.errors[path] ?? t('casework.lines.empty')}
        </Text>
      )}
      {lines.map((line, i) => (
        // The service on a row of its own: long Kazakh and Russian names are never cut.
        <Paper
          key={line.key ?? `${path}-${line.code}`}
          withBorder
          p="xs"
          radius="sm"
          data-testid="service-line"
        >
          <Stack gap={6}>
            <Select
              label={t('casework.lines.service')}
              data={
                available.some((o) => o.value === line.code) || !line.code
                  ? available
                  : [...available, { value: line.code, label: refs.serviceLabel(line.code) }]
              }
              searchable
              withAsterisk
              {...form.getInputProps(`${path}.${i}.code`)}
              data-testid={`line-code-${i}`}
            />
            <Group align="flex-end" wrap="nowrap" gap="xs">
              <NumberInput
                style={{ flex: 1 }}
                label={
                  max(line.code)
                    ? `${t('casework.lines.volume')} (${t('casework.lines.max', { n: max(line.code) })})`
                    : t('casework.lines.volume')
                }
                min={1}
                max={max(line.code)}
                withAsterisk
                {...form.getInputProps(`${path}.${i}.volume`)}
                data-testid={`line-volume-${i}`}
              />
              <Select
                style={{ flex: 1 }}
                label={t('casework.lines.periodicity')}
                data={options('periodicity', PERIODICITIES)}
                withAsterisk
                {...form.getInputProps(`${path}.${i}.periodicity`)}
                data-testid={`line-periodicity-${i}`}
              />
              <ActionIcon
                variant="subtle"
                color="red"
                size="lg"
                aria-label={t('casework.lines.remove')}
                onClick={() => form.removeListItem(path, i)}
              >
                <IconTrash size={16} />
              </ActionIcon>
            </Group>
          </Stack>
        </Paper>
      ))}
      <Group>
        <Button
          size="xs"
          variant="light"
          leftSection={<IconPlus size={14} />}
          onClick={() =>
            form.insertListItem(path, { key: randomId(), code: '', volume: 1, periodicity: 'weekly' })
          }
          data-testid={`add-line-${path}`}
        >
          {t('casework.lines.add')}
        </Button>
      </Group>
    </Stack>
  );
}
