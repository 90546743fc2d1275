// The "Lexicon" region of the Trends view: the analyst's policy phrases, most used first, each with
// its category colour and how often it occurs in the library; the add row, a filter, an on/off
// switch, Edit and Delete (with Undo) on each entry, and the background re-count that every edit
// of a spelling starts.
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { deleteEntry, restoreEntry, updateEntry, type DeletedEntry } from '../../../data/lexicon/lexicon-edits';
import { lexiconWithCounts, type LexiconEntryWithCount } from '../../../data/lexicon/lexicon-queries';
import { recountJobOf } from '../../../data/lexicon/recount-job';
import { useServices } from '../../app/services';
import { AddPhraseForm } from './AddPhraseForm';
import { EditEntryDialog } from './EditEntryDialog';
import { LexiconFiles } from './LexiconFiles';
import { LexiconItem } from './LexiconItem';
import { RecountStatus } from './RecountStatus';
import { categoriesOf, filterEntries, sortedEntries } from './lexicon-list';
import { problemText } from './lexicon-problem';

export function LexiconPanel() {
  const { t } = useTranslation('lexicon');
  const { db } = useServices();
  const job = recountJobOf(db);
  const entries = useLiveQuery(() => lexiconWithCounts(db), [db]);
  const [query, setQuery] = useState('');
  const [editing, setEditing] = useState<LexiconEntryWithCount | null>(null);
  // The last deletion, kept for its Undo: an entry may carry variants and a note typed with care.
  const [deleted, setDeleted] = useState<DeletedEntry | null>(null);
  const [message, setMessage] = useState('');
  const [problem, setProblem] = useState('');
  const counting = useSyncExternalStore(job.subscribe, job.getSnapshot).status === 'running';
  // A deleted entry's buttons are gone with it: the focus goes to its Undo, where a keyboard user can take it back.
  const undoButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (deleted) undoButton.current?.focus();
  }, [deleted]);

  const sorted = useMemo(() => sortedEntries(entries ?? []), [entries]);
  const shown = useMemo(() => filterEntries(sorted, query), [sorted, query]);
  const categories = useMemo(() => categoriesOf(entries ?? []), [entries]);
  const anyPending = (entries ?? []).some((entry) => entry.pendingCount !== undefined);

  const settle = (text: string) => {
    setProblem('');
    setMessage(text);
    void job.request();
  };
  const remove = async (entry: LexiconEntryWithCount) => {
    const gone = await deleteEntry(db, entry.id);
    setDeleted(gone ?? null);
    settle('');
  };
  const undo = async (what: DeletedEntry) => {
    setDeleted(null);
    const result = await restoreEntry(db, what);
    if (result.ok) settle(t('restored', { phrase: what.entry.phrase }));
    else setProblem(problemText(t, result.problem));
  };
  const toggle = async (entry: LexiconEntryWithCount) => {
    const result = await updateEntry(db, entry.id, { ...entry, enabled: !entry.enabled });
    if (result.ok) settle('');
    else setProblem(problemText(t, result.problem));
  };

  return (
    <section className="lexicon" aria-labelledby="lexicon-heading">
      <h2 id="lexicon-heading">{t('region')}</h2>
      <p className="lexicon__explain">{t('explain')}</p>
      <AddPhraseForm
        categories={categories}
        onAdded={(phrase) => {
          setDeleted(null);
          settle(t('add.added', { phrase }));
        }}
      />
      <LexiconFiles
        entries={entries ?? []}
        onImported={() => {
          setDeleted(null);
          settle('');
        }}
      />
      <div className="lexicon__toolbar">
        <input
          type="search"
          className="lexicon__filter"
          aria-label={t('filter')}
          placeholder={t('filter')}
          value={query}
          onChange={(event) => setQuery(event.target.value)}
        />
        {query && entries && <span className="lexicon__shown">{t('shown', { shown: shown.length, total: entries.length })}</span>}
      </div>
      <RecountStatus job={job} anyPending={anyPending} />
      {problem && <p role="alert">{problem}</p>}
      <p role="status" className="lexicon__status">
        {deleted ? (
          <>
            {t('deleted', { phrase: deleted.entry.phrase })}{' '}
            <button type="button" ref={undoButton} onClick={() => void undo(deleted)}>
              {t('undo')}
            </button>
          </>
        ) : (
          message
        )}
      </p>
      {entries && entries.length === 0 ? (
        <p className="empty-state">{t('empty')}</p>
      ) : query && shown.length === 0 ? (
        <p className="empty-state">{t('filterNone', { query })}</p>
      ) : (
        <ul className="lexicon__list" aria-label={t('listLabel')}>
          {shown.map((entry) => (
            <LexiconItem
              key={entry.id}
              entry={entry}
              counting={counting}
              onToggle={(target) => void toggle(target)}
              onEdit={setEditing}
              onDelete={(target) => void remove(target)}
            />
          ))}
        </ul>
      )}
      {editing && (
        <EditEntryDialog
          entry={editing}
          categories={categories}
          onClose={(saved) => {
            setEditing(null);
            if (saved) settle('');
          }}
        />
      )}
    </section>
  );
}
