import { defineMessages } from '../../api/define-messages';

// The words a legacy register's problems use (the rest are the registry's own and the common ones).

export const registryImportMessages = defineMessages({
  kk: {
    errors: {},
    issues: {
      unknownChoice: 'мұндай мән тізімде жоқ',
      samePersonInFile: 'осы аты-жөні мен туған күні бар адам файлда {n}-жолда бар',
      similarRegistered: 'осы аты-жөні мен туған күні бар адам тізілімде тіркелген',
      katoOutsideDistrict: 'ҚАТО коды бұл ауданға ({n}…) жатпайды',
    },
    fields: {
      sha256: 'Файлдың SHA-256',
      sheet: 'Парақ',
      disabilities: 'Мүгедектік жазбалары',
      layout: 'Файл құрылымы',
    },
  },
  ru: {
    errors: {},
    issues: {
      unknownChoice: 'такого значения нет в списке',
      samePersonInFile: 'человек с тем же ФИО и датой рождения уже есть в строке {n} файла',
      similarRegistered: 'человек с тем же ФИО и датой рождения уже зарегистрирован',
      katoOutsideDistrict: 'код КАТО не относится к этому району ({n}…)',
    },
    fields: {
      sha256: 'SHA-256 файла',
      sheet: 'Лист',
      disabilities: 'Записи об инвалидности',
      layout: 'Структура файла',
    },
  },
  en: {
    errors: {},
    issues: {
      unknownChoice: 'no such value in the list',
      samePersonInFile: 'a person with the same name and birth date is in row {n} of the file',
      similarRegistered: 'a person with the same name and birth date is already registered',
      katoOutsideDistrict: 'the KATO code is outside this district ({n}…)',
    },
    fields: {
      sha256: 'File SHA-256',
      sheet: 'Sheet',
      disabilities: 'Disability records',
      layout: 'File layout',
    },
  },
});
