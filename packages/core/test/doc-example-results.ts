// Runs the `@example` code of the packages' exports and checks its result lines.
//
// The convention for result lines in examples:
// - `//=> <expected>` on its own line gives the value of the statement just before it: an
//   expression statement (`rank([3, 1]);`) or a declaration of one variable (`const ranks = ...;`).
//   `<expected>` is a JavaScript expression, usually a literal, and the value must equal it deeply
//   and strictly (`0` is not `-0`, `1` is not `'1'`, a missing key is not `undefined`). Round
//   numbers in the example (`.toFixed(3)`), not in the result.
// - `//=> logs <string literal>` gives what `console.log` wrote since the previous result line,
//   one line per call, its arguments joined as `console.log` joins them.
// - An example that declares its inputs (`declare const plan: WorkPlan;`) only describes them, so
//   it cannot run: it is type-checked, and its result lines are listed as not run. The test keeps
//   the list of such examples, so that a new one shows in review.
// Every other example runs and must not throw; anything else after `//=>` is a mistake.
import { format, inspect, isDeepStrictEqual } from 'node:util';
import ts from 'typescript';
import type { DocExample } from './doc-examples.js';

/** What running the examples found. */
export interface ExampleRun {
  /** Examples run. */
  readonly run: number;
  /** Result lines checked. */
  readonly checked: number;
  /** `package export` of each example with result lines that declares its inputs, not run. */
  readonly notRun: string[];
  /** One line per wrong result, example that throws or result line that cannot be checked. */
  readonly failures: string[];
}

/** A result line: the line (0-based) in the example and what follows `//=>`. */
interface ResultLine {
  readonly line: number;
  readonly expected: string;
}

const RESULT = /^\s*\/\/=>\s?(.*)$/;
const LOGS = /^logs\s+(["'].*)$/;

const AsyncFunction = async function () {}.constructor as new (
  ...parameters: string[]
) => (...values: unknown[]) => Promise<unknown>;

/** The value of an expected result written as a JavaScript expression. */
function evaluate(text: string): unknown {
  // eslint-disable-next-line @typescript-eslint/no-implied-eval
  const expression = new Function(`return (${text});`) as () => unknown;
  return expression();
}

/**
 * The example's code with a call that records each checked value inserted before or around the
 * statement before each result line, or a message saying why a result line cannot be checked.
 */
function instrument(code: string, results: readonly ResultLine[]): string | { problem: string } {
  const source = ts.createSourceFile('example.ts', code, ts.ScriptTarget.ES2022, true);
  const lineStarts = source.getLineStarts();
  const edits: { start: number; end: number; text: string }[] = [];
  for (const [index, result] of results.entries()) {
    const at = lineStarts[result.line] ?? code.length;
    if (LOGS.test(result.expected)) {
      edits.push({ start: at, end: at, text: `__logs(${index});\n` });
      continue;
    }
    if (source.statements.some((s) => s.getStart(source) < at && s.end > at)) {
      return { problem: `line ${result.line + 1}: a result line must follow a whole statement` };
    }
    const statement = source.statements.filter((s) => s.end <= at).at(-1);
    const previous = results[index - 1];
    if (
      statement === undefined ||
      (previous !== undefined && statement.end <= (lineStarts[previous.line] ?? 0))
    ) {
      return { problem: `line ${result.line + 1}: no statement before the result line` };
    }
    if (ts.isExpressionStatement(statement)) {
      edits.push({
        start: statement.getStart(source),
        end: statement.end,
        text: `__result(${index}, (${statement.expression.getText(source)}));`,
      });
    } else if (
      ts.isVariableStatement(statement) &&
      statement.declarationList.declarations.length === 1 &&
      ts.isIdentifier(statement.declarationList.declarations[0]!.name)
    ) {
      const name = statement.declarationList.declarations[0]!.name.text;
      edits.push({
        start: statement.end,
        end: statement.end,
        text: `\n__result(${index}, ${name});`,
      });
    } else {
      return {
        problem: `line ${result.line + 1}: the statement before the result line is neither an expression nor one variable`,
      };
    }
  }
  let text = code;
  for (const edit of edits.sort((a, b) => b.start - a.start)) {
    text = text.slice(0, edit.start) + edit.text + text.slice(edit.end);
  }
  return text;
}

/** Runs one example and returns its failures, each as a line. */
async function runExample(
  example: DocExample,
  results: readonly ResultLine[],
  scope: Readonly<Record<string, unknown>>,
): Promise<string[]> {
  const where = `${example.packageName} ${example.exportName} (${example.location})`;
  const instrumented = instrument(example.code, results);
  if (typeof instrumented !== 'string') return [`${where}: ${instrumented.problem}`];
  const javascript = ts.transpileModule(instrumented, {
    compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext },
  }).outputText;
  const failures: string[] = [];
  const seen = new Set<number>();
  let logged: string[] = [];
  const check = (index: number, actual: unknown, text = results[index]!.expected): void => {
    seen.add(index);
    const result = results[index]!;
    let expected: unknown;
    try {
      expected = evaluate(text);
    } catch {
      failures.push(
        `${where} line ${result.line + 1}: '//=> ${result.expected}' is not a JavaScript expression (see the convention in doc-example-results.ts)`,
      );
      return;
    }
    if (!isDeepStrictEqual(actual, expected)) {
      failures.push(
        `${where} line ${result.line + 1}: expected ${result.expected}, got ${inspect(actual, { depth: 6, breakLength: Infinity })}`,
      );
    }
  };
  const console = {
    log: (...values: unknown[]) => {
      logged.push(format(...values));
    },
  };
  const logs = (index: number): void => {
    check(index, logged.join('\n'), LOGS.exec(results[index]!.expected)?.[1] ?? '');
    logged = [];
  };
  const names = Object.keys(scope);
  try {
    const run = new AsyncFunction('__result', '__logs', 'console', ...names, `{\n${javascript}\n}`);
    await run(check, logs, console, ...names.map((name) => scope[name]));
  } catch (error) {
    return [
      ...failures,
      `${where}: throws ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`,
    ];
  }
  for (const [index, result] of results.entries()) {
    if (!seen.has(index))
      failures.push(`${where} line ${result.line + 1}: result line not reached`);
  }
  return failures;
}

/**
 * Runs every example that does not declare its inputs, with every value of `scope` (the exports
 * of both packages) in reach, and checks its result lines.
 *
 * @param examples - The examples, from `docExamples()`.
 * @param scope - The names an example can use, with their values.
 */
export async function runDocExamples(
  examples: readonly DocExample[],
  scope: Readonly<Record<string, unknown>>,
): Promise<ExampleRun> {
  let run = 0;
  let checked = 0;
  const notRun: string[] = [];
  const failures: string[] = [];
  for (const example of examples) {
    const results = example.code.split('\n').flatMap((line, index) => {
      const match = RESULT.exec(line);
      return match === null ? [] : [{ line: index, expected: (match[1] ?? '').trim() }];
    });
    if (/^\s*declare\s/m.test(example.code)) {
      if (results.length > 0) notRun.push(`${example.packageName} ${example.exportName}`);
      continue;
    }
    run += 1;
    checked += results.length;
    failures.push(...(await runExample(example, results, scope)));
  }
  return { run, checked, notRun, failures };
}
