import type { Document } from 'yaml';
import { isScalar } from 'yaml';
import { createIssue } from '../findings/create-issue.js';
import type { ValidationIssue } from '../findings/issue.js';
import { checkYamlDocument } from './check-yaml-document.js';
import type { YamlLimits } from './check-yaml-document.js';
import type { LineIndex } from './line-index.js';
import { readPlainYaml } from './read-plain-yaml.js';
import { readYamlDocuments, YAML_DEPTH_CEILING } from './read-yaml-documents.js';
import type { SourceLocator } from './source-locator.js';
import { createYamlLocator } from './yaml-locator.js';

/**
 * The outcome of reading YAML: the value and a locator, or the findings.
 *
 * @example
 * ```ts
 * const outcome: YamlOutcome = { ok: false, issues: [] };
 * ```
 */
export type YamlOutcome =
  | { readonly ok: true; readonly value: unknown; readonly locator: SourceLocator }
  | { readonly ok: false; readonly issues: ValidationIssue[] };

/** Whether a document holds nothing but comments, directives and markers. */
function isEmpty(document: Document.Parsed): boolean {
  // The composer gives a document without content an empty null scalar, never `null`.
  const contents = document.contents;
  return isScalar(contents) && contents.value === null && contents.range[0] === contents.range[1];
}

/**
 * A locator that reads the text with the full reader when first asked: a text the plain reader
 * took is only read again when a finding is to be placed in it.
 */
function lazyLocator(text: string, lines: LineIndex, maxDepth: number): SourceLocator {
  let locator: SourceLocator | undefined;
  return {
    locate(path, target) {
      if (locator === undefined) {
        const read = readYamlDocuments(text, maxDepth);
        const document = read.ok ? read.documents[0] : undefined;
        if (document === undefined) return undefined;
        locator = createYamlLocator(document, lines);
      }
      return locator.locate(path, target);
    },
  };
}

/**
 * Reads YAML text with the core schema only (timestamps stay strings, other tags are refused),
 * repeated keys as errors, merge keys and aliases refused (aliases allowed up to `maxAliases`
 * resolutions), and nesting limited before the recursive parts of the parser run. Text in the
 * plain part of YAML (block mappings with plain keys, block lists, scalars without escapes, flow
 * collections of them) is read by a line reader to the same value; its positions are found by the
 * full reader on demand.
 *
 * @param source - The YAML text, without a byte-order mark.
 * @param lines - The line index of the text.
 * @param limits - Alias and depth limits.
 * @returns The value and a locator, or the findings with their positions.
 *
 * @example
 * ```ts
 * const text = 'due: 2026-03-31\n';
 * const outcome = parseYaml(text, createLineIndex(text), { maxAliases: 0, maxDepth: 64 });
 * outcome.ok && outcome.value;
 * //=> { due: '2026-03-31' }
 * ```
 */
export function parseYaml(source: string, lines: LineIndex, limits: YamlLimits): YamlOutcome {
  // YAML counts a lone carriage return as a line break, as the line index does; the parser does
  // not, so it reads a line feed there instead. The length is unchanged, so offsets still match.
  const text = source.includes('\r') ? source.replace(/\r(?!\n)/g, '\n') : source;
  // Most plan files keep to a part of YAML that a line reader takes at a fraction of the cost; it
  // declines everything else, and everything the checks below would refuse, to the full reader.
  const plain = readPlainYaml(text, Math.min(limits.maxDepth, YAML_DEPTH_CEILING));
  if (plain !== undefined)
    return { ok: true, value: plain, locator: lazyLocator(text, lines, limits.maxDepth) };
  const read = readYamlDocuments(text, limits.maxDepth);
  if (!read.ok) {
    const limit = Math.min(limits.maxDepth, YAML_DEPTH_CEILING);
    const issue = createIssue('text/too-deep', 'error', [], { limit });
    return {
      ok: false,
      issues: [{ ...issue, position: lines.span(read.tooDeepAt, read.tooDeepAt + 1) }],
    };
  }
  const [document, second] = read.documents;
  if (
    document === undefined ||
    (second === undefined && document.errors.length === 0 && isEmpty(document))
  )
    return { ok: false, issues: [createIssue('text/empty', 'error', [], {})] };

  const issues: ValidationIssue[] = [];
  if (second !== undefined) {
    const start = second.range[0];
    const count = read.documents.length;
    issues.push({
      ...createIssue('text/multiple-documents', 'error', [], { count }),
      position: lines.span(start, start),
    });
  }
  // A syntax error makes the parser misread what follows; the first one is the one to fix.
  const [error] = document.errors;
  if (error !== undefined) {
    const [start, end] = error.pos;
    const issue =
      error.code === 'RESOURCE_EXHAUSTION'
        ? createIssue('text/too-deep', 'error', [], { limit: limits.maxDepth })
        : createIssue('text/syntax', 'error', [], {
            format: 'YAML',
            detail: error.message.split('\n')[0] ?? '',
          });
    issues.push({ ...issue, position: lines.span(start, end) });
  }
  if (issues.length > 0) return { ok: false, issues };
  issues.push(...checkYamlDocument(document, lines, limits));
  if (issues.length > 0) return { ok: false, issues };
  // The checks above bound the alias expansion, so the package's own alias counter is not needed.
  const value: unknown = document.toJS({ maxAliasCount: -1 });
  return { ok: true, value, locator: createYamlLocator(document, lines) };
}
