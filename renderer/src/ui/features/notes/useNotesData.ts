// Loads what the Notes view lists, live: every highlight (newest first), every issue note, and
// the titles of only the issues they are on (not the whole library). As the Timeline does, the
// first screenful comes from small indexed queries so the view paints at once, even with tens
// of thousands of highlights; only after that paint does the full list (needed for the filters
// and for scrolling) load, and then it replaces the first.
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import type { ReadoutDatabase } from '../../../data/schema/db';
import {
  listAllHighlights,
  listIssueNotes,
  listNewestHighlights,
  type HighlightRecord,
  type IssueNoteRecord,
} from '../../../data/repositories/highlights';
import { issueTitles } from '../../../data/repositories/issues';
import { useFirstScreenThenAll } from '../../hooks/useFirstScreenThenAll';
import { annotatedIssueIds } from './notes-rows';

/** More cards than the tallest window shows, so the first paint is a full screen. */
const firstScreen = 40;

export interface NotesData {
  highlights: HighlightRecord[];
  issueNotes: IssueNoteRecord[];
  /** Issue id → title, for the issues of `highlights` and `issueNotes`. */
  titles: ReadonlyMap<string, string>;
  /** False while only the first screenful is loaded: counts and filters are then partial. */
  complete: boolean;
}

interface Loaded {
  highlights: HighlightRecord[];
  issueNotes: IssueNoteRecord[];
  titles: Map<string, string>;
}

async function loadFirstScreen(db: ReadoutDatabase): Promise<Loaded> {
  const [highlights, issueNotes] = await Promise.all([listNewestHighlights(db, firstScreen), listIssueNotes(db, firstScreen)]);
  return { highlights, issueNotes, titles: await issueTitles(db, annotatedIssueIds(highlights, issueNotes)) };
}

const loadAll = async (db: ReadoutDatabase) => ({ highlights: await listAllHighlights(db), issueNotes: await listIssueNotes(db) });

export function useNotesData(db: ReadoutDatabase): NotesData | undefined {
  const { first, all } = useFirstScreenThenAll(db, loadFirstScreen, loadAll);
  // The titles in a query of their own, keyed by the set of issues: tagging or editing a
  // highlight re-reads the highlights but not thousands of issue records.
  const idsKey = useMemo(() => (all ? annotatedIssueIds(all.highlights, all.issueNotes).sort().join('\n') : undefined), [all]);
  const allTitles = useLiveQuery(
    async () => (idsKey === undefined ? undefined : issueTitles(db, idsKey ? idsKey.split('\n') : [])),
    [db, idsKey],
  );
  if (all) return { ...all, titles: allTitles ?? first?.titles ?? new Map(), complete: true };
  return first && { ...first, complete: false };
}
