// What highlights, issue notes and events add to an exported issue: the records of those
// features turned into the export model's shapes (names resolved, categories named in the
// brief's language, paragraphs numbered for citations).
import { blockAt, blockStarts } from '../../domain/anchoring/issue-text';
import type { ExportEvent, ExportHighlight } from '../../domain/export/model';
import type { ReadoutDatabase } from '../schema/db';
import { readCategories } from '../repositories/highlight-categories';
import { byReadingOrder } from '../repositories/highlights';
import { saysPhrase } from '../../domain/lexicon/says-phrase';
import { lexiconSpellings } from '../search/lexicon-spellings';
import type { ExportContributor, IssueContribution } from './export-contributor';
import { lexiconPhrases } from './lexicon-contributor';

/** 1-based number of the paragraph a block is, counting only text paragraphs (what a reader counts). */
function paragraphNumbers(blocks: readonly { kind: string }[]): number[] {
  let count = 0;
  return blocks.map((block) => (block.kind === 'paragraph' || block.kind === 'intro' ? ++count : count));
}

const highlightsAndNotes: ExportContributor = async (db: ReadoutDatabase, issues, spec, labels) => {
  const byIssue = new Map<string, IssueContribution>();
  const ids = issues.map((issue) => issue.id);
  const [categories, tags, highlights, notes, texts] = await Promise.all([
    readCategories(db),
    db.tags.toArray(),
    db.highlights.where('issueId').anyOf(ids).toArray(),
    db.issueNotes.bulkGet(ids),
    db.issueTexts.bulkGet(ids),
  ]);
  const tagName = new Map(tags.map((tag) => [tag.id, tag.name]));
  const says = await phraseFilter(db, spec.filters.phrases);
  const category = new Map<string, ExportHighlight['category']>(
    categories.map((c) => [c.id, { id: c.id, color: c.color, name: c.names[labels.language] ?? labels.categoryNames[c.id] ?? c.id }]),
  );
  const wanted = (record: {
    categoryId: string;
    tagIds: string[];
    createdAt: string;
    target: { quote: { exact: string } };
    note: string;
  }) =>
    (!spec.filters.categories?.length || (spec.filters.categories as readonly string[]).includes(record.categoryId)) &&
    (!spec.filters.tags?.length || record.tagIds.some((id) => spec.filters.tags!.includes(tagName.get(id) ?? ''))) &&
    (!spec.filters.from || record.createdAt.slice(0, 10) >= spec.filters.from) &&
    (!spec.filters.to || record.createdAt.slice(0, 10) <= spec.filters.to) &&
    (!says || says(record.target.quote.exact) || says(record.note));
  ids.forEach((issueId, index) => {
    const text = texts[index];
    const starts = text ? blockStarts(text.blocks) : [];
    const paragraphs = text ? paragraphNumbers(text.blocks) : [];
    const exported: ExportHighlight[] = highlights
      .filter((highlight) => highlight.issueId === issueId && wanted(highlight))
      .sort(byReadingOrder)
      .map((highlight) => ({
        id: highlight.id,
        quote: highlight.target.quote.exact,
        prefix: highlight.target.quote.prefix,
        suffix: highlight.target.quote.suffix,
        start: highlight.start,
        end: highlight.end,
        category: category.get(highlight.categoryId) ?? { id: highlight.categoryId, name: highlight.categoryId, color: '#888888' },
        note: spec.content.notes ? highlight.note : '',
        tags: highlight.tagIds.map((id) => tagName.get(id)).filter((name): name is string => name !== undefined),
        paragraph: highlight.anchor === 'orphaned' || !text ? null : (paragraphs[blockAt(starts, highlight.start)] ?? null),
        createdAt: highlight.createdAt,
        modifiedAt: highlight.updatedAt,
      }));
    byIssue.set(issueId, { highlights: exported, note: notes[index]?.text ?? '' });
  });
  return byIssue;
};

const events: ExportContributor = async (db, issues, spec, labels) => {
  const ids = issues.map((issue) => issue.id);
  const [records, tags] = await Promise.all([db.events.where('issueId').anyOf(ids).toArray(), db.tags.toArray()]);
  const tagName = new Map(tags.map((tag) => [tag.id, tag.name]));
  const byIssue = new Map<string, IssueContribution>(ids.map((id) => [id, { events: [] }]));
  const inRange = (sort: string) => (!spec.filters.from || sort >= spec.filters.from) && (!spec.filters.to || sort <= spec.filters.to);
  for (const record of records.sort((a, b) => a.dateSort.localeCompare(b.dateSort) || a.blockIndex - b.blockIndex)) {
    // A brief carries what the analyst reviewed: proposed events are not yet facts.
    if (record.status === 'proposed' || !inRange(record.dateSort)) continue;
    const eventTags = record.tagIds.map((id) => tagName.get(id)).filter((name): name is string => name !== undefined);
    if (spec.filters.tags?.length && !eventTags.some((name) => spec.filters.tags!.includes(name))) continue;
    const exported: ExportEvent = {
      id: record.id,
      date: record.date,
      timeOfDay: record.timeOfDay,
      officials: record.officials.map(({ name, titles }) => ({ name, titles })),
      place: record.place,
      type: record.type,
      typeLabel: labels.eventTypes[record.type] ?? record.type,
      summary: record.summary,
      tags: eventTags,
      blockIndex: record.blockIndex,
      status: record.status,
    };
    byIssue.get(record.issueId)?.events?.push(exported);
  }
  return byIssue;
};

/** A test of whether a text says one of the phrases (in any spelling the lexicon knows); null without phrases. */
async function phraseFilter(db: ReadoutDatabase, phrases: readonly string[] | undefined): Promise<((text: string) => boolean) | null> {
  if (!phrases?.length) return null;
  const tests = await Promise.all(
    phrases.map(async (phrase) => {
      const [first = phrase, ...others] = await lexiconSpellings(db, phrase);
      return saysPhrase(first, others);
    }),
  );
  return (text) => tests.some((says) => says(text));
}

/** Every feature's contribution to an exported issue. */
export const issueContributors: readonly ExportContributor[] = [highlightsAndNotes, events, lexiconPhrases];
