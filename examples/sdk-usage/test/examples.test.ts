// Every program of this example runs, and prints what its comment promises.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { describePlan, examplePlan } from '../build-plan.js';
import { exportSchemas } from '../export-schemas.js';
import { loadExample, rankingTable } from '../prioritize.js';
import { analyseExample, stabilityReport } from '../stability.js';
import { validateFiles } from '../validate-files.js';
import { readPlanFiles } from '../workspace.js';
import { prioritizeMeasures } from '@itu-aicb/scoring';

const folder = fileURLToPath(new URL('..', import.meta.url));

describe('sdk-usage examples', () => {
  it('validates the example workspace, and places the findings of a broken file', () => {
    expect(validateFiles(readPlanFiles()).ok).toBe(true);
    const broken = validateFiles([
      {
        source: 'broken.yaml',
        text: 'kind: NeedsAssessment\nschemaVersion: 1\nid: x\nscope: { type: contry }\n',
      },
    ]);
    expect(broken.ok).toBe(false);
    expect(broken.lines).toContain(
      'broken.yaml:4:16 error schema/invalid-value: "contry" is not one of the allowed values. (Did you mean "country"?)',
    );
  });

  it('builds a typed plan in code that validates', () => {
    expect(describePlan(examplePlan())).toEqual([
      'A work plan built in code: 2 measures',
      'budget USD 500000 (secured 200000)',
    ]);
  });

  it('prints the ranking as a table', () => {
    const result = prioritizeMeasures(loadExample());
    const lines = rankingTable(result);
    expect(lines).toHaveLength(result.ranking.length + 1);
    const [first] = result.ranking;
    expect(lines[1]).toBe(
      `   1  ${first?.measureId.padEnd(9) ?? ''}  ${first?.score.toFixed(3) ?? ''}   ${first?.reason ?? ''}`,
    );
  });

  it('reports the stability of the ranking, the same for the same seed', () => {
    const analysis = analyseExample(500, 7);
    expect(analysis).toEqual(analyseExample(500, 7));
    const lines = stabilityReport(analysis);
    const ranked = prioritizeMeasures(loadExample()).ranking.slice(0, 3);
    expect(analysis.top).toEqual(ranked.map((entry) => entry.measureId));
    expect(lines[0]).toBe(
      `Top order: ${analysis.top.join(', ')}. It holds while each weight stays within:`,
    );
    for (const entry of analysis.acceptability) {
      expect(entry.byRank.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    }
    expect(lines.some((line) => line.includes('weighted-product left out'))).toBe(true);
  });

  it('writes one JSON Schema per document kind', () => {
    const out = mkdtempSync(join(tmpdir(), 'aicb-schemas-'));
    exportSchemas(out);
    expect(readdirSync(out).sort()).toEqual([
      'initiative-catalogue.schema.json',
      'needs-assessment.schema.json',
      'progress-report.schema.json',
      'scoring-profile.schema.json',
      'work-plan.schema.json',
    ]);
    const schema = JSON.parse(readFileSync(join(out, 'work-plan.schema.json'), 'utf8')) as {
      $schema: string;
    };
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
  });

  it.each(['docs/getting-started.md', 'README.md'])(
    '%s quotes its programs exactly, and each one runs',
    (document) => {
      const root = join(folder, '../..');
      const text = readFileSync(join(root, document), 'utf8');
      const quoted = [...text.matchAll(/<!-- program: (\S+) -->\s*```ts\n([\s\S]*?)```/g)];
      expect(quoted.length).toBeGreaterThan(0);
      for (const [, path, code] of quoted) {
        expect(code).toBe(readFileSync(join(root, path!), 'utf8'));
      }
    },
  );

  it('goes from files to findings to a ranking, as getting started shows', () => {
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'files-to-ranking.ts'], {
      cwd: folder,
      encoding: 'utf8',
    });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const lines = run.stdout.trimEnd().split('\n');
    const ranking = prioritizeMeasures(loadExample()).ranking;
    expect(lines.filter((line) => /^\d+\. /.test(line))).toEqual(
      ranking.map(
        (entry) => `${entry.rank}. ${entry.measureId} ${entry.score.toFixed(3)} ${entry.reason}`,
      ),
    );
    expect(lines[0]).toMatch(/^work-plan\.yaml:\d+:\d+ info plan\/missing-estimates /);
    // The lines quoted in the guide are the program's.
    const guide = readFileSync(join(folder, '../../docs/getting-started.md'), 'utf8');
    for (const line of lines.slice(0, 3)) expect(guide).toContain(line);
  });

  it('monitors the example as aicb status does, as getting started shows', () => {
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'monitor.ts'], {
      cwd: folder,
      encoding: 'utf8',
    });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const lines = run.stdout.trimEnd().split('\n');
    const cli = spawnSync(
      process.execPath,
      [
        join(folder, '../../packages/cli/dist/aicb.cjs'),
        'status',
        '--as-of',
        '2026-12-01',
        '-f',
        'json',
      ],
      { cwd: join(folder, '../itu-ai-capacity-building'), encoding: 'utf8' },
    );
    expect(cli.status).toBe(0);
    const [status] = (
      JSON.parse(cli.stdout) as {
        plans: {
          health: { measures: { measure: string; state: string }[] };
          lenses: {
            intersectoral: {
              jointMeasures: string[];
              measures: number;
              overlaps: { coveredBy: string[] }[];
              meetings: { held: number; expected: number; cadence: string };
            };
            regional: { countries: { reached: number; targeted: number } };
            membership: { delivered: number; pledged: number };
          };
        }[];
      }
    ).plans;
    const { intersectoral, regional, membership } = status!.lenses;
    expect(lines).toEqual([
      ...status!.health.measures.map((measure) => `${measure.measure} ${measure.state}`),
      `joint measures: ${intersectoral.jointMeasures.length} of ${intersectoral.measures}; ` +
        `overlaps covered: ${intersectoral.overlaps.filter((o) => o.coveredBy.length > 0).length} of ${intersectoral.overlaps.length}; ` +
        `meetings: ${intersectoral.meetings.held} of ${intersectoral.meetings.expected} (${intersectoral.meetings.cadence})`,
      `countries reached: ${regional.countries.reached} of ${regional.countries.targeted}; ` +
        `pledges delivered: ${membership.delivered} of ${membership.pledged}`,
    ]);
    // The overlaps come from the catalogues: without them the program would find none.
    expect(intersectoral.overlaps.length).toBeGreaterThan(0);
    // The lines quoted in the guide are the program's.
    const guide = readFileSync(join(folder, '../../docs/getting-started.md'), 'utf8');
    for (const line of lines.slice(-2)) expect(guide).toContain(line);
  });

  it.each(readdirSync(folder).filter((name) => name.endsWith('.ts') && name !== 'workspace.ts'))(
    'runs %s as a program',
    (name) => {
      const run = spawnSync(
        process.execPath,
        ['--import', 'tsx', name, mkdtempSync(join(tmpdir(), 'aicb-'))],
        {
          cwd: folder,
          encoding: 'utf8',
        },
      );
      expect(run.stderr).toBe('');
      expect(run.status).toBe(0);
      expect(run.stdout.length).toBeGreaterThan(0);
    },
  );
});
