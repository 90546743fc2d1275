// Selecting text in the reader as a person does: pressing the mouse on the first character of a
// phrase and releasing it on the last.
import { expect, type Locator, type Page } from '@playwright/test';

/**
 * Selects `phrase` inside `container` by dragging the mouse over it, as a person would — and, as
 * a person would, drags again when the text moved under the mouse (on a loaded machine a late
 * render of the reader, e.g. the highlight just made, can shift a line between measure and drag).
 */
export async function dragSelect(page: Page, container: Locator, phrase: string): Promise<void> {
  for (let attempt = 1; attempt < 3; attempt++) {
    await dragOnce(page, container, phrase);
    if ((await page.evaluate(() => window.getSelection()?.toString())) === phrase) return;
  }
  await dragOnce(page, container, phrase);
  await expect.poll(() => page.evaluate(() => window.getSelection()?.toString())).toBe(phrase);
}

async function dragOnce(page: Page, container: Locator, phrase: string): Promise<void> {
  // First scroll the text into view, as a person would, and let that frame render: blocks out of
  // view are not laid out (content-visibility), so their place is known only once shown.
  await container.scrollIntoViewIfNeeded();
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  const box = await container.evaluate((element, words) => {
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    let full = '';
    const nodes: { node: Text; from: number }[] = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      nodes.push({ node: node as Text, from: full.length });
      full += node.textContent;
    }
    const at = full.indexOf(words);
    const point = (offset: number, atEnd: boolean) => {
      const hit = nodes.findLast((entry) => entry.from <= offset - (atEnd ? 1 : 0))!;
      const range = document.createRange();
      const local = offset - hit.from - (atEnd ? 1 : 0);
      range.setStart(hit.node, local);
      range.setEnd(hit.node, local + 1);
      // A character at the end of a line can report a second, empty box at the start of the next
      // line; its bounding rectangle would then straddle two lines. Its widest box is the glyph.
      return [...range.getClientRects()].reduce((a, b) => (b.width > a.width ? b : a));
    };
    const first = point(at, false);
    const last = point(at + words.length, true);
    return { x1: first.left + 1, y1: first.top + first.height / 2, x2: last.right - 1, y2: last.top + last.height / 2 };
  }, phrase);
  await page.mouse.move(box.x1, box.y1);
  await page.mouse.down();
  await page.mouse.move((box.x1 + box.x2) / 2, (box.y1 + box.y2) / 2, { steps: 4 });
  await page.mouse.move(box.x2, box.y2, { steps: 4 });
  await page.mouse.up();
}
