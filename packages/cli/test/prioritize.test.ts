// `aicb prioritize` end to end: the built binary on a copy of the example workspace, compared with
// what the scoring package gives for the same files.
import { execFileSync } from 'node:child_process';
import { cpSync, readFileSync, readdirSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateWorkspaceText } from '@itu-aicb/core';
import type { PlanDocument } from '@itu-aicb/core';
import { prioritizeMeasures } from '@itu-aicb/scoring';
import type { Prioritization } from '@itu-aicb/scoring';
import { aicb, copyFixture, edit, PRIORITIZE_ARGS, tempDir } from './helpers.js';

/** The ranking the library gives for the workspace in a directory. */
function expected(directory: string): Prioritization {
  const names = [
    'work-plan.yaml',
    'initiatives.yaml',
    'scoring-profile.yaml',
    ...readdirSync(join(directory, 'assessments')).map((name) => `assessments/${name}`),
  ];
  const result = validateWorkspaceText(
    names.map((name) => ({ source: name, text: readFileSync(join(directory, name), 'utf8') })),
  );
  const documents: PlanDocument[] = result.documents.flatMap(({ result: r }) =>
    r.ok ? [r.value] : [],
  );
  const plan = documents.find((d) => d.kind === 'WorkPlan');
  const profile = documents.find((d) => d.kind === 'ScoringProfile');
  if (plan?.kind !== 'WorkPlan' || profile?.kind !== 'ScoringProfile') throw new Error('fixture');
  return prioritizeMeasures({
    plan,
    profile,
    assessments: documents.flatMap((d) => (d.kind === 'NeedsAssessment' ? [d] : [])),
    catalogues: documents.flatMap((d) => (d.kind === 'InitiativeCatalogue' ? [d] : [])),
  });
}

interface JsonOutput {
  method: string;
  profile: string;
  ranking: { measureId: string; rank: number; score: number; reason: string }[];
  criteria: { id: string; weight: number }[];
  sensitivity?: { acceptability: { measureId: string; byRank: number[] }[]; seed: number };
}

const json = (stdout: string): JsonOutput => JSON.parse(stdout) as JsonOutput;

