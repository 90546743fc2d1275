// What a lexicon mark stands for, shown while it is focused or under the pointer: the entry's
// phrase, category and note, its count in this issue and in the library, and the key that turns
// the mark into a highlight. A tooltip (not interactive; Esc hides it) placed under the mark and
// named as the mark's description, so a screen reader reads it on focus.
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useLayoutEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { entryCounts } from '../../../data/lexicon/entry-counts';
import type { LexiconEntryRecord } from '../../../data/records';
import { useServices } from '../../app/services';

export const MARK_TOOLTIP_ID = 'lexicon-mark-entry';

interface Props {
  mark: HTMLElement;
  entry: LexiconEntryRecord;
  issueId: string;
  /** The highlight category H gives it, by its name in the UI language; null for a mark in the title. */
  highlightAs: string | null;
}

/** Where the tooltip goes: under the mark's first line, kept inside the window; again on scroll. */
function usePlace(mark: HTMLElement): { top: number; left: number } {
  const [place, setPlace] = useState({ top: 0, left: 0 });
  useLayoutEffect(() => {
    const update = () => {
      const rect = mark.getClientRects()[0] ?? mark.getBoundingClientRect();
      setPlace({ top: rect.bottom + 6, left: Math.max(8, Math.min(rect.left, window.innerWidth - 328)) });
    };
    update();
    window.addEventListener('scroll', update, true);
    window.addEventListener('resize', update);
    return () => {
      window.removeEventListener('scroll', update, true);
      window.removeEventListener('resize', update);
    };
  }, [mark]);
  return place;
}

export function MarkEntryTooltip({ mark, entry, issueId, highlightAs }: Props) {
  const { t, i18n } = useTranslation('marks');
  const { db } = useServices();
  const counts = useLiveQuery(() => entryCounts(db, entry.id, issueId), [db, entry.id, issueId]);
  const place = usePlace(mark);
  useEffect(() => {
    mark.setAttribute('aria-describedby', MARK_TOOLTIP_ID);
    return () => mark.removeAttribute('aria-describedby');
  }, [mark]);
  return (
    <div id={MARK_TOOLTIP_ID} role="tooltip" className="lx-tooltip" style={place} lang={i18n.language}>
      <p className="lx-tooltip__phrase" lang="zh-CN">
        <span className="hl-swatch" style={{ backgroundColor: entry.category.colour }} aria-hidden="true" />
        {entry.phrase}
      </p>
      <p>{t('category', { category: entry.category.name })}</p>
      {entry.note && <p className="lx-tooltip__note">{entry.note}</p>}
      {counts && (
        <p>
          {t('inIssue', { count: counts.inIssue })} · {t('inLibrary', { count: counts.inLibrary })}
        </p>
      )}
      <p className="lx-tooltip__keys">
        {highlightAs === null ? (
          t('titleHint')
        ) : (
          <>
            <kbd>H</kbd> {t('highlightHint', { category: highlightAs })} · {t('browseHint')}
          </>
        )}
      </p>
    </div>
  );
}
