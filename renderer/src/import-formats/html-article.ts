// Extracts the article of a saved web page: its headline, subtitle, publish time and source from
// what the page says about itself (meta tags, labelled lines), and the body with
// @mozilla/readability, which leaves out site navigation, menus, footers and scripts. The page
// is parsed with DOMParser into an inert document: its scripts never run, nothing loads.
import { Readability } from '@mozilla/readability';
import {
  chooseTitle,
  dateFromMeta,
  findLabelledDate,
  findLabelledSource,
  tidyLine,
  type ArticleParts,
} from '../domain/import/article-text';
import { paragraphsOfHtml } from './html-paragraphs';

const TITLE_META = ['ArticleTitle', 'og:title', 'twitter:title', 'title'];
const DATE_META = ['PubDate', 'publishdate', 'pubdate', 'article:published_time', 'publish_time', 'date', 'dc.date'];
const SOURCE_META = ['ContentSource', 'source', 'dc.source'];
/** Elements that may hold the headline; the first few hundred are enough on any real page. */
const HEADLINE_CANDIDATES = 'h1, h2, h3, [class*="title" i], [id*="title" i]';
const NON_TEXT = 'script, style, noscript, template, iframe, object, embed, svg, math, select, textarea, button';

function metaContent(doc: Document, names: readonly string[]): string | null {
  for (const name of names) {
    const lower = name.toLowerCase();
    for (const meta of doc.querySelectorAll('meta')) {
      const key = (meta.getAttribute('name') ?? meta.getAttribute('property') ?? '').toLowerCase();
      const content = tidyLine(meta.getAttribute('content') ?? '');
      if (key === lower && content !== '') return content;
    }
  }
  return null;
}

/** The heading right under the headline, when the page sets one there (a 副标题). */
function subtitleAfter(candidates: readonly Element[], title: string): string | null {
  const headline = candidates.find((element) => tidyLine(element.textContent ?? '') === title);
  let next = headline?.nextElementSibling ?? null;
  // Skip empty headings a template leaves around the headline.
  while (next && /^h[2-6]$/.test(next.localName) && tidyLine(next.textContent ?? '') === '') next = next.nextElementSibling;
  if (!next || !/^h[2-6]$/.test(next.localName)) return null;
  const text = tidyLine(next.textContent ?? '');
  return text !== '' && text !== title ? text : null;
}

/**
 * Real pages nest a few dozen elements deep; Readability's work grows with the square of the
 * depth (in jsdom a page 200 deep takes a second, 1,000 deep half a minute), so a page deeper than this is refused.
 */
export const MAX_HTML_DEPTH = 128;

/** The deepest element nesting in a document, found without recursion and stopping at `limit`. */
export function nestingDepth(root: Element, limit: number): number {
  let deepest = 0;
  const stack: [Element, number][] = [[root, 1]];
  while (stack.length > 0) {
    const [element, depth] = stack.pop()!;
    if (depth > deepest) deepest = depth;
    if (deepest > limit) return deepest;
    for (let child = element.firstElementChild; child; child = child.nextElementSibling) stack.push([child, depth + 1]);
  }
  return deepest;
}

export class TooDeepError extends Error {
  constructor(readonly depth: number) {
    super(`nested more than ${MAX_HTML_DEPTH} levels deep`);
  }
}

export function extractHtmlArticle(html: string): ArticleParts {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const depth = nestingDepth(doc.documentElement, MAX_HTML_DEPTH);
  if (depth > MAX_HTML_DEPTH) throw new TooDeepError(depth);
  // Readability rewrites the document it reads: give it its own copy.
  const forReadability = doc.cloneNode(true) as Document;
  for (const element of doc.querySelectorAll(NON_TEXT)) element.remove();

  const candidates = [...doc.querySelectorAll(HEADLINE_CANDIDATES)].slice(0, 300);
  const title =
    metaContent(doc, TITLE_META) ??
    chooseTitle(
      doc.title,
      candidates.map((element) => element.textContent ?? ''),
    );
  const pageText = doc.body?.textContent ?? '';
  const published = dateFromMeta(metaContent(doc, DATE_META)) ?? findLabelledDate(pageText);
  const source = metaContent(doc, SOURCE_META) ?? findLabelledSource(pageText);

  const article = new Readability(forReadability, { charThreshold: 20 }).parse();
  let paragraphs = article?.content ? paragraphsOfHtml(article.content) : [];
  // A short page (a note, a fragment) has no "article" for Readability: take its whole body.
  if (paragraphs.length === 0 && doc.body) paragraphs = paragraphsOfHtml(doc.body.innerHTML);
  return { title, subtitle: subtitleAfter(candidates, title), published, source, paragraphs };
}
