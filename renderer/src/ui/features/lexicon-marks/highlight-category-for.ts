// Which highlight category a lexicon mark turns into: the one named as the entry's category, in
// either UI language (a renamed category by its new name, the others by their default names;
// case and surrounding spaces ignored), else "Policy phrase" — a mark is a policy phrase first.
import type { CategoryId, HighlightCategory } from '../../../data/repositories/highlight-categories';
import { resources, uiLanguages } from '../../../i18n/resources';

const fold = (name: string) => name.trim().toLowerCase();

function namesOf(category: HighlightCategory): string[] {
  return uiLanguages.map((language) => category.names[language] ?? resources[language].highlights.category[category.id]);
}

export function highlightCategoryFor(entryCategory: string, categories: readonly HighlightCategory[]): CategoryId {
  const wanted = fold(entryCategory);
  const named = categories.find((category) => namesOf(category).some((name) => fold(name) === wanted));
  return named?.id ?? 'policy';
}
