// An index segment: the inverted index of the documents written together (one import chunk, or
// a tail of small writes merged), split into a fixed number of buckets by token so that a write
// stores a few dozen records instead of one per token, and a query reads only the buckets of its
// own tokens. Bigrams keep their positions, so a phrase is proven from the index alone (no text
// needs reading to verify it); single characters keep only the documents they occur in.
//
// A segment whose documents were removed or re-indexed is compacted by compactBuckets (the
// policy of when: domain/search/compaction.ts).
//
// Bucket bytes: varint tokenCount, then per token (ascending codes) varint codeDelta, varint
// byteLength, posting bytes. Posting bytes, per document (ascending local numbers):
//   unigram: varint docDelta
//   bigram:  varint docDelta·4 + min(count,4)−1, [varint count−4 if count ≥ 4], count × varint positionDelta
import { isSeparator } from './fold';
import type { TokenCode } from './tokens';

export const BUCKET_COUNT = 64;

export function bucketOf(code: TokenCode): number {
  return Math.imul(code, 0x9e3779b1) >>> 26; // the top 6 bits of a multiplicative hash: 0..63
}

/** A decoded posting: local document numbers ascending; for a bigram, each document's positions. */
export interface Posting {
  docs: Int32Array;
  /** Bigrams: positions of docs[i] are positions[starts[i] .. starts[i+1]). Unigrams: null. */
  starts: Int32Array | null;
  positions: Int32Array | null;
}

const isBigram = (code: TokenCode) => code >= 0x10000;

/**
 * Builds a segment: texts (and, when a tail is merged, the postings it already had) in, bucket
 * bytes out. Typed arrays throughout — one hash lookup per character, no array per token — as
 * this runs inside every import transaction.
 */
export class SegmentBuilder {
  private readonly texts: string[] = [];
  private firstTextDoc = -1;
  private readonly merged = new Map<TokenCode, Posting>();

  /** Adds a folded text as local document `doc`; documents come in ascending order, after merged ones. */
  addText(doc: number, folded: string): void {
    if (this.firstTextDoc < 0) this.firstTextDoc = doc;
    this.texts[doc - this.firstTextDoc] = folded;
  }

  /** Adds a posting of a segment being merged (its documents come before every added text). */
  addPosting(code: TokenCode, posting: Posting): void {
    this.merged.set(code, posting);
  }

  /** The bucket bytes (BUCKET_COUNT of them, empty buckets as zero-length arrays) and the bigram vocabulary. */
  finish(): { buckets: Uint8Array[]; bigrams: Uint32Array } {
    const { texts, merged } = this;
    const docBase = Math.max(this.firstTextDoc, 0);
    // Pass 1: every bigram occurrence gets its token's id; occurrences and documents are counted.
    const table = new BigramTable();
    let total = 0;
    for (const text of texts) total += text.length;
    const ids = new Int32Array(total);
    const uniCount = new Int32Array(0x10000);
    const uniLast = new Int32Array(0x10000).fill(-1);
    let at = 0;
    texts.forEach((text, t) => {
      let previous = -1;
      for (let i = 0; i < text.length; i++, at++) {
        const code = text.charCodeAt(i);
        ids[at] = -1;
        if (isSeparator(code)) {
          previous = -1;
          continue;
        }
        if (uniLast[code] !== t) {
          uniLast[code] = t;
          uniCount[code]! += 1;
        }
        if (previous >= 0) ids[at] = table.idOf(previous * 0x10000 + code);
        previous = code;
      }
    });
    // Pass 2: occurrences laid out token by token (documents, then positions, ascending).
    const tokens = table.size;
    const starts = new Int32Array(tokens + 1);
    for (let i = 0; i < total; i++) if (ids[i]! >= 0) starts[ids[i]! + 1]! += 1;
    for (let id = 0; id < tokens; id++) starts[id + 1]! += starts[id]!;
    const fill = starts.slice(0, tokens);
    const occurrenceDoc = new Int32Array(starts[tokens]!);
    const occurrencePosition = new Int32Array(starts[tokens]!);
    const uniStarts = new Int32Array(0x10001);
    for (let code = 0; code < 0x10000; code++) uniStarts[code + 1] = uniStarts[code]! + uniCount[code]!;
    const uniFill = uniStarts.slice(0, 0x10000);
    const uniDocs = new Int32Array(uniStarts[0x10000]!);
    uniLast.fill(-1);
    at = 0;
    texts.forEach((text, t) => {
      for (let i = 0; i < text.length; i++, at++) {
        const code = text.charCodeAt(i);
        const id = ids[at]!;
        if (id >= 0) {
          const slot = fill[id]!++;
          occurrenceDoc[slot] = t + docBase;
          occurrencePosition[slot] = i - 1;
        }
        if (!isSeparator(code) && uniLast[code] !== t) {
          uniLast[code] = t;
          uniDocs[uniFill[code]!++] = t + docBase;
        }
      }
    });

    const byBucket: TokenCode[][] = Array.from({ length: BUCKET_COUNT }, () => []);
    const seen = new Set<TokenCode>();
    const note = (code: TokenCode) => {
      if (seen.has(code)) return;
      seen.add(code);
      byBucket[bucketOf(code)]!.push(code);
    };
    for (let code = 0; code < 0x10000; code++) if (uniCount[code]! > 0) note(code);
    for (let id = 0; id < tokens; id++) note(table.codeOf(id));
    for (const code of merged.keys()) note(code);
    const bigrams = Uint32Array.from([...seen].filter(isBigram)).sort();

    const writer = new ByteWriter(1 << 16);
    const posting = new ByteWriter(1 << 12);
    const buckets = byBucket.map((codes) => {
      if (codes.length === 0) return new Uint8Array(0);
      codes.sort((a, b) => a - b);
      writer.reset();
      writer.varint(codes.length);
      let previousCode = 0;
      for (const code of codes) {
        posting.reset();
        const state = { doc: 0 };
        const old = merged.get(code);
        if (isBigram(code)) {
          if (old)
            for (let d = 0; d < old.docs.length; d++)
              encodeDoc(posting, state, old.docs[d]!, old.positions!, old.starts![d]!, old.starts![d + 1]!);
          const id = table.find(code);
          if (id >= 0) {
            for (let o = starts[id]!; o < starts[id + 1]!;) {
              const doc = occurrenceDoc[o]!;
              let end = o;
              while (end < starts[id + 1]! && occurrenceDoc[end] === doc) end++;
              encodeDoc(posting, state, doc, occurrencePosition, o, end);
              o = end;
            }
          }
        } else {
          const emit = (doc: number) => {
            posting.varint(doc - state.doc);
            state.doc = doc;
          };
          if (old) old.docs.forEach(emit);
          if (code < 0x10000) for (let o = uniStarts[code]!; o < uniStarts[code + 1]!; o++) emit(uniDocs[o]!);
        }
        writer.varint(code - previousCode);
        previousCode = code;
        writer.varint(posting.length);
        writer.bytes(posting.view());
      }
      return writer.view().slice();
    });
    return { buckets, bigrams };
  }
}

