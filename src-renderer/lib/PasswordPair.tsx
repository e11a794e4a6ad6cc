import { PasswordInput, SimpleGrid, Stack } from '@mantine/core';
import type { GetInputPropsReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { fieldMessage } from '../../src-main/core/api/messages';

// A new password and its repetition: the first run, a password change, a new user and an
// administrator's reset all ask for the pair the same way and refuse a mismatch the same way.

type InputProps = GetInputPropsReturnType;

export function PasswordPair({
  password,
  repeat,
  label,
  description,
  repeatLabel,
  testId,
  repeatTestId = `${testId}-repeat`,
  withAsterisk = false,
  side = false,
}: {
  /** `form.getInputProps(...)` of the password and of its repetition. */
  password: InputProps;
  repeat: InputProps;
  label: string;
  description?: string;
  /** Defaults to "Repeat the password". */
  repeatLabel?: string;
  /** data-testid of the first field; the second's defaults to `<testId>-repeat`. */
  testId: string;
  repeatTestId?: string;
  withAsterisk?: boolean;
  /** Side by side on wide screens instead of one under the other. */
  side?: boolean;
}) {
  const { t } = useTranslation();
  const fields = (
    <>
      <PasswordInput
        label={label}
        description={description}
        withAsterisk={withAsterisk}
        data-testid={testId}
        {...password}
      />
      <PasswordInput
        label={repeatLabel ?? t('password.repeat')}
        withAsterisk={withAsterisk}
        data-testid={repeatTestId}
        {...repeat}
      />
    </>
  );
  return side ? (
    <SimpleGrid cols={{ base: 1, sm: 2 }}>{fields}</SimpleGrid>
  ) : (
    <Stack gap="sm">{fields}</Stack>
  );
}

/** Adds the mismatch error to `errors` (unless the repeat field already has one). */
export function checkRepeat(
  errors: Record<string, string>,
  values: { password: unknown; repeat: unknown; repeatField: string },
  locale: string,
): Record<string, string> {
  if (!errors[values.repeatField] && values.password !== values.repeat) {
    errors[values.repeatField] = fieldMessage('passwordRepeat', 'passwordMismatch', locale);
  }
  return errors;
}
