import type { Document, Node as YamlNode } from 'yaml';
import { isAlias, isScalar, isSeq } from 'yaml';
import { createIssue } from '../findings/create-issue.js';
import type { ValidationIssue } from '../findings/issue.js';
import type { LineIndex } from './line-index.js';
import { coreTagValue } from './core-tag.js';
import { yamlKeyOf } from './yaml-key.js';

/**
 * The limits {@link checkYamlDocument} holds a YAML document to.
 *
 * @example
 * ```ts
 * const limits: YamlLimits = { maxAliases: 0, maxDepth: 64 };
 * ```
 */
export interface YamlLimits {
  /** Alias resolutions allowed, counted as the value is expanded; 0 refuses every alias. */
  readonly maxAliases: number;
  /** Deepest nesting of lists and mappings, counted after aliases are expanded. */
  readonly maxDepth: number;
}

const CORE_TAGS: ReadonlySet<string> = new Set(
  ['str', 'int', 'float', 'bool', 'null', 'map', 'seq'].map((name) => `tag:yaml.org,2002:${name}`),
);

/** Expansion size and height of a finished node, kept for anchored nodes that aliases point to. */
interface Extent {
  readonly aliases: number;
  readonly height: number;
}

/** What the children of an open collection (or of the whole document) add up to so far. */
interface Sums {
  aliases: number;
  height: number;
}

/** A node to check, or the end of a collection whose children have all been checked. */
type Step =
  | {
      readonly node: YamlNode | null;
      readonly depth: number;
      /** The sums of the collection the node is in. */
      readonly parent: Sums;
      /** The keys met so far in the mapping, when the node is a mapping key. */
      readonly keys?: Set<string>;
    }
  | { readonly done: YamlNode; readonly sums: Sums; readonly parent: Sums };

/**
 * Checks a composed YAML document for what plan files refuse and the `yaml` package lets through:
 * tags outside the core schema, merge keys, aliases beyond the limit (or to no anchor, or to a value
 * that contains them), keys that are lists or mappings, keys that repeat once written as object keys
 * (`1` and `"1"`), numbers that are not finite, and nesting beyond the limit (aliases expanded).
 * Iterative, so it needs no call stack however deep the document is.
 *
 * @param document - A document composed with the core schema, without errors.
 * @param lines - The line index of the text the document was read from.
 * @param limits - The alias and depth limits.
 * @returns The findings, each with its position; empty when the document is acceptable.
 *
 * @example
 * ```ts
 * const text = 'a: 1\n"a": 2\n';
 * const document = parseDocument(text, { schema: 'core', uniqueKeys: false });
 * checkYamlDocument(document, createLineIndex(text), { maxAliases: 0, maxDepth: 64 })
 *   .map((issue) => issue.code);
 * //=> ['text/duplicate-key']
 * ```
 */
