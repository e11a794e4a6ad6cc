import { defineLabels } from '../../api/define-labels';
import { PROVIDER_KINDS } from './domain';

export const providersLabels = defineLabels(
  { providerKind: PROVIDER_KINDS },
  {
    kk: {
      providerKind: {
        state_centre: 'Мемлекеттік орталық',
        ngo: 'Үкіметтік емес ұйым',
        private: 'Жеке меншік ұйым',
        individual_entrepreneur: 'Жеке кәсіпкер',
      },
    },
    ru: {
      providerKind: {
        state_centre: 'Государственный центр',
        ngo: 'Неправительственная организация',
        private: 'Частная организация',
        individual_entrepreneur: 'Индивидуальный предприниматель',
      },
    },
    en: {
      providerKind: {
        state_centre: 'State centre',
        ngo: 'Non-governmental organisation',
        private: 'Private organisation',
        individual_entrepreneur: 'Individual entrepreneur',
      },
    },
  },
);
