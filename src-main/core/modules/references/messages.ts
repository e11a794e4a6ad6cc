import { defineMessages } from '../../api/define-messages';

// This module's validation issues and field names in kk, ru and en.

export const referencesMessages = defineMessages({
  kk: {
    issues: {
      formsRequired: 'кемінде бір нысанды таңдаңыз',
      serviceCodeTaken: 'мұндай коды бар қызмет каталогта бар',
      serviceCodeFixed: 'қызметтің коды өзгермейді (шешімдер мен жоспарлар оны сақтайды)',
      formCode: 'код: кіші латын әріптері, цифрлар және «_», әріптен басталады',
      formCodeTaken: 'мұндай коды бар нысан бар',
      formCodeBuiltIn: 'Кодекстің нысанының коды өзгермейді (істер мен іс-шаралар оны сақтайды)',
      unknownForm: 'нысан анықтамалықта жоқ немесе қолданылмайды (Әкімшілік → Баптаулар → Қызмет нысандары)',
    },
    fields: {
      ssuType: 'АӘҚ түрі',
      forms: 'Нысандар',
      unit: 'Өлшем бірлігі',
      maxVolume: 'Ең көп көлем',
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
      formsRequired: 'выберите хотя бы одну форму',
      serviceCodeTaken: 'услуга с таким кодом уже есть в каталоге',
      serviceCodeFixed: 'код услуги не меняется (его хранят решения и планы)',
      formCode: 'код: строчные латинские буквы, цифры и «_», начинается с буквы',
      formCodeTaken: 'форма с таким кодом уже есть',
      formCodeBuiltIn: 'код формы из Кодекса не меняется (его хранят дела и мероприятия)',
      unknownForm:
        'формы нет в справочнике или она не применяется (Администрирование → Настройки → Формы предоставления)',
    },
    fields: {
      ssuType: 'Вид ССУ',
      forms: 'Формы',
      unit: 'Единица',
      maxVolume: 'Наибольший объём',
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
      formsRequired: 'choose at least one form',
      serviceCodeTaken: 'a service with this code is already in the catalogue',
      serviceCodeFixed: 'a service’s code does not change (decisions and plans store it)',
      formCode: 'code: lower-case latin letters, digits and "_", starting with a letter',
      formCodeTaken: 'a form with this code already exists',
      formCodeBuiltIn: "a Code form's code does not change (cases and measures store it)",
      unknownForm:
        'the form is not in the reference list or no longer offered (Administration → Settings → Forms of provision)',
    },
    fields: {
      ssuType: 'SSU type',
      forms: 'Forms',
      unit: 'Unit',
      maxVolume: 'Largest volume',
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
