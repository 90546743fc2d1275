// The "Paste text" dialog: a modal with one textbox; Import parses and stores what was pasted.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useModalDialog } from '../../hooks/useModalDialog';

interface Props {
  open: boolean;
  onClose: () => void;
  onImport: (text: string) => void;
}

export function PasteDialog({ open, onClose, onImport }: Props) {
  const { t } = useTranslation();
  const dialog = useModalDialog(open);
  const titleId = useId();
  const [text, setText] = useState('');

  const submit = () => {
    if (text.trim() === '') return;
    onImport(text);
    setText('');
  };

  return (
    <dialog ref={dialog} className="dialog" aria-labelledby={titleId} onClose={onClose}>
      <form
        method="dialog"
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <h2 id={titleId}>{t('import.pasteDialogTitle')}</h2>
        <label className="visually-hidden" htmlFor={`${titleId}-text`}>
          {t('import.pasteTextbox')}
        </label>
        <textarea
          id={`${titleId}-text`}
          value={text}
          onChange={(event) => setText(event.target.value)}
          placeholder={t('import.pastePlaceholder')}
          rows={16}
          autoFocus
          onKeyDown={(event) => {
            // Ctrl/Cmd+Enter imports without leaving the keyboard.
            if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
              event.preventDefault();
              submit();
            }
          }}
        />
        <div className="dialog__actions">
          <button type="button" onClick={onClose}>
            {t('import.cancel')}
          </button>
          <button type="submit" className="primary" disabled={text.trim() === ''}>
            {t('import.pasteSubmit')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
