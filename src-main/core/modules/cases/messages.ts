import { defineMessages } from '../../api/define-messages';

// This module's error texts, validation issues and field names in kk, ru and en (combined in
// api/messages.ts; the router answers every door in the caller's language with them).

export const casesMessages = defineMessages({
  kk: {
    issues: {
      providerGrounds:
        'қызмет көрсетуші адамның атынан тек қатыгездік көрсету немесе баспанасыздық негізі бойынша өтініш береді (ӘК 139-бап 3-тармақ)',
      earlyLimitationAge:
        'ерте психофизикалық даму шектеулігі — 3 жасқа дейінгі балаларға арналған негіз (ӘК 133-бап)',
      minorGroundAge:
        'жетімдік, ата-ана қамқорлығының болмауы, қадағалаусыздық және арнаулы режимде білім алу — кәмелетке толмағандарға арналған негіздер (ӘК 133-бап)',
      onBehalfReason: 'адамның өзі неге өтініш бермейтінін көрсетіңіз (ӘК 139-бап 3-тармақ)',
      proactiveConsent: 'адамның хабарламаға келісім берген күнін көрсетіңіз (ӘК 139-бап 1-тармақ)',
      proactiveDate: 'проактивті арнада өтініш күні — хабарламаға келісім берілген күн (ӘК 139-бап 1-тармақ)',
      selfMinor:
        'өтініш беруші кәмелетке толмаған: әдетте оның заңды өкілі өтініш береді (ӘК 139-бап) — тексеріңіз',
      selfIncapable:
        'адам толық әрекетке қабілетті емес: әдетте оның заңды өкілі өтініш береді (ӘК 139-бап) — тексеріңіз',
      groundsRequired: 'кемінде бір негізді таңдаңыз (ӘК 133-бап)',
      onBehalfName: 'адамның атынан кім өтініш бергенін көрсетіңіз',
      personDeceased: 'адам қайтыс болған деп белгіленген: өтініш тіркелмейді',
      beforeApplied: 'өтініш берілген күннен ерте болмауы керек',
      cannotWithdraw: 'өтінішті қызмет басталғанға дейін ғана кері қайтарып алуға болады',
    },
    fields: {
      onBehalfReason: 'Адамның өзі өтініш бермеу себебі',
      proactiveConsentOn: 'Хабарламаға келісім күні',
      closedOn: 'Жабылған күні',
      closeReason: 'Жабу себебі',
      appliedOn: 'Өтініш күні',
      channel: 'Өтініш арнасы',
      appliedBy: 'Өтініш берген',
      applicantName: 'Өтініш берушінің аты-жөні',
      grounds: 'Негіздер (ӘК 133-бап)',
      ssuTypes: 'АӘҚ түрлері',
      requestedForm: 'Сұралған нысан',
    },
  },
  ru: {
    issues: {
      providerGrounds:
        'поставщик услуг подаёт заявление от имени человека только по основаниям жестокого обращения или отсутствия определённого места жительства (ст. 139 п. 3 СК РК)',
      earlyLimitationAge:
        'ограничение раннего психофизического развития — основание для детей до 3 лет (ст. 133 СК РК)',
      minorGroundAge:
        'сиротство, отсутствие попечения родителей, безнадзорность и обучение в организациях с особым режимом — основания для несовершеннолетних (ст. 133 СК РК)',
      onBehalfReason: 'укажите, почему человек не обращается лично (ст. 139 п. 3 СК РК)',
      proactiveConsent: 'укажите дату согласия человека на уведомление (ст. 139 п. 1 СК РК)',
      proactiveDate:
        'при проактивном обращении дата заявления — день согласия на уведомление (ст. 139 п. 1 СК РК)',
      selfMinor:
        'заявитель несовершеннолетний: обычно заявление подаёт законный представитель (ст. 139 СК РК) — проверьте',
      selfIncapable:
        'человек не полностью дееспособен: обычно заявление подаёт законный представитель (ст. 139 СК РК) — проверьте',
      groundsRequired: 'выберите хотя бы одно основание (ст. 133 СК)',
      onBehalfName: 'укажите, кто подал заявление от имени человека',
      personDeceased: 'человек отмечен как умерший: заявление не регистрируется',
      beforeApplied: 'не может быть раньше даты заявления',
      cannotWithdraw: 'отозвать заявление можно только до начала обслуживания',
    },
    fields: {
      onBehalfReason: 'Почему человек не обращается лично',
      proactiveConsentOn: 'Дата согласия на уведомление',
      closedOn: 'Дата закрытия',
      closeReason: 'Причина закрытия',
      appliedOn: 'Дата заявления',
      channel: 'Канал подачи',
      appliedBy: 'Кто подал',
      applicantName: 'ФИО заявителя',
      grounds: 'Основания (ст. 133 СК)',
      ssuTypes: 'Виды ССУ',
      requestedForm: 'Запрошенная форма',
    },
  },
  en: {
    issues: {
      providerGrounds:
        'a provider applies for a person only on the grounds of cruel treatment or homelessness (SC art. 139 p.3)',
      earlyLimitationAge: 'early developmental limitation is a ground for children under 3 (SC art. 133)',
      minorGroundAge:
        'orphanhood, no parental care, neglect and special-regime education are grounds for minors (SC art. 133)',
      onBehalfReason: 'say why the person does not apply personally (SC art. 139 p.3)',
      proactiveConsent: 'give the day the person consented to the notification (SC art. 139 p.1)',
      proactiveDate:
        'for a proactive application the application date is the day of consent (SC art. 139 p.1)',
      selfMinor:
        'the applicant is a minor: usually the legal representative applies (SC art. 139) — please check',
      selfIncapable:
        'the person lacks full legal capacity: usually the legal representative applies (SC art. 139) — please check',
      groundsRequired: 'choose at least one ground (Social Code art. 133)',
      onBehalfName: "say who applied on the person's behalf",
      personDeceased: 'the person is recorded as deceased: no application can be registered',
      beforeApplied: 'cannot be before the application date',
      cannotWithdraw: 'an application can be withdrawn only before the service starts',
    },
    fields: {
      onBehalfReason: 'Why the person does not apply personally',
      proactiveConsentOn: 'Consent to the notification on',
      closedOn: 'Closed on',
      closeReason: 'Reason for closing',
      appliedOn: 'Application date',
      channel: 'Channel',
      appliedBy: 'Applied by',
      applicantName: 'Name of who applied',
      grounds: 'Grounds (Social Code art. 133)',
      ssuTypes: 'SSU types',
      requestedForm: 'Requested form',
    },
  },
});
