import { defineMessages } from '../../api/define-messages';

// This module's error texts, validation issues and field names in kk, ru and en (combined in
// api/messages.ts; the router answers every door in the caller's language with them).

export const auditMessages = defineMessages({
  kk: {
    fields: {
      from: 'Кезеңнің басы',
      to: 'Кезеңнің соңы',
    },
  },
  ru: {
    fields: {
      from: 'Начало периода',
      to: 'Конец периода',
    },
  },
  en: {
    fields: {
      from: 'Period start',
      to: 'Period end',
    },
  },
});
