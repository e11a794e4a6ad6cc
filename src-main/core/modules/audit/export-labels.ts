import { pickLocale } from '../../api/messages';

// Column headers of the files the main process writes (the audit export).
const EXPORT_LABELS = {
  kk: {
    sheet: 'Аудит журналы',
    seq: '№',
    at: 'Уақыты',
    user: 'Пайдаланушы',
    door: 'Арна',
    action: 'Әрекет',
    entity: 'Нысан',
    entityId: 'Нысан ID',
    person: 'Адам',
    changes: 'Өзгерістер (бұрын → кейін)',
  },
  ru: {
    sheet: 'Журнал аудита',
    seq: '№',
    at: 'Время',
    user: 'Пользователь',
    door: 'Канал',
    action: 'Действие',
    entity: 'Объект',
    entityId: 'ID объекта',
    person: 'Человек',
    changes: 'Изменения (было → стало)',
  },
  en: {
    sheet: 'Audit log',
    seq: 'No.',
    at: 'Time',
    user: 'User',
    door: 'Door',
    action: 'Action',
    entity: 'Entity',
    entityId: 'Entity ID',
    person: 'Person',
    changes: 'Changes (old → new)',
  },
} as const;

export function exportLabels(locale: string | undefined) {
  return EXPORT_LABELS[pickLocale(locale)];
}
