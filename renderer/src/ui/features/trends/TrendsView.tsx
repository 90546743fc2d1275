// The Trends view (#/trends): the lexicon of policy phrases the app marks and counts, and those
// phrases drawn over time.
import { useTranslation } from 'react-i18next';
import { LexiconPanel } from './LexiconPanel';
import { PhraseTrends } from './PhraseTrends';
import './trends.css';
import './phrase-trends.css';

export function TrendsView() {
  const { t } = useTranslation('trends');
  return (
    <section className="trends" aria-labelledby="trends-heading">
      <header className="view-header">
        <h1 id="trends-heading">{t('title')}</h1>
      </header>
      <PhraseTrends />
      <LexiconPanel />
    </section>
  );
}
