import { Alert, Button, Group, List, Modal, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Output } from '../../../src-main/core/api/contract';
import { ApiCallError, call } from '../../api/client';
import { formatDate } from '../../lib/format';
import { useSsuForms } from '../../lib/ssuForms';
import type { CaseReferences } from './references';

// The head's review of a draft decision: approve it (it gets its number and can never change)
// or return it with a comment. The drafter's own drafts show why they cannot be approved here.

type Decision = Output<'casework.approveDecision'>;

export function ReviewModal({
  decision,
  caseNumber,
  personName,
  ownDraft,
  refs,
  onClose,
  onDone,
}: {
  decision: Decision;
  caseNumber: string;
  personName: string;
  ownDraft: boolean;
  refs: CaseReferences;
  onClose(): void;
  onDone(): void;
}) {
  const { t, i18n } = useTranslation();
  const ssuForms = useSsuForms();
  const [comment, setComment] = useState('');
  const [returning, setReturning] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [commentError, setCommentError] = useState<string | null>(null);
  async function act(approve: boolean) {
    if (!approve && !comment.trim()) {
      setCommentError(t('casework.review.commentRequired'));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      if (approve) {
        const d = await call('casework.approveDecision', { id: decision.id });
        notifications.show({ color: 'teal', message: t('casework.review.approved', { number: d.number }) });
      } else {
        await call('casework.returnDecision', { id: decision.id, comment });
        notifications.show({ color: 'orange', message: t('casework.review.returnedDone') });
      }
      onDone();
    } catch (err) {
      setError(
        err instanceof ApiCallError
          ? [err.message, ...Object.values(err.fields)].join(' ')
          : t('errors.network'),
      );
    } finally {
      setBusy(false);
    }
  }
  const approve = decision.kind === 'approve';
  return (
    <Modal opened onClose={onClose} size="lg" title={t('casework.review.title', { number: caseNumber })}>
      <Stack>
        <Text fw={600}>{personName}</Text>
        <Text size="sm">
          {t(`enums.decisionKind.${decision.kind}`)} ·{' '}
          {t('casework.review.draftedBy', { name: decision.draftedByName })}
        </Text>
        {approve ? (
          <Stack gap={4}>
            <Text size="sm">
              {decision.ssuTypes.map((s) => t(`enums.ssuType.${s}`)).join(', ')} ·{' '}
              {decision.form ? ssuForms.label(decision.form) : ''} ·{' '}
              {decision.volume ? t(`enums.serviceVolume.${decision.volume}`) : ''}
            </Text>
            <Text size="sm">
              {formatDate(decision.startOn, i18n.language)} — {formatDate(decision.endOn, i18n.language)}
            </Text>
            <List size="sm">
              {decision.services.map((s) => (
                <List.Item key={s.code}>
                  {refs.serviceLabel(s.code)}: {s.volume} ×{' '}
                  {t(`enums.serviceUnit.${refs.unitOf(s.code) ?? 'service'}`)}{' '}
                  {t(`enums.periodicity.${s.periodicity}`)}
                </List.Item>
              ))}
            </List>
          </Stack>
        ) : (
          <Text size="sm">
            {decision.refusalReason ? t(`enums.refusalReason.${decision.refusalReason}`) : ''}
          </Text>
        )}
        {decision.explanation && (
          <Text size="sm" c="dimmed">
            {decision.explanation}
          </Text>
        )}
        {ownDraft && (
          <Alert color="orange" data-testid="own-draft">
            {t('casework.review.ownDraft')}
          </Alert>
        )}
        {returning && (
          <Textarea
            label={t('casework.review.comment')}
            withAsterisk
            autosize
            minRows={2}
            value={comment}
            error={commentError}
            onChange={(e) => {
              setComment(e.currentTarget.value);
              setCommentError(null);
            }}
            data-testid="review-comment"
          />
        )}
        {error && <Alert color="red">{error}</Alert>}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          {returning ? (
            <Button
              color="orange"
              loading={busy}
              onClick={() => act(false)}
              data-testid="review-return-confirm"
            >
              {t('casework.review.return')}
            </Button>
          ) : (
            <Button
              variant="light"
              color="orange"
              onClick={() => setReturning(true)}
              data-testid="review-return"
            >
              {t('casework.review.return')}
            </Button>
          )}
          {!returning && (
            <Button loading={busy} disabled={ownDraft} onClick={() => act(true)} data-testid="review-approve">
              {t('casework.review.approve')}
            </Button>
          )}
        </Group>
      </Stack>
    </Modal>
  );
}
