// One conflicted document's two versions side by side, field by field: for each difference the
// analyst picks a side (the version shown now is preselected), then keeps the shown version, takes
// the other, or saves the merge of their choices. Nothing is written until they press one.
import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConflictVersions } from '../../../data/sync/conflicts';
import { choiceKey, type Fields, type MergeChoices, type RecordDiff } from '../../../domain/sync/record-diff';

function shown(value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'string') return value;
  return JSON.stringify(value);
}

/** What a record is called: an event's summary, a highlight's quote, a tag's name. */
function recordName(diff: RecordDiff, conflict: ConflictVersions): string {
  const record: Fields | undefined =
    diff.kind === 'changed'
      ? (conflict.winner.content as unknown as Record<string, Fields[]>)[recordListOf(conflict)]?.find?.((item) => item['id'] === diff.key)
      : diff.record;
  const quote = (record?.['target'] as { quote?: { exact?: string } } | undefined)?.quote?.exact;
  return String(record?.['summary'] ?? quote ?? record?.['name'] ?? record?.['text'] ?? diff.key);
}

function recordListOf(conflict: ConflictVersions): string {
  return conflict.type === 'highlights'
    ? 'highlights'
    : conflict.type === 'events'
      ? 'events'
      : conflict.type === 'categories'
        ? 'categories'
        : '';
}

export function ConflictReview({
  conflict,
  onDecide,
  onClose,
}: {
  conflict: ConflictVersions;
  onDecide: (choices: MergeChoices) => Promise<void>;
  onClose: () => void;
}) {
  const { t } = useTranslation('team');
  const [choices, setChoices] = useState<MergeChoices>({});
  const authorA = conflict.winner.content.author;
  const authorB = conflict.other.content.author;
  const all = (side: 'a' | 'b'): MergeChoices =>
    Object.fromEntries(
      conflict.diffs.flatMap((diff) =>
        diff.kind === 'changed' ? diff.fields.map((field) => [choiceKey(diff.key, field.field), side]) : [[diff.key, side]],
      ),
    );
  const pick = (key: string, side: 'a' | 'b') => setChoices({ ...choices, [key]: side });
  const side = (key: string) => choices[key] ?? 'a';

  return (
    <section className="team__conflict" aria-label={t('conflicts.review')}>
      <table className="team__diff">
        <thead>
          <tr>
            <th scope="col">{t('conflicts.field')}</th>
            <th scope="col">
              {t('conflicts.versionBy', { author: authorA })} <em>({t('conflicts.shownNow')})</em>
            </th>
            <th scope="col">{t('conflicts.versionBy', { author: authorB })}</th>
          </tr>
        </thead>
        <tbody>
          {conflict.diffs.map((diff) => (
            <Fragment key={diff.key}>
              <tr>
                <th scope="rowgroup" colSpan={3} className="team__record">
                  {recordName(diff, conflict)}
                </th>
              </tr>
              {diff.kind === 'changed' ? (
                diff.fields.map(({ field, a, b }) => {
                  const key = choiceKey(diff.key, field);
                  return (
                    <tr key={field}>
                      <th scope="row">{field}</th>
                      {(['a', 'b'] as const).map((which) => (
                        <td key={which}>
                          <label>
                            <input
                              type="radio"
                              name={key}
                              checked={side(key) === which}
                              onChange={() => pick(key, which)}
                              aria-label={t('conflicts.choose', { field, author: which === 'a' ? authorA : authorB })}
                            />{' '}
                            {shown(which === 'a' ? a : b)}
                          </label>
                        </td>
                      ))}
                    </tr>
                  );
                })
              ) : (
                <tr>
                  <th scope="row">{t('conflicts.onlyIn', { author: diff.kind === 'onlyA' ? authorA : authorB })}</th>
                  <td colSpan={2}>
                    {(['keep', 'drop'] as const).map((choice) => {
                      const keepSide = diff.kind === 'onlyA' ? 'a' : 'b';
                      const which = choice === 'keep' ? keepSide : keepSide === 'a' ? 'b' : 'a';
                      return (
                        <label key={choice} className="settings__radio">
                          <input type="radio" name={diff.key} checked={side(diff.key) === which} onChange={() => pick(diff.key, which)} />
                          {t(`conflicts.${choice}`)}
                        </label>
                      );
                    })}
                  </td>
                </tr>
              )}
            </Fragment>
          ))}
        </tbody>
      </table>
      <div className="team__actions">
        <button type="button" onClick={() => void onDecide(all('a'))}>
          {t('conflicts.takeShown')}
        </button>
        <button type="button" onClick={() => void onDecide(all('b'))}>
          {t('conflicts.takeOther')}
        </button>
        <button type="button" className="primary" onClick={() => void onDecide(choices)}>
          {t('conflicts.merge')}
        </button>
        <button type="button" onClick={onClose}>
          {t('conflicts.close')}
        </button>
      </div>
    </section>
  );
}
