import type { Document, Node as YamlNode } from 'yaml';
import { isCollection, isMap, isPair, isScalar, isSeq, parseAllDocuments, visit } from 'yaml';
import { createIssue } from '../validation/create-issue.js';
import type { PathSegment, ValidationIssue } from '../validation/issue.js';
import type { LineIndex } from './line-index.js';
import type { NodeSpan, SourceLocator } from './source-locator.js';
import { createLocator } from './source-locator.js';

/** The outcome of reading YAML: the value and a locator, or the findings. */
export type YamlOutcome =
  | { readonly ok: true; readonly value: unknown; readonly locator: SourceLocator }
  | { readonly ok: false; readonly issues: ValidationIssue[] };

const CORE_TAGS = new Set(
  ['str', 'int', 'float', 'bool', 'null', 'map', 'seq'].map((name) => `tag:yaml.org,2002:${name}`),
);

function rangeOf(
  node: { range?: readonly number[] | null | undefined } | null | undefined,
): [number, number] {
  const range = node?.range;
  return [range?.[0] ?? 0, range?.[1] ?? range?.[0] ?? 0];
}

/** Finds the deepest flow-bracket nesting before parsing, so that hostile nesting never reaches the parser. */
function flowDepthExceeds(text: string, maxDepth: number): number | undefined {
  let depth = 0;
  let quote = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (quote !== 0) {
      if (code === quote) quote = 0;
      else if (code === 92 && quote === 34) i++;
    } else if ((code === 34 || code === 39) && /[\s[{,:]/.test(text[i - 1] ?? ' ')) {
      // A quote opens a quoted scalar only where a scalar can start.
      quote = code;
    } else if (code === 35 && /\s/.test(text[i - 1] ?? ' ')) {
      while (i < text.length && text.charCodeAt(i) !== 10) i++;
    } else if (code === 91 || code === 123) {
      depth++;
      if (depth > maxDepth) return i;
    } else if ((code === 93 || code === 125) && depth > 0) depth--;
  }
  return undefined;
}

/** The key that starts at `start`, as written (without quotes). */
function keyAt(text: string, start: number, end: number): string {
  const written = /^(?:"((?:[^"\\\n]|\\.)*)"|'([^'\n]*)'|([^:\n]*?))\s*:/.exec(
    text.slice(start, start + 1024),
  );
  return (written?.[1] ?? written?.[2] ?? written?.[3] ?? text.slice(start, end)).trim();
}

function keyText(node: unknown): string | undefined {
  return isScalar(node) ? String(node.value) : undefined;
}

function findSpan(document: Document, path: readonly PathSegment[]): NodeSpan | undefined {
  let node: unknown = document.contents;
  let key: [number, number] | undefined;
  for (const segment of path) {
    if (isMap(node)) {
      const pair = node.items.find((item) => keyText(item.key) === String(segment));
      if (pair === undefined) return undefined;
      key = rangeOf(pair.key as YamlNode | null);
      node = pair.value ?? undefined;
      if (node === undefined)
        return { keyStart: key[0], keyEnd: key[1], valueStart: key[1], valueEnd: key[1] };
    } else if (isSeq(node) && typeof segment === 'number') {
      node = node.items[segment];
      key = undefined;
      if (node === undefined) return undefined;
    } else {
      return undefined;
    }
  }
  const [valueStart, valueEnd] = rangeOf(node as YamlNode | null);
  return key === undefined
    ? { valueStart, valueEnd }
    : { keyStart: key[0], keyEnd: key[1], valueStart, valueEnd };
}