/** One document's entry of a bigram posting: its head (gap · 4 + count) and its positions. */
function encodeDoc(out: ByteWriter, state: { doc: number }, doc: number, positions: Int32Array, from: number, to: number): void {
  const count = to - from;
  out.varint((doc - state.doc) * 4 + Math.min(count, 4) - 1);
  if (count >= 4) out.varint(count - 4);
  let previous = 0;
  for (let p = from; p < to; p++) {
    out.varint(positions[p]! - previous);
    previous = positions[p]!;
  }
  state.doc = doc;
}

/** Open addressing from bigram codes (never 0) to dense ids, growing at half load. */
class BigramTable {
  private keys = new Uint32Array(1 << 14);
  private values = new Int32Array(1 << 14);
  private codes: number[] = [];
  get size(): number {
    return this.codes.length;
  }
  codeOf(id: number): number {
    return this.codes[id]!;
  }
  private slot(code: number): number {
    const mask = this.keys.length - 1;
    let slot = (Math.imul(code, 0x9e3779b1) >>> 0) & mask;
    while (this.keys[slot] !== 0 && this.keys[slot] !== code) slot = (slot + 1) & mask;
    return slot;
  }
  find(code: number): number {
    const slot = this.slot(code);
    return this.keys[slot] === code ? this.values[slot]! : -1;
  }
  idOf(code: number): number {
    let slot = this.slot(code);
    if (this.keys[slot] === code) return this.values[slot]!;
    if ((this.codes.length + 1) * 2 > this.keys.length) {
      this.grow();
      slot = this.slot(code);
    }
    this.keys[slot] = code;
    this.values[slot] = this.codes.length;
    this.codes.push(code);
    return this.codes.length - 1;
  }
  private grow(): void {
    const { codes } = this;
    this.keys = new Uint32Array(this.keys.length * 2);
    this.values = new Int32Array(this.values.length * 2);
    codes.forEach((code, id) => {
      const slot = this.slot(code);
      this.keys[slot] = code;
      this.values[slot] = id;
    });
  }
}

class ByteWriter {
  private buffer: Uint8Array;
  length = 0;
  constructor(capacity: number) {
    this.buffer = new Uint8Array(capacity);
  }
  reset(): void {
    this.length = 0;
  }
  private ensure(extra: number): void {
    if (this.length + extra <= this.buffer.length) return;
    const grown = new Uint8Array(Math.max(this.buffer.length * 2, this.length + extra));
    grown.set(this.buffer.subarray(0, this.length));
    this.buffer = grown;
  }
  varint(value: number): void {
    this.ensure(5);
    while (value >= 0x80) {
      this.buffer[this.length++] = (value & 0x7f) | 0x80;
      value >>>= 7;
    }
    this.buffer[this.length++] = value;
  }
  bytes(bytes: Uint8Array): void {
    this.ensure(bytes.length);
    this.buffer.set(bytes, this.length);
    this.length += bytes.length;
  }
  view(): Uint8Array {
    return this.buffer.subarray(0, this.length);
  }
}

