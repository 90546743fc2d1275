// The highlight categories with their names in the current UI language and their colours.
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { CATEGORIES_KEY, categoriesFrom, defaultCategories, type CategoryId } from '../../../data/repositories/highlight-categories';
import { useServices } from '../../app/services';

export interface ShownCategory {
  id: CategoryId;
  color: string;
  name: string;
  key: string;
}

export function useCategories(): ShownCategory[] {
  const { db } = useServices();
  const { t, i18n } = useTranslation('highlights');
  const stored = useLiveQuery(async () => categoriesFrom((await db.settings.get(CATEGORIES_KEY))?.value), [db]);
  const language = i18n.language === 'zh-CN' ? 'zh-CN' : 'en';
  // The same array until the categories or the language change: the reader's paints depend on it.
  return useMemo(
    () =>
      (stored ?? defaultCategories()).map((category, index) => ({
        id: category.id,
        color: category.color,
        name: category.names[language] ?? t(`category.${category.id}`),
        key: String(index + 1),
      })),
    [stored, language, t],
  );
}
