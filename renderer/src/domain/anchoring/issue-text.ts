// The one definition of an issue's text for anchoring: every block's text, in order, joined with
// "\n" (image placeholders contribute an empty line; credits are included). Highlight positions
// are offsets into this string everywhere: the reader, the repository, export and re-anchoring.

export const BLOCK_SEPARATOR = '\n';

export function issueTextOf(blocks: readonly { text: string }[]): string {
  return blocks.map((block) => block.text).join(BLOCK_SEPARATOR);
}

/** The offset in the issue text where each block starts. */
export function blockStarts(blocks: readonly { text: string }[]): number[] {
  const starts: number[] = [];
  let offset = 0;
  for (const block of blocks) {
    starts.push(offset);
    offset += block.text.length + BLOCK_SEPARATOR.length;
  }
  return starts;
}

/** The block that holds an offset (a separator belongs to the block before it). */
export function blockAt(starts: readonly number[], offset: number): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (starts[middle]! <= offset) low = middle;
    else high = middle - 1;
  }
  return low;
}
