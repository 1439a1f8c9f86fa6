import type { CST, Document } from 'yaml';
import { Composer, Lexer, Parser } from 'yaml';

/**
 * Deepest YAML nesting the parser is ever allowed to reach, whatever `maxDepth` says: the `yaml`
 * package composes nodes recursively and runs out of call stack somewhere between 700 and 1,000
 * levels in Node, and browsers' stacks can be smaller.
 */
export const YAML_DEPTH_CEILING = 400;

const COLLECTIONS: ReadonlySet<string> = new Set(['block-map', 'block-seq', 'flow-collection']);

/**
 * What {@link readYamlDocuments} found: the composed documents, or the offset where the nesting
 * went deeper than allowed.
 *
 * @example
 * ```ts
 * const read: YamlDocuments = { ok: false, tooDeepAt: 12 };
 * ```
 */
export type YamlDocuments =
  | { readonly ok: true; readonly documents: readonly Document.Parsed[] }
  | { readonly ok: false; readonly tooDeepAt: number };

/**
 * Reads YAML text into documents, token by token, and stops as soon as lists and mappings nest
 * deeper than `maxDepth`, before the recursive composer could overflow the call stack.
 *
 * @param text - The YAML text.
 * @param maxDepth - Deepest nesting of lists and mappings accepted (capped at {@link YAML_DEPTH_CEILING}).
 * @returns The documents, or the offset of the token that nests too deep.
 *
 * @example
 * ```ts
 * readYamlDocuments('a: [[[1]]]\n', 2);
 * //=> { ok: false, tooDeepAt: 4 }
 * ```
 */
export function readYamlDocuments(text: string, maxDepth: number): YamlDocuments {
  const limit = Math.min(maxDepth, YAML_DEPTH_CEILING);
  const parser = new Parser();
  const tokens: CST.Token[] = [];
  for (const lexeme of new Lexer().lex(text)) {
    const offset = parser.offset;
    for (const token of parser.next(lexeme)) tokens.push(token);
    // The parser's stack holds the document, the open collections and at most a scalar or two, so
    // counting only matters once it is longer than the limit.
    if (parser.stack.length > limit + 1) {
      let depth = 0;
      for (const open of parser.stack) if (COLLECTIONS.has(open.type)) depth += 1;
      if (depth > limit) return { ok: false, tooDeepAt: offset };
    }
  }
  for (const token of parser.end()) tokens.push(token);
  const composer = new Composer({
    schema: 'core',
    merge: false,
    uniqueKeys: false,
    strict: true,
    prettyErrors: false,
    keepSourceTokens: false,
  });
  return { ok: true, documents: Array.from(composer.compose(tokens)) };
}
