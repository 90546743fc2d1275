// The results of a library search: a list "Search results" grouped by issue, each result a link
// with its snippet and the match marked; Enter (or a click) opens the exact place in the reader.
// Arrow keys move between results.
import { useLiveQuery } from 'dexie-react-hooks';
import type { KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { searchLibrary, type SearchResult } from '../../../data/repositories/search-engine';
import { useServices } from '../../app/services';
import { landingHref } from './landing';
import './search.css';

const RESULT_LIMIT = 200;

export function SearchView({ query }: { query: string }) {
  const { t } = useTranslation('search');
  const { db } = useServices();
  const outcome = useLiveQuery(async () => {
    // Read the index's document count so the results refresh when anything is indexed or removed.
    await db.searchDocs.count();
    return query.trim() ? searchLibrary(db, query, { limit: RESULT_LIMIT }) : null;
  }, [db, query]);

  if (!query.trim()) return <p className="empty-state">{t('results.empty')}</p>;
  if (outcome === undefined) return <p className="empty-state">{t('results.searching')}</p>;
  if (!outcome || outcome.total === 0) return <p className="empty-state">{t('results.none', { query })}</p>;

  const groups = groupByIssue(outcome.results);
  return (
    <section className="search-view">
      <h1 className="search-view__count">
        {t('results.count', { count: outcome.total, query })}
        {outcome.total > outcome.results.length && <span> {t('results.shownOf', { shown: outcome.results.length })}</span>}
      </h1>
      <ul className="search-results" aria-label={t('results.label')} onKeyDown={moveBetweenResults}>
        {groups.map(({ issueId, title, results }) => (
          <li key={issueId ?? ''} className="search-results__group">
            <h2>{title ?? t('results.untitled')}</h2>
            <ul>
              {results.map((result) => (
                <ResultItem key={result.docId} result={result} />
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </section>
  );
}

function ResultItem({ result }: { result: SearchResult }) {
  const { t } = useTranslation('search');
  const [first] = result.matches;
  const marked = result.viaPinyin ?? first?.snippet.match ?? '';
  const href = result.issueId ? landingHref(result.issueId, { find: marked, block: first?.blockIndex ?? null }) : undefined;
  return (
    <li className="search-result">
      <a href={href} className="search-result__link">
        <span className="search-result__kind">
          {first?.blockIndex === -1 ? t('results.title') : t(`kind.${result.kind}`)}
          {result.matchCount > 1 && ` · ${t('results.matches', { count: result.matchCount })}`}
          {result.viaPinyin && ` · ${t('results.viaPinyin', { text: result.viaPinyin })}`}
        </span>
        {result.matches.map((match, index) => (
          <span key={index} className="search-result__snippet" lang="zh-CN">
            {match.snippet.before}
            <mark>{match.snippet.match}</mark>
            {match.snippet.after}
          </span>
        ))}
      </a>
    </li>
  );
}

function groupByIssue(results: readonly SearchResult[]) {
  const groups = new Map<string | null, { issueId: string | null; title: string | null; results: SearchResult[] }>();
  for (const result of results) {
    let group = groups.get(result.issueId);
    if (!group) groups.set(result.issueId, (group = { issueId: result.issueId, title: result.issueTitle, results: [] }));
    group.results.push(result);
  }
  return [...groups.values()];
}

function moveBetweenResults(event: KeyboardEvent<HTMLUListElement>) {
  if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
  const links = [...event.currentTarget.querySelectorAll<HTMLAnchorElement>('a.search-result__link')];
  const at = links.indexOf(document.activeElement as HTMLAnchorElement);
  if (at < 0) return;
  event.preventDefault();
  if (event.key === 'ArrowUp' && at === 0) {
    document.querySelector<HTMLInputElement>('.search-box input')?.focus();
    return;
  }
  links[Math.min(links.length - 1, Math.max(0, at + (event.key === 'ArrowDown' ? 1 : -1)))]?.focus();
}
