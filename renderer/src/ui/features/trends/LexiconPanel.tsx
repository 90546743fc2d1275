// The "Lexicon" region of the Trends view: the analyst's policy phrases, each with its category
// colour and how often it occurs in the library.
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { lexiconWithCounts } from '../../../data/lexicon/lexicon-queries';
import { useServices } from '../../app/services';

export function LexiconPanel() {
  const { t } = useTranslation('lexicon');
  const { db } = useServices();
  const entries = useLiveQuery(() => lexiconWithCounts(db), [db]);

  return (
    <section className="lexicon" aria-labelledby="lexicon-heading">
      <h2 id="lexicon-heading">{t('region')}</h2>
      <p className="lexicon__explain">{t('explain')}</p>
      {entries && entries.length === 0 ? (
        <p className="empty-state">{t('empty')}</p>
      ) : (
        <ul className="lexicon__list" aria-label={t('listLabel')}>
          {(entries ?? []).map((entry) => (
            <li key={entry.id} className={`lexicon__item${entry.enabled ? '' : ' lexicon__item--off'}`}>
              <span className="lexicon__phrase" lang="zh-CN">
                {entry.phrase}
              </span>
              <span className="lexicon__category">
                <span className="lexicon__swatch" style={{ backgroundColor: entry.category.colour }} aria-hidden="true" />
                <span lang="zh-CN">{entry.category.name}</span>
              </span>
              <span className="lexicon__count">{entry.enabled ? t('libraryCount', { count: entry.libraryCount }) : t('off')}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
