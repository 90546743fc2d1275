// Turns Markdown into digest text: headings become lines of their own (the digest parser then
// finds the title and section headings as it does in plain text), paragraphs stay paragraphs, and
// the markup (emphasis, links, images, HTML tags, list and quote markers) is dropped. Nothing in
// the Markdown is rendered or followed: link targets and images are removed, never fetched.

const FRONT_MATTER = /^---\r?\n[\s\S]*?\r?\n---\r?\n/;

function inlineText(line: string): string {
  return (
    line
      // Images: dropped entirely (their alt text is not article text).
      .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
      // Links: keep the words, drop the target.
      .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/<[^>\n]+>/g, '')
      .replace(/(\*\*|__)(.+?)\1/g, '$2')
      .replace(/(\*|_)(\S(?:.*?\S)?)\1/g, '$2')
      .replace(/`([^`]*)`/g, '$1')
      .replace(/~~(.+?)~~/g, '$1')
  );
}

/** Joins a soft-wrapped line to the one before: no space between Chinese characters. */
function joinWrapped(previous: string, next: string): string {
  const wide = /[\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF]/;
  return wide.test(previous.slice(-1)) || wide.test(next.charAt(0)) ? previous + next : `${previous} ${next}`;
}

export function markdownToDigestText(markdown: string): string {
  const out: string[] = [];
  let inFence = false;
  // Whether the last output line is a paragraph that a soft-wrapped next line continues.
  let open = false;
  const source = markdown.replace(/^\uFEFF/, '').replace(FRONT_MATTER, '');
  for (const raw of source.split(/\r\n?|\n/)) {
    if (/^\s*(```|~~~)/.test(raw)) {
      inFence = !inFence;
      open = false;
      continue;
    }
    if (inFence) {
      out.push(raw);
      continue;
    }
    const heading = /^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$/.exec(raw);
    if (heading) {
      // A heading stands alone between blank lines, as the parser expects of one.
      out.push('', inlineText(heading[1]!), '');
      open = false;
      continue;
    }
    // Setext underlines (=== / ---) and thematic breaks carry no text.
    if (/^\s{0,3}(=+|-{3,}|\*{3,}|_{3,})\s*$/.test(raw) || raw.trim() === '') {
      out.push('');
      open = false;
      continue;
    }
    const item = /^\s*([-*+]|\d+[.)])\s+/.test(raw);
    const text = inlineText(
      raw
        .replace(/^\s{0,3}(>\s?)+/, '')
        .replace(/^\s*([-*+]|\d+[.)])\s+/, '')
        .trim(),
    );
    if (open && !item) out[out.length - 1] = joinWrapped(out[out.length - 1]!, text);
    else out.push(text);
    open = true;
  }
  return `${out
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()}\n`;
}
