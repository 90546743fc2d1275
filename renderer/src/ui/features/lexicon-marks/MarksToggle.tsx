// The reader's toggle "Mark lexicon phrases" (also the M key, useMarkKeys.ts).
import { useTranslation } from 'react-i18next';

export function MarksToggle({ on, onToggle }: { on: boolean; onToggle: () => void }) {
  const { t, i18n } = useTranslation('marks');
  return (
    <button type="button" className="lx-toggle" aria-pressed={on} aria-keyshortcuts="M" onClick={onToggle} lang={i18n.language}>
      <span className="lx-toggle__sample" aria-hidden="true">
        Aa
      </span>
      {t('toggle')}
      <kbd aria-hidden="true">M</kbd>
    </button>
  );
}
