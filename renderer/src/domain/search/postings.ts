// Sorted lists of document numbers: the intersection that answers "all terms", the union of a
// term's alternatives (its pinyin readings), the difference that applies an exclusion.

/** The numbers in every list; the shortest list leads, and the others are galloped through. */
export function intersectSorted(lists: readonly Int32Array[]): Int32Array {
  if (lists.length === 0) return new Int32Array(0);
  const ordered = [...lists].sort((a, b) => a.length - b.length);
  let result = ordered[0]!;
  for (let l = 1; l < ordered.length && result.length > 0; l++) {
    const other = ordered[l]!;
    const out = new Int32Array(result.length);
    let count = 0;
    let j = 0;
    for (let i = 0; i < result.length && j < other.length; i++) {
      const wanted = result[i]!;
      if (other[j]! < wanted) {
        // Gallop, then binary search: the other list is usually much longer.
        let step = 1;
        let high = j + 1;
        while (high < other.length && other[high]! < wanted) {
          j = high;
          step *= 2;
          high = j + step;
        }
        let low = j + 1;
        high = Math.min(high, other.length);
        while (low < high) {
          const middle = (low + high) >>> 1;
          if (other[middle]! < wanted) low = middle + 1;
          else high = middle;
        }
        j = low;
      }
      if (j < other.length && other[j] === wanted) out[count++] = wanted;
    }
    result = out.slice(0, count);
  }
  return result;
}

/** The numbers in any list, ascending, each once. */
export function unionSorted(lists: readonly Int32Array[]): Int32Array {
  const nonEmpty = lists.filter((list) => list.length > 0);
  if (nonEmpty.length === 0) return new Int32Array(0);
  if (nonEmpty.length === 1) return nonEmpty[0]!;
  let total = 0;
  for (const list of nonEmpty) total += list.length;
  const all = new Int32Array(total);
  let offset = 0;
  for (const list of nonEmpty) {
    all.set(list, offset);
    offset += list.length;
  }
  all.sort();
  let unique = 0;
  for (let i = 0; i < all.length; i++) if (i === 0 || all[i] !== all[i - 1]) all[unique++] = all[i]!;
  return all.slice(0, unique);
}

/** The numbers of `list` that are not in `removed` (both ascending). */
export function differenceSorted(list: Int32Array, removed: Int32Array): Int32Array {
  if (removed.length === 0) return list;
  const out = new Int32Array(list.length);
  let count = 0;
  let j = 0;
  for (const value of list) {
    while (j < removed.length && removed[j]! < value) j++;
    if (j >= removed.length || removed[j] !== value) out[count++] = value;
  }
  return out.slice(0, count);
}
