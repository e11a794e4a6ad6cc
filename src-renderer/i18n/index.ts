import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { RESOURCES } from './resources';

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
    kk: { translation: RESOURCES.kk },
    ru: { translation: RESOURCES.ru },
    en: { translation: RESOURCES.en },
  },
  lng: storedLocale(),
  fallbackLng: 'ru',
  interpolation: { escapeValue: false },
  returnObjects: true,
});

export default i18n;
