import { execFileSync } from 'node:child_process';
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { AicbError } from '@itu-aicb/core';
import { MAX_FILE_BYTES, PlanFileSearchError, loadPlanFiles } from '@itu-aicb/core/node';

const EXAMPLE = fileURLToPath(
  new URL('../../../../examples/itu-ai-capacity-building/', import.meta.url),
);

const made: string[] = [];
afterAll(() => {
  for (const folder of made) rmSync(folder, { recursive: true, force: true });
});

/** A fresh copy of the example workspace, without its package.json. */
function workspace(): string {
  const folder = mkdtempSync(join(tmpdir(), 'aicb-load-'));
  made.push(folder);
  for (const name of [
    'work-plan.yaml',
    'initiatives.yaml',
    'scoring-profile.yaml',
    'assessments',
  ]) {
    cpSync(join(EXAMPLE, name), join(folder, name), { recursive: true });
  }
  return folder;
}

const codesOf = (findings: readonly { source?: string; code: string }[], source: string) =>
  findings.filter((finding) => finding.source === source).map((finding) => finding.code);

describe('loadPlanFiles', () => {
  it('loads a folder into typed documents by kind, with every finding placed', async () => {
    const loaded = await loadPlanFiles('.', { cwd: workspace() });
    expect(loaded.ok).toBe(true);
    expect(loaded.plans.map((plan) => plan.kind)).toEqual(['WorkPlan']);
    expect(loaded.catalogues).toHaveLength(1);
    expect(loaded.profiles).toHaveLength(1);
    expect(loaded.assessments.length).toBeGreaterThan(5);
    expect(loaded.skipped).toEqual([]);
    const plan = loaded.files.find((file) => file.source === 'work-plan.yaml');
    expect(plan).toMatchObject({ kind: 'WorkPlan', unreadable: false });
    expect(plan?.text).toContain('kind: WorkPlan');
    for (const finding of loaded.findings) expect(finding.position?.line).toBeGreaterThan(0);
  });

  it('decides by the top-level kind: reports files that look like plan documents, skips the others with the reason', async () => {
    const folder = workspace();
    const plan = readFileSync(join(folder, 'work-plan.yaml'), 'utf8');
    writeFileSync(join(folder, 'misspelt.yaml'), plan.replace('kind: WorkPlan', 'kind: Workplan'));
    writeFileSync(join(folder, 'cased.yaml'), plan.replace('kind: WorkPlan', 'kind: workplan'));
    writeFileSync(join(folder, 'kindless.yaml'), plan.replace('kind: WorkPlan\n', ''));
    writeFileSync(join(folder, 'todo.yaml'), '# the 2027 plan goes here\n');
    writeFileSync(join(folder, 'report.json'), JSON.stringify({ files: [{ kind: 'WorkPlan' }] }));
    writeFileSync(join(folder, 'ci.yml'), 'on: push\njobs: {}\n');
    writeFileSync(join(folder, 'deploy.yaml'), 'kind: Deployment\nspec: {}\n');
    const loaded = await loadPlanFiles('.', { cwd: folder });
    expect(loaded.ok).toBe(false);
    expect(codesOf(loaded.findings, 'misspelt.yaml')).toEqual(['file/unknown-kind']);
    expect(codesOf(loaded.findings, 'cased.yaml')).toEqual(['file/unknown-kind']);
    expect(codesOf(loaded.findings, 'kindless.yaml')).toEqual(['file/missing-kind']);
    expect(codesOf(loaded.findings, 'todo.yaml')).toEqual(['text/empty']);
    const misspelt = loaded.findings.find((finding) => finding.source === 'misspelt.yaml');
    expect(misspelt).toMatchObject({ pointer: '/kind', hint: 'Did you mean "WorkPlan"?' });
    expect(misspelt?.position?.line).toBeGreaterThan(0);
    expect(loaded.skipped.map(({ source, reason }) => [source, reason])).toEqual([
      ['ci.yml', 'no-kind'],
      ['deploy.yaml', 'other-kind'],
      ['report.json', 'no-kind'],
    ]);
    // Only the real plan is a plan: the suspects are reported, not validated.
    expect(loaded.plans).toHaveLength(1);
  });

  it('checks a named file whatever it holds', async () => {
    const folder = workspace();
    writeFileSync(join(folder, 'deploy.yaml'), 'kind: Deployment\nspec: {}\n');
    const loaded = await loadPlanFiles(['deploy.yaml'], { cwd: folder });
    expect(loaded.findings.map((finding) => finding.code)).toEqual(['document/unknown-kind']);
    expect(loaded.skipped).toEqual([]);
  });

  it('throws PlanFileSearchError, an AicbError, for an empty path, a missing path or a glob matching nothing', async () => {
    const folder = workspace();
    for (const [target, code] of [
      ['', 'path/empty'],
      ['missing.yaml', 'path/not-found'],
      ['nothing/*.yaml', 'glob/no-match'],
    ] as const) {
      const error: unknown = await loadPlanFiles(target, { cwd: folder }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(PlanFileSearchError);
      expect(error).toBeInstanceOf(AicbError);
      expect(error).toMatchObject({ code, target });
    }
    const error: unknown = await loadPlanFiles('*.yaml', { cwd: folder, globs: false }).catch(
      (e: unknown) => e,
    );
    expect(error).toMatchObject({ code: 'path/not-found' });
  });

  it('expands globs from the working directory, keeping plan documents', async () => {
    const loaded = await loadPlanFiles(['assessments/*.yaml', '*.yaml'], { cwd: workspace() });
    expect(loaded.ok).toBe(true);
    expect(loaded.plans).toHaveLength(1);
    expect(loaded.assessments.length).toBeGreaterThan(5);
  });

  it('keeps the reading hardening: size bound, strict UTF-8, byte-order mark, links and FIFOs', async () => {
    const folder = workspace();
    writeFileSync(join(folder, 'huge.yaml'), 'kind: WorkPlan\n');
    truncateSync(join(folder, 'huge.yaml'), 1024 ** 3);
    writeFileSync(
      join(folder, 'latin1.yaml'),
      Buffer.concat([Buffer.from('kind: WorkPlan\ntitle: caf'), Buffer.from([0xe9, 0x0a])]),
    );
    const assessment = readFileSync(join(folder, 'assessments/kgz.yaml'), 'utf8');
    mkdirSync(join(folder, 'bom'));
    writeFileSync(
      join(folder, 'bom/kgz.yaml'),
      `\uFEFF${assessment.replace('id: na-kgz-2026', 'id: na-kgz-bom')}`,
    );
    symlinkSync(join(folder, 'gone.yaml'), join(folder, 'dangling.yaml'));
    execFileSync('mkfifo', [join(folder, 'pipe.yaml')]);
    const loaded = await loadPlanFiles('.', { cwd: folder });
    const huge = loaded.findings.find((finding) => finding.source === 'huge.yaml');
    expect(huge).toMatchObject({ code: 'text/too-large', severity: 'error' });
    expect(huge?.message).toContain(
      `above the limit of ${MAX_FILE_BYTES.toLocaleString('en')} bytes`,
    );
    expect(loaded.findings.find((finding) => finding.source === 'latin1.yaml')).toMatchObject({
      code: 'file/invalid-utf8',
      position: { line: 2, column: 11 },
    });
    expect(codesOf(loaded.findings, 'bom/kgz.yaml')).toContain('text/byte-order-mark');
    expect(codesOf(loaded.findings, 'dangling.yaml')).toEqual([]);
    expect(codesOf(loaded.findings, 'pipe.yaml')).toEqual([]);
    expect(loaded.unreadable).toBe(0);

    const named = await loadPlanFiles(['pipe.yaml', 'dangling.yaml'], { cwd: folder });
    expect(named.findings.map((finding) => [finding.source, finding.code])).toEqual([
      ['pipe.yaml', 'file/unreadable'],
      ['dangling.yaml', 'file/unreadable'],
    ]);
    expect(named.unreadable).toBe(2);
    expect(named.files.every((file) => file.unreadable && file.text === undefined)).toBe(true);
  });

  it('reports progress and passes validation options on', async () => {
    const folder = workspace();
    const seen: [number, number][] = [];
    const loaded = await loadPlanFiles('.', {
      cwd: folder,
      onProgress: (done, total) => seen.push([done, total]),
      validate: { rules: { 'plan/missing-estimates': 'off' } },
    });
    expect(seen.at(-1)).toEqual([loaded.files.length, loaded.files.length]);
    expect(loaded.findings.map((finding) => finding.code)).not.toContain('plan/missing-estimates');
  });
});
