/**
 * Options as given, or none when they are not an object: JavaScript callers may pass `null` or
 * anything else, and the functions that take options never throw.
 */
export function readOptions<T extends object>(options: T | null | undefined): T | Partial<T> {
  return typeof options === 'object' && options !== null ? options : {};
}
