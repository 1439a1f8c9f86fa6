// The language of the output: --lang, else LC_ALL, LC_MESSAGES or LANG, else English.
import { describe, expect, it } from 'vitest';
import { PRIORITIZE_ARGS, aicb, copyFixture, json } from './helpers.js';

const FSI = '\u2068';
const PDI = '\u2069';

describe('the language of aicb validate', () => {
  const broken = copyFixture('broken');

  it('is English by default, and the language of --lang, with the same codes', () => {
    const english = json<{ language: string; findings: { code: string; message: string }[] }>(
      aicb(['validate', '--format', 'json'], { cwd: broken }),
    );
    expect(english.language).toBe('en');
    for (const lang of ['ar', 'es', 'fr', 'ru', 'zh']) {
      const run = json<{
        language: string;
        findings: { code: string; message: string; params: object }[];
      }>(aicb(['validate', '--format', 'json', '--lang', lang], { cwd: broken }));
      expect(run.language).toBe(lang);
      expect(run.findings.map((f) => f.code)).toEqual(english.findings.map((f) => f.code));
      const messages = new Set(english.findings.map((f) => f.message));
      expect(run.findings.filter((f) => messages.has(f.message))).toEqual([]);
      expect(run.findings.every((f) => typeof f.params === 'object')).toBe(true);
    }
  });

  it('follows LC_ALL over LC_MESSAGES over LANG, and --lang over them all', () => {
    const language = (env: Record<string, string>, args: string[] = []) =>
      json<{ language: string }>(
        aicb(['validate', '--format', 'json', ...args], { cwd: broken, env }),
      ).language;
    expect(language({ LANG: 'es_ES.UTF-8' })).toBe('es');
    expect(language({ LANG: 'es_ES.UTF-8', LC_MESSAGES: 'ru_RU.UTF-8' })).toBe('ru');
    expect(language({ LC_ALL: 'zh_CN.UTF-8', LC_MESSAGES: 'ru_RU.UTF-8' })).toBe('zh');
    expect(language({ LC_ALL: 'de_DE.UTF-8', LANG: 'fr_FR.UTF-8' })).toBe('en');
    expect(language({ LC_ALL: 'zh_CN.UTF-8' }, ['--lang', 'fr'])).toBe('fr');
  });

  it('refuses a --lang that is no official language, and keeps --help in English', () => {
    const run = aicb(['validate', '--lang', 'de'], { cwd: broken });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("unknown language 'de'");
    const help = aicb(['validate', '--help'], { env: { LANG: 'fr_FR.UTF-8' } });
    expect(help.stdout).toContain('--lang <code>');
    expect(help.stdout).toContain('Usage');
  });

  it('isolates paths, codes and numbers in Arabic lines, and only there', () => {
    const arabic = aicb(['validate', '--lang', 'ar'], { cwd: broken });
    const lines = arabic.stdout.split('\n');
    const heading = lines.find((line) => line.includes('work-plan.yaml:'));
    expect(heading).toMatch(new RegExp(`^${FSI}work-plan\\.yaml:\\d+:\\d+${PDI}  `));
    expect(heading).toMatch(new RegExp(`${FSI}[a-z]+/[a-z-]+${PDI}$`));
    const opened = (arabic.stdout.match(/\u2068/g) ?? []).length;
    expect(opened).toBeGreaterThan(0);
    expect((arabic.stdout.match(/\u2069/g) ?? []).length).toBe(opened);
    expect(aicb(['validate', '--lang', 'fr'], { cwd: broken }).stdout).not.toContain(FSI);
  });
});

describe('the language of aicb prioritize', () => {
  const valid = copyFixture('valid');

  it('gives reasons and notes in the language, numbers written for it, and flags English titles', () => {
    const english = aicb([...PRIORITIZE_ARGS, '--explain'], { cwd: valid });
    const french = aicb([...PRIORITIZE_ARGS, '--explain', '--lang', 'fr'], { cwd: valid });
    expect(english.status).toBe(0);
    expect(french.status).toBe(0);
    expect(english.stdout).toContain('ranked 1st of');
    expect(french.stdout).toContain('classée 1re sur');
    expect(french.stdout).toMatch(/\d,\d{4}/);
    expect(french.stdout).toContain('(en anglais)');
    const ids = (text: string) => [...text.matchAll(/^\s+\d+\s+(\S+)/gm)].map((m) => m[1]);
    expect(ids(french.stdout)).toEqual(ids(english.stdout));
  });

  it('keeps machine output in ISO forms and stable ids, with the reasons in the language', () => {
    const english = json<{ ranking: { measureId: string; score: number; reason: string }[] }>(
      aicb([...PRIORITIZE_ARGS, '--format', 'json'], { cwd: valid }),
    );
    const chinese = json<{ ranking: { measureId: string; score: number; reason: string }[] }>(
      aicb([...PRIORITIZE_ARGS, '--format', 'json'], { cwd: valid, env: { LANG: 'zh_CN.UTF-8' } }),
    );
    expect(chinese.ranking.map(({ measureId, score }) => ({ measureId, score }))).toEqual(
      english.ranking.map(({ measureId, score }) => ({ measureId, score })),
    );
    expect(chinese.ranking[0]?.reason).toMatch(/^在 \d+ 项中排名第 1。/);
  });
});
