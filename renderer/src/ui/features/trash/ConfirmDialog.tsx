// A modal question before something that cannot be undone (Delete forever, Empty Trash): its
// title names it, the message says what will be lost, and Cancel has the focus so that Enter
// alone never destroys anything.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useModalDialog } from '../../hooks/useModalDialog';

interface Props {
  open: boolean;
  title: string;
  message: string;
  confirmLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
}

export function ConfirmDialog({ open, title, message, confirmLabel, onConfirm, onCancel }: Props) {
  const { t } = useTranslation('keeping');
  const dialog = useModalDialog(open);
  const titleId = useId();
  const messageId = useId();
  return (
    <dialog ref={dialog} className="dialog" aria-labelledby={titleId} aria-describedby={messageId} onClose={onCancel}>
      <h2 id={titleId}>{title}</h2>
      <p id={messageId}>{message}</p>
      <div className="dialog__actions">
        <button type="button" onClick={onCancel} autoFocus>
          {t('trash.cancel')}
        </button>
        <button type="button" className="danger" onClick={onConfirm}>
          {confirmLabel}
        </button>
      </div>
    </dialog>
  );
}
