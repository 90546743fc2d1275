// The lexicon marks' behaviour in the reader, beside the article: which mark is pointed at, its
// entry's tooltip, and the keys (M, H/Enter, ← →). The marks themselves are painted with the
// text (PaintedText); this part never touches the text, only reads the marks' data attributes.
import { useLiveQuery } from 'dexie-react-hooks';
import { useState, type RefObject } from 'react';
import type { LexiconEntryRecord } from '../../../data/records';
import { readCategories } from '../../../data/repositories/highlight-categories';
import { useServices } from '../../app/services';
import type { Highlighting } from '../highlights/useHighlighting';
import { highlightCategoryFor } from './highlight-category-for';
import { MarkEntryTooltip } from './MarkEntryTooltip';
import { useMarkKeys } from './useMarkKeys';
import { useMarkPointer } from './useMarkPointer';
import { spanOfMark, useMarkToHighlight } from './useMarkToHighlight';

interface Props {
  articleRef: RefObject<HTMLElement | null>;
  issueId: string;
  entries: ReadonlyMap<string, LexiconEntryRecord>;
  highlighting: Highlighting;
  toggle: () => void;
}

export function LexiconMarkControls({ articleRef, issueId, entries, highlighting, toggle }: Props) {
  const { db } = useServices();
  const categories = useLiveQuery(() => readCategories(db), [db]) ?? [];
  const pointer = useMarkPointer(articleRef);
  const highlight = useMarkToHighlight(highlighting, entries, categories);
  // Esc hides the tooltip of the mark it was pressed on, until another mark is pointed at.
  const [dismissed, setDismissed] = useState<HTMLElement | null>(null);
  useMarkKeys({
    articleRef,
    pointer,
    caretMode: highlighting.caretMode,
    toggle,
    highlight: (mark) => void highlight(mark),
    dismiss: () => setDismissed(pointer.active),
  });
  const mark = pointer.active !== dismissed ? pointer.active : null;
  const entry = mark ? entries.get(mark.dataset.entryId ?? '') : undefined;
  if (!mark || !entry) return null;
  const categoryId = highlightCategoryFor(entry.category.name, categories);
  const highlightAs = spanOfMark(mark) ? (highlighting.categories.find((category) => category.id === categoryId)?.name ?? '') : null;
  return <MarkEntryTooltip mark={mark} entry={entry} issueId={issueId} highlightAs={highlightAs} />;
}
