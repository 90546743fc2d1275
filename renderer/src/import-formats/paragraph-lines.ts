// The rules that turn the text of an HTML document into paragraphs, shared by the DOM walk over a
// sanitized page (html-paragraphs.ts) and the DOM-free reader of Word's converted HTML
// (converter-html.ts, which runs in the parsing Worker where there is no DOM): which elements end
// a line, and how a collected line is tidied.
import { tidyLine } from '../domain/import/article-text';

/** Elements that end a line of text where they start and where they end. */
export const BLOCK_TAGS = new Set([
  'article', 'blockquote', 'center', 'dd', 'div', 'dl', 'dt', 'figcaption', 'figure', 'footer', 'h1', 'h2',
  'h3', 'h4', 'h5', 'h6', 'header', 'li', 'main', 'ol', 'p', 'pre', 'section', 'table', 'tbody', 'td',
  'tfoot', 'th', 'thead', 'tr', 'ul', 'body',
]); // prettier-ignore

/** Elements that end a line where they stand (they hold no text). */
export const BREAK_TAGS = new Set(['br', 'hr']);

const WIDE = '\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF\u3000-\u303F';
/**
 * Source formatting breaks a Chinese line anywhere; a line break between two hanzi is not a space
 * (as browsers render it). A typed space between them is kept.
 */
const BREAK_BETWEEN_WIDE = new RegExp(`([${WIDE}])[ \\t]*\\r?\\n\\s*(?=[${WIDE}])`, 'g');

/** Collects text into lines: `add` appends text, `flush` ends the current line. */
export function paragraphCollector(): { add: (text: string) => void; flush: () => void; paragraphs: string[] } {
  const paragraphs: string[] = [];
  let line = '';
  return {
    paragraphs,
    add: (text) => {
      line += text;
    },
    flush: () => {
      const text = tidyLine(line.replace(BREAK_BETWEEN_WIDE, '$1'));
      if (text !== '') paragraphs.push(text);
      line = '';
    },
  };
}
