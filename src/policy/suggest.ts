/** "Did you mean" for mistyped names: the closest known name within a small edit distance. */

/** Levenshtein distance, case-insensitive (one row of the table at a time). */
export function editDistance(a: string, b: string): number {
  const s = a.toLowerCase();
  const t = b.toLowerCase();
  let previous = Array.from({ length: t.length + 1 }, (_, j) => j);
  for (let i = 1; i <= s.length; i++) {
    const current = [i];
    for (let j = 1; j <= t.length; j++) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1;
      current.push(Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost));
    }
    previous = current;
  }
  return previous[t.length]!;
}

/** The known name closest to `name`, if it is close enough to be a typo (at most a third of its length, at least 2). */
export function closestName(name: string, known: Iterable<string>): string | undefined {
  const limit = Math.max(2, Math.floor(name.length / 3));
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of known) {
    const d = editDistance(name, candidate);
    if (d < bestDistance || (d === bestDistance && best !== undefined && candidate < best)) {
      best = candidate;
      bestDistance = d;
    }
  }
  return bestDistance <= limit ? best : undefined;
}

/** ` (did you mean 'x'?)` or nothing. */
export function didYouMean(name: string, known: Iterable<string>): string {
  const suggestion = closestName(name, known);
  return suggestion === undefined ? '' : ` (did you mean '${suggestion}'?)`;
}
