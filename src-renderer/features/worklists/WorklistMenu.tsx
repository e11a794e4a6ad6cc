import { ActionIcon, Button, Group, Menu, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconBookmark, IconBookmarkPlus, IconTrash } from '@tabler/icons-react';
import { memo, useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { contract, type WorklistFilters, type WorklistView } from '../../../src-main/core/api/contract';
import { call } from '../../api/client';
import { FormModal } from '../../lib/FormModal';
import { limitedInputs } from '../../lib/limits';
import { useApiSubmit } from '../../lib/useApiSubmit';
import { contractValidator } from '../../lib/validation';

/**
 * "My lists": the signed-in user's saved searches. Choosing one applies its search, sex, sort
 * and filters; "Save list" stores the current ones under a name (the same name replaces).
 */
export const WorklistMenu = memo(function WorklistMenu(props: {
  getCurrent(): WorklistFilters;
  onApply(list: WorklistView): void;
}) {
  const { t } = useTranslation();
  const [lists, setLists] = useState<WorklistView[]>([]);
  const [saving, setSaving] = useState(false);
  const reload = useCallback(() => {
    call('worklists.list', {})
      .then(setLists)
      .catch(() => setLists([]));
  }, []);
  useEffect(reload, [reload]);

  const remove = async (list: WorklistView) => {
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
              <Menu.Item onClick={() => props.onApply(list)} data-testid="worklist-item">
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
});

function SaveModal(props: { filters: WorklistFilters; onClose(): void; onSaved(list: WorklistView): void }) {
  const { t, i18n } = useTranslation();
  const validate = contractValidator<{ name: string; filters: WorklistFilters }>(
    contract['worklists.save'].input,
    () => i18n.language,
  );
  const form = useForm({
    validateInputOnBlur: true,
    initialValues: { name: '', filters: props.filters },
    validate,
  });
  const input = limitedInputs(form.getInputProps, contract['worklists.save'].input);
  const { busy, error, run } = useApiSubmit(form.setErrors);
  const submit = form.onSubmit((v) =>
    run(async () => {
      props.onSaved(await call('worklists.save', v));
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
