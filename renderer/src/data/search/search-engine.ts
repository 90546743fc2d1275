// Answers search queries from the index in IndexedDB. A query reads only the posting buckets of
// its own tokens, in every segment (one bulkGet), and keeps what it read in memory: bucket
// directories and decoded postings, each under an LRU bound; segments never change once written,
// so a write only drops the list of segments and the document rows read. Document rows are read
// for the numbers a query matches, never the whole table (but for a query of filters alone). Phrases are proven from bigram
// positions (domain/search/phrase.ts), so no start rebuilds anything and no text is read to find
// documents; texts are read only for the snippets of the results shown (and for the rare term
// with white space inside, which the index narrows and the text decides).
import { Dexie } from 'dexie';
import { issueSearchText, type SearchDocKind } from '../../domain/search/documents';
import { foldText, getFoldTable } from '../../domain/search/fold';
import { findAll, segmentAt, snippetAt, type Snippet, type TextMatch } from '../../domain/search/match';
import { matchPlan, needsVerification, planTerm, type TermPlan } from '../../domain/search/phrase';
import { isPinyinQuery } from '../../domain/search/pinyin-query';
import { differenceSorted, intersectSorted, unionSorted } from '../../domain/search/postings';
import { isEmptyQuery, parseQuery, type ParsedQuery } from '../../domain/search/query';
import { bucketOf, decodePosting, readBucket, type Posting } from '../../domain/search/segment';
import { tokenCodeToString, type TokenCode } from '../../domain/search/tokens';
import type { ReadoutDatabase } from '../schema/db';
import { lexiconSpellings } from './lexicon-spellings';
import { personSearchText, searchTargetOf } from './search-docs';
import { POSTING_KEY_STRIDE, VOCABULARY_BUCKET } from './search-index';
import type { SearchDocRecord, SearchSegmentRecord } from '../records';

interface Verifiable {
  folded: string;
  /** Segment starts (an issue: title, then blocks); [0] for a one-piece text. */
  starts: number[];
}

/** A Map used as an LRU: a hit moves the entry to the end; the oldest go once the weights pass `limit`. */
class Lru<K, V> {
  private readonly map = new Map<K, V>();
  private weight = 0;
  constructor(
    private readonly limit: number,
    private readonly weigh: (value: V) => number = () => 1,
  ) {}
  get(key: K): V | undefined {
    const value = this.map.get(key);
    if (value !== undefined) {
      this.map.delete(key);
      this.map.set(key, value);
    }
    return value;
  }
  set(key: K, value: V): void {
    const old = this.map.get(key);
    if (old !== undefined) this.weight -= this.weigh(old);
    this.map.delete(key);
    this.map.set(key, value);
    this.weight += this.weigh(value);
    while (this.weight > this.limit && this.map.size > 1) {
      const [oldestKey, oldest] = this.map.entries().next().value!;
      this.map.delete(oldestKey);
      this.weight -= this.weigh(oldest);
    }
  }
  has(key: K): boolean {
    return this.map.has(key);
  }
  clear(): void {
    this.map.clear();
    this.weight = 0;
  }
}

class SearchCache {
  /**
   * Document rows by number, read as queries match them (null: removed). The whole table was once
   * read at the first search and again after every write: 1.7 s at 1,000 issues and 5 s at 2,000
   * on a loaded machine, and all of it held in memory.
   */
  docs = new Lru<number, SearchDocRecord | null>(50_000);
  segments: SearchSegmentRecord[] | null = null;
  /** Posting row key → its bucket's directory (token code → posting bytes), up to 128 MB of rows:
   *  a query set that touches every bucket of a 10,000-issue library (about 94 MB) must not cycle through a smaller LRU. */
  buckets = new Lru<number, { bytes: number; tokens: Map<TokenCode, Uint8Array> }>(128 << 20, (bucket) => bucket.bytes + 64);
  /** `${segment}:${code}` → decoded posting. */
  postings = new Lru<string, Posting>(20_000);
  texts = new Lru<number, Verifiable>(2000);
  bigrams: string[] | null = null;

