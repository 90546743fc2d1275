// Starts i18next with both languages bundled (no network loading) in the language chosen at boot.
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { defaultNamespace, namespaces, resources, type UiLanguage } from './resources';

export async function setupI18n(language: UiLanguage): Promise<typeof i18next> {
  await i18next.use(initReactI18next).init({
    resources,
    lng: language,
    fallbackLng: 'en',
    defaultNS: defaultNamespace,
    ns: namespaces,
    interpolation: { escapeValue: false }, // React escapes already
    returnNull: false,
  });
  document.documentElement.lang = language;
  i18next.on('languageChanged', (lng) => {
    document.documentElement.lang = lng;
  });
  return i18next;
}
