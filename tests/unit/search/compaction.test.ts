// Compaction, the pure part: a segment rewritten without some documents is byte for byte the
// segment that would have been built from the documents kept; and the policy picks the sealed
// segments whose dead share (by text length) reaches the threshold.
import { describe, expect, it } from 'vitest';
import { deadShare, keepDocuments, segmentsToCompact } from '../../../renderer/src/domain/search/compaction';
import { foldText } from '../../../renderer/src/domain/search/fold';
import { compactBuckets, SegmentBuilder } from '../../../renderer/src/domain/search/segment';
import { corpusParagraphs, mulberry32 } from '../../bench/synthetic-library';
import { corpusText } from '../factories';

const paragraphs = corpusParagraphs([corpusText('wuxi-leaders-week-2022-09-12.txt')]);

function build(texts: readonly string[]) {
  const builder = new SegmentBuilder();
  texts.forEach((text, local) => builder.addText(local, foldText(text)));
  return builder.finish();
}

describe('compactBuckets', () => {
  it('gives the segment built from the kept documents alone, whichever are dropped', () => {
    const random = mulberry32(11);
    // Paragraphs, short notes, repeats (bigrams with four or more positions) and a document with one character.
    const texts = [
      ...paragraphs.slice(0, 40),
      '哈哈哈哈哈哈 城市更新',
      '市',
      'ABC abc 123 ４５６',
      ...paragraphs.slice(40, 60).map((p) => p.slice(0, 30)),
    ];
    const whole = build(texts);
    for (const keepShare of [0, 0.1, 0.5, 0.9, 1]) {
      const keep = texts.map(() => random() < keepShare);
      const newLocal = new Int32Array(texts.length).fill(-1);
      let next = 0;
      keep.forEach((kept, local) => kept && (newLocal[local] = next++));
      const compacted = compactBuckets(whole.buckets, newLocal);
      const direct = build(texts.filter((_, local) => keep[local]));
      expect(compacted.buckets, `keep ${keepShare}`).toEqual(direct.buckets);
      expect(compacted.bigrams, `keep ${keepShare}`).toEqual(direct.bigrams);
    }
  });

  it('drops the tokens only dead documents had, and their bigrams from the vocabulary', () => {
    const whole = build(['城市更新', '招商引资']);
    const compacted = compactBuckets(whole.buckets, Int32Array.from([-1, 0]));
    expect(compacted.bigrams).toEqual(build(['招商引资']).bigrams);
    expect([...compacted.bigrams].some((code) => code === '城'.charCodeAt(0) * 0x10000 + '市'.charCodeAt(0))).toBe(false);
    const empty = compactBuckets(whole.buckets, Int32Array.from([-1, -1]));
    expect(empty.buckets.every((bucket) => bucket.length === 0)).toBe(true);
    expect(empty.bigrams.length).toBe(0);
  });
});

describe('which segments are compacted', () => {
  const live = new Set([1, 2, 3, 11, 12]);
  const isLive = (n: number) => live.has(n);
  // Segment a: one dead short document beside long live ones; b: half its text dead; c: the open tail.
  const a = { docs: Uint32Array.from([1, 2, 3, 4]), sizes: Uint32Array.from([3000, 3000, 3000, 20]), open: false };
  const b = { docs: Uint32Array.from([10, 11, 12]), sizes: Uint32Array.from([500, 250, 250]), open: false };
  const c = { docs: Uint32Array.from([20, 21]), sizes: Uint32Array.from([10, 10]), open: true };

  it('weighs the dead share by text length, or by count without sizes', () => {
    expect(deadShare(a, isLive)).toBeCloseTo(21 / 9024, 5);
    expect(deadShare(b, isLive)).toBeCloseTo(501 / 1003, 5);
    expect(deadShare({ docs: a.docs, open: false }, isLive)).toBe(1 / 4);
  });

  it('picks sealed segments at or over the threshold, never the open tail', () => {
    expect(segmentsToCompact([a, b, c], isLive, 0.1)).toEqual([b]);
    expect(segmentsToCompact([a, b, c], isLive, 0.001)).toEqual([a, b]);
  });

  it('renumbers the kept documents in order and keeps their sizes', () => {
    const kept = keepDocuments(b, isLive);
    expect([...kept.newLocal]).toEqual([-1, 0, 1]);
    expect([...kept.docs]).toEqual([11, 12]);
    expect([...kept.sizes!]).toEqual([250, 250]);
    expect(kept.dropped).toBe(1);
  });
});
