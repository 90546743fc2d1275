// Edit details: a modal form "Issue details" correcting what the parser read — title, series,
// source, period and publish day. Save writes through updateIssueDetails (search and notes follow
// in its transaction); a refused value is named in an alert and nothing is saved.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IssueDetails, IssueRecord } from '../../../data/records';
import { updateIssueDetails } from '../../../data/repositories/issue-details';
import { useServices } from '../../app/services';
import { useModalDialog } from '../../hooks/useModalDialog';

interface Props {
  issue: IssueRecord;
  open: boolean;
  onClose: (saved: boolean) => void;
}

const textFields = ['title', 'series', 'source'] as const;
const dayFields = ['periodStart', 'periodEnd', 'published'] as const;

/** The form's values: days as the date inputs hold them (YYYY-MM-DD), '' for none. */
function formValues(issue: IssueRecord): Record<keyof IssueDetails, string> {
  return {
    title: issue.title,
    series: issue.series ?? '',
    source: issue.source ?? '',
    periodStart: issue.periodStart ?? '',
    periodEnd: issue.periodEnd ?? '',
    published: issue.published?.slice(0, 10) ?? '',
  };
}

export function IssueDetailsDialog({ issue, open, onClose }: Props) {
  const { t } = useTranslation('keeping');
  const { db } = useServices();
  const dialog = useModalDialog(open);
  const id = useId();
  const [values, setValues] = useState(() => formValues(issue));
  const [problem, setProblem] = useState<string | null>(null);

  const save = async () => {
    const published = values.published === issue.published?.slice(0, 10) ? issue.published : values.published;
    const result = await updateIssueDetails(db, issue.id, { ...values, published });
    if (!result.ok) {
      setProblem(t(`details.problem.${result.problem}`));
      return;
    }
    setProblem(null);
    onClose(true);
  };

  return (
    <dialog ref={dialog} className="dialog" aria-labelledby={`${id}-title`} onClose={() => onClose(false)}>
      <form
        className="issue-details"
        aria-labelledby={`${id}-title`}
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <h2 id={`${id}-title`}>{t('details.form')}</h2>
        {textFields.map((field) => (
          <label key={field} className="issue-details__field">
            {t(`details.${field}`)}
            <input
              type="text"
              value={values[field]}
              required={field === 'title'}
              onChange={(event) => setValues({ ...values, [field]: event.target.value })}
            />
          </label>
        ))}
        <div className="issue-details__days">
          {dayFields.map((field) => (
            <label key={field} className="issue-details__field">
              {t(`details.${field}`)}
              <input type="date" value={values[field]} onChange={(event) => setValues({ ...values, [field]: event.target.value })} />
            </label>
          ))}
        </div>
        {problem && <p role="alert">{problem}</p>}
        <div className="dialog__actions">
          <button type="button" onClick={() => onClose(false)}>
            {t('details.cancel')}
          </button>
          <button type="submit" className="primary">
            {t('details.save')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
