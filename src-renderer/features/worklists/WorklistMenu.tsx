import { ActionIcon, Button, Group, Menu, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconBookmark, IconBookmarkPlus, IconTrash } from '@tabler/icons-react';
import { memo, useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  contract,
  type SpecialistListFilters,
  type SpecialistListView,
  type WorklistFilters,
  type WorklistView,
} from '../../../src-main/core/api/contract';
import { call } from '../../api/client';
import { FormModal } from '../../lib/FormModal';
import { limitedInputs } from '../../lib/limits';
import { useApiSubmit } from '../../lib/useApiSubmit';
import { contractValidator } from '../../lib/validation';

/** Each register's saved lists: their filters, and the procedures that keep them. */
interface Registers {
  applicants: { filters: WorklistFilters; view: WorklistView };
  specialists: { filters: SpecialistListFilters; view: SpecialistListView };
}
type Register = keyof Registers;
type AnyView = WorklistView | SpecialistListView;

const PROCEDURES = {
  applicants: { list: 'worklists.list', save: 'worklists.save' },
  specialists: { list: 'worklists.specialistLists', save: 'worklists.saveSpecialistList' },
} as const;

interface MenuProps<R extends Register> {
  /** Which register's lists (the applicants' by default). */
  register?: R;
  getCurrent(): Registers[R]['filters'];
  onApply(list: Registers[R]['view']): void;
}

/**
 * "My lists": the signed-in user's saved searches of one register. Choosing one applies its
 * search, sort and filters; "Save list" stores the current ones under a name (the same name
 * replaces).
 */
export const WorklistMenu = memo(function WorklistMenu<R extends Register = 'applicants'>(
  props: MenuProps<R>,
) {
  const { t } = useTranslation();
  const register: Register = props.register ?? 'applicants';
  const [lists, setLists] = useState<AnyView[]>([]);
  const [saving, setSaving] = useState(false);
  const reload = useCallback(() => {
    call(PROCEDURES[register].list, {})
      .then((l: AnyView[]) => setLists(l))
      .catch(() => setLists([]));
  }, [register]);
  useEffect(reload, [reload]);

  const remove = async (list: AnyView) => {
    await call('worklists.remove', { id: list.id });
    notifications.show({ message: t('worklists.removed', { name: list.name }) });
    reload();
  };

  return (
    <Group gap="xs">
      <Menu position="bottom-start" width={320} withinPortal>
        <Menu.Target>
          <Button
            variant="subtle"
            size="xs"
            leftSection={<IconBookmark size={14} />}
            data-testid="worklists-open"
          >
            {t('worklists.mine')}
            {lists.length > 0 ? ` (${lists.length})` : ''}
          </Button>
        </Menu.Target>
        <Menu.Dropdown data-testid="worklists-menu">
          {lists.length === 0 && (
            <Text size="sm" c="dimmed" p="xs">
              {t('worklists.empty')}
            </Text>
          )}
          {lists.map((list) => (
            <Group key={list.id} gap={0} wrap="nowrap">
              <Menu.Item
                onClick={() => props.onApply(list as Registers[R]['view'])}
                data-testid="worklist-item"
              >
                {list.name}
              </Menu.Item>
              <ActionIcon
                variant="subtle"
                color="red"
                aria-label={t('worklists.remove', { name: list.name })}
                onClick={() => void remove(list)}
                data-testid="worklist-remove"
              >
                <IconTrash size={14} />
              </ActionIcon>
            </Group>
          ))}
        </Menu.Dropdown>
      </Menu>
      <Button
        variant="subtle"
        size="xs"
        leftSection={<IconBookmarkPlus size={14} />}
        onClick={() => setSaving(true)}
        data-testid="worklist-save"
      >
        {t('worklists.save')}
      </Button>
      {saving && (
        <SaveModal
          register={register}
          filters={props.getCurrent()}
          onClose={() => setSaving(false)}
          onSaved={(list) => {
            setSaving(false);
            notifications.show({ color: 'teal', message: t('worklists.saved', { name: list.name }) });
            reload();
          }}
        />
      )}
    </Group>
  );
}) as <R extends Register = 'applicants'>(props: MenuProps<R>) => React.JSX.Element;

function SaveModal(props: {
  register: Register;
  filters: WorklistFilters | SpecialistListFilters;
  onClose(): void;
  onSaved(list: AnyView): void;
}) {
  const { t, i18n } = useTranslation();
  const procedure = PROCEDURES[props.register].save;
  const validate = contractValidator<{ name: string; filters: object }>(
    contract[procedure].input,
    () => i18n.language,
  );
  const form = useForm({
    validateInputOnBlur: true,
    initialValues: { name: '', filters: props.filters },
    validate,
  });
  const input = limitedInputs(form.getInputProps, contract[procedure].input);
  const { busy, error, run } = useApiSubmit(form.setErrors);
  const submit = form.onSubmit((v) =>
    run(async () => {
      props.onSaved(await call(procedure, v as never));
    }),
  );
  return (
    <FormModal
      title={t('worklists.saveTitle')}
      size="md"
      onClose={props.onClose}
      onSubmit={submit}
      busy={busy}
      error={error}
    >
      <Text size="sm" c="dimmed">
        {t('worklists.saveHint')}
      </Text>
      <TextInput
        label={t('worklists.name')}
        placeholder={t('worklists.namePlaceholder')}
        withAsterisk
        data-autofocus
        {...input('name')}
        data-testid="worklist-name"
      />
    </FormModal>
  );
}