  constructor(db: ReadoutDatabase) {
    Dexie.on('storagemutated', (parts) => {
      for (const key of Object.keys(parts)) {
        // Segments are immutable once written (a rewrite gets a new number): their cached
        // buckets and postings stay valid; only the lists are read again.
        if (key.includes(`/${db.name}/searchDocs/`)) this.docs.clear();
        if (key.includes(`/${db.name}/searchSegments/`)) {
          this.segments = null;
          this.bigrams = null;
        }
      }
    });
  }
}

const caches = new WeakMap<ReadoutDatabase, SearchCache>();
function cacheOf(db: ReadoutDatabase): SearchCache {
  let cache = caches.get(db);
  if (!cache) caches.set(db, (cache = new SearchCache(db)));
  return cache;
}

/**
 * The live document rows of these numbers (ascending, as given), from memory or in one read; a
 * number whose row is gone was removed or re-indexed under a new number, and is left out.
 */
async function docsNumbered(db: ReadoutDatabase, cache: SearchCache, numbers: Int32Array): Promise<SearchDocRecord[]> {
  const rows = new Map<number, SearchDocRecord | null>();
  const missing: number[] = [];
  for (const n of numbers) {
    const cached = cache.docs.get(n);
    if (cached === undefined) missing.push(n);
    else rows.set(n, cached);
  }
  if (missing.length > 0) {
    const read = await db.searchDocs.bulkGet(missing);
    missing.forEach((n, index) => {
      const row = read[index] ?? null;
      rows.set(n, row);
      cache.docs.set(n, row);
    });
  }
  const out: SearchDocRecord[] = [];
  for (const n of numbers) {
    const doc = rows.get(n);
    if (doc) out.push(doc);
  }
  return out;
}

/**
 * Segments by their first document: their ranges never interleave (a segment is written with
 * the newest numbers, or is a compacted one keeping a subset of its own), so the matches of
 * segment after segment are ascending — though a compacted segment is numbered after newer ones.
 */
function inDocumentOrder(segments: SearchSegmentRecord[]): SearchSegmentRecord[] {
  return segments.sort((a, b) => (a.docs[0] ?? 0) - (b.docs[0] ?? 0));
}

function isSegmentList(segments: readonly SearchSegmentRecord[], keys: readonly number[]): boolean {
  if (segments.length !== keys.length) return false;
  const listed = new Set(segments.map((segment) => segment.seg!));
  return keys.every((key) => listed.has(key));
}

/** What a query runs on: the segments of one moment, with the buckets it needs in memory. */
interface Snapshot {
  segments: SearchSegmentRecord[];
}

/**
 * Reads what a query needs that is not in memory — the document and segment lists, and in every
 * segment the buckets of `codes` — so that the query then runs from memory. It is all read in
 * one transaction, so it is all of one moment: a write, tail merge or compaction that commits
 * meanwhile replaces segments whose rows would be gone, and mixing states would lose documents.
 * A list still in memory is current (a write to its table clears it as it commits; by the time
 * the transaction's first read returns, every earlier write has committed and cleared).
 */
async function load(db: ReadoutDatabase, cache: SearchCache, codes: Iterable<TokenCode>): Promise<Snapshot> {
  const buckets = new Set<number>();
  for (const code of codes) buckets.add(bucketOf(code));
  const missingIn = (segments: readonly SearchSegmentRecord[]) => {
    const missing: number[] = [];
    for (const segment of segments)
      for (const bucket of buckets) {
        const key = segment.seg! * POSTING_KEY_STRIDE + bucket;
        // A hit counts as a use, so the buckets read below do not push out those this query needs.
        if (!cache.buckets.get(key)) missing.push(key);
      }
    return missing;
  };
  if (cache.segments && missingIn(cache.segments).length === 0) return { segments: cache.segments };
  return db.transaction('r', db.searchSegments, db.searchPostings, async () => {
    const keys = (await db.searchSegments.toCollection().primaryKeys()) as number[];
    let segments = cache.segments;
    if (!segments || !isSegmentList(segments, keys)) segments = cache.segments = inDocumentOrder(await db.searchSegments.toArray());
    const missing = missingIn(segments);
    if (missing.length > 0) {
      const rows = await db.searchPostings.bulkGet(missing);
      missing.forEach((key, index) => {
        const data = (rows[index]?.data as Uint8Array | undefined) ?? new Uint8Array(0);
        cache.buckets.set(key, { bytes: data.byteLength, tokens: readBucket(data) });
      });
    }
    return { segments };
  });
}

