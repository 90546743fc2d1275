// A lexicon mark turned into a highlight: the span the mark covers (its data-start and its text's
// length: the text the reader shows is the issue text), in the highlight category named as the
// entry's category (highlight-category-for.ts), through the highlighting controller, so it has the
// same undo (Ctrl/Cmd+Z) as a highlight made from a selection. A mark already highlighted exactly
// becomes the current highlight instead of gaining a twin.
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { HighlightCategory } from '../../../data/repositories/highlight-categories';
import type { LexiconEntryRecord } from '../../../data/records';
import { highlightStore } from '../highlights/highlight-store';
import type { Highlighting } from '../highlights/useHighlighting';
import { highlightCategoryFor } from './highlight-category-for';

/** The span of the issue text a mark covers; null for a mark outside it (the title). */
export function spanOfMark(mark: HTMLElement): { start: number; end: number } | null {
  if (mark.dataset.start === undefined) return null;
  const start = Number(mark.dataset.start);
  return { start, end: start + (mark.textContent ?? '').length };
}

export function useMarkToHighlight(
  highlighting: Highlighting,
  entries: ReadonlyMap<string, LexiconEntryRecord>,
  categories: readonly HighlightCategory[],
): (mark: HTMLElement) => Promise<void> {
  const { t } = useTranslation('marks');
  const { highlights, highlightSpan, categories: shown } = highlighting;
  return useCallback(
    async (mark: HTMLElement) => {
      const entry = entries.get(mark.dataset.entryId ?? '');
      if (!entry) return;
      const span = spanOfMark(mark);
      if (!span) return highlightStore.announce(t('titleHint'));
      const twin = highlights.find((item) => item.anchor !== 'orphaned' && item.start === span.start && item.end === span.end);
      if (twin) {
        highlightStore.setCurrent(twin.id);
        return highlightStore.announce(t('alreadyHighlighted', { phrase: entry.phrase }));
      }
      const categoryId = highlightCategoryFor(entry.category.name, categories);
      const made = await highlightSpan(span, categoryId);
      const name = shown.find((category) => category.id === categoryId)?.name ?? categoryId;
      if (made) highlightStore.announce(t('highlighted', { phrase: entry.phrase, category: name }));
    },
    [entries, categories, highlights, highlightSpan, shown, t],
  );
}
