import { defineMessages } from '../../api/define-messages';

// This module's error texts, validation issues and field names in kk, ru and en (combined in
// api/messages.ts; the router answers every door in the caller's language with them).

export const worklistsMessages = defineMessages({
  kk: {
    fields: {
      filters: 'Сүзгілер',
      register: 'Тізілім',
      name: 'Атауы',
    },
  },
  ru: {
    fields: {
      filters: 'Фильтры',
      register: 'Реестр',
      name: 'Название',
    },
  },
  en: {
    fields: {
      filters: 'Filters',
      register: 'Register',
      name: 'Name',
    },
  },
});
