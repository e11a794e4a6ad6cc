import { ActionIcon, Popover, TextInput, type TextInputProps } from '@mantine/core';
import { DatePicker, type DatePickerProps } from '@mantine/dates';
import { IconCalendar } from '@tabler/icons-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isoToTyped, typedToIso } from './dates';

/**
 * A date typed as DD.MM.YYYY (or D.M.YYYY, with dots, slashes, dashes or spaces) or picked from
 * the calendar, held by the form as ISO text ('' when empty). What was typed is never thrown
 * away: a day that does not exist (31.02.2021), one out of the allowed range (a birth date in
 * the future) or an unfinished one stays in the field as typed, the form gets it as it is, and
 * the contract's own rule refuses it with its message beside the field, so Save cannot succeed
 * with an older value the user no longer sees. (Mantine's DateInput reverts such text on blur.)
 * minDate/maxDate/defaultLevel only shape the calendar; the rules are the contract's.
 */
export function DateField({
  value,
  onChange,
  minDate,
  maxDate,
  defaultLevel,
  clearable: _clearable,
  ...rest
}: Omit<TextInputProps, 'value' | 'onChange'> & {
  value?: string | null | undefined;
  onChange(v: string): void;
  minDate?: DatePickerProps['minDate'];
  maxDate?: DatePickerProps['maxDate'];
  defaultLevel?: DatePickerProps['defaultLevel'];
  /** Accepted for compatibility; the field can always be emptied. */
  clearable?: boolean;
}) {
  const { t } = useTranslation();
  const [text, setText] = useState(() => isoToTyped(value ?? ''));
  const [opened, setOpened] = useState(false);
  // The last value this field gave the form: a value coming back unchanged must not reformat
  // what is being typed; any other value (a reset, a loaded record) is shown as the date it is.
  const emitted = useRef(value ?? '');
  useEffect(() => {
    const v = value ?? '';
    if (v !== emitted.current) {
      emitted.current = v;
      setText(isoToTyped(v));
    }
  }, [value]);
  const emit = (typed: string) => {
    const v = typedToIso(typed);
    emitted.current = v;
    onChange(v);
  };
  const picked = /^\d{4}-\d{2}-\d{2}$/.test(value ?? '') ? (value as string) : null;
  return (
    // withRoles off: the target is a text box, and a textbox may not carry aria-expanded (axe).
    <Popover
      opened={opened}
      onChange={setOpened}
      position="bottom-start"
      shadow="md"
      trapFocus
      withRoles={false}
    >
      <Popover.Target>
        <TextInput
          placeholder={t('applicant.datePlaceholder')}
          inputMode="numeric"
          autoComplete="off"
          maxLength={10}
          {...rest}
          value={text}
          onChange={(e) => {
            setText(e.currentTarget.value);
            emit(e.currentTarget.value);
          }}
          rightSection={
            <ActionIcon
              variant="subtle"
              color="gray"
              aria-label={t('common.openCalendar')}
              title={t('common.openCalendar')}
              onClick={() => setOpened((o) => !o)}
            >
              <IconCalendar size={16} />
            </ActionIcon>
          }
        />
      </Popover.Target>
      <Popover.Dropdown>
        <DatePicker
          value={picked}
          defaultDate={picked ?? undefined}
          {...(minDate ? { minDate } : {})}
          {...(maxDate ? { maxDate } : {})}
          {...(defaultLevel ? { defaultLevel } : {})}
          onChange={(v) => {
            if (!v) return;
            const iso = String(v).slice(0, 10);
            setText(isoToTyped(iso));
            emit(iso);
            setOpened(false);
          }}
        />
      </Popover.Dropdown>
    </Popover>
  );
}
