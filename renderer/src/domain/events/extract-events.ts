// Proposes the events of an issue from its blocks. A paragraph opens an event when it starts
// with a date (or 近日, or a list entry "官员(日期)"), reports a meeting in its first clause
// ("…会议召开"), or opens with an official doing something; the paragraphs after it, up to the
// next event or heading, continue it. Each event gets a date, time of day, officials, place,
// type and a one-line summary. Pure: no storage, no network.
import type { Block } from '../digest/types';
import { firstSentence, typeOf } from './classify';
import { readOpeningDate, readParenthesisedDate, sameEventDate, withoutPublishTime, type DateContext, type OpeningDate } from './dates';
import { entryStarts, isDateOnly } from './chronicle-entries';
import { monthOfBareHeading, monthOfHeading, timeOfTitle } from './month-headings';
import { vocabulary } from './vocabulary';
import { looksTraditional, normaliseText, originalSlice, type NormalText } from './normalise';
import { KnownOfficials } from './known-officials';
import { findOfficials, type FoundOfficial } from './officials';
import { eventPlace, type IssuePlaceContext } from './event-place';
import { headingPlace, IssuePlaces, sourcePlace } from './issue-places';
import { placeOfTitle, placesInText, type FoundPlace } from './places';
import { tableEvents } from './table-events';
import type { EventDate, EventType, IssueDating, Official, ProposedEvent, UncertainField } from './types';
import type { Gazetteer } from './gazetteer/gazetteer';
import { preparedGazetteer } from './gazetteer/load-gazetteer';

interface Draft {
  blockIndex: number;
  line: number;
  blockIndexes: number[];
  texts: NormalText[];
  /** The places found in each of `texts`. */
  places: FoundPlace[][];
  /** The place name of the section heading the event stands under, if it is one. */
  sectionPlace: string | null;
  opening: OpeningDate | null;
  /** The opening's date was computed from the publish time (a relative day, a year the text does not write). */
  dateFromPublishTime: boolean;
  officials: { found: FoundOfficial; text: NormalText }[];
  /** Headings and loose paragraphs before the event, nearest last: where a type may be read when the event names none. */
  context: string[];
}

const summaryLength = 80;

/**
 * `gazetteer`: the administrative divisions places are checked against (await prepareGazetteer()
 * first); without it places are read by their form alone.
 */
