import { defineMessages } from '../../api/define-messages';

// This module's error texts, validation issues and field names in kk, ru and en (combined in
// api/messages.ts; the router answers every door in the caller's language with them).

export const disabilityMessages = defineMessages({
  kk: {
    issues: {
      categoryAge:
        'санат белгіленген күнгі жасқа сәйкес келмейді (7 жасқа дейін — мүгедектігі бар бала; 7–18 — тобы бар мүгедектігі бар бала; 18-ден — I, II, III топ; ӘК 155-бап)',
      groupNotForUnder7: '7 жасқа дейінгі балаға топ белгіленбейді (ӘК 155-бап)',
      causeCategory: 'бұл себеп басқа санатқа арналған',
      termCategory:
        'мерзім санатқа сәйкес емес: 7 жасқа дейін — 6 ай, 1, 2, 5 жыл немесе 7 жасқа дейін; 7–18 жас — 6 ай, 1, 2, 5 жыл немесе 18 жасқа дейін; мерзімсіз — тек ересектерге (ӘК 155-бап 7-тармақ)',
      generalLoss: 'жалпы еңбек қабілетінен айырылу дәрежесі — 30–100 % (ӘК 155-бап 7-тармақ)',
      profLoss: 'кәсіптік еңбек қабілетінен айырылу дәрежесі — 5–100 % (ӘК 155-бап 7-тармақ)',
      assistantGroupI:
        'жеке көмекші I топтағы мүгедектігі бар адамға ғана тағайындалады (ӘК 163-бап 2-тармақ)',
      assistantMovement:
        'жеке көмекші жүріп-тұруы қиын адамға ғана тағайындалады: мүгедектік жазбасында белгіленбеген (ӘК 163-бап 2-тармақ)',
      assistantChild:
        'I топтағы мүгедектігі бар балаға жеке көмекші бөлімнің баптауында рұқсат етілмеген (ӘК 163-бап 2-тармақ; Баптаулар → Құқықтық ережелер)',
      offPortal:
        'инватакси мен кәсіптік оңалту іс-шаралары портал арқылы тапсырыс берілмейді (ӘК 165, 168-баптар)',
      notifiedBeforeSent: 'хабарлама күні порталға жіберілген күннен ерте болмайды',
      notSentToPortal: 'іс-шара порталға жіберілмеген',
      assistantHours:
        'жеке көмекші — бір бағдарламада барлығы күніне 8 сағаттан көп емес (ӘК 163-бап 2-тармақ)',
      signHours:
        'ымдау тілі маманы — бір бағдарламада барлығы жылына 60 сағаттан көп емес (ӘК 163-бап 3-тармақ)',
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
      workCapacityLossPct: 'Еңбек қабілетінен айырылу, % (бұрынғы жазба)',
      generalCapacityLossPct: 'Жалпы еңбек қабілетінен айырылу, %',
      profCapacityLossPct: 'Кәсіптік еңбек қабілетінен айырылу, %',
      movementDifficulty: 'Жүріп-тұруы қиын',
      notifiedOn: 'Адамға хабарланған күні',
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
      causeCategory: 'эта причина относится к другой категории',
      termCategory:
        'срок не подходит к категории: до 7 лет — 6 месяцев, 1, 2, 5 лет или до 7 лет; 7–18 лет — 6 месяцев, 1, 2, 5 лет или до 18 лет; бессрочно — только взрослым (ст. 155 п. 7 СК РК)',
      generalLoss: 'степень утраты общей трудоспособности — 30–100 % (ст. 155 п. 7 СК РК)',
      profLoss: 'степень утраты профессиональной трудоспособности — 5–100 % (ст. 155 п. 7 СК РК)',
      assistantGroupI: 'индивидуальный помощник — только лицу с инвалидностью I группы (ст. 163 п. 2 СК РК)',
      assistantMovement:
        'индивидуальный помощник — только при затруднении в передвижении: в записи об инвалидности оно не отмечено (ст. 163 п. 2 СК РК)',
      assistantChild:
        'индивидуальный помощник ребёнку с инвалидностью I группы не разрешён настройкой отдела (ст. 163 п. 2 СК РК; Настройки → Правовые правила)',
      offPortal:
        'инватакси и мероприятия профессиональной реабилитации не заказываются через портал (ст. 165, 168 СК РК)',
      notifiedBeforeSent: 'дата уведомления не может быть раньше отправки на портал',
      notSentToPortal: 'мероприятие не отправлено на портал',
      assistantHours:
        'индивидуальный помощник — не более 8 часов в день в сумме по программе (ст. 163 п. 2 СК РК)',
      signHours:
        'специалист жестового языка — не более 60 часов в год в сумме по программе (ст. 163 п. 3 СК РК)',
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
      workCapacityLossPct: 'Утрата трудоспособности, % (прежняя запись)',
      generalCapacityLossPct: 'Утрата общей трудоспособности, %',
      profCapacityLossPct: 'Утрата профессиональной трудоспособности, %',
      movementDifficulty: 'Затруднение в передвижении',
      notifiedOn: 'Дата уведомления человека',
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
      causeCategory: 'this cause belongs to another category',
      termCategory:
        'the term does not fit the category: under 7 — 6 months, 1, 2, 5 years or until 7; 7–18 — 6 months, 1, 2, 5 years or until 18; indefinite — adults only (SC art. 155 p.7)',
      generalLoss: 'degree of loss of general work capacity: 30–100 % (SC art. 155 p.7)',
      profLoss: 'degree of loss of professional work capacity: 5–100 % (SC art. 155 p.7)',
      assistantGroupI:
        'an individual assistant is only for a person with group I disability (SC art. 163 p.2)',
      assistantMovement:
        'an individual assistant needs difficulty moving, which the disability record does not show (SC art. 163 p.2)',
      assistantChild:
        "the office's setting does not allow an individual assistant for a child with group I (SC art. 163 p.2; Settings → Legal rules)",
      offPortal: 'invataxi and vocational measures are not ordered through the portal (SC art. 165, 168)',
      notifiedBeforeSent: 'the day of notice cannot be before the day it was sent to the portal',
      notSentToPortal: 'the measure was not sent to the portal',
      assistantHours: 'individual assistant: at most 8 hours a day in all of a programme (SC art. 163 p.2)',
      signHours: 'sign-language specialist: at most 60 hours a year in all of a programme (SC art. 163 p.3)',
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
      workCapacityLossPct: 'Loss of work capacity, % (former record)',
      generalCapacityLossPct: 'Loss of general work capacity, %',
      profCapacityLossPct: 'Loss of professional work capacity, %',
      movementDifficulty: 'Difficulty moving',
      notifiedOn: 'Person notified on',
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
