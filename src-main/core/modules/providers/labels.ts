import { defineLabels } from '../../api/define-labels';
import { COST_ITEMS, PROVIDER_KINDS, TARIFF_CATEGORIES } from './domain';

export const providersLabels = defineLabels(
  { providerKind: PROVIDER_KINDS, tariffCategory: TARIFF_CATEGORIES, costItem: COST_ITEMS },
  {
    kk: {
      tariffCategory: {
        adult_disability: 'Мүгедектігі бар ересектер',
        child_disability: 'Мүгедектігі бар балалар',
        elderly: 'Егде жастағы адамдар',
        other: 'Басқа адамдар',
      },
      costItem: {
        wages: 'Еңбекақы',
        allowances: 'Үстемеақылар',
        utilities: 'Коммуналдық қызметтер',
        rent: 'Жалдау',
        fuel: 'Жанармай',
        is_support: 'Ақпараттық жүйені сүйемелдеу',
        other: 'Басқа шығындар',
      },
      providerKind: {
        state_centre: 'Мемлекеттік орталық',
        ngo: 'Үкіметтік емес ұйым',
        private: 'Жеке меншік ұйым',
        individual_entrepreneur: 'Жеке кәсіпкер',
      },
    },
    ru: {
      tariffCategory: {
        adult_disability: 'Взрослые с инвалидностью',
        child_disability: 'Дети с инвалидностью',
        elderly: 'Пожилые',
        other: 'Другие лица',
      },
      costItem: {
        wages: 'Оплата труда',
        allowances: 'Надбавки',
        utilities: 'Коммунальные услуги',
        rent: 'Аренда',
        fuel: 'ГСМ',
        is_support: 'Сопровождение информационной системы',
        other: 'Прочие расходы',
      },
      providerKind: {
        state_centre: 'Государственный центр',
        ngo: 'Неправительственная организация',
        private: 'Частная организация',
        individual_entrepreneur: 'Индивидуальный предприниматель',
      },
    },
    en: {
      tariffCategory: {
        adult_disability: 'Adults with disabilities',
        child_disability: 'Children with disabilities',
        elderly: 'Elderly people',
        other: 'Other people',
      },
      costItem: {
        wages: 'Wages',
        allowances: 'Allowances',
        utilities: 'Utilities',
        rent: 'Rent',
        fuel: 'Fuel',
        is_support: 'Information system support',
        other: 'Other costs',
      },
      providerKind: {
        state_centre: 'State centre',
        ngo: 'Non-governmental organisation',
        private: 'Private organisation',
        individual_entrepreneur: 'Individual entrepreneur',
      },
    },
  },
);