export function extractEvents(
  blocks: readonly Block[],
  issueDating: IssueDating,
  gazetteer: Gazetteer | null = preparedGazetteer(),
): ProposedEvent[] {
  const dating = withStatedYear(issueDating, blocks);
  const sampleText = blocks
    .slice(0, 40)
    .map((block) => block.text)
    .join('');
  const traditional = looksTraditional(sampleText);
  const context: DateContext = { dating, month: initialMonth(dating), previous: null };
  const titleTime = dating.title ? timeOfTitle(dating.title) : null;
  if (titleTime?.month) context.month = { year: titleTime.year, month: titleTime.month };
  if (titleTime?.year) context.year = titleTime.year;
  if (titleTime) context.chronicle = true;
  const known = new KnownOfficials();
  const trail: string[] = dating.title ? [normaliseText(dating.title, traditional).text] : [];
  const drafts: Draft[] = [];
  const issuePlaces = new IssuePlaces(gazetteer);
  const bodyTexts: string[] = [];
  // The title first: on a tie, the place it names is the issue's home.
  if (trail[0]) countPlaces(issuePlaces, findOfficials(trail[0]), placesInText(trail[0], gazetteer), gazetteer);
  let sectionPlace: string | null = null;
  let current: Draft | null = null;
  /** A chronicle's day printed on a line of its own ("3~7日"): the date of the entry on the next line. */
  let pendingDate: OpeningDate | null = null;
  let pendingFromPublishTime = false;

  const paragraph = (original: string, blockIndex: number, block: Block) => {
    const normal = normaliseText(original, traditional);
    const text = normal.text;
    bodyTexts.push(text);
    const officials = findOfficials(text, known);
    const places = placesInText(text, gazetteer);
    countPlaces(issuePlaces, officials, places, gazetteer);

    const intro = block.kind === 'intro';
    let start = eventStart(text, officials, context, intro, drafts.length === 0);
    let fromPublishTime =
      start !== null &&
      start !== 'not-an-event' &&
      openingDependsOnPublishTime(start, text, officials, context, intro, drafts.length === 0);
    // The day line's date goes to the first entry below it that names an official (a one-line
    // event title in between keeps it waiting); an entry with its own date replaces it.
    if (pendingDate && !(start && start !== 'not-an-event' && start.opening?.date)) {
      if (officials.length > 0) {
        start = { opening: { ...pendingDate, length: 0 } };
        fromPublishTime = pendingFromPublishTime;
        pendingDate = null;
      }
    } else pendingDate = null;
    if (context.chronicle && officials.length === 0 && start && start !== 'not-an-event') start = 'not-an-event';
    if (start === 'not-an-event') {
      current = null;
      // A chronicle's dated entry is an entry of its own, not context of the next one: its words
      // (a 巡察 meeting) say nothing of what the next day's leaders did.
      if (!(context.chronicle && readOpeningDate(text, context)?.date)) trail.push(text);
      return;
    }
    if (start) {
      const opening = start.opening ?? start.dated ?? null;
      if (opening?.date) {
        context.previous = opening.date;
        context.previousFromPublishTime = fromPublishTime;
      }
      if (opening?.month) context.month = opening.month;
      current = {
        blockIndex,
        line: block.line,
        blockIndexes: [blockIndex],
        texts: [normal],
        places: [places],
        sectionPlace,
        opening,
        dateFromPublishTime: fromPublishTime,
        officials: officials.map((found) => ({ found, text: normal })),
        context: [...trail.slice(0, 1), ...trail.slice(-12)],
      };
      drafts.push(current);
    } else if (current) {
      const draft: Draft = current;
      if (!draft.blockIndexes.includes(blockIndex)) draft.blockIndexes.push(blockIndex);
      draft.texts.push(normal);
      draft.places.push(places);
      for (const found of officials) if (found.evidence !== 'known') draft.officials.push({ found, text: normal });
    } else {
      trail.push(text);
      return;
    }
    for (const official of officials) {
      if (official.evidence !== 'known') known.add(official.name, originalSlice(normal, official.start, official.end), official.titles);
    }
  };

  const tables = tableEvents(blocks, { traditional, gazetteer, dates: { dating, month: initialMonth(dating), previous: null } });

  blocks.forEach((block, blockIndex) => {
    if (tables.rows.has(blockIndex)) {
      current = null;
      return;
    }
    if (block.kind === 'heading' || block.kind === 'subheading') {
      const month = monthOfHeading(block.text) ?? monthOfBareHeading(block.text);
      if (month) {
        context.month = { year: month.year ?? context.month?.year ?? null, month: month.month };
        context.chronicle = true;
        pendingDate = null;
      }
      current = null;
      const heading = normaliseText(block.text, traditional).text;
      trail.push(heading);
      // A heading starts a section; its second line keeps the first's place unless it names one.
      sectionPlace = block.kind === 'heading' ? headingPlace(heading) : (headingPlace(heading) ?? sectionPlace);
      return;
    }
    if (block.kind !== 'paragraph' && block.kind !== 'intro') return;
    // A month heading the parser kept as a paragraph ("2011年4月大事概要(2)", a bare "2" before day lines).
    const next = blocks[blockIndex + 1]?.text ?? '';
    const month =
      block.text.length <= 30 ? (monthOfHeading(block.text) ?? (/^\s*\d/.test(next) ? monthOfBareHeading(block.text) : null)) : null;
    if (month) {
      context.month = { year: month.year ?? context.month?.year ?? null, month: month.month };
      context.chronicle = true;
      current = null;
      return;
    }
    const dateOnly = isDateOnly(block.text, context);
    if (dateOnly) {
      pendingDate = dateOnly;
      pendingFromPublishTime = !sameEventDate(dateOnly.date, isDateOnly(block.text, withoutPublishTime(context))?.date ?? null);
      if (dateOnly.date) {
        context.previous = dateOnly.date;
        context.previousFromPublishTime = pendingFromPublishTime;
      }
      current = null;
      return;
    }
    const starts = context.chronicle ? entryStarts(block.text, context) : [0];
    starts.forEach((from, index) => paragraph(block.text.slice(from, starts[index + 1] ?? block.text.length), blockIndex, block));
  });

  let documentPlace: string | null | undefined;
  const issue: IssuePlaceContext = {
    places: issuePlaces,
    home: issuePlaces.home(),
    gazetteer,
    // The publisher's place counts only if the text names it too: a paper need not report on its own town.
    documentPlace: () => {
      if (documentPlace === undefined) {
        const named = dating.source ? sourcePlace(normaliseText(dating.source, traditional).text) : null;
        documentPlace = named && bodyTexts.some((text) => text.includes(named)) ? named : null;
      }
      return documentPlace;
    },
  };
  const events = drafts.map((draft) => finish(draft, issue));
  if (tables.events.length === 0) return events;
  // in document order (the sort is stable: a row's trips keep theirs)
  return [...events, ...tables.events].sort((a, b) => a.blockIndex - b.blockIndex);
}

