// One live query per open issue, shared by the Events panel and every event marker of the
// reader (dozens of gutters would otherwise each watch the database on their own).
import { liveQuery } from 'dexie';
import { useCallback, useSyncExternalStore } from 'react';
import type { ReadoutDatabase } from '../../../data/schema/db';
import type { EventRecord } from '../../../data/records';
import { eventsOfIssue } from '../../../data/repositories/events';

interface Entry {
  value: EventRecord[] | undefined;
  listeners: Set<() => void>;
  stop: (() => void) | null;
}

const entries = new WeakMap<ReadoutDatabase, Map<string, Entry>>();

function entryFor(db: ReadoutDatabase, issueId: string): Entry {
  let byIssue = entries.get(db);
  if (!byIssue) {
    byIssue = new Map();
    entries.set(db, byIssue);
  }
  let entry = byIssue.get(issueId);
  if (!entry) {
    entry = { value: undefined, listeners: new Set(), stop: null };
    byIssue.set(issueId, entry);
  }
  return entry;
}

function subscribe(db: ReadoutDatabase, issueId: string, listener: () => void): () => void {
  const entry = entryFor(db, issueId);
  entry.listeners.add(listener);
  if (!entry.stop) {
    const subscription = liveQuery(() => eventsOfIssue(db, issueId)).subscribe({
      next: (value) => {
        entry.value = value;
        for (const notify of entry.listeners) notify();
      },
      error: (error: unknown) => console.error('events query failed', error),
    });
    entry.stop = () => subscription.unsubscribe();
  }
  return () => {
    entry.listeners.delete(listener);
    // Stop watching when nobody looks; the last value stays as the next first render's.
    if (entry.listeners.size === 0) {
      entry.stop?.();
      entry.stop = null;
    }
  };
}

/** The events of an issue ordered by block, live; undefined while loading. */
export function useIssueEvents(db: ReadoutDatabase, issueId: string): EventRecord[] | undefined {
  const subscribeToIssue = useCallback((listener: () => void) => subscribe(db, issueId, listener), [db, issueId]);
  const snapshot = useCallback(() => entryFor(db, issueId).value, [db, issueId]);
  return useSyncExternalStore(subscribeToIssue, snapshot);
}
