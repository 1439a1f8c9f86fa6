// Input built to stall, exhaust or escape the CLI: many findings in one file, files that lie about
// their size, and links that lead `aicb init` out of its directory.
import {
  chmodSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderStylish } from '../src/formats/stylish.js';
import type { Finding, Report } from '../src/validate/report.js';
import { aicb, copyFixture, edit, json, PRIORITIZE_ARGS, tempDir } from './helpers.js';

describe('stylish output of many findings in one file', () => {
  const FINDINGS = 2_000;
  const text = Array.from({ length: FINDINGS }, (_, index) => `key${index}: value`).join('\n');
  const findings: Finding[] = Array.from({ length: FINDINGS }, (_, index) => ({
    file: 'big.yaml',
    pointer: `/key${index}`,
    code: 'schema/unknown-key',
    severity: 'error',
    message: `Unknown key ${index}.`,
    position: {
      line: index + 1,
      column: 1,
      offset: 0,
      endLine: index + 1,
      endColumn: 4 + String(index).length,
      endOffset: 0,
    },
  }));

  function report(texts: ReadonlyMap<string, string>): Report {
    return {
      version: '0.0.0',
      cwd: '/',
      files: [{ path: 'big.yaml', kind: 'WorkPlan' }],
      findings,
      accepted: [],
      baselineGone: undefined,
      counts: { errors: FINDINGS, warnings: 0, infos: 0 },
      fileCounts: new Map([['big.yaml', { errors: FINDINGS, warnings: 0, infos: 0 }]]),
      policy: { strict: false, maxWarnings: undefined, quiet: false },
      unreadable: 0,
      unreadableDirectories: 0,
      skipped: [],
      verbose: false,
      failing: true,
      exitCode: 1,
      texts,
    };
  }

  it('reads each file once for all its code frames, not once per finding', () => {
    let reads = 0;
    const texts = new Map([['big.yaml', text]]);
    const counting: ReadonlyMap<string, string> = Object.assign(Object.create(texts) as object, {
      get(key: string): string | undefined {
        reads += 1;
        return texts.get(key);
      },
    }) as ReadonlyMap<string, string>;
    const output = renderStylish(report(counting), { color: false });
    expect(reads).toBe(1);
    // Each finding still gets its own frame, the line before it and a marker under the key.
    expect(output).toContain(
      '    1499 | key1498: value\n  > 1500 | key1499: value\n         | ^^^^^^^\n',
    );
    expect(output.match(/^ {2}> /gm)).toHaveLength(FINDINGS);
  });
});

describe('files that claim another size than they have', () => {
  const pagemap = '/proc/self/pagemap';
  const canRead = ((): boolean => {
    try {
      return statSync(pagemap).isFile();
    } catch {
      return false;
    }
  })();

  it.skipIf(!canRead)('stops reading at the size limit, whatever size the file claims', () => {
    const directory = copyFixture('valid');
    symlinkSync(pagemap, join(directory, 'endless.yaml'));
    const named = aicb(['validate', 'endless.yaml', 'work-plan.yaml', '--format', 'json'], {
      cwd: directory,
    });
    expect(named.stderr).toBe('');
    const report = json<{ findings: { file: string; code: string }[] }>(named);
    expect(report.findings.filter((finding) => finding.file === 'endless.yaml')).toMatchObject([
      { code: 'text/too-large' },
    ]);
    // Found in a folder, it declares no kind in its first bytes, so it is passed over.
    const scanned = aicb(['validate', '--format', 'json'], { cwd: directory });
    expect(scanned.stderr).toBe('');
    expect(json<{ summary: { files: number } }>(scanned).summary.files).toBe(9);
  });
});

describe('aicb init and links', () => {
  it('refuses to write through a dangling link to a path outside its directory', () => {
    const root = tempDir();
    const outside = join(root, 'outside.yaml');
    const directory = join(root, 'workspace');
    mkdirSync(directory);
    symlinkSync(outside, join(directory, 'work-plan.yaml'));
    for (const args of [['init'], ['init', '--force']]) {
      const run = aicb(args, { cwd: directory });
      expect(run.status).toBe(2);
      expect(run.stderr).toBe(
        "aicb: not writing through the symbolic link 'work-plan.yaml'; nothing was written. Remove it or choose another directory.\n",
      );
      expect(existsSync(outside)).toBe(false);
      expect(readdirSync(directory)).toEqual(['work-plan.yaml']);
    }
  });

  it('refuses a linked folder inside the target directory', () => {
    const root = tempDir();
    const elsewhere = join(root, 'elsewhere');
    mkdirSync(elsewhere);
    const directory = join(root, 'workspace');
    mkdirSync(directory);
    symlinkSync(elsewhere, join(directory, 'schemas'));
    const run = aicb(['init', '--force'], { cwd: directory });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("the symbolic link 'schemas'");
    expect(readdirSync(elsewhere)).toEqual([]);
  });

  it('writes all or nothing, so that a failed run leaves nothing for the next to refuse', () => {
    const directory = tempDir();
    // A folder where the starter's schema file must go makes the last writes fail.
    mkdirSync(join(directory, 'schemas', 'work-plan.schema.json'), { recursive: true });
    const failed = aicb(['init', '--force'], { cwd: directory });
    expect(failed.status).toBe(2);
    expect(failed.stderr).toMatch(
      /^aicb: cannot write the starter workspace: .*; nothing was written\.\n$/,
    );
    expect(readdirSync(directory)).toEqual(['schemas']);
    expect(readdirSync(join(directory, 'schemas'))).toEqual(['work-plan.schema.json']);

    const fresh = tempDir();
    // Bytes that are not UTF-8, and a mode of their own: both must come back as they were.
    const mine = Buffer.from([0x6d, 0x69, 0x6e, 0x65, 0xe9, 0x0a]);
    writeFileSync(join(fresh, 'initiatives.yaml'), mine, { mode: 0o640 });
    chmodSync(join(fresh, 'initiatives.yaml'), 0o640);
    mkdirSync(join(fresh, 'schemas', 'work-plan.schema.json'), { recursive: true });
    expect(aicb(['init', '--force'], { cwd: fresh }).status).toBe(2);
    // What --force would have replaced is as it was.
    expect(readFileSync(join(fresh, 'initiatives.yaml'))).toEqual(mine);
    expect(statSync(join(fresh, 'initiatives.yaml')).mode & 0o777).toBe(0o640);
    expect(readdirSync(fresh).sort()).toEqual(['initiatives.yaml', 'schemas']);
  });
});