/** A bucket's directory: token code → its posting bytes (views into the bucket, no copy). */
export function readBucket(bytes: Uint8Array): Map<TokenCode, Uint8Array> {
  const out = new Map<TokenCode, Uint8Array>();
  if (bytes.length === 0) return out;
  const reader = { at: 0 };
  const count = readVarint(bytes, reader);
  let code = 0;
  for (let t = 0; t < count; t++) {
    code += readVarint(bytes, reader);
    const length = readVarint(bytes, reader);
    out.set(code, bytes.subarray(reader.at, reader.at + length));
    reader.at += length;
  }
  return out;
}

function readVarint(bytes: Uint8Array, reader: { at: number }): number {
  let value = 0;
  let shift = 0;
  let byte: number;
  do {
    byte = bytes[reader.at++]!;
    value += (byte & 0x7f) * 2 ** shift;
    shift += 7;
  } while (byte & 0x80);
  return value;
}

/** Decodes one token's posting bytes. */
export function decodePosting(code: TokenCode, bytes: Uint8Array): Posting {
  const reader = { at: 0 };
  if (!isBigram(code)) {
    const docs = new Int32Array(bytes.length);
    let n = 0;
    let doc = 0;
    while (reader.at < bytes.length) docs[n++] = doc += readVarint(bytes, reader);
    return { docs: docs.slice(0, n), starts: null, positions: null };
  }
  const docs: number[] = [];
  const starts: number[] = [0];
  const positions: number[] = [];
  let doc = 0;
  while (reader.at < bytes.length) {
    const head = readVarint(bytes, reader);
    doc += Math.floor(head / 4);
    let count = (head % 4) + 1;
    if (count === 4) count += readVarint(bytes, reader);
    let position = 0;
    for (let i = 0; i < count; i++) positions.push((position += readVarint(bytes, reader)));
    docs.push(doc);
    starts.push(positions.length);
  }
  return { docs: Int32Array.from(docs), starts: Int32Array.from(starts), positions: Int32Array.from(positions) };
}

/**
 * A segment's buckets without the dropped documents (`newLocal[local]` = −1), the others
 * renumbered: the compaction of a segment whose documents were removed or re-indexed. Bytes in,
 * bytes out, without decoding postings into arrays: a document's head is rewritten with its new
 * gap and its position bytes are copied as they are (positions do not change). Tokens left with
 * no document disappear, and with them their bigrams from the vocabulary.
 */
export function compactBuckets(buckets: readonly Uint8Array[], newLocal: Int32Array): { buckets: Uint8Array[]; bigrams: Uint32Array } {
  const bigrams: number[] = [];
  const tokens = new ByteWriter(1 << 16);
  const posting = new ByteWriter(1 << 12);
  const out = buckets.map((bytes) => {
    if (bytes.length === 0) return bytes;
    const reader = { at: 0 };
    const count = readVarint(bytes, reader);
    tokens.reset();
    let kept = 0;
    let code = 0;
    let previousCode = 0;
    for (let t = 0; t < count; t++) {
      code += readVarint(bytes, reader);
      const length = readVarint(bytes, reader);
      const end = reader.at + length;
      posting.reset();
      let doc = 0;
      let previousNew = 0;
      if (!isBigram(code)) {
        while (reader.at < end) {
          doc += readVarint(bytes, reader);
          const renumbered = newLocal[doc]!;
          if (renumbered < 0) continue;
          posting.varint(renumbered - previousNew);
          previousNew = renumbered;
        }
      } else {
        while (reader.at < end) {
          const head = readVarint(bytes, reader);
          doc += Math.floor(head / 4);
          let occurrences = (head % 4) + 1;
          if (occurrences === 4) occurrences += readVarint(bytes, reader);
          const positionsStart = reader.at;
          for (let i = 0; i < occurrences; i++) readVarint(bytes, reader);
          const renumbered = newLocal[doc]!;
          if (renumbered < 0) continue;
          posting.varint((renumbered - previousNew) * 4 + Math.min(occurrences, 4) - 1);
          if (occurrences >= 4) posting.varint(occurrences - 4);
          posting.bytes(bytes.subarray(positionsStart, reader.at));
          previousNew = renumbered;
        }
      }
      reader.at = end;
      if (posting.length === 0) continue;
      tokens.varint(code - previousCode);
      previousCode = code;
      tokens.varint(posting.length);
      tokens.bytes(posting.view());
      kept += 1;
      if (isBigram(code)) bigrams.push(code);
    }
    if (kept === 0) return new Uint8Array(0);
    const head = new ByteWriter(5);
    head.varint(kept);
    const bucket = new Uint8Array(head.length + tokens.length);
    bucket.set(head.view());
    bucket.set(tokens.view(), head.length);
    return bucket;
  });
  return { buckets: out, bigrams: Uint32Array.from(bigrams).sort() };
}

/** Every token of a segment's buckets, decoded (to merge the segment into a larger one). */
export function* decodeBuckets(buckets: readonly Uint8Array[]): Generator<[TokenCode, Posting]> {
  for (const bucket of buckets) for (const [code, bytes] of readBucket(bucket)) yield [code, decodePosting(code, bytes)];
}
