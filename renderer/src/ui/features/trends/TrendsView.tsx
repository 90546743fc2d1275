// The Trends view (#/trends): the lexicon of policy phrases the app marks and counts, and those
// phrases drawn over time, and phrases mined from the library to suggest for it.
import { useTranslation } from 'react-i18next';
import { LexiconPanel } from './LexiconPanel';
import { PhraseTrends } from './PhraseTrends';
import { SuggestedPhrases } from './SuggestedPhrases';
import './trends.css';
import './phrase-trends.css';
import './suggestions.css';

export function TrendsView() {
  const { t } = useTranslation('trends');
  return (
    <section className="trends" aria-labelledby="trends-heading">
      <header className="view-header">
        <h1 id="trends-heading">{t('title')}</h1>
      </header>
      <PhraseTrends />
      <SuggestedPhrases />
      <LexiconPanel />
    </section>
  );
}
