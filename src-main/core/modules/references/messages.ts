import { defineMessages } from '../../api/define-messages';

// This module's validation issues and field names in kk, ru and en.

export const referencesMessages = defineMessages({
  kk: {
    issues: {
      formCode: 'код: кіші латын әріптері, цифрлар және «_», әріптен басталады',
      formCodeTaken: 'мұндай коды бар нысан бар',
      formCodeBuiltIn: 'Кодекстің нысанының коды өзгермейді (істер мен іс-шаралар оны сақтайды)',
      unknownForm: 'нысан анықтамалықта жоқ немесе қолданылмайды (Әкімшілік → Баптаулар → Қызмет нысандары)',
    },
    fields: {
      code: 'Коды',
      nameKk: 'Атауы (қазақша)',
      nameRu: 'Атауы (орысша)',
      nameEn: 'Атауы (ағылшынша)',
      basis: 'Негізі (құқықтық акт)',
      active: 'Қолданылады',
      sortOrder: 'Реті',
    },
  },
  ru: {
    issues: {
      formCode: 'код: строчные латинские буквы, цифры и «_», начинается с буквы',
      formCodeTaken: 'форма с таким кодом уже есть',
      formCodeBuiltIn: 'код формы из Кодекса не меняется (его хранят дела и мероприятия)',
      unknownForm:
        'формы нет в справочнике или она не применяется (Администрирование → Настройки → Формы предоставления)',
    },
    fields: {
      code: 'Код',
      nameKk: 'Название (казахский)',
      nameRu: 'Название (русский)',
      nameEn: 'Название (английский)',
      basis: 'Основание (правовой акт)',
      active: 'Применяется',
      sortOrder: 'Порядок',
    },
  },
  en: {
    issues: {
      formCode: 'code: lower-case latin letters, digits and "_", starting with a letter',
      formCodeTaken: 'a form with this code already exists',
      formCodeBuiltIn: "a Code form's code does not change (cases and measures store it)",
      unknownForm:
        'the form is not in the reference list or no longer offered (Administration → Settings → Forms of provision)',
    },
    fields: {
      code: 'Code',
      nameKk: 'Name (Kazakh)',
      nameRu: 'Name (Russian)',
      nameEn: 'Name (English)',
      basis: 'Basis (legal act)',
      active: 'Offered',
      sortOrder: 'Order',
    },
  },
});
