// docs/cli.md quotes the help of every command; this keeps the quotes and the help identical.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { aicb, PACKAGE_ROOT } from './helpers.js';

const reference = readFileSync(join(PACKAGE_ROOT, '../../docs/cli.md'), 'utf8');

/** The help blocks of docs/cli.md, by the command line they quote. */
function quotedHelp(): Map<string, string> {
  const blocks = new Map<string, string>();
  for (const match of reference.matchAll(/<!-- help: ([^>]+?) -->\s*```text\n([\s\S]*?)```/g)) {
    blocks.set(match[1]!, match[2]!);
  }
  return blocks;
}

describe('docs/cli.md', () => {
  const blocks = quotedHelp();
  const overview = aicb(['--help']).stdout;
  const commands = [...overview.matchAll(/^ {2}([a-z]+) /gm)].map((match) => match[1]!);

  it('quotes the help of aicb and of every command it lists', () => {
    expect(commands.length).toBeGreaterThan(0);
    expect([...blocks.keys()].sort()).toEqual(
      ['aicb --help', ...commands.map((command) => `aicb ${command} --help`)].sort(),
    );
  });

  it.each([...blocks])('quotes `%s` exactly', (commandLine, quoted) => {
    const run = aicb(commandLine.split(' ').slice(1));
    expect(run.status).toBe(0);
    expect(quoted).toBe(run.stdout);
  });

  it('documents every exit code that the help mentions', () => {
    for (const code of ['0', '1', '2'])
      expect(reference).toMatch(new RegExp(`^\\| ${code} +\\|`, 'm'));
  });
});
