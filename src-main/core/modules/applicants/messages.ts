import { defineMessages } from '../../api/define-messages';

// This module's error texts, validation issues and field names in kk, ru and en (combined in
// api/messages.ts; the router answers every door in the caller's language with them).

declare module '../../errors' {
  interface ErrorCodes {
    CONFLICT_IIN: true;
    DUPLICATE_SUSPECTED: true;
  }
}

export const applicantsMessages = defineMessages({
  kk: {
    errors: {
      CONFLICT_IIN: 'Бұл ЖСН-мен адам тіркелген.',
      DUPLICATE_SUSPECTED:
        'Аты-жөні мен туған күні осындай адамдар тізілімде бар. Олардың бірі емес екенін тексеріңіз және тіркеу себебін көрсетіңіз.',
    },
    issues: {
      iinTaken: 'бұл ЖСН-мен адам бұрын тіркелген',
      iinOrReason: 'ЖСН-ді енгізіңіз немесе оның жоқ себебін көрсетіңіз',
      duplicateReasonRequired: 'ұқсас адамдар бар: тіркеу себебін көрсетіңіз',
    },
    fields: {
      sex: 'Жынысы',
      katoCode: 'ҚАТО коды',
      address: 'Мекенжайы',
      phone: 'Телефон',
      iinMissingReason: 'ЖСН жоқ себебі',
      citizenship: 'Азаматтығы',
      docType: 'Құжат түрі',
      docNumber: 'Құжат нөмірі',
      docDate: 'Құжат берілген күн',
      docIssuer: 'Құжатты берген орган',
      maritalStatus: 'Отбасылық жағдайы',
      legalCapacity: 'Әрекетке қабілеттілігі',
      capacityCourtDecision: 'Сот шешімінің нөмірі',
      capacityCourtDate: 'Сот шешімінің күні',
      deathDate: 'Қайтыс болған күні',
      consentDate: 'Келісім күні',
      consentForm: 'Келісім нысаны',
      consentRef: 'Қол қойылған келісімге сілтеме',
      duplicateReason: 'Тіркеу себебі',
      relation: 'Туыстығы',
      birthYear: 'Туған жылы',
      occupation: 'Қызметі',
      basisDocument: 'Негіздеме құжаты',
      basisDate: 'Құжат күні',
      amount: 'Сомасы, теңге/ай',
      periodFrom: 'Кезеңнің басы',
      periodTo: 'Кезеңнің соңы',
      representativeId: 'Өкіл',
    },
  },
  ru: {
    errors: {
      CONFLICT_IIN: 'Человек с этим ИИН уже зарегистрирован.',
      DUPLICATE_SUSPECTED:
        'В реестре есть люди с таким же именем и датой рождения. Проверьте, что это не один из них, и укажите причину регистрации.',
    },
    issues: {
      iinTaken: 'человек с этим ИИН уже зарегистрирован',
      iinOrReason: 'укажите ИИН или причину его отсутствия',
      duplicateReasonRequired: 'есть похожие люди: укажите причину регистрации',
    },
    fields: {
      sex: 'Пол',
      katoCode: 'Код КАТО',
      address: 'Адрес',
      phone: 'Телефон',
      iinMissingReason: 'Причина отсутствия ИИН',
      citizenship: 'Гражданство',
      docType: 'Вид документа',
      docNumber: 'Номер документа',
      docDate: 'Дата выдачи документа',
      docIssuer: 'Кем выдан',
      maritalStatus: 'Семейное положение',
      legalCapacity: 'Дееспособность',
      capacityCourtDecision: 'Номер решения суда',
      capacityCourtDate: 'Дата решения суда',
      deathDate: 'Дата смерти',
      consentDate: 'Дата согласия',
      consentForm: 'Форма согласия',
      consentRef: 'Ссылка на подписанное согласие',
      duplicateReason: 'Причина регистрации',
      relation: 'Родство',
      birthYear: 'Год рождения',
      occupation: 'Занятость',
      basisDocument: 'Документ-основание',
      basisDate: 'Дата документа',
      amount: 'Сумма, тенге в месяц',
      periodFrom: 'Начало периода',
      periodTo: 'Конец периода',
      representativeId: 'Представитель',
    },
  },
  en: {
    errors: {
      CONFLICT_IIN: 'A person with this IIN is already registered.',
      DUPLICATE_SUSPECTED:
        'People with the same name and birth date are in the registry. Check that this is none of them and give the reason to register.',
    },
    issues: {
      iinTaken: 'a person with this IIN is already registered',
      iinOrReason: 'give the IIN or the reason there is none',
      duplicateReasonRequired: 'similar people exist: give the reason to register',
    },
    fields: {
      sex: 'Sex',
      katoCode: 'KATO code',
      address: 'Address',
      phone: 'Phone',
      iinMissingReason: 'Why there is no IIN',
      citizenship: 'Citizenship',
      docType: 'Document type',
      docNumber: 'Document number',
      docDate: 'Document date',
      docIssuer: 'Issued by',
      maritalStatus: 'Marital status',
      legalCapacity: 'Legal capacity',
      capacityCourtDecision: 'Court decision number',
      capacityCourtDate: 'Court decision date',
      deathDate: 'Date of death',
      consentDate: 'Consent date',
      consentForm: 'Consent form',
      consentRef: 'Reference to the signed consent',
      duplicateReason: 'Reason to register',
      relation: 'Relation',
      birthYear: 'Birth year',
      occupation: 'Occupation',
      basisDocument: 'Basis document',
      basisDate: 'Document date',
      amount: 'Amount, tenge a month',
      periodFrom: 'Period start',
      periodTo: 'Period end',
      representativeId: 'Representative',
    },
  },
});
