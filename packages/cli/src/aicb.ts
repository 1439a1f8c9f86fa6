// The `aicb` binary: loads the program (src/program.ts, bundled into program.cjs next to this
// file) with its compiled code kept between runs, and runs it.
import nodeModule, { createRequire } from 'node:module';
import { join } from 'node:path';
import { debuglog } from 'node:util';
import { codeCacheDirectory, requireWithCodeCache } from './code-cache.js';
import { isCommandName } from './command-names.js';

import type { start } from './program.js';

/** What program.cjs exports. */
interface Program {
  readonly start: typeof start;
}

const argv = process.argv.slice(2);
const programFile = join(__dirname, 'program.cjs');
/** Loads the program as Node loads any CommonJS module. */
const requireProgram = (): Program => createRequire(__filename)(programFile) as Program;
const enableCompileCache = (nodeModule as { enableCompileCache?: () => unknown })
  .enableCompileCache;

if (argv.includes('--debug') || process.env['NODE_DISABLE_COMPILE_CACHE'] === '1') {
  // Compiled from source, as Node loads any module: stack traces then map to the sources.
  if (argv.includes('--debug')) process.setSourceMapsEnabled(true);
  void requireProgram().start(argv);
} else if (enableCompileCache !== undefined) {
  // Node 22.1 and later keep compiled code themselves.
  enableCompileCache();
  void requireProgram().start(argv);
} else {
  // One cache per command: each keeps the code its own runs compile. A first run that only
  // shows help would leave a command's cache without the code of the command itself.
  const [first = ''] = argv;
  const help = argv.includes('--help') || argv.includes('-h');
  const key = isCommandName(first) && !help ? first : 'other';
  const directory = codeCacheDirectory(process.env);
  const program = requireWithCodeCache(programFile, directory, key);
  // NODE_DEBUG=aicb shows what became of the cache.
  debuglog('aicb')('code cache %s: %s (%s)', program.state, directory, key);
  void (program.exports as Program).start(argv).then(() => {
    program.save();
  });
}
