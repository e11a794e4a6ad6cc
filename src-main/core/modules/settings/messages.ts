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
      akimatKk: 'Әкімдік (қазақша)',
      akimatRu: 'Әкімдік (орысша)',
      headName: 'Басшының аты-жөні',
      headPositionKk: 'Басшының лауазымы (қазақша)',
      headPositionRu: 'Басшының лауазымы (орысша)',
      reexamDays: 'Қайта куәландыруға дейін, күн',
      iprDays: 'Бағдарламаның аяқталуына дейін, күн',
      portalDays: 'Портал мерзіміне дейін, күн',
      assistantForChildrenGroupI: 'I топтағы балаларға жеке көмекші',
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
      akimatKk: 'Акимат (казахский)',
      akimatRu: 'Акимат (русский)',
      headName: 'ФИО руководителя',
      headPositionKk: 'Должность руководителя (казахский)',
      headPositionRu: 'Должность руководителя (русский)',
      reexamDays: 'До переосвидетельствования, дней',
      iprDays: 'До окончания программы, дней',
      portalDays: 'До срока портала, дней',
      assistantForChildrenGroupI: 'Индивидуальный помощник детям с I группой',
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
      akimatKk: 'Akimat (Kazakh)',
      akimatRu: 'Akimat (Russian)',
      headName: 'Head of office',
      headPositionKk: 'Head’s position (Kazakh)',
      headPositionRu: 'Head’s position (Russian)',
      reexamDays: 'Before re-examination, days',
      iprDays: 'Before the programme ends, days',
      portalDays: 'Before the portal deadline, days',
      assistantForChildrenGroupI: 'Individual assistant for children with group I',
    },
  },
});
