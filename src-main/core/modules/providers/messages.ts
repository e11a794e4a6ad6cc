import { defineMessages } from '../../api/define-messages';

declare module '../../errors' {
  interface ErrorCodes {
    PROVIDER_UNRELIABLE: true;
  }
}

export const providersMessages = defineMessages({
  kk: {
    errors: {
      PROVIDER_UNRELIABLE:
        'Жеткізуші комиссия шешімімен ({decision}) жосықсыз жеткізушілер тізіміне енгізілген: оны {until} дейін таңдауға және оған жолдама беруге болмайды (ӘК 167-бап).',
    },
    issues: {
      binFormat: 'БСН 12 цифрдан тұрады',
      binChecksum: 'БСН бақылау цифры сәйкес емес',
      binMonth: 'БСН-нің 3–4 цифрлары — тіркелген ай (01–12)',
      binType: 'БСН-нің 5-цифры — заңды тұлға түрі (4, 5 немесе 6)',
      binAttribute: 'БСН-нің 6-цифры — белгі (0 бас ұйым, 1 филиал, 2 өкілдік, 3 шаруа қожалығы)',
      providerUnreliable: 'қызмет көрсетуші жосықсыз жеткізушілер тізімінде',
      emailFormat: 'электрондық пошта мекенжайы дұрыс емес',
      binTaken: 'бұл БСН-мен қызмет көрсетуші тізілімде бар',
      unknownProvider: 'қызмет көрсетуші тізілімде жоқ немесе жұмыс істемейді',
    },
    fields: {
      bin: 'БСН (ЖК үшін ЖСН)',
      nameKk: 'Атауы (қазақша)',
      nameRu: 'Атауы (орысша)',
      licenceNo: 'Лицензия нөмірі',
      licenceOn: 'Лицензия күні',
      licenceUntil: 'Лицензия мерзімі',
      licenceForms: 'Лицензиядағы нысандар',
      licenceSsuTypes: 'Лицензиядағы АӘҚ түрлері',
      capacity: 'Орын саны',
      email: 'Электрондық пошта',
      contactPerson: 'Байланыс адамы',
      bankName: 'Банк',
      activeFrom: 'Жұмыс басталуы',
      activeTo: 'Жұмыс аяқталуы',
      decisionNo: 'Комиссия шешімінің нөмірі',
      decisionOn: 'Шешім күні',
      removedOn: 'Тізілімнен шығарылған күні',
      returnOn: 'Қайта тіркелуге болатын күн',
    },
  },
  ru: {
    errors: {
      PROVIDER_UNRELIABLE:
        'Поставщик внесён в список недобросовестных решением комиссии ({decision}): его нельзя выбрать и направить к нему до {until} (ст. 167 СК).',
    },
    issues: {
      binFormat: 'БИН состоит из 12 цифр',
      binChecksum: 'контрольная цифра БИН не совпадает',
      binMonth: '3–4-я цифры БИН — месяц регистрации (01–12)',
      binType: '5-я цифра БИН — тип юрлица (4, 5 или 6)',
      binAttribute: '6-я цифра БИН — признак (0 головное, 1 филиал, 2 представительство, 3 КХ)',
      providerUnreliable: 'поставщик в списке недобросовестных',
      emailFormat: 'неверный адрес электронной почты',
      binTaken: 'поставщик с этим БИН уже есть в реестре',
      unknownProvider: 'поставщика нет в реестре или он не работает',
    },
    fields: {
      bin: 'БИН (ИИН для ИП)',
      nameKk: 'Название (казахский)',
      nameRu: 'Название (русский)',
      licenceNo: 'Номер лицензии',
      licenceOn: 'Дата лицензии',
      licenceUntil: 'Лицензия до',
      licenceForms: 'Формы по лицензии',
      licenceSsuTypes: 'Виды ССУ по лицензии',
      capacity: 'Мест',
      email: 'Электронная почта',
      contactPerson: 'Контактное лицо',
      bankName: 'Банк',
      activeFrom: 'Работает с',
      activeTo: 'Работает по',
      decisionNo: 'Номер решения комиссии',
      decisionOn: 'Дата решения',
      removedOn: 'Дата исключения',
      returnOn: 'Повторная регистрация не ранее',
    },
  },
  en: {
    errors: {
      PROVIDER_UNRELIABLE:
        'The supplier is on the list of unreliable suppliers by the commission’s decision ({decision}): it cannot be chosen nor receive referrals until {until} (SC art. 167).',
    },
    issues: {
      binFormat: 'a BIN has 12 digits',
      binChecksum: 'the BIN’s check digit does not match',
      binMonth: 'digits 3–4 of a BIN are the month of registration (01–12)',
      binType: 'digit 5 of a BIN is the entity type (4, 5 or 6)',
      binAttribute:
        'digit 6 of a BIN is the attribute (0 head office, 1 branch, 2 representative office, 3 farm)',
      providerUnreliable: 'the supplier is on the list of unreliable suppliers',
      emailFormat: 'not an e-mail address',
      binTaken: 'a provider with this BIN is already in the register',
      unknownProvider: 'the provider is not in the register or no longer works',
    },
    fields: {
      bin: 'BIN (IIN for an entrepreneur)',
      nameKk: 'Name (Kazakh)',
      nameRu: 'Name (Russian)',
      licenceNo: 'Licence number',
      licenceOn: 'Licence date',
      licenceUntil: 'Licence until',
      licenceForms: 'Forms licensed',
      licenceSsuTypes: 'SSU types licensed',
      capacity: 'Places',
      email: 'E-mail',
      contactPerson: 'Contact person',
      bankName: 'Bank',
      activeFrom: 'Works from',
      activeTo: 'Works until',
      decisionNo: 'Commission decision number',
      decisionOn: 'Decision date',
      removedOn: 'Removed on',
      returnOn: 'May return from',
    },
  },
});
