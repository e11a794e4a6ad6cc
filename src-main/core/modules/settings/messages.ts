import { defineMessages } from '../../api/define-messages';

// This module's error texts, validation issues and field names in kk, ru and en (combined in
// api/messages.ts; the router answers every door in the caller's language with them).

export const settingsMessages = defineMessages({
  kk: {
    fields: {
      lockoutAttempts: 'Бұғаттауға дейінгі әрекеттер',
      lockoutMinutes: 'Бұғаттау ұзақтығы, мин',
      intervalHours: 'Көшірме аралығы, сағ',
      keepRecent: 'Бүгінгі көшірмелер',
      keepDaily: 'Күнделікті көшірмелер, күн',
      keepMax: 'Барлығы ең көп',
    },
  },
  ru: {
    fields: {
      lockoutAttempts: 'Попыток до блокировки',
      lockoutMinutes: 'Длительность блокировки, мин',
      intervalHours: 'Интервал копий, ч',
      keepRecent: 'Копий за сегодня',
      keepDaily: 'Ежедневных копий, дней',
      keepMax: 'Всего не более',
    },
  },
  en: {
    fields: {
      lockoutAttempts: 'Attempts before lockout',
      lockoutMinutes: 'Lockout length, min',
      intervalHours: 'Backup interval, h',
      keepRecent: 'Copies from today',
      keepDaily: 'Daily copies, days',
      keepMax: 'At most in all',
    },
  },
});
