// Finds a query's terms in the rendered article as DOM Ranges, so the reader can mark them with
// the CSS Custom Highlight API without changing its markup. Text is folded as the index folds it
// (same length), so "發展" marks "发展" and "ＡＢＣ" marks "abc".
import { foldText } from '../../../domain/search/fold';
import { findAll } from '../../../domain/search/match';

export interface DomMatch {
  range: Range;
  /** data-block of the element it is in; -1 for the title. */
  block: number;
  element: HTMLElement;
}

/** Every occurrence of any of the folded terms in the article's title and blocks, in reading order. */
export function findInArticle(article: HTMLElement, terms: readonly string[]): DomMatch[] {
  const foldedTerms = terms.map(foldText).filter((term) => term.trim() !== '');
  if (foldedTerms.length === 0) return [];
  const elements = [...article.querySelectorAll<HTMLElement>('h1, [data-block]')];
  const matches: DomMatch[] = [];
  for (const element of elements) {
    const block = element.dataset.block === undefined ? -1 : Number(element.dataset.block);
    const nodes: Text[] = [];
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
    const text = nodes.map((node) => node.data).join('');
    const folded = foldText(text);
    const found = foldedTerms.flatMap((term) => findAll(folded, term)).sort((a, b) => a.start - b.start);
    for (const match of found) {
      const range = document.createRange();
      const start = locate(nodes, match.start);
      const end = locate(nodes, match.start + match.length);
      if (!start || !end) continue;
      range.setStart(start.node, start.offset);
      range.setEnd(end.node, end.offset);
      matches.push({ range, block, element });
    }
  }
  return matches;
}

function locate(nodes: readonly Text[], offset: number): { node: Text; offset: number } | null {
  let remaining = offset;
  for (const node of nodes) {
    if (remaining <= node.data.length) return { node, offset: remaining };
    remaining -= node.data.length;
  }
  return null;
}

/** Marks all matches and the current one (CSS.highlights "search-match" / "search-current"); a no-op where unsupported. */
export function paintMatches(matches: readonly DomMatch[], current: number): void {
  if (typeof CSS === 'undefined' || !('highlights' in CSS) || typeof Highlight === 'undefined') return;
  CSS.highlights.set('search-match', new Highlight(...matches.map((match) => match.range)));
  const active = matches[current];
  if (active) CSS.highlights.set('search-current', new Highlight(active.range));
  else CSS.highlights.delete('search-current');
}

export function clearMatches(): void {
  if (typeof CSS === 'undefined' || !('highlights' in CSS)) return;
  CSS.highlights.delete('search-match');
  CSS.highlights.delete('search-current');
}
