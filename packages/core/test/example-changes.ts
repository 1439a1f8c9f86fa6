// The example workspace and the changes the rules reference's examples make to it: each example
// is one or more code spans `file#/pointer: value` (a YAML value; `-` appends to a list) or
// `file#: value` (a new file).
import { readdirSync, readFileSync } from 'node:fs';
import { parse, parseDocument } from 'yaml';

/** The example workspace the rules' examples change. */
const WORKSPACE = new URL('../../../examples/itu-ai-capacity-building/', import.meta.url);

/** The YAML files of the example workspace, by their path inside it. */
export function workspaceFiles(): Map<string, string> {
  const files = new Map<string, string>();
  const read = (folder: string) => {
    for (const entry of readdirSync(new URL(folder, WORKSPACE), { withFileTypes: true })) {
      if (entry.isDirectory() && entry.name !== 'node_modules') read(`${folder}${entry.name}/`);
      else if (entry.name.endsWith('.yaml')) {
        files.set(
          `${folder}${entry.name}`,
          readFileSync(new URL(`${folder}${entry.name}`, WORKSPACE), 'utf8'),
        );
      }
    }
  };
  read('');
  return files;
}

/** One change of an example: `file#/path: value`, or `file#: value` for a new file. */
interface Change {
  readonly file: string;
  readonly path: readonly string[] | undefined;
  readonly value: string;
}

const CHANGE = /^([\w./-]+\.yaml)#(\/[^:\s]*)?: (.+)$/s;

/** The changes written as code spans in an example of the rules reference. */
export function changesOf(example: string): Change[] {
  return [...example.matchAll(/`([^`]+)`/g)].flatMap(([, span]) => {
    const match = CHANGE.exec(span ?? '');
    if (match === null) return [];
    const [, file, pointer, value] = match as unknown as [
      string,
      string,
      string | undefined,
      string,
    ];
    const path = pointer
      ?.slice(1)
      .split('/')
      .map((segment) => segment.replaceAll('~1', '/').replaceAll('~0', '~'));
    return [{ file, path, value }];
  });
}

/** The workspace files with the changes made. */
export function changed(changes: readonly Change[]): Map<string, string> {
  const files = workspaceFiles();
  for (const { file, path, value } of changes) {
    if (path === undefined) {
      files.set(file, `${value}\n`);
      continue;
    }
    const document = parseDocument(files.get(file) ?? '');
    const keys = path.map((segment) => (/^\d+$/.test(segment) ? Number(segment) : segment));
    const node = document.createNode(parse(value));
    if (keys.at(-1) === '-') document.addIn(keys.slice(0, -1), node);
    else document.setIn(keys, node);
    files.set(file, String(document));
  }
  return files;
}
