// Reads the paragraphs of the HTML that mammoth writes for a Word document, without a DOM: the
// parsing Worker has no DOMParser. This is not a reader for HTML in general, and never sees a web
// page: mammoth writes every tag itself and escapes the document's text (& < >) and attribute
// values (& " < >), so a tag is always `<name …>` with no `>` inside and text holds no `<`.
// Only text is taken; nothing of it is rendered or run.
import { BLOCK_TAGS, BREAK_TAGS, paragraphCollector } from './paragraph-lines';

const TOKEN = /<(\/?)([a-zA-Z][a-zA-Z0-9]*)[^>]*>|([^<]+)/g;
const ENTITY = /&(amp|lt|gt|quot|#(\d+)|#x([0-9a-fA-F]+));/g;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"' };

function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(ENTITY, (whole, name: string, decimal?: string, hex?: string) => {
    if (decimal || hex) {
      const code = decimal ? Number(decimal) : parseInt(hex!, 16);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED[name] ?? whole;
  });
}

/** The paragraphs of mammoth's HTML, with the same line rules as a sanitized web page. */
export function paragraphsOfConverterHtml(html: string): string[] {
  const { add, flush, paragraphs } = paragraphCollector();
  for (const match of html.matchAll(TOKEN)) {
    const [, , tagName, text] = match;
    if (text !== undefined) {
      add(decodeEntities(text));
      continue;
    }
    const tag = tagName!.toLowerCase();
    if (BREAK_TAGS.has(tag) || BLOCK_TAGS.has(tag)) flush();
  }
  flush();
  return paragraphs;
}
