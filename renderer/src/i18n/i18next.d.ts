// Types every t('…') key against the zh-CN resources, so a misspelt key is a type error.
import 'i18next';
import type zhCommon from './locales/zh-CN/common.json';
import type zhEvents from './locales/zh-CN/events.json';
import type zhExport from './locales/zh-CN/export.json';
import type zhHighlights from './locales/zh-CN/highlights.json';
import type zhImport from './locales/zh-CN/import.json';
import type zhKeeping from './locales/zh-CN/keeping.json';
import type zhLexicon from './locales/zh-CN/lexicon.json';
import type zhMarks from './locales/zh-CN/marks.json';
import type zhMenu from './locales/zh-CN/menu.json';
import type zhSearch from './locales/zh-CN/search.json';
import type zhTrends from './locales/zh-CN/trends.json';
import type zhTeam from './locales/zh-CN/team.json';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: {
      highlights: typeof zhHighlights;
      common: typeof zhCommon;
      menu: typeof zhMenu;
      export: typeof zhExport;
      import: typeof zhImport;
      search: typeof zhSearch;
      events: typeof zhEvents;
      keeping: typeof zhKeeping;
      lexicon: typeof zhLexicon;
      marks: typeof zhMarks;
      trends: typeof zhTrends;
      team: typeof zhTeam;
    };
  }
}
