import { defineLabels } from '../../api/define-labels';
import * as lists from './domain';

// Labels of this module's fixed lists in kk, ru and en: the screens show them (as the renderer's
// "enums" namespace) and the documents the main process prints use the same words. Each group
// is checked against its list in domain.ts, so a value without a label is a type error.

export const applicantsLabels = defineLabels(
  {
    sex: lists.SEXES,
    citizenship: lists.CITIZENSHIPS,
    docType: lists.DOC_TYPES,
    marital: lists.MARITAL_STATUSES,
    capacity: lists.LEGAL_CAPACITIES,
    consentForm: lists.CONSENT_FORMS,
    relation: lists.RELATIONS,
    representative: lists.REPRESENTATIVE_KINDS,
    income: lists.INCOME_KINDS,
  },
  {
    kk: {
      sex: {
        M: 'Ер',
        F: 'Әйел',
      },
      citizenship: {
        citizen: 'Қазақстан Республикасының азаматы',
        kandas: 'Қандас',
        foreigner_rp: 'Ықтиярхаты бар шетелдік',
        stateless: 'Азаматтығы жоқ адам',
      },
      docType: {
        id_card: 'Жеке куәлік',
        passport: 'Паспорт',
        birth_certificate: 'Туу туралы куәлік',
        residence_permit: 'Ықтиярхат',
        stateless_certificate: 'Азаматтығы жоқ адамның куәлігі',
        other: 'Басқа',
      },
      marital: {
        single: 'Некеде тұрмаған',
        married: 'Некеде',
        divorced: 'Ажырасқан',
        widowed: 'Жесір',
      },
      capacity: {
        capable: 'Әрекетке қабілетті',
        incapable: 'Әрекетке қабілетсіз (сот шешімі)',
        limited: 'Әрекетке қабілеттілігі шектеулі',
      },
      consentForm: {
        paper: 'Қағаз',
        electronic: 'Электрондық',
      },
      relation: {
        spouse: 'Жұбайы',
        child: 'Баласы',
        parent: 'Ата-анасы',
        sibling: 'Бауыры',
        grandparent: 'Атасы / әжесі',
        grandchild: 'Немересі',
        other: 'Басқа',
      },
      representative: {
        parent: 'Ата-ана',
        guardian: 'Қорғаншы',
        trustee: 'Қамқоршы',
        proxy: 'Сенім білдірілген адам',
      },
      income: {
        pension: 'Зейнетақы',
        disability_allowance: 'Мүгедектік бойынша жәрдемақы',
        care_allowance: 'Күтімді жүзеге асыратын адамға жәрдемақы',
        targeted_assistance: 'Атаулы әлеуметтік көмек',
        other: 'Басқа',
      },
    },
    ru: {
      sex: {
        M: 'Мужской',
        F: 'Женский',
      },
      citizenship: {
        citizen: 'Гражданин РК',
        citizen_female: 'Гражданка РК',
        kandas: 'Кандас',
        foreigner_rp: 'Иностранец с видом на жительство',
        foreigner_rp_female: 'Иностранка с видом на жительство',
        stateless: 'Лицо без гражданства',
      },
      docType: {
        id_card: 'Удостоверение личности',
        passport: 'Паспорт',
        birth_certificate: 'Свидетельство о рождении',
        residence_permit: 'Вид на жительство',
        stateless_certificate: 'Удостоверение лица без гражданства',
        other: 'Другой',
      },
      marital: {
        single: 'Не состоит в браке',
        married: 'В браке',
        divorced: 'В разводе',
        widowed: 'Вдовец',
        widowed_female: 'Вдова',
      },
      capacity: {
        capable: 'Дееспособен',
        capable_female: 'Дееспособна',
        incapable: 'Недееспособен (решение суда)',
        incapable_female: 'Недееспособна (решение суда)',
        limited: 'Ограниченно дееспособен',
        limited_female: 'Ограниченно дееспособна',
      },
      consentForm: {
        paper: 'Бумажная',
        electronic: 'Электронная',
      },
      relation: {
        spouse: 'Супруг(а)',
        child: 'Ребёнок',
        parent: 'Родитель',
        sibling: 'Брат / сестра',
        grandparent: 'Дедушка / бабушка',
        grandchild: 'Внук / внучка',
        other: 'Другое',
      },
      representative: {
        parent: 'Родитель',
        guardian: 'Опекун',
        trustee: 'Попечитель',
        proxy: 'Доверенное лицо',
      },
      income: {
        pension: 'Пенсия',
        disability_allowance: 'Пособие по инвалидности',
        care_allowance: 'Пособие лицу, осуществляющему уход',
        targeted_assistance: 'Адресная социальная помощь',
        other: 'Другое',
      },
    },
    en: {
      sex: {
        M: 'Male',
        F: 'Female',
      },
      citizenship: {
        citizen: 'Citizen of Kazakhstan',
        kandas: 'Kandas',
        foreigner_rp: 'Foreigner with residence permit',
        stateless: 'Stateless',
      },
      docType: {
        id_card: 'ID card',
        passport: 'Passport',
        birth_certificate: 'Birth certificate',
        residence_permit: 'Residence permit',
        stateless_certificate: 'Stateless person certificate',
        other: 'Other',
      },
      marital: {
        single: 'Single',
        married: 'Married',
        divorced: 'Divorced',
        widowed: 'Widowed',
      },
      capacity: {
        capable: 'Capable',
        incapable: 'Incapable (court decision)',
        limited: 'Limited capacity',
      },
      consentForm: {
        paper: 'Paper',
        electronic: 'Electronic',
      },
      relation: {
        spouse: 'Spouse',
        child: 'Child',
        parent: 'Parent',
        sibling: 'Sibling',
        grandparent: 'Grandparent',
        grandchild: 'Grandchild',
        other: 'Other',
      },
      representative: {
        parent: 'Parent',
        guardian: 'Guardian',
        trustee: 'Trustee',
        proxy: 'Proxy',
      },
      income: {
        pension: 'Pension',
        disability_allowance: 'Disability allowance',
        care_allowance: 'Care allowance',
        targeted_assistance: 'Targeted social assistance',
        other: 'Other',
      },
    },
  },
);
