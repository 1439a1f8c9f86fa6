import {
  chmodSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { codeCacheDirectory, requireWithCodeCache } from './code-cache.js';

const root = mkdtempSync(join(tmpdir(), 'aicb-code-cache-'));
afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

let made = 0;
/** A fresh folder with a CommonJS bundle in it, and a cache folder beside it. */
function bundle(source: string): { file: string; cache: string } {
  made += 1;
  const folder = join(root, `case-${made}`);
  mkdirSync(folder);
  const file = join(folder, 'program.cjs');
  writeFileSync(file, source);
  return { file, cache: join(folder, 'cache') };
}

const PROGRAM = [
  "'use strict';",
  'let calls = 0;',
  'function square(x) { calls += 1; return x * x; }',
  'module.exports = { square, calls: () => calls, file: __filename, dir: __dirname };',
].join('\n');

interface Program {
  square(x: number): number;
  calls(): number;
  file: string;
  dir: string;
}

const cacheFiles = (cache: string): string[] =>
  readdirSync(cache).filter((name) => name.endsWith('.bin'));

const posix = process.platform !== 'win32' && process.getuid !== undefined;

describe('requireWithCodeCache', () => {
  it('runs the bundle as CommonJS, writes the cache on save and compiles from it next time', () => {
    const { file, cache } = bundle(PROGRAM);
    const first = requireWithCodeCache(file, cache, 'validate');
    expect(first.state).toBe('missing');
    const program = first.exports as Program;
    expect(program.square(7)).toBe(49);
    expect(program.calls()).toBe(1);
    expect(program.file).toBe(file);
    expect(program.dir).toBe(join(file, '..'));
    expect(cacheFiles(cache)).toEqual([]);
    first.save();
    const [written] = cacheFiles(cache);
    expect(written).toMatch(
      new RegExp(`^program\\.cjs-[0-9a-f]{20}-${process.version}-${process.arch}-validate\\.bin$`),
    );
    expect(readdirSync(cache)).toEqual([written]);

    // Whether V8 takes the cached code is seen only in a new process (test/code-cache.test.ts):
    // within one, V8 reuses the code it compiled for the same text.
    const second = requireWithCodeCache(file, cache, 'validate');
    expect(second.state).toBe('used');
    // A fresh module: its state is its own, not the first load's.
    expect((second.exports as Program).calls()).toBe(0);
    expect((second.exports as Program).square(-3)).toBe(9);
    // Saving a cache that was used writes nothing.
    const before = readFileSync(join(cache, written ?? ''));
    second.save();
    expect(readFileSync(join(cache, written ?? ''))).toEqual(before);
  });

  it('keeps one cache per key', () => {
    const { file, cache } = bundle(PROGRAM);
    requireWithCodeCache(file, cache, 'validate').save();
    const other = requireWithCodeCache(file, cache, 'report');
    expect(other.state).toBe('missing');
    other.save();
    expect(cacheFiles(cache).map((name) => name.replace(/.*-/, ''))).toEqual([
      'report.bin',
      'validate.bin',
    ]);
  });

  it('never uses the cache of other bytes of the same length', () => {
    const { file, cache } = bundle(PROGRAM);
    requireWithCodeCache(file, cache, 'validate').save();
    // Same length, other behaviour: V8 alone would take the old code for it.
    writeFileSync(file, PROGRAM.replace('x * x', 'x + x'));
    const changed = requireWithCodeCache(file, cache, 'validate');
    expect(changed.state).toBe('missing');
    expect((changed.exports as Program).square(7)).toBe(14);
  });

  it.runIf(posix)('neither reads nor writes a folder that others can write', () => {
    const { file, cache } = bundle(PROGRAM);
    requireWithCodeCache(file, cache, 'validate').save();
    chmodSync(cache, 0o777);
    const open = requireWithCodeCache(file, cache, 'validate');
    expect(open.state).toBe('unsafe');
    expect((open.exports as Program).square(2)).toBe(4);
    rmSync(join(cache, cacheFiles(cache)[0] ?? ''));
    open.save();
    expect(cacheFiles(cache)).toEqual([]);
  });

  it.runIf(posix)('does not follow a link to a cache folder', () => {
    const { file, cache } = bundle(PROGRAM);
    mkdirSync(`${cache}-real`, { mode: 0o700 });
    symlinkSync(`${cache}-real`, cache);
    const linked = requireWithCodeCache(file, cache, 'validate');
    expect(linked.state).toBe('unsafe');
    linked.save();
    expect(readdirSync(`${cache}-real`)).toEqual([]);
  });

  it('compiles from source when the cache folder cannot be made, and saving does not throw', () => {
    const { file, cache } = bundle(PROGRAM);
    writeFileSync(cache, 'a file where the folder would be');
    const blocked = requireWithCodeCache(file, cache, 'validate');
    expect(blocked.state).toBe('unsafe');
    expect((blocked.exports as Program).square(3)).toBe(9);
    expect(() => {
      blocked.save();
    }).not.toThrow();

    const { file: other, cache: gone } = bundle(PROGRAM);
    const missing = requireWithCodeCache(other, gone, 'validate');
    expect(missing.state).toBe('missing');
    rmSync(gone, { recursive: true });
    expect(() => {
      missing.save();
    }).not.toThrow();
    expect(() => readdirSync(gone)).toThrow();
  });

  it('gives the bundle a require of its own folder, and the file’s lines in stack traces', () => {
    const { file, cache } = bundle(
      [
        "'use strict';",
        "const helper = require('./helper.cjs');",
        'module.exports = () => {',
        "  throw new Error('from line 4: ' + helper);",
        '};',
      ].join('\n'),
    );
    writeFileSync(join(file, '..', 'helper.cjs'), "module.exports = 'helped';");
    for (let run = 0; run < 2; run += 1) {
      const loaded = requireWithCodeCache(file, cache, 'validate');
      expect(loaded.state).toBe(run === 0 ? 'missing' : 'used');
      let stack = '';
      try {
        (loaded.exports as () => void)();
      } catch (error) {
        stack = (error as Error).stack ?? '';
      }
      expect(stack).toContain('from line 4: helped');
      expect(stack).toContain(`${file}:4:`);
      loaded.save();
    }
  });

  it('passes on what the bundle throws while it loads', () => {
    const { file, cache } = bundle("throw new TypeError('cannot start');");
    expect(() => requireWithCodeCache(file, cache, 'validate')).toThrow(
      new TypeError('cannot start'),
    );
  });
});

describe('codeCacheDirectory', () => {
  it('is NODE_COMPILE_CACHE when it is set, and node-compile-cache in the temporary folder if not', () => {
    expect(codeCacheDirectory({ NODE_COMPILE_CACHE: '/var/cache/aicb' })).toBe('/var/cache/aicb');
    expect(codeCacheDirectory({})).toBe(join(tmpdir(), 'node-compile-cache'));
    expect(codeCacheDirectory({ NODE_COMPILE_CACHE: '' })).toBe(
      join(tmpdir(), 'node-compile-cache'),
    );
  });
});
