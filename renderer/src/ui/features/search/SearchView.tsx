// The results of a library search: a list "Search results" grouped by issue, each result a link
// with its kind (issue text, highlight, note, event — a proposed one marked so), its snippet and
// the match marked; people are grouped on their own. Enter (or a click) opens the exact place: the marked text in the reader, a note's
// highlight, an event's row, a person's page. Arrow keys move between results.
import { useLiveQuery } from 'dexie-react-hooks';
import type { KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { searchTargetOf } from '../../../data/search/search-docs';
import { searchLibrary, type SearchResult } from '../../../data/search/search-engine';
import { hrefFor } from '../../app/route';
import { useServices } from '../../app/services';
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
        {groups.map(({ issueId, title, results, people }) => (
          <li key={people ? 'people' : (issueId ?? '')} className="search-results__group">
            <h2>{people ? t('results.people') : (title ?? t('results.untitled'))}</h2>
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
  const target = searchTargetOf(result.docId);
  return (
    <li className="search-result">
      <a href={resultHref(result, marked)} className="search-result__link" data-kind={result.kind}>
        <span className="search-result__kind">
          {result.kind === 'issue' && first?.blockIndex === -1 ? t('results.title') : t(`kind.${result.kind}`)}
          {result.inNote && ` · ${t('results.inNote')}`}
          {result.proposed && ` · ${t('results.proposed')}`}
          {target.kind === 'issueNote' && ` · ${t('results.onIssue')}`}
          {result.matchCount > 1 && ` · ${t('results.matches', { count: result.matchCount })}`}
          {result.viaPinyin && ` · ${t('results.viaPinyin', { text: result.viaPinyin })}`}
        </span>
        {result.personName && (
          <span className="search-result__name" lang="zh-CN">
            {result.personName}
          </span>
        )}
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

/** Where a result leads: the matched text in the issue, a note's highlight, an event's row, a person's page. */
function resultHref(result: SearchResult, marked: string): string | undefined {
  const target = searchTargetOf(result.docId);
  if (target.kind === 'person') return hrefFor({ view: 'official', personId: target.personId });
  if (!result.issueId) return undefined;
  const issueId = result.issueId;
  if (target.kind === 'highlight')
    return hrefFor({ view: 'issue', issueId, landing: { kind: 'highlight', highlightId: target.highlightId } });
  if (target.kind === 'event') return hrefFor({ view: 'issue', issueId, landing: { kind: 'event', eventId: target.eventId } });
  if (target.kind === 'issueNote') return hrefFor({ view: 'issue', issueId });
  const block = result.matches[0]?.blockIndex ?? null;
  return hrefFor({ view: 'issue', issueId, landing: { kind: 'find', find: marked, block } });
}

const kindOrder: readonly SearchResult['kind'][] = ['issue', 'block', 'highlight', 'note', 'event', 'person'];

/** Results under their issue, in the order found; people (who belong to no issue) in a group of their own, first. */
function groupByIssue(results: readonly SearchResult[]) {
  type Group = { issueId: string | null; title: string | null; results: SearchResult[]; people: boolean };
  const groups = new Map<string, Group>();
  for (const result of results) {
    const people = result.kind === 'person';
    const key = people ? '\u0000people' : (result.issueId ?? '');
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { issueId: people ? null : result.issueId, title: result.issueTitle, results: [], people }));
    group.results.push(result);
  }
  // Within an issue: its text first (where the reader lands), then notes, then events.
  for (const group of groups.values()) group.results.sort((a, b) => kindOrder.indexOf(a.kind) - kindOrder.indexOf(b.kind));
  return [...groups.values()].sort((a, b) => Number(b.people) - Number(a.people));
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
