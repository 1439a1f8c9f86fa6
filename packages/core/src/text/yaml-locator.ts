import type { Document, Pair, Node as YamlNode, YAMLMap } from 'yaml';
import { isAlias, isMap, isSeq } from 'yaml';
import type { PathSegment } from '../findings/issue.js';
import type { LineIndex } from './line-index.js';
import type { NodeSpan, SourceLocator } from './source-locator.js';
import { createLocator } from './source-locator.js';
import { yamlKeyOf } from './yaml-key.js';

function rangeOf(node: YamlNode | null | undefined): readonly [number, number] | undefined {
  const range = node?.range;
  return range === undefined || range === null ? undefined : [range[0], range[1]];
}

/**
 * Builds the locator of a YAML document: paths are followed through the node tree (and through
 * aliases, to the anchored value), with each mapping's keys indexed on first use.
 *
 * @param document - The composed document the value was read from.
 * @param lines - The line index of its text.
 * @returns A locator for paths into the document's value.
 *
 * @example
 * ```ts
 * const text = 'kind: WorkPlan\nid: x\n';
 * createYamlLocator(parseDocument(text), createLineIndex(text)).locate(['id'])?.column;
 * //=> 5
 * ```
 */
export function createYamlLocator(document: Document, lines: LineIndex): SourceLocator {
  const indexes = new WeakMap<YAMLMap, Map<string, Pair>>();
  const pairOf = (map: YAMLMap, key: string): Pair | undefined => {
    let index = indexes.get(map);
    if (index === undefined) {
      index = new Map();
      for (const pair of map.items) {
        const name = yamlKeyOf(pair.key);
        if (name !== undefined && !index.has(name)) index.set(name, pair);
      }
      indexes.set(map, index);
    }
    return index.get(key);
  };
  const resolve = (node: unknown): unknown => (isAlias(node) ? node.resolve(document) : node);

  const find = (path: readonly PathSegment[]): NodeSpan | undefined => {
    let node = resolve(document.contents);
    let key: readonly [number, number] | undefined;
    for (const segment of path) {
      if (isMap(node)) {
        const pair = pairOf(node, String(segment));
        if (pair === undefined) return undefined;
        key = rangeOf(pair.key as YamlNode | null);
        node = resolve(pair.value);
      } else if (isSeq(node) && typeof segment === 'number') {
        node = resolve(node.items[segment]);
        key = undefined;
      } else {
        return undefined;
      }
    }
    // A key with no value (`a:`) has an empty value just after the key.
    const value =
      rangeOf(node as YamlNode | null) ?? (key === undefined ? undefined : [key[1], key[1]]);
    if (value === undefined) return undefined;
    return key === undefined
      ? { valueStart: value[0], valueEnd: value[1] }
      : { keyStart: key[0], keyEnd: key[1], valueStart: value[0], valueEnd: value[1] };
  };
  return createLocator(find, lines.span);
}
