// Types every t('…') key against the zh-CN resources, so a misspelt key is a type error.
import 'i18next';
import type zhCommon from './locales/zh-CN/common.json';
import type zhMenu from './locales/zh-CN/menu.json';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: { common: typeof zhCommon; menu: typeof zhMenu };
  }
}