export function checkYamlDocument(
  document: Document,
  lines: LineIndex,
  limits: YamlLimits,
): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const report = (node: YamlNode, issue: ValidationIssue): void => {
    const start = node.range?.[0] ?? 0;
    issues.push({ ...issue, position: lines.span(start, node.range?.[1] ?? start) });
  };
  const syntax = (node: YamlNode, detail: string): void => {
    report(node, createIssue('text/syntax', 'error', [], { format: 'YAML', detail }));
  };

  // Aliases refer to the latest anchor of that name before them, so anchors are recorded as the
  // walk meets them in document order. Only anchored nodes keep their extent once finished.
  const anchors = new Map<string, YamlNode>();
  const finished = new Map<YamlNode, Extent>();
  const total: Sums = { aliases: 0, height: 0 };
  let firstAlias: YamlNode | undefined;
  let tooDeep = false;
  const add = (parent: Sums, extent: Extent): void => {
    parent.aliases += extent.aliases;
    parent.height = Math.max(parent.height, extent.height);
  };
  const steps: Step[] = [{ node: document.contents, depth: 1, parent: total }];

  for (let step = steps.pop(); step !== undefined; step = steps.pop()) {
    if ('done' in step) {
      const extent = { aliases: step.sums.aliases, height: step.sums.height + 1 };
      if (hasAnchor(step.done)) finished.set(step.done, extent);
      add(step.parent, extent);
      continue;
    }
    const { node, depth, parent, keys } = step;
    if (node === null) continue;
    if (keys !== undefined && !checkKey(node, keys)) continue;
    if (isAlias(node)) {
      firstAlias ??= node;
      if (limits.maxAliases === 0) {
        if (firstAlias === node)
          report(node, createIssue('text/alias-limit', 'error', [], { count: 1, limit: 0 }));
        continue;
      }
      const target = anchors.get(node.source);
      if (target === undefined) {
        syntax(node, `the alias *${node.source} refers to no anchor defined before it.`);
        continue;
      }
      const extent = finished.get(target);
      if (extent === undefined)
        syntax(node, `the alias *${node.source} refers to a value that contains it.`);
      else add(parent, { aliases: extent.aliases + 1, height: extent.height });
      continue;
    }
    if (node.tag !== undefined && !CORE_TAGS.has(node.tag))
      report(node, createIssue('text/custom-tag', 'error', [], { tag: shortTag(node.tag) }));
    if (hasAnchor(node)) anchors.set(node.anchor, node);
    if (isScalar(node)) {
      // The parser resolves an explicit core tag only where the content also reads as that type
      // untagged (`!!float 1.5`, not `!!float 1`); the core schema's own reading replaces it here.
      if (node.tag !== undefined) {
        const tagged = coreTagValue(node.tag, node.source ?? '');
        if (tagged?.ok === false)
          syntax(
            node,
            `${JSON.stringify(node.source)} is not a valid ${shortTag(node.tag)} value.`,
          );
        else if (tagged?.ok === true) node.value = tagged.value;
      }
      if (typeof node.value === 'number' && !Number.isFinite(node.value))
        syntax(node, `${node.source ?? String(node.value)} is not a finite number.`);
      if (hasAnchor(node)) finished.set(node, { aliases: 0, height: 0 });
      continue;
    }
    if (depth > limits.maxDepth) {
      if (!tooDeep)
        report(node, createIssue('text/too-deep', 'error', [], { limit: limits.maxDepth }));
      tooDeep = true;
      continue;
    }
    const sums: Sums = { aliases: 0, height: 0 };
    steps.push({ done: node, sums, parent });
    // Pushed last to first, so that they are taken off the stack in document order.
    if (isSeq(node)) {
      for (const item of node.items.slice().reverse())
        steps.push({ node: item as YamlNode | null, depth: depth + 1, parent: sums });
    } else {
      const mapKeys = new Set<string>();
      for (const pair of node.items.slice().reverse()) {
        steps.push({
          node: (pair.value ?? null) as YamlNode | null,
          depth: depth + 1,
          parent: sums,
        });
        steps.push({
          node: (pair.key ?? null) as YamlNode | null,
          depth: depth + 1,
          parent: sums,
          keys: mapKeys,
        });
      }
    }
  }

  // Only aliases can carry the sums past the limits: the walk stops at the depth limit, and adds
  // nothing for an alias when aliases are refused.
  if (firstAlias !== undefined) {
    if (total.aliases > limits.maxAliases) {
      const count = total.aliases;
      report(
        firstAlias,
        createIssue('text/alias-limit', 'error', [], { count, limit: limits.maxAliases }),
      );
    } else if (!tooDeep && total.height > limits.maxDepth) {
      report(firstAlias, createIssue('text/too-deep', 'error', [], { limit: limits.maxDepth }));
    }
  }
  return issues;

  /** Checks a mapping key; returns whether the walk should look inside it. */
  function checkKey(key: YamlNode, keys: Set<string>): boolean {
    if (isScalar(key) && key.value === '<<' && key.type === 'PLAIN') {
      report(key, createIssue('text/merge-key', 'error', [], {}));
      return false;
    }
    const target = isAlias(key) ? anchors.get(key.source) : key;
    if (target !== undefined && !isScalar(target)) {
      syntax(
        key,
        'a mapping key must be text, a number, true, false or null, not a list or mapping.',
      );
      return false;
    }
    const name = yamlKeyOf(target);
    if (name !== undefined) {
      if (keys.has(name))
        report(key, createIssue('text/duplicate-key', 'error', [], { key: name }));
      keys.add(name);
    }
    return true;
  }
}

/** A tag as written in the text: `!!name` for a tag of the YAML 1.2 schemas. */
function shortTag(tag: string): string {
  return tag.replace(/^tag:yaml\.org,2002:/, '!!');
}

function hasAnchor(node: YamlNode): node is YamlNode & { anchor: string } {
  return typeof (node as { anchor?: unknown }).anchor === 'string';
}
