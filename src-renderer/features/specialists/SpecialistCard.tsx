import {
  Alert,
  Anchor,
  Badge,
  Button,
  Group,
  Loader,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconArrowLeft } from '@tabler/icons-react';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import {
  categoryInput,
  certificateInput,
  type Input,
  type Output,
} from '../../../src-main/core/api/contract';
import { ApiCallError, call } from '../../api/client';
import { useLatestAnswer } from '../../api/useLatestAnswer';
import { useCan } from '../../app/permissions';
import { DateField } from '../../lib/DateField';
import { FormModal } from '../../lib/FormModal';
import { formatDate } from '../../lib/format';
import { limitedInputs } from '../../lib/limits';
import { useApiSubmit } from '../../lib/useApiSubmit';
import { contractValidator } from '../../lib/validation';
import { CertBadge, SpecialistModal } from './SpecialistsPage';

// A specialist's card: the record, certificates of the independent assessment (newest end
// first, removed ones struck through with their reason) and qualification categories, and the
// active case load. An administrator adds certificates and categories here.

type Card = Output<'specialists.card'>;

function CertificateModal({
  specialistId,
  onClose,
}: {
  specialistId: string;
  onClose(saved: boolean): void;
}) {
  const { t, i18n } = useTranslation();
  const validate = contractValidator<Record<string, unknown>>(certificateInput, () => i18n.language);
  const toInput = (v: Record<string, unknown>) => ({ ...v, specialistId });
  const form = useForm<Record<string, unknown>>({
    initialValues: { number: '', issuer: '', issuedOn: '', validUntil: '', scope: '' },
    validateInputOnBlur: true,
    validate: (v) => validate(toInput(v)),
  });
  const input = limitedInputs(form.getInputProps, certificateInput);
  const { busy, error, run } = useApiSubmit(form.setErrors, undefined, Object.keys(form.values));
  const submit = form.onSubmit((v) =>
    run(async () => {
      await call('specialists.addCertificate', toInput(v) as Input<'specialists.addCertificate'>);
      notifications.show({ color: 'teal', message: t('specialists.certSaved') });
      onClose(true);
    }),
  );
  return (
    <FormModal
      title={t('specialists.addCertificate')}
      onClose={() => onClose(false)}
      onSubmit={submit}
      busy={busy}
      error={error}
    >
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput
          label={t('specialists.certNumber')}
          withAsterisk
          {...input('number')}
          data-testid="cert-number"
        />
        <TextInput
          label={t('specialists.certIssuer')}
          withAsterisk
          {...input('issuer')}
          data-testid="cert-issuer"
        />
        <DateField
          label={t('specialists.certIssuedOn')}
          withAsterisk
          {...form.getInputProps('issuedOn')}
          data-testid="cert-issuedOn"
        />
        <DateField
          label={t('specialists.certValidUntil')}
          withAsterisk
          {...form.getInputProps('validUntil')}
          data-testid="cert-validUntil"
        />
      </SimpleGrid>
      <TextInput label={t('specialists.certScope')} {...input('scope')} />
    </FormModal>
  );
}

function CategoryModal({ specialistId, onClose }: { specialistId: string; onClose(saved: boolean): void }) {
  const { t, i18n } = useTranslation();
  const { data: categories } = useLatestAnswer('specialists.categories', {});
  const validate = contractValidator<Record<string, unknown>>(categoryInput, () => i18n.language);
  const toInput = (v: Record<string, unknown>) => ({ ...v, specialistId });
  const form = useForm<Record<string, unknown>>({
    initialValues: { categoryCode: '', orderNo: '', assignedOn: '', validUntil: '' },
    validateInputOnBlur: true,
    validate: (v) => validate(toInput(v)),
  });
  const input = limitedInputs(form.getInputProps, categoryInput);
  const { busy, error, run } = useApiSubmit(form.setErrors, undefined, Object.keys(form.values));
  const submit = form.onSubmit((v) =>
    run(async () => {
      await call('specialists.addCategory', toInput(v) as Input<'specialists.addCategory'>);
      notifications.show({ color: 'teal', message: t('specialists.categorySaved') });
      onClose(true);
    }),
  );
  return (
    <FormModal
      title={t('specialists.addCategory')}
      onClose={() => onClose(false)}
      onSubmit={submit}
      busy={busy}
      error={error}
    >
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Select
          label={t('specialists.category')}
          data={(categories ?? [])
            .filter((c) => c.active)
            .map((c) => ({
              value: c.code,
              label: `${i18n.language === 'kk' ? c.nameKk : c.nameRu} (${t('specialists.years', { count: c.validityYears })})`,
            }))}
          withAsterisk
          {...form.getInputProps('categoryCode')}
        />
        <TextInput label={t('specialists.orderNo')} withAsterisk {...input('orderNo')} />
        <DateField label={t('specialists.assignedOn')} withAsterisk {...form.getInputProps('assignedOn')} />
        <DateField
          label={t('specialists.categoryUntil')}
          description={t('specialists.categoryUntilHint')}
          {...form.getInputProps('validUntil')}
        />
      </SimpleGrid>
    </FormModal>
  );
}

