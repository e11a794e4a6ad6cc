import { Alert, Badge, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Output } from '../../../../src-main/core/api/contract';
import { formatDate } from '../../../lib/format';

type Card = Output<'applicants.card'>;

interface DocRow {
  key: string;
  kind: string;
  number: string | null;
  date: string | null;
  note: string | null;
  /** Superseded (a replaced disability record or programme, an expired basis). */
  old?: boolean;
}

/**
 * Every paper the registry refers to for this person, gathered from the card: identity
 * document, consent, court decision on legal capacity, representatives' basis documents, MSE
 * decisions and programmes. A caseworker checking a file against the database sees them in one
 * table; the summary PDF is printed from the card's header.
 */
export function DocumentsTab({ card }: { card: Card }) {
  const { t, i18n } = useTranslation();
  const p = card.person;
  const rows: DocRow[] = [];
  if (p.docType || p.docNumber) {
    rows.push({
      key: 'identity',
      kind: p.docType ? t(`enums.docType.${p.docType}`) : t('card.docs.identity'),
      number: p.docNumber,
      date: p.docDate,
      note: p.docIssuer,
    });
  }
  if (p.consentDate) {
    rows.push({
      key: 'consent',
      kind: t('card.docs.consent'),
      number: p.consentRef,
      date: p.consentDate,
      note: p.consentForm ? t(`enums.consentForm.${p.consentForm}`) : null,
    });
  }
  if (p.capacityCourtDecision) {
    rows.push({
      key: 'court',
      kind: t('card.docs.court'),
      number: p.capacityCourtDecision,
      date: p.capacityCourtDate,
      note: t(`enums.capacity.${p.legalCapacity}`, p.sex === 'F' ? { context: 'female' } : {}),
    });
  }
  for (const r of card.representatives) {
    rows.push({
      key: `rep-${r.id}`,
      kind: t('card.docs.representative', { kind: t(`enums.representative.${r.kind}`) }),
      number: r.basisDocument,
      date: r.basisDate,
      note: r.fullName,
    });
  }
  for (const d of card.disability) {
    rows.push({
      key: `mse-${d.id}`,
      kind: t('card.docs.mse'),
      number: d.mseDecisionNo,
      date: d.establishedOn,
      note: `${t(`enums.category.${d.category}`)}${d.groupNo ? `, ${t(`enums.group.${d.groupNo}`)}` : ''}`,
      old: d.replacedAt !== null,
    });
  }
  for (const ipr of card.iprs) {
    rows.push({
      key: `ipr-${ipr.id}`,
      kind: t('card.docs.ipr'),
      number: ipr.number,
      date: ipr.issuedOn,
      note: ipr.validUntil
        ? t('card.docs.validUntil', { date: formatDate(ipr.validUntil, i18n.language) })
        : null,
      old: ipr.replacedAt !== null,
    });
  }
  if (rows.length === 0) {
    return (
      <Alert color="gray" variant="light" data-testid="card-documents-empty">
        {t('card.docs.empty')}
      </Alert>
    );
  }
  return (
    <Table striped withTableBorder data-testid="card-documents">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('card.docs.kind')}</Table.Th>
          <Table.Th>{t('card.docs.number')}</Table.Th>
          <Table.Th>{t('card.docs.date')}</Table.Th>
          <Table.Th>{t('card.docs.note')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((r) => (
          <Table.Tr key={r.key} c={r.old ? 'dimmed' : undefined}>
            <Table.Td>
              {r.kind}{' '}
              {r.old && (
                <Badge size="xs" variant="light" color="gray">
                  {t('card.docs.replaced')}
                </Badge>
              )}
            </Table.Td>
            <Table.Td>{r.number || '—'}</Table.Td>
            <Table.Td>{formatDate(r.date, i18n.language)}</Table.Td>
            <Table.Td>
              <Text size="sm">{r.note || '—'}</Text>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
