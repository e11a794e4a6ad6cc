import { defineMessages } from '../../api/define-messages';

declare module '../../errors' {
  interface ErrorCodes {
    UNCERTIFIED: true;
  }
}

export const specialistsMessages = defineMessages({
  kk: {
    errors: {
      UNCERTIFIED:
        'Маманның сол күнге жарамды сертификаты жоқ (сертификат {until} дейін жарамды болды): тек біліктілікті тәуелсіз бағалаудан өткен мамандар әлеуметтік жұмыс жүргізеді.',
    },
    issues: {
      certificateExpired: 'маманның сертификатының мерзімі өтті',
      certificateMissing: 'маманда біліктілікті тәуелсіз бағалау сертификаты жоқ',
      unknownCategory: 'санат анықтамалықта жоқ немесе қолданылмайды',
      specialistIinTaken: 'бұл ЖСН-мен маман тізілімде бар',
      unknownSpecialist: 'маман тізілімде жоқ немесе жұмыс істемейді',
    },
    fields: {
      position: 'Лауазымы',
      specialists: 'Мамандар',
      level: 'Білім деңгейі',
      institution: 'Оқу орны',
      speciality: 'Мамандығы',
      diplomaNo: 'Диплом нөмірі',
      diplomaOn: 'Диплом күні',
      course: 'Курс',
      hours: 'Сағат саны',
      certificateNo: 'Куәлік нөмірі',
      issuer: 'Берген орган',
      specialistId: 'Маман',
      scope: 'Қолданылу саласы',
      categoryCode: 'Санат',
      orderNo: 'Бұйрық нөмірі',
      assignedOn: 'Берілген күні',
      employedFrom: 'Жұмысқа қабылданған күні',
      employedTo: 'Жұмыстан шыққан күні',
      publishConsent: 'Тізілімде жариялауға келісім',
      overrideReason: 'Сертификатсыз жіберу себебі',
      removeReason: 'Алып тастау себебі',
      certValidUntil: 'Сертификат мерзімі',
    },
  },
  ru: {
    errors: {
      UNCERTIFIED:
        'У специалиста нет сертификата, действующего на эту дату (сертификат действовал до {until}): социальную работу ведут только специалисты, прошедшие независимую оценку квалификации.',
    },
    issues: {
      certificateExpired: 'срок сертификата специалиста истёк',
      certificateMissing: 'у специалиста нет сертификата независимой оценки квалификации',
      unknownCategory: 'категории нет в справочнике или она не применяется',
      specialistIinTaken: 'специалист с этим ИИН уже есть в реестре',
      unknownSpecialist: 'специалиста нет в реестре или он не работает',
    },
    fields: {
      position: 'Должность',
      specialists: 'Специалисты',
      level: 'Уровень образования',
      institution: 'Учебное заведение',
      speciality: 'Специальность',
      diplomaNo: 'Номер диплома',
      diplomaOn: 'Дата диплома',
      course: 'Курс',
      hours: 'Часов',
      certificateNo: 'Номер удостоверения',
      issuer: 'Выдавший орган',
      specialistId: 'Специалист',
      scope: 'Область',
      categoryCode: 'Категория',
      orderNo: 'Номер приказа',
      assignedOn: 'Дата присвоения',
      employedFrom: 'Дата приёма',
      employedTo: 'Дата увольнения',
      publishConsent: 'Согласие на публикацию в реестре',
      overrideReason: 'Причина допуска без сертификата',
      removeReason: 'Причина удаления',
      certValidUntil: 'Срок сертификата',
    },
  },
  en: {
    errors: {
      UNCERTIFIED:
        'The specialist has no certificate valid on that day (it was valid until {until}): only specialists who passed the independent assessment of qualification do social work.',
    },
    issues: {
      certificateExpired: 'the specialist’s certificate has expired',
      certificateMissing: 'the specialist has no certificate of the independent assessment',
      unknownCategory: 'the category is not in the reference list or no longer used',
      specialistIinTaken: 'a specialist with this IIN is already in the register',
      unknownSpecialist: 'the specialist is not in the register or no longer works',
    },
    fields: {
      position: 'Position',
      specialists: 'Specialists',
      level: 'Level of education',
      institution: 'Institution',
      speciality: 'Speciality',
      diplomaNo: 'Diploma number',
      diplomaOn: 'Diploma date',
      course: 'Course',
      hours: 'Hours',
      certificateNo: 'Certificate number',
      issuer: 'Issued by',
      specialistId: 'Specialist',
      scope: 'Scope',
      categoryCode: 'Category',
      orderNo: 'Order number',
      assignedOn: 'Assigned on',
      employedFrom: 'Employed from',
      employedTo: 'Employed to',
      publishConsent: 'Consent to publication in the register',
      overrideReason: 'Reason to proceed without a certificate',
      removeReason: 'Reason removed',
      certValidUntil: 'Certificate valid until',
    },
  },
});