/**
 * An issue with neither publish time nor period (a clipped page of a county paper) still has its
 * year where the text writes one, and only one ("2023年迎国庆…篮球赛"): its "9月24日" are that year's.
 */
function withStatedYear(dating: IssueDating, blocks: readonly Block[]): IssueDating {
  if (dating.published || dating.period) return dating;
  const years = new Set<string>();
  for (const block of blocks) for (const match of block.text.matchAll(/(?<!\d)((?:19|20)\d{2})年/g)) years.add(match[1]!);
  return years.size === 1 ? { ...dating, statedYear: Number([...years][0]) } : dating;
}

/** Counts the places a text names, in its words and its officials' titles, as evidence of the issue's home. */
function countPlaces(
  issuePlaces: IssuePlaces,
  officials: readonly FoundOfficial[],
  places: readonly FoundPlace[],
  gazetteer: Gazetteer | null,
): void {
  for (const official of officials) for (const title of official.titles) issuePlaces.add(placeOfTitle(title, gazetteer));
  for (const place of places) issuePlaces.add(place);
}

function initialMonth(dating: IssueDating): DateContext['month'] {
  const start = dating.period?.start;
  if (!start || !/^\d{4}-\d{2}/.test(start)) return null;
  return { year: Number(start.slice(0, 4)), month: Number(start.slice(5, 7)) };
}

type Start = { opening: OpeningDate | null; dated?: OpeningDate } | 'not-an-event' | null;

/** A date inside a sentence: a full day, a day of the month before a time or comma, or a day relative to publication. */
const dayInText = /(?:\d{4}年)?\d{1,2}月\d{1,2}[日号]|(?<![\d月.])\d{1,2}[日号](?=[上下晚早中凌,，])|昨日|昨天|昨夜|昨晚|今天|今日/;

const dayInTextAll = new RegExp(dayInText.source, 'g');

/** A date (with an action) in the first two sentences of a paragraph that does not open with one. */
function dateWithin(text: string, context: DateContext): OpeningDate | null {
  const sentences = text.split(/(?<=[。！？!?])/);
  const firstTwo = sentences.slice(0, 2).join('');
  // A dateline ("枣庄房产网3月7日讯", "新华社北京3月7日电") dates the report, not the event after it.
  const match = [...firstTwo.matchAll(dayInTextAll)].find((found) => !/^[讯电]/.test(firstTwo.slice(found.index + found[0].length)));
  if (!match) return null;
  // What is done may come in the sentence after the date's ("2月19日,是…最后一天。王忠林主持召开视频例会")
  const dateSentence = firstTwo.slice(0, match.index).match(/[。！？!?]/g)?.length ?? 0;
  if (typeOf(sentences.slice(0, dateSentence + 2).join('')) === null) return null;
  const read = readOpeningDate(text.slice(match.index), context);
  return read ? { ...read, length: 0 } : null;
}

/** Whether the date an event opens with would be read otherwise without the publish time. */
function openingDependsOnPublishTime(
  start: Exclude<Start, 'not-an-event' | null>,
  text: string,
  officials: readonly FoundOfficial[],
  context: DateContext,
  intro: boolean,
  noEventYet: boolean,
): boolean {
  const date = (start.opening ?? start.dated)?.date ?? null;
  if (date === null || !context.dating.published) return false;
  const without = eventStart(text, officials, withoutPublishTime(context), intro, noEventYet);
  const dateWithout = without === null || without === 'not-an-event' ? null : ((without.opening ?? without.dated)?.date ?? null);
  return !sameEventDate(date, dateWithout);
}