/** Checks the parsed YAML for what plan files refuse: tags, aliases, merge keys, deep nesting. */
function hardeningIssues(
  document: Document,
  lines: LineIndex,
  maxAliases: number,
  maxDepth: number,
): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const at = (node: unknown, issue: ValidationIssue): void => {
    const [start, end] = rangeOf(node as YamlNode | null);
    issues.push({ ...issue, position: lines.span(start, end) });
  };
  let aliases = 0;
  visit(document, {
    Alias(_, node) {
      aliases += 1;
      if (maxAliases === 0 && aliases === 1)
        at(node, createIssue('text/alias-limit', 'error', [], { count: 1, limit: 0 }));
    },
    Node(_, node) {
      if (node.tag !== undefined && !CORE_TAGS.has(node.tag)) {
        const tag = node.tag.replace(/^tag:yaml\.org,2002:/, '!!');
        at(node, createIssue('text/custom-tag', 'error', [], { tag }));
      }
    },
    Pair(_, pair) {
      if (isScalar(pair.key) && pair.key.value === '<<' && pair.key.type === 'PLAIN') {
        at(pair.key, createIssue('text/merge-key', 'error', [], {}));
      }
    },
  });
  // Depth, walked without recursion.
  const stack: [unknown, number][] = [[document.contents, 1]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop() as [unknown, number];
    if (!isCollection(node)) continue;
    if (depth > maxDepth) {
      at(node, createIssue('text/too-deep', 'error', [], { limit: maxDepth }));
      break;
    }
    for (const item of node.items) {
      if (isPair(item)) stack.push([item.value, depth + 1], [item.key, depth + 1]);
      else stack.push([item, depth + 1]);
    }
  }
  return issues;
}

/**
 * Reads YAML text with the core schema only (no timestamps, no custom tags), duplicate keys as
 * errors, merge keys off and aliases refused unless `maxAliases` allows some.
 */
export function parseYaml(
  text: string,
  lines: LineIndex,
  maxAliases: number,
  maxDepth: number,
): YamlOutcome {
  const tooDeepAt = flowDepthExceeds(text, maxDepth);
  if (tooDeepAt !== undefined) {
    const issue = createIssue('text/too-deep', 'error', [], { limit: maxDepth });
    return { ok: false, issues: [{ ...issue, position: lines.span(tooDeepAt, tooDeepAt + 1) }] };
  }
  const documents = parseAllDocuments(text, {
    schema: 'core',
    merge: false,
    uniqueKeys: true,
    strict: true,
    prettyErrors: false,
    keepSourceTokens: false,
  });
  const document = documents[0];
  if (document === undefined || document.contents === null) {
    const errors = document?.errors ?? [];
    if (errors.length === 0)
      return { ok: false, issues: [createIssue('text/empty', 'error', [], {})] };
  }
  const issues: ValidationIssue[] = [];
  if (documents.length > 1) {
    const [start] = rangeOf(documents[1]?.contents);
    issues.push({
      ...createIssue('text/multiple-documents', 'error', [], { count: documents.length }),
      position: lines.span(start, start),
    });
  }
  if (document === undefined) return { ok: false, issues };
  let syntaxErrors = 0;
  for (const error of document.errors) {
    // A syntax error makes the parser misread what follows; the first one is the one to fix.
    if (error.code !== 'DUPLICATE_KEY' && syntaxErrors++ > 0) continue;
    const [start, end] = error.pos;
    const issue = error.message.includes('call stack')
      ? createIssue('text/too-deep', 'error', [], { limit: maxDepth })
      : error.code === 'DUPLICATE_KEY'
        ? createIssue('text/duplicate-key', 'error', [], { key: keyAt(text, start, end) })
        : createIssue('text/syntax', 'error', [], {
            format: 'YAML',
            detail: error.message.split('\n')[0] ?? '',
          });
    issues.push({ ...issue, position: lines.span(start, end) });
  }
  if (issues.length > 0) return { ok: false, issues };
  issues.push(...hardeningIssues(document, lines, maxAliases, maxDepth));
  if (issues.length > 0) return { ok: false, issues };
  let value: unknown;
  try {
    value = document.toJS({ maxAliasCount: maxAliases });
  } catch {
    const issue = createIssue('text/alias-limit', 'error', [], {
      count: maxAliases + 1,
      limit: maxAliases,
    });
    return { ok: false, issues: [issue] };
  }
  return {
    ok: true,
    value,
    locator: createLocator((path) => findSpan(document, path), lines.span),
  };
}
