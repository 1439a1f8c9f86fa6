// What an import costs an application: packs the SDK packages, installs the tarballs into a fresh
// project outside the workspace (dependencies come from the npm registry, or npm's local cache),
// checks that Node loads each package through `import` (one module per source file) and `require`
// (one bundle) with the same exports, then bundles one small entry file per typical import with
// esbuild (minified, ESM, for browsers) and fails when a bundle is larger than its budget.
// Run after a build: `pnpm size` (`--why` lists the largest inputs of each bundle).
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
const PACKAGES = ['packages/core', 'packages/scoring', 'packages/report'];
const KB = 1024;

/** One entry per typical import: what it imports and the most its minified bundle may weigh. */
const ENTRIES = [
  { name: 'topsis', from: '@itu-aicb/scoring', limit: 15 * KB },
  { name: 'isCountryCode', from: '@itu-aicb/core', limit: 30 * KB },
  { name: 'validateWorkPlan', from: '@itu-aicb/core', limit: 250 * KB },
  { name: 'prioritizeMeasures', from: '@itu-aicb/scoring', limit: 300 * KB },
  { name: 'renderPlanReport', from: '@itu-aicb/report', limit: 180 * KB },
];

const why = process.argv.includes('--why');
const started = performance.now();
const project = mkdtempSync(join(tmpdir(), 'aicb-size-'));

function run(command, args, cwd) {
  execFileSync(command, args, { cwd, stdio: ['ignore', 'ignore', 'inherit'] });
}

try {
  const tarballs = join(project, 'tarballs');
  mkdirSync(tarballs);
  for (const path of PACKAGES)
    run('pnpm', ['pack', '--pack-destination', tarballs], join(root, path));
  writeFileSync(
    join(project, 'package.json'),
    JSON.stringify({ name: 'aicb-size-check', private: true, type: 'module' }),
  );
  run(
    'npm',
    [
      'install',
      '--prefer-offline',
      '--no-audit',
      '--no-fund',
      '--no-package-lock',
      ...readdirSync(tarballs).map((file) => join(tarballs, file)),
    ],
    project,
  );

  // Node loads the per-module ESM output and the CommonJS bundle of each entry, and both name the
  // same exports.
  const entries = PACKAGES.flatMap((path) => {
    const manifest = JSON.parse(readFileSync(join(root, path, 'package.json'), 'utf8'));
    return Object.keys(manifest.exports)
      .filter((key) => key === '.' || !/[*]|\.json$/.test(key))
      .map((key) => (key === '.' ? manifest.name : `${manifest.name}${key.slice(1)}`));
  });
  for (const name of entries) {
    const check = `
      const esm = Object.keys(await import('${name}')).sort();
      const cjs = Object.keys((await import('node:module')).createRequire(import.meta.url)('${name}'))
        .filter((key) => key !== '__esModule').sort();
      if (esm.length === 0 || esm.join() !== cjs.join()) {
        console.error('${name}: import and require differ:', esm.join(), '|', cjs.join());
        process.exit(1);
      }`;
    run(process.execPath, ['--input-type=module', '-e', check], project);
  }

  const rows = [];
  for (const entry of ENTRIES) {
    const file = join(project, `${entry.name}.js`);
    // Kept reachable, so that the bundler cannot drop the import as unused.
    writeFileSync(
      file,
      `import { ${entry.name} } from '${entry.from}';\nglobalThis.use = ${entry.name};\n`,
    );
    const result = await build({
      entryPoints: [file],
      absWorkingDir: project,
      bundle: true,
      minify: true,
      format: 'esm',
      platform: 'browser',
      target: 'es2022',
      write: false,
      metafile: why,
      logLevel: 'error',
    });
    const bytes = result.outputFiles[0].contents.byteLength;
    rows.push({ ...entry, bytes });
    if (why) {
      const inputs = Object.entries(result.metafile.outputs)[0][1].inputs;
      const largest = Object.entries(inputs)
        .sort((a, b) => b[1].bytesInOutput - a[1].bytesInOutput)
        .slice(0, 12);
      console.log(`\n${entry.name}: largest inputs`);
      for (const [path, { bytesInOutput }] of largest)
        console.log(`  ${(bytesInOutput / KB).toFixed(1).padStart(8)} KB  ${path}`);
    }
  }

  console.log(
    `\n${'import'.padEnd(44)}${'bytes'.padStart(10)}${'KB'.padStart(9)}${'limit KB'.padStart(10)}`,
  );
  for (const row of rows) {
    const over = row.bytes > row.limit;
    console.log(
      `${`{ ${row.name} } from ${row.from}`.padEnd(44)}${String(row.bytes).padStart(10)}` +
        `${(row.bytes / KB).toFixed(1).padStart(9)}${String(row.limit / KB).padStart(10)}` +
        (over ? '  TOO LARGE' : ''),
    );
  }
  const failed = rows.filter((row) => row.bytes > row.limit);
  console.log(
    `\n${rows.length - failed.length} of ${rows.length} within budget ` +
      `(${((performance.now() - started) / 1000).toFixed(1)} s)`,
  );
  if (failed.length > 0) process.exitCode = 1;
} finally {
  rmSync(project, { recursive: true, force: true });
}
