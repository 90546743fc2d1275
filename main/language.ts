// The language main speaks in (menu, dialog titles) and its words, read from the renderer's own
// locale files so the menu and the app never disagree. Starts from the OS locale; the renderer
// tells main when the analyst switches (app:set-language).
import type { UiLanguage } from '../preload/contract';
import enHighlights from '../renderer/src/i18n/locales/en/highlights.json';
import en from '../renderer/src/i18n/locales/en/menu.json';
import zhCNHighlights from '../renderer/src/i18n/locales/zh-CN/highlights.json';
import zhCN from '../renderer/src/i18n/locales/zh-CN/menu.json';

export type MainLabels = typeof en;

// `satisfies` makes the zh-CN file fail the typecheck when it lacks a key English has;
// tests/unit/main/locales.test.ts catches the opposite direction.
const labels: Record<UiLanguage, MainLabels> = { en, 'zh-CN': zhCN satisfies MainLabels };

let current: UiLanguage = 'en';

/** zh, zh-CN, zh-TW, zh-Hans-… all read Chinese; Readout's Chinese is Simplified. */
export function languageFromLocale(locale: string): UiLanguage {
  return /^zh(\b|[-_])/i.test(locale) ? 'zh-CN' : 'en';
}

export function setLanguage(language: UiLanguage): void {
  current = language;
}

export function currentLanguage(): UiLanguage {
  return current;
}

export function labelsFor(language: UiLanguage = current): MainLabels {
  return labels[language];
}

/** The default highlight categories' names, in their order (keys 1–6), until the renderer says the analyst's own. */
export function defaultCategoryNames(language: UiLanguage = current): string[] {
  return Object.values((language === 'zh-CN' ? zhCNHighlights : enHighlights).category);
}
