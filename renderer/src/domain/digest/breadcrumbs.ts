// Breadcrumbs at the top of a page: "您当前位置:大名博览 >> 新闻要事 >> 大事月报 >> 2011年4月大事概要",
// "首页>执政纪事". Pages often print the column's name as a banner above them ("大事月报",
// "执政纪事"); that banner names the column, not the article.

/** Breadcrumbs are short; longer lines are not split. */
const BREADCRUMB_MAX_LENGTH = 100;
const CRUMB_SEPARATOR = /\s*[>»›]+\s*/;
// "您当前位置:", "当前位置:" and the like before the first crumb.
const LOCATION_LABEL = /^[^:]{0,8}位置 ?:\s*/;
const CRUMB_MAX_LENGTH = 30;
// A crumb names a page; a sentence with a ">" in it is no breadcrumb.
const SENTENCE_PUNCTUATION = /[。,;!?、]/;

/** The crumbs of a breadcrumb line (spaces removed), or null when the line is not one. */
export function crumbsOf(norm: string): string[] | null {
  if (norm.length > BREADCRUMB_MAX_LENGTH || !/[>»›]/.test(norm) || SENTENCE_PUNCTUATION.test(norm)) return null;
  const crumbs = norm
    .replace(LOCATION_LABEL, '')
    .split(CRUMB_SEPARATOR)
    .map((crumb) => crumb.replace(/\s+/g, ''))
    .filter((crumb) => crumb.length > 0);
  if (crumbs.length < 2 || crumbs.some((crumb) => crumb.length > CRUMB_MAX_LENGTH)) return null;
  return crumbs;
}

/**
 * The indexes among `norms` (the head's lines, in order) that are breadcrumbs, or column banners:
 * a line standing above a breadcrumb that names one of its crumbs.
 */
export function navigationLines(norms: readonly string[]): Set<number> {
  const found = new Set<number>();
  const crumbsBelow = new Set<string>();
  for (let index = norms.length - 1; index >= 0; index -= 1) {
    const norm = norms[index] ?? '';
    const crumbs = crumbsOf(norm);
    if (crumbs) {
      found.add(index);
      for (const crumb of crumbs) crumbsBelow.add(crumb);
    } else if (crumbsBelow.has(norm.replace(/\s+/g, ''))) found.add(index);
  }
  return found;
}