// Escape sequences, bell, and characters that break or reorder a line on screen.
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u0008\u000A-\u001F\u007F-\u009F\u2028\u2029\u202A-\u202E\u2066-\u2069]/;
const oneLineEach = (text: string): string[] =>
  text
    .split('\n')
    .filter((line) => line !== '')
    .filter((line) => UNSAFE.test(line));

describe('values echoed to the terminal', () => {
  it('escapes what was typed on the command line in every message', () => {
    const directory = copyFixture('valid');
    const hostile = '\u001B[31mX\u001B]0;T\u0007\u202E\u2028';
    for (const args of [
      ['validate', `--format=${hostile}`],
      [`${hostile}command`],
      [`--${hostile}`],
      ['validate', `missing${hostile}.yaml`],
      ['prioritize', 'work-plan.yaml', '--method', hostile],
      ['schema', hostile],
      ['init', `--${hostile}`],
    ]) {
      const run = aicb(args, { cwd: directory });
      expect([args, run.status]).toEqual([args, 2]);
      expect([args, oneLineEach(run.stderr)]).toEqual([args, []]);
      expect(run.stderr).toContain('\uFFFD');
    }
  });

  it('escapes line separators and bidirectional overrides from files in human formats', () => {
    const directory = copyFixture('broken');
    const name = 'evil\u202Efdp.yaml';
    writeFileSync(
      join(directory, name),
      'kind: WorkPlan\nschemaVersion: 1\nid: evil\ntitle: "a\u2028b\u202Ec"\nbogus\u2029key: 1\n',
    );
    for (const format of ['stylish', 'github']) {
      const run = aicb(['validate', name, '--format', format], { cwd: directory });
      expect(run.status).toBe(1);
      expect([format, oneLineEach(run.stdout)]).toEqual([format, []]);
    }
    const created = tempDir();
    const init = aicb(['init', 'new\u202Edir'], { cwd: created });
    expect(init.status).toBe(0);
    expect(oneLineEach(init.stdout)).toEqual([]);
  });
});

describe('Markdown tables of priorities', () => {
  it('escape HTML and links in titles, so that a rendered table shows them as text', () => {
    const directory = copyFixture('valid');
    const plan = join(directory, 'work-plan.yaml');
    edit(
      plan,
      'title: AI skills pathways for public officials on the ITU Academy',
      'title: "<img src=x onerror=alert(1)> [x](javascript:alert(1)) ![i](http://x/i.png) `code` *b*"',
    );
    const run = aicb([...PRIORITIZE_ARGS, '-f', 'markdown'], { cwd: directory });
    expect(run.status).toBe(0);
    const row = run.stdout.split('\n').find((line) => line.includes('| M-TAL-01 |'));
    expect(row).toContain(
      '\\<img src=x onerror=alert(1)\\> \\[x\\](javascript:alert(1)) \\!\\[i\\](http://x/i.png) \\`code\\` \\*b\\*',
    );
    // Outside the escapes, no character can open HTML, a link or code.
    expect(row!.replace(/\\./g, '')).not.toMatch(/[<>[\]`]/);
  });
});

describe('the command suggested for the full report', () => {
  it('keeps a path that starts with - from being read as an option', () => {
    const directory = copyFixture('valid');
    renameSync(join(directory, 'work-plan.yaml'), join(directory, '-plan.yaml'));
    edit(join(directory, '-plan.yaml'), 'schemaVersion: 1', 'schemaVersion: 1\nbogus: 1');
    const run = aicb(['prioritize', '-a', 'assessments', '--', '-plan.yaml'], { cwd: directory });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(
      'For the full report, run: aicb validate ./-plan.yaml assessments\n',
    );
    const suggested = aicb(['validate', './-plan.yaml'], { cwd: directory });
    expect(suggested.stdout).toContain('schema/unknown-key');
  });
});
