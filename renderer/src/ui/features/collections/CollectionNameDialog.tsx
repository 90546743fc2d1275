// Asks for a collection's name (New collection, Rename collection); a refused name (empty, or
// taken) is said in an alert and the dialog stays open.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CollectionNameError } from '../../../data/repositories/collections';
import { useModalDialog } from '../../hooks/useModalDialog';

interface Props {
  title: string;
  initial: string;
  submitLabel: string;
  /** Saves the name; throws CollectionNameError when it is refused. */
  onSubmit: (name: string) => Promise<void>;
  onClose: () => void;
}

export function CollectionNameDialog({ title, initial, submitLabel, onSubmit, onClose }: Props) {
  const { t } = useTranslation('keeping');
  const dialog = useModalDialog(true);
  const id = useId();
  const [name, setName] = useState(initial);
  const [problem, setProblem] = useState<string | null>(null);
  const submit = async () => {
    try {
      await onSubmit(name);
      onClose();
    } catch (error) {
      if (!(error instanceof CollectionNameError)) throw error;
      setProblem(t(`collections.problem.${error.problem}`));
    }
  };
  return (
    <dialog ref={dialog} className="dialog" aria-labelledby={`${id}-title`} onClose={onClose}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <h2 id={`${id}-title`}>{title}</h2>
        <label className="issue-details__field">
          {t('collections.nameLabel')}
          <input type="text" value={name} onChange={(event) => setName(event.target.value)} autoFocus />
        </label>
        {problem && <p role="alert">{problem}</p>}
        <div className="dialog__actions">
          <button type="button" onClick={onClose}>
            {t('collections.cancel')}
          </button>
          <button type="submit" className="primary">
            {submitLabel}
          </button>
        </div>
      </form>
    </dialog>
  );
}
