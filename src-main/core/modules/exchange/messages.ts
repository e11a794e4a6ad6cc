import { defineMessages } from '../../api/define-messages';

declare module '../../errors' {
  interface ErrorCodes {
    PACKAGE_UNREADABLE: true;
    PACKAGE_UNKNOWN_DISTRICT: true;
    PACKAGE_SIGNATURE: true;
    PACKAGE_TAMPERED: true;
    PACKAGE_WRONG_KEY: true;
    PACKAGE_NEWER: true;
    PACKAGE_GAP: true;
    EXCHANGE_NOT_CONSOLIDATION: true;
    EXCHANGE_CONSOLIDATION: true;
    EXCHANGE_KEY_FILE: true;
    RECEIPT_INVALID: true;
  }
}

export const exchangeMessages = defineMessages({
  kk: {
    errors: {
      PACKAGE_UNREADABLE: 'Файл Qamqor пакеті емес немесе зақымдалған ({detail}). Ештеңе жазылған жоқ.',
      PACKAGE_UNKNOWN_DISTRICT:
        'Пакетке тіркелмеген орнату қол қойған (аудан {kato}, кілт {fingerprint}). Алдымен аудан кілтін тіркеңіз (qamqor trust). Ештеңе жазылған жоқ.',
      PACKAGE_SIGNATURE:
        'Пакеттің қолтаңбасы аудан кілтіне сәйкес емес: пакет өзгертілген немесе басқа орнатудан. Ештеңе жазылған жоқ.',
      PACKAGE_TAMPERED:
        'Пакеттің «{entry}» бөлігі қол қойылған манифестке сәйкес емес: жолда өзгертілген. Ештеңе жазылған жоқ.',
      PACKAGE_WRONG_KEY:
        'Пакет басқа облыс кілтіне шифрланған ({recipient}; бұл базаның кілті {ours}). Ауданда облыстың дұрыс кілтін орнатыңыз. Ештеңе жазылған жоқ.',
      PACKAGE_NEWER:
        'Пакетті Qamqor-дың жаңа нұсқасы жасаған (схема {version}, бұл базада {ours}). Қолданбаны жаңартыңыз. Ештеңе жазылған жоқ.',
      PACKAGE_GAP:
        'Аудан пакеттері арасында үзіліс: {from}–{to} өзгерістері жетіспейді. Алдыңғы пакетті немесе толық экспортты импорттаңыз. Ештеңе жазылған жоқ.',
      EXCHANGE_NOT_CONSOLIDATION:
        'Бұл ауданның өз базасы: пакеттер тек облыстың жинақтау базасына импортталады.',
      EXCHANGE_CONSOLIDATION: 'Бұл облыстың жинақтау базасы: одан экспорт жасалмайды.',
      EXCHANGE_KEY_FILE: 'Кілт файлы танылмады: Qamqor жасаған аудан немесе облыс кілтінің файлы керек.',
      RECEIPT_INVALID: 'Түбіртек тексерілмеді ({detail}).',
    },
    issues: {},
    fields: {
      fileName: 'Файл',
      seqFrom: 'Өзгерістер, бастап',
      seqTo: 'Өзгерістер, дейін',
      encrypted: 'Шифрланған',
      inserted: 'Жаңа жолдар',
      updated: 'Жаңартылған жолдар',
      keptNewer: 'Жаңасы қалдырылған жолдар',
      acknowledged: 'Расталған пакеттер',
      fingerprint: 'Кілт іздері',
      encryptionKey: 'Шифрлау кілті',
      signingKey: 'Қолтаңба кілті',
      confirmed: 'Расталған',
      alertDays: 'Ескерту, күн',
      excludeTables: 'Жіберілмейтін кестелер',
      excludeFields: 'Жіберілмейтін өрістер',
    },
  },
  ru: {
    errors: {
      PACKAGE_UNREADABLE: 'Файл не является пакетом Qamqor или повреждён ({detail}). Ничего не записано.',
      PACKAGE_UNKNOWN_DISTRICT:
        'Пакет подписан незарегистрированной установкой (район {kato}, ключ {fingerprint}). Сначала зарегистрируйте ключ района (qamqor trust). Ничего не записано.',
      PACKAGE_SIGNATURE:
        'Подпись пакета не совпадает с ключом района: пакет изменён или из другой установки. Ничего не записано.',
      PACKAGE_TAMPERED:
        'Часть пакета «{entry}» не совпадает с подписанным манифестом: изменена в пути. Ничего не записано.',
      PACKAGE_WRONG_KEY:
        'Пакет зашифрован на другой ключ области ({recipient}; ключ этой базы — {ours}). Установите в районе верный ключ области. Ничего не записано.',
      PACKAGE_NEWER:
        'Пакет создан более новой версией Qamqor (схема {version}, в этой базе {ours}). Обновите приложение. Ничего не записано.',
      PACKAGE_GAP:
        'Разрыв между пакетами района: не хватает изменений {from}–{to}. Импортируйте предыдущий пакет или полную выгрузку. Ничего не записано.',
      EXCHANGE_NOT_CONSOLIDATION:
        'Это собственная база района: пакеты импортируются только в сводную базу области.',
      EXCHANGE_CONSOLIDATION: 'Это сводная база области: выгрузка из неё не делается.',
      EXCHANGE_KEY_FILE: 'Файл ключа не распознан: нужен файл ключа района или области, созданный Qamqor.',
      RECEIPT_INVALID: 'Квитанция не прошла проверку ({detail}).',
    },
    issues: {},
    fields: {
      fileName: 'Файл',
      seqFrom: 'Изменения с',
      seqTo: 'Изменения по',
      encrypted: 'Зашифрован',
      inserted: 'Новых строк',
      updated: 'Обновлено строк',
      keptNewer: 'Оставлено более новых',
      acknowledged: 'Подтверждено пакетов',
      fingerprint: 'Отпечаток ключа',
      encryptionKey: 'Ключ шифрования',
      signingKey: 'Ключ подписи',
      confirmed: 'Подтверждён',
      alertDays: 'Напоминание, дней',
      excludeTables: 'Не передаваемые таблицы',
      excludeFields: 'Не передаваемые поля',
    },
  },
  en: {
    errors: {
      PACKAGE_UNREADABLE: 'The file is not a Qamqor package or is damaged ({detail}). Nothing was written.',
      PACKAGE_UNKNOWN_DISTRICT:
        'The package is signed by an install not registered here (district {kato}, key {fingerprint}). Register the district’s key first (qamqor trust). Nothing was written.',
      PACKAGE_SIGNATURE:
        'The package’s signature does not match the district’s key: it was altered or comes from another install. Nothing was written.',
      PACKAGE_TAMPERED:
        'The package’s part “{entry}” does not match the signed manifest: it was altered on the way. Nothing was written.',
      PACKAGE_WRONG_KEY:
        'The package is encrypted to another oblast key ({recipient}; this database’s key is {ours}). Set the right oblast key at the district. Nothing was written.',
      PACKAGE_NEWER:
        'The package was made by a newer Qamqor (schema {version}; this database has {ours}). Update the app. Nothing was written.',
      PACKAGE_GAP:
        'A gap between the district’s packages: changes {from}–{to} are missing. Import the package before it, or a full export. Nothing was written.',
      EXCHANGE_NOT_CONSOLIDATION:
        'This is a district’s own database: packages are imported into an oblast’s consolidation database only.',
      EXCHANGE_CONSOLIDATION: 'This is an oblast’s consolidation database: it does not export.',
      EXCHANGE_KEY_FILE:
        'The key file is not recognised: a district or oblast key file made by Qamqor is needed.',
      RECEIPT_INVALID: 'The receipt did not verify ({detail}).',
    },
    issues: {},
    fields: {
      fileName: 'File',
      seqFrom: 'Changes from',
      seqTo: 'Changes to',
      encrypted: 'Encrypted',
      inserted: 'New rows',
      updated: 'Rows updated',
      keptNewer: 'Newer rows kept',
      acknowledged: 'Packages acknowledged',
      fingerprint: 'Key fingerprint',
      encryptionKey: 'Encryption key',
      signingKey: 'Signing key',
      confirmed: 'Confirmed',
      alertDays: 'Reminder, days',
      excludeTables: 'Tables not sent',
      excludeFields: 'Fields not sent',
    },
  },
});
