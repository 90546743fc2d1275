// Two versions of a set of records (a conflicted document's, by record id), compared field by
// field, and merged by the analyst's choice for each difference. Pure: the Conflicts view shows
// the differences, and the merge it makes is what gets written.
export type Fields = Record<string, unknown>;

export type RecordDiff =
  | { key: string; kind: 'changed'; fields: { field: string; a: unknown; b: unknown }[] }
  | { key: string; kind: 'onlyA' | 'onlyB'; record: Fields };

/** Which side each difference takes: `key` for a record in one version only, `key field` for a field. */
export type MergeChoices = Record<string, 'a' | 'b'>;

export const choiceKey = (key: string, field?: string) => (field === undefined ? key : `${key} ${field}`);

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(sorted(a)) === JSON.stringify(sorted(b));
}

function sorted(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sorted);
  if (value && typeof value === 'object')
    return Object.fromEntries(
      Object.entries(value as Fields)
        .filter(([, item]) => item !== undefined)
        .sort(([x], [y]) => (x < y ? -1 : 1))
        .map(([key, item]) => [key, sorted(item)]),
    );
  return value;
}

/** The differences between two versions, in the order of version a's records then b's; fields in `ignore` are not compared. */
export function diffRecords(a: ReadonlyMap<string, Fields>, b: ReadonlyMap<string, Fields>, ignore: readonly string[] = []): RecordDiff[] {
  const diffs: RecordDiff[] = [];
  for (const [key, recordA] of a) {
    const recordB = b.get(key);
    if (!recordB) {
      diffs.push({ key, kind: 'onlyA', record: recordA });
      continue;
    }
    const fields = [...new Set([...Object.keys(recordA), ...Object.keys(recordB)])]
      .filter((field) => !ignore.includes(field) && !same(recordA[field], recordB[field]))
      .map((field) => ({ field, a: recordA[field], b: recordB[field] }));
    if (fields.length > 0) diffs.push({ key, kind: 'changed', fields });
  }
  for (const [key, record] of b) if (!a.has(key)) diffs.push({ key, kind: 'onlyB', record });
  return diffs;
}

/**
 * The merged records: every record both versions agree on, and for each difference the side
 * chosen (version a where no choice is given). A record in one version only is kept when that
 * version is chosen for it, so a deletion against an edit is always the analyst's decision.
 */
export function mergeRecords(
  a: ReadonlyMap<string, Fields>,
  b: ReadonlyMap<string, Fields>,
  choices: MergeChoices,
  ignore: readonly string[] = [],
): Map<string, Fields> {
  const merged = new Map<string, Fields>();
  for (const [key, recordA] of a) if (b.has(key)) merged.set(key, { ...recordA });
  for (const diff of diffRecords(a, b, ignore)) {
    if (diff.kind === 'changed') {
      const record = merged.get(diff.key)!;
      for (const { field, b: valueB } of diff.fields) if (choices[choiceKey(diff.key, field)] === 'b') record[field] = valueB;
    } else {
      const keep = diff.kind === 'onlyA' ? (choices[diff.key] ?? 'a') === 'a' : choices[diff.key] === 'b';
      if (keep) merged.set(diff.key, diff.record);
    }
  }
  return merged;
}
