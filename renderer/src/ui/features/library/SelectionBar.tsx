// What can be done with the issues selected in the library: how many, Move to Trash, and
// clearing the selection. (Collections will add "Add to collection" here.)
import { useTranslation } from 'react-i18next';

interface Props {
  count: number;
  onTrash: () => void;
  onClear: () => void;
}

export function SelectionBar({ count, onTrash, onClear }: Props) {
  const { t } = useTranslation('keeping');
  return (
    <div className="library-selection" role="group" aria-label={t('selection.group')}>
      <span>{t('selection.count', { count })}</span>
      <button type="button" onClick={onTrash} aria-keyshortcuts="Delete">
        {t('trash.moveToTrash')}
      </button>
      <button type="button" onClick={onClear}>
        {t('selection.clear')}
      </button>
    </div>
  );
}
