// The UI strings of both languages. zh-CN is the reference: its shape types every key (see
// i18next.d.ts), and a unit test fails when the other language lacks a key.
import enCommon from './locales/en/common.json';
import enMenu from './locales/en/menu.json';
import zhCommon from './locales/zh-CN/common.json';
import zhMenu from './locales/zh-CN/menu.json';

export const uiLanguages = ['zh-CN', 'en'] as const;
export type UiLanguage = (typeof uiLanguages)[number];

export const resources = {
  'zh-CN': { common: zhCommon, menu: zhMenu },
  en: { common: enCommon, menu: enMenu },
} as const;

export const defaultNamespace = 'common';

/** The UI language for a BCP 47 locale: Chinese of any region reads the zh-CN UI, anything else English. */
export function uiLanguageForLocale(locale: string | undefined | null): UiLanguage {
  return locale && /^zh\b/i.test(locale) ? 'zh-CN' : 'en';
}

export function isUiLanguage(value: unknown): value is UiLanguage {
  return typeof value === 'string' && (uiLanguages as readonly string[]).includes(value);
}
