// The "Category" combobox of the add row and the edit form: the categories in use in the lexicon,
// and "New category…", which shows a name box and a colour well for a category of one's own.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { LexiconCategory } from '../../../domain/lexicon/types';

export interface CategoryChoice {
  /** The chosen category, or 'new' for the one being made. */
  existing: string | 'new';
  /** The name and colour of the new category (used only when existing is 'new'). */
  fresh: LexiconCategory;
}

const NEW = '\u0000new';

/** The colour a new category starts with (a teal none of the starter categories uses). */
export const NEW_CATEGORY_COLOUR = '#0f766e';

export function chosenCategory(choice: CategoryChoice, categories: readonly LexiconCategory[]): LexiconCategory {
  if (choice.existing === 'new') return choice.fresh;
  return categories.find((category) => category.name === choice.existing) ?? choice.fresh;
}

interface Props {
  categories: readonly LexiconCategory[];
  value: CategoryChoice;
  onChange: (value: CategoryChoice) => void;
}

export function CategoryPicker({ categories, value, onChange }: Props) {
  const { t } = useTranslation('lexicon');
  const id = useId();
  const current = value.existing === 'new' ? NEW : value.existing;
  const colour = value.existing === 'new' ? value.fresh.colour : chosenCategory(value, categories).colour;
  return (
    <span className="lexicon-category-picker">
      <span className="lexicon__swatch" style={{ backgroundColor: colour }} aria-hidden="true" />
      <label htmlFor={`${id}-category`} className="visually-hidden">
        {t('add.category')}
      </label>
      <select
        id={`${id}-category`}
        value={current}
        onChange={(event) => onChange({ ...value, existing: event.target.value === NEW ? 'new' : event.target.value })}
      >
        {categories.map((category) => (
          <option key={category.name} value={category.name}>
            {category.name}
          </option>
        ))}
        <option value={NEW}>{t('category.new')}</option>
      </select>
      {value.existing === 'new' && (
        <>
          <input
            type="text"
            aria-label={t('category.newName')}
            placeholder={t('category.newName')}
            maxLength={40}
            value={value.fresh.name}
            onChange={(event) => onChange({ ...value, fresh: { ...value.fresh, name: event.target.value } })}
          />
          <input
            type="color"
            aria-label={t('category.colour')}
            value={value.fresh.colour}
            onChange={(event) => onChange({ ...value, fresh: { ...value.fresh, colour: event.target.value } })}
          />
        </>
      )}
    </span>
  );
}
