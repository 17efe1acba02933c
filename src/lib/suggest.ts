// "Did you mean …?" for ids an editor mistyped: the closest known id by edit distance.

/** Levenshtein distance between two strings. */
export function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length]!;
}

/** The known id closest to `wanted`, or undefined when nothing is close enough to be a likely typo. */
export function closest(wanted: string, known: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestScore = Infinity;
  for (const candidate of known) {
    // A shared prefix (isw-sept vs isw-2025-09-25) is a strong hint even when the tails differ a lot.
    const prefix = commonPrefix(wanted, candidate);
    const score = editDistance(wanted, candidate) - prefix * 0.5;
    if (score < bestScore) {
      bestScore = score;
      best = candidate;
    }
  }
  if (best === undefined) return undefined;
  const limit = Math.max(3, Math.ceil(Math.max(wanted.length, best.length) * 0.6));
  return editDistance(wanted, best) <= limit || commonPrefix(wanted, best) >= 3 ? best : undefined;
}

function commonPrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

/** " Did you mean `x`?" or "" — ready to append to an error message. */
export function didYouMean(wanted: string, known: Iterable<string>): string {
  const hit = closest(wanted, known);
  return hit ? ` Did you mean \`${hit}\`?` : '';
}

/** "`a`, `b`, `c`": names as an editor writes them, for a hint that lists what is allowed. */
export function codeList(names: Iterable<string>): string {
  return [...names].map((x) => `\`${x}\``).join(', ');
}
