/** Calls `onRepeat` for every entry of a list that equals an earlier one. */
export function forEachRepeat(
  values: readonly string[],
  onRepeat: (value: string, index: number) => void,
): void {
  // Plan lists are short: looking back along the list beats building a set for each.
  if (values.length <= 16) {
    values.forEach((value, index) => {
      if (values.indexOf(value) < index) onRepeat(value, index);
    });
    return;
  }
  const seen = new Set<string>();
  values.forEach((value, index) => {
    if (seen.has(value)) onRepeat(value, index);
    else seen.add(value);
  });
}

/**
 * Finds ids used more than once and calls `onDuplicate` with the position of the later use and
 * of the first. Positions are whatever the caller needs to report with (an index, a path, the
 * document); an id is any key, so `kind` and `id` joined make one for documents. Every rule about
 * repeated ids uses this one function.
 */
export function forEachDuplicateId<P>(
  entries: Iterable<readonly [id: string, position: P]>,
  onDuplicate: (id: string, position: P, first: P) => void,
): void {
  const first = new Map<string, P>();
  for (const [id, position] of entries) {
    const earlier = first.get(id);
    if (earlier === undefined) first.set(id, position);
    else onDuplicate(id, position, earlier);
  }
}

/**
 * A name or title as a reader compares it, whatever its case, spacing or Unicode form: "UNDP",
 * " undp " and "ＵＮＤＰ" are one partner.
 */
export function readerKey(text: string): string {
  // Printable ASCII is its own NFKC form: most names skip the normalisation.
  const normal = PRINTABLE_ASCII.test(text) ? text : text.normalize('NFKC');
  return normal.toLowerCase().replace(/\s+/g, ' ').trim();
}

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;
