// The UI strings of both languages. zh-CN is the reference: its shape types every key (see
// i18next.d.ts), and a unit test fails when the other language lacks a key.
import enCommon from './locales/en/common.json';
import enEvents from './locales/en/events.json';
import enExport from './locales/en/export.json';
import enHighlights from './locales/en/highlights.json';
import enImport from './locales/en/import.json';
import enKeeping from './locales/en/keeping.json';
import enMenu from './locales/en/menu.json';
import enSearch from './locales/en/search.json';
import enLexicon from './locales/en/lexicon.json';
import enMarks from './locales/en/marks.json';
import enTrends from './locales/en/trends.json';
import enTeam from './locales/en/team.json';
import zhCommon from './locales/zh-CN/common.json';
import zhEvents from './locales/zh-CN/events.json';
import zhExport from './locales/zh-CN/export.json';
import zhHighlights from './locales/zh-CN/highlights.json';
import zhImport from './locales/zh-CN/import.json';
import zhKeeping from './locales/zh-CN/keeping.json';
import zhMenu from './locales/zh-CN/menu.json';
import zhSearch from './locales/zh-CN/search.json';
import zhLexicon from './locales/zh-CN/lexicon.json';
import zhMarks from './locales/zh-CN/marks.json';
import zhTrends from './locales/zh-CN/trends.json';
import zhTeam from './locales/zh-CN/team.json';

export const uiLanguages = ['zh-CN', 'en'] as const;
export type UiLanguage = (typeof uiLanguages)[number];

export const resources = {
  'zh-CN': {
    highlights: zhHighlights,
    common: zhCommon,
    menu: zhMenu,
    export: zhExport,
    import: zhImport,
    search: zhSearch,
    events: zhEvents,
    keeping: zhKeeping,
    lexicon: zhLexicon,
    marks: zhMarks,
    trends: zhTrends,
    team: zhTeam,
  },
  en: {
    highlights: enHighlights,
    common: enCommon,
    menu: enMenu,
    export: enExport,
    import: enImport,
    search: enSearch,
    events: enEvents,
    keeping: enKeeping,
    lexicon: enLexicon,
    marks: enMarks,
    trends: enTrends,
    team: enTeam,
  },
} as const;

export const defaultNamespace = 'common';
export const namespaces = Object.keys(resources['zh-CN']) as (keyof (typeof resources)['zh-CN'])[];

/** The UI language for a BCP 47 locale: Chinese of any region reads the zh-CN UI, anything else English. */
export function uiLanguageForLocale(locale: string | undefined | null): UiLanguage {
  return locale && /^zh\b/i.test(locale) ? 'zh-CN' : 'en';
}

export function isUiLanguage(value: unknown): value is UiLanguage {
  return typeof value === 'string' && (uiLanguages as readonly string[]).includes(value);
}
