import type { PathSegment } from '../findings/issue.js';
import { readJsonKey, skipJsonSpace, skipJsonString, skipJsonValue } from './json-skip.js';
import type { LineIndex } from './line-index.js';
import type { NodeSpan, SourceLocator } from './source-locator.js';
import { createLocator } from './source-locator.js';

/** The members of one object or the items of one array, with where each stands. */
type Container = Map<string, NodeSpan> | NodeSpan[];

/** Lists the members or items of the container that opens at `start`, skipping over their values. */
function indexContainer(text: string, start: number): Container {
  const isObject = text.charCodeAt(start) === 123;
  const members = new Map<string, NodeSpan>();
  const items: NodeSpan[] = [];
  let i = skipJsonSpace(text, start + 1);
  while (i < text.length && text.charCodeAt(i) !== (isObject ? 125 : 93)) {
    let keyStart: number | undefined;
    let keyEnd = 0;
    if (isObject) {
      keyStart = i;
      keyEnd = skipJsonString(text, i);
      // Past the colon.
      i = skipJsonSpace(text, skipJsonSpace(text, keyEnd) + 1);
    }
    const valueEnd = skipJsonValue(text, i);
    if (keyStart === undefined) items.push({ valueStart: i, valueEnd });
    else
      members.set(readJsonKey(text, keyStart, keyEnd), {
        keyStart,
        keyEnd,
        valueStart: i,
        valueEnd,
      });
    i = skipJsonSpace(text, valueEnd);
    if (text.charCodeAt(i) === 44) i = skipJsonSpace(text, i + 1);
  }
  return isObject ? members : items;
}

/**
 * Builds the locator of a valid JSON text. Nothing is indexed up front: each object or array on a
 * looked-up path is indexed on first use, by skipping over its members' values, so finding a few
 * positions in a large text costs far less than a full parse.
 *
 * @param text - JSON text that `JSON.parse` accepts.
 * @param lines - The line index of the text.
 * @returns A locator for paths into the parsed value.
 *
 * @example
 * ```ts
 * const text = '{\n  "id": "x"\n}';
 * createJsonLocator(text, createLineIndex(text)).locate(['id'], 'key')?.line;
 * //=> 2
 * ```
 */
export function createJsonLocator(text: string, lines: LineIndex): SourceLocator {
  const containers = new Map<number, Container>();
  // The root's span is found once: skipping over the whole text for every lookup would make
  // placing n findings cost n passes over the text.
  let root: NodeSpan | undefined;
  const find = (path: readonly PathSegment[]): NodeSpan | undefined => {
    if (root === undefined) {
      const rootStart = skipJsonSpace(text, 0);
      root = { valueStart: rootStart, valueEnd: skipJsonValue(text, rootStart) };
    }
    let span: NodeSpan = root;
    for (const segment of path) {
      const code = text.charCodeAt(span.valueStart);
      if (code !== 123 && code !== 91) return undefined;
      let container = containers.get(span.valueStart);
      if (container === undefined) {
        container = indexContainer(text, span.valueStart);
        containers.set(span.valueStart, container);
      }
      const next = Array.isArray(container)
        ? typeof segment === 'number'
          ? container[segment]
          : undefined
        : container.get(String(segment));
      if (next === undefined) return undefined;
      span = next;
    }
    return span;
  };
  return createLocator(find, lines.span);
}
