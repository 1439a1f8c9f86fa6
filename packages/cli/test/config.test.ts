// The configuration file, --rule, suppressions with reasons, and the baseline, end to end.
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  aicb,
  copyFixture,
  edit,
  json,
  PACKAGE_ROOT,
  PRIORITIZE_ARGS,
  tempDir,
} from './helpers.js';
import { configJsonSchema } from '../src/config/config-schema.js';

interface JsonFinding {
  file: string;
  line: number | null;
  code: string;
  severity: string;
  pointer: string;
  fingerprint: string | null;
  suppression: { kind: string; justification: string } | null;
  baseline: string | null;
}
interface JsonReport {
  exitCode: number;
  summary: { errors: number; warnings: number; suppressed: number; baselined: number };
  findings: JsonFinding[];
}

const report = (run: ReturnType<typeof aicb>): JsonReport => json<JsonReport>(run);
const codes = (run: ReturnType<typeof aicb>): string[] =>
  report(run).findings.map((finding) => `${finding.file} ${finding.code}`);

const LEAD_REASON = 'agreed with BDT, see minutes 2026-03';

describe('the configuration file', () => {
  it('is committed as the JSON Schema generated from its zod schema', async () => {
    await expect(`${JSON.stringify(configJsonSchema(), null, 2)}\n`).toMatchFileSnapshot(
      '../schemas/aicb-config.schema.json',
    );
  });

  it('is found upwards, sets rule severities, files and ignores; --rule overrides it', () => {
    const directory = copyFixture('broken');
    writeFileSync(
      join(directory, 'aicb.config.yaml'),
      [
        'files: [.]',
        'ignore: [assessments/]',
        'rules:',
        '  plan/lead-also-contributor: off',
        '  plan/objective-without-measure: error',
        '',
      ].join('\n'),
    );
    mkdirSync(join(directory, 'sub'));
    const found = aicb(['validate', '-f', 'json'], { cwd: join(directory, 'sub') });
    expect(found.status).toBe(1);
    expect(codes(found)).toEqual([
      '../work-plan.yaml plan/objective-without-measure',
      '../work-plan.yaml plan/unresolved-objective',
      '../work-plan.yaml workspace/unresolved-initiative',
    ]);
    expect(report(found).findings[0]?.severity).toBe('error');
    const overridden = aicb(
      [
        'validate',
        '-f',
        'json',
        '--rule',
        'plan/objective-without-measure=off',
        '--rule',
        'plan/unresolved-objective=warning',
        '--rule',
        'workspace/unresolved-initiative=info',
      ],
      { cwd: directory },
    );
    expect(overridden.status).toBe(0);
    expect(codes(overridden)).toEqual([
      'work-plan.yaml plan/unresolved-objective',
      'work-plan.yaml workspace/unresolved-initiative',
    ]);
    // A file named on the command line is checked even if ignored.
    const named = aicb(['validate', '-f', 'json', 'assessments/ken.json'], { cwd: directory });
    expect(codes(named)).toContain('assessments/ken.json schema/invalid-value');
  });

  it('is given with --config, relative paths from its folder', () => {
    const directory = copyFixture('broken');
    mkdirSync(join(directory, 'ci'));
    writeFileSync(join(directory, 'ci', 'lint.json'), '{"files": ["../work-plan.yaml"]}');
    const run = aicb(['validate', '-f', 'json', '--config', 'ci/lint.json'], { cwd: directory });
    expect(new Set(report(run).findings.map((finding) => finding.file))).toEqual(
      new Set(['work-plan.yaml']),
    );
  });

  it.each([
    [
      'rules:\n  plan/no-such-rule: error\n',
      'aicb.config.yaml:2:3',
      "/rules/plan~1no-such-rule: 'plan/no-such-rule' is not a rule",
    ],
    [
      'rules:\n  plan/lead-also-contributor: fatal\n',
      'aicb.config.yaml:2:31',
      'error, warning, info, off',
    ],
    ['ignored: [x]\n', 'aicb.config.yaml:1:1', "unknown key 'ignored'"],
    ['scoring: { asOf: 2026-02-30 }\n', 'aicb.config.yaml:1:18', 'YYYY-MM-DD'],
    ['files: [', 'aicb.config.yaml:1', 'invalid configuration'],
  ])('refuses a bad configuration with exit 2 and where: %j', (text, where, what) => {
    const directory = copyFixture('broken');
    writeFileSync(join(directory, 'aicb.config.yaml'), text);
    const run = aicb(['validate'], { cwd: directory });
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(where);
    expect(run.stderr).toContain(what);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it.each([
    ['plan/nope=error'],
    ['schema/invalid-value=off'],
    ['plan/lead-also-contributor'],
    ['plan/lead-also-contributor=high'],
  ])('refuses --rule %s with exit 2', (value) => {
    const run = aicb(['validate', '--rule', value], { cwd: copyFixture('broken') });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--rule');
  });

  it('takes an empty or comment-only file for an empty configuration', () => {
    const directory = copyFixture('broken');
    for (const text of ['', '# Settings come later.\n']) {
      writeFileSync(join(directory, 'aicb.config.yaml'), text);
      const run = aicb(['validate', '-f', 'json'], { cwd: directory });
      expect(run.stderr).toBe('');
      expect(run.status).toBe(1);
    }
  });

  it('words configuration problems itself, with one full stop', () => {
    const directory = copyFixture('broken');
    const problem = (text: string): string => {
      writeFileSync(join(directory, 'aicb.config.yaml'), text);
      const run = aicb(['validate'], { cwd: directory });
      expect(run.status).toBe(2);
      return run.stderr;
    };
    expect(problem('rules: 3\n')).toContain(
      '/rules: use a mapping of rule code to severity, not a number. Run',
    );
    expect(problem('files: docs\n')).toContain('/files: use a list, not text. Run');
    expect(problem('baseline: ""\n')).toContain('/baseline: use text that is not empty. Run');
    const broken = problem('rules: {\n');
    expect(broken).toContain('invalid configuration aicb.config.yaml:');
    expect(broken).not.toContain('..');
  });

  it('refuses a --config that does not exist', () => {
    const run = aicb(['validate', '--config', 'nope.yaml'], { cwd: copyFixture('broken') });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("no such configuration file: 'nope.yaml'");
  });

  it('never takes a configuration file, used or not, for a skipped plan file', () => {
    const directory = copyFixture('valid');
    writeFileSync(join(directory, 'aicb.config.yaml'), 'rules:\n  plan/long-period: warning\n');
    mkdirSync(join(directory, 'nested'));
    writeFileSync(join(directory, 'nested', 'aicb.config.json'), '{ "rules": {} }\n');
    const run = aicb(['validate', '--verbose'], { cwd: directory });
    expect(run.status).toBe(0);
    expect(run.stdout + run.stderr).not.toContain('aicb.config');
    expect(run.stdout).not.toContain('skipped');
  });

  it('gives prioritize its scoring profile and date', () => {
    const directory = copyFixture('valid');
    // The fixture's prioritize arguments without `-p scoring-profile.yaml`, and as JSON.
    const args = [...PRIORITIZE_ARGS.slice(0, -2), '-f', 'json'];
    const withProfile = aicb([...PRIORITIZE_ARGS, '-f', 'json'], { cwd: directory });
    writeFileSync(
      join(directory, 'aicb.config.yaml'),
      'scoring:\n  profile: scoring-profile.yaml\n  asOf: 2026-01-01\n',
    );
    const configured = aicb(args, { cwd: directory });
    expect(configured.status).toBe(0);
    expect(withProfile.status).toBe(0);
    const method = (run: ReturnType<typeof aicb>): unknown =>
      (json<{ profile?: { method?: unknown } }>(run).profile ?? {}).method;
    expect(method(configured)).toEqual(method(withProfile));
    expect(configured.stdout).toContain('2026-01-01');
  });
});

describe('suppressions', () => {
  it('suppresses a finding by a comment above its line, keeping it in json and sarif', () => {
    const directory = copyFixture('broken');
    edit(
      join(directory, 'work-plan.yaml'),
      '    contributors: [BDT]\n',
      `    # aicb-disable-next-line plan/lead-also-contributor -- ${LEAD_REASON}\n    contributors: [BDT]\n`,
    );
    const run = aicb(['validate', '-f', 'json'], { cwd: directory });
    const suppressed = report(run).findings.filter((finding) => finding.suppression !== null);
    expect(suppressed.map((finding) => [finding.code, finding.line, finding.suppression])).toEqual([
      ['plan/lead-also-contributor', 23, { kind: 'inSource', justification: LEAD_REASON }],
    ]);
    expect(report(run).summary.suppressed).toBe(1);
    expect(report(run).summary.warnings).toBe(2);
    const sarif = json<{ runs: { results: { ruleId: string; suppressions?: unknown }[] }[] }>(
      aicb(['validate', '-f', 'sarif'], { cwd: directory }),
    );
    const result = sarif.runs[0]!.results.find(
      (item) => item.ruleId === 'plan/lead-also-contributor',
    );
    expect(result?.suppressions).toEqual([
      { kind: 'inSource', status: 'accepted', justification: LEAD_REASON },
    ]);
    const stylish = aicb(['validate'], { cwd: directory });
    expect(stylish.stdout).not.toContain('plan/lead-also-contributor');
    expect(stylish.stdout).toContain('1 finding suppressed with a reason.');
  });

  it('reports a comment without a reason, one on the line, and one that matches nothing', () => {
    const directory = copyFixture('broken');
    edit(
      join(directory, 'work-plan.yaml'),
      '    contributors: [BDT]\n',
      '    contributors: [BDT] # aicb-disable-line plan/lead-also-contributor\n',
    );
    edit(
      join(directory, 'work-plan.yaml'),
      '    kind: training\n',
      '    kind: training # aicb-disable-line plan/missing-estimates -- nothing here\n',
    );
    const run = aicb(['validate', '-f', 'json'], { cwd: directory });
    const found = report(run).findings.map((finding) => [
      finding.code,
      finding.line,
      finding.suppression,
    ]);
    expect(found).toContainEqual(['suppression/missing-reason', 22, null]);
    expect(found).toContainEqual(['plan/lead-also-contributor', 22, null]);
    expect(found).toContainEqual(['suppression/unused', 19, null]);
  });

  it('reports a comment that names no code as its own finding', () => {
    const directory = copyFixture('broken');
    edit(
      join(directory, 'work-plan.yaml'),
      '    contributors: [BDT]\n',
      '    # aicb-disable-next-line -- all of them\n    contributors: [BDT]\n',
    );
    const found = report(aicb(['validate', '-f', 'json'], { cwd: directory })).findings;
    expect(
      found
        .filter((finding) => finding.code.startsWith('suppression/'))
        .map((finding) => [finding.code, finding.severity, finding.line]),
    ).toEqual([['suppression/missing-code', 'error', 22]]);
    expect(found.map((finding) => finding.code)).toContain('plan/lead-also-contributor');
  });

  it('reads no suppression comment from the text of a block scalar', () => {
    const directory = copyFixture('broken');
    edit(
      join(directory, 'work-plan.yaml'),
      '    kind: training\n',
      '    kind: training\n    description: |\n      # aicb-disable-next-line plan/missing-estimates -- quoted text\n      More text.\n',
    );
    const found = codes(aicb(['validate', '-f', 'json'], { cwd: directory }));
    expect(found.filter((code) => code.includes('suppression/'))).toEqual([]);
  });

  it('suppresses by file, pointer and code from the configuration, until it expires', () => {
    const directory = copyFixture('broken');
    const entry = (expires: string): string =>
      [
        'suppressions:',
        '  - file: work-plan.yaml',
        '    pointer: /measures/0',
        '    code: plan/lead-also-contributor',
        `    reason: ${LEAD_REASON}`,
        `    expires: ${expires}`,
        '',
      ].join('\n');
    writeFileSync(join(directory, 'aicb.config.yaml'), entry('2999-12-31'));
    const current = report(
      aicb(['validate', '-f', 'json', '--baseline', 'aicb-baseline.json'], { cwd: directory }),
    );
    const accepted = current.findings.find(
      (finding) => finding.code === 'plan/lead-also-contributor',
    );
    expect(accepted?.suppression).toEqual({
      kind: 'external',
      justification: LEAD_REASON,
      expires: '2999-12-31',
    });
    // Accepted by its suppression, it is neither new nor unchanged against the baseline.
    expect(accepted?.baseline).toBeNull();
    const sarif = json<{
      runs: { results: { ruleId: string; suppressions?: { properties?: unknown }[] }[] }[];
    }>(aicb(['validate', '-f', 'sarif'], { cwd: directory }));
    expect(
      sarif.runs[0]!.results.find((result) => result.ruleId === 'plan/lead-also-contributor')
        ?.suppressions?.[0]?.properties,
    ).toEqual({ expires: '2999-12-31' });
    writeFileSync(join(directory, 'aicb.config.yaml'), entry('2020-01-31'));
    const expired = report(aicb(['validate', '-f', 'json'], { cwd: directory }));
    expect(
      expired.findings.map((finding) => [
        finding.file,
        finding.code,
        finding.pointer,
        finding.suppression,
      ]),
    ).toEqual(
      expect.arrayContaining([
        ['aicb.config.yaml', 'suppression/expired', '/suppressions/0', null],
        ['work-plan.yaml', 'plan/lead-also-contributor', '/measures/0/contributors/0', null],
      ]),
    );
  });
});

describe('the baseline', () => {
  it('fails only on new findings, and keeps a finding when the file is edited above it', () => {
    const directory = copyFixture('broken');
    const plan = join(directory, 'work-plan.yaml');
    const update = aicb(['validate', '--baseline', 'aicb-baseline.json', '--update-baseline'], {
      cwd: directory,
    });
    expect(update.status).toBe(0);
    expect(update.stdout).toContain('6 findings in the baseline.');
    const written = JSON.parse(readFileSync(join(directory, 'aicb-baseline.json'), 'utf8')) as {
      findings: { file: string; code: string; fingerprint: string }[];
    };
    expect(written.findings).toHaveLength(6);
    expect(written.findings.every((entry) => /^[0-9a-f]{16}$/.test(entry.fingerprint))).toBe(true);

    edit(plan, 'kind: WorkPlan\n', '# Reviewed in March.\n# Owner changed.\nkind: WorkPlan\n');
    edit(plan, 'owner: Example Bureau', 'owner: BDT Capacity Office');
    const edited = aicb(['validate', '--baseline', 'aicb-baseline.json', '-f', 'json'], {
      cwd: directory,
    });
    expect(edited.status).toBe(0);
    expect(report(edited).summary).toMatchObject({ errors: 0, baselined: 6 });
    expect(report(edited).findings.every((finding) => finding.baseline === 'unchanged')).toBe(true);

    edit(plan, 'objectives: [O9]', 'objectives: [O9, O8]');
    const added = aicb(['validate', '--baseline', 'aicb-baseline.json', '-f', 'json'], {
      cwd: directory,
    });
    expect(added.status).toBe(1);
    expect(
      report(added)
        .findings.filter((finding) => finding.baseline === 'new')
        .map((finding) => finding.pointer),
    ).toEqual(['/measures/0/objectives/1']);
    const sarif = json<{
      runs: { results: { baselineState?: string; partialFingerprints?: object }[] }[];
    }>(aicb(['validate', '--baseline', 'aicb-baseline.json', '-f', 'sarif'], { cwd: directory }));
    const states = sarif.runs[0]!.results.map((result) => result.baselineState);
    expect(states.filter((state) => state === 'new')).toHaveLength(1);
    expect(states.filter((state) => state === 'unchanged')).toHaveLength(6);
  });

  it('names files relative to its own folder, so that a run from a subfolder matches them', () => {
    const directory = copyFixture('broken');
    writeFileSync(
      join(directory, 'aicb.config.yaml'),
      'files: [.]\nbaseline: aicb-baseline.json\n',
    );
    expect(aicb(['validate', '--update-baseline'], { cwd: directory }).status).toBe(0);
    const written = JSON.parse(readFileSync(join(directory, 'aicb-baseline.json'), 'utf8')) as {
      formatVersion: number;
      findings: { file: string }[];
    };
    expect(written.formatVersion).toBe(2);
    expect(new Set(written.findings.map((entry) => entry.file))).toEqual(
      new Set(['work-plan.yaml', 'assessments/ken.json']),
    );
    const below = aicb(['validate', '-f', 'json'], { cwd: join(directory, 'assessments') });
    expect(below.status).toBe(0);
    expect(report(below).summary).toMatchObject({ errors: 0, warnings: 0, baselined: 6 });
    const stylish = aicb(['validate'], { cwd: join(directory, 'assessments') });
    expect(stylish.stdout).toContain('6 findings in the baseline.');
    expect(stylish.stdout).not.toContain('fixed');
  });

  it('refuses a baseline of the earlier format, asking to write it again', () => {
    const directory = copyFixture('broken');
    writeFileSync(
      join(directory, 'old.json'),
      JSON.stringify({ formatVersion: 1, tool: 'aicb', findings: [] }),
    );
    const run = aicb(['validate', '--baseline', 'old.json'], { cwd: directory });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--update-baseline');
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it('keeps findings when items of lists without ids move or are inserted before them', () => {
    const directory = tempDir();
    cpSync(join(PACKAGE_ROOT, '../../examples/itu-ai-capacity-building'), directory, {
      recursive: true,
      filter: (source) => !source.includes('node_modules'),
    });
    const plan = join(directory, 'work-plan.yaml');
    edit(
      plan,
      '    lead: TSB\n    contributors: [BDT]\n',
      '    lead: BDT\n    contributors: [BDT]\n',
    );
    const args = ['validate', '--baseline', 'aicb-baseline.json'];
    expect(aicb([...args, '--update-baseline'], { cwd: directory }).status).toBe(0);
    const before = report(aicb([...args, '-f', 'json'], { cwd: directory }));
    expect(before.findings.map((finding) => finding.code)).toEqual(
      expect.arrayContaining(['report/spend-above-budget', 'plan/lead-also-contributor']),
    );
    // The overspent entry moves to the top of measureProgress; TSB comes before BDT.
    const progress = join(directory, 'reports', '2026-h2.yaml');
    const text = readFileSync(progress, 'utf8');
    const entry = / {2}- measure: M-INF-01\n(?: {4}.*\n)+/.exec(text)?.[0] ?? '';
    expect(entry).toContain('amount: 470000');
    writeFileSync(
      progress,
      text.replace(entry, '').replace('measureProgress:\n', `measureProgress:\n${entry}`),
    );
    edit(plan, '    contributors: [BDT]\n', '    contributors: [TSB, BDT]\n');
    const after = aicb([...args, '-f', 'json'], { cwd: directory });
    expect(after.status).toBe(0);
    expect(report(after).findings.map((finding) => [finding.code, finding.baseline])).toEqual(
      before.findings.map((finding) => [finding.code, 'unchanged']),
    );
    expect(
      report(after).findings.find((finding) => finding.code === 'report/spend-above-budget')
        ?.pointer,
    ).toBe('/measureProgress/0/spend/amount');
  });

  it('refuses --update-baseline without a file, and a file that is not a baseline', () => {
    const directory = copyFixture('broken');
    expect(aicb(['validate', '--update-baseline'], { cwd: directory }).status).toBe(2);
    writeFileSync(join(directory, 'not-a-baseline.txt'), '{"findings": 3}');
    const run = aicb(['validate', '--baseline', 'not-a-baseline.txt'], { cwd: directory });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('is not a baseline file');
  });
});

describe('the configuration in aicb status and aicb report', () => {
  /** The example workspace with its plan files in plans/ and its profile beside them. */
  function workspace(config: string): string {
    const directory = tempDir();
    const example = join(PACKAGE_ROOT, '../../examples/itu-ai-capacity-building');
    mkdirSync(join(directory, 'plans'));
    for (const entry of ['work-plan.yaml', 'initiatives.yaml', 'assessments', 'reports']) {
      cpSync(join(example, entry), join(directory, 'plans', entry), { recursive: true });
    }
    cpSync(join(example, 'scoring-profile.yaml'), join(directory, 'profile.yaml'));
    writeFileSync(join(directory, 'aicb.config.yaml'), config);
    return directory;
  }
  const config = [
    'files: [plans]',
    'ignore: [plans/reports/2026-h2.yaml]',
    'scoring: { profile: profile.yaml, asOf: 2026-08-01 }',
    '',
  ].join('\n');

  it('status reads its files, ignores and date', () => {
    const run = aicb(['status', '-f', 'json'], { cwd: workspace(config) });
    expect(run.status).toBe(0);
    const output = JSON.parse(run.stdout) as {
      asOf: string;
      plans: { health: { reports: string[] } }[];
    };
    expect(output.asOf).toBe('2026-08-01');
    expect(output.plans[0]?.health.reports).toEqual(['itu-aicb-2026-h1']);
    // The command line wins.
    const given = aicb(['status', '-f', 'json', '--as-of', '2026-09-01'], {
      cwd: workspace(config),
    });
    expect((JSON.parse(given.stdout) as { asOf: string }).asOf).toBe('2026-09-01');
  });

  it('report reads its files, date and scoring profile', () => {
    const directory = workspace(config);
    const run = aicb(['report'], { cwd: directory });
    expect(run.status).toBe(0);
    const profileId = /^id: (.+)$/m.exec(
      readFileSync(join(directory, 'profile.yaml'), 'utf8'),
    )?.[1];
    expect(profileId).toBeDefined();
    expect(run.stdout).toContain(profileId!);
    expect(run.stdout).toContain('datetime="2026-08-01"');
    // The configured profile is checked with the plan, as a profile among the files is.
    edit(join(directory, 'profile.yaml'), 'rates: { CHF: 1.12 }', 'rates: {}');
    const unrated = aicb(['report'], { cwd: directory });
    expect(unrated.stdout).toContain('workspace/missing-exchange-rate');
  });

  it('a bad configuration stops them with exit code 2', () => {
    for (const command of ['status', 'report']) {
      const run = aicb([command], { cwd: workspace('rules: 3\n') });
      expect(run.status).toBe(2);
      expect(run.stderr).toMatch(/^aicb: invalid configuration/m);
    }
  });
});
