import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { ENUM_LABELS } from '../../src-main/core/api/enum-labels';
import en from './en.json';
import kk from './kk.json';
import ru from './ru.json';

export const UI_LOCALES = ['kk', 'ru', 'en'] as const;
export type UiLocale = (typeof UI_LOCALES)[number];

const STORED = 'qamqor.locale';

export function storedLocale(): UiLocale {
  const v = localStorage.getItem(STORED);
  return v === 'ru' || v === 'en' || v === 'kk' ? v : 'kk';
}

export function rememberLocale(locale: UiLocale): void {
  localStorage.setItem(STORED, locale);
}

void i18n.use(initReactI18next).init({
  resources: {
    kk: { translation: { ...kk, enums: ENUM_LABELS.kk } },
    ru: { translation: { ...ru, enums: ENUM_LABELS.ru } },
    en: { translation: { ...en, enums: ENUM_LABELS.en } },
  },
  lng: storedLocale(),
  fallbackLng: 'ru',
  interpolation: { escapeValue: false },
  returnObjects: true,
});

export default i18n;
