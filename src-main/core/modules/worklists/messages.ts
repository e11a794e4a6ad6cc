import { defineMessages } from '../../api/define-messages';

// This module's error texts, validation issues and field names in kk, ru and en (combined in
// api/messages.ts; the router answers every door in the caller's language with them).

export const worklistsMessages = defineMessages({
  kk: {
    fields: {
      filters: 'Сүзгілер',
      name: 'Атауы',
    },
  },
  ru: {
    fields: {
      filters: 'Фильтры',
      name: 'Название',
    },
  },
  en: {
    fields: {
      filters: 'Filters',
      name: 'Name',
    },
  },
});
