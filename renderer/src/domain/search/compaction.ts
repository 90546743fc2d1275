// When a segment of the search index is worth compacting, and which of its documents stay.
// Removing or re-indexing a document deletes its row; its postings stay in its segment, skipped
// at query time, until the segment is compacted (segment.ts compactBuckets): rewritten without
// them. Rewriting a segment costs in proportion to its size and gives back its dead share, so a
// segment is compacted once that share reaches COMPACT_DEAD_SHARE: the work stays within
// 1 / COMPACT_DEAD_SHARE times the garbage collected, and the index within
// 1 / (1 − COMPACT_DEAD_SHARE) of its live size. The share is weighed by text length (a dead
// person's few titles are not a dead issue's pages); a segment written before sizes were kept
// is weighed by document count.

/**
 * Dead share that makes a segment worth rewriting. At 0.1 a 10,000-issue library whose people
 * gain titles at every import chunk stays within 10 % of its live size, and compaction rewrites
 * each byte at most ten times per byte it frees.
 */
export const COMPACT_DEAD_SHARE = 0.1;

export interface SegmentShape {
  /** Document numbers of the local documents, ascending. */
  docs: Uint32Array;
  /** Folded text length of each local document (absent in segments written before they were kept). */
  sizes?: Uint32Array;
  /** The open tail: compacted when the next small write merges it, not here. */
  open: boolean;
}

/** The share of a segment's indexed text that belongs to documents no longer live (0 … 1). */
export function deadShare(segment: SegmentShape, isLive: (n: number) => boolean): number {
  const { docs, sizes } = segment;
  if (docs.length === 0) return 0;
  let total = 0;
  let dead = 0;
  for (let local = 0; local < docs.length; local++) {
    const weight = sizes ? sizes[local]! + 1 : 1;
    total += weight;
    if (!isLive(docs[local]!)) dead += weight;
  }
  return dead / total;
}

/** The sealed segments worth compacting: their dead share reaches `minDeadShare`. */
export function segmentsToCompact<S extends SegmentShape>(
  segments: readonly S[],
  isLive: (n: number) => boolean,
  minDeadShare = COMPACT_DEAD_SHARE,
): S[] {
  return segments.filter((segment) => !segment.open && segment.docs.length > 0 && deadShare(segment, isLive) >= minDeadShare);
}

/**
 * Which local documents of a segment stay and their new local numbers: `newLocal[local]` is the
 * new number (the kept ones renumbered 0, 1, 2 … in order) or −1 for a document to drop.
 */
export function keepDocuments(
  segment: Pick<SegmentShape, 'docs' | 'sizes'>,
  isLive: (n: number) => boolean,
): { newLocal: Int32Array; docs: Uint32Array; sizes: Uint32Array | undefined; dropped: number } {
  const { docs, sizes } = segment;
  const newLocal = new Int32Array(docs.length).fill(-1);
  const keptDocs: number[] = [];
  const keptSizes: number[] = [];
  for (let local = 0; local < docs.length; local++) {
    if (!isLive(docs[local]!)) continue;
    newLocal[local] = keptDocs.length;
    keptDocs.push(docs[local]!);
    if (sizes) keptSizes.push(sizes[local]!);
  }
  return {
    newLocal,
    docs: Uint32Array.from(keptDocs),
    sizes: sizes ? Uint32Array.from(keptSizes) : undefined,
    dropped: docs.length - keptDocs.length,
  };
}
