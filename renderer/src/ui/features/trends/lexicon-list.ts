// How the Lexicon list is ordered and filtered: the phrases the library uses most first (then by
// phrase, in Chinese collation), and a filter that matches phrase, variants, category and note,
// folded as search folds so 城市更新 finds 城市更新 and a traditional spelling finds its simplified form.
import type { LexiconEntryWithCount } from '../../../data/lexicon/lexicon-queries';
import type { LexiconCategory } from '../../../domain/lexicon/types';
import { foldText } from '../../../domain/search/fold';

const collator = new Intl.Collator('zh-CN');

export function sortedEntries(entries: readonly LexiconEntryWithCount[]): LexiconEntryWithCount[] {
  return [...entries].sort((a, b) => b.libraryCount - a.libraryCount || collator.compare(a.phrase, b.phrase));
}

export function filterEntries(entries: readonly LexiconEntryWithCount[], query: string): LexiconEntryWithCount[] {
  const needle = foldText(query.trim());
  if (!needle) return [...entries];
  return entries.filter((entry) =>
    foldText([entry.phrase, ...entry.variants, entry.category.name, entry.note].join('\n')).includes(needle),
  );
}

/** The categories in use, each once with the colour its first entry gives it, in order of use. */
export function categoriesOf(entries: readonly { category: LexiconCategory }[]): LexiconCategory[] {
  const seen = new Map<string, LexiconCategory>();
  for (const { category } of entries) if (!seen.has(category.name)) seen.set(category.name, category);
  return [...seen.values()];
}
