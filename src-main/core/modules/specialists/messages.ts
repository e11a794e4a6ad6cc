import { defineMessages } from '../../api/define-messages';

export const specialistsMessages = defineMessages({
  kk: {
    issues: {
      specialistIinTaken: 'бұл ЖСН-мен маман тізілімде бар',
      unknownSpecialist: 'маман тізілімде жоқ немесе жұмыс істемейді',
    },
    fields: { position: 'Лауазымы' },
  },
  ru: {
    issues: {
      specialistIinTaken: 'специалист с этим ИИН уже есть в реестре',
      unknownSpecialist: 'специалиста нет в реестре или он не работает',
    },
    fields: { position: 'Должность' },
  },
  en: {
    issues: {
      specialistIinTaken: 'a specialist with this IIN is already in the register',
      unknownSpecialist: 'the specialist is not in the register or no longer works',
    },
    fields: { position: 'Position' },
  },
});
