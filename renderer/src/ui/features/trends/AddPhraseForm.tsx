// The add row of the Lexicon: "New phrase", its "Category", and "Add phrase" (Enter in the phrase
// box adds too). A refused phrase is named in an alert and the box keeps what was typed; an added
// one empties the box and is counted over the library in the background.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { addEntry } from '../../../data/lexicon/lexicon-edits';
import { PHRASE_MAX_LENGTH } from '../../../domain/lexicon/schema';
import type { LexiconCategory } from '../../../domain/lexicon/types';
import { useServices } from '../../app/services';
import { CategoryPicker, chosenCategory, NEW_CATEGORY_COLOUR, type CategoryChoice } from './CategoryPicker';
import { problemText } from './lexicon-problem';

interface Props {
  categories: readonly LexiconCategory[];
  /** Called with the phrase added, once it is written (its re-count is then started). */
  onAdded: (phrase: string) => void;
}

export function AddPhraseForm({ categories, onAdded }: Props) {
  const { t } = useTranslation('lexicon');
  const { db } = useServices();
  const [phrase, setPhrase] = useState('');
  const [choice, setChoice] = useState<CategoryChoice | null>(null);
  const [problem, setProblem] = useState('');
  // Until the analyst picks one, the category is the first in use (or a new one in an empty lexicon).
  const value: CategoryChoice = choice ?? { existing: categories[0]?.name ?? 'new', fresh: { name: '', colour: NEW_CATEGORY_COLOUR } };

  const add = async () => {
    const result = await addEntry(db, { phrase, variants: [], category: chosenCategory(value, categories), note: '', enabled: true });
    if (!result.ok) {
      setProblem(problemText(t, result.problem));
      return;
    }
    setProblem('');
    setPhrase('');
    if (value.existing === 'new') setChoice({ existing: result.entry.category.name, fresh: value.fresh });
    onAdded(result.entry.phrase);
  };

  return (
    <form
      className="lexicon-add"
      aria-label={t('add.legend')}
      onSubmit={(event) => {
        event.preventDefault();
        void add();
      }}
    >
      <input
        type="text"
        aria-label={t('add.phrase')}
        placeholder={t('add.phrase')}
        lang="zh-CN"
        // A little over the limit, so that a pasted long phrase is refused with the reason, not cut.
        maxLength={PHRASE_MAX_LENGTH * 2}
        value={phrase}
        aria-invalid={problem ? true : undefined}
        onChange={(event) => setPhrase(event.target.value)}
      />
      <CategoryPicker categories={categories} value={value} onChange={setChoice} />
      <button type="submit">{t('add.button')}</button>
      {problem && (
        <p role="alert" className="lexicon-add__problem">
          {problem}
        </p>
      )}
    </form>
  );
}
