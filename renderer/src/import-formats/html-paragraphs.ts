// Turns an HTML fragment (an extracted article, a converted .docx) into its paragraphs of text.
// The HTML is first sanitized with DOMPurify down to text-bearing tags without attributes, then
// parsed with DOMParser into an inert document (nothing in it loads or runs) and walked without
// recursion, so a deeply nested page cannot exhaust the stack. It is never put in the live page.
import DOMPurify from 'dompurify';
import { BLOCK_TAGS, BREAK_TAGS, paragraphCollector } from './paragraph-lines';

/** Tags whose text is article text; everything else is dropped (scripts, media, forms, SVG…). */
const TEXT_TAGS = [
  'a', 'article', 'b', 'big', 'blockquote', 'br', 'center', 'code', 'dd', 'del', 'div', 'dl', 'dt', 'em',
  'figcaption', 'figure', 'font', 'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'i', 'ins',
  'li', 'main', 'mark', 'ol', 'p', 'pre', 's', 'section', 'small', 'span', 'strong', 'sub', 'sup', 'table',
  'tbody', 'td', 'tfoot', 'th', 'tr', 'u', 'ul',
]; // prettier-ignore

let purifier: ReturnType<typeof DOMPurify> | null = null;

/** DOMPurify bound to this window, made on first use (so tests can provide a DOM first). */
function purify(): ReturnType<typeof DOMPurify> {
  purifier ??= DOMPurify(window);
  // Without a DOM DOMPurify would hand the input back unchanged: refuse rather than pass it on.
  if (!purifier.isSupported) throw new Error('HTML sanitizer unavailable');
  return purifier;
}

/** The sanitized form of untrusted HTML: text tags only, no attributes at all (no URLs, no handlers). */
export function sanitizeArticleHtml(html: string): string {
  const purifier = purify();
  return purifier.sanitize(html, {
    ALLOWED_TAGS: TEXT_TAGS,
    ALLOWED_ATTR: [],
    KEEP_CONTENT: true,
    ALLOW_DATA_ATTR: false,
    ALLOW_ARIA_ATTR: false,
  });
}

/** Paragraph texts of a node's subtree, in reading order. */
export function paragraphsOfNode(root: Node): string[] {
  const { add, flush, paragraphs } = paragraphCollector();
  const stack: { node: Node; leaving: boolean }[] = [{ node: root, leaving: false }];
  while (stack.length > 0) {
    const { node, leaving } = stack.pop()!;
    if (leaving) {
      flush();
      continue;
    }
    if (node.nodeType === Node.TEXT_NODE) {
      add(node.nodeValue ?? '');
      continue;
    }
    const isElement = node.nodeType === Node.ELEMENT_NODE;
    if (!isElement && node.nodeType !== Node.DOCUMENT_NODE && node.nodeType !== Node.DOCUMENT_FRAGMENT_NODE) continue;
    const tag = isElement ? (node as Element).localName : '';
    if (BREAK_TAGS.has(tag)) {
      flush();
      continue;
    }
    if (BLOCK_TAGS.has(tag)) {
      flush();
      stack.push({ node, leaving: true });
    }
    for (let child = node.lastChild; child; child = child.previousSibling) stack.push({ node: child, leaving: false });
  }
  flush();
  return paragraphs;
}

/** Sanitizes untrusted HTML and returns its paragraphs. */
export function paragraphsOfHtml(html: string): string[] {
  const clean = sanitizeArticleHtml(html);
  const inert = new DOMParser().parseFromString(`<!doctype html><body>${clean}</body>`, 'text/html');
  return paragraphsOfNode(inert.body);
}
