import { Checkbox, Group, NumberInput, Paper, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { DISABILITY_CATEGORIES } from '../../../src-main/core/api/contract';
import { useEnumOptions } from '../../lib/enums';

/**
 * The registry list's work-list filters. Memoised: it re-renders when the filters change, not on
 * every keystroke in the search box or every page of results.
 */
export const ListFiltersPanel = memo(function ListFiltersPanel({
  params,
  setFilter,
}: {
  params: URLSearchParams;
  setFilter(key: string, value: string | null): void;
}) {
  const { t } = useTranslation();
  const enumOptions = useEnumOptions();
  return (
    <Paper withBorder p="sm" radius="md" data-testid="applicant-filters">
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="sm">
        <TextInput
          label={t('applicants.filterKato')}
          description={t('applicants.filterKatoHint')}
          maxLength={9}
          inputMode="numeric"
          value={params.get('kato') ?? ''}
          onChange={(e) => {
            const v = e.currentTarget.value.replace(/\D/g, '');
            setFilter('kato', v.length >= 2 ? v : null);
          }}
        />
        <Select
          label={t('applicants.filterCategory')}
          placeholder={t('audit.any')}
          clearable
          data={enumOptions('category', DISABILITY_CATEGORIES)}
          value={params.get('cat')}
          onChange={(v) => setFilter('cat', v)}
        />
        <Select
          label={t('applicants.filterGroup')}
          placeholder={t('audit.any')}
          clearable
          data={enumOptions('group', ['1', '2', '3'])}
          value={params.get('group')}
          onChange={(v) => setFilter('group', v)}
        />
        <Group grow gap="xs" align="flex-end">
          <NumberInput
            label={t('applicants.filterAgeFrom')}
            min={0}
            max={120}
            value={params.get('ageFrom') ?? ''}
            onChange={(v) => setFilter('ageFrom', v === '' ? null : String(v))}
          />
          <NumberInput
            label={t('applicants.filterAgeTo')}
            min={0}
            max={120}
            value={params.get('ageTo') ?? ''}
            onChange={(v) => setFilter('ageTo', v === '' ? null : String(v))}
          />
        </Group>
        {(
          [
            ['reexam', 'applicants.filterReexam'],
            ['ipr', 'applicants.filterIpr'],
            ['portal', 'applicants.filterPortal'],
          ] as const
        ).map(([key, label]) => (
          <Select
            key={key}
            label={t(label)}
            placeholder={t('audit.any')}
            clearable
            data={['14', '30', '60', '90'].map((n) => ({
              value: n,
              label: t('applicants.filterDays', { n }),
            }))}
            value={params.get(key)}
            onChange={(v) => setFilter(key, v)}
            data-testid={`filter-${key}`}
          />
        ))}
        <Stack gap={6} justify="flex-end">
          <Checkbox
            label={t('applicants.filterPending')}
            checked={params.get('pending') === '1'}
            onChange={(e) => setFilter('pending', e.currentTarget.checked ? '1' : null)}
          />
          <Checkbox
            label={t('applicants.filterActiveCase')}
            checked={params.get('case') === '1'}
            onChange={(e) => setFilter('case', e.currentTarget.checked ? '1' : null)}
            data-testid="filter-case"
          />
          <Checkbox
            label={t('applicants.filterConsent')}
            checked={params.get('consent') === '1'}
            onChange={(e) => setFilter('consent', e.currentTarget.checked ? '1' : null)}
            data-testid="filter-consent"
          />
        </Stack>
      </SimpleGrid>
    </Paper>
  );
});
