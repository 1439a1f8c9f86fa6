/**
 * The reason in a file-system error, such as `EACCES: permission denied`, without the path and
 * whatever follows the first comma (Node appends the call and the path there).
 *
 * @param error - What a `node:fs` call or a stream threw.
 * @returns A short reason, as `file/unreadable` findings give it.
 *
 * @example
 * ```ts
 * fsReason(Object.assign(new Error("EACCES: permission denied, open 'plan.yaml'"), { code: 'EACCES' }));
 * //=> 'EACCES: permission denied'
 * ```
 */
export function fsReason(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const code = (error as NodeJS.ErrnoException).code;
  if (code === undefined) return error.message;
  const text = error.message.replace(/^[A-Z]+: /, '');
  // A search for the first comma, not a pattern running to the end: linear on any message.
  const comma = text.search(/,\s/);
  return `${code}: ${comma === -1 ? text : text.slice(0, comma)}`;
}
