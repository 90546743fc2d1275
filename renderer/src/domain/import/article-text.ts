// Pure helpers for saved web pages: read the title, publish time and source from what a page
// says about itself, and lay the extracted article out as digest text, so the one digest parser
// reads a page exactly as it reads the same article saved as plain text.

export interface ArticleParts {
  title: string;
  /** A second headline line under the title, when the page has one. */
  subtitle?: string | null;
  /** As the page writes it, e.g. "2019-09-18 06:23". */
  published?: string | null;
  source?: string | null;
  paragraphs: readonly string[];
}

const DATE = String.raw`(\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?(?:\s*\d{1,2}[:：]\d{2}(?:[:：]\d{2})?)?)`;
const LABELLED_DATE = new RegExp(String.raw`(?:发布日期|发布时间|发表时间|发稿时间|更新时间|日期|时间)\s*[:：]\s*` + DATE);
const LABELLED_SOURCE = /(?:信息来源|稿件来源|文章来源|来源于|来源)\s*[:：]\s*([^\s|｜:：]{2,40})/;

/** Collapses runs of spaces and drops them at the ends (full-width indents included). */
export function tidyLine(text: string): string {
  return text
    .replace(/[\s\u00A0]+/g, ' ')
    .replace(/^[\s\u3000]+|[\s\u3000]+$/g, '')
    .trim();
}

/** The first labelled publish date ("发布日期：2019-03-06", "时间：2019-09-18 06:23") in page text. */
export function findLabelledDate(text: string): string | null {
  const match = LABELLED_DATE.exec(text);
  return match ? tidyLine(match[1]!) : null;
}

/** The first labelled source ("来源：山西日报", "来源于：东区办事处") in page text. */
export function findLabelledSource(text: string): string | null {
  const match = LABELLED_SOURCE.exec(text);
  return match ? match[1]! : null;
}

/** A date value as written in a meta tag ("2019-09-18 06:23", "2019-09-18T06:23:00+08:00"), or null when it is none. */
export function dateFromMeta(value: string | null | undefined): string | null {
  if (!value) return null;
  const match = new RegExp(DATE).exec(value.replace('T', ' '));
  return match ? tidyLine(match[1]!) : null;
}

/**
 * The headline of a page: a heading whose text the <title> starts with is the article's own
 * title without the site name; failing that, the <title> cut at its last site-name separator.
 */
export function chooseTitle(documentTitle: string, headingTexts: readonly string[]): string {
  const pageTitle = tidyLine(documentTitle);
  const fromHeading = headingTexts
    .map(tidyLine)
    .filter((text) => text.length >= 4 && pageTitle.startsWith(text))
    .sort((a, b) => b.length - a.length)[0];
  if (fromHeading) return fromHeading;
  const cut = /^(.{4,}?)\s*(?:\s[-|–—]\s|_|--|\s\|\s|｜).*$/.exec(pageTitle);
  return cut ? cut[1]!.trim() : pageTitle;
}

/** The page as digest text: headline, subtitle, time and source lines, then one paragraph a line. */
export function composeArticleText(parts: ArticleParts): string {
  const title = tidyLine(parts.title);
  const paragraphs = parts.paragraphs.map(tidyLine).filter((paragraph) => paragraph !== '');
  // The page repeats the headline (or the subtitle) at the top of the body: keep it once.
  while (paragraphs.length > 0 && (paragraphs[0] === title || paragraphs[0] === parts.subtitle)) paragraphs.shift();
  const lines = [title];
  if (parts.subtitle && tidyLine(parts.subtitle) !== '') lines.push(tidyLine(parts.subtitle));
  if (parts.published) lines.push(`时间：${parts.published}`);
  if (parts.source) lines.push(`来源：${parts.source}`);
  lines.push(...paragraphs);
  return `${lines.filter((line) => line !== '').join('\n\n')}\n`;
}
