/** Edit distance with adjacent transpositions (optimal string alignment). */
function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const table = new Uint16Array(rows * cols);
  for (let i = 0; i < rows; i++) table[i * cols] = i;
  for (let j = 0; j < cols; j++) table[j] = j;
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(
        (table[(i - 1) * cols + j] ?? 0) + 1,
        (table[i * cols + j - 1] ?? 0) + 1,
        (table[(i - 1) * cols + j - 1] ?? 0) + cost,
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        best = Math.min(best, (table[(i - 2) * cols + j - 2] ?? 0) + 1);
      }
      table[i * cols + j] = best;
    }
  }
  return table[rows * cols - 1] ?? 0;
}

/**
 * Picks the candidate closest to a misspelt word, for "did you mean" hints: an exact match
 * ignoring case and separators first, else the smallest edit distance within a third of the
 * word's length (at least 1, at most 3).
 */
export function closestMatch(word: string, candidates: readonly string[]): string | undefined {
  if (word.length === 0 || word.length > 64) return undefined;
  const fold = (text: string): string => text.toLowerCase().replace(/[-_\s.]/g, '');
  const folded = fold(word);
  const same = candidates.find((candidate) => fold(candidate) === folded);
  if (same !== undefined) return same;
  const limit = Math.min(3, Math.max(1, Math.floor(word.length / 3)));
  let best: string | undefined;
  let bestDistance = limit + 1;
  for (const candidate of candidates) {
    if (Math.abs(candidate.length - word.length) > limit) continue;
    const distance = editDistance(folded, fold(candidate));
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}
