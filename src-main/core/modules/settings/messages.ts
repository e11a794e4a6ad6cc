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
      reexamDays: 'Қайта куәландыру',
      iprDays: 'Бағдарлама аяқталуы',
      portalDays: 'Порталдағы тапсырыс',
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
      reexamDays: 'Переосвидетельствование',
      iprDays: 'Окончание ИПАР',
      portalDays: 'Заказ на портале',
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
      reexamDays: 'Re-examination',
      iprDays: 'Programme end',
      portalDays: 'Portal order',
      assistantForChildrenGroupI: 'Individual assistant for children with group I',
    },
  },
});