/** A text as a regular expression that matches it literally. */
const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe('aicb prioritize', () => {
  const directory = copyFixture('valid');
  const library = expected(directory);

  it('prints the ranking the scoring package gives, in every format', () => {
    const table = aicb([...PRIORITIZE_ARGS], { cwd: directory });
    expect(table.status).toBe(0);
    const rows = table.stdout.split('\n').filter((line) => /^ +\d+ {2}\S/.test(line));
    expect(rows.map((line) => line.trim().split(/\s+/)[1])).toEqual(
      library.ranking.map((entry) => entry.measureId),
    );

    const data = json(aicb([...PRIORITIZE_ARGS, '--format', 'json'], { cwd: directory }).stdout);
    expect(data.ranking.map((e) => [e.measureId, e.rank, e.score, e.reason])).toEqual(
      library.ranking.map((e) => [e.measureId, e.rank, e.score, e.reason]),
    );

    const csv = aicb([...PRIORITIZE_ARGS, '--format', 'csv'], { cwd: directory })
      .stdout.trim()
      .split('\n');
    expect(csv[0]).toBe(
      [
        'rank',
        'measure',
        'title',
        'score',
        'measured',
        'filled',
        'reason',
        ...library.criteria.map((c) => c.id),
      ].join(','),
    );
    expect(csv).toHaveLength(library.ranking.length + 1);
    // A reason that holds a comma is quoted.
    library.ranking.forEach((entry, i) => {
      expect(csv[i + 1]).toContain(
        entry.reason.includes(',') ? `"${entry.reason}"` : `,${entry.reason},`,
      );
    });
    expect(library.ranking.some((entry) => entry.reason.includes(','))).toBe(true);

    const markdown = aicb([...PRIORITIZE_ARGS, '--format', 'markdown'], { cwd: directory }).stdout;
    expect(markdown.split('\n').filter((line) => /^\| \d+ \|/.test(line))).toHaveLength(
      library.ranking.length,
    );
  });

  it('says what a score means, shows completeness, and reads groups on the as-of date', () => {
    const table = aicb([...PRIORITIZE_ARGS, '--explain'], { cwd: directory }).stdout;
    expect(table.split('\n')[1]).toBe(library.scoreMeaning);
    expect(library.scoreMeaning).toMatch(/closeness to the ideal/);
    const first = library.ranking[0];
    const { measured, criteria } = first?.completeness ?? { measured: -1, criteria: -1 };
    expect(table).toMatch(
      new RegExp(
        `^ +1 {2}${escape(first?.measureId ?? '?')} +\\S+ +${measured}/${criteria} {2}`,
        'm',
      ),
    );
    expect(table).not.toMatch(/-0\.0+\b/);
    const data = JSON.parse(
      aicb([...PRIORITIZE_ARGS, '--as-of', '2026-12-01', '-f', 'json'], { cwd: directory }).stdout,
    ) as {
      scoreMeaning: string;
      asOf: unknown;
      ranking: { completeness: unknown }[];
      incomplete: unknown[];
      notes: string[];
    };
    expect(data.scoreMeaning).toBe(library.scoreMeaning);
    expect(data.asOf).toEqual({ date: '2026-12-01', source: 'option' });
    expect(data.ranking[0]?.completeness).toEqual(first?.completeness);
    expect(data.incomplete).toEqual([]);
    expect(data.notes[0]).toMatch(/^LDC, LLDC and SIDS memberships are read on 2026-12-01/);
    const wrong = aicb([...PRIORITIZE_ARGS, '--as-of', '2026-02-30'], { cwd: directory });
    expect(wrong.status).toBe(2);
    expect(wrong.stderr).toContain("--as-of needs a date as YYYY-MM-DD, not '2026-02-30'");
  });

  it('lists a measure below the profile minimum apart, as not enough data to rank', () => {
    const sparse = copyFixture('valid');
    const profile = join(sparse, 'scoring-profile.yaml');
    writeFileSync(profile, `${readFileSync(profile, 'utf8')}minimumCompleteness: 1\n`);
    const library = expected(sparse);
    expect(library.incomplete.length).toBeGreaterThan(0);
    const table = aicb([...PRIORITIZE_ARGS], { cwd: sparse }).stdout;
    expect(table).toContain('\nNot enough data to rank:\n');
    for (const entry of library.incomplete) {
      expect(table).toContain(
        `   -  ${entry.measureId.padEnd(12)} ${entry.completeness.measured}/${entry.completeness.criteria} measured: `,
      );
    }
    const data = JSON.parse(aicb([...PRIORITIZE_ARGS, '-f', 'json'], { cwd: sparse }).stdout) as {
      incomplete: unknown[];
    };
    expect(data.incomplete).toEqual(library.incomplete);
  });

  it('shows the top n, explains each value, and switches the method', () => {
    const top = json(
      aicb([...PRIORITIZE_ARGS, '--top', '2', '--format', 'json'], { cwd: directory }).stdout,
    );
    expect(top.ranking.map((e) => e.measureId)).toEqual(
      library.ranking.slice(0, 2).map((e) => e.measureId),
    );
    const explained = aicb([...PRIORITIZE_ARGS, '--explain', '--top', '1'], {
      cwd: directory,
    }).stdout;
    expect(explained).toContain(library.ranking[0]?.reason ?? '?');
    expect(explained.match(/contribution/g)).toHaveLength(library.criteria.length);
    expect(
      json(aicb([...PRIORITIZE_ARGS, '-m', 'vikor', '-f', 'json'], { cwd: directory }).stdout)
        .method,
    ).toBe('vikor');
  });

  it('adds a stability analysis that repeats for a seed', () => {
    const run = (seed: string) =>
      json(
        aicb([...PRIORITIZE_ARGS, '--sensitivity', '300', '--seed', seed, '-f', 'json'], {
          cwd: directory,
        }).stdout,
      ).sensitivity;
    const once = run('5');
    expect(once?.seed).toBe(5);
    expect(run('5')).toEqual(once);
    expect(run('6')?.acceptability).not.toEqual(once?.acceptability);
    const table = aicb([...PRIORITIZE_ARGS, '--sensitivity', '300'], { cwd: directory }).stdout;
    expect(table).toContain('Rank acceptability over 300 random weight vectors (seed 1)');
  });

  it('says how many measures --top left out, and reads the first score in words', () => {
    const total = library.ranking.length;
    for (const format of ['table', 'markdown']) {
      const cut = aicb([...PRIORITIZE_ARGS, '--top', '2', '-f', format], { cwd: directory }).stdout;
      expect(cut).toContain(
        `and ${total - 2} more ranked measures (without --top, all ${total} are shown)`,
      );
      const all = aicb([...PRIORITIZE_ARGS, '-f', format], { cwd: directory }).stdout;
      expect(all).not.toContain('more ranked measure');
    }
    const top = library.ranking[0]!;
    expect(aicb(PRIORITIZE_ARGS, { cwd: directory }).stdout).toContain(
      `A score of ${top.score.toFixed(3)} means the measure stands ${Math.round(top.score * 100)}% of the way`,
    );
  });

  it('warns when the first measure is first in less than half of the random weightings', () => {
    const share = (dir: string): number => {
      const data = json(
        aicb([...PRIORITIZE_ARGS, '--sensitivity', '300', '-f', 'json'], { cwd: dir }).stdout,
      );
      const first = expected(dir).ranking[0]?.measureId;
      return data.sensitivity?.acceptability.find((a) => a.measureId === first)?.byRank[0] ?? 0;
    };
    // The fixture's first measure is first in most draws; the example's is not.
    expect(share(directory)).toBeGreaterThanOrEqual(0.5);
    expect(
      aicb([...PRIORITIZE_ARGS, '--sensitivity', '300'], { cwd: directory }).stdout,
    ).not.toContain('Caution:');
    const example = tempDir();
    cpSync(new URL('../../../examples/itu-ai-capacity-building/', import.meta.url), example, {
      recursive: true,
      filter: (source) => !source.includes('node_modules'),
    });
    const first = expected(example).ranking[0]?.measureId;
    expect(share(example)).toBeLessThan(0.5);
    expect(aicb([...PRIORITIZE_ARGS, '--sensitivity', '300'], { cwd: example }).stdout).toContain(
      `Caution: ${first} ranks first with these weights, but it is first in only ${(share(example) * 100).toFixed(1)}% of 300 random weightings`,
    );
  });

  it('ranks with equal weights over the built-in criteria without a profile', () => {
    const data = json(
      aicb(['prioritize', 'work-plan.yaml', '-a', 'assessments', '-f', 'json'], { cwd: directory })
        .stdout,
    );
    expect(data.profile).toBe('default');
    expect(data.criteria).toHaveLength(10);
    for (const criterion of data.criteria) expect(criterion.weight).toBeCloseTo(0.1, 15);
  });

  it('stops with exit code 1 on files with errors, or values the profile will not fill', () => {
    const broken = copyFixture('valid');
    const plan = join(broken, 'work-plan.yaml');
    writeFileSync(plan, readFileSync(plan, 'utf8').replace('lead: TSB', 'lead: TBS'));
    const run = aicb([...PRIORITIZE_ARGS], { cwd: broken });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/^work-plan\.yaml:\d+:\d+ {2}schema\/invalid-format {2}"TBS"/);
    expect(run.stderr).toMatch(
      /\naicb: the files have 1 error\. For the full report, run: aicb validate work-plan\.yaml scoring-profile\.yaml assessments initiatives\.yaml\n$/,
    );
    expect(run.stdout).toBe('');

    const strict = copyFixture('valid');
    const profile = join(strict, 'scoring-profile.yaml');
    writeFileSync(
      profile,
      readFileSync(profile, 'utf8').replace('missingData: worst', 'missingData: fail'),
    );
    const failed = aicb([...PRIORITIZE_ARGS], { cwd: strict });
    expect(failed.status).toBe(1);
    expect(failed.stderr).toMatch(/^aicb: the measures cannot be ranked: .*\[missing-value\]\n$/);
  });

  it('reports usage errors with exit code 2 and no stack trace', () => {
    for (const args of [
      ['prioritize'],
      ['prioritize', 'missing.yaml'],
      [...PRIORITIZE_ARGS, '--top', '0'],
      [...PRIORITIZE_ARGS, '--seed', '3'],
      [...PRIORITIZE_ARGS, '--method', 'topsys'],
      [...PRIORITIZE_ARGS, '--format', 'xml'],
      ['prioritize', 'initiatives.yaml'],
      ['prioritize', '.', '-a', 'assessments'],
      ['prioritize', 'assessments'],
      ['prioritize', ''],
      [...PRIORITIZE_ARGS, '-a', ''],
    ]) {
      const run = aicb(args, { cwd: directory });
      expect([args.join(' '), run.status]).toEqual([args.join(' '), 2]);
      expect(run.stderr).toMatch(/^aicb: .+\. Run 'aicb prioritize --help' for usage\.\n$/);
    }
  });

  it('writes text from the files as U+FFFD in every format but JSON, and guards CSV cells', () => {
    const tricky = copyFixture('valid');
    const plan = join(tricky, 'work-plan.yaml');
    edit(
      plan,
      'title: AI skills pathways for public officials on the ITU Academy',
      'title: "=HYPERLINK(\\"http://x\\",\\"y\\")"',
    );
    edit(
      plan,
      'title: AI Ready self-assessments and national AI strategy support',
      'title: "\\e[2J\\e]0;pwned\\a|a\\\\b\\r\\nc"',
    );
    const shown = '\uFFFD[2J\uFFFD]0;pwned\uFFFD|a\\b\uFFFD\uFFFDc';
    // eslint-disable-next-line no-control-regex
    const control = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/;

    const table = aicb([...PRIORITIZE_ARGS, '--explain'], { cwd: tricky });
    expect(table.status).toBe(0);
    expect(table.stdout).not.toMatch(control);
    expect(table.stdout).toMatch(
      new RegExp(`^ +\\d+ {2}M-STR-01 +[\\d.]+ +\\d+/\\d+ {2}${escape(shown)}$`, 'm'),
    );

    const csv = aicb([...PRIORITIZE_ARGS, '-f', 'csv'], { cwd: tricky });
    expect(csv.stdout).not.toMatch(control);
    const rows = csv.stdout.trimEnd().split('\n');
    expect(rows).toHaveLength(8);
    expect(rows.find((row) => row.includes(',M-TAL-01,'))).toMatch(
      /^\d+,M-TAL-01,"'=HYPERLINK\(""http:\/\/x"",""y""\)",0\.\d+,/,
    );
    expect(rows.find((row) => row.includes(',M-STR-01,'))).toContain(`,M-STR-01,${shown},`);

    const markdown = aicb([...PRIORITIZE_ARGS, '-f', 'markdown'], { cwd: tricky });
    expect(markdown.stdout).not.toMatch(control);
    const lines = markdown.stdout.split('\n').filter((line) => /^\| \d+ \|/.test(line));
    expect(lines).toHaveLength(7);
    expect(lines.find((line) => line.includes('| M-STR-01 |'))).toContain(
      '| \uFFFD\\[2J\uFFFD\\]0;pwned\uFFFD\\|a\\\\b\uFFFD\uFFFDc |',
    );

    const data = json(
      aicb([...PRIORITIZE_ARGS, '-f', 'json'], { cwd: tricky }).stdout,
    ) as unknown as {
      ranking: { measureId: string; title: string }[];
    };
    expect(data.ranking.find((entry) => entry.measureId === 'M-STR-01')?.title).toBe(
      '\u001B[2J\u001B]0;pwned\u0007|a\\b\r\nc',
    );

    edit(plan, 'schemaVersion: 1', 'schemaVersion: 1\n"\\e[31mx\\ry": 1');
    const broken = aicb([...PRIORITIZE_ARGS], { cwd: tricky });
    expect(broken.status).toBe(1);
    expect(broken.stderr).toContain(
      'schema/unknown-key  "\uFFFD[31mx\uFFFDy" is not a field here.',
    );
    expect(broken.stderr).not.toMatch(control);
  });

  it('reads from directories only the files that declare a known kind, as aicb validate does', () => {
    const workspace = copyFixture('valid');
    writeFileSync(join(workspace, 'package.json'), '{ "name": "x" }\n');
    writeFileSync(join(workspace, 'assessments/ci.yml'), 'name: ci\non: push\n');
    const all = aicb(
      [
        'prioritize',
        'work-plan.yaml',
        '-a',
        '.',
        '-c',
        '.',
        '-p',
        'scoring-profile.yaml',
        '-f',
        'json',
      ],
      { cwd: workspace },
    );
    expect(all.stderr).toBe('');
    expect(all.status).toBe(0);
    expect(json(all.stdout).ranking.map((e) => e.measureId)).toEqual(
      library.ranking.map((e) => e.measureId),
    );
  });

  it('reads files as aicb validate does: strict UTF-8, a size limit, regular files only', () => {
    const workspace = copyFixture('valid');
    writeFileSync(
      join(workspace, 'assessments/bad.yaml'),
      Buffer.concat([Buffer.from('kind: NeedsAssessment\nid: caf'), Buffer.from([0xe9, 0x0a])]),
    );
    const invalid = aicb([...PRIORITIZE_ARGS], { cwd: workspace });
    expect(invalid.status).toBe(1);
    expect(invalid.stdout).toBe('');
    expect(invalid.stderr).toMatch(
      /^assessments\/bad\.yaml:2:8 {2}file\/invalid-utf8 {2}The file is not valid UTF-8: byte 0xE9 at line 2, column 8 cannot be decoded\.\n/,
    );

    writeFileSync(join(workspace, 'assessments/bad.yaml'), 'kind: NeedsAssessment\n');
    truncateSync(join(workspace, 'assessments/bad.yaml'), 10_000_001);
    const large = aicb([...PRIORITIZE_ARGS], { cwd: workspace });
    expect(large.status).toBe(1);
    expect(large.stderr).toMatch(
      /^assessments\/bad\.yaml {2}text\/too-large {2}The file is 10,000,001 bytes/,
    );

    const fresh = copyFixture('valid');
    execFileSync('mkfifo', [join(fresh, 'pipe.yaml')]);
    for (const args of [
      ['prioritize', '/dev/null', '-a', 'assessments'],
      [...PRIORITIZE_ARGS, '-a', 'pipe.yaml'],
    ]) {
      const started = Date.now();
      const run = aicb(args, { cwd: fresh });
      expect(Date.now() - started).toBeLessThan(20_000);
      expect([args.join(' '), run.status]).toEqual([args.join(' '), 2]);
      expect(run.stdout).toBe('');
      expect(run.stderr).toMatch(
        /^\S*(null|pipe\.yaml) {2}file\/unreadable {2}The file could not be read \(not a regular file\)\.\n$/,
      );
    }
  });
});
