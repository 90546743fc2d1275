// "Edit phrase": a modal form over one lexicon entry — its phrase, other spellings (one a line),
// category, note, and on/off. Save writes through updateEntry (a change of spelling re-counts the
// library in the background); a refused value is named in an alert and nothing is saved.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { updateEntry } from '../../../data/lexicon/lexicon-edits';
import type { LexiconEntryRecord } from '../../../data/records';
import type { LexiconCategory } from '../../../domain/lexicon/types';
import { useServices } from '../../app/services';
import { useModalDialog } from '../../hooks/useModalDialog';
import { CategoryPicker, chosenCategory, NEW_CATEGORY_COLOUR, type CategoryChoice } from './CategoryPicker';
import { problemText } from './lexicon-problem';

interface Props {
  entry: LexiconEntryRecord;
  categories: readonly LexiconCategory[];
  onClose: (saved: boolean) => void;
}

export function EditEntryDialog({ entry, categories, onClose }: Props) {
  const { t } = useTranslation('lexicon');
  const { db } = useServices();
  const dialog = useModalDialog(true);
  const id = useId();
  const [phrase, setPhrase] = useState(entry.phrase);
  const [variants, setVariants] = useState(entry.variants.join('\n'));
  const [note, setNote] = useState(entry.note);
  const [enabled, setEnabled] = useState(entry.enabled);
  const [choice, setChoice] = useState<CategoryChoice>({ existing: entry.category.name, fresh: { name: '', colour: NEW_CATEGORY_COLOUR } });
  const [problem, setProblem] = useState<string | null>(null);
  // The entry's own category stays offered even when it is the only entry that uses it.
  const offered = categories.some((category) => category.name === entry.category.name) ? categories : [entry.category, ...categories];

  const save = async () => {
    const result = await updateEntry(db, entry.id, {
      phrase,
      variants: variants.split(/\r?\n/),
      category: chosenCategory(choice, offered),
      note,
      enabled,
    });
    if (!result.ok) {
      setProblem(problemText(t, result.problem));
      return;
    }
    onClose(true);
  };

  return (
    <dialog ref={dialog} className="dialog lexicon-edit" aria-labelledby={`${id}-title`} onClose={() => onClose(false)}>
      <form
        aria-labelledby={`${id}-title`}
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <h2 id={`${id}-title`}>{t('edit.title')}</h2>
        <label className="lexicon-edit__field">
          {t('edit.phrase')}
          <input type="text" lang="zh-CN" value={phrase} onChange={(event) => setPhrase(event.target.value)} />
        </label>
        <label className="lexicon-edit__field">
          {t('edit.variants')}
          <textarea
            lang="zh-CN"
            rows={4}
            value={variants}
            aria-describedby={`${id}-variants-hint`}
            onChange={(event) => setVariants(event.target.value)}
          />
        </label>
        <p id={`${id}-variants-hint`} className="lexicon-edit__hint">
          {t('edit.variantsHint')}
        </p>
        <div className="lexicon-edit__field">
          <span aria-hidden="true">{t('add.category')}</span>
          <CategoryPicker categories={offered} value={choice} onChange={setChoice} />
        </div>
        <label className="lexicon-edit__field">
          {t('edit.note')}
          <textarea rows={2} value={note} onChange={(event) => setNote(event.target.value)} />
        </label>
        <label className="lexicon-edit__check">
          <input type="checkbox" checked={enabled} onChange={(event) => setEnabled(event.target.checked)} />
          {t('edit.enabled')}
        </label>
        {problem && <p role="alert">{problem}</p>}
        <div className="dialog__actions">
          <button type="button" onClick={() => onClose(false)}>
            {t('edit.cancel')}
          </button>
          <button type="submit" className="primary">
            {t('edit.save')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
