import { defineMessages } from '../../api/define-messages';

export const providersMessages = defineMessages({
  kk: {
    issues: {
      binFormat: 'БСН 12 цифрдан тұрады',
      binChecksum: 'БСН бақылау цифры сәйкес емес',
      binTaken: 'бұл БСН-мен қызмет көрсетуші тізілімде бар',
      unknownProvider: 'қызмет көрсетуші тізілімде жоқ немесе жұмыс істемейді',
    },
    fields: { bin: 'БСН (ЖК үшін ЖСН)', nameKk: 'Атауы (қазақша)', nameRu: 'Атауы (орысша)' },
  },
  ru: {
    issues: {
      binFormat: 'БИН состоит из 12 цифр',
      binChecksum: 'контрольная цифра БИН не совпадает',
      binTaken: 'поставщик с этим БИН уже есть в реестре',
      unknownProvider: 'поставщика нет в реестре или он не работает',
    },
    fields: { bin: 'БИН (ИИН для ИП)', nameKk: 'Название (казахский)', nameRu: 'Название (русский)' },
  },
  en: {
    issues: {
      binFormat: 'a BIN has 12 digits',
      binChecksum: 'the BIN’s check digit does not match',
      binTaken: 'a provider with this BIN is already in the register',
      unknownProvider: 'the provider is not in the register or no longer works',
    },
    fields: { bin: 'BIN (IIN for an entrepreneur)', nameKk: 'Name (Kazakh)', nameRu: 'Name (Russian)' },
  },
});
