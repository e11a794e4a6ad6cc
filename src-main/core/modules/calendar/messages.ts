import { defineMessages } from '../../api/define-messages';

// This module's validation issues and field names in kk, ru and en.

export const calendarMessages = defineMessages({
  kk: {
    issues: { calendarDayTaken: 'бұл күн күнтізбеде бар: оны өзгертіңіз' },
    fields: { day: 'Күні', off: 'Демалыс күні', kind: 'Түрі', confidence: 'Сенімділігі' },
  },
  ru: {
    issues: { calendarDayTaken: 'этот день уже есть в календаре: измените его' },
    fields: { day: 'День', off: 'Выходной', kind: 'Вид', confidence: 'Достоверность' },
  },
  en: {
    issues: { calendarDayTaken: 'this day is already in the calendar: edit it' },
    fields: { day: 'Day', off: 'Day off', kind: 'Kind', confidence: 'Confidence' },
  },
});
