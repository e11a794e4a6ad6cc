import { defineLabels } from '../../api/define-labels';
import * as lists from './domain';

// Labels of the calendar's lists in kk, ru and en.

export const calendarLabels = defineLabels(
  { calendarKind: lists.CALENDAR_KINDS, calendarConfidence: lists.CALENDAR_CONFIDENCES },
  {
    kk: {
      calendarKind: {
        holiday: 'Мереке',
        moved_holiday: 'Ауыстырылған мереке',
        transfer_off: 'Ауыстырылған демалыс',
        transfer_work: 'Жұмыс күні (ауыстыру)',
      },
      calendarConfidence: { official: 'Ресми', announced: 'Жарияланған', computed: 'Есептелген' },
    },
    ru: {
      calendarKind: {
        holiday: 'Праздник',
        moved_holiday: 'Перенесённый праздник',
        transfer_off: 'Перенесённый выходной',
        transfer_work: 'Рабочий день (перенос)',
      },
      calendarConfidence: { official: 'Официально', announced: 'Объявлено', computed: 'Расчётно' },
    },
    en: {
      calendarKind: {
        holiday: 'Holiday',
        moved_holiday: 'Moved holiday',
        transfer_off: 'Transferred day off',
        transfer_work: 'Working day (transfer)',
      },
      calendarConfidence: { official: 'Official', announced: 'Announced', computed: 'Computed' },
    },
  },
);
