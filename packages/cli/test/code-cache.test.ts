// The binary keeps V8's compiled code between runs where Node does not (Node 20): each run here
// is a new process, as for a user, so V8 either takes the cached code or refuses it.
import nodeModule from 'node:module';
import { chmodSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { aicb, FIXTURES, tempDir } from './helpers.js';

const FILE = join(FIXTURES, 'valid', 'assessments', 'kgz.yaml');
const nodeKeepsCode = 'enableCompileCache' in nodeModule;

/** `aicb validate` of a valid file, with the cache in `cache` and its state shown on stderr. */
function validate(cache: string, env: Record<string, string> = {}): { state: string } {
  const run = aicb(['validate', FILE], {
    env: { NODE_COMPILE_CACHE: cache, NODE_DEBUG: 'aicb', ...env },
  });
  expect(run.stdout).toBe('1 file checked: no problems.\n');
  expect(run.status).toBe(0);
  return { state: /code cache (\w+)/.exec(run.stderr)?.[1] ?? 'none' };
}

const files = (cache: string): string[] =>
  readdirSync(cache).filter((name) => name.endsWith('.bin'));

describe.runIf(!nodeKeepsCode)('the code cache on Node without one of its own', () => {
  it('is written by the first run of a command and used by the next', () => {
    const cache = tempDir();
    expect(validate(cache).state).toBe('missing');
    const [written] = files(cache);
    expect(written).toMatch(/^program\.cjs-[0-9a-f]{20}-v[\d.]+-\w+-validate\.bin$/);
    const bytes = readFileSync(join(cache, written ?? ''));
    expect(validate(cache).state).toBe('used');
    expect(readFileSync(join(cache, written ?? ''))).toEqual(bytes);
    // Another command keeps a cache of its own; help, one shared by every command.
    const schema = aicb(['schema', 'WorkPlan'], { env: { NODE_COMPILE_CACHE: cache } });
    expect(schema.status).toBe(0);
    const help = aicb(['report', '--help'], { env: { NODE_COMPILE_CACHE: cache } });
    expect(help.status).toBe(0);
    expect(files(cache).map((name) => name.replace(/.*-/, ''))).toEqual([
      'other.bin',
      'schema.bin',
      'validate.bin',
    ]);
  });

  it('keeps a cache of its own for other Node options, which V8 would refuse', () => {
    const cache = tempDir();
    validate(cache);
    const options = { NODE_OPTIONS: '--max-semi-space-size=32' };
    expect(validate(cache, options).state).toBe('missing');
    expect(validate(cache, options).state).toBe('used');
    expect(validate(cache).state).toBe('used');
    expect(files(cache)).toHaveLength(2);
  });

  it('replaces a damaged cache', () => {
    const cache = tempDir();
    validate(cache);
    const [written = ''] = files(cache);
    writeFileSync(join(cache, written), Buffer.alloc(50_000, 7));
    expect(validate(cache).state).toBe('rejected');
    expect(validate(cache).state).toBe('used');
  });

  it.runIf(process.getuid !== undefined)('leaves a folder that others can write alone', () => {
    const cache = tempDir();
    chmodSync(cache, 0o777);
    expect(validate(cache).state).toBe('unsafe');
    expect(files(cache)).toEqual([]);
  });

  it('is neither read nor written with NODE_DISABLE_COMPILE_CACHE=1 or --debug', () => {
    const cache = tempDir();
    expect(validate(cache, { NODE_DISABLE_COMPILE_CACHE: '1' }).state).toBe('none');
    const debug = aicb(['validate', FILE, '--debug'], { env: { NODE_COMPILE_CACHE: cache } });
    expect(debug.status).toBe(0);
    expect(files(cache)).toEqual([]);
  });
});

describe.runIf(nodeKeepsCode)('the code cache on Node with one of its own', () => {
  it('is left to Node', () => {
    const cache = tempDir();
    expect(validate(cache).state).toBe('none');
    expect(validate(cache).state).toBe('none');
    expect(files(cache)).toEqual([]);
  });
});