/** Starts reading what every search needs (the segment list), so the first search is quick. */
export function warmUpSearch(db: ReadoutDatabase): Promise<void> {
  const cache = cacheOf(db);
  getFoldTable();
  return load(db, cache, []).then(() => undefined);
}

function postingIn(cache: SearchCache, seg: number, code: TokenCode): Posting | undefined {
  const key = `${seg}:${code}`;
  let posting = cache.postings.get(key);
  if (posting) return posting;
  const bytes = cache.buckets.get(seg * POSTING_KEY_STRIDE + bucketOf(code))?.tokens.get(code);
  if (!bytes) return undefined;
  posting = decodePosting(code, bytes);
  cache.postings.set(key, posting);
  return posting;
}

function codesOf(plan: TermPlan, out: Set<TokenCode>): Set<TokenCode> {
  if (plan.kind === 'unigram') out.add(plan.code);
  else if (plan.kind === 'phrase') for (const part of plan.parts) out.add(part.code);
  else for (const piece of plan.pieces) codesOf(piece, out);
  return out;
}

/** The document numbers (ascending) a plan matches over all segments: exact, or a superset for 'pieces'. */
function numbersMatching(cache: SearchCache, segments: readonly SearchSegmentRecord[], plan: TermPlan): Int32Array {
  const parts: Int32Array[] = [];
  for (const segment of segments) {
    const local = matchPlan(plan, (code) => postingIn(cache, segment.seg!, code));
    if (local.length === 0) continue;
    const global = new Int32Array(local.length);
    for (let i = 0; i < local.length; i++) global[i] = segment.docs[local[i]!]!;
    parts.push(global);
  }
  if (parts.length <= 1) return parts[0] ?? new Int32Array(0);
  // Segments are in document order (inDocumentOrder), so the parts ascend; checked before joining.
  let ascending = true;
  for (let i = 1; i < parts.length && ascending; i++) ascending = parts[i]![0]! > parts[i - 1]![parts[i - 1]!.length - 1]!;
  if (!ascending) return unionSorted(parts);
  const out = new Int32Array(parts.reduce((sum, part) => sum + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}

/** The folded texts of these documents (originalsOf), kept in memory for the next queries. */
async function textsOf(db: ReadoutDatabase, cache: SearchCache, docs: readonly SearchDocRecord[]): Promise<Map<number, Verifiable>> {
  const out = new Map<number, Verifiable>();
  const missing = docs.filter((doc) => {
    const cached = cache.texts.get(doc.n!);
    if (cached) out.set(doc.n!, cached);
    return !cached;
  });
  for (let offset = 0; offset < missing.length; offset += 500) {
    const chunk = missing.slice(offset, offset + 500);
    const originals = await originalsOf(db, chunk);
    chunk.forEach((doc, index) => {
      const { text, starts } = originals[index]!;
      out.set(doc.n!, { folded: foldText(text), starts });
    });
  }
  for (const [n, text] of out) cache.texts.set(n, text);
  return out;
}

/**
 * The searchable text of documents, as indexed, and where its segments start: a note's or an
 * event's is in its row; an issue's (title and blocks joined by line breaks) and a person's are
 * read from their own records, so the index does not keep a second copy of them.
 */
async function originalsOf(db: ReadoutDatabase, docs: readonly SearchDocRecord[]): Promise<{ text: string; starts: number[] }[]> {
  const issueIds = docs.flatMap((doc) => (doc.text === undefined && doc.kind === 'issue' ? [doc.issueId!] : []));
  const personIds = docs.flatMap((doc) => (doc.text === undefined && doc.kind === 'person' ? [personIdOf(doc.id)] : []));
  const [issues, texts, people] = await Promise.all([
    db.issues.bulkGet(issueIds),
    db.issueTexts.bulkGet(issueIds),
    db.people.bulkGet(personIds),
  ]);
  let issueAt = 0;
  let personAt = 0;
  return docs.map((doc) => {
    if (doc.text !== undefined) return { text: doc.text, starts: [0] };
    if (doc.kind === 'issue') {
      const [issue, text] = [issues[issueAt], texts[issueAt++]];
      return issue && text ? issueSearchText(issue.title, text.blocks) : { text: '', starts: [0] };
    }
    if (doc.kind === 'person') {
      const person = people[personAt++];
      return { text: person ? personSearchText(person) : '', starts: [0] };
    }
    return { text: '', starts: [0] };
  });
}

function personIdOf(docId: string): string {
  const target = searchTargetOf(docId);
  return target.kind === 'person' ? target.personId : '';
}

const kindWords: Record<string, SearchDocKind[]> = {
  issue: ['issue', 'block'],
  issues: ['issue', 'block'],
  期刊: ['issue', 'block'],
  正文: ['issue', 'block'],
  highlight: ['highlight'],
  highlights: ['highlight'],
  划线: ['highlight'],
  高亮: ['highlight'],
  note: ['note'],
  notes: ['note'],
  笔记: ['note'],
  批注: ['note'],
  event: ['event'],
  events: ['event'],
  事件: ['event'],
  person: ['person'],
  people: ['person'],
  人物: ['person'],
};

export interface FindOptions {
  /** Only documents of this issue (the reader's "find in issue"). */
  issueId?: string;
}

export interface FoundDocuments {
  query: ParsedQuery;
  /** Verified document numbers, ascending, and the Chinese terms each pinyin reading stood for. */
  numbers: number[];
  /** Per document: the folded term it was found by (the typed term, or a pinyin reading of it). */
  foundBy: Map<number, string[]>;
  /** The documents of `numbers`, in the same order. */
  documents: SearchDocRecord[];
}

/** A folded term with how it is looked up and the documents that (may) contain it. */
interface Lookup {
  text: string;
  plan: TermPlan;
  numbers: Int32Array;
}

function includesSorted(list: Int32Array, wanted: number): boolean {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (list[middle]! < wanted) low = middle + 1;
    else high = middle;
  }
  return low < list.length && list[low] === wanted;
}

/** Whether document n contains the looked-up term: the index decides, the text only for a term with white space. */
function contains(lookup: Lookup, n: number, texts: Map<number, Verifiable> | null): boolean {
  if (!includesSorted(lookup.numbers, n)) return false;
  return !needsVerification(lookup.plan) || (texts?.get(n)?.folded.includes(lookup.text) ?? false);
}

/** Every document matching the query — exactly: bigram positions prove phrases; no candidate is guessed. */
export async function findDocuments(db: ReadoutDatabase, input: string | ParsedQuery, options: FindOptions = {}): Promise<FoundDocuments> {
  const query = typeof input === 'string' ? parseQuery(input) : input;
  const cache = cacheOf(db);
  const empty = { query, numbers: [], foundBy: new Map(), documents: [] };
  if (isEmptyQuery(query) || (query.terms.length === 0 && query.excluded.length > 0 && hasNoFilter(query))) return empty;
  const terms = query.terms.map(foldText).filter((term) => term.trim() !== '');

  // Each term: its literal form, or — for a pinyin-looking term — any of its Chinese readings.
  const alternativeTexts: string[][] = [];
  for (const term of terms) {
    const texts = [term];
    if (isPinyinQuery(term)) {
      // pinyin-pro's dictionary (450 KB of script) loads with the first query that looks like pinyin.
      const { pinyinExpansions } = await import('../../domain/search/pinyin');
      texts.push(...pinyinExpansions(term, await bigramsOf(db, cache)));
    }
    alternativeTexts.push(texts);
  }
  // A phrase: filter is a term that any of the lexicon's spellings of the phrase satisfies.
  for (const phrase of query.phrase) alternativeTexts.push((await lexiconSpellings(db, phrase)).map(foldText));
  const planned = (texts: readonly string[]) =>
    texts.flatMap((text) => {
      const plan = planTerm(text);
      return plan ? [{ text, plan, numbers: new Int32Array(0) as Int32Array }] : [];
    });
  const alternatives = alternativeTexts.map(planned);
  const excluded = planned(query.excluded.map(foldText));
  const places = planned(query.place.map(foldText));
  const officials = planned(query.official.map(foldText));
  const all = [...alternatives.flat(), ...excluded, ...places, ...officials];
  const codes = new Set<TokenCode>();
  for (const lookup of all) codesOf(lookup.plan, codes);
  const { segments } = await load(db, cache, codes);
  for (const lookup of all) lookup.numbers = numbersMatching(cache, segments, lookup.plan);

  let candidates: Int32Array | null = null;
  for (const options of alternatives) {
    const union = unionSorted(options.map((option) => option.numbers));
    candidates = candidates ? intersectSorted([candidates, union]) : union;
    if (candidates.length === 0) return empty;
  }
  // Exclusions the index proves come off at once; one with white space is checked per document below.
  for (const lookup of excluded)
    if (candidates && !needsVerification(lookup.plan)) candidates = differenceSorted(candidates, lookup.numbers);

  // Only the documents matched are read; a query of filters alone (kind:, tag:, dates) reads them all.
  let pool = candidates ? await docsNumbered(db, cache, candidates) : await db.searchDocs.toArray();
  pool = await applyFilters(db, query, pool, options);
  const texts = all.some((lookup) => needsVerification(lookup.plan)) ? await textsOf(db, cache, pool) : null;

  const numbers: number[] = [];
  const foundBy = new Map<number, string[]>();
  const documents: SearchDocRecord[] = [];
  for (const doc of pool) {
    const n = doc.n!;
    const by: string[] = [];
    let ok = true;
    for (const options of alternatives) {
      const hit = options.find((option) => contains(option, n, texts));
      if (hit === undefined) {
        ok = false;
        break;
      }
      by.push(hit.text);
    }
    if (!ok || excluded.some((lookup) => contains(lookup, n, texts))) continue;
    if (!fieldOrText(places, doc.fields?.places, n, texts) || !fieldOrText(officials, doc.fields?.officials, n, texts)) continue;
    numbers.push(n);
    foundBy.set(n, by);
    documents.push(doc);
  }
  return { query, numbers, foundBy, documents };
}

function hasNoFilter(query: ParsedQuery): boolean {
  return (
    !query.tag.length &&
    !query.kind.length &&
    !query.place.length &&
    !query.official.length &&
    !query.phrase.length &&
    !query.from &&
    !query.to
  );
}

/** A place/official filter holds when the record lists it, or — a record without such a list — when its text names it. */
function fieldOrText(
  wanted: readonly Lookup[],
  listed: readonly string[] | undefined,
  n: number,
  texts: Map<number, Verifiable> | null,
): boolean {
  if (wanted.length === 0) return true;
  if (listed && listed.length > 0) {
    const foldedList = listed.map(foldText);
    return wanted.every((value) => foldedList.some((item) => item.includes(value.text)));
  }
  return wanted.every((value) => contains(value, n, texts));
}

async function applyFilters(db: ReadoutDatabase, query: ParsedQuery, pool: SearchDocRecord[], options: FindOptions) {
  let out = options.issueId ? pool.filter((doc) => doc.issueId === options.issueId) : pool;
  if (query.kind.length > 0) {
    const kinds = new Set(query.kind.flatMap((word) => kindWords[word.toLowerCase()] ?? []));
    // A note written on a highlight is part of the highlight's document: kind:note finds it too.
    const noted = kinds.has('note');
    out = out.filter((doc) => kinds.has(doc.kind) || (noted && doc.kind === 'highlight' && doc.fields?.noteStart !== undefined));
  }
  if (query.from) out = out.filter((doc) => (doc.fields?.date ?? '') >= query.from!);
  if (query.to) out = out.filter((doc) => !!doc.fields?.date && doc.fields.date.slice(0, 10) <= query.to!);
  if (query.tag.length > 0) {
    const names = query.tag.map(foldText);
    const tags = await db.tags.toArray();
    // Every tag filter must hold: each names one tag (or several, when names fold alike).
    const wanted = names.map((name) => new Set(tags.filter((tag) => foldText(tag.name) === name).map((tag) => tag.id)));
    const issueTags = new Map<string, string[]>();
    const issueIds = [...new Set(out.map((doc) => doc.issueId).filter((id): id is string => !!id))];
    const issues = await db.issues.bulkGet(issueIds);
    issues.forEach((issue) => issue && issueTags.set(issue.id, issue.tagIds ?? []));
    out = out.filter((doc) => {
      const own = doc.fields?.tagIds ?? (doc.kind === 'issue' && doc.issueId ? issueTags.get(doc.issueId) : undefined) ?? [];
      return wanted.every((ids) => own.some((id) => ids.has(id)));
    });
  }
  return out;
}

/** Every bigram in the index (for pinyin), from the vocabulary rows of the segments of one moment. */
async function bigramsOf(db: ReadoutDatabase, cache: SearchCache): Promise<string[]> {
  cache.bigrams ??= await db.transaction('r', db.searchSegments, db.searchPostings, async () => {
    const keys = (await db.searchSegments.toCollection().primaryKeys()) as number[];
    const rows = await db.searchPostings.bulkGet(keys.map((seg) => seg * POSTING_KEY_STRIDE + VOCABULARY_BUCKET));
    const codes = new Set<number>();
    for (const row of rows) if (row) for (const code of row.data as Uint32Array) codes.add(code);
    return [...codes].map(tokenCodeToString);
  });
  return cache.bigrams;
}

export interface SearchMatch extends TextMatch {
  /** The block the match is in; -1 for an issue's title. */
  blockIndex: number;
  snippet: Snippet;
}

export interface SearchResult {
  docId: string;
  kind: SearchDocKind;
  issueId: string | null;
  /** The issue's title (for grouping) when the result belongs to an issue. */
  issueTitle: string | null;
  matches: SearchMatch[];
  matchCount: number;
  /** When found through pinyin: the Chinese text the letters stood for. */
  viaPinyin: string | null;
  /** A person's name, for a person found by a title or another name (the match alone would not say who). */
  personName: string | null;
  /** A highlight whose first match is in its note rather than its quote. */
  inNote: boolean;
  /** An event proposed by extraction that the analyst has not confirmed or edited yet. */
  proposed: boolean;
}

export interface SearchOutcome {
  query: ParsedQuery;
  total: number;
  results: SearchResult[];
}

/** A query's results with snippets: the first `limit` documents, up to `matchesPerDoc` matches each. */
export async function searchLibrary(
  db: ReadoutDatabase,
  input: string,
  { limit = 100, matchesPerDoc = 3, ...options }: FindOptions & { limit?: number; matchesPerDoc?: number } = {},
): Promise<SearchOutcome> {
  const found = await findDocuments(db, input, options);
  const chosen = [...found.documents]
    // People first (a name typed is most often the person wanted), then the newest.
    .sort(
      (a, b) =>
        Number(b.kind === 'person') - Number(a.kind === 'person') ||
        (b.fields?.date ?? '').localeCompare(a.fields?.date ?? '') ||
        a.n! - b.n!,
    )
    .slice(0, limit);
  const issueIds = [...new Set(chosen.map((doc) => doc.issueId).filter((id): id is string => !!id))];
  const issues = await db.issues.bulkGet(issueIds);
  const titles = new Map(issues.filter((issue) => !!issue).map((issue) => [issue.id, issue.title]));
  const originals = await originalsOf(db, chosen);
  const results = chosen.map((doc, index): SearchResult => {
    const { text: original, starts } = originals[index]!;
    const folded = foldText(original);
    const by = found.foundBy.get(doc.n!) ?? [];
    const term = by[0] ?? '';
    const all = term ? findAll(folded, term, 1000) : [];
    const literal = found.query.terms[0] !== undefined ? foldText(found.query.terms[0]) : '';
    return {
      docId: doc.id,
      kind: doc.kind,
      issueId: doc.issueId ?? null,
      issueTitle: doc.issueId ? (titles.get(doc.issueId) ?? null) : null,
      matchCount: all.length,
      viaPinyin: term && term !== literal ? term : null,
      // personDoc's officials field starts with the person's name.
      personName: doc.kind === 'person' ? (doc.fields?.officials?.[0] ?? null) : null,
      proposed: doc.fields?.proposed === true,
      inNote: doc.fields?.noteStart !== undefined && all.length > 0 && all[0]!.start >= doc.fields.noteStart,
      matches: (all.length > 0 ? all : [{ start: 0, length: 0 }]).slice(0, matchesPerDoc).map((match) => ({
        ...match,
        blockIndex: doc.kind === 'issue' ? segmentAt(starts, match.start) - 1 : (doc.blockIndex ?? -1),
        snippet: snippetAt(original, match),
      })),
    };
  });
  return { query: found.query, total: found.numbers.length, results };
}
