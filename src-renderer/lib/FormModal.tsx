import { Alert, Button, Group, Modal, Stack } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** A modal around a form: fields, the top error, cancel and save. */
export function FormModal(props: {
  title: string;
  onClose(): void;
  onSubmit(e?: React.FormEvent<HTMLFormElement>): void;
  busy: boolean;
  error: string | null;
  size?: string;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <Modal opened onClose={props.onClose} title={props.title} size={props.size ?? 'lg'}>
      <form onSubmit={props.onSubmit} noValidate>
        <Stack>
          {props.children}
          {props.error && <Alert color="red">{props.error}</Alert>}
          <Group justify="flex-end">
            {/* No blur on press: a field validated on blur would show its error and shift the
                layout under the pointer, so the first press on Cancel would miss. */}
            <Button
              variant="default"
              onMouseDown={(e) => e.preventDefault()}
              onClick={props.onClose}
              data-testid="modal-cancel"
            >
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={props.busy} data-testid="modal-save">
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
