import { defineMessages } from '../../api/define-messages';

// This module's error texts, validation issues and field names in kk, ru and en (combined in
// api/messages.ts; the router answers every door in the caller's language with them).

export const casesMessages = defineMessages({
  kk: {
    issues: {
      groundsRequired: 'кемінде бір негізді таңдаңыз (ӘК 133-бап)',
      onBehalfName: 'адамның атынан кім өтініш бергенін көрсетіңіз',
      personDeceased: 'адам қайтыс болған деп белгіленген: өтініш тіркелмейді',
      beforeApplied: 'өтініш берілген күннен ерте болмауы керек',
      cannotWithdraw: 'өтінішті қызмет басталғанға дейін ғана кері қайтарып алуға болады',
    },
    fields: {
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
      groundsRequired: 'выберите хотя бы одно основание (ст. 133 СК)',
      onBehalfName: 'укажите, кто подал заявление от имени человека',
      personDeceased: 'человек отмечен как умерший: заявление не регистрируется',
      beforeApplied: 'не может быть раньше даты заявления',
      cannotWithdraw: 'отозвать заявление можно только до начала обслуживания',
    },
    fields: {
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
      groundsRequired: 'choose at least one ground (Social Code art. 133)',
      onBehalfName: "say who applied on the person's behalf",
      personDeceased: 'the person is recorded as deceased: no application can be registered',
      beforeApplied: 'cannot be before the application date',
      cannotWithdraw: 'an application can be withdrawn only before the service starts',
    },
    fields: {
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
