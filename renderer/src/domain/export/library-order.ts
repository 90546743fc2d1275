// The order of a whole-library export: issues with a publish time first, oldest first; then the
// ones without, by period start and then import time. Sorting here rather than through the
// `published` index matters: IndexedDB leaves a record without the key out of that index, so an
// export read through it silently dropped every undated issue.
export interface OrderableIssue {
  id: string;
  published: string | null;
  periodStart: string | null;
  importedAt: string;
}

/** null (missing) after every value. */
function compareMissingLast(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? -1 : 1;
}

export function byLibraryOrder(a: OrderableIssue, b: OrderableIssue): number {
  return (
    compareMissingLast(a.published || null, b.published || null) ||
    compareMissingLast(a.periodStart || null, b.periodStart || null) ||
    compareMissingLast(a.importedAt, b.importedAt) ||
    compareMissingLast(a.id, b.id)
  );
}

export function inLibraryOrder<T extends OrderableIssue>(issues: readonly T[]): T[] {
  return [...issues].sort(byLibraryOrder);
}
