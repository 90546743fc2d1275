// The "Suggested phrases" region of the Trends view: phrases mined from the library that the
// lexicon does not have yet — number slogans, quoted terms, phrases rising in recent issues —
// each with its count, an example or two in context, and a button that adds it to the lexicon.
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { addPhraseToLexicon } from '../../../data/trends/add-to-lexicon';
import type { Suggestion } from '../../../domain/lexicon/suggestions/suggest';
import { useServices } from '../../app/services';
import { useSuggestions } from './useSuggestions';

export function SuggestedPhrases() {
  const { t } = useTranslation('trends');
  const { db } = useServices();
  const suggestions = useSuggestions();
  const [message, setMessage] = useState('');
  const [adding, setAdding] = useState<string | null>(null);
  // The added item leaves the list with its button: the focus goes to the heading, not to the page's start.
  const heading = useRef<HTMLHeadingElement>(null);

  const add = async (suggestion: Suggestion) => {
    setAdding(suggestion.phrase);
    try {
      const result = await addPhraseToLexicon(db, suggestion.phrase);
      setMessage(t(result.ok ? 'suggestions.added' : 'suggestions.notAdded', { phrase: suggestion.phrase }));
      heading.current?.focus();
    } finally {
      setAdding(null);
    }
  };

  return (
    <section className="suggestions" aria-labelledby="suggestions-heading">
      <h2 id="suggestions-heading" ref={heading} tabIndex={-1}>
        {t('suggestions.region')}
      </h2>
      <p className="suggestions__explain">{t('suggestions.explain')}</p>
      <p role="status" className="suggestions__status">
        {suggestions === null ? t('suggestions.mining') : message}
      </p>
      {suggestions && suggestions.length === 0 && <p className="empty-state">{t('suggestions.empty')}</p>}
      {suggestions && suggestions.length > 0 && (
        <ul className="suggestions__list" aria-label={t('suggestions.listLabel')}>
          {suggestions.map((suggestion) => (
            <li key={suggestion.phrase} className="suggestions__item">
              <div className="suggestions__head">
                <span className="suggestions__phrase" lang="zh-CN">
                  {suggestion.phrase}
                </span>
                <span className="suggestions__kind">{t(`suggestions.kind.${suggestion.kind}`)}</span>
                <span className="suggestions__count">
                  {suggestion.kind === 'rising'
                    ? t('suggestions.recentIssues', { count: suggestion.issues })
                    : t('suggestions.count', { count: suggestion.count, issues: t('suggestions.issues', { count: suggestion.issues }) })}
                </span>
                <button type="button" disabled={adding !== null} onClick={() => void add(suggestion)}>
                  {t('suggestions.add')}
                </button>
              </div>
              {suggestion.examples.map((example) => (
                <p key={example.issueId} className="suggestions__example" lang="zh-CN">
                  {example.text}
                </p>
              ))}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
