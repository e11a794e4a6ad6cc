import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../../api/client';
import { formatDate, fullName } from '../../../lib/format';

/** Search the registry by name or IIN and pick a person (e.g. a mother as representative). */
export function PersonPicker(props: {
  label: string;
  description?: string;
  excludeId?: string;
  value: string | null;
  onChange(id: string | null): void;
}) {
  const { t, i18n } = useTranslation();
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 150);
  const [data, setData] = useState<{ value: string; label: string }[]>([]);
  useEffect(() => {
    if (debounced.trim().length < 2) return;
    call('applicants.list', { query: debounced, pageSize: 10 }).then((r) =>
      setData(
        r.rows
          .filter((p) => p.id !== props.excludeId)
          .map((p) => ({
            value: p.id,
            label: `${fullName(p)}, ${formatDate(p.birthDate, i18n.language)}${p.iin ? `, ${p.iin}` : ''}`,
          })),
      ),
    );
  }, [debounced, props.excludeId, i18n.language]);
  return (
    <Select
      label={props.label}
      description={props.description}
      placeholder={t('card.searchPerson')}
      searchable
      clearable
      filter={({ options }) => options}
      data={data}
      value={props.value}
      onChange={props.onChange}
      searchValue={search}
      onSearchChange={setSearch}
      nothingFoundMessage={debounced.trim().length >= 2 ? t('card.nobodyFound') : t('card.typeToSearch')}
      data-testid="person-picker"
    />
  );
}