export function SpecialistCard() {
  const { t, i18n } = useTranslation();
  const { id = '' } = useParams();
  const can = useCan();
  const admin = can('specialists.addCertificate');
  const [card, setCard] = useState<Card | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [open, setOpen] = useState<'cert' | 'category' | 'edit' | null>(null);
  const { data: categories } = useLatestAnswer('specialists.categories', {});
  const load = useCallback(() => {
    call('specialists.card', { id }).then(setCard, (err) =>
      setError(err instanceof ApiCallError ? err.message : t('errors.network')),
    );
  }, [id, t]);
  useEffect(load, [load]);
  if (error) return <Alert color="red">{error}</Alert>;
  if (!card) return <Loader size="sm" />;
  const s = card.specialist;
  const categoryName = (code: string) => {
    const c = categories?.find((x) => x.code === code);
    return c ? (i18n.language === 'kk' ? c.nameKk : c.nameRu) : code;
  };
  const closed = (saved: boolean) => {
    setOpen(null);
    if (saved) load();
  };
  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-start">
        <div>
          <Title order={1} size="h2" data-testid="spec-card-name">
            {[s.lastName, s.firstName, s.patronymic].filter(Boolean).join(' ')}
          </Title>
          <Text c="dimmed" size="sm">
            {s.iin} · {t(`enums.specialistPosition.${s.position}`)}
          </Text>
        </div>
        <Group gap="sm">
          {can('specialists.save') && (
            <Button size="xs" variant="light" onClick={() => setOpen('edit')} data-testid="spec-edit">
              {t('specialists.edit')}
            </Button>
          )}
          <Anchor component={Link} to="/specialists" size="sm">
            <Group gap={4}>
              <IconArrowLeft size={14} />
              <Text span size="sm">
                {t('specialists.back')}
              </Text>
            </Group>
          </Anchor>
        </Group>
      </Group>
      <Paper withBorder p="md" radius="md">
        <Group gap="xl" align="flex-start">
          <CertBadge s={s} />
          <Stack gap={2}>
            <Text size="xs" c="dimmed">
              {t('specialists.activeCases')}
            </Text>
            <Text fw={600} data-testid="spec-active-cases">
              {card.activeCases}
            </Text>
          </Stack>
          <Stack gap={2}>
            <Text size="xs" c="dimmed">
              {t('specialists.publication')}
            </Text>
            <Text size="sm">
              {s.publishConsent ? t('specialists.published') : t('specialists.notPublished')}
            </Text>
          </Stack>
        </Group>
      </Paper>
      <Paper withBorder p="md" radius="md" data-testid="spec-certificates">
        <Group justify="space-between" mb="sm">
          <Title order={2} size="h4">
            {t('specialists.certificates')}
          </Title>
          {admin && (
            <Button size="xs" variant="light" onClick={() => setOpen('cert')} data-testid="cert-add">
              {t('specialists.addCertificate')}
            </Button>
          )}
        </Group>
        {card.certificates.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('specialists.noCertificates')}
          </Text>
        ) : (
          <Table striped withTableBorder>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('specialists.certNumber')}</Table.Th>
                <Table.Th>{t('specialists.certIssuer')}</Table.Th>
                <Table.Th>{t('specialists.certIssuedOn')}</Table.Th>
                <Table.Th>{t('specialists.certValidUntil')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {card.certificates.map((c) => (
                <Table.Tr key={c.id} style={c.removedAt ? { textDecoration: 'line-through' } : undefined}>
                  <Table.Td>{c.number}</Table.Td>
                  <Table.Td>
                    {c.issuer}
                    {c.removeReason && (
                      <Text size="xs" c="dimmed" style={{ textDecoration: 'none' }}>
                        {t('specialists.removed', { reason: c.removeReason })}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>{formatDate(c.issuedOn, i18n.language)}</Table.Td>
                  <Table.Td>{formatDate(c.validUntil, i18n.language)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Paper>
      <Paper withBorder p="md" radius="md">
        <Group justify="space-between" mb="sm">
          <Title order={2} size="h4">
            {t('specialists.categories')}
          </Title>
          {admin && (
            <Button size="xs" variant="light" onClick={() => setOpen('category')}>
              {t('specialists.addCategory')}
            </Button>
          )}
        </Group>
        {card.categories.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('specialists.noCategories')}
          </Text>
        ) : (
          <Stack gap={4}>
            {card.categories.map((c) => (
              <Group key={c.id} gap="xs">
                <Badge variant="light" style={{ minWidth: 'max-content' }}>
                  {categoryName(c.categoryCode)}
                </Badge>
                <Text size="sm">
                  {c.orderNo} · {formatDate(c.assignedOn, i18n.language)} —{' '}
                  {formatDate(c.validUntil, i18n.language)}
                </Text>
              </Group>
            ))}
          </Stack>
        )}
      </Paper>
      {open === 'cert' && <CertificateModal specialistId={s.id} onClose={closed} />}
      {open === 'category' && <CategoryModal specialistId={s.id} onClose={closed} />}
      {open === 'edit' && <SpecialistModal item={s} onClose={closed} />}
    </Stack>
  );
}
