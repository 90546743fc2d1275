// What can be done with the issues selected in the library: how many, Move to Trash, Add to
// collection, Remove from collection (when the library shows one), and clearing the selection.
import { useTranslation } from 'react-i18next';

interface Props {
  count: number;
  onTrash: () => void;
  onAddToCollection: () => void;
  /** Null when the library shows no collection. */
  onRemoveFromCollection: (() => void) | null;
  onClear: () => void;
}

export function SelectionBar({ count, onTrash, onAddToCollection, onRemoveFromCollection, onClear }: Props) {
  const { t } = useTranslation('keeping');
  return (
    <div className="library-selection" role="group" aria-label={t('selection.group')}>
      <span>{t('selection.count', { count })}</span>
      <button type="button" onClick={onTrash} aria-keyshortcuts="Delete">
        {t('trash.moveToTrash')}
      </button>
      <button type="button" onClick={onAddToCollection}>
        {t('collections.add')}
      </button>
      {onRemoveFromCollection && (
        <button type="button" onClick={onRemoveFromCollection}>
          {t('collections.remove')}
        </button>
      )}
      <button type="button" onClick={onClear}>
        {t('selection.clear')}
      </button>
    </div>
  );
}
