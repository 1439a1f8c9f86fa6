// Type-checks the `@example` code of every export of the packages: each example becomes a module
// that imports every export of both packages, so examples can use any name without imports.
// doc-example-results.ts runs the same examples and checks their `//=>` result lines.
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const ENTRIES = {
  '@itu-aicb/core': fileURLToPath(new URL('../src/index.ts', import.meta.url)),
  '@itu-aicb/core/node': fileURLToPath(new URL('../src/node/index.ts', import.meta.url)),
  ...Object.fromEntries(
    (['ar', 'en', 'es', 'fr', 'ru', 'zh'] as const).map((tag) => [
      `@itu-aicb/core/locales/${tag}`,
      fileURLToPath(new URL(`../src/locales/${tag}.ts`, import.meta.url)),
    ]),
  ),
  '@itu-aicb/scoring': fileURLToPath(new URL('../../scoring/src/index.ts', import.meta.url)),
  '@itu-aicb/report': fileURLToPath(new URL('../../report/src/index.ts', import.meta.url)),
} as const;

const OPTIONS: ts.CompilerOptions = {
  strict: true,
  noUncheckedIndexedAccess: true,
  exactOptionalPropertyTypes: true,
  module: ts.ModuleKind.Preserve,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  target: ts.ScriptTarget.ES2022,
  lib: ['lib.es2022.d.ts', 'lib.dom.d.ts'],
  types: ['node'],
  noEmit: true,
  skipLibCheck: true,
  paths: Object.fromEntries(Object.entries(ENTRIES).map(([name, path]) => [name, [path]])),
};

interface Example {
  readonly exportName: string;
  readonly fileName: string;
  readonly code: string;
}

/** One `@example` code block of an export. */
export interface DocExample {
  /** The package that exports it, such as `@itu-aicb/core`. */
  readonly packageName: string;
  /** The export it documents. */
  readonly exportName: string;
  /** Where it is written: file (relative to the repository) and line of the declaration. */
  readonly location: string;
  /** The code, without the comment's leading ` * `. */
  readonly code: string;
}

const REPOSITORY = fileURLToPath(new URL('../../../', import.meta.url));

let entries: ts.Program | undefined;

/**
 * The program of both entries, each package importing the other's source, made once: building
 * it takes seconds.
 */
export function entriesProgram(): ts.Program {
  entries ??= ts.createProgram(Object.values(ENTRIES), OPTIONS);
  return entries;
}

/** Every `@example` code block of every export of both packages, in export order. */
export function docExamples(): DocExample[] {
  return Object.entries(ENTRIES).flatMap(([packageName, entry]) =>
    exportsOf(entriesProgram(), entry).flatMap(({ name, docs, location }) =>
      examplesOf(docs).map((code) => ({ packageName, exportName: name, location, code })),
    ),
  );
}

/** The fenced `ts` blocks of an export's JSDoc, without the leading ` * `. */
function examplesOf(docs: string): string[] {
  const text = docs
    .split('\n')
    .map((line) => line.replace(/^\s*\*\s?/, ''))
    .join('\n');
  return [...text.matchAll(/```ts\n([\s\S]*?)```/g)].map((match) => match[1] ?? '');
}

/** Every export of an entry with its JSDoc text, and whether it is a value. */
export function exportsOf(
  program: ts.Program,
  entry: string,
): { name: string; value: boolean; docs: string; location: string }[] {
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(entry);
  const moduleSymbol = source === undefined ? undefined : checker.getSymbolAtLocation(source);
  if (moduleSymbol === undefined) throw new Error(`no exports in ${entry}`);
  return checker.getExportsOfModule(moduleSymbol).map((exported) => {
    const symbol =
      exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
    const declaration = symbol.declarations?.[0];
    const docs =
      declaration === undefined
        ? ''
        : ts
            .getJSDocCommentsAndTags(declaration)
            .map((node) => node.getText())
            .join('\n');
    const file = declaration?.getSourceFile();
    const location =
      declaration === undefined || file === undefined
        ? '?'
        : `${relative(REPOSITORY, file.fileName)}:${file.getLineAndCharacterOfPosition(declaration.getStart()).line + 1}`;
    return {
      name: exported.name,
      value: (symbol.flags & ts.SymbolFlags.Value) !== 0,
      docs,
      location,
    };
  });
}

/**
 * Type-checks the examples of every export of both packages and returns the errors, each as
 * `export: message`. An empty list means every example compiles.
 */
export function checkDocExamples(
  extra: readonly { readonly name: string; readonly code: string }[] = [],
): { examples: number; errors: string[] } {
  const base = entriesProgram();
  const examples: Example[] = [];
  const header: string[] = [];
  for (const [name, entry] of Object.entries(ENTRIES)) {
    const exported = exportsOf(base, entry);
    const values = exported.filter((e) => e.value).map((e) => e.name);
    const types = exported.filter((e) => !e.value).map((e) => e.name);
    header.push(`import { ${values.join(', ')} } from '${name}';`);
    if (types.length > 0) header.push(`import type { ${types.join(', ')} } from '${name}';`);
    for (const { name: exportName, docs } of exported) {
      examplesOf(docs).forEach((code, i) => {
        examples.push({ exportName, fileName: `/examples/${exportName}-${i}.ts`, code });
      });
    }
  }
  extra.forEach(({ name, code }, i) => {
    examples.push({ exportName: name, fileName: `/examples/extra-${i}.ts`, code });
  });
  const prefix = `${header.join('\n')}\n`;
  const files = new Map(examples.map((e) => [e.fileName, `${prefix}${e.code}\nexport {};\n`]));
  const host = ts.createCompilerHost(OPTIONS);
  const readFile = host.readFile.bind(host);
  const getSourceFile = host.getSourceFile.bind(host);
  host.fileExists = (path) => files.has(path) || ts.sys.fileExists(path);
  host.readFile = (path) => files.get(path) ?? readFile(path);
  host.getSourceFile = (path, language, onError) => {
    const text = files.get(path);
    return text === undefined
      ? getSourceFile(path, language, onError)
      : ts.createSourceFile(path, text, language);
  };
  const program = ts.createProgram([...files.keys()], OPTIONS, host, base);
  const byFile = new Map(examples.map((e) => [e.fileName, e]));
  const headerLines = prefix.split('\n').length - 1;
  const errors = ts
    .getPreEmitDiagnostics(program)
    .filter((d) => d.file !== undefined && byFile.has(d.file.fileName))
    // Unused imports of the header are expected.
    .filter((d) => d.code !== 6133 && d.code !== 6192 && d.code !== 6196)
    .map((d) => {
      const example = byFile.get(d.file?.fileName ?? '');
      const line =
        d.file && d.start !== undefined ? d.file.getLineAndCharacterOfPosition(d.start).line : 0;
      return `${example?.exportName ?? '?'} (line ${line + 1 - headerLines}): ${ts.flattenDiagnosticMessageText(d.messageText, ' ')}`;
    });
  return { examples: examples.length, errors };
}
