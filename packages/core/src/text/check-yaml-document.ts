import type { Document, Node as YamlNode } from 'yaml';
import { isAlias, isMap, isScalar, isSeq } from 'yaml';
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

/** One open collection on the walk's stack, summing what its children add up to. */
interface Open {
  readonly node: YamlNode | null;
  aliases: number;
  height: number;
}

type Step =
  | {
      readonly kind: 'node';
      readonly node: YamlNode | null;
      readonly depth: number;
      /** The keys met so far in the mapping, when the node is a mapping key. */
      readonly keys?: Set<string>;
    }
  | { readonly kind: 'exit' };

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
  const report = (node: YamlNode | null, issue: ValidationIssue): void => {
    const start = node?.range?.[0] ?? 0;
    issues.push({ ...issue, position: lines.span(start, node?.range?.[1] ?? start) });
  };
  const syntax = (node: YamlNode | null, detail: string): void => {
    report(node, createIssue('text/syntax', 'error', [], { format: 'YAML', detail }));
  };

  // Aliases refer to the latest anchor of that name before them, so anchors are recorded as the
  // walk meets them in document order. Only anchored nodes keep their extent once finished.
  const anchors = new Map<string, YamlNode>();
  const finished = new Map<YamlNode, Extent>();
  const total: Open = { node: null, aliases: 0, height: 0 };
  const open: Open[] = [total];
  let firstAlias: YamlNode | undefined;
  let tooDeep = false;
  const addToParent = (extent: Extent): void => {
    const parent = open[open.length - 1] ?? total;
    parent.aliases += extent.aliases;
    parent.height = Math.max(parent.height, extent.height);
  };
  const steps: Step[] = [{ kind: 'node', node: document.contents, depth: 1 }];

  for (let step = steps.pop(); step !== undefined; step = steps.pop()) {
    if (step.kind === 'exit') {
      const done = open.pop();
      if (done?.node == null) continue;
      const extent = { aliases: done.aliases, height: done.height + 1 };
      if (hasAnchor(done.node)) finished.set(done.node, extent);
      addToParent(extent);
      continue;
    }
    const { node, depth, keys } = step;
    if (keys !== undefined && !checkKey(node, keys)) continue;
    if (node === null) continue;
    if (isAlias(node)) {
      firstAlias ??= node;
      if (limits.maxAliases === 0) {
        if (firstAlias === node)
          report(node, createIssue('text/alias-limit', 'error', [], { count: 1, limit: 0 }));
        continue;
      }
      const target = anchors.get(node.source);
      const extent = target === undefined ? undefined : finished.get(target);
      if (target === undefined)
        syntax(node, `the alias *${node.source} refers to no anchor defined before it.`);
      else if (extent === undefined)
        syntax(node, `the alias *${node.source} refers to a value that contains it.`);
      else addToParent({ aliases: extent.aliases + 1, height: extent.height });
      continue;
    }
    if (node.tag !== undefined && !CORE_TAGS.has(node.tag)) {
      const tag = node.tag.replace(/^tag:yaml\.org,2002:/, '!!');
      report(node, createIssue('text/custom-tag', 'error', [], { tag }));
    }
    if (hasAnchor(node)) anchors.set(node.anchor, node);
    if (isScalar(node)) {
      // The parser resolves an explicit core tag only where the content also reads as that type
      // untagged (`!!float 1.5`, not `!!float 1`); the core schema's own reading replaces it here.
      const tagged = node.tag === undefined ? undefined : coreTagValue(node.tag, node.source ?? '');
      if (tagged?.ok === false) {
        const tag = (node.tag ?? '').replace(/^tag:yaml\.org,2002:/, '!!');
        syntax(node, `${JSON.stringify(node.source)} is not a valid ${tag} value.`);
      } else if (tagged?.ok === true) node.value = tagged.value;
      if (typeof node.value === 'number' && !Number.isFinite(node.value))
        syntax(node, `${node.source ?? String(node.value)} is not a finite number.`);
      if (hasAnchor(node)) finished.set(node, { aliases: 0, height: 0 });
      continue;
    }
    if (!isMap(node) && !isSeq(node)) continue;
    if (depth > limits.maxDepth) {
      if (!tooDeep)
        report(node, createIssue('text/too-deep', 'error', [], { limit: limits.maxDepth }));
      tooDeep = true;
      continue;
    }
    open.push({ node, aliases: 0, height: 0 });
    steps.push({ kind: 'exit' });
    if (isSeq(node)) {
      for (let i = node.items.length - 1; i >= 0; i--)
        steps.push({ kind: 'node', node: node.items[i] as YamlNode | null, depth: depth + 1 });
    } else {
      const mapKeys = new Set<string>();
      for (let i = node.items.length - 1; i >= 0; i--) {
        const pair = node.items[i];
        const value = (pair?.value ?? null) as YamlNode | null;
        const key = (pair?.key ?? null) as YamlNode | null;
        steps.push({ kind: 'node', node: value, depth: depth + 1 });
        steps.push({ kind: 'node', node: key, depth: depth + 1, keys: mapKeys });
      }
    }
  }

  if (firstAlias !== undefined && limits.maxAliases > 0) {
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
  function checkKey(key: YamlNode | null, keys: Set<string>): boolean {
    if (isScalar(key) && key.value === '<<' && key.type === 'PLAIN') {
      report(key, createIssue('text/merge-key', 'error', [], {}));
      return false;
    }
    const target = isAlias(key) ? anchors.get(key.source) : key;
    if (target !== undefined && target !== null && !isScalar(target)) {
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

function hasAnchor(node: YamlNode): node is YamlNode & { anchor: string } {
  return typeof (node as { anchor?: unknown }).anchor === 'string';
}
