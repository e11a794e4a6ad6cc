import { type UseFormReturnType, useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { contract, type Output, type ProcedureName } from '../../src-main/core/api/contract';
import { call } from '../api/client';
import { blankToNull } from './blank';
import { FormModal } from './FormModal';
import { limitedInputs } from './limits';
import { useApiSubmit } from './useApiSubmit';
import { contractValidator } from './validation';

/**
 * A form in a modal for one write procedure: validated beside each field with the procedure's own
 * schema (the same words the server answers with), `fixed` values merged in (the record it belongs
 * to), empty text sent as null, the api's refusals shown beside their fields or at the top.
 */
export function ProcedureModal<P extends ProcedureName>(props: {
  title: string;
  procedure: P;
  fixed?: Record<string, unknown>;
  initial: Record<string, unknown>;
  /** i18n key of the notice after saving. */
  saved: string;
  size?: string;
  children(form: UseFormReturnType<Record<string, unknown>>, input: (field: string) => object): ReactNode;
  onClose(result: Output<P> | null): void;
}) {
  const { t, i18n } = useTranslation();
  const schema = contract[props.procedure].input;
  const validate = contractValidator<Record<string, unknown>>(schema, () => i18n.language);
  const toInput = (v: Record<string, unknown>) => ({ ...blankToNull(v), ...props.fixed });
  const form = useForm<Record<string, unknown>>({
    initialValues: props.initial,
    validateInputOnBlur: true,
    validate: (v) => validate(toInput(v)),
  });
  const input = limitedInputs(form.getInputProps, schema as never);
  const { busy, error, run } = useApiSubmit(form.setErrors, undefined, Object.keys(form.values));
  const submit = form.onSubmit((v) =>
    run(async () => {
      const result = await call(props.procedure, toInput(v) as never);
      notifications.show({ color: 'teal', message: t(props.saved) });
      props.onClose(result as Output<P>);
    }),
  );
  return (
    <FormModal
      title={props.title}
      onClose={() => props.onClose(null)}
      onSubmit={submit}
      busy={busy}
      error={error}
      size={props.size}
    >
      {props.children(form, input as (field: string) => object)}
    </FormModal>
  );
}
