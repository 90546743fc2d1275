// The reader route: loads the issue, its text, its highlights and the lexicon together (so the
// first paint shows the highlights and the lexicon's marks too, not a second layout a moment
// later), then hands them to the Reader.
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import type { LexiconEntryRecord } from '../../../data/records';
import { listIssueHighlights } from '../../../data/repositories/highlights';
import { getIssueWithText } from '../../../data/repositories/issues';
import { hrefFor } from '../../app/route';
import { useServices } from '../../app/services';
import { IssueActions } from '../library/IssueActions';
import { FindInIssue } from '../search/FindInIssue';
import { Reader } from './Reader';

const noLexicon: readonly LexiconEntryRecord[] = [];

export function ReaderView({ issueId }: { issueId: string }) {
  const { t } = useTranslation();
  const { db } = useServices();
  // undefined while loading, null when the issue does not exist.
  const loaded = useLiveQuery(() => getIssueWithText(db, issueId), [db, issueId]);
  // Its own live query: a highlight's change must not read the issue's text again.
  const highlights = useLiveQuery(() => listIssueHighlights(db, issueId), [db, issueId]);
  // The lexicon too, so the first paint already shows its marks.
  const lexicon = useLiveQuery(() => db.lexicon.toArray(), [db]);
  if (loaded === undefined || (loaded !== null && (highlights === undefined || lexicon === undefined)))
    return <p className="empty-state">{t('reader.loading')}</p>;
  if (loaded === null) {
    return (
      <div className="empty-state" role="alert">
        <p>{t('reader.notFound')}</p>
        <a href={hrefFor({ view: 'library' })}>{t('reader.backToLibrary')}</a>
      </div>
    );
  }
  // A column filling the window: the find bar and the issue's notices take their height first,
  // the split reading page (article above, Events table below) gets the rest.
  return (
    <div className="reader-route">
      {/* Search: the find bar (Ctrl/Cmd+F) and the landing place of a search result. */}
      <FindInIssue />
      {/* Keeping the library: the issue's own actions (Move to Trash …). */}
      <IssueActions issue={loaded.issue} />
      <Reader issue={loaded.issue} text={loaded.text} highlights={highlights ?? []} lexicon={lexicon ?? noLexicon} />
    </div>
  );
}
