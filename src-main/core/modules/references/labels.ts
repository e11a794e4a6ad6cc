import { defineLabels } from '../../api/define-labels';
import { PERIODICITIES, SERVICE_UNITS } from './domain';

export const referencesLabels = defineLabels(
  { serviceUnit: SERVICE_UNITS, periodicity: PERIODICITIES },
  {
    kk: {
      serviceUnit: { service: 'қызмет', hour: 'сағат', visit: 'бару', day: 'күн' },
      periodicity: { once: 'бір рет', daily: 'күніне', weekly: 'аптасына', monthly: 'айына' },
    },
    ru: {
      serviceUnit: { service: 'услуга', hour: 'час', visit: 'посещение', day: 'день' },
      periodicity: { once: 'однократно', daily: 'в день', weekly: 'в неделю', monthly: 'в месяц' },
    },
    en: {
      serviceUnit: { service: 'service', hour: 'hour', visit: 'visit', day: 'day' },
      periodicity: { once: 'once', daily: 'a day', weekly: 'a week', monthly: 'a month' },
    },
  },
);