/** Whether a paragraph opens an event, and the date it opens with. */
function eventStart(text: string, officials: readonly FoundOfficial[], context: DateContext, intro: boolean, noEventYet: boolean): Start {
  const opening = readOpeningDate(text, context);
  const sentence = firstSentence(text);
  if (opening) {
    // A dated line with neither an official nor an action (a cut-off entry) opens nothing; nor
    // does a chronicle entry that names no official (a record of the district, not an activity).
    return officials.length > 0 || (!context.chronicle && typeOf(sentence) !== null) ? { opening } : 'not-an-event';
  }
  // A single report may open with scene-setting and give the date in its second sentence (a text
  // without headings is all intro: there the date must come with an official).
  if (noEventYet && (!intro || officials.length > 0)) {
    const within = dateWithin(text, context);
    if (within) return { opening: null, dated: within };
  }
  if (intro) return null;
  const trimmed = text.trimStart();
  for (const opener of vocabulary.undatedOpeners) {
    if (trimmed.startsWith(opener) && (officials.length > 0 || typeOf(sentence))) return { opening: null };
  }
  const lead = officials[0];
  if (lead && lead.evidence !== 'known' && lead.phraseStart <= text.length - trimmed.length) {
    const after = text.slice(lead.phraseEnd);
    if (after.startsWith('(')) {
      const listed = readParenthesisedDate(after, context);
      // The summary is the whole entry, so the date counts as taking no text.
      if (listed) return { opening: { ...listed, length: 0 } };
      // A list entry cut off before its dates is still an entry.
      if (/^\([^)]*$/.test(after)) return { opening: null };
    }
    if (vocabulary.actionVerbs.some((verb) => after.startsWith(verb) || after.startsWith(`一行${verb}`))) return { opening: null };
  }
  const firstClause = trimmed.split(/[,，。;；]/)[0] ?? '';
  if (!/^(随着|在|自|从|当|据|经|因|为|对)/.test(firstClause) && vocabulary.passiveReport.some((word) => firstClause.endsWith(word))) {
    return { opening: null };
  }
  return null;
}

function finish(draft: Draft, issue: IssuePlaceContext): ProposedEvent {
  const [first] = draft.texts;
  const body = first!.text.slice(draft.opening?.length ?? 0);
  const officials = collectOfficials(draft);
  const place = eventPlace(
    {
      titles: officials.map(({ simplifiedTitles }) => simplifiedTitles),
      paragraphs: draft.places,
      firstSentenceEnd: firstSentence(first!.text).length,
      sectionPlace: draft.sectionPlace,
    },
    issue,
  );
  const type = typeFor(draft, body);
  const uncertain: UncertainField[] = [];
  if (draft.dateFromPublishTime) uncertain.push('date');
  if (place.fromIssue) uncertain.push('place');
  if (!type.fromText) uncertain.push('type');
  return {
    blockIndex: draft.blockIndex,
    blockIndexes: draft.blockIndexes,
    line: draft.line,
    date: (draft.opening?.date ?? null) as EventDate,
    timeOfDay: draft.opening?.timeOfDay ?? null,
    officials: officials.map(({ official }) => official),
    place: place.place,
    type: type.type,
    summary: summaryOf(first!, draft.opening?.length ?? 0),
    uncertain,
  };
}

function collectOfficials(draft: Draft): { official: Official; simplifiedTitles: string[] }[] {
  const byName = new Map<string, { official: Official; simplifiedTitles: string[] }>();
  for (const { found, text } of draft.officials) {
    const name = found.written ?? originalSlice(text, found.start, found.end);
    const titles = found.titleSpans.map((pieces) => pieces.map(([start, end]) => originalSlice(text, start, end)).join(''));
    const seen = byName.get(found.name);
    if (!seen) byName.set(found.name, { official: { name, titles }, simplifiedTitles: found.titles });
    else if (seen.official.titles.length === 0 && titles.length > 0) {
      seen.official.titles = titles;
      seen.simplifiedTitles = found.titles;
    }
  }
  return [...byName.values()];
}

/** The event's type, and whether its own words name it (else it is the context's, or the default). */
function typeFor(draft: Draft, body: string): { type: EventType; fromText: boolean } {
  const fromText =
    typeOf(firstSentence(body)) ??
    typeOf(body) ??
    draft.texts
      .slice(1)
      .map((text) => typeOf(text.text))
      .find((type) => type !== null);
  if (fromText) return { type: fromText, fromText: true };
  for (const text of [...draft.context].reverse()) {
    const type = typeOf(text);
    if (type) return { type, fromText: false };
  }
  return { type: 'activity', fromText: false };
}

function summaryOf(text: NormalText, skip: number): string {
  const normal = text.text;
  let start = skip;
  while (start < normal.length && /[\s,，:：、]/.test(normal[start]!)) start++;
  const sentence = firstSentence(normal.slice(start));
  let end = start + sentence.length;
  if (sentence.length > summaryLength) {
    const cut = normal.slice(start, start + summaryLength).search(/[,，;；][^,，;；]*$/);
    end = start + (cut > 20 ? cut : summaryLength);
  }
  const summary = originalSlice(text, start, end).replace(/[。，,;；]$/, '');
  return end < start + sentence.length ? `${summary}…` : summary;
}
