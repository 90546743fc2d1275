// Myers' O(ND) shortest edit script between two sequences of numbers (line ids or character
// codes), returned as the runs the two have in common. Used by text-diff.ts on the small pieces
// of an issue text that changed, so D (the number of inserted and deleted items) stays small.

/** A run of `length` equal items at `a` in the first sequence and `b` in the second. */
export interface MatchRun {
  a: number;
  b: number;
  length: number;
}

/**
 * The common runs of a shortest edit script from `a` to `b`, in order, or null when it needs
 * more than `maxEdits` insertions and deletions (the caller then treats the whole as replaced).
 */
export function myersMatches(a: ArrayLike<number>, b: ArrayLike<number>, maxEdits: number): MatchRun[] | null {
  const n = a.length;
  const m = b.length;
  const max = Math.min(n + m, maxEdits);
  const offset = max + 1;
  // v[offset + k]: the furthest x reached on diagonal k (y = x - k).
  const v = new Int32Array(2 * max + 3);
  // The part of v that step d reads, kept per step to walk the path back.
  const trace: Int32Array[] = [];
  for (let d = 0; d <= max; d++) {
    trace.push(v.slice(offset - d - 1, offset + d + 2));
    for (let k = -d; k <= d; k += 2) {
      const down = k === -d || (k !== d && v[offset + k - 1]! < v[offset + k + 1]!);
      let x = down ? v[offset + k + 1]! : v[offset + k - 1]! + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      v[offset + k] = x;
      if (x >= n && y >= m) return backtrack(trace, n, m);
    }
  }
  return null;
}

function backtrack(trace: readonly Int32Array[], n: number, m: number): MatchRun[] {
  const runs: MatchRun[] = [];
  let x = n;
  let y = m;
  for (let d = trace.length - 1; d >= 0; d--) {
    const saved = trace[d]!;
    // saved[i] holds v[k] for k = i - d - 1.
    const at = (k: number) => saved[k + d + 1]!;
    const k = x - y;
    const prevK = k === -d || (k !== d && at(k - 1) < at(k + 1)) ? k + 1 : k - 1;
    const prevX = d === 0 ? 0 : at(prevK);
    const prevY = d === 0 ? 0 : prevX - prevK;
    // The diagonal (equal items) that ends at (x, y) and starts right after the step from d - 1.
    const startX = d === 0 ? 0 : prevK === k + 1 ? prevX : prevX + 1;
    if (x > startX) runs.push({ a: startX, b: y - (x - startX), length: x - startX });
    x = prevX;
    y = prevY;
  }
  return runs.reverse();
}
