// The API report of a package entry: every export with its declaration as written, without
// bodies, initializers, private members or comments, sorted by name. Like API Extractor's report,
// it makes every change of a name, a parameter, a type or a member show in review.
import ts from 'typescript';

const printer = ts.createPrinter({ removeComments: true, newLine: ts.NewLineKind.LineFeed });

/** Inferred types longer than this are cut to their outer type. */
const LONGEST_INFERRED_TYPE = 160;

/**
 * A type as the checker writes it. A long generic type (a zod schema's, mostly) is cut to its
 * outer type, `z.ZodObject<…>`: the report stays readable, and the documents' shapes are
 * reviewed in their JSON Schemas.
 */
function inferredType(checker: ts.TypeChecker, node: ts.Node): string {
  const text = checker.typeToString(
    checker.getTypeAtLocation(node),
    node,
    ts.TypeFormatFlags.UseAliasDefinedOutsideCurrentScope,
  );
  const generic = /^([\w$.]+)</.exec(text);
  return text.length > LONGEST_INFERRED_TYPE && generic !== null ? `${generic[1]}<…>` : text;
}

/** Printed code indented by two spaces, as the project's code is. */
const twoSpaces = (text: string): string =>
  text.replace(/^(?: {4})+/gm, (indent) => ' '.repeat(indent.length / 2));

/** The modifiers a report keeps: neither `export` nor `default` nor `declare`. */
function kept(
  modifiers: readonly ts.ModifierLike[] | undefined,
): readonly ts.ModifierLike[] | undefined {
  const rest = modifiers?.filter(
    (m) =>
      m.kind !== ts.SyntaxKind.ExportKeyword &&
      m.kind !== ts.SyntaxKind.DefaultKeyword &&
      m.kind !== ts.SyntaxKind.DeclareKeyword,
  );
  return rest === undefined || rest.length === 0 ? undefined : rest;
}

const isPrivate = (member: ts.ClassElement): boolean =>
  (member.name !== undefined && ts.isPrivateIdentifier(member.name)) ||
  (ts.getCombinedModifierFlags(member as ts.Declaration) & ts.ModifierFlags.Private) !== 0;

/** A type node that stands for a type the checker infers: printed as its text. */
const typeText = (text: string): ts.TypeNode =>
  ts.factory.createTypeReferenceNode(ts.factory.createIdentifier(text));

/** A class without bodies, initializers and private members. */
function classSignature(checker: ts.TypeChecker, node: ts.ClassDeclaration): ts.ClassDeclaration {
  const f = ts.factory;
  const members = node.members.flatMap((member): ts.ClassElement[] => {
    if (isPrivate(member)) return [];
    if (ts.isConstructorDeclaration(member)) {
      return [
        f.updateConstructorDeclaration(
          member,
          kept(member.modifiers),
          member.parameters,
          undefined,
        ),
      ];
    }
    if (ts.isMethodDeclaration(member)) {
      return [
        f.updateMethodDeclaration(
          member,
          kept(member.modifiers),
          member.asteriskToken,
          member.name,
          member.questionToken,
          member.typeParameters,
          member.parameters,
          member.type ?? typeText(inferredType(checker, member.name)),
          undefined,
        ),
      ];
    }
    if (ts.isPropertyDeclaration(member)) {
      return [
        f.updatePropertyDeclaration(
          member,
          kept(member.modifiers),
          member.name,
          member.questionToken ?? member.exclamationToken,
          member.type ?? typeText(inferredType(checker, member.name)),
          undefined,
        ),
      ];
    }
    if (ts.isGetAccessorDeclaration(member)) {
      return [
        f.updateGetAccessorDeclaration(
          member,
          kept(member.modifiers),
          member.name,
          member.parameters,
          member.type,
          undefined,
        ),
      ];
    }
    return [member];
  });
  return f.updateClassDeclaration(
    node,
    kept(node.modifiers),
    node.name,
    node.typeParameters,
    node.heritageClauses,
    members,
  );
}

/** One declaration as the report shows it, or nothing for a function's implementation. */
function signature(
  checker: ts.TypeChecker,
  declaration: ts.Declaration,
  overloaded: boolean,
): string | undefined {
  const f = ts.factory;
  const source = declaration.getSourceFile();
  let node: ts.Node;
  if (ts.isFunctionDeclaration(declaration)) {
    if (overloaded && declaration.body !== undefined) return undefined;
    node = f.updateFunctionDeclaration(
      declaration,
      kept(declaration.modifiers),
      declaration.asteriskToken,
      declaration.name,
      declaration.typeParameters,
      declaration.parameters,
      declaration.type ?? typeText(inferredType(checker, declaration.name ?? declaration)),
      undefined,
    );
  } else if (ts.isVariableDeclaration(declaration)) {
    const list = declaration.parent;
    const keyword =
      ts.isVariableDeclarationList(list) && list.flags & ts.NodeFlags.Const ? 'const' : 'let';
    const type =
      declaration.type === undefined
        ? inferredType(checker, declaration.name)
        : printer.printNode(ts.EmitHint.Unspecified, declaration.type, source);
    return twoSpaces(`${keyword} ${declaration.name.getText(source)}: ${type};`);
  } else if (ts.isClassDeclaration(declaration)) {
    node = classSignature(checker, declaration);
  } else if (ts.isInterfaceDeclaration(declaration)) {
    node = f.updateInterfaceDeclaration(
      declaration,
      kept(declaration.modifiers),
      declaration.name,
      declaration.typeParameters,
      declaration.heritageClauses,
      declaration.members,
    );
  } else if (ts.isTypeAliasDeclaration(declaration)) {
    node = f.updateTypeAliasDeclaration(
      declaration,
      kept(declaration.modifiers),
      declaration.name,
      declaration.typeParameters,
      declaration.type,
    );
  } else {
    node = declaration;
  }
  return twoSpaces(printer.printNode(ts.EmitHint.Unspecified, node, source));
}

/**
 * The API report of an entry: a Markdown page with one TypeScript block that holds every export's
 * declarations, sorted by name. An export whose name differs from its declaration's says so.
 *
 * @param program - A program that holds the entry.
 * @param entry - The entry's file name.
 * @param title - The package name, for the heading.
 * @returns The report, ending with a line break.
 */
export function apiReport(program: ts.Program, entry: string, title: string): string {
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(entry);
  const moduleSymbol = source === undefined ? undefined : checker.getSymbolAtLocation(source);
  if (moduleSymbol === undefined) throw new Error(`no exports in ${entry}`);
  const blocks = checker
    .getExportsOfModule(moduleSymbol)
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .map((exported) => {
      const symbol =
        exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
      const declarations = symbol.declarations ?? [];
      const overloaded = declarations.filter(ts.isFunctionDeclaration).length > 1;
      const lines = declarations.flatMap((d) => signature(checker, d, overloaded) ?? []);
      const renamed = symbol.name === exported.name ? [] : [`// exported as ${exported.name}`];
      return [...renamed, ...lines].join('\n');
    });
  return [
    `# ${title} API report`,
    '',
    'Every export of the package entry with its declaration, sorted by name: bodies, initializers,',
    'private members and comments left out; a long inferred type (a zod schema) cut to its outer',
    'type. Generated by `packages/core/test/public-api.ts`; run `pnpm generate` after a change of',
    'the public API.',
    '',
    '```ts',
    blocks.join('\n\n'),
    '```',
    '',
  ].join('\n');
}
