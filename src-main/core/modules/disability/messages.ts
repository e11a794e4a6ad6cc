import { defineMessages } from '../../api/define-messages';

// This module's error texts, validation issues and field names in kk, ru and en (combined in
// api/messages.ts; the router answers every door in the caller's language with them).

export const disabilityMessages = defineMessages({
  kk: {
    issues: {
      categoryAge:
        'санат белгіленген күнгі жасқа сәйкес келмейді (7 жасқа дейін — мүгедек бала; 7–18 — топпен мүгедек бала; 18-ден — I, II, III топ; ӘК 155-бап)',
      groupNotForUnder7: '7 жасқа дейінгі балаға топ белгіленбейді (ӘК 155-бап)',
      termAge:
        '«7 жасқа дейін» және «18 жасқа дейін» мерзімдері сол жасқа толмаған балаларға ғана (ӘК 155-бап 7-тармақ)',
      causeCategory: 'бұл себеп басқа санатқа арналған',
      assistantHours: 'жеке көмекші — күніне 8 сағаттан көп емес (ӘК 163-бап 2-тармақ)',
      signHours: 'ымдау тілі маманы — жылына 60 сағаттан көп емес (ӘК 163-бап 3-тармақ)',
      statusTransition: 'іс-шара мәртебесі бұлай өзгермейді',
      iprNeedsDisability: 'алдымен мүгедектік туралы жазбаны енгізіңіз',
    },
    fields: {
      orderDeadline: 'Тапсырыс мерзімі',
      sentOn: 'Порталға жіберілген күні',
      category: 'Санаты',
      groupNo: 'Тобы',
      cause: 'Себебі',
      term: 'Мерзімі',
      establishedOn: 'Белгіленген күні',
      mseDecisionNo: 'МӘС шешімінің нөмірі',
      workCapacityLossPct: 'Еңбекке қабілеттіліктің жоғалуы, %',
      issuedOn: 'Берілген күні',
      parts: 'Бөлімдері',
      classifierCode: 'Жіктеуіш коды',
      quantity: 'Саны',
      replacementMonths: 'Ауыстыру мерзімі, ай',
      hoursPerDay: 'Күніне сағат',
      hoursPerYear: 'Жылына сағат',
      ssuForm: 'АӘҚ нысаны',
    },
  },
  ru: {
    issues: {
      categoryAge:
        'категория не соответствует возрасту на дату установления (до 7 лет — ребёнок с инвалидностью; 7–18 — ребёнок с инвалидностью с группой; с 18 — I, II, III группа; ст. 155 СК РК)',
      groupNotForUnder7: 'ребёнку до 7 лет группа не устанавливается (ст. 155 СК РК)',
      termAge:
        'сроки «до 7 лет» и «до 18 лет» — только для детей, не достигших этого возраста (ст. 155 п. 7 СК РК)',
      causeCategory: 'эта причина относится к другой категории',
      assistantHours: 'индивидуальный помощник — не более 8 часов в день (ст. 163 п. 2 СК РК)',
      signHours: 'специалист жестового языка — не более 60 часов в год (ст. 163 п. 3 СК РК)',
      statusTransition: 'мероприятие не может перейти в этот статус',
      iprNeedsDisability: 'сначала внесите запись об инвалидности',
    },
    fields: {
      orderDeadline: 'Срок заказа',
      sentOn: 'Отправлено на портал',
      category: 'Категория',
      groupNo: 'Группа',
      cause: 'Причина',
      term: 'Срок',
      establishedOn: 'Дата установления',
      mseDecisionNo: 'Номер решения МСЭ',
      workCapacityLossPct: 'Утрата трудоспособности, %',
      issuedOn: 'Дата выдачи',
      parts: 'Разделы',
      classifierCode: 'Код классификатора',
      quantity: 'Количество',
      replacementMonths: 'Срок замены, мес.',
      hoursPerDay: 'Часов в день',
      hoursPerYear: 'Часов в год',
      ssuForm: 'Форма ССУ',
    },
  },
  en: {
    issues: {
      categoryAge:
        'the category does not fit the age on the day it was established (under 7: child with disability; 7–18: child with a group; 18+: group I, II or III; SC art. 155)',
      groupNotForUnder7: 'a child under 7 gets no group (SC art. 155)',
      termAge: 'the terms "until 7" and "until 18" only fit children below that age (SC art. 155 p.7)',
      causeCategory: 'this cause belongs to another category',
      assistantHours: 'individual assistant: at most 8 hours a day (SC art. 163 p.2)',
      signHours: 'sign-language specialist: at most 60 hours a year (SC art. 163 p.3)',
      statusTransition: 'the measure cannot move to this status',
      iprNeedsDisability: 'add the disability record first',
    },
    fields: {
      orderDeadline: 'Order deadline',
      sentOn: 'Sent to the portal',
      category: 'Category',
      groupNo: 'Group',
      cause: 'Cause',
      term: 'Term',
      establishedOn: 'Established on',
      mseDecisionNo: 'MSE decision number',
      workCapacityLossPct: 'Loss of work capacity, %',
      issuedOn: 'Issued on',
      parts: 'Parts',
      classifierCode: 'Classifier code',
      quantity: 'Quantity',
      replacementMonths: 'Replacement term, months',
      hoursPerDay: 'Hours a day',
      hoursPerYear: 'Hours a year',
      ssuForm: 'SSU form',
    },
  },
});
